"""Actor dictionaries: countries (CLDR + our additions), nationality adjectives and capitals,
organisations, armed groups and movements, agents (role nouns) and people with dated roles."""

from __future__ import annotations

import re
from datetime import date
from itertools import pairwise
from pathlib import Path
from typing import Any

from pydantic import Field, model_validator

from marsad.actors.codes import NON_STATE
from marsad.build.common import Strict, keys, load_yaml
from marsad.errors import DictionaryError
from marsad.lang.en import inflect as en_inflect
from marsad.lang.normalize import normalize


class CountryExtra(Strict):
    ar: list[str] = []
    en: list[str] = []
    code: str | None = None
    skip: bool = False


class CountriesFile(Strict):
    countries: dict[str, CountryExtra]


class Organization(Strict):
    id: str
    code: str
    name: str
    ar: list[str] = Field(min_length=1)
    en: list[str] = Field(min_length=1)


class OrganizationsFile(Strict):
    organizations: list[Organization]


class Demonym(Strict):
    ar: list[str] = []
    ar_extra: list[str] = []
    en: list[str] = []
    capital: dict[str, list[str]] = {}


class DemonymsFile(Strict):
    demonyms: dict[str, Demonym]
    #: adjectives of no one state, by their CAMEO code: أجنبي / foreign -> INT ("القوات الأجنبية": INTMIL)
    non_state: dict[str, Demonym] = {}


class Group(Strict):
    id: str = Field(pattern=r"^[A-Z0-9_]+$")
    code: str = Field(pattern=r"^[A-Z]{3,12}$")
    country: str | None = Field(None, pattern=r"^[A-Z]{3}$")
    sector: str | None = Field(None, pattern=r"^[A-Z]{3}$")  # none for a whole people (KUR)
    name: str
    ar: list[str] = Field(min_length=1)
    en: list[str] = Field(min_length=1)


class GroupsFile(Strict):
    groups: list[Group]


class Role(Strict):
    code: str = Field(pattern=r"^[A-Z]{3,12}$")
    title: str
    start: date | None = None
    end: date | None = None
    org: str | None = None

    @model_validator(mode="after")
    def _ordered(self) -> Role:
        if self.start and self.end and self.end < self.start:
            raise ValueError(f"role {self.title!r} ends ({self.end}) before it starts ({self.start})")
        return self


class Person(Strict):
    id: str = Field(pattern=r"^[a-z0-9_]+$")
    name: str
    ar: list[str] = []
    en: list[str] = []
    roles: list[Role] = Field(min_length=1)

    @model_validator(mode="after")
    def _no_overlap(self) -> Person:
        spans = sorted((r.start or date.min, r.end or date.max, r.title) for r in self.roles)
        for (_s1, e1, t1), (s2, _e2, t2) in pairwise(spans):
            if s2 < e1:
                raise ValueError(f"{self.id}: roles {t1!r} and {t2!r} overlap ({s2} < {e1})")
        return self


class PeopleFile(Strict):
    people: list[Person]


class ReferencesFile(Strict):
    references: dict[str, list[str]]


class Agent(Strict):
    sector: str = Field(pattern=r"^[A-Z]{3}$")
    ar: list[str] = []
    en: list[str] = []
    #: Arabic nouns that name an actor of the sector only with a country in their phrase: "الطيران
    #: الإسرائيلي" is Israel's air force, "الطيران" alone is aviation
    ar_with_country: list[str] = []
    #: English nouns likewise: "Israeli jets" are Israel's air force, "private jets" nobody's
    en_with_country: list[str] = []


class AgentsFile(Strict):
    #: Arabic masculine title nouns whose feminine adds ة: each name they head is matched in the feminine too
    feminine: list[str] = []
    #: Arabic deputies' titles put before every title a word heads: "وزير" -> "نائب وزير", "مساعد وزير"
    deputies: dict[str, list[str]] = {}
    agents: list[Agent]


#: ISO 3166-1 alpha-3 codes withdrawn from the standard that CLDR still lists as aliases
WITHDRAWN_ALPHA3 = frozenset({"BUR", "ZAR", "DDR", "FXX", "TMP", "YMD"})


