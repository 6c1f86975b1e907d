from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from marsad.errors import StoreError
from marsad.model import Document, ErrorRecord
from marsad.pipeline import Pipeline
from marsad.store import analytics, open_store
from marsad.store.db import EventQuery, normalise_url
from marsad.store.schema import SCHEMA_VERSION

AR = Document(
    text="أدانت باكستان الهجوم على الهند. واتفقت مصر والأردن على تعزيز التعاون.",
    id="ar-1",
    date="2025-03-02",
    lang="ar",
)
EN = Document(
    text="Pakistan's army condemned India. Egypt and Jordan agreed to cooperate.",
    id="en-1",
    date="2025-04-10",
    lang="en",
)


@pytest.fixture
def coded(pipeline: Pipeline) -> list[Document]:
    return [pipeline(AR), pipeline(EN)]


def test_store_ingest_is_idempotent_on_content(store_url: str, coded: list[Document]) -> None:
    with open_store(store_url) as store:
        first = [store.ingest(d) for d in coded]
        n = store.count_events()
        again = [store.ingest(d) for d in coded]
        assert [r.status for r in first] == ["new", "new"]
        assert [r.status for r in again] == ["unchanged", "unchanged"]
        assert store.count_events() == n > 0
        assert store.count_documents() == 2


def test_store_changed_document_replaces_its_events(store_url: str, pipeline: Pipeline) -> None:
    with open_store(store_url) as store:
        store.ingest(pipeline(AR))
        edited = pipeline(replace(AR, text="أدانت باكستان الهجوم على الهند."))
        result = store.ingest(edited)
        assert result.status == "updated"
        stored = store.events(EventQuery(doc_id="ar-1"))
        assert sorted(stored, key=lambda e: e.event_id) == sorted(edited.events, key=lambda e: e.event_id)
        assert len(stored) == len(edited.events) > 0


def test_store_codes_again_what_another_coder_coded(store_url: str, coded: list[Document]) -> None:
    ar, en = coded
    with open_store(store_url) as store:
        assert store.ingest(ar, coder="v1").status == "new"
        assert store.ingest(ar, coder="v1").status == "unchanged"
        assert store.ingest(ar).status == "unchanged"  # no coder given: the text alone decides
        # the same text from another coder (an upgrade, a new dictionary) replaces the old events
        recoded = replace(ar, events=ar.events[:1])
        assert store.ingest(recoded, coder="v2").status == "updated"
        assert store.events(EventQuery(doc_id=ar.id)) == list(recoded.events)
        store.ingest(en, coder="v1")
        # a resumed run skips only what the same coder stored
        assert set(store.stored_hashes("v2")) == {ar.id}
        assert set(store.stored_hashes()) == {ar.id, en.id}


def test_store_migration_to_v5_codes_old_documents_again(store_url: str, coded: list[Document]) -> None:
    from sqlalchemy import delete, text

    from marsad.store import schema

    ar, _ = coded
    with open_store(store_url) as store:
        store.ingest(ar, coder="v1")
        with store.engine.begin() as conn:  # make it the version-4 database it would have been
            conn.execute(text("ALTER TABLE documents DROP COLUMN coder"))
            conn.execute(delete(schema.schema_version).where(schema.schema_version.c.version >= 5))
        assert store.version() == 4
    with open_store(store_url) as store:
        assert store.version() == SCHEMA_VERSION == 5
        # stored before coders were recorded: any coder codes it again
        assert store.ingest(ar, coder="v1").status == "updated"
        assert store.ingest(ar, coder="v1").status == "unchanged"


def test_store_events_read_back_exactly(store_url: str, coded: list[Document]) -> None:
    with open_store(store_url) as store:
        for d in coded:
            store.ingest(d)
        expected = sorted((e for d in coded for e in d.events), key=lambda e: e.event_id)
        assert sorted(store.events(), key=lambda e: e.event_id) == expected


def test_store_query_filters(store_url: str, coded: list[Document]) -> None:
    with open_store(store_url) as store:
        for d in coded:
            store.ingest(d)
        pak = store.events(EventQuery(actor="PAK"))
        assert pak and all(
            "PAK" in (e.source.code if e.source else "") + (e.target.code if e.target else "") for e in pak
        )
        assert {e.cameo_root for e in store.events(EventQuery(cameo="03"))} == {"03"}
        assert {e.date for e in store.events(EventQuery(since="2025-04-01"))} == {"2025-04-10"}
        assert {e.date for e in store.events(EventQuery(until="2025-03-31"))} == {"2025-03-02"}
        assert len(store.events(EventQuery(limit=1))) == 1
        assert store.count_events(EventQuery(actor="PAK")) == len(pak)


def test_store_failed_document_is_kept_with_its_error(store_url: str) -> None:
    bad = Document(text="", id="broken", error=ErrorRecord("E305", "Document 'broken' has no text to code."))
    with open_store(store_url) as store:
        assert store.ingest(bad).status == "failed"
        assert store.failed_documents() == [
            {"id": "broken", "error_code": "E305", "error": "Document 'broken' has no text to code."}
        ]


def test_store_schema_is_versioned_and_sqlite_uses_wal(db_url: str, tmp_path: Path) -> None:
    with open_store(db_url) as store:
        assert store.version() == SCHEMA_VERSION
    con = sqlite3.connect(tmp_path / "marsad.db")
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    con.execute("UPDATE schema_version SET version = 99")
    con.commit()
    con.close()
    with pytest.raises(StoreError) as info:
        open_store(db_url)
    assert info.value.code == "E502"


def test_store_urls() -> None:
    assert normalise_url("/tmp/x.db") == "sqlite:////tmp/x.db"
    assert normalise_url("sqlite:///rel.db") == "sqlite:///rel.db"
    assert normalise_url("postgresql://u:p@localhost/db") == "postgresql+pg8000://u:p@localhost/db"
    assert normalise_url("postgresql+psycopg://u@h/db") == "postgresql+psycopg://u@h/db"
    with pytest.raises(StoreError) as info:
        normalise_url("mysql://host/db")
    assert info.value.code == "E501"


def test_store_sqlite_and_postgresql_answer_alike(tmp_path: Path, coded: list[Document]) -> None:
    from conftest import POSTGRES_URL

    if not POSTGRES_URL:
        pytest.skip("PostgreSQL tests need MARSAD_TEST_POSTGRES_URL (.ci/run starts a server and sets it)")
    answers: list[list[Any]] = []
    for url in (f"sqlite:///{tmp_path / 'a.db'}", POSTGRES_URL):
        with open_store(url) as store:
            store.drop_all()
            store.migrate()
            for d in coded:
                store.ingest(d)
            answers.append(
                [
                    [e.to_dict() for e in store.events(q)]
                    for q in (
                        EventQuery(),
                        EventQuery(actor="PAK"),
                        EventQuery(cameo="03"),
                        EventQuery(since="2025-04-01"),
                    )
                ]
            )
            answers[-1].append(
                [
                    analytics.dyad(store, "PAK", "IND", by="month"),
                    analytics.dyad(store, "EGY", "JOR", by="week"),
                    analytics.dyad_events(store, "PAK", "IND"),
                    analytics.actor(store, "PAK"),
                    analytics.network(store),
                    store.daily(),
                ]
            )
    assert answers[0] == answers[1] and answers[0][0] and answers[0][-1][4]["edges"]
