"""Exports: Parquet and JSONL round-trip to the same events; the GDELT layout has its 61 documented
columns with our values in the right places; PLOVER records; and the CLI commands over a store."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from marsad.cli import cli
from marsad.io import exports
from marsad.io.writers import write_jsonl
from marsad.model import Document, Event
from marsad.pipeline import Pipeline

TEXTS = [
    ("Pakistan's army condemned India. India and Pakistan agreed to cooperate on water in Lahore.", "2025-03-20"),
    ("اتفقت باكستان والاتحاد الأوروبي على تعزيز التعاون الأمني في بروكسل.", "2025-05-10"),
    ("Egypt did not condemn Jordan.", "2025-05-11"),
]


@pytest.fixture
def coded(pipeline: Pipeline) -> list[Event]:
    docs = [pipeline(Document(text=t, id=f"x{i}", date=d)) for i, (t, d) in enumerate(TEXTS)]
    found = [e for d in docs for e in d.events]
    assert len(found) >= 5 and any(e.location for e in found) and any(e.negated for e in found)
    return found


def test_parquet_round_trips(coded: list[Event], tmp_path: Path) -> None:
    path = tmp_path / "events.parquet"
    assert exports.write_parquet(coded, path) == len(coded)
    assert exports.read_parquet(path) == coded
    import pyarrow.parquet as pq

    table = pq.read_table(path)
    assert table.column("goldstein").to_pylist() == [e.goldstein for e in coded]
    assert table.column("quad_class").type == "int32"


def test_jsonl_round_trips(coded: list[Event]) -> None:
    buf = io.StringIO()
    write_jsonl(coded, buf)
    buf.seek(0)
    assert exports.read_jsonl_events(buf) == coded


def test_gdelt_layout(coded: list[Event]) -> None:
    assert len(exports.GDELT_COLUMNS) == 61 == len(set(exports.GDELT_COLUMNS))
    assert exports.GDELT_COLUMNS[:5] == ("GlobalEventID", "Day", "MonthYear", "Year", "FractionDate")
    assert exports.GDELT_COLUMNS[-2:] == ("DATEADDED", "SOURCEURL")
    buf = io.StringIO()
    exports.write_gdelt(coded, buf, urls={"x0": "https://example.org/a"})
    rows = list(csv.reader(io.StringIO(buf.getvalue()), delimiter="\t"))
    assert len(rows) == len(coded) and all(len(r) == 61 for r in rows)
    for e, r in zip(coded, rows, strict=True):
        row = dict(zip(exports.GDELT_COLUMNS, r, strict=True))
        assert row["Day"] == e.date.replace("-", "") if e.date else row["Day"] == ""
        assert row["Actor1Code"] == (e.source.code if e.source else "")
        assert row["Actor2Code"] == (e.target.code if e.target else "")
        assert (row["EventCode"], row["EventRootCode"], row["QuadClass"]) == (e.cameo, e.cameo_root, str(e.quad_class))
        assert float(row["GoldsteinScale"]) == e.goldstein
        assert row["SOURCEURL"] == ("https://example.org/a" if e.doc_id == "x0" else e.doc_id)
        if e.location and e.location.lat is not None:
            assert float(row["ActionGeo_Lat"]) == pytest.approx(e.location.lat, abs=1e-4)
    ids = [r[0] for r in rows]
    assert len(set(ids)) == len(ids) and all(i.isdigit() for i in ids)


def test_plover_records(coded: list[Event]) -> None:
    buf = io.StringIO()
    exports.write_plover(coded, buf)
    records = json.loads(buf.getvalue())
    assert len(records) == len(coded)
    for e, rec in zip(coded, records, strict=True):
        assert rec["event"] == e.plover and rec["cameo"] == e.cameo and rec["text"] == e.sentence
        assert [a["code"] for a in rec["source"]] == ([e.source.code] if e.source else [])
    empty = io.StringIO()
    exports.write_plover([], empty)
    assert json.loads(empty.getvalue()) == []


def test_cli_analytics_and_export(tmp_path: Path) -> None:
    runner = CliRunner()
    src = tmp_path / "docs.jsonl"
    src.write_text(
        "\n".join(
            json.dumps({"id": f"x{i}", "text": t, "date": d}, ensure_ascii=False) for i, (t, d) in enumerate(TEXTS)
        )
        + "\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "m.db")
    assert runner.invoke(cli, ["ingest", str(src), "--db", db]).exit_code == 0
    result = runner.invoke(cli, ["dyad", "PAK", "IND", "--by", "month", "--db", db, "--json"])
    assert result.exit_code == 0, result.output
    answer = json.loads(result.output)
    series = answer["series"]
    assert [r["period"] for r in series] == ["2025-03"] and series[0]["events"] >= 2
    assert sum(t["events"] for t in answer["top_events"]) == series[0]["events"]
    table = runner.invoke(cli, ["dyad", "PAK", "IND", "--db", db])
    assert "2025-03" in table.output and "quad_1" in table.output and "top event types" in table.output
    profile = runner.invoke(cli, ["actor", "PAK", "--db", db, "--json"])
    assert json.loads(profile.output)["top_partners"][0]["actor"] in {"IND", "IGOEUREEC"}
    net = runner.invoke(cli, ["network", "--db", db, "--since", "2025-05-01"])
    assert {e["source"] for e in json.loads(net.output)["edges"]} <= {"PAK", "PAKGOV", "IGOEUREEC", "EGY"}
    assert runner.invoke(cli, ["network", "--db", db, "--since", "May"]).exit_code == 2
    for fmt in exports.EXPORT_FORMATS:
        out = tmp_path / f"events.{fmt}"
        result = runner.invoke(cli, ["export", "--format", fmt, "-o", str(out), "--db", db])
        assert result.exit_code == 0, result.output
        assert out.stat().st_size > 0
    with (tmp_path / "events.jsonl").open(encoding="utf-8") as fh:
        assert exports.read_parquet(tmp_path / "events.parquet") == exports.read_jsonl_events(fh)
    assert runner.invoke(cli, ["export", "--format", "parquet", "-o", "-", "--db", db]).exit_code == 2
