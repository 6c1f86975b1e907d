"""Exports for other tools: Parquet (columnar, with the full record for a lossless round trip), the
GDELT 2.0 event table layout, and PLOVER JSON records (the OEDA PLOVER data format).

JSONL (the contract) and CSV live in :mod:`marsad.io.writers`."""

from __future__ import annotations

import csv
import hashlib
import json
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime
from pathlib import Path
from typing import IO, Any

from marsad import __version__
from marsad.io.writers import CSV_COLUMNS, flat_row
from marsad.model import Actor, Event

# The GDELT 2.0 event table, in its documented column order (GDELT Event Codebook V2.0): 61 columns.
_ACTOR_FIELDS = (
    "Code",
    "Name",
    "CountryCode",
    "KnownGroupCode",
    "EthnicCode",
    "Religion1Code",
    "Religion2Code",
    "Type1Code",
    "Type2Code",
    "Type3Code",
)
_GEO_FIELDS = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
GDELT_COLUMNS: tuple[str, ...] = (
    "GlobalEventID",
    "Day",
    "MonthYear",
    "Year",
    "FractionDate",
    *(f"Actor1{f}" for f in _ACTOR_FIELDS),
    *(f"Actor2{f}" for f in _ACTOR_FIELDS),
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    *(f"Actor1Geo_{f}" for f in _GEO_FIELDS),
    *(f"Actor2Geo_{f}" for f in _GEO_FIELDS),
    *(f"ActionGeo_{f}" for f in _GEO_FIELDS),
    "DATEADDED",
    "SOURCEURL",
)
EXPORT_FORMATS = ("jsonl", "csv", "parquet", "gdelt", "plover")
_GROUP_PREFIXES = ("IGO", "NGO", "IMG", "MNC")


def gdelt_event_id(event_id: str) -> int:
    """GDELT ids are integers: a stable 60-bit number derived from Marsad's event id."""
    return int(hashlib.sha1(event_id.encode()).hexdigest()[:15], 16)


def _actor_cells(a: Actor | None) -> list[str]:
    if a is None:
        return [""] * len(_ACTOR_FIELDS)
    group = a.code[3:6] if a.code[:3] in _GROUP_PREFIXES else ""
    name = (a.name or a.text).upper()
    # GDELT's country codes for actors are CAMEO's three-letter codes, which ours are
    return [a.code, name, a.country or "", group, "", "", "", a.sector or "", "", ""]


def gdelt_row(e: Event, url: str | None = None, added: str | None = None) -> list[str]:
    """One event as a GDELT 2.0 row. Fields Marsad does not produce are empty: ethnicity, religion,
    tone, per-actor geography, and FIPS country/ADM codes for places (we geocode to ISO and GeoNames)."""
    day = month = year = fraction = ""
    if e.date:
        d = date.fromisoformat(e.date)
        day, month, year = d.strftime("%Y%m%d"), d.strftime("%Y%m"), str(d.year)
        fraction = f"{d.year + (d.timetuple().tm_yday - 1) / 365:.4f}"
    geo = [""] * len(_GEO_FIELDS)
    loc = e.location
    if loc is not None:
        kind = "1" if loc.country and loc.geonameid is None else "4"  # 1 country, 4 world city/place
        geo = [
            kind,
            loc.name,
            "",
            "",
            "",
            "" if loc.lat is None else f"{loc.lat:.4f}",
            "" if loc.lon is None else f"{loc.lon:.4f}",
            "" if loc.geonameid is None else str(loc.geonameid),
        ]
    row = [
        str(gdelt_event_id(e.event_id)),
        day,
        month,
        year,
        fraction,
        *_actor_cells(e.source),
        *_actor_cells(e.target),
        "1" if e.sentence_index == 0 else "0",  # GDELT: the event is in the lead of the article
        e.cameo,
        e.cameo[:3],
        e.cameo_root,
        str(e.quad_class),
        f"{e.goldstein:g}",
        "1",
        "1",
        "1",
        "",
        *[""] * len(_GEO_FIELDS),
        *[""] * len(_GEO_FIELDS),
        *geo,
        added or datetime.now(UTC).strftime("%Y%m%d%H%M%S"),
        url or e.doc_id,
    ]
    assert len(row) == len(GDELT_COLUMNS)
    return row


