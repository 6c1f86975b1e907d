"""Places: gazetteer matches in Arabic and English, landmarks, ambiguity, and the event's location."""

from __future__ import annotations

import json

import pytest

from marsad import build, data
from marsad.build.geo import _english_names, _is_arabic_name, fold_latin
from marsad.geo import Gazetteer, PlaceMatch, choose_location, choose_match, context_countries, resolve, to_location
from marsad.lang.tokenize import tokenize
from marsad.model import Location, MentionKind, Token


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


def _matches(gaz: Gazetteer, text: str) -> tuple[list[Token], list[PlaceMatch]]:
    tokens = list(tokenize(text))
    return tokens, gaz.matches(tokens)


def _places(gaz: Gazetteer, text: str, context: set[str] | None = None) -> list[tuple[str, str, str | None]]:
    """(surface, place name, country) of every match."""
    _, matches = _matches(gaz, text)
    return [(text[m.start : m.end], resolve(m.candidates, context or ()).name, m.place.country) for m in matches]


def _location(gaz: Gazetteer, text: str, trigger: str, context: set[str] | None = None) -> Location | None:
    tokens, matches = _matches(gaz, text)
    index = next(i for i, t in enumerate(tokens) if t.text == trigger)
    return choose_location(tokens, matches, index, None, context or ())


# -- recognition -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "name", "country"),
    [
        # clitics: the preposition ب, the conjunction و, the preposition ل, the article kept
        ("وصل الوزير ببروكسل أمس", "بروكسل", "Brussels", "BEL"),
        ("وفي إسلام آباد، التقى رئيس الوزراء بالسفير", "إسلام آباد", "Islamabad", "PAK"),
        ("توجه وفد لبيشاور", "بيشاور", "Peshawar", "PAK"),
        ("عقد الاجتماع بالقاهرة", "القاهرة", "Cairo", "EGY"),
        ("وصل الوفد إلى الرياض والدوحة", "الرياض", "Riyadh", "SAU"),
        ("غادر الوفد الدوحة", "الدوحة", "Doha", "QAT"),
        ("سقطت قذائف على مدينة الموصل", "الموصل", "Mosul", "IRQ"),
        ("قصفت الطائرات صنعاء", "صنعاء", "Sanaa", "YEM"),
        ("اشتباكات في الحديدة", "الحديدة", "Al Ḩudaydah", "YEM"),
        ("غارات على خان يونس", "خان يونس", "Khān Yūnis", "PSE"),
        ("وصل المبعوث إلى واشنطن", "واشنطن", "Washington", "USA"),
        ("انتهت القمة في نيودلهي", "نيودلهي", "New Delhi", "IND"),
        ("أعلنت باكستان", "باكستان", "Pakistan", "PAK"),
        ("talks in New York", "New York", "New York City", "USA"),
        ("He flew to Washington on Monday.", "Washington", "Washington", "USA"),
        ("fighting in Fallujah and Raqqa", "Fallujah", "Al Fallūjah", "IRQ"),
        ("A strike hit Hodeidah.", "Hodeidah", "Al Ḩudaydah", "YEM"),
        ("He visited Kiev in 2019.", "Kiev", "Kyiv", "UKR"),
        ("Protests in São Paulo spread to Sao Paulo suburbs.", "São Paulo", "São Paulo", "BRA"),
        ("Officials in Kuwait City said", "Kuwait City", "Kuwait City", "KWT"),
        ("the U.S. embassy", "U.S.", "United States", "USA"),
    ],
)
def test_geo_recognises_places(gaz: Gazetteer, text: str, surface: str, name: str, country: str) -> None:
    found = _places(gaz, text)
    assert found, text
    assert found[0] == (surface, name, country)


