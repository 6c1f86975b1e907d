from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from marsad.cli import cli
from marsad.store import open_store
from marsad.store.db import EventQuery

AGREE = "اتفقت باكستان والاتحاد الأوروبي على تعزيز التعاون الأمني"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_cli_code_stdin_jsonl_gives_the_contract(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["code", "-", "--format", "jsonl", "--date", "2025-07-18"], input=AGREE + "\n")
    assert result.exit_code == 0, result.output
    events = [json.loads(line) for line in result.stdout.splitlines()]
    pairs = {(e["source"]["code"], e["target"]["code"]) for e in events}
    assert pairs == {("PAK", "IGOEUREEC"), ("IGOEUREEC", "PAK")}
    for e in events:
        assert e["cameo_root"] == "03" and e["date"] == "2025-07-18"
        s = e["sentence"]
        assert s[e["trigger"]["start"] : e["trigger"]["end"]] == e["trigger"]["text"] == "اتفقت"
        for side in ("source", "target"):
            a = e[side]
            assert s[a["start"] : a["end"]] == a["text"]
    eu = next(e["source"] for e in events if e["source"]["code"] == "IGOEUREEC")
    assert eu["org"] == "EU" and eu["text"] == "الاتحاد الأوروبي"


def test_cli_code_reads_jsonl_files_and_reports_bad_lines(runner: CliRunner, tmp_path: Path) -> None:
    src = tmp_path / "docs.jsonl"
    src.write_text(
        json.dumps({"id": "a", "text": "Egypt condemned Jordan over the border attack.", "date": "2025-01-05"})
        + "\n"
        + "{not json\n"
        + json.dumps({"id": "c", "text": ""})
        + "\n",
        encoding="utf-8",
    )
    result = runner.invoke(cli, ["code", str(src), "--format", "csv"])
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["doc_id"], r["source_code"], r["cameo"], r["target_code"]) for r in rows] == [("a", "EGY", "111", "JOR")]
    assert "line 2: not a valid JSON document" in result.stderr
    assert "line 3: a document needs a non-empty string field 'text'" in result.stderr


def test_cli_code_table_shows_arabic_text(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["code", "-"], input=AGREE)
    assert result.exit_code == 0
    assert "باكستان" in result.stdout and "IGOEUREEC" in result.stdout and "AGREE" in result.stdout


def test_cli_ingest_is_idempotent_and_queryable(runner: CliRunner, tmp_path: Path) -> None:
    db = str(tmp_path / "m.db")
    doc = tmp_path / "a.txt"
    doc.write_text(AGREE + ".\nأدانت مصر الهجوم على الأردن أمس.", encoding="utf-8")
    first = runner.invoke(cli, ["ingest", str(doc), "--db", db, "--date", "2025-07-18"])
    assert first.exit_code == 0, first.output
    assert "1 new" in first.stdout
    second = runner.invoke(cli, ["ingest", str(doc), "--db", db, "--date", "2025-07-18"])
    assert "0 new, 0 updated, 1 unchanged" in second.stdout
    with open_store(db) as store:
        stored = store.events()
        assert {e.cameo_root for e in stored} == {"03", "11", "19"}
        assert store.count_documents() == 1
    out = runner.invoke(cli, ["events", "--db", db, "--actor", "EGY", "--format", "jsonl"])
    assert [json.loads(x)["source"]["code"] for x in out.stdout.splitlines()] == ["EGY"]
    assert len(store.events(EventQuery(cameo="11"))) == 1


def test_cli_uses_marsad_db_from_the_environment(runner: CliRunner, tmp_path: Path) -> None:
    db = tmp_path / "env.db"
    result = runner.invoke(cli, ["ingest", "-"], input=AGREE, env={"MARSAD_DB": str(db)})
    assert result.exit_code == 0 and db.exists()


def test_cli_ingest_codes_again_when_the_coder_changes(runner: CliRunner, tmp_path: Path) -> None:
    src = tmp_path / "in.txt"
    src.write_text(AGREE, encoding="utf-8")
    db = str(tmp_path / "m.db")
    assert "1 new" in runner.invoke(cli, ["ingest", str(src), "--db", db]).output
    assert "1 unchanged" in runner.invoke(cli, ["ingest", str(src), "--db", db]).output
    # a setting that changes coding makes another coder: the stored text is coded again ...
    changed = runner.invoke(cli, ["ingest", str(src), "--db", db], env={"MARSAD_WINDOW": "5"})
    assert "0 new, 1 updated, 0 unchanged" in changed.output
    # ... and a resumed run with that coder skips it
    assert (
        "1 unchanged"
        in runner.invoke(cli, ["ingest", str(src), "--db", db, "--resume"], env={"MARSAD_WINDOW": "5"}).output
    )


@pytest.mark.parametrize("args", [["events", "--since", "July"], ["code", "-", "--date", "2025-13-40"]])
def test_cli_bad_dates_are_usage_errors(runner: CliRunner, args: list[str], tmp_path: Path) -> None:
    result = runner.invoke(cli, [*args, "--db", str(tmp_path / "x.db")] if args[0] == "events" else args, input="x")
    assert result.exit_code == 2
    assert "E103" in result.stderr or "E101" in result.stderr


def test_cli_missing_file_is_reported_and_exit_code_is_nonzero(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["code", str(tmp_path / "missing.txt")])
    assert result.exit_code == 1
    assert "E301" in result.stderr
