"""Language detection between Arabic and English by script."""

from __future__ import annotations


def detect(text: str, sample: int = 4000) -> str:
    """'ar' when Arabic letters outnumber Latin letters in the first ``sample`` characters, else 'en'."""
    arabic = latin = 0
    for ch in text[:sample]:
        if "\u0600" <= ch <= "\u06ff" or "\ufb50" <= ch <= "\ufeff" or "\u0750" <= ch <= "\u077f":
            arabic += ch.isalpha()
        elif ch.isascii() and ch.isalpha():
            latin += 1
    return "ar" if arabic > latin else "en"
