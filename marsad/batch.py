"""Batch runs: coding in worker processes, resuming an interrupted run, and progress.

Workers only code; the caller's process writes, in input order, so a store has one writer. Each
batch of documents is stored in one transaction, so a run killed at any point has stored whole
batches only, and ``resume`` skips exactly the documents already stored with the same content."""

from __future__ import annotations

import multiprocessing
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from marsad.config import Settings
from marsad.model import Document
from marsad.pipeline import Pipeline, load_pipeline

_worker_pipeline: Pipeline | None = None


def _init_worker(settings: Settings | None) -> None:
    global _worker_pipeline
    _worker_pipeline = load_pipeline(settings)


def _code_chunk(docs: list[Document]) -> list[Document]:
    assert _worker_pipeline is not None, "worker started without its pipeline"
    return list(_worker_pipeline.pipe(docs, on_error="record"))


def _chunks(docs: Iterable[Document], size: int) -> Iterator[list[Document]]:
    it = iter(docs)
    while chunk := list(islice(it, size)):
        yield chunk


def code_documents(
    docs: Iterable[Document], settings: Settings | None = None, workers: int = 1, chunk: int = 32
) -> Iterator[Document]:
    """Coded documents in input order, from ``workers`` processes (1: in this process). A document
    that fails is yielded with its error, like ``Pipeline.pipe(on_error="record")``."""
    if workers <= 1:
        yield from load_pipeline(settings).pipe(docs, on_error="record")
        return
    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
    with ctx.Pool(workers, initializer=_init_worker, initargs=(settings,)) as pool:
        for coded in pool.imap(_code_chunk, _chunks(docs, chunk)):
            yield from coded


def skip_stored(
    docs: Iterable[Document], stored: dict[str, str], on_skip: Callable[[Document], None]
) -> Iterator[Document]:
    """Documents not yet stored with this content (``stored``: id -> content hash of documents
    stored without error); the others are reported to ``on_skip`` and not coded again."""
    for doc in docs:
        if doc.error is None and stored.get(doc.id) == doc.content_hash:
            on_skip(doc)
        else:
            yield doc


@dataclass
class Progress:
    """Counts of a run, and a status line at most every ``every`` seconds (to stderr by the CLI)."""

    total: int | None = None
    every: float = 1.0
    write: Callable[[str], Any] | None = None
    documents: int = 0
    sentences: int = 0
    events: int = 0
    failed: int = 0
    skipped: int = 0
    started: float = field(default_factory=time.perf_counter)
    _last: float = 0.0

    def update(self, doc: Document, skipped: bool = False) -> None:
        self.documents += 1
        if skipped:
            self.skipped += 1
        else:
            self.sentences += len(doc.sentences)
            self.events += len(doc.events)
            self.failed += doc.error is not None
        now = time.perf_counter()
        if self.write is not None and now - self._last >= self.every:
            self._last = now
            self.write(self.line())

    def line(self) -> str:
        elapsed = max(time.perf_counter() - self.started, 1e-9)
        rate = self.documents / elapsed
        out = (
            f"{self.documents:,}"
            + (f"/{self.total:,}" if self.total else "")
            + f" documents ({self.skipped:,} already stored, {self.failed:,} failed), {self.sentences:,} sentences, "
            f"{self.events:,} events; {rate:,.0f} documents/s, {self.sentences / elapsed:,.0f} sentences/s"
        )
        if self.total and rate > 0:
            out += f", ETA {max(self.total - self.documents, 0) / rate:,.0f} s"
        return out