@pytest.mark.parametrize(
    ("text", "surface", "location_name", "country"),
    [
        ("أكد البيت الأبيض", "البيت الأبيض", "Washington", "USA"),
        ("قال الكرملين في بيان", "الكرملين", "Moscow", "RUS"),
        ("اجتماع في داونينغ ستريت", "داونينغ ستريت", "London", "GBR"),
        ("استقبل الرئيس الفرنسي في قصر الإليزيه نظيره", "قصر الإليزيه", "Paris", "FRA"),
        ("قتلى في قطاع غزة", "قطاع غزة", "Gaza", "PSE"),
        ("انفجار في المنطقة الخضراء", "المنطقة الخضراء", "Baghdad", "IRQ"),
        ("تظاهرات في ميدان التحرير", "ميدان التحرير", "Cairo", "EGY"),
        ("صلاة في المسجد الأقصى", "المسجد الأقصى", "Jerusalem", "ISR"),
        ("talks at Downing Street", "Downing Street", "London", "GBR"),
        ("a statement from the Kremlin", "Kremlin", "Moscow", "RUS"),
        ("a vote on Capitol Hill", "Capitol Hill", "Washington", "USA"),
        ("leaders met in Zhongnanhai", "Zhongnanhai", "Beijing", "CHN"),
        ("a sit-in in the Red Zone", "Red Zone", "Islamabad", "PAK"),
        ("officials at the Pentagon", "Pentagon", "Arlington", "USA"),
    ],
)
def test_geo_landmarks_stand_for_their_city(
    gaz: Gazetteer, text: str, surface: str, location_name: str, country: str
) -> None:
    _, matches = _matches(gaz, text)
    assert len(matches) == 1, [m.text for m in matches]
    match = matches[0]
    assert text[match.start : match.end] == surface == match.text
    place = match.place
    city = next(p for p in gaz.lookup(location_name) if p.geonameid == place.geonameid and p.kind == "city")
    assert place.kind == "landmark" and place.location_name == location_name and place.country == country
    assert (place.geonameid, place.lat, place.lon) == (city.geonameid, city.lat, city.lon)


def test_geo_regions_have_their_own_coordinates(gaz: Gazetteer) -> None:
    _, matches = _matches(gaz, "مداهمات في الضفة الغربية")
    place = matches[0].place
    assert (place.name, place.kind, place.country, place.geonameid) == ("West Bank", "region", "PSE", None)
    assert place.lat is not None and 31 < place.lat < 33 and place.lon is not None and 34 < place.lon < 36


@pytest.mark.parametrize(
    ("text", "surface", "name", "country"),
    [
        # provinces, governorates and districts that conflict news names, in Arabic and English
        ("قتل جنديان في هجوم بمحافظة الأنبار", "الأنبار", "Anbar Governorate", "IRQ"),
        ("غارة على منطقة باجور القبلية", "باجور", "Bajaur District", "PAK"),
        ("اشتباكات في ولاية هلمند", "هلمند", "Helmand Province", "AFG"),
        ("اشتباكات في حضرموت", "حضرموت", "Hadramawt Governorate", "YEM"),
        ("تظاهرات في إقليم كردستان", "إقليم كردستان", "Kurdistan Region", "IRQ"),
        ("Troops were deployed to South Waziristan", "South Waziristan", "South Waziristan", "PAK"),
        ("Fighting spread across Tigray", "Tigray", "Tigray Region", "ETH"),
        ("Clashes in North Kivu", "North Kivu", "North Kivu", "COD"),
        # ... and a region wins over a city of the same name elsewhere: Iraq's Babil, not Iran's Babol
        ("غارات على محافظة بابل", "بابل", "Babil Governorate", "IRQ"),
    ],
)
def test_geo_regions_of_conflict_zones(gaz: Gazetteer, text: str, surface: str, name: str, country: str) -> None:
    assert _places(gaz, text) == [(surface, name, country)]


