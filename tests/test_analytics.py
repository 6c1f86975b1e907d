"""Relations over time (dyad series, actor profile, network), on both backends, checked against
concrete expectations and against the stored event records themselves."""

from __future__ import annotations

from collections import Counter

import pytest

from marsad.model import Document
from marsad.pipeline import Pipeline
from marsad.store import analytics, open_store

DOCS = [
    ("Pakistan's army condemned India. India accused Pakistan of shelling.", "2025-03-20"),
    ("India and Pakistan agreed to cooperate on water.", "2025-05-10"),
    ("Egypt did not condemn Jordan.", "2025-05-11"),
    ("Egypt may attack Jordan if it refuses.", "2025-05-12"),
    ("Egypt praised Jordan.", "2026-01-04"),
]


@pytest.fixture
def filled(store_url: str, pipeline: Pipeline) -> str:
    with open_store(store_url) as store:
        for i, (text, day) in enumerate(DOCS):
            store.ingest(pipeline(Document(text=text, id=f"a{i}", date=day, lang="en")))
    return store_url


def test_dyad_counts_both_directions_per_month(filled: str) -> None:
    with open_store(filled) as store:
        series = analytics.dyad(store, "PAK", "IND", by="month")
        assert [r["period"] for r in series] == ["2025-03", "2025-05"]
        march, may = series
        assert march["events"] == 2 and march["quad_3"] == 2 and march["goldstein_mean"] < 0
        assert may["events"] == 2 and may["quad_1"] == 2 and may["goldstein_mean"] > 0
        assert analytics.dyad(store, "IND", "PAK", by="month") == series  # order of the pair does not matter
        assert [r["period"] for r in analytics.dyad(store, "PAK", "IND", by="year")] == ["2025"]
        assert [r["period"] for r in analytics.dyad(store, "PAK", "IND", by="week")] == ["2025-W12", "2025-W19"]
        assert analytics.dyad(store, "PAK", "IND", since="2025-04-01") == [may]
        top = analytics.dyad_events(store, "PAK", "IND")
        assert {t["cameo"]: t["events"] for t in top} == {"030": 2, "111": 1, "1123": 1}
        assert top[0] == {"cameo": "030", "events": 2, "goldstein": 4.0}


def test_negated_and_hypothetical_events_are_not_relations(filled: str) -> None:
    with open_store(filled) as store:
        flagged = [e for e in store.events() if e.negated or e.hypothetical]
        assert flagged, "the fixture must store a negated and a hypothetical event"
        series = analytics.dyad(store, "EGY", "JOR", by="month")
        assert [(r["period"], r["events"]) for r in series] == [("2026-01", 1)]


def test_actor_profile_matches_the_records(filled: str) -> None:
    with open_store(filled) as store:
        profile = analytics.actor(store, "PAK")
        counted = [
            e
            for e in store.events()
            if e.date and not (e.negated or e.hypothetical)
            for code in [(e.source.code if e.source else ""), (e.target.code if e.target else "")]
            if code.startswith("PAK")
        ]
        assert profile["events"] == len(counted) == 4
        assert profile["as_source"] == 2 and profile["as_target"] == 2
        assert profile["top_partners"] == [{"actor": "IND", "events": 4}]
        mix = Counter(e.cameo_root for e in counted)
        assert {m["cameo_root"]: m["events"] for m in profile["event_mix"]} == dict(mix)


def test_network_edges_are_directed_and_weighted(filled: str) -> None:
    with open_store(filled) as store:
        net = analytics.network(store)
        edges = {(e["source"], e["target"]): e["weight"] for e in net["edges"]}
        assert edges == {("PAKMIL", "IND"): 1, ("IND", "PAK"): 2, ("PAK", "IND"): 1, ("EGY", "JOR"): 1}
        assert {n["id"]: n["events"] for n in net["nodes"]}["IND"] == 4
        assert {(e["source"], e["target"]) for e in analytics.network(store, min_weight=2)["edges"]} == {("IND", "PAK")}


def test_dyad_rejects_an_unknown_period(filled: str) -> None:
    with open_store(filled) as store, pytest.raises(ValueError, match="by must be"):
        analytics.dyad(store, "PAK", "IND", by="fortnight")
