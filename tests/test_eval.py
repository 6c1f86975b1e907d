from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from marsad.cli import cli
from marsad.errors import InputError
from marsad.eval import GoldActor, GoldEvent, GoldItem, detect_format, evaluate, read_gold
from marsad.eval.metrics import PRF, ActorScore, Report, main_slot, score_item, score_resolution
from marsad.eval.readers import parse_code, plover_2021
from marsad.eval.report import summary_line, to_markdown
from marsad.model import Actor, Document, Event, Mention, MentionKind, Trigger
from marsad.pipeline import Pipeline

FIXTURES = Path(__file__).parent / "fixtures" / "gold"


# ---------------------------------------------------------------- readers
def test_eval_petrarch_reader_handles_noevents_compounds_and_missing_fields() -> None:
    gold = read_gold(FIXTURES / "mini.petrarch.xml")
    assert gold.format == "petrarch-xml"
    items = {i.id: i for i in gold.items}
    assert set(items) == {"T-01", "T-02", "T-03", "T-04"}  # T-05 has no text
    t1 = items["T-01"]
    assert t1.date == "2025-03-01" and t1.text == "Egypt condemned Jordan on Saturday."
    assert [(e.source.code, e.cameo, e.plover, e.target.code) for e in t1.events if e.source and e.target] == [
        ("EGY", "111", "ACCUSE", "JOR")
    ]
    assert [(e.source.code, e.target.code) for e in items["T-02"].events if e.source and e.target] == [
        ("EGY", "SYR"),
        ("JOR", "SYR"),
    ]
    assert items["T-03"].events == ()
    t4 = items["T-04"].events[0]
    assert (t4.cameo, t4.target, t4.source) == ("174", None, GoldActor("KENGOV", "KEN", "GOV"))
    assert items["T-04"].date is None


def test_eval_plover_reader_maps_old_names_and_compounds() -> None:
    gold = read_gold(FIXTURES / "mini.plover.json")
    items = {i.id: i for i in gold.items}
    assert gold.excluded == 1 and "DOC-0" not in items
    assert [e.plover for e in items["P-1"].events] == ["ACCUSE"]
    assert {e.plover for e in items["P-3"].events} == {"ASSAULT"}
    assert {e.plover for e in items["P-4"].events} == {"REQUEST"}
    assert {e.plover for e in items["P-5"].events} == {"ACCUSE"}
    assert items["P-6"].events == ()
    p2 = items["P-2"].events
    assert [(e.source.country, e.target) for e in p2 if e.source] == [("EGY", None), ("JOR", None)]
    assert items["P-3"].events[0].source == GoldActor("MLI", "MLI", "REB", "Rebels")
    assert items["P-4"].events[0].source == GoldActor("IGO", None, "GOV", "UN")
    assert items["P-2"].lang == "en"


def test_eval_arabic_csv_reader_labels_and_scope() -> None:
    gold = read_gold(FIXTURES / "mini_assault.csv")
    assert gold.scope == {"ASSAULT"} and gold.excluded == 1
    labels = {i.id: (i.label, len(i.events)) for i in gold.items}
    assert labels == {"a1": ("yes", 1), "a2": ("difficult no", 0), "a3": ("easy no", 0), "a5": ("yes", 1)}
    assert all(i.lang == "ar" for i in gold.items)