def cldr_countries() -> list[dict[str, Any]]:
    """Every CLDR territory that has an ISO alpha-3 code, with its Arabic and English names."""
    from babel import Locale
    from babel.core import get_global

    alpha3: dict[str, str] = {}
    for code, targets in get_global("territory_aliases").items():
        if len(code) == 3 and code.isalpha() and len(targets) == 1 and code not in WITHDRAWN_ALPHA3:
            if targets[0] in alpha3:
                raise DictionaryError(
                    "E401",
                    path="CLDR territory aliases",
                    detail=f"{targets[0]} has two alpha-3 codes: {alpha3[targets[0]]}, {code}",
                )
            alpha3[targets[0]] = code
    ar, en = Locale("ar").territories, Locale("en").territories
    out = []
    for a2 in sorted(en):
        if len(a2) == 2 and a2.isalpha() and a2 in alpha3:
            out.append({"a2": a2, "a3": alpha3[a2], "ar": ar.get(a2), "en": en[a2]})
    return out


def _name_variants(name: str | None) -> list[str]:
    """A CLDR name and, for names with a parenthesis or an '&', its shorter forms."""
    if not name:
        return []
    out = [name]
    if "(" in name:
        out.append(name.split("(")[0].strip())
    if " & " in name:
        out.append(name.replace(" & ", " and "))
    return out


def _entry(
    id_: str,
    kind: str,
    code: str,
    names: list[str],
    country: str | None = None,
    sector: str | None = None,
    org: str | None = None,
    name: str | None = None,
    **extra: Any,
) -> dict[str, Any]:
    return {
        "id": id_,
        "kind": kind,
        "code": code,
        "country": country,
        "sector": sector,
        "org": org,
        "name": name,
        "keys": keys(names),
        **extra,
    }


def build_actors(src: Path, countries: list[dict[str, Any]]) -> dict[str, Any]:
    alpha3 = {c["a2"]: c["a3"] for c in countries}
    entries = [
        *_country_entries(src, countries),
        *_demonym_entries(src, alpha3),
        *_org_entries(src),
        *_group_entries(src),
        *_agent_entries(src),
        *_person_entries(src),
        *_reference_entries(src),
    ]
    ids = [e["id"] for e in entries]
    if len(ids) != len(set(ids)):
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        raise DictionaryError("E401", path=src / "actors", detail=f"duplicate entry ids {dupes[:5]}")
    return {"entries": entries}


