"""Actor recognition in Arabic and English: dictionaries, phrases, roles by date, references."""

from __future__ import annotations

import pytest

from marsad.actors.compound import group_mentions
from marsad.model import Document, MentionKind
from marsad.pipeline import Pipeline, load_pipeline


@pytest.fixture(scope="module")
def actors_pipeline() -> Pipeline:
    return load_pipeline(stages=("language", "text", "actors"))


def _actors(p: Pipeline, text: str, date: str | None = "2025-07-18") -> list[tuple[str, str]]:
    doc = p(Document(text, date=date))
    return [(m.actor.code, text[m.start : m.end]) for m in doc.mentions if m.actor]


@pytest.mark.parametrize(
    ("text", "code", "surface"),
    [
        # countries, nationality adjectives with agents, capitals as governments
        ("أعلنت باكستان", "PAK", "باكستان"),
        ("قالت وزارة الخارجية الباكستانية", "PAKGOV", "وزارة الخارجية الباكستانية"),
        ("أكد الجيش الباكستاني", "PAKMIL", "الجيش الباكستاني"),
        # a defence minister is the government (as the people files and Phoenix's GOVMIL code them)
        ("قال وزير الدفاع الإسرائيلي", "ISRGOV", "وزير الدفاع الإسرائيلي"),
        ("the Turkish defence minister said", "TURGOV", "Turkish defence minister"),
        ("اعتقلت الشرطة المصرية", "EGYCOP", "الشرطة المصرية"),
        ("قال وزير خارجية باكستان", "PAKGOV", "وزير خارجية باكستان"),
        ("أعلنت حكومة الأردن", "JORGOV", "حكومة الأردن"),
        ("أعلنت واشنطن", "USAGOV", "واشنطن"),
        ("قالت طهران", "IRNGOV", "طهران"),
        # a state's former name and its demonym (Kampuchea, 1976-1989)
        ("Kampuchean guerrillas shelled the border post", "KHMREB", "Kampuchean guerrillas"),
        ("انسحبت القوات الفيتنامية من كمبوتشيا", "KHM", "كمبوتشيا"),
        # a noun and adjective listed indefinite are matched with the article on both
        ("شنت الطائرات الحربية الروسية غارات", "RUSMIL", "الطائرات الحربية الروسية"),
        ("قالت المصادر الأمنية العراقية إن", "IRQCOP", "المصادر الأمنية العراقية"),
        # an airliner is civilian
        ("خطف مسلحون طائرة ركاب تركية", "TURCVL", "طائرة ركاب تركية"),
        # a teacher, singular, is of the education sector as teachers are
        ("خطف مسلحون معلما أردنيا", "JOREDU", "معلما أردنيا"),
        # the PLO under the variant name the press often gives it
        (
            "Palestinian Liberation Organization leaders met in Tunis",
            "PSEGOV",
            "Palestinian Liberation Organization leaders",
        ),
        ("وصل وفد من الأردن", "JORGOV", "وفد من الأردن"),
        ("قتل ثلاثة جنود إسرائيليين", "ISRMIL", "جنود إسرائيليين"),
        # religious leaders: the country of their seat, sector REL
        ("استقبل علي السيستاني المبعوث الأممي", "IRQREL", "علي السيستاني"),
        # a religious authority (marja') is a cleric, the title before a name part of the person's mention
        ("التقى المرجع الديني آية الله علي السيستاني الوفد", "IRQREL", "المرجع الديني آية الله علي السيستاني"),
        ("أصدر المرجع الديني العراقي فتوى", "IRQREL", "المرجع الديني العراقي"),
        # organisations and groups, with clitics
        ("اتفقت مصر والاتحاد الأوروبي", "IGOEUREEC", "الاتحاد الأوروبي"),
        ("دعا مجلس الأمن الدولي", "IGOUNO", "مجلس الأمن الدولي"),
        ("قالت القيادة المركزية الأمريكية", "USAMIL", "القيادة المركزية الأمريكية"),
        ("أعلنت حركة طالبان باكستان", "PAKREB", "حركة طالبان باكستان"),
        ("هاجمت حركة طالبان قافلة", "IMGREB", "حركة طالبان"),
        ("قالت طالبان الأفغانية", "AFGREB", "طالبان الأفغانية"),
        # people of no stated kind (Phoenix's PPL): not civilians, no sector; with a nationality, that country
        ("قتل ثمانية أشخاص", "PPL", "أشخاص"),
        ("خطف مسلحون رجلا", "PPL", "رجلا"),
        ("قتل ثلاثة أشخاص عراقيين", "IRQ", "أشخاص عراقيين"),
        ("قتل سائق شاحنة تركي", "TUR", "سائق شاحنة تركي"),
        ("تبنى تنظيم داعش الهجوم", "IMGREB", "تنظيم داعش"),
        ("قال مسؤول في حلف الناتو", "IGOWSTNAT", "مسؤول في حلف الناتو"),
        # an organisation's own forces take their sector; its officials are the organisation
        ("قصفت قوات حلف شمال الأطلسي القرية", "IGOWSTNATMIL", "قوات حلف شمال الأطلسي"),
        ("انتشرت قوات الأمم المتحدة", "IGOUNOMIL", "قوات الأمم المتحدة"),
        # earlier names of a group, state-affiliated and tribal forces
        ("أعلنت دولة العراق الإسلامية", "IMGREB", "دولة العراق الإسلامية"),
        ("هاجمت قوات البيشمركة", "IRQMIL", "قوات البيشمركة"),
        ("قتل عنصران من مجالس الصحوة", "IRQUAF", "مجالس الصحوة"),
        # military equipment with a nationality adjective is that state's military
        ("قصفت دبابات روسية البلدة", "RUSMIL", "دبابات روسية"),
        ("حلقت مروحيات أمريكية فوق المدينة", "USAMIL", "مروحيات أمريكية"),
        ("أطلقت بارجة إسرائيلية النار", "ISRMIL", "بارجة إسرائيلية"),
        # titles and people, resolved on the date
        ("الرئيس الأمريكي دونالد ترامب", "USAGOV", "الرئيس الأمريكي دونالد ترامب"),
        ("رئيس الوزراء الباكستاني شهباز شريف", "PAKGOV", "رئيس الوزراء الباكستاني شهباز شريف"),
        (
            "القائد العام للجيش الباكستاني المارشال عاصم منير",
            "PAKMIL",
            "القائد العام للجيش الباكستاني المارشال عاصم منير",
        ),
        ("سفيرة الاتحاد الأوروبي لدى باكستان", "IGOEUREEC", "سفيرة الاتحاد الأوروبي"),
        ("الأمين العام للأمم المتحدة أنطونيو غوتيريش", "IGOUNO", "الأمين العام للأمم المتحدة أنطونيو غوتيريش"),
        # an unknown name after a known title keeps the title's code
        ("قال وزير الخارجية المصري سامح فهمي", "EGYGOV", "وزير الخارجية المصري سامح فهمي"),
        # unidentified armed men and people
        ("هاجم مسلحون مجهولون", "UAF", "مسلحون مجهولون"),
        # unknown people alone are people of no stated kind: nothing says they were armed
        ("أحرق مجهولون سيارة القاضي ليلا", "PPL", "مجهولون"),
        # fighters of no named side are unaligned armed forces (Phoenix's FIGHTER), rebels stay rebels
        ("هاجم مقاتلون قافلة", "UAF", "مقاتلون"),
        ("هاجم متمردون قافلة", "REB", "متمردون"),
        # English
        ("Pakistan said", "PAK", "Pakistan"),
        ("the Pakistani army said", "PAKMIL", "Pakistani army"),
        ("Pakistan's foreign ministry said", "PAKGOV", "Pakistan's foreign ministry"),
        ("the government of Jordan said", "JORGOV", "government of Jordan"),
        ("a delegation from Jordan arrived", "JORGOV", "delegation from Jordan"),
        ("The US army said", "USAMIL", "US army"),
        ("CENTCOM said", "USAMIL", "CENTCOM"),
        ("the European Union said", "IGOEUREEC", "European Union"),
        (
            "Pakistan's army chief Field Marshal Asim Munir said",
            "PAKMIL",
            "Pakistan's army chief Field Marshal Asim Munir",
        ),
        ("President Trump said", "USAGOV", "President Trump"),
        ("UN Secretary-General Antonio Guterres said", "IGOUNO", "UN Secretary-General Antonio Guterres"),
        ("Gunmen attacked", "UAF", "Gunmen"),
        ("Fighters attacked", "UAF", "Fighters"),
        # the Taliban unqualified are a transnational militant group; qualified, one country's rebels
        ("the Taliban said", "IMGREB", "Taliban"),
        ("the Afghan Taliban said", "AFGREB", "Afghan Taliban"),
        ("Israeli troops entered", "ISRMIL", "Israeli troops"),
        ("NATO peacekeepers arrived", "IGOWSTNATMIL", "NATO peacekeepers"),
        ("Russian warships entered the port", "RUSMIL", "Russian warships"),
        ("Peshmerga forces advanced", "IRQMIL", "Peshmerga forces"),
        # a people without a state: CAMEO's ethnic code
        ("تظاهر آلاف الأكراد في أربيل", "KUR", "الأكراد"),
        ("Thousands of Kurds marched in Diyarbakir", "KUR", "Kurds"),
        # the article of a romanised Arabic name in any of its spellings
        ("the former Sudanese leader Omar Al Bashir arrived", "SDNELI", "Sudanese leader Omar Al Bashir"),
        ("Omar Al Bashir arrived", "SDNELI", "Omar Al Bashir"),  # out of office on the date
        # ... while the title a text gives him is the office it reports him in
        ("Sudanese President Omar Al Bashir arrived", "SDNGOV", "Sudanese President Omar Al Bashir"),
        # a country name that is also a feminine adjective: the country alone, the adjective with the article
        ("قصفت الطائرات مواقع في سورية", "SYR", "سورية"),
        ("أعلنت سورية موقفها", "SYR", "سورية"),
        ("أغلقت الحكومة السورية المعبر", "SYRGOV", "الحكومة السورية"),
        # short and former country names
        ("Bosnia and Macedonia signed", "BIH", "Bosnia"),
        ("Ivory Coast said", "CIV", "Ivory Coast"),
        ("Burma said", "MMR", "Burma"),
        ("Zaire said", "COD", "Zaire"),
        ("قالت بورما", "MMR", "بورما"),
        ("قالت كوت ديفوار", "CIV", "كوت ديفوار"),
        # a group of people located in a country is that country's (not for armed forces)
        ("Rebels in Mali seized the town", "MLIREB", "Rebels in Mali"),
        ("protesters in the Ivory Coast marched", "CIVCVL", "protesters in the Ivory Coast"),
        ("Police in Egypt arrested him", "EGYCOP", "Police in Egypt"),
        ("هاجم مسلحون في العراق قافلة", "IRQUAF", "مسلحون في العراق"),
        # adjectives between a noun and its nationality
        ("هاجم مسلحون شركة أمنية أميركية", "USABUS", "شركة أمنية أميركية"),
        ("توغلت قوات عسكرية تركية في العراق", "TURMIL", "قوات عسكرية تركية"),
        # a body led by a state is that state's: "بقيادة", "led by", "X-led"
        ("قصفت قوات التحالف بقيادة بريطانية مواقع المسلحين", "GBRMIL", "قوات التحالف بقيادة بريطانية"),
        ("انسحبت القوات بقيادة فرنسا من المدينة", "FRAMIL", "القوات بقيادة فرنسا"),
        ("Troops led by Ethiopia entered the town", "ETHMIL", "Troops led by Ethiopia"),
        ("Kenyan-led forces shelled the port", "KENMIL", "Kenyan-led forces"),
        ("French-led troops left Mali", "FRAMIL", "French-led troops"),
        # "its troops from Mali" are the possessor's troops, withdrawn from Mali: not Mali's
        ("Chad withdrew its troops from Mali", "MLI", "Mali"),
        # a national Red Crescent society of no stated country; a named one keeps its state
        ("قال الهلال الأحمر إن القافلة وصلت", "NGOHLH", "الهلال الأحمر"),
        ("قال الهلال الأحمر الفلسطيني إن القافلة وصلت", "NGOPSEHLH", "الهلال الأحمر الفلسطيني"),
    ],
)
def test_actors_recognition(actors_pipeline: Pipeline, text: str, code: str, surface: str) -> None:
    assert (code, surface) in _actors(actors_pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "أغلقت السلطات الحدود الباكستانية",  # a nationality adjective on a thing is no actor
        "أغلقت السلطات الحدود السورية",  # ... also one spelt like a country's name (سورية)
        "وصل الوفد إلى واشنطن",  # a capital after a preposition is a place
        "انفجرت قنبلة على بعد 20 كم شرق دمشق",  # ... or after a direction
        "arrived in Washington",
        # ... or after a locative across nouns of a city's parts, or after an adverb of place
        "سار المحتجون في شوارع واشنطن",
        "سقطت قذيفة بمطار واشنطن",
        "انفجرت عبوة وسط واشنطن",
        "وفي واشنطن سار المحتجون",  # the locative joined by its conjunction
        "they marched in the streets of Washington",
        "a bomb went off near Washington airport",
        "the Pakistani border",
        "عبرت الحدود الشمالية الباكستانية",  # an adjective between does not make a thing an actor
    ],
)
def test_actors_not_actors(actors_pipeline: Pipeline, text: str) -> None:
    codes = [c for c, _ in _actors(actors_pipeline, text)]
    assert not any(c.startswith(("PAK", "USA", "SYR")) for c in codes), codes


