"""Place recognition: gazetteer matches over token readings, ambiguity, and the event's location.

The gazetteer (``marsad/data/gazetteer.json``, compiled by ``marsad.build.geo``) holds every country,
every city of 15,000 people or more and the landmarks news uses as places, indexed by a trie over
normalised token forms like the actor dictionary. A name may stand for several places (طرابلس:
Tripoli in Libya and in Lebanon); ``resolve`` picks one with the document's countries.

An event's location is the place a locative preposition introduces (في بروكسل، ببروكسل، in Brussels)
in the trigger's clause, nearest the trigger; other places in the sentence (لدى باكستان, talks with
Pakistan) are participants or descriptions, not where the event happened.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from marsad import data
from marsad.lang.normalize import normalize
from marsad.lang.tokenize import entry_key
from marsad.model import Location, Mention, MentionKind, Reading, Token, TokenKind

_END = "\x00"  # trie key of the place indices that end at a node (never a token form)

#: a name of a place in a country of the document wins over a namesake elsewhere unless that one is
#: this many times larger (Tripoli, Lebanon in a Lebanese story; Washington, D.C. even in a British one)
CONTEXT_RATIO = 8

#: prepositions that make a place the scene of an event (the clitic ب is read off the place itself)
AR_LOCATIVES = frozenset(map(normalize, ["في", "قرب", "داخل", "أمام", "عند", "خارج", "وسط"]))
EN_LOCATIVES = frozenset(["in", "at", "near", "outside", "inside"])
#: "40 كم غرب الموصل": a direction after a distance places what it describes
AR_DIRECTIONS = frozenset(map(normalize, "شمال جنوب شرق غرب شمالي جنوبي شرقي غربي".split()))
AR_DISTANCES = frozenset(map(normalize, "كم كلم كيلومتر كيلومترا كيلومترات ميل ميلا اميال أميال".split()))
#: prepositions of two words, the second من: بالقرب من، على مقربة من
AR_LOCATIVES_BEFORE_MIN = frozenset(map(normalize, ["بالقرب", "مقربة", "قرب"]))
#: prepositions before which a weak name (صور، Reading) is read as a place at all
AR_PLACE_PREPOSITIONS = AR_LOCATIVES | frozenset(map(normalize, ["إلى", "الى", "من", "عبر", "نحو", "حتى"]))
EN_PLACE_PREPOSITIONS = EN_LOCATIVES | frozenset(["from", "to", "into", "via", "across", "toward", "towards"])
#: words between a preposition and its place: في مدينة حلب، في العاصمة البلجيكية بروكسل، in the city of Aleppo
AR_DESCRIPTORS = frozenset(
    map(
        normalize,
        "مدينة المدينة العاصمة عاصمة بلدة البلدة قرية القرية محافظة ولاية منطقة مخيم ميناء ضواحي مشارف "
        "شمال جنوب شرق غرب وسط شمالي جنوبي شرقي غربي".split(),
    )
)
EN_DESCRIPTORS = frozenset(
    "the of city town capital village province region district port camp downtown suburbs outskirts "
    "northern southern eastern western central north south east west occupied besieged coastal border".split()
)
_EN_PLACE_NOUNS = frozenset(["city", "town", "village", "capital", "port", "province", "district"])
MAX_GAP = 6  # words between a preposition and its place
#: words that call the name after them a capital ("العاصمة الأردنية عمان", "the capital, Amman")
CAPITAL_WORDS = frozenset(map(normalize, ["العاصمة", "عاصمة", "capital"]))
MAX_CAPITAL_GAP = 3
CLAUSE_BREAKS = frozenset({".", ";", ":", "?", "!"})
_PREFIXES_WITH_B = ("ب", "وب", "فب")
_EN_ADJECTIVE_ENDINGS = ("an", "ese", "i", "ish", "ch")


@dataclass(frozen=True, slots=True)
class Place:
    index: int
    geonameid: int | None
    name: str
    country: str | None  # ISO 3166-1 alpha-3
    lat: float | None
    lon: float | None
    population: int
    kind: str  # country | city | landmark | region
    capital_of: str | None = None  # a capital city: its country
    city: str | None = None  # a landmark: the city it stands for (البيت الأبيض: Washington)

    @property
    def location_name(self) -> str:
        return self.city or self.name


@dataclass(frozen=True, slots=True)
class PlaceMatch:
    """A place name in a token sequence. Offsets are the tokens' (document offsets for document tokens)."""

    candidates: tuple[Place, ...]  # every place of that name, largest first
    token_start: int
    token_end: int
    start: int
    end: int
    text: str  # the name as written, without proclitics (بروكسل in ببروكسل)
    prefix: str = ""  # proclitics read off the first token (ب، وب، ل)
    weak: bool = False  # the name is also a common word: taken because a preposition introduces it
    capital: bool = False  # called a capital just before: "العاصمة عمان" (Amman, not Oman), "the capital, Kuwait"

    @property
    def place(self) -> Place:
        """The place without document context (the largest; a country over its namesakes)."""
        return resolve(self.candidates, capital=self.capital)

    def mention(self, sentence_index: int, context: Iterable[str] = ()) -> Mention:
        place = resolve(self.candidates, context, capital=self.capital)
        entry = f"place:{place.geonameid}" if place.geonameid is not None else f"place:{place.name}"
        return Mention(self.start, self.end, MentionKind.PLACE, entry, sentence_index, self.token_start, self.token_end)


