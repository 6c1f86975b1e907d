"""Actor dictionary: entries and the token trie they are matched with."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from marsad import data

_END = "\x00"  # trie key under which a node stores the entries that end there (never a token form)


@dataclass(frozen=True, slots=True)
class ActorEntry:
    id: str
    kind: str  # country | org | agent | person
    code: str
    country: str | None
    sector: str | None
    org: str | None
    name: str | None


class ActorDictionary:
    """Entries indexed by a trie over normalised token forms; longest match is found in one walk."""

    def __init__(self, records: Iterable[dict[str, Any]]) -> None:
        self.entries: list[ActorEntry] = []
        self._trie: dict[str, Any] = {}
        for rec in records:
            entry = ActorEntry(
                rec["id"], rec["kind"], rec["code"], rec["country"], rec["sector"], rec["org"], rec["name"]
            )
            self.entries.append(entry)
            for key in rec["keys"]:
                self._add(key, len(self.entries) - 1)

    def _add(self, key: list[str], index: int) -> None:
        node = self._trie
        for form in key:
            node = node.setdefault(form, {})
        node.setdefault(_END, []).append(index)

    def root(self, form: str) -> dict[str, Any] | None:
        node: dict[str, Any] | None = self._trie.get(form) if form and form != _END else None
        return node

    @staticmethod
    def step(node: dict[str, Any], form: str) -> dict[str, Any] | None:
        nxt: dict[str, Any] | None = node.get(form) if form and form != _END else None
        return nxt

    def ends(self, node: dict[str, Any]) -> list[ActorEntry]:
        return [self.entries[i] for i in node.get(_END, ())]

    def __len__(self) -> int:
        return len(self.entries)

    @classmethod
    def default(cls) -> ActorDictionary:
        return cls(data.load("actors.json")["entries"])
