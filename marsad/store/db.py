"""Opening, migrating, writing and querying the store."""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, and_, create_engine, delete, event, func, insert, or_, select
from sqlalchemy.exc import SQLAlchemyError

from marsad.errors import StoreError
from marsad.model import Document, ErrorRecord, Event
from marsad.store import dedup, schema
from marsad.store.schema import SCHEMA_VERSION, documents, events


def normalise_url(url: str) -> str:
    """``sqlite:///PATH`` (or a plain path) for the embedded store, ``postgresql://user:pw@host/db`` for
    PostgreSQL (through pg8000, a pure-Python BSD-licensed driver, unless the URL names another)."""
    if "://" not in url:
        return f"sqlite:///{Path(url).expanduser()}"
    if url.startswith("sqlite://") or url.startswith("postgresql+"):
        return url
    if url.startswith(("postgresql://", "postgres://")):
        return "postgresql+pg8000://" + url.split("://", 1)[1]
    raise StoreError("E501", url=url)


@dataclass(frozen=True, slots=True)
class IngestResult:
    doc_id: str
    status: str  # "new" | "unchanged" | "updated" | "failed"
    events: int


@dataclass(frozen=True, slots=True)
class EventQuery:
    actor: str | None = None  # matches source or target code prefix (PAK matches PAKGOV)
    other: str | None = None  # with actor: the other side of the event matches this prefix (a dyad)
    since: str | None = None
    until: str | None = None
    cameo: str | None = None  # code prefix: "03" root, "036" code
    doc_id: str | None = None
    who: str | None = None  # an actor's dictionary id (person:asim_munir), organisation (EU) or name
    place: str | None = None  # a place name (Quetta) or ISO country code (PAK) where the event happened
    plover: str | None = None  # PLOVER type (ASSAULT)
    quad_class: int | None = None  # 0-4
    limit: int | None = None
    offset: int = 0


#: PostgreSQL advisory lock key held while a process migrates the schema ("marsad" in ASCII)
MIGRATION_LOCK = 0x6D61727361640000
_TEXT_FIELDS = ("actor", "other", "since", "until", "cameo", "doc_id", "who", "place", "plover")


