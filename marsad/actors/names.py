"""Canonical Latin names for Arabic person names that Marsad's dictionaries do not know.

Uses ``arabic-name-romanizer`` (MIT; ships its name table and model in its wheel), imported on the
first unknown name so that coding without one costs nothing; without the package, unknown Arabic
names keep ``name: null``.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from functools import lru_cache
from typing import Any


def romanizer() -> Callable[[str], str | None] | None:
    if importlib.util.find_spec("arabic_name_romanizer") is None:
        return None
    state: dict[str, Any] = {}

    @lru_cache(maxsize=16_384)
    def romanize(name: str) -> str | None:
        if "transliterate" not in state:
            from arabic_name_romanizer import transliterate  # type: ignore[import-not-found,unused-ignore]

            state["transliterate"] = transliterate
        try:
            result = state["transliterate"](name)
        except Exception:  # the romanizer's own failures must not stop coding
            return None
        return str(result) if result else None

    return romanize
