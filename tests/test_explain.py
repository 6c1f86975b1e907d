from __future__ import annotations

import json

from click.testing import CliRunner

from marsad.cli import cli


def test_explain_shows_readings_actors_candidates_and_reasons() -> None:
    text = "وأدان الجيش الباكستاني الهجوم على القافلة."
    result = CliRunner().invoke(cli, ["explain", text, "--json"])
    assert result.exit_code == 0, result.output
    (sentence,) = json.loads(result.stdout)
    tokens = {t["text"]: t["readings"] for t in sentence["tokens"]}
    assert "و+ادان" in tokens["وأدان"]
    assert [a["code"] for a in sentence["actors"]] == ["PAKMIL"]
    triggers = {t["text"]: t for t in sentence["triggers"]}
    condemn = triggers["أدان"]
    assert condemn["chosen"].endswith("/condemn") and condemn["events"][0]["source"] == "PAKMIL"
    assert any("needs" in c for c in condemn["candidates"])  # a more specific pattern that did not apply
    attack = triggers["هجوم"]
    assert attack["as"] == "noun" and attack["events"] == []
    assert attack["why_not"] == "no source or target actor around the trigger"


def test_explain_text_output_flags_negation() -> None:
    result = CliRunner().invoke(cli, ["explain", "لم تتفق باكستان والاتحاد الأوروبي على التعاون."])
    assert result.exit_code == 0
    assert "event: PAK 030 IGOEUREEC" in result.stdout and "[negated]" in result.stdout


def test_explain_says_why_a_dated_old_event_is_not_coded() -> None:
    result = CliRunner().invoke(cli, ["explain", "اغتال مسلحون الرئيس المصري عام 1981", "--date", "2008-09-13"])
    assert result.exit_code == 0, result.output
    assert "history, not news" in result.output


def test_explain_says_why_what_the_protesters_did_is_no_new_event() -> None:
    result = CliRunner().invoke(cli, ["explain", "ورفع المتظاهرون لافتات تندد بالحكومة", "--json"])
    assert result.exit_code == 0, result.output
    (sentence,) = json.loads(result.stdout)
    raised = next(t for t in sentence["triggers"] if t["text"] == "رفع")
    assert raised["events"] == [] and "protest was reported before" in raised["why_not"]