@pytest.mark.parametrize(
    "text",
    [
        "Egypt and Greece will hold joint military exercises next week.",
        "Egypt sent military aid to Sudan.",
        "The Turkish delegation arrived on an official visit.",
    ],
)
def test_actors_english_adjectives_are_no_agents(actors_pipeline: Pipeline, text: str) -> None:
    """ "military" and "official" before a noun they describe name no army and no official."""
    assert not [c for c, s in _actors(actors_pipeline, text) if s in ("military", "official")]


@pytest.mark.parametrize(
    ("date", "code"),
    [("2025-07-18", "PAKGOV"), ("2022-06-01", "PAKGOV"), ("2023-10-01", "PAKELI"), ("2005-01-01", "PAKELI")],
)
def test_actors_people_resolve_to_the_role_held_on_the_date(
    actors_pipeline: Pipeline, date: str, code: str | None
) -> None:
    found = dict((s, c) for c, s in _actors(actors_pipeline, "قال شهباز شريف", date))
    assert found.get("شهباز شريف") == code


def test_actors_back_references_resolve_to_the_last_compound(actors_pipeline: Pipeline) -> None:
    text = "اتفقت باكستان والاتحاد الأوروبي على التعاون. وقال الجانبان إن الحوار سيستمر."
    found = _actors(actors_pipeline, text)
    assert ("PAK", "الجانبان") in found and ("IGOEUREEC", "الجانبان") in found
    english = _actors(actors_pipeline, "Egypt and Jordan met in Cairo. Both sides agreed to meet again.")
    assert {c for c, s in english if s == "Both sides"} == {"EGY", "JOR"}


def test_actors_compounds_are_separate_actors(actors_pipeline: Pipeline) -> None:
    found = _actors(actors_pipeline, "اتفقت باكستان والاتحاد الأوروبي")
    assert found == [("PAK", "باكستان"), ("IGOEUREEC", "الاتحاد الأوروبي")]


def test_actors_offsets_index_the_original_text(actors_pipeline: Pipeline) -> None:
    text = "وقالت وَزارةُ الخارجيةِ الباكستانيةُ إنَّ"
    doc = actors_pipeline(Document(text))
    (m,) = [m for m in doc.mentions if m.actor]
    assert text[m.start : m.end] == m.actor.text == "وَزارةُ الخارجيةِ الباكستانيةُ"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("US troops in Iraq were attacked", "USAMIL"),  # the anchor already says whose they are
        ("Troops in Iraq were attacked", "MIL"),  # armed forces in a country are often foreign ones
        # a capital after في is a place, not the government: students there are the country's
        ("تظاهر طلاب من الجامعة في القاهرة", "EGYEDU"),
        # past what an installation is for; not past any word with لل
        ("انفجرت سيارة أمام مصنع عسكري للذخيرة شمال العراق", "IRQMIL"),
        ("قتل مسلحون للأسف في بغداد", "UAF"),
    ],
)
def test_actors_located_groups_need_a_country_and_a_civilian_sector(
    actors_pipeline: Pipeline, text: str, code: str
) -> None:
    assert _actors(actors_pipeline, text)[0][0] == code


