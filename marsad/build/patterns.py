"""Event pattern dictionaries: verbs and nouns expanded into all their forms."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import Field, field_validator

from marsad.build.common import Strict, load_yaml
from marsad.errors import DictionaryError
from marsad.lang.ar import inflect as ar_inflect
from marsad.lang.en import inflect as en_inflect
from marsad.lang.normalize import normalize
from marsad.lang.tokenize import entry_key


class ArabicVerb(Strict):
    past: str
    present: str | None = None


class PatternSpec(Strict):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    cameo: str = Field(pattern=r"^[0-2][0-9]{1,3}$")
    verbs: list[ArabicVerb | str] = []
    nouns: list[str] = []
    with_: list[str] = Field([], alias="with")
    reciprocal: bool = False
    target_preps: list[str] = []
    passive: bool = False
    #: an obligation inside reported speech ("X said Y must ...", "قال X إنه يجب على Y أن ..."): the
    #: source is the speaker, the target the party obliged
    reported: bool = False
    #: the PLOVER type (and mode) where the PLOVER manual files the act elsewhere than its CAMEO code's
    #: usual type: a resignation is CAMEO 0831 but PLOVER RETREAT, mode resign
    plover: str | None = Field(None, pattern=r"^[A-Z]+(:[a-z_-]+)?$")
    #: the words report an event by themselves, so it is coded even when no actor is named: "protests
    #: broke out in Nouakchott" is a protest whoever marched (a source named in the clause still wins)
    alone: bool = False
    #: tells how a protest went on (chanting, banners): with "the protesters" (cues: participants) as its
    #: subject it describes a protest reported before, not a new one, and is not coded again
    elaboration: bool = False
    #: the complement may stand right before the verb as its subject, subject first: "عبوة ناسفة انفجرت على
    #: دورية" (a device that explodes or a shell that falls)
    with_before: bool = False
    #: the words tell the toll of an attack told before them and nothing by themselves: "أسفر الانفجار عن
    #: إصابة عشرة" (the attack's victims), but "أعلنت الوزارة عن إصابة مئة شخص بالفيروس" is no event
    toll: bool = False
    #: the act is one only when it is aimed: one of ``target_preps`` follows the complement in its clause.
    #: "أطلقت الحركة صواريخ على سديروت" is an attack, "أطلقت كوريا الشمالية صاروخا" a launch
    aimed: bool = False

    @field_validator("nouns", "with_", "target_preps")
    @classmethod
    def _no_blank(cls, values: list[str]) -> list[str]:
        if any(not v.strip() for v in values):
            raise ValueError("empty word")
        return values


class PatternsFile(Strict):
    lang: str = Field(pattern=r"^(ar|en)$")
    patterns: list[PatternSpec]


def build_patterns(src: Path, lang: str, ontology: dict[str, Any]) -> dict[str, Any]:
    """Every pattern of ``events/{lang}.yaml`` and ``events/{lang}_*.yaml`` (in file-name order)."""
    seen: set[str] = set()
    out: list[dict[str, Any]] = []
    paths = sorted((src / "events").glob(f"{lang}.yaml")) + sorted((src / "events").glob(f"{lang}_*.yaml"))
    for path in paths:
        spec: PatternsFile = load_yaml(path, PatternsFile)
        if spec.lang != lang:
            raise DictionaryError("E401", path=path, detail=f"lang is {spec.lang!r}, expected {lang!r}")
        out += compile_patterns(path, spec, lang, ontology, seen)
    return {"lang": lang, "patterns": out}


def compile_patterns(
    path: Path, spec: PatternsFile, lang: str, ontology: dict[str, Any], seen: set[str]
) -> list[dict[str, Any]]:
    out = []
    for p in spec.patterns:
        if p.id in seen:
            raise DictionaryError("E401", path=path, detail=f"duplicate pattern id {p.id!r}")
        seen.add(p.id)
        if p.cameo not in ontology["codes"]:
            raise DictionaryError("E403", code=p.cameo, where=f"{path} pattern {p.id!r}")
        if not p.verbs and not p.nouns:
            raise DictionaryError("E401", path=path, detail=f"pattern {p.id!r} has neither verbs nor nouns")
        if p.plover and p.plover.split(":")[0] not in {c["plover"] for c in ontology["codes"].values()}:
            raise DictionaryError("E401", path=path, detail=f"pattern {p.id!r}: {p.plover!r} is no PLOVER type")
        active, passive = _verb_forms(lang, p.verbs, path, p.id)
        out.append(
            {
                "id": p.id,
                "cameo": p.cameo,
                "reciprocal": p.reciprocal,
                "passive": p.passive,
                "reported": p.reported,
                "plover": p.plover,
                "alone": p.alone,
                "elaboration": p.elaboration,
                "with_before": p.with_before,
                "toll": p.toll,
                "aimed": p.aimed,
                "verb_forms": sorted(active),
                "passive_forms": sorted(passive - active),
                "lemmas": sorted(_lemmas(lang, p.verbs)),
                "noun_forms": sorted(_noun_forms(lang, p.nouns)),
                "with": [list(entry_key(w)) for w in p.with_],
                "target_preps": [normalize(w) for w in p.target_preps],
            }
        )
    return out


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


def load_user_patterns(path: str | Path, ontology: dict[str, Any]) -> tuple[str, list[dict[str, Any]]]:
    """(language, compiled records) of a user pattern file in the data_src/events schema."""
    p = Path(path)
    spec: PatternsFile = load_yaml(p, PatternsFile)
    return spec.lang, compile_patterns(p, spec, spec.lang, ontology, set())


class LanguageCues(Strict):
    negators: list[str]
    modals: list[str]
    modal_nouns: list[str]
    intent: list[str]
    background: list[str]
    accusation: list[str]
    accused: list[str] = []
    discovery: list[str] = []
    consequence: list[str] = []
    accidents: list[str] = []
    quantities: list[str]
    prepositions: list[str]
    relatives: list[str]
    barriers: list[str]
    passive_aux: list[str]
    unmarked_passives: list[str] = []
    passive_followers: list[str] = []
    agent_genitives: list[str] = []
    progressive: list[str] = []
    agent_markers: list[str]
    act_agents: list[str] = []
    occurrence: list[str]
    participants: list[str]
    reporting: list[str]
    proposals: list[str] = []
    announcements: list[str] = []
    instruments: list[str] = []
    instrument_prepositions: list[str] = []
    striking: list[str] = []


class CuesFile(Strict):
    ar: LanguageCues
    en: LanguageCues


def build_cues(src: Path) -> dict[str, Any]:
    """Grammatical cue words, normalised; multi-word cues as lists of words."""
    spec: CuesFile = load_yaml(src / "events" / "cues.yaml", CuesFile)
    out: dict[str, Any] = {}
    for lang in ("ar", "en"):
        cues: LanguageCues = getattr(spec, lang)
        out[lang] = {name: sorted({" ".join(entry_key(w)) for w in words}) for name, words in cues.model_dump().items()}
    return out
