"""JSON Schema of the public event record (EVENT_RECORD.md), for validators outside Python too."""

from __future__ import annotations

from typing import Any

_NULLABLE_STR = {"type": ["string", "null"]}

ACTOR_SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "required": ["code", "country", "sector", "org", "name", "id", "text", "start", "end"],
    "properties": {
        "code": {"type": "string", "minLength": 3},
        "country": {"type": ["string", "null"], "pattern": "^[A-Z]{3}$"},
        "sector": {"type": ["string", "null"], "pattern": "^[A-Z]{3}$"},
        "org": _NULLABLE_STR,
        "name": _NULLABLE_STR,
        "id": {"type": "string", "minLength": 1},
        "text": {"type": "string", "minLength": 1},
        "start": {"type": "integer", "minimum": 0},
        "end": {"type": "integer", "minimum": 1},
    },
}

LOCATION_SCHEMA: dict[str, Any] = {
    "type": ["object", "null"],
    "additionalProperties": False,
    "required": ["name", "text", "country", "lat", "lon", "geonameid"],
    "properties": {
        "name": {"type": "string"},
        "text": {"type": "string"},
        "country": _NULLABLE_STR,
        "lat": {"type": ["number", "null"], "minimum": -90, "maximum": 90},
        "lon": {"type": ["number", "null"], "minimum": -180, "maximum": 180},
        "geonameid": {"type": ["integer", "null"]},
    },
}

EVENT_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "Marsad event record",
    "type": "object",
    "additionalProperties": False,
    "required": [
        "event_id",
        "doc_id",
        "sentence_index",
        "sentence",
        "lang",
        "date",
        "date_precision",
        "date_text",
        "source",
        "target",
        "cameo",
        "cameo_root",
        "cameo_label",
        "plover",
        "plover_mode",
        "quad_class",
        "goldstein",
        "negated",
        "hypothetical",
        "location",
        "trigger",
        "rule",
        "confidence",
    ],
    "properties": {
        "event_id": {"type": "string", "minLength": 8},
        "doc_id": {"type": "string", "minLength": 1},
        "sentence_index": {"type": "integer", "minimum": 0},
        "sentence": {"type": "string", "minLength": 1},
        "lang": {"enum": ["ar", "en"]},
        "date": {"type": ["string", "null"], "pattern": r"^\d{4}-\d{2}-\d{2}$"},
        "date_precision": {"enum": ["day", "month", "year", None]},
        "date_text": _NULLABLE_STR,
        "source": {"oneOf": [{"type": "null"}, ACTOR_SCHEMA]},
        "target": {"oneOf": [{"type": "null"}, ACTOR_SCHEMA]},
        "cameo": {"type": "string", "pattern": r"^[0-2]\d{2,3}$"},
        "cameo_root": {"type": "string", "pattern": r"^[0-2]\d$"},
        "cameo_label": {"type": "string", "minLength": 1},
        "plover": {"type": ["string", "null"], "pattern": "^[A-Z]+$"},
        "plover_mode": _NULLABLE_STR,
        "quad_class": {"enum": [0, 1, 2, 3, 4]},
        "goldstein": {"type": "number", "minimum": -10, "maximum": 10},
        "negated": {"type": "boolean"},
        "hypothetical": {"type": "boolean"},
        "location": LOCATION_SCHEMA,
        "trigger": {
            "type": "object",
            "additionalProperties": False,
            "required": ["text", "start", "end"],
            "properties": {
                "text": {"type": "string", "minLength": 1},
                "start": {"type": "integer", "minimum": 0},
                "end": {"type": "integer", "minimum": 1},
            },
        },
        "rule": {"type": "string", "minLength": 1},
        "confidence": {"type": "number", "minimum": 0, "maximum": 1},
    },
}
