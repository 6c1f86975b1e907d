"""Batch runs: coding in worker processes, resuming an interrupted run, and progress.

Workers only code; the caller's process writes, in input order, so a store has one writer. Each
batch of documents is stored in one transaction, so a run killed at any point has stored whole
batches only, and ``resume`` skips exactly the documents already stored with the same content."""

from __future__ import annotations

import multiprocessing
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from itertools import islice
from typing import Any

from marsad.config import Settings
from marsad.model import Document
from marsad.pipeline import Pipeline, load_pipeline

_pipelines: dict[str, Pipeline] = {}
_worker_pipeline: Pipeline | None = None


def _pipeline_for(settings: Settings | None) -> Pipeline:
    """One pipeline per process and settings. Built in a parent that then forks, it is inherited by
    the workers as it is; elsewhere (spawned workers, Dask workers) it is built once on first use."""
    key = settings.model_dump_json() if settings is not None else ""
    if key not in _pipelines:
        _pipelines[key] = load_pipeline(settings)
    return _pipelines[key]


def _init_worker(settings: Settings | None) -> None:
    global _worker_pipeline
    _worker_pipeline = _pipeline_for(settings)


def slim(doc: Document) -> Document:
    """What a worker sends back: the document with its events and sentence offsets, without tokens
    and mentions (sending those costs more than coding them)."""
    return replace(doc, sentences=tuple(replace(s, tokens=()) for s in doc.sentences), mentions=())


def _code_chunk(docs: list[Document]) -> list[Document]:
    assert _worker_pipeline is not None, "worker started without its pipeline"
    return [slim(d) for d in _worker_pipeline.pipe(docs, on_error="record")]


def _start_method(settings: Settings | None) -> str:
    """Fork where it is safe (a single-threaded parent on a system that has it): the workers share the
    parent's loaded dictionaries and start at once. Else a fork server, else spawn."""
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and threading.active_count() == 1:
        _pipeline_for(settings)  # built once here; the forked workers inherit it
        return "fork"
    return "forkserver" if "forkserver" in methods else "spawn"


def _chunks(docs: Iterable[Document], size: int) -> Iterator[list[Document]]:
    it = iter(docs)
    while chunk := list(islice(it, size)):
        yield chunk


def code_documents(
    docs: Iterable[Document],
    settings: Settings | None = None,
    workers: int = 1,
    chunk: int = 64,
    dask: str | None = None,
) -> Iterator[Document]:
    """Coded documents in input order, from ``workers`` processes (1: in this process), or on
    dask.distributed (``dask="local"`` starts a LocalCluster of ``workers`` processes, an address such
    as ``tcp://host:8786`` joins a running scheduler). A document that fails is yielded with its error,
    like ``Pipeline.pipe(on_error="record")``. Documents coded elsewhere come back :func:`slim`."""
    if dask:
        yield from _code_on_dask(docs, settings, workers, chunk, dask)
        return
    if workers <= 1:
        yield from _pipeline_for(settings).pipe(docs, on_error="record")
        return
    ctx = multiprocessing.get_context(_start_method(settings))
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


def _code_chunk_with(docs: list[Document], settings: Settings | None) -> list[Document]:
    """Run on a Dask worker."""
    return [slim(d) for d in _pipeline_for(settings).pipe(docs, on_error="record")]


def _code_on_dask(
    docs: Iterable[Document], settings: Settings | None, workers: int, chunk: int, address: str
) -> Iterator[Document]:
    import importlib
    from collections import deque

    # dask.distributed is only partly typed; it is used through this one handle
    distributed: Any = importlib.import_module("distributed")
    cluster = None
    if address == "local":
        cluster = distributed.LocalCluster(
            n_workers=max(workers, 1), threads_per_worker=1, processes=True, dashboard_address=None
        )
        client = distributed.Client(cluster)
    else:
        client = distributed.Client(address)
    try:
        in_flight: deque[Any] = deque()
        limit = 2 * sum(client.nthreads().values()) + 2  # bounded: a huge input is never all in memory
        for part in _chunks(docs, chunk):
            in_flight.append(client.submit(_code_chunk_with, part, settings, pure=False))
            if len(in_flight) >= limit:
                yield from in_flight.popleft().result()
        while in_flight:
            yield from in_flight.popleft().result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