@pytest.mark.parametrize(
    "text",
    [
        "new york is lowercase here",  # English names are capitalised
        "Reading the statement, he said",  # a city name that is a common word, not after a preposition
        "Police said three were arrested",
        "The talks resume in March.",  # never a place
        "وقال بيان صادر عن الوزارة",  # بيان: "statement", a city in Kuwait
        "نشرت الوكالة صور الاجتماع",  # صور: "pictures" without a preposition
        "برر الهجوم بحجة الدفاع",  # بحجة: "on the pretext", not Hajjah
        "قالت مصادر بأنه سيصل",  # بأنه: "that he", not Baneh
        "في سنة 2020 أعلن",  # سنة: "year"
        "على الصعيد الدولي أعلن",  # الصعيد: "level", not Upper Egypt
        "قدم المحامي السند القانوني",  # السند: "support", not Sindh
    ],
)
def test_geo_common_words_are_not_places(gaz: Gazetteer, text: str) -> None:
    assert _places(gaz, text) == []


def test_geo_weak_names_after_a_preposition_are_places(gaz: Gazetteer) -> None:
    assert _places(gaz, "سقطت قذائف في صور") == [("صور", "Tyre", "LBN")]
    assert _places(gaz, "غارات على مدينة صور") == [("صور", "Tyre", "LBN")]
    assert _places(gaz, "talks were held in Reading") == [("Reading", "Reading", "GBR")]


def test_geo_match_offsets_point_at_the_name(gaz: Gazetteer) -> None:
    text = "وفي إسلام آباد وصل الوزير ببروكسل"
    _, matches = _matches(gaz, text)
    assert [(text[m.start : m.end], m.prefix) for m in matches] == [("إسلام آباد", ""), ("بروكسل", "ب")]
    mention = matches[1].mention(sentence_index=0)
    assert mention.kind is MentionKind.PLACE and mention.entry_id == "place:2800866"


# -- ambiguity ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "context", "locative", "expected", "country"),
    [
        # the document's countries decide between namesakes
        ("طرابلس", set(), False, "Tripoli", "LBY"),
        ("طرابلس", {"LBN"}, False, "Tripoli", "LBN"),
        ("طرابلس", {"LBY"}, False, "Tripoli", "LBY"),
        ("Tripoli", {"LBN", "SYR"}, False, "Tripoli", "LBN"),
        ("الإسكندرية", set(), False, "Alexandria", "EGY"),
        ("الإسكندرية", {"EGY"}, True, "Alexandria", "EGY"),
        ("Hyderabad", set(), False, "Hyderabad", "IND"),
        ("Hyderabad", {"PAK"}, False, "Hyderabad", "PAK"),
        # ... unless the namesake elsewhere is far larger: Washington is D.C. in a British story,
        # Alexandria is Egypt's in an American one, Paris is France's
        ("Washington", {"GBR"}, False, "Washington", "USA"),
        ("الإسكندرية", {"USA"}, False, "Alexandria", "EGY"),
        ("Paris", {"USA"}, True, "Paris", "FRA"),
        ("Tripoli", {"GRC"}, False, "Tripoli", "LBY"),  # Trípoli, Greece: 26,000 people
        # a country over its capital of the same name, except after في / in
        ("الكويت", set(), False, "Kuwait", "KWT"),
        ("الكويت", set(), True, "Kuwait City", "KWT"),
        ("الجزائر", set(), True, "Algiers", "DZA"),
        ("تونس", set(), False, "Tunisia", "TUN"),
        ("تونس", set(), True, "Tunis", "TUN"),
        ("جيبوتي", set(), True, "Djibouti", "DJI"),
        ("سنغافورة", set(), False, "Singapore", "SGP"),
        ("Mexico", set(), True, "Mexico", "MEX"),
        # عمان is Oman (country) and Amman (city): the context decides
        ("عمان", set(), True, "Oman", "OMN"),
        ("عمان", {"JOR"}, True, "Amman", "JOR"),
        # our landmarks win over GeoNames namesakes
        ("Westminster", {"USA"}, False, "Westminster", "GBR"),
    ],
)
def test_geo_resolve(gaz: Gazetteer, name: str, context: set[str], locative: bool, expected: str, country: str) -> None:
    candidates = gaz.lookup(name)
    assert len(candidates) >= 1
    place = resolve(candidates, context, locative)
    assert (place.name, place.country) == (expected, country)


