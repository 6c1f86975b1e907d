"""Readers for gold standards: PETRARCH validation XML, PLOVER GSR JSON, and the Arabic event GSR
(CSV labels and JSON coder spans). Each returns a GoldSet; malformed files raise InputError (E306)."""

from __future__ import annotations

import csv
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from datetime import date
from itertools import product
from pathlib import Path
from typing import Any

from marsad.actors.codes import NON_STATE
from marsad.errors import InputError
from marsad.eval.gold import GoldActor, GoldEvent, GoldItem, GoldSet
from marsad.events.ontology import Ontology

#: PLOVER 0.5 names used by older gold files -> PLOVER 2021
OLD_PLOVER = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "FIGHT": "ASSAULT", "INVESTIGATE": "ACCUSE"}
#: code prefixes of actors that belong to no state
ARABIC_LABELS = {"yes": True, "easy no": False, "difficult no": False}


def plover_2021(name: str | None) -> str | None:
    if not name:
        return None
    upper = name.strip().upper()
    return OLD_PLOVER.get(upper, upper)


def parse_code(code: str | None, sector: str | None = None, text: str | None = None) -> GoldActor | None:
    """A CAMEO-style actor code ("PAKGOV", "IGOUNO", "USA") as country + sector."""
    code = (code or "").strip().upper()
    if not code or code in ("NONE", "---"):
        return None
    if code[:3] in NON_STATE:
        return GoldActor(code, None, sector or None, text)
    return GoldActor(code, code[:3], sector or code[3:6] or None, text)


GIGAWORD_ID = re.compile(r"_((?:19|20)\d\d)(0[1-9]|1[0-2])([0-3]\d)\.")


def gigaword_date(doc_id: str) -> str | None:
    """The publication date an LDC Gigaword document id carries: AAW_ARB_20061208.0052 -> 2006-12-08."""
    m = GIGAWORD_ID.search(doc_id)
    if m is None:
        return None
    try:
        return date.fromisoformat(f"{m[1]}-{m[2]}-{m[3]}").isoformat()
    except ValueError:
        return None


# ---------------------------------------------------------------- PETRARCH XML
def read_petrarch_xml(path: Path, ontology: Ontology | None = None) -> GoldSet:
    onto = ontology or Ontology.default()
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as exc:
        raise InputError("E306", path=path, detail=str(exc)) from None
    items: list[GoldItem] = []
    for sent in root.iter("Sentence"):
        codings = sent.findall("EventCoding")
        events: list[GoldEvent] = []
        for coding in codings:
            if coding.get("noevents", "").strip().lower() == "true":
                continue
            events.extend(_petrarch_events(coding.attrib, onto))
        raw_date = (sent.get("date") or "").strip()
        day = f"{raw_date[:4]}-{raw_date[4:6]}-{raw_date[6:8]}" if len(raw_date) == 8 and raw_date.isdigit() else None
        items.append(
            GoldItem(
                id=sent.get("id") or f"s{len(items)}",
                text=" ".join((sent.findtext("Text") or "").split()),
                lang="en",
                events=tuple(events),
                date=day,
                has_actors=True,
            )
        )
    return GoldSet(path.name, "petrarch-xml", tuple(i for i in items if i.text))


def _split_codes(value: str | None) -> list[str | None]:
    parts = [p for p in (value or "").replace(";", ",").replace("/", ",").replace(" ", ",").split(",") if p]
    return list(parts) or [None]


def _petrarch_events(attrs: dict[str, str], onto: Ontology) -> list[GoldEvent]:
    cameo = "".join(ch for ch in attrs.get("eventcode", "") if ch.isdigit()) or None
    plover = onto[cameo].plover if cameo and cameo in onto else None
    return [
        GoldEvent(plover, cameo, parse_code(s), parse_code(t))
        for s, t in product(_split_codes(attrs.get("sourcecode")), _split_codes(attrs.get("targetcode")))
    ]


# ---------------------------------------------------------------- PLOVER JSON
def read_plover_json(path: Path) -> GoldSet:
    records = _load_json_list(path)
    items, skipped = [], 0
    for n, rec in enumerate(records):
        if not isinstance(rec, dict) or rec.get("event") == "DOCUMENT" or not rec.get("text"):
            skipped += 1
            continue
        sources = [_plover_actor(a) for a in _as_list(rec.get("source"))] or [None]
        targets = [_plover_actor(a) for a in _as_list(rec.get("target"))] or [None]
        event_type = plover_2021(rec.get("event"))
        events = tuple(GoldEvent(event_type, None, s, t) for s, t in product(sources, targets)) if event_type else ()
        items.append(
            GoldItem(
                id=str(rec.get("id") or f"r{n}"),
                text=str(rec["text"]),
                lang=rec.get("language") or "en",
                events=events,
                date=rec.get("date"),
                has_actors=True,
            )
        )
    return GoldSet(path.name, "plover-json", tuple(items), excluded=skipped)


