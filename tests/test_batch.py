"""Batch runs: worker processes give the events of a single process; a run killed mid-way and
resumed stores exactly the events of an uninterrupted run, nothing lost and nothing twice."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from marsad.batch import Progress, code_documents, skip_stored
from marsad.cli import cli
from marsad.config import Settings
from marsad.errors import StoreError
from marsad.model import Document
from marsad.store import open_store

SUBJECTS = ["Egypt", "Jordan", "Pakistan", "India", "Turkey", "Iran", "Qatar", "Iraq"]
VERBS = ["condemned", "praised", "met", "accused", "thanked", "criticized"]


def corpus(n: int) -> list[Document]:
    docs = []
    for i in range(n):
        a, b = SUBJECTS[i % len(SUBJECTS)], SUBJECTS[(i * 3 + 1) % len(SUBJECTS)]
        text = f"{a} {VERBS[i % len(VERBS)]} {b} on day {i}. Talks on issue {i} went on."
        docs.append(Document(text=text, id=f"doc-{i:05d}", date=f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}", lang="en"))
    return docs


def _events(db: str) -> list[dict[str, object]]:
    with open_store(db) as store:
        return sorted((e.to_dict() for e in store.events()), key=lambda e: str(e["event_id"]))


def test_two_workers_code_like_one(settings: Settings) -> None:
    docs = corpus(120)
    one = list(code_documents(docs, settings, workers=1))
    two = list(code_documents(docs, settings, workers=2, chunk=7))
    assert [d.id for d in two] == [d.id for d in docs]  # input order kept
    assert [[e.to_dict() for e in d.events] for d in two] == [[e.to_dict() for e in d.events] for d in one]
    assert sum(len(d.events) for d in one) >= 80  # most documents give an event
    # workers send back events and sentence offsets, not tokens
    assert [[(x.start, x.end) for x in d.sentences] for d in two] == [
        [(x.start, x.end) for x in d.sentences] for d in one
    ]
    assert not any(x.tokens for d in two for x in d.sentences) and not any(d.mentions for d in two)


def test_resume_after_a_crash_stores_exactly_the_uninterrupted_events(tmp_path: Path, settings: Settings) -> None:
    docs = corpus(500)
    whole = f"sqlite:///{tmp_path / 'whole.db'}"
    with open_store(whole) as store:
        list(store.ingest_many(code_documents(docs, settings), batch=100))

    crashed = f"sqlite:///{tmp_path / 'crashed.db'}"

    def dies_after(n: int) -> Iterator[Document]:
        for i, d in enumerate(code_documents(docs, settings)):
            if i == n:
                raise KeyboardInterrupt  # the process is stopped mid-batch
            yield d

    with open_store(crashed) as store, pytest.raises(KeyboardInterrupt):
        list(store.ingest_many(dies_after(250), batch=100))
    with open_store(crashed) as store:
        assert store.count_documents() == 200  # whole batches only
        stored, skipped = store.stored_hashes(), []
        todo = skip_stored(docs, stored, skipped.append)
        results = list(store.ingest_many(code_documents(todo, settings), batch=100))
        assert len(skipped) == 200 and len(results) == 300 and {r.status for r in results} == {"new"}
    assert _events(crashed) == _events(whole)


def test_ingest_killed_and_resumed_from_the_command_line(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(
        "".join(json.dumps({"id": d.id, "text": d.text, "date": d.date}) + "\n" for d in corpus(4000)),
        encoding="utf-8",
    )
    killed, whole = str(tmp_path / "killed.db"), str(tmp_path / "whole.db")
    proc = subprocess.Popen(
        [sys.executable, "-c", "from marsad.cli import main; main()", "ingest", str(src), "--db", killed],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "HF_HUB_OFFLINE": "1"},
    )
    deadline = time.monotonic() + 120
    stored = 0
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.2)
        if Path(killed).exists():
            try:
                with open_store(killed) as store:
                    stored = store.count_documents()
            except StoreError:  # the writer may hold the database for a moment
                continue
            if stored >= 200:
                break
    assert proc.poll() is None, "the run finished before it could be killed: make the corpus larger"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    with open_store(killed) as store:
        assert 0 < store.count_documents() < 4000
    runner = CliRunner()
    resumed = runner.invoke(cli, ["ingest", str(src), "--db", killed, "--resume", "--no-progress"])
    assert resumed.exit_code == 0, resumed.output
    assert runner.invoke(cli, ["ingest", str(src), "--db", whole, "--workers", "2"]).exit_code == 0
    assert _events(f"sqlite:///{killed}") == _events(f"sqlite:///{whole}")
    with open_store(killed) as store:
        runs = store.runs()
        assert runs[-1]["unchanged"] > 0 and runs[-1]["new"] + runs[-1]["unchanged"] == 4000


def test_progress_line() -> None:
    lines: list[str] = []
    p = Progress(total=4, every=0.0, write=lines.append)
    p.update(Document(text="x", id="a"), skipped=True)
    p.update(Document(text="y", id="b"))
    assert len(lines) == 2 and lines[-1].startswith("2/4 documents (1 already stored, 0 failed)") and "ETA" in lines[-1]


def test_dask_local_cluster_codes_like_one_process(settings: Settings) -> None:
    docs = corpus(90)
    one = list(code_documents(docs, settings, workers=1))
    on_dask = list(code_documents(docs, settings, workers=2, chunk=8, dask="local"))
    assert [d.id for d in on_dask] == [d.id for d in docs]
    assert [[e.to_dict() for e in d.events] for d in on_dask] == [[e.to_dict() for e in d.events] for d in one]


def test_ingest_on_dask_from_the_command_line(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": d.id, "text": d.text}) + "\n" for d in corpus(40)), encoding="utf-8")
    runner = CliRunner()
    for name, extra in (("plain.db", []), ("dask.db", ["--dask", "local", "--workers", "2"])):
        result = runner.invoke(cli, ["ingest", str(src), "--db", str(tmp_path / name), *extra])
        assert result.exit_code == 0 and "40 new" in result.output, result.output
    assert _events(f"sqlite:///{tmp_path / 'dask.db'}") == _events(f"sqlite:///{tmp_path / 'plain.db'}")
