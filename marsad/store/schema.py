"""Tables and versioned migrations. A database records its version in ``schema_version``."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Connection,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    insert,
    inspect,
    select,
    text,
)

metadata = MetaData()

schema_version = Table("schema_version", metadata, Column("version", Integer, nullable=False))

documents = Table(
    "documents",
    metadata,
    Column("id", String(200), primary_key=True),
    Column("content_hash", String(32), nullable=False, index=True),
    Column("text", Text, nullable=False),
    Column("lang", String(8)),
    Column("date", String(10)),
    Column("title", Text),
    Column("url", Text),
    Column("source", Text),
    Column("error_code", String(8)),
    Column("error", Text),
    Column("ingested_at", String(32), nullable=False),
    Column("cluster_id", String(200)),  # the first document of its story (near-duplicates share it)
    Column("minhash", Text),
    # what coded it (pipeline.coder_fingerprint): the same text coded by another coder is coded again
    Column("coder", String(40)),
)

#: locality-sensitive hashing bands of document signatures, to find near-duplicate stories fast
doc_bands = Table(
    "doc_bands",
    metadata,
    Column("band", String(40), nullable=False),
    Column("doc_id", String(200), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Index("ix_doc_bands_band", "band"),
)

events = Table(
    "events",
    metadata,
    Column("event_id", String(40), primary_key=True),
    Column("doc_id", String(200), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("sentence_index", Integer, nullable=False),
    Column("date", String(10)),
    Column("source_code", String(40)),
    Column("target_code", String(40)),
    Column("cameo", String(4), nullable=False),
    Column("cameo_root", String(2), nullable=False),
    Column("plover", String(20)),
    Column("quad_class", Integer, nullable=False),
    Column("goldstein", Float, nullable=False),
    Column("negated", Boolean, nullable=False),
    Column("hypothetical", Boolean, nullable=False),
    Column("record", Text, nullable=False),  # the full event record (JSON), the public contract
    Index("ix_events_date", "date"),
    Index("ix_events_source_date", "source_code", "date"),
    Index("ix_events_target_date", "target_code", "date"),
    Index("ix_events_root_date", "cameo_root", "date"),
    Index("ix_events_doc", "doc_id"),
)


#: the sentences of each document, by character offsets into its text (events cite them by index)
sentences = Table(
    "sentences",
    metadata,
    Column("doc_id", String(200), ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("sentence_index", Integer, primary_key=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
)

#: the resolved actors of each event, one row per role, to query by person, organisation or sector
event_actors = Table(
    "event_actors",
    metadata,
    Column("event_id", String(40), ForeignKey("events.event_id", ondelete="CASCADE"), primary_key=True),
    Column("role", String(6), primary_key=True),  # source | target
    Column("code", String(40), nullable=False),
    Column("country", String(3)),
    Column("sector", String(12)),
    Column("org", String(40)),
    Column("name", Text),
    Column("actor_id", String(120)),
    Column("text", Text, nullable=False),
    Index("ix_event_actors_actor_id", "actor_id"),
    Index("ix_event_actors_org", "org"),
    Index("ix_event_actors_country_sector", "country", "sector"),
)

#: where each event happened, to query by place or country
event_locations = Table(
    "event_locations",
    metadata,
    Column("event_id", String(40), ForeignKey("events.event_id", ondelete="CASCADE"), primary_key=True),
    Column("name", Text, nullable=False),
    Column("text", Text, nullable=False),
    Column("country", String(3)),
    Column("lat", Float),
    Column("lon", Float),
    Column("geonameid", Integer),
    Index("ix_event_locations_name", "name"),
    Index("ix_event_locations_country", "country"),
)

#: one row per ``marsad ingest`` (or ``Store.run``): when, which version, what it stored
ingest_runs = Table(
    "ingest_runs",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("started_at", String(32), nullable=False),
    Column("finished_at", String(32)),
    Column("marsad_version", String(20), nullable=False),
    Column("inputs", Text),
    Column("new", Integer, nullable=False, default=0),
    Column("updated", Integer, nullable=False, default=0),
    Column("unchanged", Integer, nullable=False, default=0),
    Column("failed", Integer, nullable=False, default=0),
    Column("events", Integer, nullable=False, default=0),
)


#: API keys: only a SHA-256 of each key's secret is kept; ``key_id`` is the public part that finds the row
api_keys = Table(
    "api_keys",
    metadata,
    Column("key_id", String(16), primary_key=True),
    Column("name", String(200), nullable=False),
    Column("secret_hash", String(64), nullable=False),
    Column("scope", String(8), nullable=False),  # read | write (write may also read)
    Column("created_at", String(32), nullable=False),
    Column("revoked_at", String(32)),
)


def actor_rows(event_id: str, record: dict[str, Any]) -> list[dict[str, Any]]:
    out = []
    for role in ("source", "target"):
        a = record.get(role)
        if a:
            out.append(
                {
                    "event_id": event_id,
                    "role": role,
                    "code": a["code"],
                    "country": a.get("country"),
                    "sector": a.get("sector"),
                    "org": a.get("org"),
                    "name": a.get("name"),
                    "actor_id": a.get("id"),
                    "text": (a.get("text") or "").replace("\x00", "\ufffd"),
                }
            )
    return out


def location_row(event_id: str, record: dict[str, Any]) -> dict[str, Any] | None:
    loc = record.get("location")
    if not loc:
        return None
    return {
        "event_id": event_id,
        "name": loc["name"],
        "text": loc.get("text") or loc["name"],
        "country": loc.get("country"),
        "lat": loc.get("lat"),
        "lon": loc.get("lon"),
        "geonameid": loc.get("geonameid"),
    }


def _v1(conn: Connection) -> None:
    metadata.create_all(conn, tables=[documents, events])


def _v2(conn: Connection) -> None:
    """Story clusters: documents.cluster_id and minhash, and the doc_bands look-up table."""
    columns = {c["name"] for c in inspect(conn).get_columns("documents")}
    for name, kind in (("cluster_id", "VARCHAR(200)"), ("minhash", "TEXT")):
        if name not in columns:
            conn.execute(text(f"ALTER TABLE documents ADD COLUMN {name} {kind}"))
    metadata.create_all(conn, tables=[doc_bands])


def _v3(conn: Connection) -> None:
    """Sentences, event actors and locations as tables, and ingest runs. Actors and locations of
    events already stored are filled in from their records; sentences of documents stored before
    this version are not (re-ingesting a changed document, or a new one, records them)."""
    metadata.create_all(conn, tables=[sentences, event_actors, event_locations, ingest_runs])
    batch_a: list[dict[str, Any]] = []
    batch_l: list[dict[str, Any]] = []
    for event_id, raw in conn.execute(select(events.c.event_id, events.c.record)):
        record = json.loads(raw)
        batch_a += actor_rows(event_id, record)
        loc = location_row(event_id, record)
        if loc:
            batch_l.append(loc)
    if batch_a:
        conn.execute(insert(event_actors), batch_a)
    if batch_l:
        conn.execute(insert(event_locations), batch_l)


def _v4(conn: Connection) -> None:
    """API keys for the REST API (hashed)."""
    metadata.create_all(conn, tables=[api_keys])


def _v5(conn: Connection) -> None:
    """documents.coder: what coded each document. Documents stored before have none, so the next ingest
    of their text codes them again with the coder of the day."""
    if "coder" not in {c["name"] for c in inspect(conn).get_columns("documents")}:
        conn.execute(text("ALTER TABLE documents ADD COLUMN coder VARCHAR(40)"))


#: migrations in order; MIGRATIONS[k] brings a database from version k to k+1
MIGRATIONS: list[Callable[[Connection], None]] = [_v1, _v2, _v3, _v4, _v5]
SCHEMA_VERSION = len(MIGRATIONS)
