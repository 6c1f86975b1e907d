"""Rendering evaluation reports: one summary line, Markdown, JSON."""

from __future__ import annotations

import json
from typing import Any

from marsad.eval.metrics import PRF, Report


def summary_line(r: Report) -> str:
    t = r.type_micro
    parts = [
        f"{r.name} [{r.format}] sentences={r.sentences}",
        f"detection P={r.detection.precision:.3f} R={r.detection.recall:.3f} F1={r.detection.f1:.3f}",
        f"event-type P={t.precision:.3f} R={t.recall:.3f} F1={t.f1:.3f}",
    ]
    if r.source.matched:
        parts.append(
            f"source country+sector={r.source.both / r.source.matched:.3f}"
            f" target={r.target.both / r.target.matched:.3f} (n={r.source.matched})"
        )
    if r.resolved_source.matched:
        parts.append(
            f"resolution on gold spans source={r.resolved_source.both / r.resolved_source.matched:.3f}"
            f" (n={r.resolved_source.matched}) target={_ratio(r.resolved_target.both, r.resolved_target.matched)}"
        )
    parts.append(f"extra-event rate={r.extra_event_rate:.3f}")
    if r.annotator.sentences:
        a = r.annotator
        parts.append(f"one annotator P={a.precision:.3f} R={a.recall:.3f} F1={a.f1:.3f}")
    return " | ".join(parts)


def to_json(reports: list[Report], worst: int = 20) -> str:
    return json.dumps([r.to_dict(worst) for r in reports], ensure_ascii=False, indent=1)


def to_markdown(reports: list[Report], worst: int = 20, title: str = "Evaluation") -> str:
    lines = [f"# {title}", ""]
    lines += [
        "| gold file | format | sentences | detection F1 | event-type P | event-type R | event-type F1 | "
        "source c+s | target c+s | extra-event rate |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in reports:
        t = r.type_micro
        lines.append(
            f"| {r.name} | {r.format} | {r.sentences} | {r.detection.f1:.3f} | {t.precision:.3f} | "
            f"{t.recall:.3f} | {t.f1:.3f} | {_ratio(r.source.both, r.source.matched)} | "
            f"{_ratio(r.target.both, r.target.matched)} | {r.extra_event_rate:.3f} |"
        )
    for r in reports:
        lines += ["", *_file_section(r, worst)]
    return "\n".join(lines) + "\n"


def _ratio(num: int, den: int) -> str:
    return f"{num / den:.3f} (n={den})" if den else "–"


def _prf_table(title: str, rows: dict[str, PRF]) -> list[str]:
    if not rows:
        return []
    out = [f"**{title}**", "", "| | tp | fp | fn | P | R | F1 |", "|---|---|---|---|---|---|---|"]
    for name, prf in sorted(rows.items()):
        out.append(
            f"| {name} | {prf.tp} | {prf.fp} | {prf.fn} | {prf.precision:.3f} | {prf.recall:.3f} | {prf.f1:.3f} |"
        )
    return [*out, ""]


def _file_section(r: Report, worst: int) -> list[str]:
    d: dict[str, Any] = r.to_dict(worst)
    out = [
        f"## {r.name}",
        "",
        f"{r.sentences} sentences scored ({r.excluded} excluded by the format's rules, {r.failed} failed); "
        f"{r.gold_events} gold events, {r.predicted_events} coded.",
        "",
    ]
    out += _prf_table("Sentence-level event detection", {"event": r.detection})
    if r.annotator.sentences:
        a = r.annotator
        out += [
            f"**One of the gold's annotators** against the gold label, from the votes of {a.sentences} sentences"
            f" (a human reference; the annotator's own vote is part of the label): P {a.precision:.3f},"
            f" R {a.recall:.3f}, F1 {a.f1:.3f}.",
            "",
        ]
    out += _prf_table("Per PLOVER type (sentence level)", {**r.per_type, "micro": r.type_micro})
    out += _prf_table("Per CAMEO root (sentence level)", r.per_root)
    if r.source.matched:
        out += [
            "**Actors** (over the gold events the coder found)",
            "",
            "| | events | country | sector | both |",
            "|---|---|---|---|---|",
        ]
        for side in ("source", "target"):
            a = d["actors"][side]
            out.append(f"| {side} | {a['events']} | {a['country']} | {a['sector']} | {a['both']} |")
        out.append("")
    if r.resolved_source.matched:
        out += [
            "**Actor resolution on the gold actor spans** (recognition alone, whatever the event coding: the first"
            " actor found in the gold words, the phrase's head)",
            "",
            "| | actors | country | sector | both |",
            "|---|---|---|---|---|",
        ]
        for side in ("source", "target"):
            a = d["actors"]["resolved_on_gold_spans"][side]
            out.append(f"| {side} | {a['events']} | {a['country']} | {a['sector']} | {a['both']} |")
        out.append("")
    x = d["extra_events"]
    out += [
        f"**Extra events**: {x['beyond_gold']} events beyond the gold count (rate {x['rate']} per gold event); "
        f"{x['on_negative_sentences']} events on {x['negative_sentences']} sentences whose gold has none.",
        "",
    ]
    if r.confusion:
        out += ["**Confusion** (gold → coded, sentence level)", "", "| gold | coded | count |", "|---|---|---|"]
        out += [f"| {g} | {p} | {c} |" for (g, p), c in sorted(r.confusion.items(), key=lambda kv: -kv[1])]
        out.append("")
    if worst and r.errors:
        out += [f"**Worst errors** (top {worst})", ""]
        for e in r.worst(worst):
            out.append(
                f"- `{e['id']}` ({e['label'] or 'gold'}): {e['text']}  \n  gold: {e['gold'] or 'no event'}; "
                f"coded: {e['coded'] or 'nothing'}"
            )
        out.append("")
    return out