def test_geo_resolve_singapore_is_the_country_unless_locative(gaz: Gazetteer) -> None:
    assert resolve(gaz.lookup("سنغافورة")).kind == "country"
    assert resolve(gaz.lookup("سنغافورة"), locative=True).kind == "city"


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # a name called a capital is the capital city, not the country it shares its name with
        ("انعقد المؤتمر في العاصمة عمان", "Amman", "JOR"),
        ("وصل الوزير إلى العاصمة الأردنية عمان", "Amman", "JOR"),
        ("talks opened in the capital, Kuwait, on Monday", "Kuwait City", "KWT"),
        # without the word, the country
        ("وقعت سلطنة عمان الاتفاق", "Oman", "OMN"),
    ],
)
def test_geo_a_name_called_a_capital_is_the_city(gaz: Gazetteer, text: str, name: str, country: str) -> None:
    _, matches = _matches(gaz, text)
    assert [(m.place.name, m.place.country) for m in matches] == [(name, country)]
    location = to_location(matches[0])
    assert (location.name, location.country) == (name, country)


def test_geo_context_countries_come_from_unambiguous_places(gaz: Gazetteer) -> None:
    _, matches = _matches(gaz, "وصل الوفد من بيروت إلى طرابلس")
    assert context_countries(matches) == {"LBN"}  # طرابلس is in two countries: it adds none
    assert context_countries(matches, ["SYR", None]) == {"LBN", "SYR"}
    assert resolve(matches[1].candidates, context_countries(matches)).country == "LBN"


def test_geo_resolve_needs_candidates() -> None:
    with pytest.raises(ValueError, match="at least one"):
        resolve([])


# -- the event's location ----------------------------------------------------------------------------

AR_LOCATIONS = [
    ("عقد وزير الخارجية محادثات مع نظيره البلجيكي في بروكسل", "عقد", "Brussels", "بروكسل"),
    ("التقى سفير الاتحاد الأوروبي لدى باكستان وزير الداخلية", "التقى", None, None),
    ("التقى سفير الاتحاد الأوروبي لدى باكستان وزير الداخلية في إسلام آباد", "التقى", "Islamabad", "إسلام آباد"),
    ("وصل الرئيس الفرنسي ببروكسل للمشاركة في القمة", "وصل", "Brussels", "بروكسل"),
    ("وفي إسلام آباد، التقى رئيس الوزراء بالسفير الصيني", "التقى", "Islamabad", "إسلام آباد"),
    ("أدانت مصر الهجوم. ووقع الهجوم في بيشاور", "أدانت", None, None),
    ("انفجرت سيارة مفخخة قرب بغداد", "انفجرت", "Baghdad", "بغداد"),
    ("انفجرت سيارة مفخخة بالقرب من بغداد", "انفجرت", "Baghdad", "بغداد"),
    ("تظاهر الآلاف أمام البيت الأبيض احتجاجا على الحرب", "تظاهر", "Washington", "البيت الأبيض"),
    ("استقبل الرئيس المصري في القاهرة وفدا من الأردن", "استقبل", "Cairo", "القاهرة"),
    ("اجتمع وزراء الخارجية العرب في العاصمة المصرية القاهرة", "اجتمع", "Cairo", "القاهرة"),
    ("قصفت الطائرات مواقع في مدينة حلب", "قصفت", "Aleppo", "حلب"),
    ("وقع اشتباك بمدينة طرابلس الليبية", "وقع", "Tripoli", "طرابلس"),
    ("اجتمع الوزير في الكويت مع نظيره العماني", "اجتمع", "Kuwait City", "الكويت"),
    ("دعت تونس إلى الحوار", "دعت", None, None),
    ("اتهمت إيران الولايات المتحدة بالتدخل في شؤونها", "اتهمت", None, None),
    ("عقدت الحكومة اجتماعا في الرياض؛ وفي جدة أعلن الأمير", "عقدت", "Riyadh", "الرياض"),
    ("عقدت الحكومة اجتماعا في الرياض؛ وفي جدة أعلن الأمير", "أعلن", "Jeddah", "جدة"),
    ("التقى ولي العهد في جدة الرئيس الأمريكي القادم من واشنطن", "التقى", "Jeddah", "جدة"),
    ("نفذت القوات عملية داخل قطاع غزة", "نفذت", "Gaza", "قطاع غزة"),
    ("احتج المئات عند مقر المقاطعة في رام الله", "احتج", "Ramallah", "مقر المقاطعة"),
    ("تعرضت بلدة في شمال سوريا لقصف مدفعي", "تعرضت", "Syria", "سوريا"),
    ("اقتحمت القوات منازل في مدينة جنين بالضفة الغربية", "اقتحمت", "Janīn", "جنين"),
    ("سقطت قذائف في صور", "سقطت", "Tyre", "صور"),
    ("وقال مسؤول في الخارجية إن الوزير سيزور باريس", "وقال", None, None),
    ("التقى الوزير نظيره اللبناني في طرابلس", "التقى", "Tripoli", "طرابلس"),
    # a direction after a distance places the event: "(60 كم جنوب بغداد)"
    ("انفجرت سيارة مفخخة في بلدة تقع على بعد 60 كم جنوب بغداد", "انفجرت", "Baghdad", "بغداد"),
]