class Gazetteer:
    """Places indexed by a trie over normalised token forms; longest match is found in one walk."""

    def __init__(self, compiled: dict[str, Any], lexicon: frozenset[str] = frozenset()) -> None:
        self._rows: list[list[Any]] = compiled["places"]
        self._capital_of = {index: country for country, index in compiled.get("capitals", {}).items()}
        self._city_names = {row[0]: row[1] for row in self._rows if row[6] == "city"}
        self._places: dict[int, Place] = {}  # made when first matched
        self._trie: dict[str, Any] = {}
        for key, index in compiled["keys"]:
            node = self._trie
            for form in key:
                node = node.setdefault(form, {})
            node.setdefault(_END, []).append(index)
        self.weak: frozenset[str] = frozenset(compiled.get("weak", ()))
        self.lexicon = lexicon  # Arabic words read whole (بيان is not ب + يان)

    @classmethod
    def default(cls) -> Gazetteer:
        return _default()

    def __len__(self) -> int:
        return len(self._rows)

    def place(self, index: int) -> Place:
        place = self._places.get(index)
        if place is None:
            row = self._rows[index]
            city = self._city_names.get(row[0]) if row[6] == "landmark" else None
            gid, name, country, lat, lon, population, kind = row
            place = Place(index, gid, name, country, lat, lon, population, kind, self._capital_of.get(index), city)
            self._places[index] = place
        return place

    def lookup(self, name: str) -> tuple[Place, ...]:
        """The places called ``name`` exactly (any spelling the gazetteer knows), largest first."""
        node: dict[str, Any] | None = self._trie
        for form in entry_key(name):
            node = node.get(form) if node is not None and form != _END else None
        return self._candidates(node.get(_END, ())) if node is not None else ()

    def _candidates(self, indices: Iterable[int]) -> tuple[Place, ...]:
        found = {self.place(i) for i in indices}
        return tuple(sorted(found, key=lambda p: (-p.population, p.index)))

    def matches(self, tokens: Sequence[Token]) -> list[PlaceMatch]:
        """Non-overlapping longest matches, left to right. The first token may be read without its
        proclitics (ببروكسل، وفي إسلام آباد، لبيشاور), never without its article or with a suffix;
        following tokens match whole. English names must be capitalised; a name that is also a
        common word (صور، Reading) needs a preposition before it."""
        out: list[PlaceMatch] = []
        i, n = 0, len(tokens)
        while i < n:
            best = self.match_at(tokens, i)
            if best is None:
                i += 1
            else:
                out.append(best)
                i = best.token_end
        return out

    def match_at(self, tokens: Sequence[Token], i: int) -> PlaceMatch | None:
        """The longest place name starting at token ``i`` (as ``matches`` reads it there), or None."""
        best: PlaceMatch | None = None
        for reading in _first_readings(tokens[i], self.lexicon):
            node: dict[str, Any] | None = self._trie.get(reading.form) if reading.form != _END else None
            j = i + 1
            while node is not None:
                indices = node.get(_END)
                if indices and (best is None or j > best.token_end) and _capitalised(tokens, i, j):
                    weak = j == i + 1 and reading.form in self.weak
                    if not weak or _after_preposition(tokens, i):
                        best = self._match(tokens, i, j, reading, indices, weak)
                if j >= len(tokens):
                    break
                node = _step_whole(node, tokens[j])
                j += 1
        return best

    def _match(
        self, tokens: Sequence[Token], i: int, j: int, reading: Reading, indices: list[int], weak: bool
    ) -> PlaceMatch:
        first = tokens[i]
        rel = _name_start(first, reading)
        start = first.start + rel
        if j == i + 1:
            end = first.start + reading.end
            text = first.text[rel : reading.end]
        else:
            end = tokens[j - 1].end
            parts = [first.text[rel:]]
            for k in range(i + 1, j):
                parts.append((" " if tokens[k].start > tokens[k - 1].end else "") + tokens[k].text)
            text = "".join(parts)
        capital = any(
            {r.form for r in tokens[k].readings} & CAPITAL_WORDS for k in range(max(0, i - MAX_CAPITAL_GAP), i)
        )
        return PlaceMatch(self._candidates(indices), i, j, start, end, text, reading.prefix, weak, capital)


