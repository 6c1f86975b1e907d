"""Stages and the pipeline that runs them.

A stage is a callable ``Document -> Document`` that declares what it requires and provides.
The pipeline checks those declarations when it is built, not halfway through a corpus, and
``Pipeline.pipe`` streams documents, recording (never dropping) the ones that fail.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any, Literal, Protocol

from marsad import data
from marsad.config import Settings
from marsad.errors import MarsadError, PipelineError
from marsad.model import Document, ErrorRecord

#: what every document has before any stage runs
BASE_ANNOTATIONS = frozenset({"text"})


class StageFn(Protocol):
    def __call__(self, doc: Document) -> Document: ...


StageFactory = Callable[[Settings], StageFn]


@dataclass(frozen=True, slots=True)
class StageSpec:
    name: str
    requires: frozenset[str]
    provides: frozenset[str]
    factory: StageFactory


class StageRegistry:
    """Named stage factories. One registry per process is the default, tests may make their own."""

    def __init__(self) -> None:
        self._specs: dict[str, StageSpec] = {}

    def register(
        self,
        name: str,
        requires: Iterable[str] = (),
        provides: Iterable[str] = (),
    ) -> Callable[[StageFactory], StageFactory]:
        def decorator(factory: StageFactory) -> StageFactory:
            if name in self._specs:
                raise PipelineError("E203", stage=name)
            self._specs[name] = StageSpec(name, frozenset(requires), frozenset(provides), factory)
            return factory

        return decorator

    def get(self, name: str) -> StageSpec:
        try:
            return self._specs[name]
        except KeyError:
            raise PipelineError("E202", stage=name, known=", ".join(sorted(self._specs))) from None

    def __contains__(self, name: object) -> bool:
        return name in self._specs

    def names(self) -> list[str]:
        return list(self._specs)


registry = StageRegistry()
stage = registry.register


def check_order(specs: list[StageSpec]) -> None:
    """Raise E201 for the first stage whose requirements no earlier stage provides."""
    available = set(BASE_ANNOTATIONS)
    order = " -> ".join(s.name for s in specs)
    for spec in specs:
        missing = spec.requires - available
        if missing:
            raise PipelineError("E201", stage=spec.name, missing=", ".join(sorted(missing)), order=order)
        available |= spec.provides


OnError = Literal["raise", "record"]


class Pipeline:
    """An ordered, checked list of stages."""

    def __init__(
        self, stages: Iterable[str], settings: Settings | None = None, stage_registry: StageRegistry | None = None
    ) -> None:
        reg = stage_registry or registry
        self.settings = settings or Settings()
        self.specs = [reg.get(name) for name in stages]
        check_order(self.specs)
        self._fns: list[tuple[str, StageFn]] = [(s.name, s.factory(self.settings)) for s in self.specs]

    @property
    def stage_names(self) -> list[str]:
        return [s.name for s in self.specs]

    @property
    def provides(self) -> frozenset[str]:
        out = set(BASE_ANNOTATIONS)
        for spec in self.specs:
            out |= spec.provides
        return frozenset(out)

    def __call__(self, doc: Document) -> Document:
        for name, fn in self._fns:
            try:
                doc = fn(doc)
            except MarsadError:
                raise
            except Exception as exc:  # a bug or bad data inside a stage: name the stage and the document
                raise PipelineError("E204", stage=name, doc_id=doc.id, detail=f"{type(exc).__name__}: {exc}") from exc
        return doc

    def pipe(self, docs: Iterable[Document], on_error: OnError = "raise") -> Iterator[Document]:
        """Process documents lazily. With ``on_error="record"`` a failing document is yielded with
        its ``error`` set (and whatever it had before the failure), and the stream goes on."""
        if on_error not in ("raise", "record"):
            raise PipelineError("E205", value=on_error)
        for doc in docs:
            if doc.error is not None:  # failed before the pipeline (e.g. unreadable input)
                yield doc
                continue
            try:
                yield self(doc)
            except MarsadError as exc:
                if on_error == "raise":
                    raise
                stage_name = exc.details.get("stage") if isinstance(exc, PipelineError) else None
                yield replace(doc, error=ErrorRecord(exc.code, exc.message, stage_name))


DEFAULT_STAGES = ("language", "text", "actors", "dates", "events")


def load_pipeline(settings: Settings | None = None, stages: Iterable[str] = DEFAULT_STAGES) -> Pipeline:
    """The standard coder. Importing the stage modules registers them."""
    import marsad.stages  # noqa: F401  (registers the built-in stages)

    return Pipeline(stages, settings)


def describe(pipeline: Pipeline) -> list[dict[str, Any]]:
    return [{"name": s.name, "requires": sorted(s.requires), "provides": sorted(s.provides)} for s in pipeline.specs]


#: the settings that change what a document is coded into
CODING_SETTINGS = (
    "lang",
    "date",
    "window",
    "complement_window",
    "patterns_mode",
    "min_confidence",
    "max_document_chars",
)


def coder_fingerprint(settings: Settings) -> str:
    """What codes documents with ``settings``: the Marsad version, its coding code and compiled dictionaries,
    the content of the user's dictionary and pattern files, and the settings that change coding. The store
    keeps it with each document, so a document coded by another coder (an upgrade, a new dictionary) is
    coded again when it is ingested, although its text did not change."""
    from marsad import __version__

    h = hashlib.sha256()
    h.update(f"{__version__}\n{_code_digest()}\n{data.digest()}\n".encode())
    for name in CODING_SETTINGS:
        h.update(f"{name}={getattr(settings, name)!r}\n".encode())
    for path in (*settings.dictionaries, *settings.patterns):
        h.update(f"{path}\n".encode())
        try:
            with open(path, "rb") as f:
                h.update(f.read())
        except OSError:
            h.update(b"<unreadable>")
    return h.hexdigest()[:20]


#: the modules and packages whose code decides what a document is coded into
CODING_CODE = ("actors", "events", "geo", "lang", "time", "model.py", "pipeline.py", "stages.py")


@cache
def _code_digest() -> str:
    """A hash of the coding code (CODING_CODE), so that a fix between releases codes stored texts again."""
    h = hashlib.sha256()
    root = resources.files("marsad")
    for name in CODING_CODE:
        entry = root.joinpath(name)
        files = [entry] if name.endswith(".py") else sorted(_python_files(entry), key=str)
        for f in files:
            h.update(str(f).rsplit("marsad", 1)[-1].encode("utf-8"))
            h.update(f.read_bytes())
    return h.hexdigest()


def _python_files(folder: Traversable) -> Iterator[Traversable]:
    for entry in folder.iterdir():
        if entry.is_dir():
            yield from _python_files(entry)
        elif entry.name.endswith(".py"):
            yield entry