EN_LOCATIONS = [
    ("Pakistan and the EU held talks in Brussels on Thursday.", "held", "Brussels", "Brussels"),
    ("The EU ambassador to Pakistan met the interior minister.", "met", None, None),
    ("Talks with Pakistan were held at the White House.", "held", "Washington", "White House"),
    ("A car bomb exploded near Baghdad on Sunday.", "exploded", "Baghdad", "Baghdad"),
    ("Protesters gathered outside the Kremlin.", "gathered", "Moscow", "Kremlin"),
    ("The summit took place in the Belgian capital, Brussels.", "took", "Brussels", "Brussels"),
    ("Egypt condemned the attack. Gunmen opened fire in Peshawar.", "condemned", None, None),
    ("Egypt condemned the attack. Gunmen opened fire in Peshawar.", "opened", "Peshawar", "Peshawar"),
    ("Police said the attack in Nice killed three people.", "killed", "Nice", "Nice"),
    ("In Islamabad, the prime minister met the Chinese envoy.", "met", "Islamabad", "Islamabad"),
    ("Israeli forces raided homes in the West Bank city of Jenin.", "raided", "Janīn", "Jenin"),
    ("Hamas officials arrived in Cairo for talks with Egyptian mediators.", "arrived", "Cairo", "Cairo"),
    ("The ministers met at the Élysée Palace.", "met", "Paris", "Élysée Palace"),
    ("Russia accused Ukraine of shelling civilians.", "accused", None, None),
    ("The attack took place in New York, officials in Washington said.", "took", "New York City", "New York"),
    ("Iran's foreign minister met his counterpart in Muscat; talks continue.", "met", "Muscat", "Muscat"),
]


@pytest.mark.parametrize(("text", "trigger", "name", "surface"), AR_LOCATIONS)
def test_geo_event_location_ar(gaz: Gazetteer, text: str, trigger: str, name: str | None, surface: str | None) -> None:
    location = _location(gaz, text, trigger)
    assert ((location.name, location.text) if location else None) == ((name, surface) if name else None)


