"""Gold-standard records, whatever file format they came from."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class GoldActor:
    """An actor as a gold standard codes it. ``country``/``sector`` are None where the gold says so."""

    code: str | None
    country: str | None
    sector: str | None
    text: str | None = None
    known: bool = True  # False where the gold marks the role as unknown: not scored


@dataclass(frozen=True, slots=True)
class GoldEvent:
    plover: str | None  # PLOVER 2021 type
    cameo: str | None = None  # CAMEO code where the gold gives one
    source: GoldActor | None = None
    target: GoldActor | None = None


@dataclass(frozen=True, slots=True)
class GoldItem:
    """One gold sentence. ``events`` empty means the gold says it has no event."""

    id: str
    text: str
    lang: str
    events: tuple[GoldEvent, ...]
    date: str | None = None
    label: str | None = None  # the source's own label ("yes", "difficult no", ...), kept for reports
    has_actors: bool = False  # whether the gold codes source/target actors at all
    #: (accepted, rejected): how many of the gold's annotators said the sentence has the event and how many
    #: said it has not, where the gold gives its votes; None otherwise
    votes: tuple[int, int] | None = None


@dataclass(frozen=True, slots=True)
class GoldSet:
    name: str
    format: str
    items: tuple[GoldItem, ...]
    #: event types the gold set is about (binary sets such as the Arabic ASSAULT GSR); None: all types
    scope: frozenset[str] | None = None
    excluded: int = 0  # records left out by the format's rules (e.g. 'ambiguous')
    notes: tuple[str, ...] = field(default=())
