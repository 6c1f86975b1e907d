"""Deduplication: story clusters of near-duplicate documents and the one-a-day rule, on both backends."""

from __future__ import annotations

import pytest

from marsad.model import Document
from marsad.pipeline import Pipeline
from marsad.store import dedup, open_store

STORY = (
    "أدانت مصر بشدة الهجوم الذي استهدف قافلة مساعدات في شمال سيناء يوم الخميس، وقالت وزارة الخارجية "
    "المصرية في بيان إن الهجوم عمل إرهابي جبان يستهدف زعزعة الاستقرار في المنطقة وإن القاهرة ستواصل جهودها"
)
VERSIONS = [
    STORY,
    STORY.replace("بشدة ", "") + " لإعادة الأمن.",  # a second outlet trims and extends
    "القاهرة - " + STORY.replace("يوم الخميس", "الخميس"),  # a third adds a dateline
]
OTHER = "وفي تطور منفصل، اتفقت الأردن والعراق على تعزيز التعاون الاقتصادي وفتح معبر طريبيل أمام الشاحنات"


def test_dedup_minhash_estimates_similarity() -> None:
    a, b = dedup.signature(VERSIONS[0]), dedup.signature(VERSIONS[1])
    assert dedup.similarity(a, b) >= dedup.THRESHOLD
    assert dedup.similarity(a, dedup.signature(OTHER)) < 0.2
    assert dedup.decode(dedup.encode(a)) == a
    assert len(dedup.bands(a)) == dedup.BANDS


def test_dedup_same_story_from_three_sources_is_one_cluster(store_url: str, pipeline: Pipeline) -> None:
    docs = [
        pipeline(Document(text, id=f"src-{i}", date="2025-07-18", lang="ar", source=f"outlet {i}"))
        for i, text in enumerate(VERSIONS)
    ]
    docs.append(pipeline(Document(OTHER, id="other", date="2025-07-18", lang="ar")))
    with open_store(store_url) as store:
        for d in docs:
            store.ingest(d)
        clusters = store.clusters()
        assert sorted(clusters.values(), key=len) == [["other"], ["src-0", "src-1", "src-2"]]
        daily = store.daily()
        condemn = [r for r in daily if r["cameo"] == "111"]
        assert len(condemn) == 1 and condemn[0]["reports"] == 3 and condemn[0]["stories"] == 1
        assert any(r["cameo"].startswith("03") and r["reports"] == 1 for r in daily)  # a different event, kept
        assert store.count_events() > len(daily)  # reports are kept, not thrown away


@pytest.mark.parametrize("text", ["", "   "])
def test_dedup_empty_text_has_a_neutral_signature(text: str) -> None:
    assert dedup.signature(text) == [0] * dedup.NUM_HASHES


def test_dedup_near_copies_add_no_candidates(store_url: str) -> None:
    from sqlalchemy import func, select

    from marsad.store import schema

    with open_store(store_url) as store:
        for i in range(5):  # the same wire story, copied by five outlets
            store.ingest(Document(text=STORY, id=f"copy-{i}", date="2025-03-02", lang="ar"))
        store.ingest(Document(text=OTHER, id="other", date="2025-03-02", lang="ar"))
        assert store.clusters()["copy-0"] == [f"copy-{i}" for i in range(5)]
        with store.engine.connect() as conn:
            owners = conn.execute(select(func.distinct(schema.doc_bands.c.doc_id))).scalars().all()
        assert sorted(owners) == ["copy-0", "other"]


@pytest.mark.parametrize("text", [STORY, VERSIONS[2], OTHER, "one two", "Pakistan and the EU agreed to deepen ties."])
def test_dedup_fast_signature_equals_its_definition(text: str) -> None:
    assert dedup.signature(text) == dedup.signature_reference(text)
