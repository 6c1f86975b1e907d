from __future__ import annotations

import dataclasses

import pytest

from marsad.model import Actor, Document, Event, Location, Mention, MentionKind, Trigger, content_hash


def _actor(code: str = "PAK", start: int = 0, end: int = 7) -> Actor:
    return Actor(
        code=code,
        country="PAK",
        sector=None,
        org=None,
        name=None,
        id="country:PAK",
        text="باكستان",
        start=start,
        end=end,
    )


def _event() -> Event:
    return Event(
        event_id="e1",
        doc_id="d1",
        sentence_index=0,
        sentence="اتفقت باكستان",
        lang="ar",
        date="2025-07-17",
        date_precision="day",
        date_text=None,
        source=_actor(start=6, end=13),
        target=None,
        cameo="030",
        cameo_root="03",
        cameo_label="Express intent to cooperate",
        plover="AGREE",
        plover_mode=None,
        quad_class=1,
        goldstein=4.0,
        negated=False,
        hypothetical=False,
        location=Location("Brussels", "بروكسل", "BEL", 50.85, 4.35, 2800866),
        trigger=Trigger("اتفقت", 0, 5),
        rule="ar/events/agree",
        confidence=0.9,
    )


def test_model_document_id_defaults_to_content_hash() -> None:
    doc = Document(text="نص")
    assert doc.id == content_hash("نص") == doc.content_hash
    assert len(doc.id) == 16
    assert Document(text="نص", id="mine").id == "mine"


def test_model_objects_are_frozen() -> None:
    doc = Document(text="x")
    with pytest.raises(dataclasses.FrozenInstanceError):
        doc.text = "y"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        _actor().code = "USA"  # type: ignore[misc]


def test_model_event_round_trips_through_dict() -> None:
    event = _event()
    assert Event.from_dict(event.to_dict()) == event
    assert event.to_dict()["source"]["code"] == "PAK"
    assert event.to_dict()["trigger"] == {"text": "اتفقت", "start": 0, "end": 5}


def test_model_actor_shift_moves_offsets_only() -> None:
    shifted = _actor(start=10, end=17).shifted(-10)
    assert (shifted.start, shifted.end, shifted.code) == (0, 7, "PAK")


def test_model_document_round_trips_with_annotations(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = pipeline(Document(text="أدانت باكستان الهجوم على الهند.", date="2025-01-02"))
    assert doc.sentences and doc.mentions
    again = Document.from_dict(doc.to_dict())
    assert again == doc
    assert again.mentions[0].kind is MentionKind.ACTOR
    assert isinstance(again.mentions[0], Mention)


def test_coded_documents_pickle_to_equal_documents() -> None:
    """Worker processes send coded documents back by pickle (model classes pickle by their fields)."""
    import pickle

    import marsad

    (doc,) = marsad.code_documents(
        [
            marsad.Document(
                text="اتفقت باكستان والاتحاد الأوروبي يوم الخميس على تعزيز التعاون في بروكسل.",
                id="d1",
                date="2025-07-18",
                meta={"path": "x.txt"},
            )
        ]
    )
    assert doc.events and doc.mentions and doc.sentences[0].tokens[0].readings
    back = pickle.loads(pickle.dumps(doc))
    assert back == doc and back.meta == {"path": "x.txt"}
    assert [e.to_dict() for e in back.events] == [e.to_dict() for e in doc.events]
