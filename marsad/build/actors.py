"""Actor dictionaries: countries (CLDR + our additions), organisations, agents."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import Field

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


class Agent(Strict):
    sector: str = Field(pattern=r"^[A-Z]{3}$")
    ar: list[str] = []
    en: list[str] = []


class AgentsFile(Strict):
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


def build_actors(src: Path, countries: list[dict[str, Any]]) -> dict[str, Any]:
    extras: CountriesFile = load_yaml(src / "actors" / "countries.yaml", CountriesFile)
    entries: list[dict[str, Any]] = []
    known = {c["a2"] for c in countries}
    for a2 in extras.countries:
        if a2 not in known and not extras.countries[a2].skip:
            raise DictionaryError(
                "E401",
                path=src / "actors" / "countries.yaml",
                detail=f"{a2} is not an ISO 3166 territory with an alpha-3 code",
            )
    for c in countries:
        extra = extras.countries.get(c["a2"], CountryExtra())
        if extra.skip:
            continue
        code = extra.code or c["a3"]
        entries.append(
            {
                "id": f"country:{c['a3']}",
                "kind": "country",
                "code": code,
                "country": c["a3"],
                "sector": None,
                "org": None,
                "name": c["en"],
                "keys": keys(_name_variants(c["ar"]) + _name_variants(c["en"]) + extra.ar + extra.en),
            }
        )
    orgs: OrganizationsFile = load_yaml(src / "actors" / "organizations.yaml", OrganizationsFile)
    for org in orgs.organizations:
        entries.append(
            {
                "id": f"org:{org.id.lower()}",
                "kind": "org",
                "code": org.code,
                "country": None,
                "sector": None,
                "org": org.id,
                "name": org.name,
                "keys": keys(org.ar + org.en),
            }
        )
    agents: AgentsFile = load_yaml(src / "actors" / "agents.yaml", AgentsFile)
    for agent in agents.agents:
        for lang, names in (("ar", agent.ar), ("en", agent.en)):
            for name in names:
                entries.append(
                    {
                        "id": f"agent:{agent.sector}:{lang}:{normalize(name).replace(' ', '_')}",
                        "kind": "agent",
                        "code": agent.sector,
                        "country": None,
                        "sector": agent.sector,
                        "org": None,
                        "name": None,
                        "keys": keys([name] + ([en_inflect.plural(name)] if lang == "en" else [])),
                    }
                )
    ids = [e["id"] for e in entries]
    if len(ids) != len(set(ids)):
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        raise DictionaryError("E401", path=src / "actors", detail=f"duplicate entry ids {dupes[:5]}")
    return {"entries": entries}