def _country_entries(src: Path, countries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    path = src / "actors" / "countries.yaml"
    extras: CountriesFile = load_yaml(path, CountriesFile)
    known = {c["a2"] for c in countries}
    for a2 in extras.countries:
        if a2 not in known and not extras.countries[a2].skip:
            raise DictionaryError("E401", path=path, detail=f"{a2} is not an ISO 3166 territory with an alpha-3 code")
    out = []
    for c in countries:
        extra = extras.countries.get(c["a2"], CountryExtra())
        if not extra.skip:
            names = _name_variants(c["ar"]) + _name_variants(c["en"]) + extra.ar + extra.en
            out.append(
                _entry(f"country:{c['a3']}", "country", extra.code or c["a3"], names, country=c["a3"], name=c["en"])
            )
    return out


def arabic_nisba_forms(adjective: str) -> tuple[list[str], list[str]]:
    """(adjective forms, plural people forms) of a masculine nisba: باكستاني -> باكستانية، باكستانيات،
    باكستانيان، باكستانيتان ... and باكستانيون، باكستانيين."""
    if not adjective.endswith("ي"):
        return [adjective], []
    adjectives = [
        adjective,
        adjective + "ا",  # accusative indefinite: "جنديا باكستانيا"
        adjective + "ة",
        adjective + "ات",
        adjective + "ان",
        adjective + "تان",
        adjective + "تين",
    ]
    return adjectives, [adjective + "ون", adjective + "ين"]


def _english_plural_demonyms(adjectives: list[str]) -> list[str]:
    return [a + "s" for a in adjectives if not a.endswith(("s", "sh", "ch", "ese", "x", "z"))]


def _demonym_entries(src: Path, alpha3: dict[str, str]) -> list[dict[str, Any]]:
    path = src / "actors" / "demonyms.yaml"
    if not path.exists():
        return []
    spec: DemonymsFile = load_yaml(path, DemonymsFile)
    out = []
    for a2, d in spec.demonyms.items():
        if a2 not in alpha3:
            raise DictionaryError("E401", path=path, detail=f"{a2} is not an ISO 3166 code with an alpha-3 code")
        a3 = alpha3[a2]
        adjectives, people = _nisba_entries(d)
        if adjectives:
            out.append(_entry(f"demonym:{a3}", "demonym", a3, adjectives, country=a3))
        if people:
            out.append(_entry(f"nationals:{a3}", "nationals", a3, people, country=a3))
        capitals = d.capital.get("ar", []) + d.capital.get("en", [])
        if capitals:
            out.append(
                _entry(
                    f"capital:{a3}",
                    "capital",
                    f"{a3}GOV",
                    capitals,
                    country=a3,
                    sector="GOV",
                    name=next(iter(d.capital.get("en", [])), None),
                )
            )
    for code, d in spec.non_state.items():
        if code not in NON_STATE or d.capital:
            raise DictionaryError("E401", path=path, detail=f"{code} is no CAMEO non-state code or has a capital")
        adjectives, people = _nisba_entries(d)
        out.append(_entry(f"demonym:{code}", "demonym", code, adjectives))
        out.append(_entry(f"nationals:{code}", "nationals", code, people))
    return out


def _nisba_entries(d: Demonym) -> tuple[list[str], list[str]]:
    """(adjectives, names of the people) of a demonym entry, Arabic forms derived from the masculine."""
    adjectives: list[str] = []
    people: list[str] = []
    for adjective in d.ar:
        forms = arabic_nisba_forms(adjective)
        adjectives += forms[0]
        people += forms[1]
    adjectives += d.en
    people += d.ar_extra  # broken plurals name the people: "المغاربة", "الروس" (and "جنود روس")
    people += _english_plural_demonyms(d.en)
    return adjectives, people


def _org_entries(src: Path) -> list[dict[str, Any]]:
    """Organisations from every organizations*.yaml file (current ones and former or renamed ones)."""
    organizations = [
        o
        for path in sorted((src / "actors").glob("organizations*.yaml"))
        for o in load_yaml(path, OrganizationsFile).organizations
    ]
    return [
        _entry(
            f"org:{o.id.lower()}",
            "org",
            o.code,
            o.ar + o.en,
            country=_state_of(o.code),
            org=o.id,
            sector=_sector_of(o.code),
            name=o.name,
        )
        for o in organizations
    ]


def _state_of(code: str) -> str | None:
    """The state of an organisation code that belongs to one (USAMIL for CENTCOM), else None."""
    return None if code[:3] in NON_STATE else code[:3]


def _sector_of(code: str) -> str | None:
    """The sector slot of a code: after the state (PAKMIL), or last after IMG, whose further slots are
    sectors as in a state's codes (IMGREB, IMGMUSREB). Other non-state codes go on with an organisation
    (IGOUNO, IGOEUREEC), not a sector."""
    if code[:3] == "IMG":
        return code[-3:] if len(code) >= 6 else None
    return None if code[:3] in NON_STATE else (code[3:6] or None)


#: actor code prefixes that belong to no state


def _group_entries(src: Path) -> list[dict[str, Any]]:
    """Armed groups, parties and movements from every groups*.yaml file."""
    out = []
    specs = [(path, load_yaml(path, GroupsFile)) for path in sorted((src / "actors").glob("groups*.yaml"))]
    for path, g in ((path, g) for path, spec in specs for g in spec.groups):
        if g.country and not g.code.startswith(g.country):
            raise DictionaryError("E401", path=path, detail=f"group {g.id}: code {g.code} is not of {g.country}")
        out.append(
            _entry(
                f"group:{g.id.lower()}",
                "group",
                g.code,
                g.ar + g.en,
                country=g.country,
                sector=g.sector,
                org=g.id,
                name=g.name,
            )
        )
    return out


def _agent_entries(src: Path) -> list[dict[str, Any]]:
    agents: AgentsFile = load_yaml(src / "actors" / "agents.yaml", AgentsFile)
    out = []
    seen: set[str] = set()
    heads = frozenset(agents.feminine)
    for agent in agents.agents:
        arabic = agent.ar + _arabic_deputies(agent.ar, agents.deputies)
        for lang, names in (("ar", arabic + _arabic_feminines(arabic, heads)), ("en", agent.en)):
            for name in names:
                id_ = f"agent:{agent.sector}:{lang}:{normalize(name).replace(' ', '_')}"
                if id_ in seen:
                    continue
                seen.add(id_)
                variants = [name] + (
                    [en_inflect.plural(name)]
                    if lang == "en"
                    else _arabic_accusative(name) + _arabic_dual(name) + _arabic_definite(name)
                )
                out.append(_entry(id_, "agent", agent.sector, variants, sector=agent.sector))
        for lang, names in (("ar", agent.ar_with_country), ("en", agent.en_with_country)):
            for name in names:
                id_ = f"agent:{agent.sector}:{lang}:{normalize(name).replace(' ', '_')}"
                if id_ in seen:
                    detail = f"{name!r} is listed both alone and with a country"
                    raise DictionaryError("E401", path=src / "actors" / "agents.yaml", detail=detail)
                seen.add(id_)
                variants = [name, en_inflect.plural(name)] if lang == "en" else [name]
                out.append(_entry(id_, "agent", agent.sector, variants, sector=agent.sector, bound=True))
    return out


def _arabic_deputies(names: list[str], deputies: dict[str, list[str]]) -> list[str]:
    """A deputy of each office a title in construct names: "وزير الدفاع" -> "نائب وزير الدفاع", "وزارة
    الخارجية" -> "وكيل وزارة الخارجية". The deputy holds the office's sector."""
    listed = set(names)
    out = []
    for name in names:
        first, _, rest = name.partition(" ")
        for deputy in deputies.get(first, []) if rest else []:
            if f"{deputy} {name}" not in listed:
                out.append(f"{deputy} {name}")
    return out


def _arabic_feminines(names: list[str], heads: frozenset[str]) -> list[str]:
    """The feminine of titles in construct: "نائب وزير الخارجية" -> "نائبة وزير الخارجية", "وزير الدولة" ->
    "وزيرة الدولة". Only a first word with no article heads a construct, whose genitive does not change
    (after "المبعوث" a word agrees with it: "المبعوث الخاص" is left as it is)."""
    listed = set(names)
    out = []
    for name in names:
        first, _, rest = name.partition(" ")
        if rest and first in heads and f"{first}ة {rest}" not in listed:
            out.append(f"{first}ة {rest}")
    return out


#: words in Arabic agent names that take no article: prepositions and "باسم" (spokesman "of")
AR_PARTICLES = frozenset("باسم لدى من في على عن إلى الى مع ضد".split())


def _arabic_definite(name: str) -> list[str]:
    """A noun and its adjectives written indefinite take the article together: "طائرات حربية" -> "الطائرات
    الحربية", "مصدر حكومي" -> "المصدر الحكومي". (A construct is listed as written: its genitive already has
    the article, "حرس الحدود", or none, "وزير دفاع", which the form made here never meets in text.)"""
    words = name.split()
    if not 2 <= len(words) <= 3 or any(
        w.startswith(("ال", "لل", "بال")) or w in AR_PARTICLES or len(w) < 3 for w in words
    ):
        return []
    return [" ".join("ال" + w for w in words)]


def _arabic_accusative(name: str) -> list[str]:
    """The accusative indefinite of a one-word singular noun takes an alif: جندي -> جنديا، ضابط -> ضابطا
    (not after the article, taa marbuta, alif or hamza, nor on a sound plural or dual)."""
    if " " in name or name.startswith("ال") or name.endswith(("ة", "ا", "ى", "ء", "ون", "ين", "ات", "ان")):
        return []
    return [name + "ا"]


def _arabic_dual(name: str) -> list[str]:
    """The duals of a one-word nisba noun (nominative ان, oblique ين): شرطي -> شرطيان، شرطيين. Other
    singulars are not told from broken plurals (جنود) by their form, so their duals are listed by hand."""
    if " " in name or name.startswith("ال") or not name.endswith("ي") or len(name) < 4:
        return []
    return [name + "ان", name + "ين"]


def _person_entries(src: Path) -> list[dict[str, Any]]:
    """People from every people*.yaml file. A person listed in two files (a general who became
    president) is one entry with the names and roles of both; their roles must still not overlap."""
    people: dict[str, Person] = {}
    for path in sorted((src / "actors").glob("people*.yaml")):
        spec: PeopleFile = load_yaml(path, PeopleFile)
        for p in spec.people:
            if p.id in people:
                first = people[p.id]
                try:
                    p = Person(
                        id=p.id,
                        name=first.name,
                        ar=_merged(first.ar, p.ar),
                        en=_merged(first.en, p.en),
                        roles=_merged_roles([*first.roles, *p.roles]),
                    )
                except ValueError as exc:
                    raise DictionaryError("E401", path=path, detail=f"{p.id} (also in another file): {exc}") from None
            people[p.id] = p
    return [_person_entry(p) for p in people.values()]


def _merged_roles(roles: list[Role]) -> list[Role]:
    """Roles from two files: the same post (same code) recorded twice with overlapping dates is one role."""
    out: list[Role] = []
    for r in sorted(roles, key=lambda r: (r.code, r.start or date.min)):
        last = out[-1] if out else None
        if last is not None and last.code == r.code and (last.end is None or (r.start or date.min) <= last.end):
            end = None if last.end is None or r.end is None else max(last.end, r.end)
            out[-1] = Role(code=last.code, title=last.title, start=last.start, end=end, org=last.org or r.org)
        else:
            out.append(r)
    return out


def _merged(a: list[str], b: list[str]) -> list[str]:
    return a + [x for x in b if x not in a]


PATRONYMIC = frozenset({"بن", "ابن", "بنت", "bin", "ibn", "bint", "ben"})
#: the Arabic article in a romanised name, written al-, el- or as a word of its own ("Omar El Bashir")
_ARTICLE = re.compile(r"\b([Aa]l|[Ee]l)-(?=\w)")


def english_article_variants(name: str) -> list[str]:
    """Other spellings of the article in a romanised Arabic name: "Omar al-Bashir" -> "Omar el-Bashir",
    "Omar Al Bashir", "Omar El Bashir" (news writes all four)."""
    if not _ARTICLE.search(name):
        return []
    out = []
    for article, joint in (("al", "-"), ("el", "-"), ("Al", " "), ("El", " ")):
        variant = _ARTICLE.sub(article + joint, name)
        if variant != name:
            out.append(variant)
    return out


def _person_entry(p: Person) -> dict[str, Any]:
    roles: list[dict[str, Any]] = [
        {
            "code": r.code,
            "country": _state_of(r.code),
            "sector": _sector_of(r.code),
            "org": r.org,
            "title": r.title,
            "start": r.start.isoformat() if r.start else None,
            "end": r.end.isoformat() if r.end else None,
        }
        for r in sorted(p.roles, key=lambda r: r.start or date.min)
    ]
    names = p.ar + _merged(p.en, [v for name in p.en for v in english_article_variants(name)])
    # a surname names its bearer after a title ("President Trump"); very short ones (Moon Jae-in's "in") do not
    # ... but not a father's name after بن / bin ("خليفة بن زايد")
    surnames = sorted(
        {
            key[-1]
            for key in keys(p.ar + p.en)  # not the spaced article variants: "El Bashir" gives no "Bashir"
            if len(key) >= 2 and len(key[-1]) >= 3 and key[-1] != "jr" and key[-2] not in PATRONYMIC
        }
    )
    return _entry(f"person:{p.id}", "person", roles[-1]["code"], names, name=p.name, roles=roles, surnames=surnames)


def _reference_entries(src: Path) -> list[dict[str, Any]]:
    spec: ReferencesFile = load_yaml(src / "actors" / "references.yaml", ReferencesFile)
    return [_entry(f"backref:{lang}", "backref", "", names) for lang, names in sorted(spec.references.items())]
