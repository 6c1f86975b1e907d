"""Compile the human-edited dictionaries in ``data_src/`` into ``marsad/data/*.json``.

Run ``python -m marsad.build`` from the repository after editing ``data_src``; a test rebuilds
everything and checks that the committed copy is current. Country names come from the CLDR data
that Babel ships (build-time only), plus our additions in ``data_src/actors/countries.yaml``.
"""

from __future__ import annotations

import json
from pathlib import Path

from marsad.build.actors import build_actors, cldr_countries
from marsad.build.dates import build_dates
from marsad.build.geo import build_gazetteer
from marsad.build.lexicon import build_arabic_lexicon, build_english_lexicon
from marsad.build.ontology import build_ontology
from marsad.build.patterns import build_cues, build_patterns

REPO = Path(__file__).resolve().parent.parent.parent
SRC = REPO / "data_src"
OUT = Path(__file__).resolve().parent.parent / "data"

__all__ = ["OUT", "SRC", "build_actors", "build_all", "cldr_countries", "main"]


def build_all(src: Path = SRC) -> dict[str, str]:
    """Every compiled file as ``{file name: JSON text}``."""
    ontology = build_ontology(src)
    actors = build_actors(src, cldr_countries())
    patterns_ar = build_patterns(src, "ar", ontology)
    patterns_en = build_patterns(src, "en", ontology)
    outputs = {
        "ontology.json": ontology,
        "actors.json": actors,
        "patterns_ar.json": patterns_ar,
        "patterns_en.json": patterns_en,
        "lexicon_ar.json": build_arabic_lexicon(src, actors, patterns_ar),
        "lexicon_en.json": build_english_lexicon(src, patterns_en),
        "cues.json": build_cues(src),
        "gazetteer.json": build_gazetteer(src),
        "dates.json": build_dates(src),
    }
    return {
        name: json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n" for name, data in outputs.items()
    }


def main(argv: list[str] | None = None) -> int:
    out = Path(argv[0]) if argv else OUT
    out.mkdir(parents=True, exist_ok=True)
    for name, text in build_all().items():
        (out / name).write_text(text, encoding="utf-8")
        print(f"wrote {out / name} ({len(text):,} bytes)")
    return 0
