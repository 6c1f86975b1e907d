from __future__ import annotations

import marsad


def test_api_all_lists_exactly_the_public_names() -> None:
    public = {name for name in dir(marsad) if not name.startswith("_")} - {"annotations"}
    modules = {name for name in public if type(getattr(marsad, name)).__name__ == "module"}
    assert set(marsad.__all__) - {"__version__"} == public - modules
    assert sorted(marsad.__all__) == marsad.__all__


def test_api_code_text_returns_events() -> None:
    events = marsad.code_text("Pakistan and the EU agreed to deepen cooperation.", date="2025-07-17")
    assert {(e.source.code, e.target.code) for e in events if e.source and e.target} == {
        ("PAK", "IGOEUREEC"),
        ("IGOEUREEC", "PAK"),
    }
    assert all(e.date == "2025-07-17" for e in events)


def test_api_code_documents_streams_and_records_failures() -> None:
    docs = list(marsad.code_documents([marsad.Document(""), marsad.Document("Egypt condemned Israel.")]))
    assert docs[0].error is not None and docs[0].error.code == "E305"
    assert [e.cameo_root for e in docs[1].events] == ["11"]
