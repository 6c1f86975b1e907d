"""Compile the human-edited dictionaries in ``data_src/`` into ``marsad/data/*.json``.

Run ``python -m marsad.build`` from the repository after editing ``data_src``; a test rebuilds
everything and checks that the committed copy is current. Country names come from the CLDR data
that Babel ships (build-time only), plus our additions in ``data_src/actors/countries.yaml``.
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from marsad.errors import DictionaryError
from marsad.lang.ar import inflect as ar_inflect
from marsad.lang.en import inflect as en_inflect
from marsad.lang.normalize import normalize
from marsad.lang.tokenize import entry_key

REPO = Path(__file__).resolve().parent.parent
SRC = REPO / "data_src"
OUT = Path(__file__).resolve().parent / "data"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class CountryExtra(_Strict):
    ar: list[str] = []
    en: list[str] = []
    code: str | None = None
    skip: bool = False


class CountriesFile(_Strict):
    countries: dict[str, CountryExtra]


class Organization(_Strict):
    id: str
    code: str
    name: str
    ar: list[str] = Field(min_length=1)
    en: list[str] = Field(min_length=1)


class OrganizationsFile(_Strict):
    organizations: list[Organization]


class Agent(_Strict):
    sector: str = Field(pattern=r"^[A-Z]{3}$")
    ar: list[str] = []
    en: list[str] = []


class AgentsFile(_Strict):
    agents: list[Agent]


class ArabicVerb(_Strict):
    past: str
    present: str | None = None


class PatternSpec(_Strict):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    cameo: str = Field(pattern=r"^[0-2][0-9]{1,3}$")
    verbs: list[ArabicVerb | str] = []
    nouns: list[str] = []
    with_: list[str] = Field([], alias="with")
    reciprocal: bool = False
    target_preps: list[str] = []
    passive: bool = False

    @field_validator("nouns", "with_", "target_preps")
    @classmethod
    def _no_blank(cls, values: list[str]) -> list[str]:
        if any(not v.strip() for v in values):
            raise ValueError("empty word")
        return values


class PatternsFile(_Strict):
    lang: str = Field(pattern=r"^(ar|en)$")
    patterns: list[PatternSpec]


def _load_yaml(path: Path, model: type[_Strict]) -> Any:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        return model.model_validate(data)
    except (OSError, yaml.YAMLError) as exc:
        raise DictionaryError("E401", path=path, detail=str(exc)) from None
    except ValidationError as exc:
        detail = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors()[:5])
        raise DictionaryError("E401", path=path, detail=detail) from None


def _keys(names: list[str]) -> list[list[str]]:
    out: list[list[str]] = []
    for name in names:
        key = list(entry_key(name))
        if key and key not in out:
            out.append(key)
    return out


# ---------------------------------------------------------------- ontology
def build_ontology(src: Path) -> dict[str, Any]:
    path = src / "ontology" / "cameo_events.tsv"
    rows = [r for r in csv.reader(_data_lines(path), delimiter="\t")]
    header, body = rows[0], rows[1:]
    codes: dict[str, dict[str, Any]] = {}
    for row in body:
        rec = dict(zip(header, row, strict=True))
        code = rec["code"]
        if code in codes:
            raise DictionaryError("E401", path=path, detail=f"duplicate code {code}")
        codes[code] = {
            "label": rec["label"],
            "goldstein": float(rec["goldstein"]),
            "quad_class": int(rec["quad_class"]),
            "plover": rec["plover"] or None,
            "plover_mode": rec["plover_mode"] or None,
            "plover_context": rec["plover_context"] or None,
        }
    for code in codes:
        if code[:2] not in codes or (len(code) == 4 and code[:3] not in codes):
            raise DictionaryError("E401", path=path, detail=f"code {code} has no parent row")
    return {"version": "CAMEO 1.1b3 / PLOVER 2021", "codes": codes}


def _data_lines(path: Path) -> list[str]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise DictionaryError("E401", path=path, detail=str(exc)) from None
    return [line for line in lines if line.strip() and not line.startswith("#")]


# ---------------------------------------------------------------- actors
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
    extras: CountriesFile = _load_yaml(src / "actors" / "countries.yaml", CountriesFile)
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
                "keys": _keys(_name_variants(c["ar"]) + _name_variants(c["en"]) + extra.ar + extra.en),
            }
        )
    orgs: OrganizationsFile = _load_yaml(src / "actors" / "organizations.yaml", OrganizationsFile)
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
                "keys": _keys(org.ar + org.en),
            }
        )
    agents: AgentsFile = _load_yaml(src / "actors" / "agents.yaml", AgentsFile)
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
                        "keys": _keys([name] + ([en_inflect.plural(name)] if lang == "en" else [])),
                    }
                )
    ids = [e["id"] for e in entries]
    if len(ids) != len(set(ids)):
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        raise DictionaryError("E401", path=src / "actors", detail=f"duplicate entry ids {dupes[:5]}")
    return {"entries": entries}


# ---------------------------------------------------------------- event patterns
def build_patterns(src: Path, lang: str, ontology: dict[str, Any]) -> dict[str, Any]:
    path = src / "events" / f"{lang}.yaml"
    spec: PatternsFile = _load_yaml(path, PatternsFile)
    if spec.lang != lang:
        raise DictionaryError("E401", path=path, detail=f"lang is {spec.lang!r}, expected {lang!r}")
    seen: set[str] = set()
    out = []
    for p in spec.patterns:
        if p.id in seen:
            raise DictionaryError("E401", path=path, detail=f"duplicate pattern id {p.id!r}")
        seen.add(p.id)
        if p.cameo not in ontology["codes"]:
            raise DictionaryError("E403", code=p.cameo, where=f"{path} pattern {p.id!r}")
        if not p.verbs and not p.nouns:
            raise DictionaryError("E401", path=path, detail=f"pattern {p.id!r} has neither verbs nor nouns")
        active, passive = _verb_forms(lang, p.verbs, path, p.id)
        out.append(
            {
                "id": p.id,
                "cameo": p.cameo,
                "reciprocal": p.reciprocal,
                "passive": p.passive,
                "verb_forms": sorted(active),
                "passive_forms": sorted(passive - active),
                "lemmas": sorted(_lemmas(lang, p.verbs)),
                "noun_forms": sorted(_noun_forms(lang, p.nouns)),
                "with": [list(entry_key(w)) for w in p.with_],
                "target_preps": [normalize(w) for w in p.target_preps],
            }
        )
    return {"lang": lang, "patterns": out}


def _verb_forms(lang: str, verbs: list[ArabicVerb | str], path: Path, pid: str) -> tuple[set[str], set[str]]:
    """(active forms, distinct passive forms) of a pattern's verbs."""
    active: set[str] = set()
    passive: set[str] = set()
    for verb in verbs:
        if lang == "ar":
            if not isinstance(verb, ArabicVerb):
                raise DictionaryError("E401", path=path, detail=f"{pid}: Arabic verbs need past/present")
            active |= ar_inflect.verb_forms(verb.past, verb.present)
            passive |= ar_inflect.passive_forms(verb.past, verb.present)
        else:
            if not isinstance(verb, str):
                raise DictionaryError("E401", path=path, detail=f"{pid}: English verbs are strings")
            active |= en_inflect.verb_forms(verb)
    return active, passive


