"""Sentence splitting for news text in Arabic and English, on tokens so offsets stay exact."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from marsad.model import Token, TokenKind

TERMINALS = frozenset({".", "!", "?", "؟", "…", "۔"})
OPEN_QUOTES = frozenset({"“", "«", "‹", "„"})
CLOSE_QUOTES = frozenset({"”", "»", "›"})
CLOSERS = frozenset({'"', "'", ")", "]", "’", *CLOSE_QUOTES})
# abbreviations after which a full stop does not end a sentence (normalised, without the dot)
_LATIN_ABBREVIATIONS = (
    "mr mrs ms dr prof gen lt col maj capt cpl sgt pvt brig adm cmdr gov sen rep rev fr st jr sr vs etc inc ltd co "
    "corp jan feb mar apr jun jul aug sep sept oct nov dec approx dept est fig govt mt pres ft hon amb"
)
ABBREVIATIONS = frozenset([*_LATIN_ABBREVIATIONS.split(), "د", "م", "ص", "ه", "أ", "ا", "ق", "ج", "ت"])
#: abbreviations that are abbreviations only before a number: "No. 10", "Art. 5"
NUMBER_ABBREVIATIONS = frozenset({"no", "nos", "art", "vol", "p", "pp", "ch", "sec"})


@dataclass
class _Quotes:
    """Open quotation marks and parentheses: typographic quotes and brackets nest, a straight quote
    toggles. A sentence does not end inside them."""

    depth: int = 0
    straight: bool = False
    parens: int = 0

    def see(self, text: str) -> None:
        if text in OPEN_QUOTES:
            self.depth += 1
        elif text in CLOSE_QUOTES:
            self.depth = max(0, self.depth - 1)
        elif text == '"':
            self.straight = not self.straight
        elif text == "(":
            self.parens += 1
        elif text == ")":
            self.parens = max(0, self.parens - 1)

    @property
    def closed(self) -> bool:
        return self.depth == 0 and not self.straight and self.parens == 0


def split(text: str, tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """Token index ranges ``[(first, last+1), ...]`` of the sentences in ``tokens``."""
    bounds: list[tuple[int, int]] = []
    begin = 0
    quotes = _Quotes()
    n = len(tokens)
    i = 0
    while i < n:
        tok = tokens[i]
        if i > begin and "\n" in text[tokens[i - 1].end : tok.start]:
            bounds.append((begin, i))  # a line break ends a sentence: headlines and list items have no stop
            begin, quotes = i, _Quotes()
        quotes.see(tok.text)
        end = i + 1
        if tok.kind is TokenKind.PUNCT and tok.text in TERMINALS and not _is_abbreviation(text, tokens, i):
            # "(هل تصدقون ذلك؟)" inside a sentence is an aside; "(Two members abstained.)" standing alone is one
            in_parentheses = quotes.parens > 0 and tokens[begin].text != "("
            while end < n and tokens[end].text in CLOSERS and tokens[end].start == tokens[end - 1].end:
                quotes.see(tokens[end].text)  # closing quotes and brackets stay with their sentence
                end += 1
            if quotes.closed and not in_parentheses and (end == n or _starts_sentence(tokens[end])):
                bounds.append((begin, end))
                begin = end
        i = end
    if begin < n:
        bounds.append((begin, n))
    return [piece for b in bounds for piece in _cut(tokens, *b)]


#: a "sentence" longer than this (a list, a table, text without punctuation) is cut into pieces, so
#: that coding time stays linear in the length of the text
MAX_SENTENCE_TOKENS = 200
#: where a long sentence is best cut: after a clause mark
CLAUSE_MARKS = frozenset({",", "،", ";", "؛", ":", "-", "–", "—"})


def _cut(tokens: Sequence[Token], begin: int, end: int) -> list[tuple[int, int]]:
    """``[begin, end)`` cut into pieces of at most MAX_SENTENCE_TOKENS tokens, after the last clause
    mark in the second half of each piece when there is one."""
    pieces = []
    while end - begin > MAX_SENTENCE_TOKENS:
        limit = begin + MAX_SENTENCE_TOKENS
        cut = next(
            (i + 1 for i in range(limit - 1, begin + MAX_SENTENCE_TOKENS // 2, -1) if tokens[i].text in CLAUSE_MARKS),
            limit,
        )
        pieces.append((begin, cut))
        begin = cut
    pieces.append((begin, end))
    return pieces


def _is_abbreviation(text: str, tokens: Sequence[Token], i: int) -> bool:
    """A full stop that ends an abbreviation, an initial, or a list number ("1." at a line start)."""
    if tokens[i].text != "." or i == 0:
        return False
    prev = tokens[i - 1]
    if prev.end != tokens[i].start:
        return False
    if prev.kind is TokenKind.NUMBER and _starts_line(text, tokens, i - 1) and len(prev.text) <= 3:
        return True
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if prev.norm in NUMBER_ABBREVIATIONS and prev.text[:1].isupper():
        return nxt is not None and nxt.kind is TokenKind.NUMBER
    if prev.norm in ABBREVIATIONS and (not prev.norm.isascii() or len(prev.norm) > 1 or prev.text.isupper()):
        # م / هـ written onto a year (1945م.) mark the era, not an abbreviated title
        return not (i >= 2 and tokens[i - 2].kind is TokenKind.NUMBER and tokens[i - 2].end == prev.start)
    return len(prev.text) == 1 and prev.text.isupper()  # a single capital initial: "J. Smith"


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
