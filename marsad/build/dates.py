"""Date vocabulary (data_src/time/dates.yaml) compiled to normalised phrases with their values."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from marsad.errors import DictionaryError
from marsad.lang.tokenize import entry_key

KINDS = ("months", "hijri_months", "weekdays", "day_ordinals", "numbers", "units", "relative_days")
WORD_LISTS = (
    "hijri_marks",
    "dual_units",
    "ago",
    "past",
    "next",
    "this",
    "day_word",
    "year_words",
    "range_to",
    "of",
    "month_cues",
)


def build_dates(src: Path) -> dict[str, Any]:
    """{lang: {"phrases": [[words, kind, value], ...], word list: [words...]}}."""
    path = src / "time" / "dates.yaml"
    try:
        spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise DictionaryError("E401", path=path, detail=str(exc)) from None
    out: dict[str, Any] = {}
    for lang in ("ar", "en"):
        section = spec.get(lang) or {}
        missing = [k for k in (*KINDS, *WORD_LISTS) if k not in section]
        if missing:
            raise DictionaryError("E401", path=path, detail=f"{lang}: missing {', '.join(missing)}")
        phrases = sorted(
            {
                (" ".join(entry_key(w)), kind, str(value))
                for kind in KINDS
                for value, words in (section[kind] or {}).items()
                for w in words
            }
        )
        out[lang] = {
            "phrases": [[p, kind, value] for p, kind, value in phrases],
            **{name: sorted({" ".join(entry_key(w)) for w in section[name]}) for name in WORD_LISTS},
        }
    return out
