"""The JSONL output keeps to the public event record (EVENT_RECORD.md) field for field."""

from __future__ import annotations

import json

import jsonschema
import pytest
from click.testing import CliRunner

from marsad.cli import cli
from marsad.schema import EVENT_SCHEMA

# The fields EVENT_RECORD.md names, in its order; a change here is a change of the public contract.
EVENT_FIELDS = [
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
]
ACTOR_FIELDS = ["code", "country", "sector", "org", "name", "id", "text", "start", "end"]

TEXTS = [
    ("ar", "اتفقت باكستان والاتحاد الأوروبي على تعزيز التعاون الأمني. وأدانت مصر الهجوم على الأردن."),
    ("en", "Pakistan and the EU agreed to deepen security cooperation. Egypt's government condemned Israel."),
]


@pytest.mark.parametrize(("lang", "text"), TEXTS)
def test_contract_jsonl_events_validate_against_the_schema(lang: str, text: str) -> None:
    result = CliRunner().invoke(cli, ["code", "-", "--format", "jsonl", "--date", "2025-07-18"], input=text)
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) >= 3
    for rec in records:
        jsonschema.validate(rec, EVENT_SCHEMA)
        assert list(rec) == EVENT_FIELDS
        assert rec["lang"] == lang
        for side in ("source", "target"):
            if rec[side] is not None:
                assert list(rec[side]) == ACTOR_FIELDS
                assert rec["sentence"][rec[side]["start"] : rec[side]["end"]] == rec[side]["text"]
        assert rec["cameo"].startswith(rec["cameo_root"])


def test_contract_schema_names_exactly_the_documented_fields() -> None:
    assert EVENT_SCHEMA["required"] == EVENT_FIELDS
    assert list(EVENT_SCHEMA["properties"]) == EVENT_FIELDS
    actor = EVENT_SCHEMA["properties"]["source"]["oneOf"][1]
    assert actor["required"] == ACTOR_FIELDS


def test_contract_schema_rejects_a_broken_record() -> None:
    result = CliRunner().invoke(cli, ["code", "-", "--format", "jsonl"], input=TEXTS[1][1])
    rec = json.loads(result.stdout.splitlines()[0])
    for broken in ({**rec, "cameo": 30}, {**rec, "quad_class": 7}, {k: v for k, v in rec.items() if k != "rule"}):
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(broken, EVENT_SCHEMA)
