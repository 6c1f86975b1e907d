from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from marsad.config import Settings
from marsad.errors import InputError, PipelineError
from marsad.model import Document
from marsad.pipeline import Pipeline, StageFn, StageRegistry, coder_fingerprint, describe


def _registry() -> StageRegistry:
    reg = StageRegistry()

    @reg.register("upper", provides={"upper"})
    def upper(settings: Settings) -> StageFn:
        return lambda doc: replace(doc, title=doc.text.upper())

    @reg.register("needs_upper", requires={"upper"}, provides={"done"})
    def needs(settings: Settings) -> StageFn:
        def run(doc: Document) -> Document:
            if doc.text == "boom":
                raise RuntimeError("exploded")
            if doc.text == "bad":
                raise InputError("E305", doc_id=doc.id)
            return replace(doc, source="done")

        return run

    return reg


def test_pipeline_missing_requirement_fails_when_built() -> None:
    with pytest.raises(PipelineError) as info:
        Pipeline(["needs_upper"], stage_registry=_registry())
    assert info.value.code == "E201"
    assert "'needs_upper' requires upper" in str(info.value)


def test_pipeline_order_matters_for_requirements() -> None:
    with pytest.raises(PipelineError):
        Pipeline(["needs_upper", "upper"], stage_registry=_registry())
    p = Pipeline(["upper", "needs_upper"], stage_registry=_registry())
    assert p.stage_names == ["upper", "needs_upper"]
    assert p.provides == {"text", "upper", "done"}
    assert describe(p)[1] == {"name": "needs_upper", "requires": ["upper"], "provides": ["done"]}


def test_pipeline_unknown_and_duplicate_stages_are_coded_errors() -> None:
    reg = _registry()
    with pytest.raises(PipelineError) as unknown:
        Pipeline(["nope"], stage_registry=reg)
    assert unknown.value.code == "E202"
    with pytest.raises(PipelineError) as dup:
        reg.register("upper")(lambda s: lambda d: d)
    assert dup.value.code == "E203"


def test_pipeline_pipe_records_failures_and_goes_on() -> None:
    p = Pipeline(["upper", "needs_upper"], stage_registry=_registry())
    docs = [Document("a"), Document("boom"), Document("bad"), Document("b")]
    out = list(p.pipe(docs, on_error="record"))
    assert [d.text for d in out] == ["a", "boom", "bad", "b"]
    assert [d.source for d in out] == ["done", None, None, "done"]
    assert out[1].error is not None and out[1].error.code == "E204" and out[1].error.stage == "needs_upper"
    assert "RuntimeError: exploded" in out[1].error.message
    assert out[2].error is not None and out[2].error.code == "E305"


def test_pipeline_pipe_raise_stops_on_first_failure() -> None:
    p = Pipeline(["upper", "needs_upper"], stage_registry=_registry())
    gen = p.pipe([Document("a"), Document("boom")], on_error="raise")
    assert next(gen).source == "done"
    with pytest.raises(PipelineError):
        next(gen)


def test_pipeline_rejects_unknown_on_error_mode() -> None:
    p = Pipeline(["upper"], stage_registry=_registry())
    with pytest.raises(PipelineError) as info:
        list(p.pipe([Document("a")], on_error="ignore"))  # type: ignore[arg-type]
    assert info.value.code == "E205"


def test_pipeline_default_stages_chain(pipeline: Pipeline) -> None:
    assert pipeline.stage_names == ["language", "text", "actors", "dates", "events"]
    assert {"sentences", "tokens", "mentions.actor", "events"} <= pipeline.provides


def test_pipeline_empty_document_is_recorded_not_dropped(pipeline: Pipeline) -> None:
    out = list(pipeline.pipe([Document("   \n"), Document("أدانت مصر الهجوم")], on_error="record"))
    assert out[0].error is not None and out[0].error.code == "E305"
    assert out[1].error is None


def test_pipeline_coder_fingerprint_follows_what_changes_coding(tmp_path: Path) -> None:
    patterns = tmp_path / "p.yaml"
    patterns.write_text("lang: en\npatterns: []\n", encoding="utf-8")
    base = coder_fingerprint(Settings(patterns=[str(patterns)]))
    assert coder_fingerprint(Settings(patterns=[str(patterns)])) == base  # the same coder
    assert coder_fingerprint(Settings(patterns=[str(patterns)], window=4)) != base
    assert coder_fingerprint(Settings(patterns=[str(patterns)], api_rate=7)) == base  # serving, not coding
    patterns.write_text("lang: en\npatterns: []\n# edited\n", encoding="utf-8")
    assert coder_fingerprint(Settings(patterns=[str(patterns)])) != base  # the file's content counts
