"""Clitic readings and segmentation of Arabic tokens.

A token such as ``وبباكستان`` is offered to the dictionaries as several readings (the whole word,
then ``بباكستان``, ``باكستان``); a matcher keeps the first reading its lexicon knows, so ``وزير`` or
``بروكسل`` stay whole unless a dictionary knows the shorter form. ``segment`` makes that choice with
a lexicon and returns the clitics and the stem as spans of the original token.

Readings are computed once per distinct normalised word (a memo of a pure function) with offsets
relative to the normalised word; the tokenizer maps them to the token's characters.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

CONJUNCTIONS = ("و", "ف")
PREPOSITIONS = ("ب", "ل", "ك")
FUTURE = "س"
SUFFIXES = ("هما", "كما", "هم", "هن", "كم", "كن", "ها", "نا", "ه", "ك", "ي")
#: the third-person ones, which refer back to an actor named before: "خطفهم", "جنوده", "مسؤوليتها"
THIRD_PERSON = ("هما", "هم", "هن", "ها", "ه")
ACCUSATIVE = "ا"  # the indefinite accusative ending (مسلحاً، جندياً): offered as a reading, not a clitic
MIN_STEM = 2

#: (form, start, end, prefix, suffix) with start/end indexing the normalised word
Analysis = tuple[str, int, int, str, str]


@lru_cache(maxsize=262_144)
def analyses(norm: str, taa: bool = False) -> tuple[Analysis, ...]:
    """All readings of a normalised Arabic word, whole word first, most stripped last.

    ``taa`` says the word is written with a final ة (taa marbuta), which the normaliser folds to ه:
    that letter is never the pronoun suffix ه (جمركية is not جمركي + ه).
    """
    out: list[Analysis] = [(norm, 0, len(norm), "", "")]
    seen = {norm}

    def add(form: str, begin: int, end: int, prefix: str, suffix: str = "") -> None:
        if len(form) >= MIN_STEM and form not in seen:
            seen.add(form)
            out.append((form, begin, end, prefix, suffix))

    starts = _prefix_starts(norm)
    for pos, prefix, form in starts[1:]:
        add(form, pos, len(norm), prefix)
    for pos, prefix, form in starts:
        if form.startswith("ال") and len(form) > MIN_STEM + 2:
            add(form[2:], pos + 2, len(norm), prefix + "ال")
    for pos, prefix, form in starts:
        _suffix_readings(form, pos, len(norm), prefix, taa, add)
    for pos, prefix, form in starts:
        if form.endswith(ACCUSATIVE) and len(form) >= 5 and not form.endswith(("اا", "يا", "وا")):
            add(form[:-1], pos, len(norm) - 1, prefix, ACCUSATIVE)  # مسلحا -> مسلح
    return tuple(out)


def _prefix_starts(norm: str) -> list[tuple[int, str, str]]:
    """(position, prefix, remaining form) for every way to peel proclitics off ``norm``."""
    n = len(norm)
    starts = [(0, "", norm)]
    if norm[:1] in CONJUNCTIONS and n > MIN_STEM:  # وفي، ومن، فإن: a conjunction on a two-letter word
        starts.append((1, norm[0], norm[1:]))
    for pos, prefix, rest in list(starts):
        if rest[:1] == FUTURE and rest[1:2] in ("ي", "ت", "ن", "ا") and len(rest) > 3:
            starts.append((pos + 1, prefix + FUTURE, rest[1:]))  # future: سيزور -> يزور
        if rest.startswith("لل") and len(rest) > 3:
            # لل = ل + ال with the alef dropped: للاتحاد -> الاتحاد (the stem starts at the second lam)
            starts.append((pos + 1, prefix + "ل", "ا" + rest[1:]))
            starts.append((pos + 2, prefix + "لل", rest[2:]))
        elif rest[:1] in PREPOSITIONS and len(rest) > MIN_STEM + 1:
            starts.append((pos + 1, prefix + rest[0], rest[1:]))
    return starts


def _suffix_readings(rest: str, pos: int, n: int, prefix: str, taa: bool, add: Callable[..., None]) -> None:
    for suffix in SUFFIXES:
        if taa and suffix == "ه":
            continue
        if rest.endswith(suffix) and len(rest) - len(suffix) >= MIN_STEM + 1:
            stem = rest[: -len(suffix)]
            end = n - len(suffix)
            if stem.endswith("ت"):  # زيارتها -> زيارة (normalised ه)
                add(stem[:-1] + "ه", pos, end, prefix, suffix)
            elif stem.endswith("ا"):  # مبناها -> مبنى (normalised ي)
                add(stem[:-1] + "ي", pos, end, prefix, suffix)
            elif stem.endswith(("ؤ", "ئ")):  # أعضاؤها -> أعضاء, وزرائهم -> وزراء
                add(stem[:-1] + "ء", pos, end, prefix, suffix)
            add(stem, pos, end, prefix, suffix)


def segment(norm: str, known: Callable[[str], bool], taa: bool = False) -> Analysis:
    """The reading to take, judged by ``known`` (a lexicon check): of the readings whose stem is
    known, the one that removes the fewest clitics other than the article, and of those the one that
    also removes the article (الحكومة -> ال + حكومة, وزارتها -> وزارة + ها, not و + زارت + ها).
    A word with no known reading stays whole."""
    best: Analysis | None = None
    best_cost = (99, 0)
    for reading in analyses(norm, taa):
        if not known(reading[0]):
            continue
        prefix = reading[3]
        article = "ال" in prefix or prefix.endswith("لل")
        others = len(prefix) - (2 if article else 0) + (1 if reading[4] else 0)
        cost = (others, 0 if article else 1)
        if cost < best_cost:
            best, best_cost = reading, cost
    return best or analyses(norm, taa)[0]


def ends_in_taa(surface: str) -> bool:
    """Whether the last letter of ``surface`` (marks aside) is ة."""
    letters = surface.rstrip("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0640")
    return letters.endswith("ة")