@cache
def _default() -> Gazetteer:
    return Gazetteer(data.load("gazetteer.json"), frozenset(data.load("lexicon_ar.json")["words"]))


def _first_readings(token: Token, lexicon: frozenset[str]) -> list[Reading]:
    """Readings a place name may start with: the whole token, or the token without proclitics
    (و ف ب ل ك), not without its article (رياض in الرياض is a first name) nor with a suffix."""
    if token.kind is not TokenKind.WORD:
        return []
    if not token.is_arabic or token.norm in lexicon:
        return [token.readings[0]]
    return [r for r in token.readings if not r.suffix and not r.prefix.endswith(("ال", "لل")) and "س" not in r.prefix]


def _step_whole(node: dict[str, Any], token: Token) -> dict[str, Any] | None:
    for reading in token.readings:
        if reading.prefix or reading.suffix or reading.form == _END:
            continue
        nxt: dict[str, Any] | None = node.get(reading.form)
        if nxt is not None:
            return nxt
    return None


def _name_start(token: Token, reading: Reading) -> int:
    """Offset in the token where the name starts: للقاهرة is ل + القاهرة with the alef dropped."""
    if reading.prefix.endswith("ل") and reading.form.startswith("ال") and token.norm.startswith("لل"):
        return reading.start - 1
    return reading.start


def _capitalised(tokens: Sequence[Token], i: int, j: int) -> bool:
    """Latin names are written with capitals: the first and the last word of the name (New York,
    Isle of Man, Quai d'Orsay), or all in capitals (a headline)."""
    first, last = tokens[i], tokens[j - 1]
    if first.is_arabic or not first.text[:1].isalpha():
        return True
    return first.text[:1].isupper() and any(ch.isupper() for ch in last.text)


def _after_preposition(tokens: Sequence[Token], i: int) -> bool:
    """Whether token ``i`` is introduced as a place: a preposition of place right before it, or a
    place noun (مدينة صور، the city of Reading). Not the clitic ب: بصور is "with pictures"."""
    k = i - 1
    if k >= 0 and tokens[k].norm in ("the", "of"):
        k -= 1
    if k < 0:
        return False
    forms = {r.form for r in _bare_readings(tokens[k])}
    return bool(forms & (AR_PLACE_PREPOSITIONS | EN_PLACE_PREPOSITIONS | AR_DESCRIPTORS | _EN_PLACE_NOUNS))


def _bare_readings(token: Token) -> list[Reading]:
    """The token and the token without a conjunction (وفي -> في)."""
    return [r for r in token.readings if not r.suffix and r.prefix in ("", "و", "ف")]


# -- ambiguity ------------------------------------------------------------------------------------


