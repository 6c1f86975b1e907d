"""Schema v3: sentences, event actors and locations as tables (queried by person, organisation and
place), ingest runs, and the migration that fills actors and locations in for events already stored."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import delete, func, select

from marsad.cli import cli
from marsad.model import Document
from marsad.pipeline import Pipeline
from marsad.store import open_store, schema
from marsad.store.db import EventQuery

DOCS = [
    Document(
        text="President Donald Trump met Pakistan's army chief Asim Munir at the White House. "
        "Pakistan and the EU agreed to deepen security cooperation in Brussels.",
        id="t1",
        date="2025-07-18",
        lang="en",
    ),
    Document(text="Egypt condemned Israel.", id="t2", date="2025-07-19", lang="en"),
]


@pytest.fixture
def coded(pipeline: Pipeline) -> list[Document]:
    return [pipeline(d) for d in DOCS]


def _count(store_url: str, table: object) -> int:
    with open_store(store_url) as store, store.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar() or 0)  # type: ignore[arg-type]


def test_tables_hold_sentences_actors_and_places(store_url: str, coded: list[Document]) -> None:
    with open_store(store_url) as store:
        for d in coded:
            store.ingest(d)
        stored = store.events()
        with store.engine.connect() as conn:
            sents = conn.execute(select(schema.sentences).order_by(schema.sentences.c.doc_id)).all()
            actors = conn.execute(select(schema.event_actors)).all()
        assert [(s.doc_id, s.sentence_index) for s in sents] == [("t1", 0), ("t1", 1), ("t2", 0)]
        assert coded[0].text[sents[1].start : sents[1].end].startswith("Pakistan and the EU")
        expected = sum((e.source is not None) + (e.target is not None) for e in stored)
        assert len(actors) == expected
        by_person = store.events(EventQuery(who="Asim Munir"))
        assert by_person and all(
            "Asim Munir" in {a.name for a in (e.source, e.target) if a is not None} for e in by_person
        )
        by_org = store.events(EventQuery(who="EU"))
        assert by_org and all("IGOEUREEC" in {e.source.code, e.target.code} for e in by_org if e.source and e.target)
        in_brussels = store.events(EventQuery(place="Brussels"))
        assert in_brussels and {e.location.name for e in in_brussels if e.location} == {"Brussels"}
        assert store.events(EventQuery(place="BEL")) == in_brussels
        assert store.events(EventQuery(who="nobody-at-all")) == []


def test_replacing_a_document_leaves_no_orphan_rows(store_url: str, coded: list[Document], pipeline: Pipeline) -> None:
    with open_store(store_url) as store:
        store.ingest(coded[0])
        store.ingest(pipeline(replace(DOCS[0], text="Egypt condemned Israel.")))
        stored = store.events()
    assert _count(store_url, schema.event_actors) == sum(
        (e.source is not None) + (e.target is not None) for e in stored
    )
    assert _count(store_url, schema.event_locations) == 0
    assert _count(store_url, schema.sentences) == 1


def test_migration_from_v2_fills_actors_and_places(db_url: str, coded: list[Document]) -> None:
    with open_store(db_url) as store:
        for d in coded:
            store.ingest(d)
        n_actors = _count(db_url, schema.event_actors)
        n_places = _count(db_url, schema.event_locations)
        assert n_actors > 0 and n_places > 0
        with store.engine.begin() as conn:  # make it the version-2 database it would have been
            for table in (
                schema.event_actors,
                schema.event_locations,
                schema.sentences,
                schema.ingest_runs,
                schema.api_keys,
            ):
                table.drop(conn)
            conn.execute(delete(schema.schema_version).where(schema.schema_version.c.version >= 3))
        assert store.version() == 2
    with open_store(db_url) as store:
        assert store.version() == schema.SCHEMA_VERSION == 5
        assert store.events(EventQuery(place="Brussels"))
    assert (_count(db_url, schema.event_actors), _count(db_url, schema.event_locations)) == (n_actors, n_places)


def test_ingest_runs_are_recorded(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(
        "\n".join(json.dumps({"id": d.id, "text": d.text, "date": d.date}) for d in DOCS) + "\n{broken\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "m.db")
    runner = CliRunner()
    first = runner.invoke(cli, ["ingest", str(src), "--db", db])
    assert first.exit_code == 0 and "run 1: documents: 2 new" in first.output
    runner.invoke(cli, ["ingest", str(src), "--db", db])
    result = runner.invoke(cli, ["runs", "--db", db, "--json"])
    runs = json.loads(result.output)
    assert [r["id"] for r in runs] == [1, 2]
    # the second run changes nothing: the two documents and the broken line (kept with its error)
    assert (runs[0]["new"], runs[0]["failed"], runs[1]["unchanged"]) == (2, 1, 3)
    assert runs[0]["events"] > 0 and runs[1]["events"] == 0 and all(r["finished_at"] for r in runs)


def test_ingest_many_batches_and_a_bad_document_costs_only_itself(store_url: str, coded: list[Document]) -> None:
    a, c = coded
    clash = replace(a, id="clash", text=a.text + " Again.")  # carries a's event ids: cannot be stored
    with open_store(store_url) as store:
        results = list(store.ingest_many([a, clash, c], batch=10))
        assert [(r.doc_id, r.status) for r in results] == [("t1", "new"), ("clash", "failed"), ("t2", "new")]
        assert {d.id for d in coded} == {e.doc_id for e in store.events()}
        (failed,) = store.failed_documents()
        assert failed["id"] == "clash" and failed["error_code"] == "E504"
        assert store.count_documents() == 3
        assert [r.status for r in store.ingest_many([a, c], batch=1)] == ["unchanged", "unchanged"]
