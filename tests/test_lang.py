from __future__ import annotations

import pytest

from marsad.lang.detect import detect
from marsad.lang.normalize import normalize, offset_map
from marsad.lang.sentences import split
from marsad.lang.tokenize import tokenize
from marsad.model import TokenKind


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أدان", "ادان"),
        ("إدانة", "اداnه".replace("n", "ن")),
        ("آسيا", "اسيا"),
        ("ٱلله", "الله"),
        ("مصطفى", "مصطفي"),
        ("مدرسة", "مدرسه"),
        ("بَاكِسْتَانُ", "باكستان"),
        ("الـــرئيس", "الرئيس"),
        ("٢٠٢٥", "2025"),
        ("۱۴۰۳", "1403"),
        ("الرئيس\u200f", "الرئيس"),
        ("EU", "eu"),
        ("ﻻ", "لا"),
        ("«قال»", '"قال"'),
        ("هل؟", "هل?"),
        ("أولاً،", "اولا,"),
    ],
)
def test_lang_normalize_folds_for_matching(text: str, expected: str) -> None:
    assert normalize(text) == expected


@pytest.mark.parametrize("text", ["بَاكِسْتَانُ", "الـــرئيس", "ﻻ بأس", "abc", "مرحبا\u200fبكم", "İstanbul"])
def test_lang_normalize_span_maps_every_char_back(text: str) -> None:
    norm, offsets = normalize(text), offset_map(text, 100)
    assert len(offsets) == len(norm) + 1
    assert offsets[-1] == 100 + len(text)
    assert offsets == sorted(offsets)
    for ch, off in zip(norm, offsets, strict=False):
        assert normalize(text[off - 100]).find(ch) >= 0


@pytest.mark.parametrize(
    ("word", "form", "surface"),
    [
        ("بباكستان", "باكستان", "باكستان"),
        ("والاتحاد", "الاتحاد", "الاتحاد"),
        ("لباكستان", "باكستان", "باكستان"),
        ("وأكدت", "اكدت", "أكدت"),
        ("واتفقا", "اتفقا", "اتفقا"),
        ("وسيزور", "يزور", "يزور"),
        ("زيارتها", "زياره", "زيارت"),
        ("للاتحاد", "الاتحاد", "لاتحاد"),
    ],
)
def test_lang_clitic_readings_point_at_the_stem(word: str, form: str, surface: str) -> None:
    text = f"قال {word} اليوم"
    tok = list(tokenize(text))[1]
    reading = next(r for r in tok.readings if r.form == form)
    assert text[tok.start + reading.start : tok.start + reading.end] == surface


@pytest.mark.parametrize("word", ["وزير", "بروكسل", "كابول", "لبنان", "فلسطين", "ليبيا", "والي"])
def test_lang_whole_word_is_always_the_first_reading(word: str) -> None:
    tok = next(tokenize(word))
    assert tok.readings[0].form == normalize(word)
    assert (tok.readings[0].start, tok.readings[0].end) == (0, len(word))


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("U.S. officials", ["U.S.", "officials"]),
        ("GSP+ status", ["GSP+", "status"]),
        ("IS-K claimed", ["IS-K", "claimed"]),
        ("Pakistan's army", ["Pakistan", "'s", "army"]),
        ("didn't agree", ["did", "n't", "agree"]),
        ("قال: «نعم».", ["قال", ":", "«", "نعم", "»", "."]),
        ("عام ٢٠٢٥، في", ["عام", "٢٠٢٥", "،", "في"]),
        ("3.5 million", ["3.5", "million"]),
    ],
)
def test_lang_tokenize_surface_forms(text: str, tokens: list[str]) -> None:
    toks = list(tokenize(text))
    assert [t.text for t in toks] == tokens
    assert all(text[t.start : t.end] == t.text for t in toks)


def test_lang_tokenize_kinds_and_controls() -> None:
    toks = list(tokenize("قال\u200f 12 ، x"))
    assert [t.kind for t in toks] == [TokenKind.WORD, TokenKind.NUMBER, TokenKind.PUNCT, TokenKind.WORD]


def _sentences(text: str) -> list[str]:
    toks = list(tokenize(text))
    return [text[toks[a].start : toks[b - 1].end] for a, b in split(text, toks)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وصل الوفد. وبدأت المحادثات.", ["وصل الوفد.", "وبدأت المحادثات."]),
        ("هل وصل؟ نعم!", ["هل وصل؟", "نعم!"]),
        ("قال د. أحمد إن الوفد وصل.", ["قال د. أحمد إن الوفد وصل."]),
        ("Mr. Smith met U.S. officials. They agreed.", ["Mr. Smith met U.S. officials.", "They agreed."]),
        ("He said: “We agree. We sign.” Then he left.", ["He said: “We agree. We sign.”", "Then he left."]),
        ("وقال «نتفق. ونوقع». ثم غادر.", ["وقال «نتفق. ونوقع».", "ثم غادر."]),
        ("عنوان بلا نقطة\nنص الخبر هنا.", ["عنوان بلا نقطة", "نص الخبر هنا."]),
        ("J. Smith arrived. Talks began.", ["J. Smith arrived.", "Talks began."]),
        ("The rate rose 3.5 percent. Officials met.", ["The rate rose 3.5 percent.", "Officials met."]),
    ],
)
def test_lang_sentence_split(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("اتفقت باكستان والاتحاد الأوروبي", "ar"),
        ("Pakistan and the EU agreed", "en"),
        ("قال مسؤول في CENTCOM و IS-K إن", "ar"),
        ("The word مرصد means observatory", "en"),
        ("", "en"),
    ],
)
def test_lang_detect_by_script(text: str, lang: str) -> None:
    assert detect(text) == lang


@pytest.mark.parametrize("text", ["قال ـ مصر", "\u064e\u064f مصر", "مصر \u200d\u200c ـــ ."])
def test_lang_marks_alone_are_not_tokens(text: str) -> None:
    toks = list(tokenize(text))
    assert all(t.norm and all(r.form for r in t.readings) for t in toks)
    assert "مصر" in [t.text for t in toks]


def test_lang_en_lemmatize_keeps_offsets() -> None:
    from marsad.lang.en.lemma import lemmatize

    text = "Pakistan's leaders met and agreed; talks continue."
    rows = lemmatize(text)
    assert [(r[2], r[3]) for r in rows if r[2] in ("met", "agreed")] == [("met", "meet"), ("agreed", "agree")]
    assert [r[4] for r in rows if r[2] == "leaders"] == ["leader"]
    assert all(text[s:e] == surface for s, e, surface, _, _ in rows)
