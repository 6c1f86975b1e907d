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
    """Mentions joined by a conjunction ("Russia, China and Iran"), or by commas in a list of three or more
    ("Iran, Libya, Sudan, and with conditions, Cuba"). One comma joins no pair: "A، B" is an apposition or
    a clause's end ("انتقد الوزير X، المتحدث باسم الحكومة، قرار ..."), not a list."""
    groups: list[Group] = []
    listed: list[bool] = []  # whether a conjunction (or a shared span) joins the group's members
    for m in sorted(mentions, key=lambda m: m.token_start):
        join = _join(groups[-1], m, tokens) if groups and not overlapping(groups[-1], m) else None
        if groups and (overlapping(groups[-1], m) or join is not None):
            g = groups[-1]
            groups[-1] = Group((*g.members, m), g.token_start, max(g.token_end, m.token_end))
            listed[-1] = listed[-1] or join != ","
        else:
            groups.append(Group((m,), m.token_start, m.token_end))
            listed.append(False)
    out: list[Group] = []
    for g, conjoined in zip(groups, listed, strict=True):
        if conjoined or len(g.members) != 2:
            out.append(g)
        else:
            out.extend(Group((m,), m.token_start, m.token_end) for m in g.members)
    return out


def _join(group: Group, m: Mention, tokens: Sequence[Token]) -> str | None:
    """What joins ``m`` to the group before it: "و" / "and" (a conjunction, perhaps after a comma), "," (a
    comma alone) or None."""
    between = tokens[group.token_end : m.token_start]
    first = tokens[m.token_start]
    # the conjunction may be a clitic: والاتحاد، "X، ووزير الخارجية"
    clitic = m.start > first.start and normalize(first.text[: m.start - first.start]).startswith("و")
    if not between:
        return "و" if clitic else None
    if (
        len(between) <= 2
        and all(t.norm in JOINERS or t.norm == "the" for t in between)
        and any(t.norm in JOINERS for t in between)
    ):
        return "," if all(t.norm in (",", "the") for t in between) and not clitic else "و"
    return None


def overlapping(group: Group, m: Mention) -> bool:
    """Mentions on the same span (the members of a back-reference) belong to one group."""
    return m.token_start < group.token_end