@pytest.mark.parametrize(("text", "trigger", "name", "surface"), EN_LOCATIONS)
def test_geo_event_location_en(gaz: Gazetteer, text: str, trigger: str, name: str | None, surface: str | None) -> None:
    location = _location(gaz, text, trigger)
    assert ((location.name, location.text) if location else None) == ((name, surface) if name else None)


def test_geo_location_is_the_contract_record(gaz: Gazetteer) -> None:
    location = _location(gaz, "عقد الاجتماع في بروكسل", "عقد")
    assert location == Location("Brussels", "بروكسل", "BEL", 50.8505, 4.3488, 2800866)
    lebanese = _location(gaz, "التقى الوزير نظيره في طرابلس", "التقى", context={"LBN"})
    assert lebanese is not None and (lebanese.country, lebanese.geonameid) == ("LBN", 266826)


def test_geo_choose_match_prefers_the_nearest_place_in_the_clause(gaz: Gazetteer) -> None:
    text = "في القاهرة، قال الوزير إن الاجتماع سيعقد في عمان"
    tokens, matches = _matches(gaz, text)
    said = next(i for i, t in enumerate(tokens) if t.text == "قال")
    held = next(i for i, t in enumerate(tokens) if t.text == "سيعقد")
    assert choose_match(tokens, matches, said) is matches[0]
    assert choose_match(tokens, matches, held) is matches[1]


# -- the compiled gazetteer --------------------------------------------------------------------------


def test_geo_compiled_gazetteer_is_indexed_and_small() -> None:
    compiled = data.load("gazetteer.json")
    places, keys = compiled["places"], compiled["keys"]
    assert len(places) > 30_000 and len(keys) > 50_000
    kinds = {p[6] for p in places}
    assert kinds == {"country", "city", "landmark", "region"}
    for gid, name, country, lat, lon, population, _kind in places[:: len(places) // 500]:
        assert (gid is None or isinstance(gid, int)) and name and (country is None or len(country) == 3)
        assert lat is None or (-90 <= lat <= 90 and round(lat, 4) == lat)
        assert lon is None or (-180 <= lon <= 180 and round(lon, 4) == lon)
        assert isinstance(population, int)
    assert all(0 <= index < len(places) and key for key, index in keys)
    assert len({(tuple(k), i) for k, i in keys}) == len(keys)  # no duplicate keys
    assert (build.OUT / "gazetteer.json").stat().st_size < 6_000_000
    assert json.loads((build.OUT / "gazetteer.json").read_text(encoding="utf-8"))["capitals"]["PAK"] >= 0


def test_geo_gazetteer_loads_once() -> None:
    assert Gazetteer.default() is Gazetteer.default()
    assert len(Gazetteer.default()) == len(data.load("gazetteer.json")["places"])


@pytest.mark.parametrize(
    ("name", "arabic"),
    [
        ("تهران", True),  # written in Arabic letters only
        ("الإسكندرية", True),
        ("رام الله", True),
        ("اسکندریه", False),  # Persian kaf and yeh
        ("پیشاور", False),  # Persian peh
        ("رام\u200cالله", False),  # a zero-width non-joiner: Persian spelling
        ("طرابلس، لیبیا", False),  # a disambiguating comma, Persian yeh
        ("ڕامەڵا", False),  # Kurdish
        ("غزہ", False),  # Urdu heh goal
    ],
)
def test_geo_build_keeps_arabic_names_only(name: str, arabic: bool) -> None:
    assert _is_arabic_name(name) is arabic


def test_geo_build_folds_transliterations() -> None:
    assert fold_latin("Al Ḩudaydah") == "Al Hudaydah"
    assert fold_latin("Dar‘ā") == "Dara"
    assert _english_names("Ţarţūs") == ["Tartus"]  # macrons and dots: not how English writes it
    assert _english_names("São Paulo") == ["Sao Paulo", "São Paulo"]  # Latin-1 accents: written both ways
    assert _english_names("Cairo") == ["Cairo"]