@pytest.mark.parametrize(
    ("text", "code", "surface"),
    [
        # a modifier between the possessive and the title does not break the phrase
        ("Jordan's new Prime Minister Samir Haddad spoke", "JORGOV", "Jordan's new Prime Minister Samir Haddad"),
        ("Kenya's acting foreign minister said", "KENGOV", "Kenya's acting foreign minister"),
        # leaders and negotiators are the government's
        ("Syrian leader Hafez Mansour arrived", "SYRGOV", "Syrian leader Hafez Mansour"),
        ("Iranian negotiators left", "IRNGOV", "Iranian negotiators"),
        ("وصل الزعيم الليبي", "LBYGOV", "الزعيم الليبي"),
        ("انسحب المفاوضون الإيرانيون", "IRNGOV", "المفاوضون الإيرانيون"),
        # equipment of a state's forces, young people, radicals
        ("Syrian helicopters fired rockets", "SYRMIL", "Syrian helicopters"),
        # drones and air strikes of a nation are its military's
        ("An Israeli airstrike killed three militants", "ISRMIL", "Israeli airstrike"),
        ("قتل مسلحون في ضربة جوية أميركية", "USAMIL", "ضربة جوية أميركية"),
        ("قصفت طائرة بدون طيار أميركية منزلا", "USAMIL", "طائرة بدون طيار أميركية"),
        ("two Iraqi youths were wounded", "IRQCVL", "Iraqi youths"),
        # nouns of kind between the nationality and its people; not a verb or a function word
        ("Greek dock workers walked out", "GRCLAB", "Greek dock workers"),
        ("Dutch aircraft struck the bridge", "NLDMIL", "Dutch aircraft"),
        # aviation, aircraft and patrols name armed forces only with a country: see test_actors_without_a_country
        ("حلق الطيران الروسي فوق المدينة", "RUSMIL", "الطيران الروسي"),
        ("ضربت الطائرات الفرنسية مخزنا", "FRAMIL", "الطائرات الفرنسية"),
        ("ضربت طائرات تركية مخزنا", "TURMIL", "طائرات تركية"),
        ("نصب المسلحون كمينا لدورية بريطانية", "GBRMIL", "دورية بريطانية"),
        ("Chinese officials said workers were hurt", "LAB", "workers"),
        ("Egyptian fundamentalists rejected it", "EGYRAD", "Egyptian fundamentalists"),
        ("هاجم أصوليون مصريون", "EGYRAD", "أصوليون مصريون"),
        # a patrol, with or without its nationality, after a verb, a preposition or a subject and its adjective
        ("نصب مسلحون كمينا لدورية قرب الحدود", "MIL", "دورية"),
        ("فتح القناصة النار على الدورية", "MIL", "الدورية"),
        ("استهدفت سيارة مفخخة دورية في الصباح", "MIL", "دورية"),
        ("رشق الشبان دوريات إسرائيلية بالحجارة", "ISRMIL", "دوريات إسرائيلية"),
        ("Gunmen ambushed a Turkish patrol", "TURMIL", "Turkish patrol"),
    ],
)
def test_actors_title_phrases(actors_pipeline: Pipeline, text: str, code: str, surface: str) -> None:
    assert (code, surface) in _actors(actors_pipeline, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # religious communities are civilians, placed by a place in their phrase or a country in construct
        ("هاجم متطرفون الأقباط في المنيا", [("UAF", "متطرفون"), ("EGYCVL", "الأقباط")]),
        ("تعرض شيعة العراق لهجمات متكررة", [("IRQCVL", "شيعة العراق")]),
        ("Militants attacked Shiites in Quetta", [("REB", "Militants"), ("PAKCVL", "Shiites")]),
        # ... past a number of places of no name in the place
        ("خطف مسلحون الطائفة الإيزيدية في ثلاث قرى قرب سنجار", [("UAF", "مسلحون"), ("IRQCVL", "الطائفة الإيزيدية")]),
        # a sect's name after a group it describes, agreeing with it, is one group: Shia pilgrims
        ("أصيب عشرات الحجاج الشيعة قرب كربلاء", [("IRQCVL", "الحجاج")]),
        ("خطف مسلحين شيعة ثلاثة مدنيين", [("UAF", "مسلحين"), ("CVL", "مدنيين")]),
        # ... but not a subject and its object, which differ in case
        ("ذبح المسلحون المسيحيين", [("UAF", "المسلحون"), ("CVL", "المسيحيين")]),
        # a word spelt like a community's name that is no community: "سريان" (coming into force), not Syriacs
        ("بدأ سريان الهدنة منتصف الليل", []),
    ],
)
def test_actors_religious_communities(actors_pipeline: Pipeline, text: str, expected: list[tuple[str, str]]) -> None:
    assert _actors(actors_pipeline, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "ارتفعت أسعار تذاكر الطيران هذا الشهر",  # aviation, no air force
        "حلقت طائرات فوق الحقول",  # aircraft of nobody's
        "وقعت طيران الإمارات عقدا جديدا",  # an airline: "طيران" without the article takes no country
        "هبطت طائرات الخطوط الجوية في مطار دبي",
        "يعقد الوزيران لقاءات دورية",  # an adjective: periodic
        "تسلمت النمسا الرئاسة الدورية لمجلس الاتحاد الأوروبي",  # a rotating presidency
        "يرفع المفتشون تقارير دورية إلى الوكالة",
        "أجرى الطبيب فحوصا لدى زيارة دورية للسجن",
        "نشرت دورية «الشؤون الدولية» دراسة عن المنطقة",  # a periodical
        "تظاهر الآلاف تحت لواء الحركة الطلابية أمس",  # under a banner, no brigade
    ],
)
def test_actors_without_a_country(actors_pipeline: Pipeline, text: str) -> None:
    codes = [c for c, _ in _actors(actors_pipeline, text)]
    assert not any(c.endswith("MIL") for c in codes), codes


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        # a bare last name is the person when exactly one bearer is in office on the date
        ("Then Macron said no.", "2020-03-01", ("FRAGOV", "Macron")),
        ("وقال ماكرون إن فرنسا مستعدة", "2020-03-01", ("FRAGOV", "ماكرون")),
        ("ولبوتين رأي آخر في روسيا", "2020-03-01", ("RUSGOV", "بوتين")),
        ("اتصل ماكرون هاتفيا بالرئيس", "2020-03-01", ("FRAGOV", "ماكرون")),  # an adverb after it is no name
        # ... in Arabic, in a country the document names, or else as a head of state or government
        ("وقال بوتين إن الاتفاق جيد", "2020-03-01", ("RUSGOV", "بوتين")),
        ("ردد الطلاب هتافات تطالب كيباكي بالرحيل", "2008-02-01", ("KENGOV", "كيباكي")),
        # ... or the person the document names in full, in office or not
        ("Emmanuel Macron spoke. Later Macron left.", "2010-03-01", ("FRAELI", "Macron")),
        # the leader's administration is the leader's government
        ("The Macron government said", "2020-03-01", ("FRAGOV", "Macron government")),
        # an international office is in no country: the document need not name the bearer's
        ("وقال غوتيريش إن المنظمة قلقة", "2020-03-01", ("IGOUNO", "غوتيريش")),
        ("ظهر الظواهري في تسجيل مصور", "2005-05-01", ("IMGREB", "الظواهري")),
    ],
)
def test_actors_bare_last_names(actors_pipeline: Pipeline, text: str, date: str, expected: tuple[str, str]) -> None:
    assert expected in _actors(actors_pipeline, text, date)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("وقال ماكرون", "2010-03-01"),  # Arabic: out of office and not named in full, unknown
        ("Brigitte Macron said no.", "2020-03-01"),  # another person's name
        ("the Macron Institute said", "2020-03-01"),  # part of a longer name
        ("وقال بيير ماكرون", "2020-03-01"),
    ],
)
def test_actors_bare_last_names_not_taken(actors_pipeline: Pipeline, text: str, date: str) -> None:
    assert not any(
        s.endswith(("Macron", "ماكرون")) and c.startswith("FRA") for c, s in _actors(actors_pipeline, text, date)
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("خطف صحفي ألماني يعمل في بغداد", ("DEUMED", "صحفي ألماني")),
        ("اعتقلت الشرطة صحفية أمريكية", ("USAMED", "صحفية أمريكية")),
        ("أفرج المسلحون عن الصحافي", ("MED", "الصحافي")),
        # the same words as adjectives, "press", agreeing with the noun or title before them
        ("عقد الوزير مؤتمرا صحفيا في بغداد", None),
        ("وقال في مؤتمره الصحفي أمس", None),
        ("أصدرت الحركة بيانا صحفيا", None),
        ("وفق معلومات صحفية", None),
    ],
)
def test_actors_journalists_and_the_adjective_press(
    actors_pipeline: Pipeline, text: str, expected: tuple[str, str] | None
) -> None:
    found = _actors(actors_pipeline, text)
    if expected is None:
        assert not any(code.endswith("MED") for code, _ in found), found
    else:
        assert expected in found, found


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a town or facility named after a noun of settlement, not introduced as where: its country
        ("قصفت المدفعية بلدة بيت حانون", ("PSE", "بلدة بيت حانون"), None),
        ("هاجم مسلحون مطار قندهار", ("AFG", "مطار قندهار"), ("AFGUAF", "مسلحون")),
        # in construct after a group of people it places the group
        ("قتل خمسة من سكان مدينة الرمادي", ("IRQCVL", "سكان"), ("IRQ", "مدينة الرمادي")),
        # introduced by a locative it is where something happened
        ("انفجرت عبوة في مدينة الموصل", None, ("IRQ", "مدينة الموصل")),
    ],
)
def test_actors_named_settlements(
    actors_pipeline: Pipeline, text: str, present: tuple[str, str] | None, absent: tuple[str, str] | None
) -> None:
    found = _actors(actors_pipeline, text)
    assert present is None or present in found, found
    assert absent is None or absent not in found, found


