"""Longest dictionary matches over token readings (the first step of actor recognition)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from marsad.actors.dictionary import ActorDictionary, ActorEntry
from marsad.lang.normalize import normalize
from marsad.model import Reading, Token


@dataclass(frozen=True, slots=True)
class Match:
    entry: ActorEntry
    token_start: int
    token_end: int
    start: int
    end: int
    #: every entry with the same name ("جورج بوش": both presidents), the first being ``entry``
    alternatives: tuple[ActorEntry, ...] = ()


QUOTES = frozenset("«»\"“”„‘’'")


def longest_matches(
    tokens: Sequence[Token], dictionary: ActorDictionary, lexicon: frozenset[str] = frozenset()
) -> list[Match]:
    """Non-overlapping longest matches, left to right. The first token may match by any clitic
    reading (``والاتحاد`` -> ``الاتحاد``); following tokens match as whole words. A token that the
    ``lexicon`` knows whole is only read whole or without its article (رئيسي is not رئيس + ي).
    A match read without its article starts at the article: the article belongs to the name."""
    out: list[Match] = []
    i, n = 0, len(tokens)
    while i < n:
        best: Match | None = None
        known = tokens[i].norm in lexicon
        for reading in tokens[i].readings:
            if known and reading.prefix not in ("", "ال"):
                continue
            if known and reading.suffix:
                continue
            node = dictionary.root(reading.form)
            j = i + 1
            while node is not None:
                entries = dictionary.ends(node)
                if entries and (best is None or j > best.token_end):
                    base = tokens[i].start
                    end = base + reading.end if j == i + 1 else tokens[j - 1].end
                    alternatives = tuple(entries) if len(entries) > 1 else ()
                    best = Match(entries[0], i, j, base + _start_with_article(tokens[i], reading), end, alternatives)
                # a quotation mark inside a name is skipped: تنظيم «القاعدة», the "Shining Path" movement
                k = j
                while k < n and tokens[k].text in QUOTES:
                    k += 1
                if k >= n:
                    break
                node = _step_whole(dictionary, node, tokens[k])
                j = k + 1
        if best is None:
            i += 1
        else:
            out.append(best)
            i = best.token_end
    return out


def _step_whole(dictionary: ActorDictionary, node: dict[str, Any], token: Token) -> dict[str, Any] | None:
    for reading in token.readings:
        if reading.prefix or reading.suffix:
            continue
        nxt = dictionary.step(node, reading.form)
        if nxt is not None:
            return nxt
    return None


def _start_with_article(token: Token, reading: Reading) -> int:
    """Offset (in the token) where the matched name starts, its article included."""
    if reading.prefix.endswith("ال") and reading.start >= 2:
        k = reading.start - 2
        if normalize(token.text[k : reading.start]) == "ال":
            return k
    if reading.prefix.endswith("ل") and reading.form.startswith("ال"):
        return reading.start - 1  # للأمم = ل + (ا)لأمم: the name starts at the preposition's lam
    return reading.start
