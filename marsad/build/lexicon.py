"""Lexicons: the Arabic word list with every dictionary word, English irregular forms."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from marsad.build.common import data_lines
from marsad.errors import DictionaryError
from marsad.lang.normalize import normalize


def _arabic(word: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in word)


def build_arabic_lexicon(src: Path, actors: dict[str, Any], patterns: dict[str, Any]) -> dict[str, Any]:
    """Every word Marsad knows in Arabic: the word list plus the words of its dictionaries."""
    path = src / "lexicon" / "ar_words.txt"
    words: set[str] = set()
    for number, line in enumerate(data_lines(path), start=1):
        word = line.strip()
        if " " in word or not _arabic(word):
            raise DictionaryError("E401", path=path, detail=f"entry {number} ({word!r}) is not one Arabic word")
        words.add(normalize(word))
    for entry in actors["entries"]:
        words.update(form for key in entry["keys"] for form in key if _arabic(form))
    for p in patterns["patterns"]:
        words.update(p["verb_forms"], p["passive_forms"], p["noun_forms"])
        words.update(form for phrase in p["with"] for form in phrase)
    return {"words": sorted(words)}


def build_english_lexicon(src: Path, patterns: dict[str, Any]) -> dict[str, Any]:
    """Irregular verb and noun forms, and the verb lemmas the lemmatiser may choose from."""
    verbs: dict[str, str] = {}
    path = src / "lexicon" / "en_irregular.tsv"
    for row in csv.DictReader(data_lines(path), delimiter="\t"):
        lemma = row["lemma"].strip().lower()
        forms = [row["past"], row["participle"], row["gerund"], *(row.get("variants") or "").split(",")]
        for form in forms:
            if form and form.strip():
                verbs.setdefault(form.strip().lower(), lemma)
    nouns = {
        row["plural"].strip().lower(): row["singular"].strip().lower()
        for row in csv.DictReader(data_lines(src / "lexicon" / "en_irregular_nouns.tsv"), delimiter="\t")
    }
    lemmas = set(verbs.values())
    for p in patterns["patterns"]:
        lemmas.update(p.get("lemmas", []))
    return {"verbs": dict(sorted(verbs.items())), "nouns": dict(sorted(nouns.items())), "lemmas": sorted(lemmas)}
