"""Marsad's data model: frozen, typed, offset-based.

The document owns the text. Tokens, mentions and readings carry character offsets into
``Document.text``; events carry offsets into their sentence, as the public event record
(EVENT_RECORD.md) requires. ``to_dict``/``from_dict`` let batch workers ship documents.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field, fields, replace
from enum import StrEnum
from typing import Any


def content_hash(text: str) -> str:
    """Stable identity of a text: the first 16 hex digits of its SHA-256."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


class MentionKind(StrEnum):
    ACTOR = "actor"
    AGENT = "agent"
    DATE = "date"
    PLACE = "place"


class TokenKind(StrEnum):
    WORD = "word"  # letters (Arabic or Latin), possibly with inner - . + &
    NUMBER = "number"
    PUNCT = "punct"


@dataclass(frozen=True, slots=True)
class Reading:
    """One way to read a token: its normalised stem after removing clitics.

    ``start``/``end`` index the stem within the token's text (add ``Token.start`` for document
    offsets), so a match on a reading still points at the exact original characters
    (``بباكستان`` -> the span of ``باكستان``). Readings are shared between equal tokens.
    """

    form: str
    start: int
    end: int
    prefix: str = ""
    suffix: str = ""


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str
    norm: str
    kind: TokenKind
    readings: tuple[Reading, ...] = ()  # first reading is the whole token

    @property
    def is_arabic(self) -> bool:
        return bool(self.norm) and "\u0600" <= self.norm[0] <= "\u06ff"


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int
    tokens: tuple[Token, ...]


@dataclass(frozen=True, slots=True)
class Actor:
    """A resolved actor. Offsets index the containing text (document or sentence)."""

    code: str
    country: str | None
    sector: str | None
    org: str | None
    name: str | None
    id: str
    text: str
    start: int
    end: int

    def shifted(self, delta: int) -> Actor:
        return replace(self, start=self.start + delta, end=self.end + delta)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Actor:
        return cls(**data)


@dataclass(frozen=True, slots=True)
class Mention:
    """A dictionary match: a span of the document text and what it refers to."""

    start: int
    end: int
    kind: MentionKind
    entry_id: str | None
    sentence_index: int
    token_start: int  # index of the first token in the sentence
    token_end: int  # one past the last token
    actor: Actor | None = None  # for ACTOR and AGENT mentions, with document offsets
    value: str | None = None  # for DATE mentions: the resolved ISO date (None when it cannot be resolved)
    precision: str | None = None  # for DATE mentions: day | month | year

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["kind"] = self.kind.value
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Mention:
        data = dict(data)
        actor = data.pop("actor")
        return cls(**{**data, "kind": MentionKind(data["kind"]), "actor": Actor.from_dict(actor) if actor else None})


@dataclass(frozen=True, slots=True)
class Trigger:
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Location:
    name: str
    text: str
    country: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None


@dataclass(frozen=True, slots=True)
class Event:
    """One coded event, field for field the public event record (EVENT_RECORD.md)."""

    event_id: str
    doc_id: str
    sentence_index: int
    sentence: str
    lang: str
    date: str | None
    date_precision: str | None
    date_text: str | None
    source: Actor | None
    target: Actor | None
    cameo: str
    cameo_root: str
    cameo_label: str
    plover: str | None
    plover_mode: str | None
    quad_class: int
    goldstein: float
    negated: bool
    hypothetical: bool
    location: Location | None
    trigger: Trigger
    rule: str
    confidence: float

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Event:
        data = dict(data)
        for key in ("source", "target"):
            data[key] = Actor.from_dict(data[key]) if data.get(key) else None
        data["location"] = Location(**data["location"]) if data.get("location") else None
        data["trigger"] = Trigger(**data["trigger"])
        return cls(**data)


@dataclass(frozen=True, slots=True)
class ErrorRecord:
    """Why a document could not be processed; kept with the document, never dropped."""

    code: str
    message: str
    stage: str | None = None


@dataclass(frozen=True, slots=True)
class Document:
    text: str
    id: str = ""
    lang: str | None = None
    date: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    sentences: tuple[Sentence, ...] = ()
    mentions: tuple[Mention, ...] = ()
    events: tuple[Event, ...] = ()
    error: ErrorRecord | None = None
    meta: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def __post_init__(self) -> None:
        if not self.id:
            object.__setattr__(self, "id", content_hash(self.text))

    @property
    def content_hash(self) -> str:
        return content_hash(self.text)

    def sentence_text(self, sentence: Sentence) -> str:
        return self.text[sentence.start : sentence.end]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        data = dict(data)
        data["sentences"] = tuple(_sentence_from_dict(s) for s in data.get("sentences", ()))
        data["mentions"] = tuple(Mention.from_dict(m) for m in data.get("mentions", ()))
        data["events"] = tuple(Event.from_dict(e) for e in data.get("events", ()))
        data["error"] = ErrorRecord(**data["error"]) if data.get("error") else None
        return cls(**data)


def _sentence_from_dict(data: dict[str, Any]) -> Sentence:
    tokens = tuple(
        Token(**{**t, "kind": TokenKind(t["kind"]), "readings": tuple(Reading(**r) for r in t.get("readings", ()))})
        for t in data["tokens"]
    )
    return Sentence(index=data["index"], start=data["start"], end=data["end"], tokens=tokens)


def _pickle_by_fields(cls: type[Any]) -> None:
    """Pickle instances as ``cls(*field values)``: about twice as fast to load as the default for
    frozen slotted dataclasses, which matters where worker processes send coded documents back."""
    names = tuple(f.name for f in fields(cls))

    def __reduce__(self: Any) -> tuple[type[Any], tuple[Any, ...]]:
        return cls, tuple(getattr(self, n) for n in names)

    setattr(cls, "__reduce__", __reduce__)  # noqa: B010  (mypy does not allow assigning a method)


for _cls in (Reading, Token, Sentence, Actor, Mention, Trigger, Location, Event, ErrorRecord, Document):
    _pickle_by_fields(_cls)