def test_actors_militant_leaders_have_their_groups_sector(actors_pipeline: Pipeline) -> None:
    # IMGREB: a transnational group (no country), rebels by sector, as the group itself is coded
    doc = actors_pipeline(Document("وظهر أيمن الظواهري في تسجيل مصور", date="2005-05-01"))
    (a,) = [m.actor for m in doc.mentions if m.actor]
    assert (a.code, a.country, a.sector) == ("IMGREB", None, "REB")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("اغتيل النائب سمير داود في انفجار في بيروت", "LBNLEG"),
        ("President Paul Dimba flew back to Luanda on Monday", "AGOGOV"),
        # a place inside a name (Rivera, a town in Uruguay) is no second country
        ("Judge Marta Rivera said the Peruvian court would rule", "PERJUD"),
        # two countries in the sentence, or no name: the office stays without a country
        ("قال الوزير سمير داود في بيروت إن دمشق ترفض العرض", "GOV"),
        ("President Paul Dimba flew from Luanda to Lisbon", "GOV"),
        ("قال الوزير في بيروت إن الحكومة ترفض", "GOV"),
    ],
)
def test_actors_named_officials_take_the_only_country_of_their_sentence(
    actors_pipeline: Pipeline, text: str, code: str
) -> None:
    assert _actors(actors_pipeline, text)[0][0] == code


def _person(pid: str, code: str, surname: str, start: str, end: str, title: str = "President") -> dict[str, object]:
    """A compiled person record of one government role, for dictionaries built in a test."""
    role = {"code": code, "country": code[:3], "sector": "GOV", "org": None, "title": title}
    return {
        "id": pid,
        "kind": "person",
        "code": code,
        "country": code[:3],
        "sector": "GOV",
        "org": None,
        "name": pid,
        "keys": [[pid]],
        "surnames": [surname],
        "roles": [{**role, "start": start, "end": end}],
    }


def test_actors_last_names_choose_the_bearer_in_office(actors_pipeline: Pipeline) -> None:
    from marsad.actors.dictionary import ActorDictionary

    d = ActorDictionary(
        [
            _person("a1", "USAGOV", "adams", "1797-03-04", "1801-03-04"),
            _person("a2", "USAGOV", "adams", "1825-03-04", "1829-03-04"),
        ]
    )
    assert d.by_surname("adams", "1800-01-01").id == "a1"  # type: ignore[union-attr]
    assert d.by_surname("adams", "1826-01-01").id == "a2"  # type: ignore[union-attr]
    assert d.by_surname("adams", "1810-01-01") is None  # neither in office: ambiguous
    assert d.by_surname("adams", "1810-01-01", frozenset({"a2"})).id == "a2"  # type: ignore[union-attr]


def test_actors_a_last_name_shared_in_office_is_the_head_of_state() -> None:
    from marsad.actors.dictionary import ActorDictionary

    def person(pid: str, code: str, title: str) -> dict[str, object]:
        return _person(pid, code, "karimi", "2001-01-01", "2009-12-31", title)

    president = person("p1", "SDNGOV", "President")
    minister = person("p2", "JORGOV", "Minister of Foreign Affairs")
    d = ActorDictionary([president, minister])
    # both serve in 2005: a bare last name in the news is the head of state far more often
    assert d.by_surname("karimi", "2005-01-01").id == "p1"  # type: ignore[union-attr]
    # two deputies or ministers of that name: no telling
    d = ActorDictionary([person("p1", "SDNGOV", "Vice President"), minister])
    assert d.by_surname("karimi", "2005-01-01") is None


