"""Clitic readings of an Arabic token.

A token such as ``وبباكستان`` is offered to the dictionaries as several readings (the whole
word, then ``بباكستان``, ``باكستان``); the matcher keeps the first reading its lexicon knows,
so ``وزير`` or ``بروكسل`` stay whole unless a dictionary knows the shorter form. Every
reading records the offsets of its stem in the original text.
"""

from __future__ import annotations

from typing import Protocol

from marsad.model import Reading


class _Adder(Protocol):
    def __call__(self, form: str, begin: int, end: int, prefix: str, suffix: str = "") -> None: ...


CONJUNCTIONS = ("و", "ف")
PREPOSITIONS = ("ب", "ل", "ك")
SUFFIXES = ("هما", "كما", "هم", "هن", "كم", "كن", "ها", "نا", "ه", "ك", "ي")
MIN_STEM = 2


def readings(norm: str, offsets: list[int]) -> tuple[Reading, ...]:
    """All readings of a normalised Arabic token, whole word first, most stripped last.

    ``offsets[i]`` is the original offset of ``norm[i]`` (with a final end entry).
    """
    whole = Reading(norm, offsets[0], offsets[-1])
    out = [whole]
    seen = {norm}

    def add(form: str, begin: int, end: int, prefix: str, suffix: str = "") -> None:
        if len(form) >= MIN_STEM and form not in seen:
            seen.add(form)
            out.append(Reading(form, offsets[begin], offsets[end], prefix, suffix))

    n = len(norm)
    starts = [(0, "")]
    if norm[:1] in CONJUNCTIONS and n > MIN_STEM + 1:
        starts.append((1, norm[0]))
    for pos, prefix in list(starts):
        rest = norm[pos:]
        if rest[:1] == "س" and rest[1:2] in ("ي", "ت", "ن", "ا") and len(rest) > 3:
            add(rest[1:], pos + 1, n, prefix + "س")  # future: سيزور -> يزور
        if rest.startswith("لل") and len(rest) > 3:
            # لل = ل + ال with the alef dropped: للاتحاد -> الاتحاد (offsets: the stem starts at the 2nd lam)
            add("ا" + rest[1:], pos + 1, n, prefix + "ل")
            add(rest[2:], pos + 2, n, prefix + "لل")
        if rest[:1] in PREPOSITIONS and len(rest) > MIN_STEM + 1:
            starts.append((pos + 1, prefix + rest[0]))
    for pos, prefix in starts:
        if pos:
            add(norm[pos:], pos, n, prefix)
    for pos, prefix in starts:
        rest = norm[pos:]
        if rest.startswith("ال") and len(rest) > MIN_STEM + 2:
            add(rest[2:], pos + 2, n, prefix + "ال")
    for pos, prefix in starts:
        _add_suffix_readings(norm, pos, prefix, add)
    return tuple(out)


def _add_suffix_readings(norm: str, pos: int, prefix: str, add: _Adder) -> None:
    rest = norm[pos:]
    for suffix in SUFFIXES:
        if rest.endswith(suffix) and len(rest) - len(suffix) >= MIN_STEM + 1:
            stem = rest[: -len(suffix)]
            end = len(norm) - len(suffix)
            if stem.endswith("ت"):  # زيارتها -> زيارة (normalised ه)
                add(stem[:-1] + "ه", pos, end, prefix, suffix)
            add(stem, pos, end, prefix, suffix)