def resolve(
    candidates: Sequence[Place], context_countries: Iterable[str] = (), locative: bool = False, capital: bool = False
) -> Place:
    """The place a name stands for.

    * A name called a capital (``capital``: العاصمة عمان) is the capital city of that name, if any.
    * A place in a country of the document (``context_countries``) wins over namesakes elsewhere,
      unless one of those is more than ``CONTEXT_RATIO`` times larger (طرابلس in a Lebanese story is
      Tripoli, Lebanon; Washington in a British one is still Washington, D.C.).
    * A country wins over its cities' names (الكويت، الجزائر، تونس، جيبوتي), except that after a
      locative preposition a country's capital of that name is the place (في الكويت: Kuwait City).
    * Landmarks and regions (ours) win over GeoNames namesakes (Westminster, Capitol Hill).
    * Otherwise the largest place.
    """
    if not candidates:
        raise ValueError("resolve() needs at least one candidate place")
    if capital:
        capitals = [p for p in candidates if p.capital_of is not None]
        if capitals:
            return _largest(capitals)
    context = set(context_countries)
    pool = list(candidates)
    if context:
        inside = [p for p in pool if p.country in context]
        outside = [p for p in pool if p.country not in context]
        if inside and (not outside or _largest(outside).population <= CONTEXT_RATIO * _largest(inside).population):
            pool = inside
    countries = [p for p in pool if p.kind == "country"]
    if countries:
        country = _largest(countries)
        if locative:
            city = next((p for p in pool if p.capital_of is not None and p.capital_of == country.country), None)
            if city is not None:
                return city
        return country
    curated = [p for p in pool if p.kind in ("landmark", "region")] or [
        p for p in candidates if p.kind in ("landmark", "region")
    ]
    if curated:
        return curated[0]
    return _largest(pool)


def _largest(places: Sequence[Place]) -> Place:
    return min(places, key=lambda p: (-p.population, p.index))


def context_countries(matches: Iterable[PlaceMatch], extra: Iterable[str | None] = ()) -> set[str]:
    """Countries of a document: of the places named without ambiguity (every candidate in one
    country: Beirut, Lebanon), and ``extra`` ones (the countries of its actors)."""
    out = {c for c in extra if c}
    for match in matches:
        countries = {p.country for p in match.candidates}
        if len(countries) == 1:
            country = next(iter(countries))
            if country:
                out.add(country)
    return out


# -- the event's location -------------------------------------------------------------------------


Introductions = tuple[dict[PlaceMatch, int], set[PlaceMatch]]


def introductions(tokens: Sequence[Token], matches: Sequence[PlaceMatch], lang: str | None = None) -> Introductions:
    """The place matches of a sentence introduced by a locative preposition (with where it stands),
    and those among them that only describe another place. The same for every trigger of the sentence."""
    placed = frozenset(k for m in matches for k in range(m.token_start, m.token_end))
    introduced: dict[PlaceMatch, int] = {}
    for match in matches:
        start = _introduction(tokens, match, lang, placed)
        if start is not None:
            introduced[match] = start
    modifiers = {
        m for m in introduced for other, start in introduced.items() if start <= m.token_start < other.token_start
    }
    return introduced, modifiers


def choose_match(
    tokens: Sequence[Token],
    matches: Sequence[PlaceMatch],
    trigger_index: int,
    lang: str | None = None,
    intro: Introductions | None = None,
) -> PlaceMatch | None:
    """The place match that is the event's location: introduced by a locative preposition, in the
    trigger's clause (no . ; : between them), nearest the trigger (after it on a tie). A place that
    describes another (the West Bank in "in the West Bank city of Jenin") is not a candidate."""
    introduced, modifiers = introductions(tokens, matches, lang) if intro is None else intro
    best: tuple[int, int] | None = None
    chosen: PlaceMatch | None = None
    for match in introduced:
        if match in modifiers or match.token_start <= trigger_index < match.token_end:
            continue
        after = match.token_start > trigger_index
        lo, hi = (trigger_index + 1, match.token_start) if after else (match.token_end, trigger_index)
        if any(tokens[k].norm in CLAUSE_BREAKS for k in range(lo, hi)):
            continue
        rank = (hi - lo, 0 if after else 1)
        if best is None or rank < best:
            best, chosen = rank, match
    return chosen