def test_actors_a_last_name_alone_outside_its_country_names_only_a_head() -> None:
    from marsad.actors.dictionary import ActorDictionary

    def person(pid: str, code: str, title: str, surname: str = "karimi") -> dict[str, object]:
        return _person(pid, code, surname, "2001-01-01", "2009-12-31", title)

    def alone(d: ActorDictionary, surname: str = "karimi", context: str = "EGY") -> str | None:
        found = d.by_surname(surname, "2005-01-01", alone=True, context=frozenset({context}))
        return found.id if found else None

    # the story names Egypt only: of no bearer serving there, the one heading a state or government
    assert alone(ActorDictionary([person("p1", "SDNGOV", "President"), person("p2", "JORGOV", "Minister")])) == "p1"
    assert alone(ActorDictionary([person("p2", "JORGOV", "Minister of Foreign Affairs")])) is None
    # a bearer serving in a country the story names comes first, even if the head serves elsewhere
    both = ActorDictionary([person("p1", "SDNGOV", "President"), person("p2", "EGYGOV", "Minister")])
    assert alone(both) == "p2"
    # a short last name alone outside its country names nobody
    assert alone(ActorDictionary([person("p3", "SDNGOV", "President", "kimo")]), "kimo") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # indefinite accusatives: the noun and its adjective agree; a new accusative is a new phrase
        ("قتل المسلحون جنديا روسيا", [("UAF", "المسلحون"), ("RUSMIL", "جنديا روسيا")]),
        ("اعتقلت الشرطة ضابطا تركيا", [("COP", "الشرطة"), ("TURMIL", "ضابطا تركيا")]),
        # an accusative nisba alone is a person of that nation
        ("خطف المسلحون يابانيا", [("UAF", "المسلحون"), ("JPN", "يابانيا")]),
        ("خطف مسلحون فرنسيا", [("UAF", "مسلحون"), ("FRA", "فرنسيا")]),
        # a country name ending in alif is no accusative
        ("تظاهر طلاب من إسبانيا", [("ESPEDU", "طلاب من إسبانيا")]),
        # a quotation mark inside a name
        ("أعلنت حركة «حماس» مسؤوليتها", [("PSEREB", "حركة «حماس")]),
        ("تبنى تنظيم «القاعدة» الهجوم", [("IMGREB", "تنظيم «القاعدة")]),
        # general forces yield to the specific force; facilities are their force's
        ("هاجم مسلحون قوات الدرك", [("UAF", "مسلحون"), ("COP", "قوات الدرك")]),
        # a sound plural with its nun is in no construct: a plural after it in another case or definiteness
        # is the next phrase, and only a plural adjective agrees with it
        ("خطف مسلحون الصحافيين", [("UAF", "مسلحون"), ("MED", "الصحافيين")]),
        ("خطف مسلحون مجهولون صحافيين أجانب", [("UAF", "مسلحون مجهولون"), ("INTMED", "صحافيين أجانب")]),
        ("خطف مسلحون صحافي فرنسي", [("UAF", "مسلحون"), ("FRAMED", "صحافي فرنسي")]),
        ("attacked the police forces", [("COP", "police forces")]),
        ("استهدف الانتحاري ثكنة عسكرية", [("UAF", "الانتحاري"), ("MIL", "ثكنة عسكرية")]),
        ("هاجموا مركزا للشرطة في المدينة", [("COP", "مركزا للشرطة")]),
        ("a bomb hit an army barracks", [("MIL", "army barracks")]),
    ],
)
def test_actors_inflection_quotes_and_forces(
    actors_pipeline: Pipeline, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _actors(actors_pipeline, text) == expected


def test_actors_a_last_name_that_names_something_else_is_no_surname() -> None:
    from marsad.actors.dictionary import ActorDictionary

    country = {
        "id": "country:NPL",
        "kind": "country",
        "code": "NPL",
        "country": "NPL",
        "sector": None,
        "org": None,
        "name": "Nepal",
        "keys": [["nepal"]],
    }
    person = {
        "id": "person:mkn",
        "kind": "person",
        "code": "NPLGOV",
        "country": "NPL",
        "sector": "GOV",
        "org": None,
        "name": "Madhav Kumar Nepal",
        "keys": [["madhav", "kumar", "nepal"]],
        "surnames": ["nepal"],
        "roles": [
            {
                "code": "NPLGOV",
                "country": "NPL",
                "sector": "GOV",
                "org": None,
                "title": "Prime Minister",
                "start": "2009-05-25",
                "end": "2011-02-06",
            }
        ],
    }
    d = ActorDictionary([country, person])
    assert d.by_surname("nepal", "2010-01-01") is None


def test_actors_a_common_word_at_the_start_is_no_last_name(actors_pipeline: Pipeline) -> None:
    # John Major was prime minister in 1995, but "Major" opening a sentence is the adjective
    assert not any(c.startswith("GBR") for c, _ in _actors(actors_pipeline, "Major fighting broke out.", "1995-03-01"))
    assert ("GBRGOV", "Major") in _actors(actors_pipeline, "Then Major said no.", "1995-03-01")


@pytest.mark.parametrize(
    ("text", "code", "surface"),
    [
        # the dual of a nisba role noun, nominative and oblique
        ("قتل شرطيان", "COP", "شرطيان"),
        ("أصاب صحفيين اثنين", "MED", "صحفيين"),
        ("أفرج عن دبلوماسيين", "GOV", "دبلوماسيين"),
        # broken plurals name a people: alone, or after a role noun
        ("تظاهر آلاف المغاربة", "MAR", "المغاربة"),
        ("قال الروس", "RUS", "الروس"),
        ("قتل جنود روس", "RUSMIL", "جنود روس"),
        # visitors, pilgrims and tourists are civilians
        ("خطف مسلحون سياحا أجانب", "INTCVL", "سياحا أجانب"),
        ("استهدف التفجير حجاجا إيرانيين", "IRNCVL", "حجاجا إيرانيين"),
        ("هاجموا زوار المرقد", "CVL", "زوار"),
        ("gunmen kidnapped two tourists", "CVL", "tourists"),
        # so are passengers and children; guards of security and prisons are police
        ("أصيب عشرة ركاب", "CVL", "ركاب"),
        ("قتل طفلان", "CVL", "طفلان"),
        ("a bomb wounded four commuters", "CVL", "commuters"),
        ("هاجم مسلحون حراس الأمن الأتراك", "TURCOP", "حراس الأمن الأتراك"),
        ("two prison guards were stabbed", "COP", "prison guards"),
        # fedayeen are irregular fighters
        ("هاجم فدائيون مركزا للشرطة قرب الحدود", "UAF", "فدائيون"),
    ],
)
def test_actors_duals_and_broken_plurals(actors_pipeline: Pipeline, text: str, code: str, surface: str) -> None:
    assert (code, surface) in _actors(actors_pipeline, text)


@pytest.mark.parametrize(
    ("text", "date", "code", "surface"),
    [
        # an apposition: a title, a comma, a known person
        ("قال رئيس الوزراء ، إيهود أولمرت", "2007-01-01", "ISRGOV", "رئيس الوزراء ، إيهود أولمرت"),
        ("said the prime minister, Ehud Olmert", "2007-01-01", "ISRGOV", "prime minister, Ehud Olmert"),
        # a known last name after a title in construct: the holder's government
        ("احتجوا على حكومة السنيورة", "2007-01-01", "LBNGOV", "حكومة السنيورة"),
        # an English title and name, "of", a state: one actor of that state
        ("Sultan Omar of Oman met the envoy", "2020-01-01", "OMNGOV", "Sultan Omar of Oman"),
        # an unknown name of two words, a comma, a title: the title's holder
        (
            "التقى ماركو رينالدي، وزير الخارجية البرازيلي، نظيره",
            "2020-01-01",
            "BRAGOV",
            "ماركو رينالدي، وزير الخارجية البرازيلي",
        ),
        (
            "met Marco Rinaldi, the Brazilian foreign minister, on",
            "2020-01-01",
            "BRAGOV",
            "Marco Rinaldi, the Brazilian foreign minister",
        ),
        # an ousted or former leader named with the title is one of the country's elites, even on a date the
        # dictionary has them in office
        ("قال الرئيس المصري المعزول محمد مرسي إن", "2013-06-01", "EGYELI", "الرئيس المصري المعزول محمد مرسي"),
        ("the ousted president Mohamed Morsi said", "2013-06-01", "EGYELI", "president Mohamed Morsi"),
        ("قال الرئيس المخلوع إن أنصاره سيعودون", "2013-06-01", "ELI", "الرئيس"),
        # a title, a comma, an unknown name of two words and a closing comma: the title's holder
        (
            "استقبلت وزيرة الصحة التشيلية، كارولينا فيغا، الوفد",
            "2020-01-01",
            "CHLGOV",
            "وزيرة الصحة التشيلية، كارولينا فيغا",
        ),
        (
            "said the Chilean health minister, Carolina Vega, on Monday",
            "2020-01-01",
            "CHLGOV",
            "Chilean health minister, Carolina Vega",
        ),
        # a minister of state serves in the ministry named after ب
        (
            "زار وزير الدولة بوزارة الخارجية الكويتية بغداد",
            "2020-01-01",
            "KWTGOV",
            "وزير الدولة بوزارة الخارجية الكويتية",
        ),
        # a feminine title in construct is the masculine one's: a deputy minister, not a member of parliament
        ("قالت نائبة وزير الدفاع الإسبانية إن", "2020-01-01", "ESPGOV", "نائبة وزير الدفاع الإسبانية"),
        ("قالت وزيرة الدولة الكندية إن", "2020-01-01", "CANGOV", "وزيرة الدولة الكندية"),
        # an unknown name after an honorific, right before a title, names its holder (common words and all)
        (
            "قال الدكتور سامر الحلبي مستشار وزير الصحة الأردني إن",
            "2020-01-01",
            "JORGOV",
            "الدكتور سامر الحلبي مستشار وزير الصحة الأردني",
        ),
        (
            "وأكد الشيخ عبد الرحمن الخالدي رئيس مجلس الأمة الكويتي أن",
            "2020-01-01",
            "KWTLEG",
            "الشيخ عبد الرحمن الخالدي رئيس مجلس الأمة الكويتي",
        ),
        # ... but an honorific before other words is no name: "قال الدكتور إن ..."
        ("قال الدكتور إن وزير الخارجية العراقي سيزور", "2020-01-01", "IRQGOV", "وزير الخارجية العراقي"),
    ],
)
def test_actors_appositions_and_construct_names(
    actors_pipeline: Pipeline, text: str, date: str, code: str, surface: str
) -> None:
    assert (code, surface) in _actors(actors_pipeline, text, date)


#: how a phrase around a title or a group is read: capitals, placed groups, former officials, members of
#: bodies, foreigners
PHRASE_CASES = [
    # a name that is also a common word ("حسن": good) is a later word of a name after its first word
    ("قال العقيد سامي حسن إن الطريق مغلق", "MIL", "العقيد سامي حسن"),
    ("وصل الوزير أحمد صالح أمس", "GOV", "الوزير أحمد صالح"),
    # a known name is read whole, not as a clitic and a common word ("فيصل" is no ف + يصل "arrives")
    ("قال العميد فيصل حسن إن", "MIL", "العميد فيصل حسن"),
    # the rank of major general (لواء), also a brigade
    ("أعلن اللواء سمير حسن أن القوات انسحبت", "MIL", "اللواء سمير حسن"),
    # a capital naming a place of its state without a preposition: the state, not its government
    ("قصف المسلحون مطار إسلام آباد", "PAK", "إسلام آباد"),
    ("gunmen shelled Islamabad airport", "PAK", "Islamabad"),
    # alone, or after a title, the capital is the government
    ("رحبت إسلام آباد بالقرار", "PAKGOV", "إسلام آباد"),
    ("the mayor of Kabul said", "AFGGOV", "mayor of Kabul"),
    # a group of no stated country is in the country of the place its phrase puts it in
    ("قتل ثلاثة طلاب في مدينة الموصل", "IRQEDU", "طلاب"),
    ("تظاهر مئات السكان في العاصمة عمان", "JORCVL", "السكان"),
    ("أصيب شرطي آخر ببيشاور", "PAKCOP", "شرطي"),
    ("استهدف الجيش مسلحين شمال دمشق", "SYRUAF", "مسلحين"),
    # ... past the adjectives that agree with it
    ("اعتقلت الشرطة الطلاب الجامعيين في القاهرة", "EGYEDU", "الطلاب"),
    ("استهدف التفجير المصلين السنة في مدينة الموصل", "IRQCVL", "المصلين"),
    # two definite nouns are subject and object; a participle in the same plural is an adjective
    ("اعتقلت الشرطة الطلاب", "EDU", "الطلاب"),
    ("وقال المتظاهرون المعارضون", "CVL", "المتظاهرون المعارضون"),
    # ... past the parts of the place the group is in, in construct
    ("اعتصم سكان أحياء وسط طرابلس أمس", "LBYCVL", "سكان"),
    ("تظاهر سكان مخيمات شمال بيروت أمس", "LBNCVL", "سكان"),
    # ... also near a facility named after a city
    ("اعتقلت الشرطة طلابا قرب جامعة حلب", "SYREDU", "طلابا"),
    # a region described by a nationality adjective
    ("اعتقل ناشطون في المناطق الشمالية التركية", "TURCVL", "ناشطون"),
    ("تظاهر طلاب في المدن المغربية أمس", "MAREDU", "طلاب"),
    # not armed forces: troops in a city are often foreign ones
    ("قتل ثلاثة جنود في مدينة الموصل", "MIL", "جنود"),
    # ... but their installations are the host state's
    ("قصف المسلحون قاعدة عسكرية قرب مدينة الموصل", "IRQMIL", "قاعدة عسكرية"),
    ("protesters in Lahore blocked the road", "PAKCVL", "protesters"),
    ("police near Kandahar opened fire", "AFGCOP", "police"),
    # the place of the event, after the verb, is not in the subject's phrase
    ("قال مسؤولون إن متظاهرين اقتحموا مبنى في بغداد", "CVL", "متظاهرين"),
    # a group with a country keeps it; foreign ones are not made local
    ("قتل جنود أتراك في مدينة الموصل", "TURMIL", "جنود أتراك"),
    ("هاجموا القوات الأجنبية في بغداد", "INTMIL", "القوات الأجنبية"),
    # a former official of no known name is one of CAMEO's elites (Phoenix: FORMER_PRESIDENT -> ELI)
    ("انتقد الرئيس الموريتاني السابق الحكومة", "MRTELI", "الرئيس الموريتاني"),
    ("زار رئيس الوزراء التونسي الأسبق المدينة", "TUNELI", "رئيس الوزراء التونسي"),
    ("a former Chilean defence minister said", "CHLELI", "Chilean defence minister"),
    # in office, the official
    ("انتقد الرئيس الموريتاني الحكومة", "MRTGOV", "الرئيس الموريتاني"),
    # a member of a body: "X في Y" names Y's member
    ("اغتيل ضابط في الجيش اللبناني", "LBNMIL", "ضابط في الجيش اللبناني"),
    ("صرح مسؤول في وزارة الداخلية المصرية", "EGYCOP", "مسؤول في وزارة الداخلية المصرية"),
    ("قال مسؤول في حركة حماس", "PSEREB", "مسؤول في حركة حماس"),
    ("a soldier in the Jordanian army was wounded", "JORMIL", "soldier in the Jordanian army"),
    ("a minister in the Kenyan government resigned", "KENGOV", "minister in the Kenyan government"),
    # not the event one is killed in
    ("قتل مسلحون في ضربة جوية روسية", "UAF", "مسلحون"),
    # foreigners of no stated nationality are CAMEO's INT (international), no state's
    ("خطف مسلحون ثلاثة أجانب", "INT", "أجانب"),
    ("انسحبت القوات الأجنبية من المدينة", "INTMIL", "القوات الأجنبية"),
    ("قتل عمال أجانب", "INTLAB", "عمال أجانب"),
    ("gunmen seized two foreigners", "INT", "foreigners"),
    ("foreign troops left the base", "INTMIL", "foreign troops"),
    # a longer entry wins: the foreign minister is a government's
    ("the foreign minister said", "GOV", "foreign minister"),
    # the government and the head of an autonomous region are their state's
    ("قال رئيس إقليم كردستان إن الاتفاق صامد", "IRQGOV", "رئيس إقليم كردستان"),
    ("رفضت حكومة كتالونيا القرار", "ESPGOV", "حكومة كتالونيا"),
    ("the KRG halted oil exports", "IRQGOV", "KRG"),
    # a minister of a named government holds the minister's sector in that government's state
    ("صرح وزير داخلية حكومة إقليم كردستان بأن", "IRQCOP", "وزير داخلية حكومة إقليم كردستان"),
    # a body belonging or loyal to an actor is that actor's; no personal name follows a body headed by a plural
    ("قالت قوات الأمن التابعة للحكومة العراقية إن", "IRQCOP", "قوات الأمن التابعة للحكومة العراقية"),
    ("هاجم المسلحون الموالون لحركة حماس المقر", "PSEREB", "المسلحون الموالون لحركة حماس"),
    ("forces loyal to Hamas seized the building", "PSEREB", "forces loyal to Hamas"),
    ("قالت قوات الأمن المتمركزة قرب الحدود إن", "COP", "قوات الأمن"),
    # two nationalities share one head noun: after the second in English, before the first in Arabic
    ("US and British troops withdrew from the town", "USAMIL", "US"),
    ("American and Iraqi soldiers raided the village", "USAMIL", "American"),
    ("انسحبت القوات الأمريكية والبريطانية من المدينة", "GBRMIL", "البريطانية"),
    ("قتل جنود أمريكيون وبريطانيون", "GBRMIL", "بريطانيون"),
    ("استقبل الرئيس المصري والأردني الوفد", "JORGOV", "الأردني"),
    # a first name spelt otherwise before a known person's full name belongs to the person, not to the title
    ("President Mohammed Hosni Mubarak met the envoy", "EGYGOV", "President Mohammed Hosni Mubarak"),
    # "former" may close a title before the name in apposition, and the title may end in its nationality
    ("قال وزير الخارجية المصري السابق، أحمد ماهر، إن", "EGYELI", "وزير الخارجية المصري السابق، أحمد ماهر"),
    ("قال الرئيس الأمريكي، جورج بوش، إن الحرب مستمرة", "USAGOV", "الرئيس الأمريكي، جورج بوش"),
    # a body's own name stands between it and its nationality
    ("تظاهر أنصار حزب الغد المصري أمس", "EGYPTY", "حزب الغد المصري"),
    ("قالت شركة النفط الكويتية إن الإنتاج ارتفع", "KWTBUS", "شركة النفط الكويتية"),
    # only a head in construct takes a name: with the article, the words after are another phrase
    ("رفض الحزب القرار الأمريكي", "PTY", "الحزب"),
    # peacekeeping troops of an organisation are its military
    ("the first NATO peacekeeping troops reached Sarajevo", "IGOWSTNATMIL", "NATO peacekeeping troops"),
    # a state's name is no adjective: the state and the officials
    ("Iran and Syrian officials met in Damascus", "IRN", "Iran"),
    # an adjective agreeing with the people before "من" and a country: they are from that country
    ("خطف مسلحون ثلاثة متطوعين مسيحيين من كندا", "CANCVL", "متطوعين مسيحيين من كندا"),
    # ... a nationality after the people is theirs, the country after "من" where they were; an accusative
    # "journalist" after a nominative noun is no adjective of it ("press")
    ("خطف مسلحون صحفيا فرنسيا من مالي", "FRAMED", "صحفيا فرنسيا"),
    # inspectors are officials: an organisation's inspectors are the organisation
    ("Tehran turned away nuclear inspectors of the IAEA on Friday", "IGOUNOIAE", "nuclear inspectors of the IAEA"),
    ("UN arms inspectors reached the site", "IGOUNO", "UN arms inspectors"),
    # civilians who are members of a body are the body's people: volunteers in an army are its recruits
    ("قتل عشرة متطوعين في الجيش الأفغاني", "AFGMIL", "متطوعين في الجيش الأفغاني"),
    ("two volunteers in the Kenyan police were hurt", "KENCOP", "volunteers in the Kenyan police"),
    # a body that an anchor leads, in a relative clause, is the anchor's
    (
        "أعلنت قوات حفظ السلام التي تقودها فرنسا مقتل جندي",
        "FRAMIL",
        "قوات حفظ السلام التي تقودها فرنسا",
    ),
    # people from the supporters or members of a body are the body's
    ("وتجمع متظاهرون من أنصار حركة فتح أمام المجلس", "PSEPTY", "متظاهرون من أنصار حركة فتح"),
    # election observers or a monitoring mission from a body are the body's
    ("Election observers of the OSCE criticised the vote", "IGOEURSCE", "Election observers of the OSCE"),
    # a chief or deputy of a named body is the body's
    ("a deputy chief of Hezbollah was killed", "LBNREB", "deputy chief of Hezbollah"),
    # relational adjectives between a title and its nationality describe the title: no name stands there
    ("أكد المسؤول الكردي العراقي أهمية الاتفاق", "IRQGOV", "المسؤول الكردي العراقي"),
    # a movement of no country owned by a state is the movement's branch there ...
    ("Kuwait's Muslim Brotherhood boycotted the vote", "KWTPTY", "Kuwait's Muslim Brotherhood"),
    ("The Syrian Muslim Brotherhood rejected the offer", "SYRPTY", "Syrian Muslim Brotherhood"),
    ("رفضت جماعة الإخوان المسلمين السورية العرض", "SYRPTY", "جماعة الإخوان المسلمين السورية"),
    # ... but a place after a preposition is where it is, and a plural nationality after it is its object
    ("The Muslim Brotherhood in Kuwait boycotted the vote", "IMGPTY", "Muslim Brotherhood"),
    ("هاجم تنظيم القاعدة الأردنيين في الفندق", "IMGREB", "تنظيم القاعدة"),
    # paratroopers and commandos are armed forces
    ("قفز مظليون أتراك فوق المنطقة", "TURMIL", "مظليون أتراك"),
    ("اقتحمت وحدة كوماندوز أردنية المبنى", "JORMIL", "وحدة كوماندوز أردنية"),
    # ... and a people has no branches: its members in a state are the state's
    ("Iraqi Kurds marched in Kirkuk", "KUR", "Kurds"),
]


@pytest.mark.parametrize(("text", "code", "surface"), PHRASE_CASES)
def test_actors_phrase_readings(actors_pipeline: Pipeline, text: str, code: str, surface: str) -> None:
    found = _actors(actors_pipeline, text)
    assert (code, surface) in found, found


def test_actors_international_actors_have_no_country(actors_pipeline: Pipeline) -> None:
    doc = actors_pipeline(Document("انسحبت القوات الأجنبية", date="2025-07-18"))
    actor = next(m.actor for m in doc.mentions if m.actor)
    assert (actor.code, actor.country, actor.sector) == ("INTMIL", None, "MIL")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # a preposition of place after a title names nobody: the phrase ends before it
        ("انفجرت عبوة بجانب سيارة للشرطة قرب السوق", "سيارة للشرطة"),
        ("أطلق مسلحون النار على دورية للجيش قبالة الميناء", "دورية للجيش"),
        # ... nor do words of wounds after it
        ("أصيب وزير النقل بجروح طفيفة", "وزير النقل"),
        # ... nor the dual of a common noun, the object of the verb
        ("أسر الجيش التركي عنصرين من الحزب", "الجيش التركي"),
    ],
)
def test_actors_common_words_after_a_title_are_no_name(actors_pipeline: Pipeline, text: str, surface: str) -> None:
    surfaces = [s for _, s in _actors(actors_pipeline, text)]
    assert surface in surfaces, surfaces


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # Arabic: a minister's bearer's country must be named in the text ...
        ("وقال لافروف إن الاتفاق جيد", "2020-03-01"),
        # ... and a head's too when the name is short: shorter names are as often words or other people's
        ("وقال مودي إن الاتفاق جيد", "2020-03-01"),
        ("افتتح الملك الاول المعرض في إسبانيا", "2000-08-15"),  # a common word, not Juan Carlos I
    ],
)
def test_actors_arabic_bare_last_names_need_their_country(actors_pipeline: Pipeline, text: str, date: str) -> None:
    names = ("لافروف", "مودي", "الاول")
    assert not any(c.endswith("GOV") and s in names for c, s in _actors(actors_pipeline, text, date))