def test_eval_arabic_csv_votes_give_one_annotator_against_the_label(pipeline: Pipeline, tmp_path: Path) -> None:
    gold = read_gold(FIXTURES / "mini_assault.csv")
    assert {i.id: i.votes for i in gold.items} == {"a1": (5, 0), "a2": (1, 4), "a3": (0, 5), "a5": (5, 0)}
    report = evaluate(gold, pipeline)
    # the two "yes" sentences were accepted by every annotator; one annotator in five accepted a2
    a = report.annotator
    assert (a.sentences, a.tp, a.fn) == (4, 2.0, 0.0) and a.fp == pytest.approx(0.2)
    assert a.precision == pytest.approx(2 / 2.2) and a.recall == 1.0
    assert report.to_dict()["annotator"]["f1"] == round(2 * (2 / 2.2) / (2 / 2.2 + 1), 4)
    assert "one annotator P=0.909 R=1.000 F1=0.952" in summary_line(report)
    assert "One of the gold's annotators" in to_markdown([report])
    # a file without vote counts (or with unreadable ones) has no such figure
    bare = tmp_path / "bare.csv"
    bare.write_text("id,event_type,label,accept,reject,text\nb1,ASSAULT,yes,x,,قتل مسلحون جنديا.\n", encoding="utf-8")
    report = evaluate(read_gold(bare), pipeline)
    assert report.annotator.sentences == 0 and "annotator" not in report.to_dict()
    assert "one annotator" not in summary_line(report)


def test_eval_arabic_spans_reader_uses_first_coder_and_marks_unknown_roles() -> None:
    gold = read_gold(FIXTURES / "mini_protest.spans.json")
    assert gold.format == "arabic-gsr-spans" and gold.excluded == 1 and gold.scope == {"PROTEST"}
    s1, s2 = gold.items
    assert s1.events[0].source == GoldActor("EGYEDU", "EGY", "EDU", "الطلاب")
    assert s1.events[0].target is None
    assert s2.events[0].source is not None and s2.events[0].source.known is False


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("mini.petrarch.xml", "petrarch-xml"),
        ("mini.plover.json", "plover-json"),
        ("mini_assault.csv", "arabic-gsr-csv"),
        ("mini_protest.spans.json", "arabic-gsr-spans"),
    ],
)
def test_eval_detects_formats(name: str, fmt: str) -> None:
    assert detect_format(FIXTURES / name) == fmt


def test_eval_unreadable_gold_files_are_coded_errors(tmp_path: Path) -> None:
    (tmp_path / "g.txt").write_text("x", encoding="utf-8")
    (tmp_path / "g.json").write_text("{broken", encoding="utf-8")
    (tmp_path / "h.json").write_text('{"not": "a list"}', encoding="utf-8")
    with pytest.raises(InputError) as unknown:
        read_gold(tmp_path / "g.txt")
    assert unknown.value.code == "E307"
    for name in ("g.json", "h.json"):
        with pytest.raises(InputError) as broken:
            read_gold(tmp_path / name, "plover-json")
        assert broken.value.code == "E306"


@pytest.mark.parametrize(
    ("code", "expected"),
    [("PAKGOV", ("PAK", "GOV")), ("USA", ("USA", None)), ("IGOUNO", (None, None)), ("", None), ("None", None)],
)
def test_eval_parse_code(code: str, expected: tuple[str | None, str | None] | None) -> None:
    actor = parse_code(code)
    assert (actor.country, actor.sector) == expected if actor else expected is None


def test_eval_plover_names() -> None:
    assert [plover_2021(n) for n in ("DEMAND", "DISAPPROVE", "fight", "INVESTIGATE", "AGREE", None)] == [
        "REQUEST",
        "ACCUSE",
        "ASSAULT",
        "ACCUSE",
        "AGREE",
        None,
    ]


# ---------------------------------------------------------------- metrics on hand-computed examples
def _actor(code: str, country: str | None, sector: str | None = None) -> Actor:
    return Actor(code, country, sector, None, None, code, code, 0, 1)


def _event(plover: str, cameo: str, source: Actor | None = None, target: Actor | None = None) -> Event:
    return Event(
        "e",
        "d",
        0,
        "s",
        "en",
        None,
        None,
        None,
        source,
        target,
        cameo,
        cameo[:2],
        "label",
        plover,
        None,
        1,
        0.0,
        False,
        False,
        None,
        Trigger("t", 0, 1),
        "rule",
        0.9,
    )


