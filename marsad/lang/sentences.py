"""Sentence splitting for news text in Arabic and English, on tokens so offsets stay exact."""

from __future__ import annotations

from collections.abc import Sequence

from marsad.model import Token, TokenKind

TERMINALS = frozenset({".", "!", "?", "؟", "…", "۔"})
OPEN_QUOTES = frozenset({"“", "«", "‹", "„"})
CLOSE_QUOTES = frozenset({"”", "»", "›"})
CLOSERS = frozenset({'"', "'", ")", "]", "’", *CLOSE_QUOTES})
# abbreviations after which a full stop does not end a sentence (normalised, without the dot)
ABBREVIATIONS = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "gen",
        "lt",
        "col",
        "maj",
        "capt",
        "sgt",
        "adm",
        "gov",
        "sen",
        "rep",
        "st",
        "jr",
        "sr",
        "no",
        "vs",
        "etc",
        "inc",
        "ltd",
        "co",
        "corp",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "approx",
        "dept",
        "est",
        "fig",
        "govt",
        "mt",
        "pres",
        "د",
        "م",
        "ص",
        "ه",
        "أ",
        "ا",
        "ق",
        "ج",
    }
)


def split(text: str, tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """Token index ranges ``[(first, last+1), ...]`` of the sentences in ``tokens``."""
    bounds: list[tuple[int, int]] = []
    begin = 0
    depth = 0  # typographic quotes open
    straight_open = False
    n = len(tokens)
    for i, tok in enumerate(tokens):
        if i > begin and _paragraph_break(text, tokens[i - 1], tok):
            bounds.append((begin, i))
            begin, depth, straight_open = i, 0, False
        s = tok.text
        if s in OPEN_QUOTES:
            depth += 1
        elif s in CLOSE_QUOTES:
            depth = max(0, depth - 1)
        elif s == '"':
            straight_open = not straight_open
        if tok.kind is TokenKind.PUNCT and s in TERMINALS and not _is_abbreviation(text, tokens, i):
            end = i + 1
            while end < n and tokens[end].text in CLOSERS and tokens[end].start == tokens[end - 1].end:
                if tokens[end].text in CLOSE_QUOTES:
                    depth = max(0, depth - 1)
                elif tokens[end].text == '"':
                    straight_open = False
                end += 1
            if depth == 0 and not straight_open and (end == n or _starts_sentence(tokens[end])):
                bounds.append((begin, end))
                begin = end
    if begin < n:
        bounds.append((begin, n))
    return bounds


def _paragraph_break(text: str, prev: Token, tok: Token) -> bool:
    """A line break between two tokens ends a sentence: headlines and list items have no stop."""
    return "\n" in text[prev.end : tok.start]


def _is_abbreviation(text: str, tokens: Sequence[Token], i: int) -> bool:
    """A full stop that ends an abbreviation, an initial, or a list number ("1." at a line start)."""
    if tokens[i].text != "." or i == 0:
        return False
    prev = tokens[i - 1]
    if prev.end != tokens[i].start:
        return False
    if prev.kind is TokenKind.NUMBER and _starts_line(text, tokens, i - 1) and len(prev.text) <= 3:
        return True
    if prev.norm in ABBREVIATIONS and (prev.norm.isascii() is False or len(prev.norm) > 1 or prev.text.isupper()):
        return True
    # a single capital initial: "J. Smith"
    return len(prev.text) == 1 and prev.text.isupper()


def _starts_line(text: str, tokens: Sequence[Token], i: int) -> bool:
    return i == 0 or "\n" in text[tokens[i - 1].end : tokens[i].start]


def split_text(text: str) -> list[str]:
    """The sentences of ``text`` as strings (a convenience over ``split``)."""
    from marsad.lang.tokenize import tokenize

    tokens = list(tokenize(text))
    return [text[tokens[a].start : tokens[b - 1].end] for a, b in split(text, tokens)]


def _starts_sentence(tok: Token) -> bool:
    first = tok.text[0]
    if first.isdigit() or first in OPEN_QUOTES or first in "\"'(-–—[":
        return True
    if first.isalpha():
        return not first.islower()  # Arabic letters are neither upper nor lower: they start sentences
    return False
