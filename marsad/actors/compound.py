"""Compound actors: mentions joined by 'and' / 'و' ("باكستان والاتحاد الأوروبي")."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from marsad.lang.normalize import normalize
from marsad.model import Actor, Mention, Token

JOINERS = frozenset({"و", "and", ",", "&"})


@dataclass(frozen=True, slots=True)
class Group:
    """One actor or several joined by 'and' / 'و' ("باكستان والاتحاد الأوروبي")."""

    members: tuple[Mention, ...]
    token_start: int
    token_end: int

    @property
    def actors(self) -> list[Actor]:
        return [m.actor for m in self.members if m.actor is not None]


def group_mentions(mentions: Sequence[Mention], tokens: Sequence[Token]) -> list[Group]:
    groups: list[Group] = []
    for m in sorted(mentions, key=lambda m: m.token_start):
        if groups and (overlapping(groups[-1], m) or _joined(groups[-1], m, tokens)):
            g = groups[-1]
            groups[-1] = Group((*g.members, m), g.token_start, max(g.token_end, m.token_end))
        else:
            groups.append(Group((m,), m.token_start, m.token_end))
    return groups


def _joined(group: Group, m: Mention, tokens: Sequence[Token]) -> bool:
    between = tokens[group.token_end : m.token_start]
    if not between:  # the conjunction is a clitic: والاتحاد
        first = tokens[m.token_start]
        return m.start > first.start and normalize(first.text[: m.start - first.start]).startswith("و")
    return (
        len(between) <= 2
        and all(t.norm in JOINERS or t.norm == "the" for t in between)
        and any(t.norm in JOINERS for t in between)
    )


def overlapping(group: Group, m: Mention) -> bool:
    """Mentions on the same span (the members of a back-reference) belong to one group."""
    return m.token_start < group.token_end