def test_eval_actor_scores_compare_the_first_code_slot() -> None:
    # the record leaves country null for non-state actors; gold puts IGO/IMG in that slot: both compare on it
    assert main_slot("IGOWSTNATMIL", None) == "IGO" and main_slot("IMGREB", None) == "IMG"
    assert main_slot("PAKMIL", "PAK") == "PAK" and main_slot("MIL", None) is None and main_slot(None, None) is None
    assert main_slot("KUR", None) == "KUR"  # an ethnic group takes the first slot too
    score = ActorScore()
    score.add(GoldActor("IGO", None, "MIL"), _actor("IGOWSTNATMIL", None, "MIL"))
    score.add(GoldActor("IMGREB", None, "REB"), _actor("AFGREB", "AFG", "REB"))
    score.add(GoldActor("IGO", None, None), None)  # an unrecognised IGO is no longer a match
    assert score.to_dict() == {"events": 3, "country": round(1 / 3, 4), "sector": 1.0, "both": round(1 / 3, 4)}


def test_eval_the_event_chosen_for_a_gold_event_compares_the_first_code_slot() -> None:
    # two coded attacks for one gold attack on foreign troops: the one with INTMIL (country null) is chosen
    gold = GoldItem(
        "1", "s", "ar", (GoldEvent("ASSAULT", None, None, GoldActor("INTMIL", "INT", "MIL")),), has_actors=True
    )
    report = Report("slot", "test")
    score_item(
        report,
        gold,
        [
            _event("ASSAULT", "190", None, _actor("MIL", None, "MIL")),
            _event("ASSAULT", "190", None, _actor("INTMIL", None, "MIL")),
        ],
    )
    assert report.target.to_dict() == {"events": 1, "country": 1.0, "sector": 1.0, "both": 1.0}


def test_eval_resolution_on_gold_words_takes_the_phrase_head() -> None:
    # the gold marks "Afghans and Americans" as one target: its first conjunct is the actor compared,
    # whichever of the two names is longer; words with no actor mention resolve to no actor (a CVL
    # there keeps its null country: right country, wrong sector)
    text = "قتل أفغان وأميركيين في الهجوم"
    afg, usa = text.index("أفغان"), text.index("أميركيين")
    mentions = (
        Mention(afg, afg + 5, MentionKind.ACTOR, "AFG", 0, 1, 2, _actor("AFG", "AFG")),
        Mention(usa, usa + 8, MentionKind.ACTOR, "USA", 0, 2, 3, _actor("USA", "USA")),
    )
    doc = Document(text, "d", "ar", mentions=mentions)
    gold = GoldItem(
        "1",
        text,
        "ar",
        (
            GoldEvent("ASSAULT", None, None, GoldActor("AFG", "AFG", None, text="أفغان وأميركيين")),
            GoldEvent("ASSAULT", None, None, GoldActor("CVL", None, "CVL", text="الهجوم")),
        ),
        has_actors=True,
    )
    report = Report("head", "test")
    score_resolution(report, gold, doc)
    assert report.resolved_target.to_dict() == {"events": 2, "country": 1.0, "sector": 0.5, "both": 0.5}


def test_eval_prf_arithmetic() -> None:
    prf = PRF(tp=3, fp=1, fn=2)
    assert (prf.precision, prf.recall) == (0.75, 0.6)
    assert prf.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)
    assert PRF().f1 == 0.0