class Store:
    def __init__(self, url: str) -> None:
        self.url = normalise_url(url)
        if self.url.startswith("sqlite:///") and self.url != "sqlite:///:memory:":
            Path(self.url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
        try:
            self.engine: Engine = create_engine(self.url)
        except (SQLAlchemyError, ValueError) as exc:
            raise StoreError("E503", url=self.url, detail=str(exc)) from None
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        self.migrate()

    # ------------------------------------------------------------------ schema
    def version(self) -> int:
        with self._connect() as conn:
            if not self.engine.dialect.has_table(conn, "schema_version"):
                return 0
            return int(conn.execute(select(func.max(schema.schema_version.c.version))).scalar() or 0)

    def migrate(self) -> int:
        """Bring the database to the current schema. Several processes may open a new database at
        once: PostgreSQL serialises them with an advisory lock; on SQLite, whose DDL does not wait for
        another writer's transaction, the loser of a race ("table ... already exists") tries again and
        then finds the schema made."""
        for attempt in range(5):
            try:
                return self._migrate()
            except SQLAlchemyError as exc:
                if self.engine.dialect.name != "sqlite" or attempt == 4:
                    raise StoreError("E503", url=self.url, detail=str(getattr(exc, "orig", None) or exc)) from None
                time.sleep(0.1 * (attempt + 1))
        raise AssertionError("unreachable")

    def _migrate(self) -> int:
        with self._begin() as conn:
            if self.engine.dialect.name == "postgresql":
                # several processes may open a new database at once: one migrates, the others wait
                conn.execute(select(func.pg_advisory_xact_lock(MIGRATION_LOCK)))
            schema.schema_version.create(conn, checkfirst=True)
            found = int(conn.execute(select(func.max(schema.schema_version.c.version))).scalar() or 0)
            if found > SCHEMA_VERSION:
                raise StoreError("E502", url=self.url, found=found, expected=SCHEMA_VERSION)
            for version in range(found, SCHEMA_VERSION):
                schema.MIGRATIONS[version](conn)
                conn.execute(insert(schema.schema_version).values(version=version + 1))
        return SCHEMA_VERSION

    # ------------------------------------------------------------------ writing
    def ingest(self, doc: Document, coder: str | None = None) -> IngestResult:
        """Store a coded document and its events. Idempotent: the same content coded by the same
        ``coder`` (pipeline.coder_fingerprint; None: any) changes nothing; a document whose id is known
        with other content, or coded by another coder, replaces the old version."""
        with self._begin() as conn:
            return _ingest(conn, doc, coder)

    def ingest_many(
        self, docs: Iterable[Document], batch: int = 200, coder: str | None = None
    ) -> Iterator[IngestResult]:
        """Store documents ``batch`` at a time, one transaction per batch (much faster on disk). If a
        batch fails, its documents are stored one by one, so one bad document costs only itself."""
        chunk: list[Document] = []
        for doc in docs:
            chunk.append(doc)
            if len(chunk) >= batch:
                yield from self._ingest_chunk(chunk, coder)
                chunk = []
        if chunk:
            yield from self._ingest_chunk(chunk, coder)

    def _ingest_chunk(self, chunk: list[Document], coder: str | None) -> list[IngestResult]:
        try:
            with self._begin() as conn:
                return [_ingest(conn, d, coder) for d in chunk]
        except SQLAlchemyError:
            return [self._ingest_alone(d, coder) for d in chunk]

    def _ingest_alone(self, doc: Document, coder: str | None) -> IngestResult:
        try:
            return self.ingest(doc, coder)
        except SQLAlchemyError as exc:  # e.g. an event id another document already holds
            detail = str(getattr(exc, "orig", None) or exc).splitlines()[0]
            error = StoreError("E504", doc_id=doc.id, detail=detail)
            failed = replace(doc, events=(), error=ErrorRecord(error.code, str(error), stage="store"))
            with self._begin() as conn:
                return _ingest(conn, failed, coder)

    # ------------------------------------------------------------------ reading
    def events(self, query: EventQuery | None = None) -> list[Event]:
        q = query or EventQuery()
        stmt = (
            select(events.c.record)
            .where(*_filters(q))
            .order_by(events.c.date.nulls_first(), events.c.doc_id, events.c.sentence_index, events.c.event_id)
            .offset(q.offset)
        )
        if q.limit is not None:
            stmt = stmt.limit(q.limit)
        with self._connect() as conn:
            return [Event.from_dict(json.loads(r.record)) for r in conn.execute(stmt)]

    def event(self, event_id: str) -> Event | None:
        """One stored event by its id, or None."""
        with self._connect() as conn:
            raw = conn.execute(select(events.c.record).where(events.c.event_id == clean(event_id))).scalar()
        return Event.from_dict(json.loads(raw)) if raw is not None else None

    def document(self, doc_id: str) -> dict[str, Any] | None:
        """A stored document's metadata (not its text): id, title, url, source, date, lang, error."""
        cols = [documents.c[k] for k in ("id", "title", "url", "source", "date", "lang", "error_code", "error")]
        with self._connect() as conn:
            row = conn.execute(select(*cols).where(documents.c.id == clean(doc_id))).first()
        return dict(row._mapping) if row is not None else None

    def code_counts(self, codes: list[str]) -> dict[str, int]:
        """How many stored events have each of ``codes`` (exactly) as source or target."""
        if not codes:
            return {}
        ea = schema.event_actors
        stmt = (
            select(ea.c.code, func.count(func.distinct(ea.c.event_id))).where(ea.c.code.in_(codes)).group_by(ea.c.code)
        )
        with self._connect() as conn:
            return {code: int(n) for code, n in conn.execute(stmt)}

    def places(self, query: EventQuery | None = None, limit: int = 1000) -> list[dict[str, Any]]:
        """Where events happened: one row per place with coordinates, and its number of events."""
        el = schema.event_locations
        stmt = (
            select(el.c.name, el.c.country, el.c.lat, el.c.lon, func.count().label("events"))
            .join(events, events.c.event_id == el.c.event_id)
            .where(el.c.lat.is_not(None), el.c.lon.is_not(None), *_filters(query or EventQuery()))
            .group_by(el.c.name, el.c.country, el.c.lat, el.c.lon)
            .order_by(func.count().desc(), el.c.name)
            .limit(limit)
        )
        with self._connect() as conn:
            return [
                {"name": r.name, "country": r.country, "lat": r.lat, "lon": r.lon, "events": int(r.events)}
                for r in conn.execute(stmt)
            ]

    def daily(self, query: EventQuery | None = None) -> list[dict[str, Any]]:
        """The field's one-a-day rule: one row per date, source, target and code, with the number of
        supporting reports (documents) and of distinct stories (clusters of near-duplicate documents)."""
        q = query or EventQuery()
        keys = (events.c.date, events.c.source_code, events.c.target_code, events.c.cameo)
        stmt = (
            select(
                *keys,
                func.count(func.distinct(events.c.doc_id)).label("reports"),
                func.count(func.distinct(documents.c.cluster_id)).label("stories"),
                func.min(events.c.event_id).label("event_id"),
            )
            .select_from(events.join(documents, documents.c.id == events.c.doc_id))
            .where(*_filters(q))
            .group_by(*keys)
            .order_by(*(k.nulls_first() for k in keys))  # the same order on SQLite and PostgreSQL
        )
        with self._connect() as conn:
            return [dict(r._mapping) for r in conn.execute(stmt)]

    def clusters(self) -> dict[str, list[str]]:
        """Story clusters: cluster id -> its documents."""
        out: dict[str, list[str]] = {}
        with self._connect() as conn:
            for r in conn.execute(select(documents.c.cluster_id, documents.c.id).order_by(documents.c.id)):
                if r.cluster_id:
                    out.setdefault(r.cluster_id, []).append(r.id)
        return out

    def start_run(self, inputs: str | None = None) -> int:
        """Record the start of an ingest run; returns its id for :meth:`finish_run`."""
        from marsad import __version__

        with self._begin() as conn:
            result = conn.execute(
                insert(schema.ingest_runs).values(
                    started_at=_now(),
                    marsad_version=__version__,
                    inputs=inputs,
                    new=0,
                    updated=0,
                    unchanged=0,
                    failed=0,
                    events=0,
                )
            )
            return int(result.inserted_primary_key[0])

    def finish_run(self, run_id: int, counts: dict[str, int], n_events: int) -> None:
        with self._begin() as conn:
            conn.execute(
                schema.ingest_runs.update()
                .where(schema.ingest_runs.c.id == run_id)
                .values(
                    finished_at=_now(),
                    events=n_events,
                    **{k: counts.get(k, 0) for k in ("new", "updated", "unchanged", "failed")},
                )
            )

    def runs(self) -> list[dict[str, Any]]:
        with self._connect() as conn:
            return [
                dict(r._mapping) for r in conn.execute(select(schema.ingest_runs).order_by(schema.ingest_runs.c.id))
            ]

    def stored_hashes(self, coder: str | None = None) -> dict[str, str]:
        """Document id -> content hash, for documents stored without error and, given a ``coder``, coded by
        it (what a resumed run skips)."""
        stmt = select(documents.c.id, documents.c.content_hash).where(documents.c.error_code.is_(None))
        if coder is not None:
            stmt = stmt.where(documents.c.coder == coder)
        with self._connect() as conn:
            return {r.id: r.content_hash for r in conn.execute(stmt)}

    def urls(self) -> dict[str, str]:
        """Document id -> its URL, for documents that have one (exports cite their sources)."""
        stmt = select(documents.c.id, documents.c.url).where(documents.c.url.is_not(None))
        with self._connect() as conn:
            return {r.id: r.url for r in conn.execute(stmt)}

    def count_events(self, query: EventQuery | None = None) -> int:
        with self._connect() as conn:
            stmt = select(func.count()).select_from(events).where(*_filters(query or EventQuery()))
            return int(conn.execute(stmt).scalar() or 0)

    def count_documents(self) -> int:
        with self._connect() as conn:
            return int(conn.execute(select(func.count()).select_from(documents)).scalar() or 0)

    def failed_documents(self) -> list[dict[str, Any]]:
        stmt = select(documents.c.id, documents.c.error_code, documents.c.error).where(
            documents.c.error_code.is_not(None)
        )
        with self._connect() as conn:
            return [dict(r._mapping) for r in conn.execute(stmt)]

    def drop_all(self) -> None:
        """Remove every Marsad table (for tests and for rebuilding a store from scratch)."""
        with self._begin() as conn:
            schema.metadata.drop_all(conn)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ helpers
    def _connect(self) -> Any:
        try:
            return self.engine.connect()
        except SQLAlchemyError as exc:
            raise StoreError("E503", url=self.url, detail=str(getattr(exc, "orig", None) or exc)) from None

    def _begin(self) -> Any:
        try:
            return self.engine.begin()
        except SQLAlchemyError as exc:
            raise StoreError("E503", url=self.url, detail=str(getattr(exc, "orig", None) or exc)) from None


def _ingest(conn: Any, doc: Document, coder: str | None = None) -> IngestResult:
    if "\x00" in doc.id:  # the one field whose cleaning must reach the events too
        doc = replace(doc, id=clean(doc.id), events=tuple(replace(e, doc_id=clean(e.doc_id)) for e in doc.events))
    row = conn.execute(
        select(documents.c.content_hash, documents.c.error_code, documents.c.coder).where(documents.c.id == doc.id)
    ).first()
    if (
        row is not None
        and row.content_hash == doc.content_hash
        and (row.error_code is None or doc.error is not None)  # a failed document may be retried
        and (coder is None or row.coder == coder)  # and one coded by an older coder is coded again
    ):
        return IngestResult(doc.id, "unchanged", 0)
    status = "new"
    if row is not None:
        old = select(events.c.event_id).where(events.c.doc_id == doc.id)
        conn.execute(delete(schema.event_actors).where(schema.event_actors.c.event_id.in_(old)))
        conn.execute(delete(schema.event_locations).where(schema.event_locations.c.event_id.in_(old)))
        conn.execute(delete(schema.sentences).where(schema.sentences.c.doc_id == doc.id))
        conn.execute(delete(events).where(events.c.doc_id == doc.id))
        conn.execute(delete(schema.doc_bands).where(schema.doc_bands.c.doc_id == doc.id))
        conn.execute(delete(documents).where(documents.c.id == doc.id))
        status = "updated"
    values = _document_row(doc)
    values["coder"] = coder
    keys: list[str] = []
    if doc.error is None and doc.text.strip():
        sig = dedup.signature(doc.text)
        keys = dedup.bands(sig)
        cluster, similarity = _story_of(conn, doc.id, sig, keys)
        values.update(minhash=dedup.encode(sig), cluster_id=cluster)
        if similarity >= dedup.NEAR_COPY:
            keys = []
    conn.execute(insert(documents).values(values))
    if keys:
        conn.execute(insert(schema.doc_bands), [{"band": k, "doc_id": doc.id} for k in keys])
    if doc.sentences:
        conn.execute(
            insert(schema.sentences),
            [{"doc_id": doc.id, "sentence_index": x.index, "start": x.start, "end": x.end} for x in doc.sentences],
        )
    if doc.events:
        records = [e.to_dict() for e in doc.events]
        conn.execute(insert(events), [_event_row(e, r) for e, r in zip(doc.events, records, strict=True)])
        actors, places = [], []
        for e, record in zip(doc.events, records, strict=True):
            actors += schema.actor_rows(e.event_id, record)
            loc = schema.location_row(e.event_id, record)
            if loc:
                places.append(loc)
        if actors:
            conn.execute(insert(schema.event_actors), actors)
        if places:
            conn.execute(insert(schema.event_locations), places)
    return IngestResult(doc.id, "failed" if doc.error else status, len(doc.events))


def _story_of(conn: Any, doc_id: str, sig: list[int], keys: list[str]) -> tuple[str, float]:
    """The cluster of the most similar earlier document sharing a band, if similar enough, else a new
    one; with that similarity (0 for a new story)."""
    rows = conn.execute(
        select(documents.c.id, documents.c.minhash, documents.c.cluster_id).where(
            documents.c.id.in_(select(schema.doc_bands.c.doc_id).where(schema.doc_bands.c.band.in_(keys)))
        )
    ).all()
    best = max(
        ((dedup.similarity(sig, dedup.decode(r.minhash)), r) for r in rows if r.minhash),
        default=None,
        key=lambda pair: pair[0],
    )
    if best is not None and best[0] >= dedup.THRESHOLD:
        return str(best[1].cluster_id or best[1].id), best[0]
    return doc_id, 0.0


def open_store(url: str) -> Store:
    return Store(url)


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.close()


def clean(value: str) -> str:
    """A value as the database can hold it: PostgreSQL text cannot contain NUL, which becomes U+FFFD
    (one character for one, so offsets into a text stay right)."""
    return value.replace("\x00", "\ufffd")


def prefix(value: str) -> str:
    """A LIKE pattern matching values that start with ``value`` taken literally (% and _ escaped)."""
    return clean(value).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _filters(q: EventQuery) -> list[Any]:
    cleaned: dict[str, Any] = {k: clean(v) for k in _TEXT_FIELDS if isinstance(v := getattr(q, k), str)}
    q = replace(q, **cleaned)
    out: list[Any] = []
    if q.actor and q.other:
        a, b = prefix(q.actor.upper()), prefix(q.other.upper())
        src, tgt = events.c.source_code, events.c.target_code
        out.append(
            or_(
                and_(src.like(a, escape="\\"), tgt.like(b, escape="\\")),
                and_(src.like(b, escape="\\"), tgt.like(a, escape="\\")),
            )
        )
    elif q.actor:
        pattern = prefix(q.actor.upper())
        out.append(
            or_(events.c.source_code.like(pattern, escape="\\"), events.c.target_code.like(pattern, escape="\\"))
        )
    if q.since:
        out.append(events.c.date >= q.since)
    if q.until:
        out.append(events.c.date <= q.until)
    if q.cameo:
        out.append(events.c.cameo.like(prefix(q.cameo), escape="\\"))
    if q.doc_id:
        out.append(events.c.doc_id == q.doc_id)
    if q.plover:
        out.append(events.c.plover == q.plover.upper())
    if q.quad_class is not None:
        out.append(events.c.quad_class == q.quad_class)
    if q.who:
        ea = schema.event_actors
        out.append(
            events.c.event_id.in_(
                select(ea.c.event_id).where(
                    or_(ea.c.actor_id == q.who, ea.c.org == q.who.upper(), func.lower(ea.c.name) == q.who.lower())
                )
            )
        )
    if q.place:
        el = schema.event_locations
        out.append(
            events.c.event_id.in_(
                select(el.c.event_id).where(
                    or_(func.lower(el.c.name) == q.place.lower(), el.c.country == q.place.upper())
                )
            )
        )
    return [and_(*out)] if out else []


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _document_row(doc: Document) -> dict[str, Any]:
    row = {
        "id": doc.id,
        "content_hash": doc.content_hash,
        "text": doc.text,
        "lang": doc.lang,
        "date": doc.date,
        "title": doc.title,
        "url": doc.url,
        "source": doc.source,
        "error_code": doc.error.code if doc.error else None,
        "error": doc.error.message if doc.error else None,
        "ingested_at": _now(),
    }
    return {k: clean(v) if isinstance(v, str) else v for k, v in row.items()}


def _event_row(e: Event, record: dict[str, Any]) -> dict[str, Any]:
    """The events row; ``record`` is ``e.to_dict()``, made once and shared with the actor and place rows."""
    return {
        "event_id": e.event_id,
        "doc_id": e.doc_id,
        "sentence_index": e.sentence_index,
        "date": e.date,
        "source_code": e.source.code if e.source else None,
        "target_code": e.target.code if e.target else None,
        "cameo": e.cameo,
        "cameo_root": e.cameo_root,
        "plover": e.plover,
        "quad_class": e.quad_class,
        "goldstein": e.goldstein,
        "negated": e.negated,
        "hypothetical": e.hypothetical,
        "record": json.dumps(record, ensure_ascii=False, sort_keys=True),
    }
