"""English lemmas for verbs and nouns: irregular forms from Marsad's tables, regular ones by rule.

``lemma("agreed") == "agree"``, ``lemma("met") == "meet"``, ``lemma("talks", "noun") == "talk"``.
Where the spelling rules leave a choice (hoping -> hope or hop?), a known lemma wins: the lexicon
holds the irregular verbs and every verb of Marsad's pattern dictionaries.
"""

from __future__ import annotations

from functools import cache, lru_cache
from typing import Any, Literal

from marsad import data

Pos = Literal["verb", "noun"]
_VOWELS = frozenset("aeiou")
_NO_DOUBLE = frozenset("lsf")  # "calling", "passing": the doubled letter belongs to the stem


@cache
def _tables() -> dict[str, Any]:
    tables: dict[str, Any] = data.load("lexicon_en.json")
    return {"verbs": tables["verbs"], "nouns": tables["nouns"], "lemmas": frozenset(tables["lemmas"])}


@lru_cache(maxsize=65_536)
def lemma(word: str, pos: Pos = "verb") -> str:
    w = word.lower()
    tables = _tables()
    if pos == "noun":
        return tables["nouns"].get(w) or _noun(w)
    if w in tables["verbs"]:
        return str(tables["verbs"][w])
    return _verb(w, tables["lemmas"])


#: nouns that end in -s in the singular too
_INVARIANT = frozenset(
    "news series species means politics economics headquarters arms physics statistics logistics ethics tactics "
    "talks bias gas hamas atlas canvas alias christmas chaos status campus thesis".split()
)
#: words in -ing that are not verb forms
_NOT_VERBS = frozenset(
    "during morning evening something anything nothing everything ceiling king ring thing spring string sibling "
    "darling wing swing".split()
)


def _noun(w: str) -> str:
    if len(w) <= 3 or not w.endswith("s") or w.endswith(("ss", "us", "is")) or w in _INVARIANT - {"talks"}:
        return w
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("sses", "xes", "zes", "ches", "shes")):
        return w[:-2]
    if w.endswith("uses") and len(w) >= 5 and w[-5] not in _VOWELS:
        return w[:-2]  # buses, viruses, campuses (but causes, houses)
    if w.endswith("oes") and len(w) > 4 and w[-4] not in _VOWELS:
        return w[:-2]  # embargoes, vetoes, heroes
    return w[:-1]


def _verb(w: str, known: frozenset[str]) -> str:
    if w in _NOT_VERBS or w in known:
        return w
    for candidate in _verb_candidates(w):
        if candidate in known:
            return candidate
    candidates = _verb_candidates(w)
    return candidates[0] if candidates else w


def _verb_candidates(w: str) -> list[str]:
    """Possible lemmas of ``w``, the most likely by spelling rules first."""
    if w.endswith("ies") and len(w) > 4:
        return [w[:-3] + "y"]
    if w.endswith("ied") and len(w) > 4:
        return [w[:-3] + "y"]
    if w.endswith("ying") and len(w) >= 5:
        return [w[:-4] + "ie", w[:-3]] if len(w) == 5 else [w[:-3], w[:-4] + "ie"]
    if w.endswith("ing") and len(w) >= 5 and any(ch in _VOWELS for ch in w[:-3]):
        return _stem_candidates(w[:-3])
    if w.endswith("ed") and len(w) >= 4 and any(ch in _VOWELS for ch in w[:-2]):
        if w.endswith("eed"):
            return [w[:-1], w[:-2]] if len(w) > 4 else [w]  # agreed -> agree; need, feed stay
        if w.endswith("cked") and len(w) > 6:
            return [w[:-3], *_stem_candidates(w[:-2])]  # panicked -> panic (but attacked -> attack, below)
        return [*_stem_candidates(w[:-2])]
    if w.endswith(("sses", "shes", "ches", "xes", "zes", "oes")) and len(w) > 4:
        return [w[:-2], w[:-1]]
    if w.endswith("ses") and len(w) > 4:
        return [w[:-1], w[:-2]]  # causes -> cause, focuses -> focus (by lexicon)
    if w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) > 3:
        return [w[:-1]]
    return [w]


def _stem_candidates(stem: str) -> list[str]:
    """hop(p)+ed / hope+d / host+ed: the stem as written, undoubled, or with its silent e."""
    out = []
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in _VOWELS | _NO_DOUBLE:
        out.append(stem[:-1])  # stopped -> stop
    if _wants_e(stem):
        out += [stem + "e", stem]
    else:
        out += [stem, stem + "e"]
    return out


def _wants_e(stem: str) -> bool:
    """Stems that are usually spelled with a final silent e: hop(e), prais(e), argu(e), forc(e),
    escalat(e), collaps(e), quot(e)."""
    if stem.endswith(("u", "v", "z", "c", "g")) and not stem.endswith(("ng", "gg")):
        return True
    if len(stem) >= 2 and stem[-1] == "s" and stem[-2] != "s":
        # praise, close, cause, collapse, license; but focus(ed), bias(ed) keep theirs
        return not (stem[-2] in "ua" and len(stem) >= 3 and stem[-3] not in _VOWELS)
    if stem.endswith("at") and len(stem) >= 6 and stem[-3] not in "aeo":
        return True  # escalate, violate, evacuate, negotiate
    stem = stem.replace("qu", "qw")  # "qu" spells one consonant: quot(e)
    vowel_groups = sum(1 for k, ch in enumerate(stem) if ch in _VOWELS and (k == 0 or stem[k - 1] not in _VOWELS))
    return (
        vowel_groups == 1
        and len(stem) >= 3
        and stem[-1] not in _VOWELS | {"w", "x", "y"}
        and stem[-2] in _VOWELS
        and stem[-3] not in _VOWELS
    )


def lemmatize(text: str) -> list[tuple[int, int, str, str, str]]:
    """``(start, end, surface, verb lemma, noun lemma)`` for every Latin word of ``text``."""
    from marsad.lang.tokenize import tokenize
    from marsad.model import TokenKind

    return [
        (t.start, t.end, t.text, lemma(t.norm), lemma(t.norm, "noun"))
        for t in tokenize(text)
        if t.kind is TokenKind.WORD and t.norm[:1].isascii()
    ]