def test_eval_scores_match_hand_computation() -> None:
    egy, jor = GoldActor("EGY", "EGY", None), GoldActor("JORGOV", "JOR", "GOV")
    items = [
        GoldItem("1", "s1", "en", (GoldEvent("ACCUSE", None, egy, jor),), has_actors=True),  # found, actors half right
        GoldItem("2", "s2", "en", (GoldEvent("AGREE", None, egy, None),), has_actors=True),  # missed
        GoldItem("3", "s3", "en", (), has_actors=True),  # negative, two extra events
        GoldItem("4", "s4", "en", (GoldEvent("ASSAULT"),), has_actors=True),  # found, plus one extra event
    ]
    predicted = [
        [_event("ACCUSE", "111", _actor("EGY", "EGY"), _actor("JOR", "JOR"))],
        [],
        [_event("ASSAULT", "190"), _event("CONSULT", "040")],
        [_event("ASSAULT", "190"), _event("ASSAULT", "193")],
    ]
    report = Report("hand", "test")
    for item, events in zip(items, predicted, strict=True):
        score_item(report, item, events)
    # detection: positives 1,2,4; predicted 1,3,4 -> tp 2 fp 1 fn 1
    assert (report.detection.tp, report.detection.fp, report.detection.fn) == (2, 1, 1)
    # types: ACCUSE tp1; AGREE fn1; ASSAULT tp1 (s4) fp1 (s3); CONSULT fp1 -> micro tp2 fp2 fn1
    micro = report.type_micro
    assert (micro.tp, micro.fp, micro.fn) == (2, 2, 1)
    assert report.per_type["ASSAULT"].precision == 0.5 and report.per_type["AGREE"].recall == 0.0
    # actors over found gold events (s1, s4): s1 source right, target country right sector wrong; s4 both None
    assert report.source.to_dict() == {"events": 2, "country": 1.0, "sector": 1.0, "both": 1.0}
    assert report.target.to_dict() == {"events": 2, "country": 1.0, "sector": 0.5, "both": 0.5}
    # extra events: s3 gives 2, s4 gives 1 -> 3 beyond 3 gold events
    assert (report.events_beyond_gold, report.events_on_negatives, report.negative_sentences) == (3, 2, 1)
    assert report.extra_event_rate == 1.0
    assert report.confusion[("ACCUSE", "ACCUSE")] == 1 and report.confusion[("AGREE", "none")] == 1
    assert report.confusion[("none", "ASSAULT")] == 1 and report.confusion[("none", "CONSULT")] == 1
    # error scores: s3 = 2 wrong types + 2 extra = 4; s1 = 1 actor miss; s2 = 1 missed type; s4 = 1 extra
    assert [(w["id"], w["score"]) for w in report.worst(4)] == [("3", 4), ("1", 1), ("2", 1), ("4", 1)]


def test_eval_scope_ignores_other_event_types() -> None:
    report = Report("scoped", "test")
    score_item(report, GoldItem("1", "s", "ar", ()), [_event("ACCUSE", "111")], frozenset({"ASSAULT"}))
    assert (report.detection.fp, report.predicted_events, report.events_beyond_gold) == (0, 0, 0)


def test_eval_cameo_roots_are_scored_when_gold_has_codes() -> None:
    report = Report("roots", "test")
    item = GoldItem("1", "s", "en", (GoldEvent("ACCUSE", "111"),), has_actors=True)
    score_item(report, item, [_event("ACCUSE", "112"), _event("CONSULT", "040")], cameo=True)
    assert (report.per_root["11"].tp, report.per_root["04"].fp) == (1, 1)


# ---------------------------------------------------------------- end to end
def test_eval_evaluate_codes_every_gold_sentence(pipeline: Pipeline) -> None:
    gold = read_gold(FIXTURES / "mini.plover.json")
    report = evaluate(gold, pipeline)
    assert report.sentences == len(gold.items) == 6
    assert report.per_type["ACCUSE"].tp >= 1  # "Egypt condemned Jordan"
    assert report.detection.tp + report.detection.fn == 5
    assert report.to_dict()["event_type"]["micro"]["tp"] == report.type_micro.tp


def test_eval_cli_summary_markdown_and_json(tmp_path: Path) -> None:
    runner = CliRunner()
    files = [str(FIXTURES / n) for n in ("mini.plover.json", "mini_assault.csv", "mini.petrarch.xml")]
    summary = runner.invoke(cli, ["eval", *files])
    assert summary.exit_code == 0, summary.output
    lines = summary.stdout.splitlines()
    assert len(lines) == 3 and lines[0].startswith("mini.plover.json [plover-json] sentences=6")
    md = runner.invoke(cli, ["eval", *files, "--report", "md", "--worst", "0"])
    assert "| mini_assault.csv | arabic-gsr-csv | 4 |" in md.stdout and "Confusion" in md.stdout
    assert "قتل مسلحون" not in md.stdout  # no sentences without --worst
    out = tmp_path / "r.json"
    runner.invoke(cli, ["eval", files[0], "--report", "json", "-o", str(out)])
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data[0]["sentences"] == 6 and "worst_errors" in data[0] and data[0]["extra_events"]["rate"] >= 0


