"""The CAMEO event ontology: codes, labels, Goldstein, QuadClass, PLOVER."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from marsad.build.common import data_lines
from marsad.errors import DictionaryError


def build_ontology(src: Path) -> dict[str, Any]:
    path = src / "ontology" / "cameo_events.tsv"
    rows = [r for r in csv.reader(data_lines(path), delimiter="\t")]
    header, body = rows[0], rows[1:]
    codes: dict[str, dict[str, Any]] = {}
    for row in body:
        rec = dict(zip(header, row, strict=True))
        code = rec["code"]
        if code in codes:
            raise DictionaryError("E401", path=path, detail=f"duplicate code {code}")
        codes[code] = {
            "label": rec["label"],
            "goldstein": float(rec["goldstein"]),
            "quad_class": int(rec["quad_class"]),
            "plover": rec["plover"] or None,
            "plover_mode": rec["plover_mode"] or None,
            "plover_context": rec["plover_context"] or None,
        }
    for code in codes:
        if code[:2] not in codes or (len(code) == 4 and code[:3] not in codes):
            raise DictionaryError("E401", path=path, detail=f"code {code} has no parent row")
    return {"version": "CAMEO 1.1b3 / PLOVER 2021", "codes": codes}
