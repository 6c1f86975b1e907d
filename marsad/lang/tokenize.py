"""Tokenisation for Arabic and English news text, with offsets into the original text."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from marsad.lang.ar.clitics import analyses, ends_in_taa
from marsad.lang.normalize import normalize_span
from marsad.model import Reading, Token, TokenKind

_AR_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200c\u200d"
_AR_LETTERS = "\u0621-\u063a\u0641-\u064a\u066e-\u066f\u0671-\u06d3\u06d5\u06fa-\u06ff\ufb50-\ufdfb\ufe70-\ufefc"
_LATIN = "A-Za-z\u00c0-\u024f"
_DIGITS = "0-9\u0660-\u0669\u06f0-\u06f9"

TOKEN_RE = re.compile(
    rf"(?P<ar>[{_AR_LETTERS}][{_AR_LETTERS}{_AR_MARKS}]*)"
    # initialisms with dots: U.S., U.N.
    rf"|(?P<abbr>[{_LATIN}][a-z]?\.(?:[{_LATIN}][a-z]?\.)+)"
    # English enclitics split off as tokens of their own: Pakistan|'s, did|n't
    r"|(?P<encl>(?i:n['’]t|['’](?:s|re|ll|ve|d|m))\b)"
    # Latin words with inner hyphens/apostrophes/ampersands, acronyms with a trailing +: IS-K, GSP+, AT&T
    rf"|(?P<lat>[{_LATIN}]+?(?=(?i:n['’]t)\b)"
    rf"|[{_LATIN}{_DIGITS}]*[{_LATIN}][{_LATIN}{_DIGITS}]*"
    rf"(?:(?:[-&]|['’](?!(?i:s|re|ll|ve|d|m)\b))[{_LATIN}{_DIGITS}]+)*\+?)"
    rf"|(?P<num>[{_DIGITS}]+(?:[.,٫٬][{_DIGITS}]+)*)"
    # any other visible character; control characters (C0, DEL, C1), invisible format characters and
    # U+FFFD (what could not be decoded, or a NUL) are skipped like spaces
    r"|(?P<punct>[^\s\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufffd\u061c\u00ad])"
)


@lru_cache(maxsize=262_144)
def _plain_arabic_readings(norm: str, taa: bool) -> tuple[Reading, ...]:
    """Readings of an Arabic word whose characters map one to one onto its normalised form."""
    return tuple(Reading(form, b, e, p, s) for form, b, e, p, s in analyses(norm, taa))


def _arabic_readings(surface: str, norm: str, offsets: list[int] | None, start: int) -> tuple[Reading, ...]:
    taa = surface[-1] == "ة" or ends_in_taa(surface)
    if offsets is None:
        return _plain_arabic_readings(norm, taa)
    rel = [o - start for o in offsets]
    return tuple(Reading(form, rel[b], rel[e], p, s) for form, b, e, p, s in analyses(norm, taa))


@lru_cache(maxsize=65_536)
def _latin_readings(surface: str, norm: str) -> tuple[Reading, ...]:
    whole = Reading(norm, 0, len(surface))
    if surface.isupper() and len(surface) > 1:
        return (Reading("=" + surface, 0, len(surface)), whole)  # acronyms match case-sensitively first
    if norm.endswith("-led") and len(norm) > 5:
        # "Saudi-led", "US-led": the leading state, as a nationality of the body named after it
        base = surface[:-4]
        led = Reading(norm[:-4], 0, len(base), "", "-led")
        return (whole, Reading("=" + base, 0, len(base), "", "-led"), led) if base.isupper() else (whole, led)
    return (whole,)


def tokenize(text: str, start: int = 0, end: int | None = None) -> Iterator[Token]:
    """Tokens of ``text[start:end]`` with document offsets. Each token's readings carry offsets
    relative to the token's start; Arabic tokens get their clitic readings."""
    for m in TOKEN_RE.finditer(text, start, len(text) if end is None else end):
        kind_name = m.lastgroup
        surface = m.group()
        s, e = m.span()
        norm, offsets = normalize_span(surface, s)
        if not norm:
            continue  # a lone tatweel or combining mark: nothing to match
        if kind_name == "ar":
            yield Token(s, e, surface, norm, TokenKind.WORD, _arabic_readings(surface, norm, offsets, s))
        elif kind_name == "num":
            yield Token(s, e, surface, norm, TokenKind.NUMBER, (Reading(norm, 0, e - s),))
        elif kind_name == "punct":
            yield Token(s, e, surface, norm, TokenKind.PUNCT, (Reading(norm, 0, e - s),))
        else:
            yield Token(s, e, surface, norm, TokenKind.WORD, _latin_readings(surface, norm))


def entry_key(text: str) -> tuple[str, ...]:
    """Trie key of a dictionary name: acronyms keep their case (``=US``), other words are normalised."""
    return tuple(t.readings[0].form for t in tokenize(text))