def test_eval_summary_line_and_markdown_render(pipeline: Pipeline) -> None:
    report = evaluate(read_gold(FIXTURES / "mini_protest.spans.json"), pipeline)
    assert "mini_protest.spans.json [arabic-gsr-spans] sentences=2" in summary_line(report)
    md = to_markdown([report], worst=5)
    assert md.startswith("# Evaluation") and "## mini_protest.spans.json" in md


def test_eval_on_shared_gold_prints_one_line_per_file(shared_dir: Path) -> None:
    gold_files = sorted(str(p) for p in (shared_dir / "gold").iterdir() if p.suffix in (".json", ".csv"))
    result = CliRunner().invoke(cli, ["eval", *gold_files])
    assert result.exit_code == 0, result.output
    assert len(result.stdout.splitlines()) == len(gold_files)


def test_eval_gigaword_ids_carry_the_publication_date() -> None:
    from marsad.eval.readers import gigaword_date

    assert gigaword_date("AAW_ARB_20061208.0052-5") == "2006-12-08"
    assert gigaword_date("AFP_ENG_19950231.0001") is None  # no 31st of February
    assert gigaword_date("doc-17") is None


# ---------------------------------------------------------------- bench/gsr_ceiling.py
def _ceiling_module() -> object:
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "gsr_ceiling", FIXTURES.parent.parent.parent / "bench" / "gsr_ceiling.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_eval_ceiling_classifier_learns_a_separable_set_and_scores_it() -> None:
    bench: Any = _ceiling_module()
    texts = [f"انفجرت عبوة في السوق رقم {k}" for k in range(20)] + [f"ارتفعت أسعار القمح رقم {k}" for k in range(20)]
    labels = [True] * 20 + [False] * 20
    fold = bench.folds(labels, 10)
    assert sorted(Counter(fold).values()) == [4] * 10  # every fold holds both classes alike
    assert all(sum(1 for f, y in zip(fold, labels, strict=True) if f == k and y) == 2 for k in range(10))
    scores = bench.naive_bayes_scores([bench.grams(t) for t in texts], labels)
    assert min(scores[:20]) > 0 > max(scores[20:])  # cross-validated: no sentence scores itself
    assert bench.best_threshold(scores, [True] * 40, labels) == (1.0, 1.0, 1.0)
    assert bench.prf([True, True, False, False], [True, False, True, False]) == (0.5, 0.5, 0.5)
    # the classifier only drops what the coder found: it cannot add a sentence the coder missed
    allowed = [k % 2 == 0 for k in range(40)]
    assert bench.best_threshold(scores, allowed, labels) == (1.0, 0.5, 2 / 3)


def test_eval_ceiling_bench_prints_a_row_per_system(tmp_path: Path) -> None:
    import subprocess
    import sys

    gold = tmp_path / "gold"
    gold.mkdir()
    for name in ("arabic_assault_gsr.csv", "arabic_protest_gsr.csv"):
        (gold / name).write_bytes((FIXTURES / "mini_assault.csv").read_bytes())
    script = FIXTURES.parent.parent.parent / "bench" / "gsr_ceiling.py"
    out = subprocess.run(
        [sys.executable, str(script), "--shared", str(tmp_path)], capture_output=True, text=True, check=True
    ).stdout
    rows = [line for line in out.splitlines() if line.startswith("| arabic_")]
    systems = ["one annotator (from the votes)", "Marsad", "classifier alone", "Marsad, then the classifier"]
    assert [r.split(" | ")[4] for r in rows] == systems * 2
    # one annotator in five accepted the one "difficult no", every annotator the two "yes" sentences
    assert rows[0].rstrip(" |").split(" | ")[5:8] == ["0.909", "1.000", "0.952"]
