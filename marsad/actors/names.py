"""Canonical Latin names for Arabic person names that Marsad's dictionaries do not know.

Uses ``arabic-name-romanizer`` (MIT; ships its name table and model in its wheel) when it is
installed; without it, unknown Arabic names keep ``name: null``.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache


def romanizer() -> Callable[[str], str | None] | None:
    try:
        from arabic_name_romanizer import transliterate  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return None

    @lru_cache(maxsize=16_384)
    def romanize(name: str) -> str | None:
        try:
            result = transliterate(name)
        except Exception:  # the romanizer's own failures must not stop coding
            return None
        return str(result) if result else None

    return romanize
