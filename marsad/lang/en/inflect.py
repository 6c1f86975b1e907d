"""English verb and noun inflection for dictionary matching (lower case)."""

from __future__ import annotations

from collections.abc import Mapping

_VOWELS = "aeiou"


def third_person(lemma: str) -> str:
    if lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        return lemma + "es"
    if lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in _VOWELS:
        return lemma[:-1] + "ies"
    return lemma + "s"


def _doubles(lemma: str) -> bool:
    """One-syllable words ending consonant-vowel-consonant double it: ban -> banned, hit -> hitting."""
    groups = sum(1 for k, ch in enumerate(lemma) if ch in _VOWELS and (k == 0 or lemma[k - 1] not in _VOWELS))
    return (
        groups == 1
        and len(lemma) >= 3
        and lemma[-1] not in _VOWELS + "wxy"
        and lemma[-2] in _VOWELS
        and lemma[-3] not in _VOWELS
    )


def past(lemma: str) -> str:
    if lemma.endswith("ic") and len(lemma) > 3:
        return lemma + "ked"  # panic -> panicked
    if _doubles(lemma):
        return lemma + lemma[-1] + "ed"
    if lemma.endswith("e"):
        return lemma + "d"
    if lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in _VOWELS:
        return lemma[:-1] + "ied"
    return lemma + "ed"


def gerund(lemma: str, past_form: str | None = None) -> str:
    if lemma.endswith("ic") and len(lemma) > 3:
        return lemma + "king"
    if _doubles(lemma) or (past_form and len(lemma) > 1 and past_form == lemma + lemma[-1] + "ed"):
        return lemma + lemma[-1] + "ing"  # banned -> banning
    if lemma.endswith("ie"):
        return lemma[:-2] + "ying"
    if lemma.endswith("e") and not lemma.endswith(("ee", "ye", "oe")) and len(lemma) > 2:
        return lemma[:-1] + "ing"
    return lemma + "ing"


def verb_forms(spec: str) -> set[str]:
    """``"agree"``, ``"meet|met|met"`` or ``"begin|began|begun|beginning"`` -> all forms:
    lemma, -s, past, participle, -ing."""
    parts = [p.strip().lower() for p in spec.split("|")]
    lemma = parts[0]
    past_form = parts[1] if len(parts) > 1 else past(lemma)
    participle = parts[2] if len(parts) > 2 else past_form
    ing = parts[3] if len(parts) > 3 else gerund(lemma, past_form)
    return {lemma, third_person(lemma), past_form, participle, ing}


#: nouns in consonant + o that take -s, not -es
_O_PLURAL_S = frozenset(
    {
        "photo",
        "logo",
        "memo",
        "piano",
        "kilo",
        "euro",
        "auto",
        "demo",
        "promo",
        "pro",
        "solo",
        "zero",
        "video",
        "radio",
        "studio",
        "casino",
        "ratio",
        "scenario",
        "portfolio",
        "duo",
        "trio",
    }
)


def plural(noun: str, irregular: Mapping[str, str] | None = None) -> str:
    if irregular and noun in irregular:
        return irregular[noun]
    if noun.endswith("man") and len(noun) > 4 and noun not in ("human", "german", "roman", "ottoman"):
        return noun[:-3] + "men"  # spokesman -> spokesmen
    if noun.endswith("sis"):
        return noun[:-3] + "ses"  # crisis -> crises
    if noun.endswith("o") and len(noun) > 2 and noun[-2] not in _VOWELS and noun not in _O_PLURAL_S:
        return noun + "es"  # embargo -> embargoes
    if noun.endswith(("s", "sh", "ch", "x", "z")):
        return noun + "es"
    if noun.endswith("y") and len(noun) > 1 and noun[-2] not in _VOWELS:
        return noun[:-1] + "ies"
    return noun + "s"


def noun_forms(noun: str, irregular: Mapping[str, str] | None = None) -> set[str]:
    """A noun and its plural; a noun given in the plural ("talks") stays as it is."""
    n = noun.lower()
    if n.endswith("s") and not n.endswith(("ss", "us", "sis")):
        return {n}
    return {n, plural(n, irregular)}