def _lemmas(lang: str, verbs: list[ArabicVerb | str]) -> set[str]:
    if lang == "ar":
        return {normalize(v.past) for v in verbs if isinstance(v, ArabicVerb)}
    return {v.split("|")[0].strip().lower() for v in verbs if isinstance(v, str)}


def _noun_forms(lang: str, nouns: list[str]) -> set[str]:
    forms: set[str] = set()
    for noun in nouns:
        forms |= ar_inflect.noun_forms(noun) if lang == "ar" else en_inflect.noun_forms(noun)
    return forms


# ---------------------------------------------------------------- lexicons
def _arabic(word: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in word)


def build_arabic_lexicon(src: Path, actors: dict[str, Any], patterns: dict[str, Any]) -> dict[str, Any]:
    """Every word Marsad knows in Arabic: the word list plus the words of its dictionaries."""
    path = src / "lexicon" / "ar_words.txt"
    words: set[str] = set()
    for number, line in enumerate(_data_lines(path), start=1):
        word = line.strip()
        if " " in word or not _arabic(word):
            raise DictionaryError("E401", path=path, detail=f"entry {number} ({word!r}) is not one Arabic word")
        words.add(normalize(word))
    for entry in actors["entries"]:
        words.update(form for key in entry["keys"] for form in key if _arabic(form))
    for p in patterns["patterns"]:
        words.update(p["verb_forms"], p["passive_forms"], p["noun_forms"])
        words.update(form for phrase in p["with"] for form in phrase)
    return {"words": sorted(words)}


def build_english_lexicon(src: Path, patterns: dict[str, Any]) -> dict[str, Any]:
    """Irregular verb and noun forms, and the verb lemmas the lemmatiser may choose from."""
    verbs: dict[str, str] = {}
    path = src / "lexicon" / "en_irregular.tsv"
    for row in csv.DictReader(_data_lines(path), delimiter="\t"):
        lemma = row["lemma"].strip().lower()
        forms = [row["past"], row["participle"], row["gerund"], *(row.get("variants") or "").split(",")]
        for form in forms:
            if form and form.strip():
                verbs.setdefault(form.strip().lower(), lemma)
    nouns = {
        row["plural"].strip().lower(): row["singular"].strip().lower()
        for row in csv.DictReader(_data_lines(src / "lexicon" / "en_irregular_nouns.tsv"), delimiter="\t")
    }
    lemmas = set(verbs.values())
    for p in patterns["patterns"]:
        lemmas.update(p.get("lemmas", []))
    return {"verbs": dict(sorted(verbs.items())), "nouns": dict(sorted(nouns.items())), "lemmas": sorted(lemmas)}


# ---------------------------------------------------------------- all
def build_all(src: Path = SRC) -> dict[str, str]:
    """Every compiled file as ``{file name: JSON text}``."""
    ontology = build_ontology(src)
    actors = build_actors(src, cldr_countries())
    patterns_ar = build_patterns(src, "ar", ontology)
    patterns_en = build_patterns(src, "en", ontology)
    outputs = {
        "ontology.json": ontology,
        "actors.json": actors,
        "patterns_ar.json": patterns_ar,
        "patterns_en.json": patterns_en,
        "lexicon_ar.json": build_arabic_lexicon(src, actors, patterns_ar),
        "lexicon_en.json": build_english_lexicon(src, patterns_en),
    }
    return {
        name: json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n" for name, data in outputs.items()
    }


def main(argv: list[str] | None = None) -> int:
    out = Path(argv[0]) if argv else OUT
    out.mkdir(parents=True, exist_ok=True)
    for name, text in build_all().items():
        (out / name).write_text(text, encoding="utf-8")
        print(f"wrote {out / name} ({len(text):,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
