"""Integrity of the compiled dictionaries: current with data_src, complete and consistent."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from marsad import build, data
from marsad.actors.dictionary import ActorDictionary
from marsad.errors import DictionaryError
from marsad.events.ontology import Ontology
from marsad.events.patterns import PatternBook

QUAD_BY_ROOT = {
    "01": 0,
    "02": 0,
    "03": 1,
    "04": 1,
    "05": 1,
    "06": 2,
    "07": 2,
    "08": 2,
    "09": 3,
    "10": 3,
    "11": 3,
    "12": 3,
    "13": 3,
    "14": 4,
    "15": 4,
    "16": 3,
    "17": 4,
    "18": 4,
    "19": 4,
    "20": 4,
}


def test_data_committed_copy_matches_a_fresh_build() -> None:
    fresh = build.build_all()
    for name, text in fresh.items():
        committed = (build.OUT / name).read_text(encoding="utf-8")
        assert committed == text, f"marsad/data/{name} is stale: run 'python -m marsad.build'"


def test_data_ontology_is_complete_and_consistent() -> None:
    onto = Ontology.default()
    codes = onto.codes()
    assert len(codes) >= 300
    assert {c[:2] for c in codes} == set(QUAD_BY_ROOT)
    for code in codes:
        info = onto[code]
        assert -10.0 <= info.goldstein <= 10.0
        assert info.quad_class == QUAD_BY_ROOT[info.root], code
        assert info.label and info.label[0].isupper()
        if info.root not in ("01", "02"):
            assert info.plover, f"{code} has no PLOVER type"
    assert onto["030"].plover == "AGREE" and onto["111"].plover == "ACCUSE" and onto["190"].goldstein == -10.0
    with pytest.raises(DictionaryError) as info_err:
        onto["999"]
    assert info_err.value.code == "E403"


def test_data_every_iso_country_has_arabic_and_english_names() -> None:
    entries = data.load("actors.json")["entries"]
    countries = [e for e in entries if e["kind"] == "country"]
    assert len(countries) >= 240
    codes = {e["code"] for e in countries}
    assert {"PAK", "USA", "EGY", "PSE", "SYR", "IRN", "CHN", "RUS", "GBR", "FRA", "DEU", "IND"} <= codes
    for entry in countries:
        scripts = {"ar" if any("\u0600" <= ch <= "\u06ff" for ch in "".join(k)) else "latin" for k in entry["keys"]}
        assert scripts == {"ar", "latin"}, entry["id"]


def test_data_actor_dictionary_finds_known_names() -> None:
    d = ActorDictionary.default()
    node = d.root("الاتحاد")
    assert node is not None
    eu_node = d.step(node, "الاوروبي")
    assert eu_node is not None
    assert [e.code for e in d.ends(eu_node)] == ["IGOEUREEC"]


def test_data_patterns_use_known_codes() -> None:
    onto = Ontology.default()
    for lang in ("ar", "en"):
        book = PatternBook.default(lang)
        assert len(book.patterns) >= 20
        assert all(p.cameo in onto for p in book.patterns)
        roots = {p.cameo[:2] for p in book.patterns}
        assert {"03", "04", "05", "11", "14", "18", "19"} <= roots


def _copy_src(tmp_path: Path) -> Path:
    dst = tmp_path / "data_src"
    shutil.copytree(build.SRC, dst)
    return dst


@pytest.mark.parametrize(
    ("file", "text", "needle"),
    [
        ("events/ar.yaml", "lang: ar\npatterns:\n  - {id: x, cameo: '0999', nouns: [قتل]}\n", "E403"),
        ("events/en.yaml", "lang: en\npatterns:\n  - {id: x, cameo: '111', nouns: [a], colour: red}\n", "E401"),
        ("events/en.yaml", "lang: en\npatterns:\n  - {id: x, cameo: '111'}\n", "neither verbs nor nouns"),
        (
            "events/en.yaml",
            "lang: en\npatterns:\n  - {id: x, cameo: '111', nouns: [a]}\n  - {id: x, cameo: '111', nouns: [b]}\n",
            "duplicate pattern id",
        ),
        ("actors/countries.yaml", "countries:\n  QQ: {ar: [س]}\n", "not an ISO 3166 territory"),
        ("actors/organizations.yaml", "organizations: [{id: X, code: IGO, name: X, ar: [], en: [X]}]\n", "E401"),
        ("actors/agents.yaml", "agents:\n  - {sector: government, en: [government]}\n", "E401"),
        ("actors/agents.yaml", "agents:\n  - {sector: MIL, ar: [جيش], ar_with_country: [جيش]}\n", "both alone and"),
        ("events/ar.yaml", "lang: ar\npatterns: [\n", "E401"),
        (
            "events/en.yaml",
            "lang: en\npatterns:\n  - {id: x, cameo: '0831', nouns: [a], plover: NOPE}\n",
            "no PLOVER type",
        ),
    ],
)
def test_data_build_rejects_malformed_sources(tmp_path: Path, file: str, text: str, needle: str) -> None:
    src = _copy_src(tmp_path)
    (src / file).write_text(text, encoding="utf-8")
    with pytest.raises(DictionaryError) as info:
        build.build_all(src)
    assert needle in str(info.value)


def test_data_actor_dictionaries_reach_their_sizes() -> None:
    entries = data.load("actors.json")["entries"]
    kinds: dict[str, int] = {}
    for e in entries:
        kinds[e["kind"]] = kinds.get(e["kind"], 0) + 1
    assert kinds["org"] >= 150 and kinds["group"] >= 150 and kinds["person"] >= 600
    arabic_agents = [e for e in entries if e["kind"] == "agent" and e["id"].split(":")[2] == "ar"]
    english_agents = [e for e in entries if e["kind"] == "agent" and e["id"].split(":")[2] == "en"]
    assert len(arabic_agents) >= 300 and len(english_agents) >= 300
    people = [e for e in entries if e["kind"] == "person"]
    assert all(r["start"] is None or r["end"] is None or r["start"] <= r["end"] for p in people for r in p["roles"])


@pytest.mark.parametrize(
    ("adjective", "forms"),
    [
        ("باكستاني", {"باكستانية", "باكستانيات", "باكستانيون", "باكستانيين", "باكستانيان"}),
        ("مصري", {"مصرية", "مصريون"}),
    ],
)
def test_data_nisba_forms(adjective: str, forms: set[str]) -> None:
    from marsad.build.actors import arabic_nisba_forms

    adjectives, people = arabic_nisba_forms(adjective)
    assert forms <= set(adjectives) | set(people)
    assert adjective + "ون" in people and adjective + "ة" in adjectives


def test_data_english_article_variants() -> None:
    from marsad.build.actors import english_article_variants

    assert set(english_article_variants("Hafez al-Assad")) == {"Hafez el-Assad", "Hafez Al Assad", "Hafez El Assad"}
    assert english_article_variants("Abdelaziz Bouteflika") == []  # no article
    assert english_article_variants("Abdel-Aziz Rantisi") == []  # "el" inside a word is no article


def test_data_build_rejects_overlapping_roles_and_merges_files(tmp_path: Path) -> None:
    src = _copy_src(tmp_path)
    person = "people:\n  - id: test_person\n    name: Test Person\n    ar: [شخص تجريبي]\n    en: [Test Person]\n"
    (src / "actors" / "people_a.yaml").write_text(
        person + "    roles:\n      - {code: PAKGOV, title: Minister, start: 2020-01-01, end: 2022-01-01}\n",
        encoding="utf-8",
    )
    (src / "actors" / "people_b.yaml").write_text(
        person + "    roles:\n      - {code: PAKMIL, title: General, start: 2015-01-01, end: 2019-12-31}\n",
        encoding="utf-8",
    )
    merged = [e for e in build.build_actors(src, build.cldr_countries())["entries"] if e["id"] == "person:test_person"]
    assert [r["code"] for r in merged[0]["roles"]] == ["PAKMIL", "PAKGOV"]
    (src / "actors" / "people_b.yaml").write_text(
        person + "    roles:\n      - {code: PAKMIL, title: General, start: 2021-01-01, end: 2023-01-01}\n",
        encoding="utf-8",
    )
    with pytest.raises(DictionaryError) as info:
        build.build_actors(src, build.cldr_countries())
    assert "overlap" in str(info.value)
