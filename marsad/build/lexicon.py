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


_CLITIC_ARTICLE = ("لل", "بال", "وال", "فال", "كال")


def _word_list(path: Path) -> set[str]:
    words: set[str] = set()
    for number, line in enumerate(data_lines(path), start=1):
        word = line.strip()
        if " " in word or not _arabic(word):
            raise DictionaryError("E401", path=path, detail=f"entry {number} ({word!r}) is not one Arabic word")
        words.add(normalize(word))
    return words


def build_arabic_lexicon(src: Path, actors: dict[str, Any], patterns: dict[str, Any]) -> dict[str, Any]:
    """Every word Marsad knows in Arabic (``words``: the word lists and the words of its dictionaries)
    and the common words among them (``common``: no names), which a person's name is not made of."""
    function_words = _spellings(src / "lexicon" / "ar_function_words.txt")
    common = _word_list(src / "lexicon" / "ar_words.txt") | set(function_words)
    triggers: set[str] = set()
    for p in patterns["patterns"]:
        common.update(p["verb_forms"], p["passive_forms"], p["noun_forms"])
        triggers.update(p["noun_forms"])
    words = common | _word_list(src / "lexicon" / "ar_names.txt")
    name_words: set[str] = set()
    for entry in actors["entries"]:
        # words of names, but not those that carry a proclitic before the article (للجيش in a longer name)
        forms = {
            form for key in entry["keys"] for form in key if _arabic(form) and not form.startswith(_CLITIC_ARTICLE)
        }
        if entry["kind"] == "person":  # short name parts (فان in فان دير لاين) would hide clitics (ف + ان)
            forms = {form for form in forms if len(form) > 3}
        if entry["kind"] == "agent":
            # a word with the article whose bare form is an event noun stays two readings: in "الغارات الجوية"
            # (a name) the article must still come off الغارات for the noun غارات to trigger
            forms = {form for form in forms if not (form.startswith("ال") and form[2:] in triggers)}
            common |= forms
            words |= forms
        else:
            name_words |= forms
    # a word of a name must not hide the reading of other words: لايران (in a longer name) is ل + ايران,
    # شعبه (شعبة) is also شعب + ه, مانيا (a first name) would make المانيا ال + مانيا
    known = words | name_words
    words |= {
        w
        for w in name_words
        if not (w[0] in "ولبفك" and w[1:] in known)
        and not (w.endswith("ه") and w[:-1] in common)
        and "ال" + w not in known
    }
    # names that are also common words: a later word of a name after its first one ("العقيد سامي حسن")
    name_words_common = _word_list(src / "lexicon" / "ar_name_words.txt")
    return {
        "words": sorted(words),
        "common": sorted(common),
        "name_words": sorted(name_words_common),
        "function_words": {norm: sorted(spelt) for norm, spelt in sorted(function_words.items())},
    }


def _spellings(path: Path) -> dict[str, set[str]]:
    """Each word of a word list, normalised, with the spellings the list gives it ("ان": "أن", "إن")."""
    words = _word_list(path)  # checks each entry
    out: dict[str, set[str]] = {w: set() for w in words}
    for line in data_lines(path):
        out[normalize(line.strip())].add(line.strip())
    return out


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