def choose_location(
    tokens: Sequence[Token],
    matches: Sequence[PlaceMatch],
    trigger_index: int,
    lang: str | None = None,
    context: Iterable[str] = (),
    intro: Introductions | None = None,
) -> Location | None:
    """The event's ``Location`` (see ``choose_match``), resolved with the document's countries."""
    match = choose_match(tokens, matches, trigger_index, lang, intro)
    if match is None:
        return None
    return to_location(match, context, locative=True)


def to_location(match: PlaceMatch, context: Iterable[str] = (), locative: bool = False) -> Location:
    """The contract's location of a match: a landmark gives its city's name, id and coordinates."""
    place = resolve(match.candidates, context, locative, match.capital)
    return Location(place.location_name, match.text, place.country, place.lat, place.lon, place.geonameid)


def _introduction(
    tokens: Sequence[Token], match: PlaceMatch, lang: str | None, placed: frozenset[int] = frozenset()
) -> int | None:
    """Where the locative preposition that introduces the place is (token index), or None: its
    clitic ب (ببروكسل), or في/in before it, possibly across a description (في العاصمة البلجيكية
    بروكسل، in the Belgian capital, Brussels, in the West Bank city of Jenin). ``placed``: the tokens
    of place names, which may describe the place as adjectives do."""
    if match.prefix in _PREFIXES_WITH_B:
        return match.token_start
    arabic = tokens[match.token_start].is_arabic if lang is None else lang == "ar"
    gap: list[int] = []  # the words between the preposition and the place, nearest the place first
    k = match.token_start - 1
    while k >= 0 and len(gap) <= MAX_GAP:
        token = tokens[k]
        if arabic:
            forms = {r.form for r in _bare_readings(token)}
            before = {r.form for r in _bare_readings(tokens[k - 1])} if k > 0 else set()
            if forms & AR_LOCATIVES or (token.norm == "من" and before & AR_LOCATIVES_BEFORE_MIN):
                return k if _arabic_description(tokens, gap[::-1], placed) else None
            if forms & AR_DIRECTIONS and before & AR_DISTANCES:  # "(40 كم غرب الموصل)"
                return k if _arabic_description(tokens, gap[::-1], placed) else None
            with_b = {r.form for r in token.readings if r.prefix in _PREFIXES_WITH_B and not r.suffix}
            if with_b & AR_DESCRIPTORS:  # بمدينة حلب
                return k if _arabic_description(tokens, [k, *gap[::-1]], placed, after_b=True) else None
        elif token.norm in EN_LOCATIVES:
            return k if _english_description(tokens, gap[::-1], placed) else None
        if token.kind is TokenKind.NUMBER:
            return None
        gap.append(k)
        k -= 1
    return None


def _arabic_description(
    tokens: Sequence[Token], words: list[int], placed: frozenset[int], after_b: bool = False
) -> bool:
    """Words between في and the place: none, or a descriptor (مدينة، العاصمة، شمال) followed by
    descriptors, adjectives and place names (العاصمة البلجيكية، مخيم جنين)."""
    for n, k in enumerate(words):
        token = tokens[k]
        if token.kind is not TokenKind.WORD or not token.is_arabic:
            return False
        if n == 0 and after_b:
            continue
        if {r.form for r in _bare_readings(token)} & AR_DESCRIPTORS:
            continue
        if n == 0 or not (k in placed or token.norm.endswith(("يه", "ي"))):
            return False  # an adjective (nisba) or a place name only after a descriptor
    return True


def _english_description(tokens: Sequence[Token], words: list[int], placed: frozenset[int]) -> bool:
    """Words between in and the place: none, or a description that starts with a determiner or a
    place noun (the city of, the Belgian capital, northern), with nationality adjectives, place names
    (the West Bank city of) and a comma before the name."""
    if not words:
        return True
    if tokens[words[0]].norm not in EN_DESCRIPTORS:
        return False
    last = len(words) - 1
    for n, k in enumerate(words):
        token = tokens[k]
        if token.norm in EN_DESCRIPTORS or (token.norm == "," and n == last and n > 0):
            continue
        text = token.text
        adjective = token.kind is TokenKind.WORD and text[:1].isupper() and text.endswith(_EN_ADJECTIVE_ENDINGS)
        if not (adjective or k in placed) or n == last:
            return False  # an adjective describes a place noun (the Belgian capital), never the name
    return True