def test_actors_no_surname_from_a_patronymic_or_a_first_name(actors_pipeline: Pipeline) -> None:
    from marsad import data

    people = [e for e in data.load("actors.json")["entries"] if e["kind"] == "person"]
    for e in people:
        for key in e["keys"]:
            if len(key) >= 2 and key[-2] in ("بن", "bin"):
                assert key[-1] not in e.get("surnames", []) or any(
                    k[-1] == key[-1] and k[-2] not in ("بن", "bin") for k in e["keys"] if len(k) >= 2
                ), (e["id"], key)
    # "سليمان" is also a first name: alone, in a report that names Egypt, it names nobody for sure
    found = _actors(actors_pipeline, "وقال سليمان إن مصر لن تتدخل", "2004-07-05")
    assert not any(s == "سليمان" for _, s in found)


@pytest.mark.parametrize(
    ("text", "date", "surface"),
    [
        ("President Ali Macron said", "2020-01-01", "President Ali Macron"),  # another first name: another man
        ("قال الرئيس الفرنسي بيير ماكرون", "2020-01-01", "الرئيس الفرنسي بيير ماكرون"),
    ],
)
def test_actors_a_title_and_another_first_name_is_not_the_known_person(
    actors_pipeline: Pipeline, text: str, date: str, surface: str
) -> None:
    found = dict((s, c) for c, s in _actors(actors_pipeline, text, date))
    assert surface in found
    doc = actors_pipeline(Document(text, date=date))
    assert not any(m.actor and m.actor.id == "person:emmanuel_macron" for m in doc.mentions)


