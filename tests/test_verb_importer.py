from __future__ import annotations

from pathlib import Path

import yaml
from click.testing import CliRunner

from marsad import data
from marsad.cli import cli
from marsad.events import importer

FIXTURES = Path(__file__).parent / "fixtures" / "dictionaries"
KNOWN = frozenset(data.load("ontology.json")["codes"])


def test_verb_importer_reads_blocks_patterns_and_synsets() -> None:
    problems: list[str] = []
    blocks = importer.parse_verbs((FIXTURES / "petrarch_verbs.txt").read_text(encoding="utf-8"), "v.txt", problems)
    assert [b.lemma for b in blocks] == ["wave", "grumble"]
    wave, grumble = blocks
    assert wave.code is None and grumble.code == "111"
    assert wave.verbs == ["wave", "flap|flapped|flapped"]
    assert wave.patterns == [(["at neighbour"], "042"), (["good day", "hello"], "051"), (["flag at crowd"], "141")]
    assert len(problems) == 2 and "words before the verb" in problems[0] and "no usable code" in problems[1]


def test_verb_importer_maps_codes_to_the_ontology() -> None:
    assert importer.known_code("0311", KNOWN) == "0311"
    assert importer.known_code("1761", KNOWN) in ("176", "17")
    assert importer.known_code("9999", KNOWN) is None
    blocks = importer.parse_verbs((FIXTURES / "petrarch_verbs.txt").read_text(encoding="utf-8"))
    records = importer.to_patterns(blocks, "en", KNOWN)
    assert [(r["cameo"], r.get("with")) for r in records] == [
        ("042", ["at neighbour"]),
        ("051", ["good day", "hello"]),
        ("141", ["flag at crowd"]),
        ("111", None),
    ]


def test_verb_importer_cli_output_codes_with_patterns_option(tmp_path: Path) -> None:
    out = tmp_path / "verbs.yaml"
    runner = CliRunner()
    result = runner.invoke(
        cli, ["dict", "import-verbs", str(FIXTURES / "petrarch_verbs.txt"), "--lang", "en", "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert "imported 2 verb blocks as 4 patterns; 3 lines skipped" in result.stderr
    assert yaml.safe_load(out.read_text(encoding="utf-8"))["lang"] == "en"
    coded = runner.invoke(
        cli,
        ["--patterns", str(out), "--patterns-mode", "replace", "code", "-", "--format", "csv"],
        input="Egypt waved at neighbour Jordan. Egypt grumbled about Jordan.",
    )
    rows = coded.stdout.splitlines()[1:]
    assert [r.split(",")[9] for r in rows] == ["042", "111"]
    ours = runner.invoke(cli, ["code", "-", "--format", "csv"], input="Egypt waved at neighbour Jordan.")
    assert len(ours.stdout.splitlines()) == 1  # the built-in patterns know no "wave"
