"""Canonical Latin names for Arabic person names that Marsad's dictionaries do not know.

Uses ``arabic-name-romanizer`` (MIT; ships its name table in its wheel) with its dictionary and
spelling rules only: its neural fallback costs ~20 ms a name, which a batch coder cannot pay. It is
imported on the first unknown name; without the package, unknown Arabic names keep ``name: null``.
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
        if "transliterator" not in state:
            from arabic_name_romanizer.api import Transliterator  # type: ignore[import-not-found,unused-ignore]

            state["transliterator"] = Transliterator(auto_load_model=False)
        try:
            result = state["transliterator"].transliterate(name)
        except Exception:  # the romanizer's own failures must not stop coding
            return None
        return str(result) if result else None

    return romanize
