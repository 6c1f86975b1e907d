"""Tables and versioned migrations. A database records its version in ``schema_version``."""

from __future__ import annotations

from collections.abc import Callable

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
    inspect,
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


def _v1(conn: Connection) -> None:
    metadata.create_all(conn, tables=[documents, events])


def _v2(conn: Connection) -> None:
    """Story clusters: documents.cluster_id and minhash, and the doc_bands look-up table."""
    columns = {c["name"] for c in inspect(conn).get_columns("documents")}
    for name, kind in (("cluster_id", "VARCHAR(200)"), ("minhash", "TEXT")):
        if name not in columns:
            conn.execute(text(f"ALTER TABLE documents ADD COLUMN {name} {kind}"))
    metadata.create_all(conn, tables=[doc_bands])


#: migrations in order; MIGRATIONS[k] brings a database from version k to k+1
MIGRATIONS: list[Callable[[Connection], None]] = [_v1, _v2]
SCHEMA_VERSION = len(MIGRATIONS)
