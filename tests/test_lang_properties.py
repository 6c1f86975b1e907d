"""Property tests: offsets always point back into the original text, whatever the text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from marsad.lang.ar.segment import segments
from marsad.lang.normalize import normalize, offset_map
from marsad.lang.sentences import split
from marsad.lang.tokenize import tokenize

# Arabic letters, diacritics, tatweel, Arabic punctuation and digits, Latin, controls and spaces
ALPHABET = st.sampled_from(
    [
        *"ابتثجحخدذرسشصضطظعغفقكلمنهويءأإآؤئىة",
        *["\u064e", "\u0650", "\u0651", "\u0640", "\u200f", "\u200d", "\ufefb", "\u0670"],
        *"،؛؟«»“”٠١٢٣ .,;:!?\"'()-+&\n",
        *"abcXYZ019",
    ]
)
TEXTS = st.text(ALPHABET, max_size=120)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_tokens_and_readings_map_back_to_the_original_text(text: str) -> None:
    previous_end = 0
    for tok in tokenize(text):
        assert text[tok.start : tok.end] == tok.text
        assert tok.start >= previous_end
        previous_end = tok.end
        assert tok.norm == normalize(tok.text)
        for r in tok.readings:
            assert 0 <= r.start <= r.end <= tok.end - tok.start
            assert r.form


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_sentences_cover_all_tokens_in_order(text: str) -> None:
    tokens = list(tokenize(text))
    bounds = split(text, tokens)
    flat = [i for a, b in bounds for i in range(a, b)]
    assert flat == list(range(len(tokens)))


@settings(max_examples=400, deadline=None)
@given(st.text(st.sampled_from([*"وفبلكسالهمنايتكزرد", "\u064e", "\u0640", "أ", "ة", "ى"]), min_size=1, max_size=12))
def test_segments_concatenate_to_the_word(word: str) -> None:
    pieces = segments(word)
    assert "".join(p.text for p in pieces) == word
    for p in pieces:
        assert word[p.start : p.end] == p.text


@settings(max_examples=300, deadline=None)
@given(TEXTS, st.integers(min_value=0, max_value=50))
def test_offset_map_is_monotonic_and_bounded(text: str, start: int) -> None:
    offsets = offset_map(text, start)
    assert len(offsets) == len(normalize(text)) + 1
    assert offsets == sorted(offsets)
    assert all(start <= o <= start + len(text) for o in offsets)
