"""Writing events: JSONL (the public contract), CSV (flattened), and a terminal table."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import IO, Any

from marsad.model import Event

CSV_COLUMNS = (
    "event_id",
    "doc_id",
    "sentence_index",
    "date",
    "date_precision",
    "source_code",
    "source_text",
    "target_code",
    "target_text",
    "cameo",
    "cameo_label",
    "plover",
    "quad_class",
    "goldstein",
    "negated",
    "hypothetical",
    "trigger",
    "rule",
    "confidence",
    "sentence",
)


def write_jsonl(events: Iterable[Event], out: IO[str]) -> int:
    n = 0
    for e in events:
        out.write(json.dumps(e.to_dict(), ensure_ascii=False) + "\n")
        n += 1
    return n


def flat_row(e: Event) -> dict[str, Any]:
    return {
        "event_id": e.event_id,
        "doc_id": e.doc_id,
        "sentence_index": e.sentence_index,
        "date": e.date,
        "date_precision": e.date_precision,
        "source_code": e.source.code if e.source else "",
        "source_text": e.source.text if e.source else "",
        "target_code": e.target.code if e.target else "",
        "target_text": e.target.text if e.target else "",
        "cameo": e.cameo,
        "cameo_label": e.cameo_label,
        "plover": e.plover or "",
        "quad_class": e.quad_class,
        "goldstein": e.goldstein,
        "negated": e.negated,
        "hypothetical": e.hypothetical,
        "trigger": e.trigger.text,
        "rule": e.rule,
        "confidence": e.confidence,
        "sentence": e.sentence,
    }


def write_csv(events: Iterable[Event], out: IO[str]) -> int:
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    n = 0
    for e in events:
        writer.writerow(flat_row(e))
        n += 1
    return n


def write_table(events: Iterable[Event], out: IO[str], width: int | None = None) -> int:
    """A readable table. Arabic cells are written in logical order, which terminals with bidi support
    (and every browser, editor and pager that handles Unicode) show right-to-left; rich measures
    their width correctly (diacritics take no cell)."""
    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=False, header_style="bold", expand=False)
    for name in ("date", "source", "cameo", "event", "target", "trigger", "flags"):
        table.add_column(name, overflow="fold")
    n = 0
    for e in events:
        flags = ",".join(f for f, on in (("neg", e.negated), ("hyp", e.hypothetical)) if on)
        table.add_row(
            e.date or "",
            _actor_cell(e.source),
            e.cameo,
            f"{e.cameo_label} ({e.plover or '-'}, {e.goldstein:+.1f})",
            _actor_cell(e.target),
            e.trigger.text,
            flags,
        )
        n += 1
    console = Console(file=out, width=width or 160, force_terminal=False, no_color=True, highlight=False)
    console.print(table)
    return n


def _actor_cell(actor: Any) -> str:
    if actor is None:
        return "-"
    return f"{actor.code} «{actor.text}»"