def _as_list(value: Any) -> list[Any]:
    if isinstance(value, list):
        return [v for v in value if isinstance(v, dict)]
    return [value] if isinstance(value, dict) else []


def _plover_actor(actor: dict[str, Any]) -> GoldActor | None:
    return parse_code(actor.get("code"), actor.get("sector"), actor.get("actorText"))


# ---------------------------------------------------------------- Arabic GSR
def read_arabic_csv(path: Path) -> GoldSet:
    try:
        with open(path, encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise InputError("E306", path=path, detail=str(exc)) from None
    if rows and not {"id", "event_type", "label", "text"} <= set(rows[0]):
        raise InputError("E306", path=path, detail="expected columns id, event_type, label, text")
    items, excluded, scope = [], 0, set()
    for row in rows:
        label = (row.get("label") or "").strip().lower()
        event_type = plover_2021(row.get("event_type"))
        if event_type:
            scope.add(event_type)
        if label not in ARABIC_LABELS or not event_type:
            excluded += 1  # 'ambiguous' and unknown labels are left out
            continue
        events = (GoldEvent(event_type),) if ARABIC_LABELS[label] else ()
        items.append(
            GoldItem(
                id=row["id"],
                text=row["text"],
                lang="ar",
                events=events,
                label=label,
                date=gigaword_date(row["id"]),
                votes=_votes(row),
            )
        )
    return GoldSet(path.name, "arabic-gsr-csv", tuple(items), frozenset(scope), excluded)


def _votes(row: dict[str, str]) -> tuple[int, int] | None:
    """The annotators' votes of a GSR row (its accept and reject columns), None when absent or not counts."""
    try:
        accepted, rejected = int(row.get("accept") or ""), int(row.get("reject") or "")
    except ValueError:
        return None
    return (accepted, rejected) if accepted >= 0 and rejected >= 0 and accepted + rejected else None


def read_arabic_spans(path: Path) -> GoldSet:
    records = _load_json_list(path)
    items, scope, excluded = [], set(), 0
    for n, rec in enumerate(records):
        event_type = plover_2021(rec.get("event_type")) if isinstance(rec, dict) else None
        spans = rec.get("spans") if isinstance(rec, dict) else None
        if not event_type or not spans or not isinstance(spans, list) or not rec.get("text"):
            excluded += 1
            continue
        scope.add(event_type)
        first = spans[0]  # the first coder's span set
        event = GoldEvent(event_type, None, _span_actor(first, "source"), _span_actor(first, "target"))
        items.append(
            GoldItem(
                id=str(rec.get("source") or rec.get("_id") or n),
                text=str(rec["text"]),
                lang="ar",
                events=(event,),
                date=gigaword_date(str(rec.get("source") or "")),
                has_actors=True,
            )
        )
    return GoldSet(path.name, "arabic-gsr-spans", tuple(items), frozenset(scope), excluded)


def _span_actor(span: dict[str, Any], side: str) -> GoldActor | None:
    words = span.get(f"{side}_actor") or []
    role = span.get(f"{side}_role") or {}
    if not words and not role:
        return None
    if not isinstance(role, dict):  # e.g. "UNKNOWN": the coders could not code the role
        return GoldActor(None, None, None, " ".join(words) or None, known=False)
    country = _none(role.get("main"))
    sector = _none(role.get("role"))
    text = " ".join(w for w in words if isinstance(w, str)) or None
    code = f"{country or ''}{sector or ''}" or None
    return GoldActor(code, country, sector, text)


def _none(value: Any) -> str | None:
    if not isinstance(value, str) or value.strip() in ("", "None", "none", "NULL"):
        return None
    return value.strip().upper()


def _load_json_list(path: Path) -> list[Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError("E306", path=path, detail=str(exc)) from None
    if not isinstance(data, list):
        raise InputError("E306", path=path, detail="expected a JSON list of records")
    return data


# ---------------------------------------------------------------- dispatch
FORMATS: dict[str, Callable[[Path], GoldSet]] = {
    "petrarch-xml": read_petrarch_xml,
    "plover-json": read_plover_json,
    "arabic-gsr-csv": read_arabic_csv,
    "arabic-gsr-spans": read_arabic_spans,
}


def detect_format(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix == ".xml":
        return "petrarch-xml"
    if suffix == ".csv":
        return "arabic-gsr-csv"
    if suffix == ".json":
        records = _load_json_list(path)
        sample = [r for r in records[:20] if isinstance(r, dict)]
        if any("spans" in r for r in sample):
            return "arabic-gsr-spans"
        if any("event" in r for r in sample):
            return "plover-json"
    raise InputError("E307", path=path, formats=", ".join(FORMATS))


def read_gold(path: str | Path, fmt: str = "auto") -> GoldSet:
    p = Path(path)
    name = detect_format(p) if fmt == "auto" else fmt
    if name not in FORMATS:
        raise InputError("E307", path=p, formats=", ".join(FORMATS))
    return FORMATS[name](p)
