from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from marsad.actors import importer, userdict
from marsad.actors.dictionary import ActorDictionary
from marsad.cli import cli
from marsad.errors import DictionaryError

FIXTURES = Path(__file__).parent / "fixtures" / "dictionaries"


@pytest.mark.parametrize(
    ("raw", "code", "start", "end"),
    [
        ("PAKGOV 20080909-20130908", "PAKGOV", "2008-09-09", "2013-09-08"),
        ("IGO >091201", "IGO", "2009-12-01", None),
        ("ISR <950101", "ISR", None, "1995-01-01"),
        ("~GOV", "GOV", None, None),
        ("LBNCVL 19840502-18000101", "LBNCVL", "1984-05-02", None),
        ("ABC/DEF", "ABC", None, None),
        ("usa", "USA", None, None),
    ],
)
def test_importer_parses_role_codes_and_dates(raw: str, code: str, start: str | None, end: str | None) -> None:
    role = importer.parse_role(raw)
    assert (role.code, role.start, role.end) == (code, start, end)


@pytest.mark.parametrize("raw", ["", "PAK 2010XX01-20141231", "PAK 1234567-"])
def test_importer_rejects_malformed_roles(raw: str) -> None:
    with pytest.raises(ValueError):
        importer.parse_role(raw)


def test_importer_reads_actor_blocks_and_reports_bad_lines() -> None:
    problems: list[str] = []
    actors = importer.parse_actors((FIXTURES / "petrarch_actors.txt").read_text(encoding="utf-8"), "a.txt", problems)
    by_name = {a.name: a for a in actors}
    assert set(by_name) == {"elbonia", "maria voss", "karl brandt", "old guard", "the twins"}  # not NOBODY (---)
    assert by_name["elbonia"].names == ["elbonia", "elbonian"]
    voss = by_name["maria voss"]
    assert voss.names == ["maria voss", "president voss"]
    assert [(r.code, r.start, r.end) for r in voss.roles] == [
        ("ELBGOV", "2010-01-01", "2014-12-31"),
        ("ELBOPP", "2015-01-01", None),
    ]
    assert [(r.code, r.end) for r in by_name["karl brandt"].roles] == [("ELBMIL", "1999-12-31")]
    assert by_name["old guard"].roles[0].end is None
    assert len(problems) == 1 and problems[0].startswith("a.txt:15:")
    with pytest.raises(DictionaryError) as info:
        importer.parse_actors((FIXTURES / "petrarch_actors.txt").read_text(encoding="utf-8"), "a.txt")
    assert info.value.code == "E401" and "line 15" in str(info.value)


def test_importer_reads_agents_with_macros_and_plurals() -> None:
    problems: list[str] = []
    agents = importer.parse_agents((FIXTURES / "petrarch_agents.txt").read_text(encoding="utf-8"), "g.txt", problems)
    assert agents == [
        {"sector": "COP", "names": ["policeman", "policewoman"]},
        {"sector": "GOV", "names": ["envoy", "harbour master", "harbour masters"]},
    ]
    assert problems == ["g.txt:6: no [~CODE] in 'NO_CODE_HERE'; line skipped"]


def test_importer_cli_writes_a_loadable_user_dictionary(tmp_path: Path) -> None:
    out = tmp_path / "user.yaml"
    result = CliRunner().invoke(
        cli,
        [
            "dict",
            "import",
            str(FIXTURES / "petrarch_actors.txt"),
            str(FIXTURES / "petrarch_agents.txt"),
            "-o",
            str(out),
        ],
    )
    assert result.exit_code == 0, result.output
    assert "imported 5 actors and 5 agent names; 2 malformed lines skipped" in result.stderr
    spec = userdict.load(out)
    assert len(spec.actors) == 5 and len(spec.agents) == 2
    records = userdict.records(out)
    kinds = {r["name"]: r["kind"] for r in records if r["kind"] != "agent"}
    assert kinds["elbonia"] == "country" and kinds["maria voss"] == "person"


def test_importer_user_dictionary_resolves_roles_by_date(tmp_path: Path) -> None:
    out = tmp_path / "user.yaml"
    CliRunner().invoke(cli, ["dict", "import", str(FIXTURES / "petrarch_actors.txt"), "-o", str(out)])
    d = ActorDictionary(userdict.records(out))
    voss = next(e for e in d.entries if e.name == "maria voss")
    assert voss.role_on("2012-06-01").code == "ELBGOV"  # type: ignore[union-attr]
    assert voss.role_on("2016-06-01").code == "ELBOPP"  # type: ignore[union-attr]
    assert voss.role_on("2005-01-01") is None


def test_importer_cli_dict_option_codes_with_the_user_dictionary(tmp_path: Path) -> None:
    out = tmp_path / "user.yaml"
    CliRunner().invoke(
        cli,
        [
            "dict",
            "import",
            str(FIXTURES / "petrarch_actors.txt"),
            str(FIXTURES / "petrarch_agents.txt"),
            "-o",
            str(out),
        ],
    )
    result = CliRunner().invoke(
        cli, ["--dict", str(out), "actors", "President Voss met the Elbonian police.", "--date", "2012-03-04"]
    )
    assert result.exit_code == 0, result.output
    assert "ELBGOV" in result.stdout and "ELBCOP" in result.stdout


def test_importer_user_dictionary_errors_are_coded(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        yaml.safe_dump({"marsad_dictionary": 1, "actors": [{"name": "x", "names": [], "roles": []}]}), encoding="utf-8"
    )
    with pytest.raises(DictionaryError) as info:
        userdict.load(bad)
    assert info.value.code == "E401"