@pytest.mark.parametrize(("date", "pid"), [("1991-06-01", "george_h_w_bush"), ("2005-06-01", "george_w_bush")])
def test_actors_people_who_share_a_name_are_told_apart_by_the_date(
    actors_pipeline: Pipeline, date: str, pid: str
) -> None:
    doc = actors_pipeline(Document("انتقد جورج بوش القرار", date=date))
    assert [m.actor.id for m in doc.mentions if m.actor] == [f"person:{pid}"]


def test_actors_a_common_word_after_a_title_is_no_known_last_name(actors_pipeline: Pipeline) -> None:
    doc = actors_pipeline(Document("أسقطت طائرة هليكوبتر كان على متنها جنود", date="2007-11-25"))
    assert not any(m.actor and m.actor.id.startswith("person:") for m in doc.mentions)


@pytest.mark.parametrize(
    ("text", "date", "absent"),
    [
        # a group, a comma and a person are two actors: protesters are no office of the person
        ("قال المتظاهرون، إيهود أولمرت", "2007-01-01", "المتظاهرون، إيهود أولمرت"),
        # an English title in apposition has its article; a place before "military" is no name
        ("after the battle for Port Harcourt, military spokesmen denied it", "2020-01-01", "Port Harcourt, military"),
        # "مشيرا إلى" is pointing something out, not a marshal
        ("قال الوزير مشيرا إلى أن الاتفاق قريب", "2020-01-01", "مشيرا"),
        # a body takes no unknown name after it: "engineers", not a name
        ("اعتقلت الشرطة مهندسين في المدينة", "2020-01-01", "الشرطة مهندسين"),
        # one word between commas is no sure name; after another title ب is the verb's ("praised the army")
        ("قال الرئيس التشيلي، أمس، إن", "2020-01-01", "الرئيس التشيلي، أمس"),
        ("أشاد مسؤولون بالجيش اللبناني", "2020-01-01", "مسؤولون بالجيش اللبناني"),
    ],
)
def test_actors_no_apposition_or_title_where_none_is(
    actors_pipeline: Pipeline, text: str, date: str, absent: str
) -> None:
    assert absent not in {surface for _, surface in _actors(actors_pipeline, text, date)}


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # forces or staff with a possessive pronoun are those of the actor named right before them
        ("ذكر الجيش الأمريكي أن جنوده أسروا ثلاثة مقاتلين", ("USAMIL", "جنود"), ("MIL", "جنود")),
        ("أعلنت تركيا أن قواتها قصفت مواقع في الجبال", ("TURMIL", "قوات"), ("MIL", "قوات")),
        ("Ghana said its troops had left the border area.", ("GHAMIL", "troops"), ("MIL", "troops")),
        # ... and of no state when that actor has none ("the authorities ... its forces")
        ("قال مسؤولون في أفغانستان إن السلطات تنتظر عودة 240 من قواتها", ("MIL", "قوات"), ("AFGMIL", "قوات")),
    ],
)
def test_actors_forces_of_the_actor_a_pronoun_refers_to(
    actors_pipeline: Pipeline, text: str, expected: tuple[str, str], absent: tuple[str, str]
) -> None:
    found = _actors(actors_pipeline, text)
    assert expected in found, found
    assert absent not in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a counterpart holds the office of the officeholder named before it, in the country its adjective names
        ("استقبل رئيس الوزراء الياباني نظيره الهندي", ("INDGOV", "نظيره الهندي")),
        ("اجتمعت وزيرة الدفاع الإسبانية بنظيرتها الإيطالية", ("ITAGOV", "نظيرتها الإيطالية")),
        ("بحث رئيس أركان الجيش المصري مع نظرائه الأردني والسعودي", ("JORMIL", "نظرائه الأردني")),
        ("The Kenyan trade minister called his Ugandan counterpart.", ("UGAGOV", "Ugandan counterpart")),
        # ... a nationality that alone would name its state ("Saudi") is the counterpart's adjective
        ("Oman's foreign minister held talks with his Saudi counterpart.", ("SAUGOV", "Saudi counterpart")),
    ],
)
def test_actors_counterparts(actors_pipeline: Pipeline, text: str, expected: tuple[str, str]) -> None:
    assert expected in _actors(actors_pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "استقبل رئيس الوزراء الياباني نظيره في طوكيو",  # no country: no telling whose
        "The Kenyan trade minister called his counterpart.",
    ],
)
def test_actors_counterparts_need_a_country(actors_pipeline: Pipeline, text: str) -> None:
    surfaces = [s for _, s in _actors(actors_pipeline, text)]
    assert not any("نظير" in s or "counterpart" in s for s in surfaces), surfaces


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people held in custody are civilians; political prisoners are the opposition's, convicts criminals
        ("نقل نزلاء السجن إلى مبنى آخر", ("CVL", "نزلاء")),
        ("زار المحامي المحتجزين في مركز الشرطة", ("CVL", "المحتجزين")),
        ("طالبت المنظمة بالإفراج عن المعتقلين السياسيين", ("OPP", "المعتقلين السياسيين")),
        ("أفرج عن سجناء الرأي بعد سنوات", ("OPP", "سجناء الرأي")),
        ("The court freed two political prisoners on Friday.", ("OPP", "political prisoners")),
        ("Guards caught an escaped convict near the border.", ("CRM", "convict")),
    ],
)
def test_actors_people_in_custody(actors_pipeline: Pipeline, text: str, expected: tuple[str, str]) -> None:
    assert expected in _actors(actors_pipeline, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "نائب" in construct with a definite noun is a deputy, no member of parliament
        ("قال نائب المدير العام للمصرف إن الأرباح ارتفعت", None),
        ("قال نائب القائد العام للقوات البرية إن الوحدات جاهزة", ("MIL", "القائد العام")),
        # ... and before an indefinite title in construct it is that office's deputy
        ("أصيب نائب قائد الشرطة في انفجار عبوة", ("COP", "نائب قائد الشرطة")),
        ("صرح مساعد قائد الجيش بأن الهدنة صامدة", ("MIL", "مساعد قائد الجيش")),
        ("قال نائب رئيس أركان الجيش المصري إن التدريبات انتهت", ("EGYMIL", "نائب رئيس أركان الجيش المصري")),
        ("استقال نائب مدير المخابرات أمس", ("SPY", "نائب مدير المخابرات")),
        # ... with a nationality adjective, article or none, it is one
        ("قال نائب أردني إن الجلسة تأجلت", ("JORLEG", "نائب أردني")),
        ("قال النائب الأردني إن الجلسة تأجلت", ("JORLEG", "النائب الأردني")),
    ],
)
def test_actors_deputies_and_members_of_parliament(
    actors_pipeline: Pipeline, text: str, expected: tuple[str, str] | None
) -> None:
    found = _actors(actors_pipeline, text)
    assert not any(code.endswith("LEG") for code, _ in found) if expected is None else expected in found, found


