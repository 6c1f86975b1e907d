"""Finding date expressions in a sentence and resolving them against the publication date.

The sentence is first read as a row of date *atoms* (a month name, a number, a weekday, "أمس",
"منذ", a unit such as "أيام" ...), multi-word names included ("كانون الثاني", "the day before
yesterday"). Small grammars over the atoms then recognise the expressions news use:

    12 مارس 2025 · الثاني عشر من مارس · آذار 2024 · 5 رمضان 1445 هـ · 12/3/2025 · 2025-03-12
    يوم الخميس · الخميس الماضي · أمس · أمس الأول · منذ ثلاثة أيام · الشهر الماضي · العام المقبل
    March 12, 2025 · 12 March · in March · on Thursday · last Thursday · three days ago · next year
    من 12 إلى 14 مارس · March 12-14 (a range: its first day)

Relative expressions need the publication date; without one they stay unresolved (None).
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Any

from marsad import data
from marsad.model import Token, TokenKind

Precision = str  # "day" | "month" | "year"


@dataclass(frozen=True, slots=True)
class Atom:
    kind: str  # num | year | months | hijri_months | weekdays | day_ordinals | numbers | units | relative_days | word
    value: Any
    token_start: int
    token_end: int
    dual: bool = False  # a dual unit word (يومين، شهرين): two of the unit


@dataclass(frozen=True, slots=True)
class DateMatch:
    token_start: int
    token_end: int
    start: int  # document offsets
    end: int
    value: date | None
    precision: Precision | None
    text: str


@dataclass(frozen=True, slots=True)
class Vocabulary:
    phrases: dict[tuple[str, ...], tuple[str, str]]
    first_words: frozenset[str]  # first words of phrases: a word not among them starts none
    word_lists: dict[str, frozenset[str]]  # word -> the cue lists it belongs to
    longest: int


@cache
def vocabulary(lang: str) -> Vocabulary:
    raw = data.load("dates.json")[lang]
    phrases = {tuple(p.split()): (kind, value) for p, kind, value in raw["phrases"]}
    lists: dict[str, set[str]] = {}
    for name, words in raw.items():
        if name != "phrases":
            for word in words:
                lists.setdefault(word, set()).add(name)
    return Vocabulary(
        phrases,
        frozenset(k[0] for k in phrases),
        {w: frozenset(n) for w, n in lists.items()},
        max(len(k) for k in phrases),
    )


def atoms(tokens: Sequence[Token], lang: str) -> list[Atom]:
    vocab = vocabulary(lang)
    out: list[Atom] = []
    i = 0
    while i < len(tokens):
        atom = _phrase_at(tokens, i, vocab) or _number_at(tokens, i) or _word_at(tokens, i, vocab)
        if atom is not None:
            out.append(atom)
            i = atom.token_end
        else:
            i += 1
    return out


def _forms(token: Token) -> list[str]:
    """The whole word and its readings without proclitics (وأمس، بالأمس -> امس)."""
    return [token.norm, *(r.form for r in token.readings[1:] if not r.suffix)]


def _phrase_at(tokens: Sequence[Token], i: int, vocab: Vocabulary) -> Atom | None:
    firsts = [f for f in _forms(tokens[i]) if f in vocab.first_words]
    if not firsts:
        return None
    for n in range(min(vocab.longest, len(tokens) - i), 0, -1):
        for first in firsts:
            key = (first, *(t.norm for t in tokens[i + 1 : i + n]))
            if key in vocab.phrases:
                kind, value = vocab.phrases[key]
                dual = kind == "units" and "dual_units" in vocab.word_lists.get(" ".join(key), ())
                return Atom(kind, int(value) if kind != "units" else value, i, i + n, dual)
    return None


def _number_at(tokens: Sequence[Token], i: int) -> Atom | None:
    tok = tokens[i]
    norm = tok.norm
    if norm[:-2].isdigit() and norm[-2:] in ("st", "nd", "rd", "th"):
        return Atom("num", int(norm[:-2]), i, i + 1)  # 12th
    parts = norm.split(".")
    if tok.kind is TokenKind.NUMBER and len(parts) == 3 and all(p.isdigit() for p in parts) and len(parts[2]) == 4:
        return Atom("date", _safe(int(parts[2]), int(parts[1]), int(parts[0])), i, i + 1)  # 12.3.2025
    if tok.kind is not TokenKind.NUMBER or not norm.isdigit():
        return None
    n = int(norm)
    if len(tok.norm) == 4 and (1900 <= n <= 2100 or 1300 <= n <= 1500):  # Gregorian or Hijri years
        return Atom("year", n, i, i + 1)
    return Atom("num", n, i, i + 1)


def _word_at(tokens: Sequence[Token], i: int, vocab: Vocabulary) -> Atom | None:
    for form in _forms(tokens[i]):
        names = vocab.word_lists.get(form)
        if names:
            return Atom("word", names, i, i + 1)
    if tokens[i].norm in ("/", "-", ".", "،", ","):
        return Atom("sep", tokens[i].norm, i, i + 1)
    return None


# ---------------------------------------------------------------------- grammar
def find_dates(text: str, tokens: Sequence[Token], lang: str, published: date | None) -> list[DateMatch]:
    """Date expressions of a sentence (``tokens`` of the document ``text``) with their resolved dates."""
    row = atoms(tokens, lang)
    out: list[DateMatch] = []
    k = 0
    while k < len(row):
        found = _match(row, k, published, lang, tokens)
        if found is None:
            k += 1
            continue
        used, value, precision = found
        first, last = row[k], row[k + used - 1]
        start, end = tokens[first.token_start].start, tokens[last.token_end - 1].end
        out.append(DateMatch(first.token_start, last.token_end, start, end, value, precision, text[start:end]))
        k += used
    return out


def _is(atom: Atom | None, kind: str, value: Any = None) -> bool:
    if atom is None or atom.kind != kind:
        return False
    if value is None:
        return True
    return value in atom.value if kind == "word" else bool(atom.value == value)  # a word may be in several lists


def _adjacent(row: list[Atom], k: int, n: int, tokens: Sequence[Token]) -> bool:
    """Atoms k..k+n-1 stand on consecutive tokens (an expression has no foreign word inside; brackets
    around a second month name may stand between: "17 أبريل (نيسان) 2004")."""
    return all(
        all(t.norm in BRACKETS for t in tokens[row[j].token_end : row[j + 1].token_start]) for j in range(k, k + n - 1)
    )


BRACKETS = frozenset({"(", ")"})


def _match(
    row: list[Atom], k: int, pub: date | None, lang: str, tokens: Sequence[Token]
) -> tuple[int, date | None, Precision] | None:
    for rule in (
        _dotted_date,
        _numeric_date,
        _day_month,
        _hijri,
        _month_year,
        _weekday,
        _relative_day,
        _ago,
        _unit_relative,
        _year,
    ):
        found = rule(row, k, pub, lang)
        if found is not None and _adjacent(row, k, found[0], tokens):
            return found
    return None


def _at(row: list[Atom], k: int) -> Atom | None:
    return row[k] if 0 <= k < len(row) else None


def _dotted_date(row: list[Atom], k: int, pub: date | None, lang: str) -> tuple[int, date | None, str] | None:
    a = _at(row, k)
    return (1, a.value, "day") if a is not None and a.kind == "date" else None


def _numeric_date(row: list[Atom], k: int, pub: date | None, lang: str) -> tuple[int, date | None, str] | None:
    """12/3/2025, 12-03-2025, 2025-03-12."""
    a, s1, b, s2, c = (_at(row, k + j) for j in range(5))
    if not (_is(s1, "sep") and _is(s2, "sep") and s1 and s2 and s1.value == s2.value and s1.value in "/-."):
        return None
    if _is(a, "year") and _is(b, "num") and _is(c, "num") and a and b and c:
        return 5, _safe(a.value, b.value, c.value), "day"
    if _is(a, "num") and _is(b, "num") and _is(c, "year") and a and b and c:
        return 5, _safe(c.value, b.value, a.value), "day"
    return None


def _day_month(row: list[Atom], k: int, pub: date | None, lang: str) -> tuple[int, date | None, str] | None:
    """12 مارس 2025 · الثاني عشر من مارس · من 12 إلى 14 مارس · March 12, 2025 · 12 March."""
    a = _at(row, k)
    if a is None:
        return None
    if a.kind in ("num", "day_ordinals") and 1 <= a.value <= 31:
        j = k + 1
        if (_is(_at(row, j), "word", "range_to") or _is(_at(row, j), "sep", "-")) and _is(_at(row, j + 1), "num"):
            j += 2  # من 12 إلى 14 مارس, 12-14 March: the range's first day
        if _is(_at(row, j), "word", "of"):
            j += 1  # الثاني عشر من مارس, 12th of March
        month = _at(row, j)
        if _is(month, "months") and month is not None:
            j = _after_month(row, j)
            year = _at(row, j)
            if _is(year, "year") and year is not None:
                return j + 1 - k, _safe(year.value, month.value, a.value), "day"
            return j - k, _infer_year(pub, month.value, a.value), "day"
    if a.kind == "months":
        day, year = _at(row, k + 1), _at(row, k + 2)
        if _is(day, "num") and day is not None and 1 <= day.value <= 31:
            if (_is(year, "sep", "-") or _is(year, "word", "range_to")) and _is(_at(row, k + 3), "num"):
                return 4, _infer_year(pub, a.value, day.value), "day"  # March 12-14
            if _is(year, "sep") and _is(_at(row, k + 3), "year"):
                year = _at(row, k + 3)
                return 4, _safe(year.value, a.value, day.value), "day"  # type: ignore[union-attr]
            if _is(year, "year") and year is not None:
                return 3, _safe(year.value, a.value, day.value), "day"
            return 2, _infer_year(pub, a.value, day.value), "day"
    return None


def _hijri(row: list[Atom], k: int, pub: date | None, lang: str) -> tuple[int, date | None, str] | None:
    """5 رمضان 1445 هـ (converted to the Gregorian calendar)."""
    of = 1 if _is(_at(row, k + 1), "word", "of") else 0  # الأول من رمضان
    a, month, year = _at(row, k), _at(row, k + 1 + of), _at(row, k + 2 + of)
    if not (a and a.kind in ("num", "day_ordinals") and _is(month, "hijri_months") and _is(year, "year")):
        return None
    from hijridate import Hijri

    used = (4 if _is(_at(row, k + 3 + of), "word", "hijri_marks") else 3) + of
    try:
        value = Hijri(year.value, month.value, a.value).to_gregorian()  # type: ignore[union-attr]
    except (ValueError, OverflowError):
        return used, None, "day"
    return used, date(value.year, value.month, value.day), "day"


def _after_month(row: list[Atom], j: int) -> int:
    """Index after the month at ``j``, taking in a second name of the same month ("آذار/مارس", and in
    brackets as Arabic papers write it: "17 أبريل (نيسان) 2004")."""
    second = _at(row, j + 2)
    if _is(_at(row, j + 1), "sep") and _is(second, "months") and second is not None and second.value == row[j].value:
        return j + 3
    bracketed = _at(row, j + 1)
    if (
        _is(bracketed, "months")
        and bracketed is not None
        and bracketed.value == row[j].value
        and bracketed.token_start - row[j].token_end <= 1  # only the "(" between
    ):
        return j + 2
    return j + 1


def _month_year(row: list[Atom], k: int, pub: date | None, lang: str) -> tuple[int, date | None, str] | None:
    """آذار 2024 · March 2025 · في مارس · in March (a month alone needs a cue before it in English)."""
    a = _at(row, k)
    if (
        lang == "en"
        and a is not None
        and a.kind == "word"
        and bool(a.value & {"past", "next"})
        and _is(_at(row, k + 1), "months")
    ):
        month = row[k + 1].value  # last March, next May
        return 2, _shift_month(pub, month, "next" in a.value) if pub else None, "month"
    if not _is(a, "months") or a is None:
        return None
    end = _after_month(row, k)
    year = _at(row, end)
    if _is(year, "year") and year is not None:
        return end + 1 - k, date(year.value, a.value, 1), "month"
    nxt = _at(row, end)
    if _is(nxt, "word", "past") or _is(nxt, "word", "next"):
        used = end + 1 - k  # يوليو الماضي, يوليو (تموز) الماضي
        return used, _shift_month(pub, a.value, "next" in nxt.value) if pub else None, "month"  # type: ignore[union-attr]
    cue = _at(row, k - 1)
    if not (_is(cue, "word", "month_cues") and cue is not None and cue.token_end == a.token_start):
        return None  # "March" the verb, "May" the modal, مارس "exerted": a month alone needs "in", "في", "منذ" ...
    return 1, date(_infer_year(pub, a.value, 1).year, a.value, 1) if pub else None, "month"  # type: ignore[union-attr]


def _weekday(row: list[Atom], k: int, pub: date | None, lang: str) -> tuple[int, date | None, str] | None:
    """يوم الخميس · الخميس الماضي · الخميس المقبل · on Thursday · last Thursday · next Thursday."""
    j = k
    direction = ""
    if _is(_at(row, j), "word", "day_word") or _is(_at(row, j), "units", "day"):  # يوم الخميس, on Thursday
        j += 1
    if lang == "en" and (_is(_at(row, j), "word", "past") or _is(_at(row, j), "word", "next")):
        direction = "next" if "next" in row[j].value else "past"
        j += 1
    day = _at(row, j)
    if not _is(day, "weekdays") or day is None:
        return None
    j += 1
    if lang == "ar" and (_is(_at(row, j), "word", "past") or _is(_at(row, j), "word", "next")):
        direction = "next" if "next" in row[j].value else "past"
        j += 1
    return j - k, _resolve_weekday(pub, day.value, direction) if pub else None, "day"


def _relative_day(row: list[Atom], k: int, pub: date | None, lang: str) -> tuple[int, date | None, str] | None:
    a = _at(row, k)
    if not _is(a, "relative_days") or a is None:
        return None
    return 1, pub + timedelta(days=a.value) if pub else None, "day"


def _ago(row: list[Atom], k: int, pub: date | None, lang: str) -> tuple[int, date | None, str] | None:
    """منذ ثلاثة أيام · منذ يومين · قبل أسبوع · three days ago."""
    if lang == "ar":
        if not _is(_at(row, k), "word", "ago"):
            return None
        n_atom, unit = _at(row, k + 1), _at(row, k + 2)
        if _is(n_atom, "units"):
            unit, n_atom, used = n_atom, None, 2
        else:
            used = 3
    else:
        n_atom, unit = _at(row, k), _at(row, k + 1)
        if not _is(_at(row, k + 2), "word", "ago"):
            return None
        used = 3
    if not _is(unit, "units") or unit is None:
        return None
    if lang == "ar" and _is(_at(row, k + used), "year"):
        return None  # منذ عام 2011: a year, not "a year ago"
    if n_atom is not None and n_atom.kind not in ("num", "numbers"):
        return None
    n = n_atom.value if n_atom is not None else 2 if unit.dual else 1
    return used, _minus(pub, n, unit.value) if pub else None, "day" if unit.value in ("day", "week") else unit.value


def _unit_relative(row: list[Atom], k: int, pub: date | None, lang: str) -> tuple[int, date | None, str] | None:
    """الشهر الماضي · العام المقبل · الأسبوع الجاري · last month · next year · this week."""
    if lang == "ar" and not _is(_at(row, k), "word", "this"):
        unit, cue = _at(row, k), _at(row, k + 1)
    else:
        cue, unit = _at(row, k), _at(row, k + 1)  # last month; هذا العام
    if not (_is(unit, "units") and cue is not None and cue.kind == "word" and cue.value & {"past", "next", "this"}):
        return None
    step = -1 if "past" in cue.value else 1 if "next" in cue.value else 0
    precision = {"day": "day", "week": "day", "month": "month", "year": "year"}[unit.value]  # type: ignore[union-attr]
    return 2, _step(pub, unit.value, step) if pub else None, precision  # type: ignore[union-attr]


def _year(row: list[Atom], k: int, pub: date | None, lang: str) -> tuple[int, date | None, str] | None:
    """عام 2025 · سنة 2024 · in 2025."""
    cue, year = _at(row, k), _at(row, k + 1)
    is_cue = _is(cue, "word", "year_words") or _is(cue, "word", "month_cues") or _is(cue, "units", "year")
    if (
        is_cue
        and _is(year, "year")
        and year is not None
        and year.value >= 1900
        and not (_is(_at(row, k + 2), "sep") and _is(_at(row, k + 3), "num"))
    ):
        return 2, date(year.value, 1, 1), "year"
    return None


# ---------------------------------------------------------------------- arithmetic
def _safe(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _infer_year(pub: date | None, month: int, day: int) -> date | None:
    """A day and month without a year: the latest such date on or before the publication date."""
    if pub is None:
        return None
    year = pub.year if (month, day) <= (pub.month, pub.day) else pub.year - 1
    return _safe(year, month, min(day, calendar.monthrange(year, month)[1]))


def _shift_month(pub: date | None, month: int, forward: bool) -> date | None:
    if pub is None:
        return None
    year = pub.year + (1 if forward and month <= pub.month else 0) - (1 if not forward and month >= pub.month else 0)
    return date(year, month, 1)


def _resolve_weekday(pub: date, weekday: int, direction: str) -> date:
    """The latest such weekday on or before the publication date ("يوم الخميس" in news is past);
    strictly before it with "الماضي"/"last", strictly after it with "المقبل"/"next"."""
    back = (pub.weekday() - weekday) % 7
    if direction == "next":
        return pub + timedelta(days=(weekday - pub.weekday()) % 7 or 7)
    if direction == "past" and back == 0:
        back = 7
    return pub - timedelta(days=back)


def _minus(pub: date, n: int, unit: str) -> date:
    if unit == "day":
        return pub - timedelta(days=n)
    if unit == "week":
        return pub - timedelta(weeks=n)
    if unit == "month":
        return _add_months(pub, -n)
    return date(pub.year - n, 1, 1)


def _step(pub: date, unit: str, step: int) -> date:
    if unit == "day":
        return pub + timedelta(days=step)
    if unit == "week":
        return pub + timedelta(weeks=step)
    if unit == "month":
        return _add_months(pub, step)
    return date(pub.year + step, 1, 1)


def _add_months(pub: date, n: int) -> date:
    month = pub.month - 1 + n
    return date(pub.year + month // 12, month % 12 + 1, 1)
