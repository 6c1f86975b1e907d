"""Clitic segmentation of Arabic words against a lexicon.

``segment_word("وبباكستان")`` -> ``["و", "ب", "باكستان"]``: the pieces concatenate to the original
word, so every segment has exact offsets. The lexicon (Marsad's Arabic word list plus every word
of its actor and event dictionaries) decides: a word it knows whole is never split (``وزير``,
``بروكسل``, ``لبنان``), and a clitic is removed only when what remains is a known word.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from marsad import data
from marsad.lang.ar.clitics import analyses, ends_in_taa, segment
from marsad.lang.normalize import normalize, offset_map


class Lexicon:
    """A set of normalised Arabic words."""

    def __init__(self, words: set[str] | frozenset[str]) -> None:
        self.words = frozenset(words)

    def __contains__(self, form: object) -> bool:
        return form in self.words

    def known(self, form: str) -> bool:
        return form in self.words

    def __len__(self) -> int:
        return len(self.words)

    @classmethod
    def default(cls) -> Lexicon:
        return _default_lexicon()


@cache
def _default_lexicon() -> Lexicon:
    return Lexicon(frozenset(data.load("lexicon_ar.json")["words"]))


@dataclass(frozen=True, slots=True)
class Segment:
    text: str  # exactly as in the original word
    start: int  # offsets within the word
    end: int
    kind: str  # "conj" | "fut" | "prep" | "art" | "stem" | "suffix"


_KINDS = {"و": "conj", "ف": "conj", "س": "fut", "ب": "prep", "ل": "prep", "ك": "prep"}


def segments(word: str, lexicon: Lexicon | None = None) -> list[Segment]:
    """The clitics and stem of ``word``, each with its offsets in ``word``."""
    lex = lexicon or Lexicon.default()
    norm = normalize(word)
    if not norm or not ("\u0600" <= norm[0] <= "\u06ff"):
        return [Segment(word, 0, len(word), "stem")] if word else []
    offsets = offset_map(word)
    _form, begin, end, prefix, suffix = segment(norm, lex.known, ends_in_taa(word))
    # cut points in the normalised word, then in the original (marks and tatweel stay with their letter)
    cuts: list[tuple[int, str]] = []
    pos = 0
    for unit, kind in _prefix_units(prefix):
        cuts.append((pos, kind))
        pos += len(unit)
    cuts.append((begin if begin >= pos else pos, "stem"))
    if suffix:
        cuts.append((end, "suffix"))
    starts = [0] + [offsets[c] for c, _ in cuts[1:]]
    stops = [*starts[1:], len(word)]
    return [Segment(word[a:b], a, b, kind) for a, b, (_, kind) in zip(starts, stops, cuts, strict=True)]


def _prefix_units(prefix: str) -> list[tuple[str, str]]:
    units: list[tuple[str, str]] = []
    i = 0
    while i < len(prefix):
        if prefix.startswith("ال", i):
            units.append(("ال", "art"))
            i += 2
        elif prefix.startswith("لل", i) and i + 2 == len(prefix):
            units += [("ل", "prep"), ("ل", "art")]
            i += 2
        else:
            units.append((prefix[i], _KINDS.get(prefix[i], "prep")))
            i += 1
    return units


def segment_word(word: str, lexicon: Lexicon | None = None) -> list[str]:
    """The surface pieces of ``word`` (they concatenate back to ``word``)."""
    return [s.text for s in segments(word, lexicon)]


def readings_of(word: str) -> tuple[str, ...]:
    """Every normalised reading of ``word``, whole word first (for explanations and tests)."""
    return tuple(a[0] for a in analyses(normalize(word), ends_in_taa(word)))
