"""Tokenisation for Arabic and English news text, with offsets into the original text."""

from __future__ import annotations

import re
from collections.abc import Iterator

from marsad.lang.ar.clitics import readings as arabic_readings
from marsad.lang.normalize import normalize_span
from marsad.model import Reading, Token, TokenKind

_AR_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200c\u200d"
_AR_LETTERS = "\u0621-\u063a\u0641-\u064a\u066e-\u066f\u0671-\u06d3\u06d5\u06fa-\u06ff\ufb50-\ufdfb\ufe70-\ufefc"
_LATIN = "A-Za-z\u00c0-\u024f"
_DIGITS = "0-9\u0660-\u0669\u06f0-\u06f9"

TOKEN_RE = re.compile(
    rf"(?P<ar>[{_AR_LETTERS}][{_AR_LETTERS}{_AR_MARKS}]*)"
    # initialisms with dots: U.S., U.N.
    rf"|(?P<abbr>(?:[{_LATIN}]\.){{2,}})"
    # English enclitics split off as tokens of their own: Pakistan|'s, did|n't
    r"|(?P<encl>(?i:n['’]t|['’](?:s|re|ll|ve|d|m))\b)"
    # Latin words with inner hyphens/apostrophes/ampersands, acronyms with a trailing +: IS-K, GSP+, AT&T
    rf"|(?P<lat>[{_LATIN}]+?(?=(?i:n['’]t)\b)"
    rf"|[{_LATIN}{_DIGITS}]*[{_LATIN}][{_LATIN}{_DIGITS}]*"
    rf"(?:(?:[-&]|['’](?!(?i:s|re|ll|ve|d|m)\b))[{_LATIN}{_DIGITS}]+)*\+?)"
    rf"|(?P<num>[{_DIGITS}]+(?:[.,٫٬][{_DIGITS}]+)*)"
    r"|(?P<punct>[^\s])"
)


def tokenize(text: str, start: int = 0, end: int | None = None) -> Iterator[Token]:
    """Tokens of ``text[start:end]`` with document offsets; Arabic tokens get clitic readings."""
    for m in TOKEN_RE.finditer(text, start, len(text) if end is None else end):
        kind_name = m.lastgroup
        surface = m.group()
        s, e = m.span()
        if kind_name == "punct" and (
            "\u200b" <= surface <= "\u200f"
            or "\u202a" <= surface <= "\u202e"
            or "\u2066" <= surface <= "\u2069"
            or surface in "\ufeff\u061c\u00ad"
        ):
            continue  # bidi and zero-width controls are not tokens
        norm, offsets = normalize_span(surface, s)
        if not norm:
            continue  # a lone tatweel or combining mark: nothing to match
        if kind_name == "ar":
            yield Token(s, e, surface, norm, TokenKind.WORD, arabic_readings(norm, offsets))
        elif kind_name in ("lat", "abbr", "encl"):
            reads: tuple[Reading, ...] = (Reading(norm, s, e),)
            if surface.isupper() and len(surface) > 1:
                reads = (Reading("=" + surface, s, e), *reads)  # acronyms match case-sensitively first
            yield Token(s, e, surface, norm, TokenKind.WORD, reads)
        elif kind_name == "num":
            yield Token(s, e, surface, norm, TokenKind.NUMBER, (Reading(norm, s, e),))
        else:
            yield Token(s, e, surface, norm, TokenKind.PUNCT, (Reading(norm, s, e),))


def words(text: str) -> list[str]:
    """Normalised word forms of a dictionary entry, tokenised exactly as running text is."""
    return [t.norm for t in tokenize(text) if t.kind is not TokenKind.PUNCT or t.norm not in ",;"]


def entry_key(text: str) -> tuple[str, ...]:
    """Trie key of a dictionary name: acronyms keep their case (``=US``), other words are normalised."""
    key = []
    for t in tokenize(text):
        key.append(t.readings[0].form)
    return tuple(key)
