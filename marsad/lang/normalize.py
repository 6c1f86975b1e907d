"""The one normaliser for matching, used on dictionary entries at build time and on text at run time.

The original text is never altered: ``normalize_span`` returns the matching form together with
the original offset of every output character.
"""

from __future__ import annotations

import re
import unicodedata

# Arabic diacritics (harakat, tanwin, shadda, sukun, dagger alef, Quranic marks) and tatweel
_DROP = [*range(0x0610, 0x061B), *range(0x064B, 0x0660), 0x0670, *range(0x06D6, 0x06EE), 0x0640]
# bidi controls, zero-width characters, soft hyphen and BOM
_DROP += [
    0x061C,
    0x00AD,
    0x200B,
    0x200C,
    0x200D,
    0x200E,
    0x200F,
    *range(0x202A, 0x202F),
    *range(0x2066, 0x206A),
    0xFEFF,
]

_FOLD = {
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ٲ": "ا",
    "ٳ": "ا",
    "ى": "ي",
    "ة": "ه",
    "ی": "ي",
    "ک": "ك",
    "ە": "ه",
    "ۀ": "ه",
    "،": ",",
    "؛": ";",
    "؟": "?",
    "٪": "%",
    "٫": ".",
    "٬": ",",
    "“": '"',
    "”": '"',
    "«": '"',
    "»": '"',
    "″": '"',
    "„": '"',
    "‘": "'",
    "’": "'",
}
_FOLD.update({chr(0x0660 + i): str(i) for i in range(10)})  # Arabic-Indic digits
_FOLD.update({chr(0x06F0 + i): str(i) for i in range(10)})  # Persian digits


def _build_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {cp: None for cp in _DROP}
    table.update({ord(k): v for k, v in _FOLD.items()})
    # Arabic presentation forms (ligatures, isolated/final glyphs) -> their letters
    for cp in [*range(0xFB50, 0xFDFE), *range(0xFE70, 0xFEFD)]:
        decomposed = unicodedata.normalize("NFKC", chr(cp))
        if decomposed != chr(cp):
            table[cp] = "".join(_FOLD.get(c, c) for c in decomposed if ord(c) not in _DROP)
    return table


TABLE = _build_table()
_ONE_TO_ONE = {cp: v for cp, v in TABLE.items() if v is not None and len(v) == 1}


_COMBINING_HAMZA = ("\u0653", "\u0654", "\u0655")
#: a letter followed by a combining madda/hamza, as its precomposed letter (NFD text -> NFC letters)
_COMPOSE = {(base, mark): unicodedata.normalize("NFC", base + mark) for base in "اويى" for mark in _COMBINING_HAMZA}


def normalize(text: str) -> str:
    """Matching form of ``text``: diacritics, tatweel and controls gone, letters folded, lower case."""
    if "\u0653" in text or "\u0654" in text or "\u0655" in text:
        text = unicodedata.normalize("NFC", text)
    return text.translate(TABLE).lower()


_SPECIAL = re.compile("[" + "".join(re.escape(chr(cp)) for cp in TABLE if cp not in _ONE_TO_ONE) + "]")


def normalize_span(text: str, start: int = 0) -> tuple[str, list[int] | None]:
    """Normalise ``text`` and map each output character to its offset in the original.

    ``start`` is the offset of ``text`` in the document. The map has one entry per output
    character plus a final entry for the end offset; it is ``None`` when the output maps one to one
    onto the input (the common case), so callers can skip building it.
    """
    if _SPECIAL.search(text) is None:
        lowered = text.translate(TABLE).lower()
        if len(lowered) == len(text):
            return lowered, None
    chars: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(text):
        if ch in _COMBINING_HAMZA and i and (text[i - 1], ch) in _COMPOSE and chars and chars[-1]:
            chars[-1] = _COMPOSE[(text[i - 1], ch)].translate(TABLE)  # و + ٔ = ؤ (kept), ا + ٔ = أ -> ا
            continue
        out = ch.translate(TABLE).lower()
        chars.append(out)
        offsets.extend([start + i] * len(out))
    offsets.append(start + len(text))
    return "".join(chars), offsets


def offset_map(text: str, start: int = 0) -> list[int]:
    """The full character map of ``normalize_span``, built even where it is the identity."""
    norm, offsets = normalize_span(text, start)
    return offsets if offsets is not None else list(range(start, start + len(norm) + 1))
