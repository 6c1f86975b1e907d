"""Places: the gazetteer, ambiguity and the event's location."""

from marsad.geo.gazetteer import (
    Gazetteer,
    Place,
    PlaceMatch,
    choose_location,
    choose_match,
    context_countries,
    resolve,
    to_location,
)

__all__ = [
    "Gazetteer",
    "Place",
    "PlaceMatch",
    "choose_location",
    "choose_match",
    "context_countries",
    "resolve",
    "to_location",
]
