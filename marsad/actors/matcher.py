"""Actor recognition: longest dictionary match over token readings, then agent+country composition."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from marsad.actors.dictionary import ActorDictionary, ActorEntry
from marsad.model import Actor, Mention, MentionKind, Sentence, Token

# words that may join an agent to its country: "the government of Pakistan", "a delegation from Jordan"
_OF = frozenset({"of", "from", "من"})
_THE = frozenset({"the"})


@dataclass(frozen=True, slots=True)
class Match:
    entry: ActorEntry
    token_start: int
    token_end: int
    start: int
    end: int


def longest_matches(tokens: Sequence[Token], dictionary: ActorDictionary) -> list[Match]:
    """Non-overlapping longest matches, left to right. The first token may match by any clitic
    reading (``والاتحاد`` -> ``الاتحاد``); following tokens match as whole words."""
    out: list[Match] = []
    i, n = 0, len(tokens)
    while i < n:
        best: Match | None = None
        for reading in tokens[i].readings:
            node = dictionary.root(reading.form)
            j = i + 1
            while node is not None:
                entries = dictionary.ends(node)
                if entries and (best is None or j > best.token_end):
                    base = tokens[i].start
                    end = base + reading.end if j == i + 1 else tokens[j - 1].end
                    best = Match(entries[0], i, j, base + reading.start, end)
                if j >= n:
                    break
                node = _step_whole(dictionary, node, tokens[j])
                j += 1
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


def _actor(entry: ActorEntry, text: str, start: int, end: int) -> Actor:
    return Actor(
        code=entry.code,
        country=entry.country,
        sector=entry.sector,
        org=entry.org,
        name=entry.name,
        id=entry.id,
        text=text[start:end],
        start=start,
        end=end,
    )


def _combine(agent: Match, country: Match, text: str) -> Actor:
    start, end = min(agent.start, country.start), max(agent.end, country.end)
    c, a = country.entry, agent.entry
    return Actor(
        code=f"{c.code}{a.sector}",
        country=c.country,
        sector=a.sector,
        org=None,
        name=None,
        id=f"{c.id}+{a.sector}",
        text=text[start:end],
        start=start,
        end=end,
    )


def recognise(text: str, sentence: Sentence, dictionary: ActorDictionary) -> list[Mention]:
    """Actor mentions of one sentence, with agents merged into the country they belong to."""
    tokens = sentence.tokens
    matches = longest_matches(tokens, dictionary)
    mentions: list[Mention] = []
    k = 0
    while k < len(matches):
        m = matches[k]
        pair = _agent_country_pair(matches, k, tokens)
        if pair is not None:
            agent, country, used = pair
            actor = _combine(agent, country, text)
            first, last = matches[k], matches[k + used - 1]
            mentions.append(
                Mention(
                    actor.start,
                    actor.end,
                    MentionKind.ACTOR,
                    actor.id,
                    sentence.index,
                    first.token_start,
                    last.token_end,
                    actor,
                )
            )
            k += used
            continue
        kind = MentionKind.AGENT if m.entry.kind == "agent" else MentionKind.ACTOR
        mentions.append(
            Mention(
                m.start,
                m.end,
                kind,
                m.entry.id,
                sentence.index,
                m.token_start,
                m.token_end,
                _actor(m.entry, text, m.start, m.end),
            )
        )
        k += 1
    return mentions


def _agent_country_pair(matches: list[Match], k: int, tokens: Sequence[Token]) -> tuple[Match, Match, int] | None:
    """(agent, country, 2) when matches k and k+1 are an agent and its country, else None."""
    if k + 1 >= len(matches):
        return None
    a, b = matches[k], matches[k + 1]
    between = [t.norm for t in tokens[a.token_end : b.token_start]]
    kinds = (a.entry.kind, b.entry.kind)
    if kinds == ("agent", "country") and (not between or _joins(between, agent_first=True)):
        return a, b, 2
    if kinds == ("country", "agent") and (not between or _joins(between, agent_first=False)):
        return b, a, 2
    return None


def _joins(words: list[str], agent_first: bool) -> bool:
    """'of (the)', 'from', 'من' join agent->country ("وفد من الأردن"); "'s" joins country->agent."""
    if agent_first:
        return len(words) <= 2 and words[0] in _OF and all(w in _THE for w in words[1:])
    return words in (["'s"], ["’s"])