def write_gdelt(
    events: Iterable[Event], out: IO[str], urls: Mapping[str, str] | None = None, header: bool = False
) -> int:
    """Tab-separated like GDELT's own files (which have no header line; ``header=True`` adds one)."""
    writer = csv.writer(out, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
    if header:
        writer.writerow(GDELT_COLUMNS)
    added = datetime.now(UTC).strftime("%Y%m%d%H%M%S")
    n = 0
    for e in events:
        writer.writerow(gdelt_row(e, (urls or {}).get(e.doc_id), added))
        n += 1
    return n


def _plover_actor(a: Actor | None) -> list[dict[str, Any]]:
    if a is None:
        return []
    out: dict[str, Any] = {"actorText": a.text, "code": a.code}
    for key, value in (("sector", a.sector), ("country", a.country), ("org", a.org), ("name", a.name)):
        if value:
            out[key] = value
    return [out]


def plover_record(e: Event) -> dict[str, Any]:
    """One event in the OEDA PLOVER record format (id, date, source, target, event, mode, eventText,
    text, language), with Marsad's CAMEO code, QuadClass, Goldstein and location alongside."""
    record: dict[str, Any] = {
        "id": e.event_id,
        "date": e.date,
        "source": _plover_actor(e.source),
        "target": _plover_actor(e.target),
        "event": e.plover,
        "mode": e.plover_mode,
        "eventText": e.trigger.text,
        "text": e.sentence,
        "language": e.lang,
        "cameo": e.cameo,
        "quadClass": e.quad_class,
        "goldstein": e.goldstein,
        "negated": e.negated,
        "hypothetical": e.hypothetical,
        "coder": "Marsad",
        "version": __version__,
    }
    if e.location is not None:
        record["location"] = {
            "name": e.location.name,
            "country": e.location.country,
            "lat": e.location.lat,
            "lon": e.location.lon,
            "geonameid": e.location.geonameid,
        }
    return record


def write_plover(events: Iterable[Event], out: IO[str]) -> int:
    """A JSON array of PLOVER records, the shape of the PLOVER gold-standard files."""
    n = 0
    out.write("[")
    for e in events:
        out.write(("\n" if n == 0 else ",\n") + json.dumps(plover_record(e), ensure_ascii=False))
        n += 1
    out.write("\n]\n")
    return n


def write_parquet(events: Iterable[Event], path: str | Path) -> int:
    """The CSV columns, typed, plus ``record``: the full JSON event record, so reading back is lossless."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = []
    for e in events:
        row = flat_row(e)
        row["record"] = json.dumps(e.to_dict(), ensure_ascii=False)
        rows.append(row)
    schema = pa.schema(
        [
            (name, pa.int32() if name in ("sentence_index", "quad_class") else pa.string())
            for name in CSV_COLUMNS
            if name not in ("goldstein", "confidence", "negated", "hypothetical")
        ]
        + [
            ("goldstein", pa.float64()),
            ("confidence", pa.float64()),
            ("negated", pa.bool_()),
            ("hypothetical", pa.bool_()),
            ("record", pa.string()),
        ]
    )
    table = pa.Table.from_pylist(rows, schema=schema)
    pq.write_table(table, str(path), compression="zstd")
    return len(rows)


def read_parquet(path: str | Path) -> list[Event]:
    import pyarrow.parquet as pq

    table = pq.read_table(str(path), columns=["record"])
    return [Event.from_dict(json.loads(r)) for r in table.column("record").to_pylist()]


def read_jsonl_events(fh: IO[str]) -> list[Event]:
    return [Event.from_dict(json.loads(line)) for line in fh if line.strip()]
