"""Actor dictionary: entries, dated roles, and the token trie they are matched with."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from marsad import data

_END = "\x00"  # trie key under which a node stores the entries that end there (never a token form)


@dataclass(frozen=True, slots=True)
class Role:
    code: str
    country: str | None
    sector: str | None
    org: str | None
    title: str
    start: str | None  # ISO dates; None: open
    end: str | None

    def holds_on(self, day: str) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
class ActorEntry:
    id: str
    kind: str  # country | demonym | nationals | capital | org | group | agent | person | backref
    code: str
    country: str | None
    sector: str | None
    org: str | None
    name: str | None
    roles: tuple[Role, ...] = ()
    #: an agent that names an actor only with a country in its phrase ("الطيران الإسرائيلي")
    bound: bool = False

    def role_on(self, day: str | None) -> Role | None:
        """The role held on ``day`` (ISO date); without a date, the current (open-ended) or last one.
        ``None`` when the person held none of their roles on that day (see ``out_of_office``)."""
        if not self.roles:
            return None
        dated = [r for r in self.roles if r.start or r.end]
        default = next((r for r in self.roles if not (r.start or r.end)), None)  # outside the dated ranges
        if day is None:
            return next((r for r in reversed(dated) if r.end is None), default or self.roles[-1])
        return next((r for r in reversed(dated) if r.holds_on(day)), default)

    def out_of_office(self, day: str | None) -> Role | None:
        """Outside their dated roles a person is one of their country's elites (CAMEO ``ELI``): the country
        of the latest role before ``day``, else of the first role."""
        dated = [r for r in self.roles if r.country]
        if not dated:
            return None
        before = [r for r in dated if day is not None and r.start is not None and r.start <= day]
        country = (before[-1] if before else dated[0]).country
        return Role(f"{country}ELI", country, "ELI", None, "out of office", None, None)


def nationalities(records: Iterable[dict[str, Any]]) -> dict[str, tuple[str, str | None]]:
    """One-word nationality adjectives of compiled ``records`` (باكستانية, Pakistani) -> (their state, its
    name), without building a dictionary."""
    records = list(records)
    names = {rec["country"]: rec["name"] for rec in records if rec["kind"] == "country" and rec["country"]}
    return {
        key[0]: (rec["country"], names.get(rec["country"]))
        for rec in records
        if rec["kind"] == "demonym" and rec["country"]
        for key in rec["keys"]
        if len(key) == 1
    }


class ActorDictionary:
    """Entries indexed by a trie over normalised token forms; longest match is found in one walk."""

    def __init__(self, records: Iterable[dict[str, Any]]) -> None:
        self.entries: list[ActorEntry] = []
        self._trie: dict[str, Any] = {}
        surnames: dict[str, set[int]] = {}
        records_list = list(records)
        for rec in records_list:
            roles = tuple(Role(**r) for r in rec.get("roles", ()))
            entry = ActorEntry(
                rec["id"],
                rec["kind"],
                rec["code"],
                rec["country"],
                rec["sector"],
                rec["org"],
                rec["name"],
                roles,
                rec.get("bound", False),
            )
            self.entries.append(entry)
            for key in rec["keys"]:
                self._add(key, len(self.entries) - 1)
            for surname in rec.get("surnames", ()):
                surnames.setdefault(surname, set()).add(len(self.entries) - 1)
        #: one-word nationality adjectives (باكستانية, Pakistani) -> their state
        self.demonyms: dict[str, str] = {key: country for key, (country, _) in nationalities(records_list).items()}
        #: each state's country entry (a capital that names a place of the state stands for it)
        self.countries: dict[str, ActorEntry] = {
            e.country: e for e in self.entries if e.kind == "country" and e.country is not None
        }
        #: the people who bear each last name ("ترامب" -> Donald Trump; "bush" -> both presidents Bush)
        #: every word of each person's names: "President Ali Mohamad" is not Mahathir Mohamad
        self.name_words: dict[str, frozenset[str]] = {
            rec["id"]: frozenset(w for key in rec["keys"] for w in key)
            for rec in records_list
            if rec["kind"] == "person"
        }
        #: first names of people: a bare word that is also someone's first name is no last name on its own
        self.given_names = frozenset(
            key[0] for rec in records_list if rec["kind"] == "person" for key in rec["keys"] if len(key) > 1
        )
        self.bearers: dict[str, tuple[ActorEntry, ...]] = {
            name: tuple(self.entries[i] for i in sorted(ids))
            for name, ids in surnames.items()
            if not self._trie.get(name, {}).get(_END)  # "Nepal" (Madhav Kumar Nepal) is the country
        }

    def by_surname(
        self,
        surname: str,
        day: str | None,
        mentioned: frozenset[str] = frozenset(),
        alone: bool = False,
        context: frozenset[str] | None = None,
    ) -> ActorEntry | None:
        """The person a last name refers to: the one the document has already named in full, else the
        only bearer in office on ``day`` (in one of the ``context`` countries, when given, or in an office of
        no country: al-Qaeda's, the UN's), else (when no bearer serves in those) the only bearer who heads a
        state or government on ``day``, else (after a title, not ``alone``) the only bearer at all."""
        bearers = self.bearers.get(surname, ())
        named = [p for p in bearers if p.id in mentioned]
        if len(named) == 1:
            return named[0]
        if day is not None:
            serving = [
                p
                for p in bearers
                if any(
                    r.holds_on(day) and (context is None or r.country is None or r.country in context)
                    for r in p.roles
                    if r.start or r.end
                )
            ]
            if len(serving) == 1:
                return serving[0]
            # news names heads of state and government by their last name far more than ministers: "الرئيس
            # البشير" is Sudan's president, not a Jordanian minister of that name serving at the time
            heads = [p for p in serving if self.leads(p, day)]
            if len(heads) == 1:
                return heads[0]
            if not serving and context is not None and len(surname) >= LEADER_SURNAME:
                # a head of state or government is named by the last name alone where the story names
                # no country of his: "هتفوا «ليستقيل كيباكي»", "كان بوتين قد ..."
                leaders = [p for p in bearers if self.leads(p, day)]
                if len(leaders) == 1:
                    return leaders[0]
        if len(bearers) == 1 and not alone:
            return bearers[0]
        return None

    @staticmethod
    def leads(person: ActorEntry, day: str) -> bool:
        """``person`` heads a state or government on ``day``."""
        return any(r.holds_on(day) and _head_of_state(r.title) for r in person.roles)

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

    @classmethod
    def with_extra(cls, extra: Iterable[dict[str, Any]]) -> ActorDictionary:
        """The default dictionary plus user entries (compiled records), which win ties."""
        return cls([*extra, *data.load("actors.json")["entries"]])


#: titles of heads of state and government (roles' titles are English)
HEAD_TITLES = ("President", "Prime Minister", "King", "Emir", "Sultan", "Supreme Leader", "Chancellor", "Premier")


#: the shortest last name that names a head of state alone in a story of no country of his: shorter ones
#: are as often another people's names or words ("سينغ يانغ" is Xinjiang, "وباني" a builder, not C. K. Banny)
LEADER_SURNAME = 5


def _head_of_state(title: str) -> bool:
    """A role title of a head of state or government ("President", "Acting President", "Prime Minister of
    Israel"), not of a deputy ("Vice President", "Deputy Prime Minister")."""
    words = title.removeprefix("Acting ").removeprefix("Interim ").removeprefix("Federal ")
    return words.startswith(HEAD_TITLES)
