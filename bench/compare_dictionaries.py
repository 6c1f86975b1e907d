"""Accuracy with Marsad's own verb patterns and with imported PETRARCH / UniversalPetrarch verb
dictionaries, side by side, as a Markdown section (``make accuracy`` appends it to docs/accuracy.md).

    python bench/compare_dictionaries.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

import yaml

from marsad import data
from marsad.config import Settings
from marsad.eval import evaluate, read_gold
from marsad.events import importer
from marsad.pipeline import load_pipeline

RUNS = [
    ("gold/plover_gsr_cameo_en.json", "reference/petrarch_en/CAMEO.2.0.txt", "en", "PETRARCH2 CAMEO.2.0"),
    ("gold/arabic_assault_gsr.csv", "reference/universalpetrarch_ar/CAMEO.ar.0.5.txt", "ar", "UniversalPetrarch"),
    ("gold/arabic_protest_gsr.csv", "reference/universalpetrarch_ar/CAMEO.ar.0.5.txt", "ar", "UniversalPetrarch"),
]


def imported(verbs: Path, lang: str, folder: Path) -> Path:
    blocks = importer.parse_verbs(verbs.read_text(encoding="utf-8", errors="replace"), str(verbs), [])
    patterns = importer.to_patterns(blocks, lang, frozenset(data.load("ontology.json")["codes"]))
    out = folder / f"{verbs.stem}.yaml"
    out.write_text(yaml.safe_dump({"lang": lang, "patterns": patterns}, allow_unicode=True), encoding="utf-8")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parent.parent.parent / "shared")
    args = parser.parse_args()
    print("\n## Marsad's verb patterns and imported PETRARCH/UniversalPetrarch ones, side by side\n")
    print(
        "The imported dictionaries replace Marsad's patterns (`marsad dict import-verbs FILE --lang L -o p.yaml`, then"
    )
    print("`marsad --patterns p.yaml --patterns-mode replace eval GOLD`); actors are Marsad's in both runs.")
    print("Reproduce with `python bench/compare_dictionaries.py`.\n")
    print(
        "| gold file | verb patterns | detection F1 | event-type P | event-type R | event-type F1 | extra-event rate |"
    )
    print("|---|---|---|---|---|---|---|")
    ours = load_pipeline()
    with tempfile.TemporaryDirectory() as tmp:
        for gold_name, verbs_name, lang, label in RUNS:
            gold = read_gold(args.shared / gold_name)
            theirs = load_pipeline(
                Settings(patterns=[str(imported(args.shared / verbs_name, lang, Path(tmp)))], patterns_mode="replace")
            )
            for name, pipeline in (("Marsad", ours), (f"{label} (imported)", theirs)):
                r = evaluate(gold, pipeline)
                t = r.type_micro
                print(
                    f"| {r.name} | {name} | {r.detection.f1:.3f} | {t.precision:.3f} | {t.recall:.3f} | {t.f1:.3f} "
                    f"| {r.extra_event_rate:.3f} |"
                )


if __name__ == "__main__":
    main()