@pytest.mark.parametrize(
    ("text", "libya"),
    [
        # a capital's name that is also a city of a state the document names is that city
        ("The Lebanese president toured Tripoli on Sunday.", False),
        ("جال الرئيس اللبناني في أسواق طرابلس", False),
        # ... and with no such state it stays the capital's government
        ("The Egyptian foreign minister visited Tripoli.", True),
    ],
)
def test_actors_a_capital_named_like_a_city_of_the_documents_state(
    actors_pipeline: Pipeline, text: str, libya: bool
) -> None:
    codes = [c for c, _ in _actors(actors_pipeline, text)]
    assert any(c.startswith("LBY") for c in codes) is libya, codes


@pytest.mark.parametrize(
    ("text", "code", "surface"),
    [
        # a city in construct after an office or a force owns it: the office is the city's state's
        ("قال محافظ الموصل إن الطريق أغلق", "IRQGOV", "محافظ الموصل"),
        ("داهمت شرطة حلب منزلا", "SYRCOP", "شرطة حلب"),
        ("said the governor of Mosul on Monday", "IRQGOV", "governor of Mosul"),
        ("Aleppo police arrested three men", "SYRCOP", "Aleppo police"),
        # a title between commas after a named person describes that person (police officers hold army ranks)
        (
            "اغتال مسلحون العقيد كريم الساعدي، قائد شرطة الموصل، صباح اليوم",
            "IRQCOP",
            "العقيد كريم الساعدي، قائد شرطة الموصل",
        ),
        (
            "Gunmen shot dead Colonel Karim Saadi, the police chief of Mosul, on Monday",
            "IRQCOP",
            "Colonel Karim Saadi, the police chief of Mosul",
        ),
        # the office first and its holder's rank and name straight after it, the body in construct with the office
        ("وصف وزير الإعلام النائب سمير الخطيب القرار بأنه خطأ", "GOV", "وزير الإعلام النائب سمير الخطيب"),
        ("رئيس الحزب الشيوعي النائب سمير الخطيب انتقد الحكومة", "PTY", "رئيس الحزب الشيوعي النائب سمير الخطيب"),
        (
            "أعلن مدير شرطة الأنبار العميد سالم الراوي اعتقال خمسة مسلحين",
            "IRQCOP",
            "مدير شرطة الأنبار العميد سالم الراوي",
        ),
        # ... but a person the dictionary knows keeps the role held on the day
        ("انتقد دونالد ترامب، الرئيس الأمريكي السابق، الحكومة الصينية", "USAELI", "دونالد ترامب، الرئيس الأمريكي"),
    ],
)
def test_actors_offices_of_a_city_and_titles_in_apposition(
    actors_pipeline: Pipeline, text: str, code: str, surface: str
) -> None:
    assert (code, surface) in _actors(actors_pipeline, text, "2022-05-01")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a conjunction after the comma lists a second person
        (
            "التقى العقيد كريم الساعدي، ومحافظ الموصل الوفد التركي",
            [("MIL", "العقيد كريم الساعدي"), ("IRQGOV", "محافظ الموصل")],
        ),
        # a person's apposition closes at its comma: the title after it is the next actor
        (
            "استدعى لويس فرنانديز، نائب وزير الخارجية الإسباني، سفير كوريا الشمالية أمس",
            [("ESPGOV", "لويس فرنانديز، نائب وزير الخارجية الإسباني"), ("PRKGOV", "سفير كوريا الشمالية")],
        ),
        # a known person who served no state the title before names is the verb's object
        (
            "استقبل وزير الخارجية السوري الشيخ حمد بن جاسم في دمشق",
            [("SYRGOV", "وزير الخارجية السوري"), ("QATELI", "الشيخ حمد بن جاسم")],
        ),
        # a state's name before a comma is no person the title describes
        ("In Pakistan, the army said.", [("PAK", "Pakistan"), ("MIL", "army")]),
        # a title followed by more words than a place is no apposition: they may name someone else
        (
            "استقبل الوزير سامي داود، السفير الروسي في بيروت أندريه كوزلوف، أمس",
            [("GOV", "الوزير سامي داود"), ("RUSGOV", "السفير الروسي")],
        ),
    ],
)
def test_actors_no_apposition_across_a_conjunction_or_a_second_name(
    actors_pipeline: Pipeline, text: str, expected: list[tuple[str, str]]
) -> None:
    found = _actors(actors_pipeline, text, "2022-05-01")
    assert all(e in found for e in expected), found


@pytest.mark.parametrize(
    ("text", "sizes"),
    [
        ("Iran, Libya and Sudan", [3]),
        ("Iran, Libya, Sudan, and with conditions, Cuba", [3, 1]),
        ("إيران، وليبيا", [2]),
        # one comma joins no pair: two actors with a comma between are an apposition or two clauses
        ("Iran, Libya", [1, 1]),
        ("إيران، ليبيا", [1, 1]),
    ],
)
def test_actors_commas_join_lists_not_pairs(actors_pipeline: Pipeline, text: str, sizes: list[int]) -> None:
    doc = actors_pipeline(Document(text, date="2022-05-01"))
    groups = group_mentions([m for m in doc.mentions if m.kind is MentionKind.ACTOR], doc.sentences[0].tokens)
    assert [len(g.members) for g in groups] == sizes
