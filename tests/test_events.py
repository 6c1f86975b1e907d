"""Event coding: one case per CAMEO root in Arabic and English, and the attribution constructions."""

from __future__ import annotations

import pytest

import marsad

ROOT_CASES = [
    ("ar", "قال وزير الخارجية المصري إن بلاده ترفض التدخل", "01"),
    ("ar", "ناشدت الأمم المتحدة الدول المانحة تقديم المساعدات لليمن", "02"),
    ("ar", "تعهدت اليابان بتقديم مساعدات إلى بنغلاديش", "03"),
    ("ar", "التقى وزير الخارجية الأردني نظيره المصري في عمان", "04"),
    ("ar", "أشادت قطر بجهود مصر في الوساطة", "05"),
    ("ar", "أجرت تركيا وأذربيجان مناورات عسكرية مشتركة", "06"),
    ("ar", "أرسلت السعودية مساعدات إنسانية إلى السودان", "07"),
    ("ar", "أفرجت إيران عن بحارة بريطانيين", "08"),
    ("ar", "فتحت الأمم المتحدة تحقيقا في الهجوم على القافلة", "09"),
    ("ar", "طالبت باكستان الهند بالإفراج عن الصيادين", "10"),
    ("ar", "أدانت الجامعة العربية الغارات الإسرائيلية على لبنان", "11"),
    ("ar", "رفضت إثيوبيا المقترح المصري", "12"),
    ("ar", "هددت إيران بإغلاق مضيق هرمز", "13"),
    ("ar", "تظاهر آلاف المحتجين في بغداد", "14"),
    ("ar", "حشدت روسيا قواتها على الحدود مع أوكرانيا", "15"),
    ("ar", "قطعت المغرب علاقاتها الدبلوماسية مع إيران", "16"),
    ("ar", "اعتقلت الشرطة التركية عشرات الصحفيين", "17"),
    ("ar", "اغتال مسلحون مسؤولا عراقيا", "18"),
    ("ar", "قصفت المدفعية الإسرائيلية مواقع في جنوب لبنان", "19"),
    ("ar", "ارتكبت قوات الدعم السريع مجزرة في دارفور", "20"),
    ("en", "The Egyptian foreign minister expressed optimism about the talks.", "01"),
    ("en", "The UN appealed to donors to fund aid for Yemen.", "02"),
    ("en", "Japan pledged aid to Bangladesh.", "03"),
    ("en", "Jordan's foreign minister met his Egyptian counterpart in Amman.", "04"),
    ("en", "Qatar praised Egypt for its mediation.", "05"),
    ("en", "Turkey and Azerbaijan held joint military exercises.", "06"),
    ("en", "Saudi Arabia sent humanitarian aid to Sudan.", "07"),
    ("en", "Iran released British sailors.", "08"),
    ("en", "The UN launched an investigation into the attack on Iraq.", "09"),
    ("en", "Pakistan demanded that India release the fishermen.", "10"),
    ("en", "The Arab League condemned Israeli strikes on Lebanon.", "11"),
    ("en", "Ethiopia rejected the Egyptian proposal.", "12"),
    ("en", "Iran threatened to close the Strait of Hormuz.", "13"),
    ("en", "Thousands of protesters demonstrated in Baghdad.", "14"),
    ("en", "Russia massed troops on the border with Ukraine.", "15"),
    ("en", "Morocco severed diplomatic ties with Iran.", "16"),
    ("en", "Turkish police arrested dozens of journalists.", "17"),
    ("en", "Gunmen assassinated an Iraqi official.", "18"),
    ("en", "Israeli artillery shelled positions in southern Lebanon.", "19"),
    ("en", "The Rapid Support Forces committed a massacre in Darfur.", "20"),
]


def _coded(text: str, lang: str, date: str = "2025-07-18") -> list[marsad.Event]:
    return marsad.code_text(text, lang=lang, date=date)


@pytest.mark.parametrize(("lang", "text", "root"), ROOT_CASES)
def test_events_every_root_is_coded(lang: str, text: str, root: str) -> None:
    roots = {e.cameo_root for e in _coded(text, lang) if not (e.negated or e.hypothetical)}
    assert root in roots


#: words that select a code within a root: complements, what stands inside them, and the forms of an act
CODE_CASES = [
    # accepting and offering
    ("en", "Denmark accepted the proposal from the European Union.", "030"),
    ("en", "Israel accepted the ceasefire.", "030"),
    ("en", "Iran accepted the invitation from Turkey.", "036"),
    ("en", "Egypt accepted the demands of Israel.", "083"),  # accepting demands is yielding, not agreeing
    ("en", "Chad offered its soldiers to Mali.", "0332"),
    # agreeing to a truce is a commitment to de-escalate (AGREE); declaring one is 0871
    ("en", "Chad and Sudan agreed to a ceasefire.", "0356"),
    ("ar", "اتفقت تشاد والسودان على وقف إطلاق النار", "0356"),
    ("en", "Chad declared a ceasefire.", "0871"),
    # supporting a resolution, whatever words stand between
    ("en", "Kenya supported a new UN Security Council resolution.", "051"),
    # a duration inside a complement does not hide it
    ("en", "Dock workers called off their three-day strike at the port.", "082"),
    ("en", "Israel and Hamas agreed to a 48-hour truce.", "0356"),
    # cutting supplies is cutting aid
    ("en", "Israel cut fuel supplies to Gaza.", "1623"),
    ("en", "The World Food Programme reduced food deliveries to the camps in Chad.", "1623"),
    ("ar", "قطعت إسرائيل إمدادات الوقود عن غزة", "1623"),
    ("ar", "خفضت الأمم المتحدة الإمدادات الغذائية لمخيم اللاجئين", "1623"),
    # forcing out is expelling
    ("en", "Eritrea forced UNICEF out of the country.", "1663"),
    ("en", "Burundi forced foreign reporters out of the country.", "174"),
    # a shell or rocket exploding is shelling, even with nobody named, when dated or placed
    ("ar", "انفجرت ثلاث قذائف هاون قرب السفارة في بغداد أمس", "194"),
    ("ar", "سقطت صواريخ كاتيوشا على بلدة في شمال إسرائيل أمس", "194"),
    # rockets and shells fired at someone, as a verb or a verbal noun, a place between
    ("ar", "أطلق مسلحون صاروخين على بلدة سديروت الإسرائيلية مساء أمس", "194"),
    ("ar", "وأطلق مسلحون فلسطينيون صباح أمس قذائف هاون باتجاه المستوطنات الإسرائيلية", "194"),
    ("ar", "واستأنف مسلحون فلسطينيون إطلاق الصواريخ على إسرائيل أمس", "194"),
    ("en", "Militants resumed the firing of rockets from Gaza into Israel on Monday.", "194"),
    ("en", "Militants fired a rocket that hit a school in the town.", "194"),  # aimed by what it struck
    ("en", "Government troops fired mortars, rockets, and tank shells against rebel positions.", "194"),
    # ... but what is fired as bombs at protesters is tear gas
    ("ar", "أطلقت الشرطة القنابل المسيلة للدموع باتجاه الطلاب المعتصمين", "175"),
    # a march only people make: huge, angry, against someone
    ("ar", "خرجت مسيرة غاضبة في شوارع عمان أمس ضد الحكومة", "141"),
    ("ar", "وشهدت المدينة مسيرتين ضخمتين يوم الجمعة", "141"),
    # protesters occupying a building block it (144); an army occupying a village takes territory (192)
    ("ar", "احتل مئات المحتجين مبنى البرلمان في العاصمة أمس", "144"),
    ("en", "Thousands of protesters occupied the government headquarters in the capital on Tuesday.", "144"),
    ("ar", "احتلت القوات التركية قرية حدودية أمس", "192"),
    # suicide bombers in the dual and plural blow "themselves" up
    ("ar", "فجر انتحاريان نفسيهما قرب مركز للشرطة في كركوك", "1831"),
    ("ar", "وفجر الانتحاريون أنفسهم عند مدخل الفندق في عمان", "1831"),
    # an aside in parentheses does not part a verb from its complement ...
    ("ar", "ونزل آلاف الأشخاص (عشرون ألفا بحسب المنظمين) إلى الشوارع في ليما أمس", "141"),
    # ... nor do quotation marks around a name inside it
    ("ar", "واحتشد مئات من أعضاء النقابة مساء أمس في «ميدان العمال» بالقاهرة", "141"),
    # a strike in protest, with nobody named but a date
    ("ar", "أضرب سائقو سيارات الأجرة أمس احتجاجا على رفع أسعار الوقود", "143"),
    # a narrower complement right after a broader one refines the code: a roadside bomb's blast, not a blast
    ("ar", "ذكرت الشرطة أن ثلاثة شرطيين قتلوا بانفجار عبوة ناسفة قرب كركوك", "1833"),
    # the weapon as the subject right before the verb: aircraft, a device, a shell
    ("en", "Russian jets bombed rebel positions near Idlib on Friday.", "195"),
    ("en", "Israeli warplanes struck Hezbollah positions in southern Lebanon.", "195"),
    ("ar", "وقال مصدر إن عبوة ناسفة انفجرت على دورية للجيش أمس", "1833"),
]


@pytest.mark.parametrize(("lang", "text", "code"), CODE_CASES)
def test_events_code_cases(lang: str, text: str, code: str) -> None:
    assert code in {e.cameo for e in _coded(text, lang)}, text


def _triples(text: str, lang: str) -> set[tuple[str | None, str, str | None]]:
    return {
        (e.source.code if e.source else None, e.cameo_root, e.target.code if e.target else None)
        for e in _coded(text, lang)
    }


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # verb-first and subject-first clauses
        ("ar", "أدانت مصر إسرائيل", ("EGY", "11", "ISR")),
        ("ar", "مصر أدانت إسرائيل", ("EGY", "11", "ISR")),
        ("ar", "وكان الرئيس المصري قد استقبل وزير الخارجية الأردني", ("EGYGOV", "04", "JORGOV")),
        # prepositional targets
        # ... a counterpart is the same office in the country its adjective names
        ("ar", "اجتمع وزير الخارجية المصري مع نظيره الأردني في عمان", ("EGYGOV", "04", "JORGOV")),
        ("ar", "اتصل رئيس الوزراء العراقي هاتفيا بنظيره الكويتي", ("IRQGOV", "04", "KWTGOV")),
        ("en", "Egypt met with Jordan in Amman.", ("EGY", "04", "JOR")),
        # passives and agent phrases
        ("ar", "اغتيل مسؤول عراقي على يد مسلحين", ("UAF", "18", "IRQGOV")),
        ("ar", "قتل جندي مصري برصاص مسلحين", ("UAF", "19", "EGYMIL")),
        ("en", "An Iraqi official was assassinated by gunmen.", ("UAF", "18", "IRQGOV")),
        # nominal events
        ("ar", "أدانت الأردن اغتيال سفير العراق في بغداد أمس", (None, "18", "IRQGOV")),
        ("en", "Jordan condemned the killing of the Iraqi ambassador by gunmen.", ("UAF", "19", "IRQGOV")),
        # reported speech: the speaker is not the actor of the embedded event
        ("ar", "قال مسؤول مصري إن إسرائيل قصفت لبنان", ("ISR", "19", "LBN")),
        ("en", "An Egyptian official said that Israel shelled Lebanon.", ("ISR", "19", "LBN")),
        # a preposition is no quantity: the group after it is no verb-first subject
        ("ar", "اعتدى الجنود على السجناء بالضرب", ("MIL", "18", "CVL")),
        # a verb joined by و shares the subject of the clause before, also of a unit (قوة من الشرطة)
        (
            "ar",
            "قامت قوة من الشرطة بتفتيش الحي بعد منتصف الليل واعتدت على السكان بالضرب",
            ("COP", "18", "CVL"),
        ),
        # relative clauses: the subject is the relative's head, an actor or a thing
        ("ar", "عاد الوفد الأردني الذي زار مصر أمس", ("JORGOV", "04", "EGY")),
        ("ar", "أشادت مصر بالبيان الذي أدان إسرائيل", (None, "11", "ISR")),
        ("en", "The gunmen who attacked the soldiers fled.", ("UAF", "19", "MIL")),
        # an attack noun's genitive is the attacker, its victim follows على (rebels in Kashmir are India's)
        ("ar", "استمر هجوم الهند على المتمردين في كشمير أمس", ("IND", "19", "INDREB")),
        ("ar", "شارك الجنود في هجوم الجيش على المتمردين قرب الحدود أمس", ("MIL", "19", "REB")),
        # a nationality adjective names who did what the noun reports, definite or not (the villages of a
        # province are what it struck: their country)
        ("ar", "وأدان الحزب القصف التركي على قرى دهوك صباح اليوم", ("TUR", "19", "IRQ")),
        ("ar", "وقع هجوم أمريكي على مواقع المسلحين في الأنبار أمس", ("USA", "19", None)),
        # ... also after the attack a verb's complement names
        ("ar", "قتل ثلاثة مزارعين في غارة إسرائيلية على بلدة جنوبية أمس", ("ISR", "19", "AGR")),
        # a verb that judges an act targets who did it
        ("ar", "أدانت مصر بشدة الغارات الإسرائيلية على غزة أمس", ("EGY", "11", "ISR")),
        ("ar", "رفضت الحكومة الهجوم التركي على المدينة أمس", ("GOV", "12", "TUR")),
        ("en", "Jordan condemned the attack by gunmen on a police post on Monday.", ("JOR", "11", "UAF")),
        # a demand or appeal whose clause starts with "that": its subject is the side asked
        ("en", "Turkey demanded on Monday that Greece remove its troops from the islands.", ("TUR", "10", "GRC")),
        ("en", "The Arab League urged that the Libyan government open the border.", ("IGOMEAARL", "02", "LBYGOV")),
        # a bomber who blew himself up in front of or near a body's place struck that body; a country after a
        # word of direction is where, not whom
        ("ar", "فجر انتحاري نفسه أمام مركز للشرطة في كركوك أمس", ("UAF", "18", "IRQCOP")),
        ("ar", "فجر انتحاري نفسه قرب ثكنة للجيش شرق أفغانستان أمس", ("UAF", "18", "AFGMIL")),
        # a place after "وفي" is no subject; a count of members or supporters counts the body after them
        ("ar", "وفي كينيا خرج آلاف الطلاب الى الشوارع", ("EDU", "14", None)),
        ("ar", "اعتصم أمس مئات من أنصار حزب الشعب الباكستاني أمام المحكمة", ("PAKPTY", "14", None)),
        ("ar", "وقتل خمسة من أعضاء حزب الشعب الباكستاني في الاشتباكات", (None, "19", "PAKPTY")),
        # a feminine verb agrees with no masculine plural or count of men after it: they are its object
        ("ar", "وصلت الشرطة الى الجامعة فاعتقلت المحتجين", ("COP", "17", "CVL")),
        # an act on the positions, camps or headquarters of a side is an act on that side
        ("en", "Rwandan troops shelled the camps of the Congolese rebels.", ("RWAMIL", "19", "CODREB")),
        ("en", "Troops raided the headquarters of the opposition party in Harare.", ("MIL", "17", "ZWEOPP")),
        # a subject described between commas: the title is the subject's, the object after it within reach
        (
            "ar",
            "انتقد العميد كريم الساعدي، المتحدث باسم وزارة الداخلية العراقية، الحكومة السورية أمس",
            ("IRQCOP", "11", "SYRGOV"),
        ),
        (
            "ar",
            "استدعى لويس فرنانديز، نائب وزير الخارجية الإسباني، سفير كوريا الشمالية أمس",
            ("ESPGOV", "11", "PRKGOV"),
        ),
        # a comma and a clitic conjunction join two subjects
        ("ar", "التقى العقيد كريم الساعدي، ومحافظ الموصل الوفد التركي", ("IRQGOV", "04", "TURGOV")),
        # a verb-first subject's own words do not count against the window: the object after a long name
        (
            "ar",
            "استقبل أمير الكويت الشيخ نواف الأحمد الجابر الصباح في قصر بيان أمس وزير الخارجية الإيراني",
            ("KWTGOV", "04", "IRNGOV"),
        ),
        # wanted men and suspects are criminals
        ("ar", "واعتقلت قوات الأمن العراقية خمسة مطلوبين في محافظة ديالى", ("IRQCOP", "17", "IRQCRM")),
        ("en", "Police arrested five suspects in Karachi on Monday.", ("COP", "17", "PAKCRM")),
        # a device or shell before the verb is its subject, and what it struck follows على / قرب
        ("ar", "وقال شهود إن قذيفة هاون سقطت على مركز للشرطة", (None, "19", "COP")),
        ("ar", "وقال مصدر إن عبوة ناسفة انفجرت على دورية للجيش", (None, "18", "MIL")),
        ("en", "Israeli warplanes struck Hezbollah positions in southern Lebanon.", ("ISRMIL", "19", "LBNREB")),
        # a strike named as a force is the act, not its target; a town after على / on / against is the target
        ("ar", "شنت الطائرات الإسرائيلية غارة جوية على مدينة خان يونس أمس", ("ISRMIL", "19", "PSE")),
        ("en", "Israel carried out an airstrike on Gaza on Monday.", ("ISR", "19", "PSE")),
        ("en", "The United States launched an air strike against an Islamic State target.", ("USA", "19", "IMGREB")),
        # ... for attacks only: talks on a place are about it
        ("en", "The ministers held talks on Gaza.", ("GOV", "04", None)),
        # a pronoun object is no subject: what follows is the verb's ("sent it to Israel")
        ("en", "Egypt sent it to Israel as aid.", ("EGY", "07", "ISR")),
        # an irregular past after its subject is the verb, not a noun: "the governor met"
        ("en", "The governor met the Turkish ambassador.", ("GOV", "04", "TURGOV")),
    ],
)
def test_events_attribution(lang: str, text: str, expected: tuple[str | None, str, str | None]) -> None:
    assert expected in _triples(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "وقال وزير الداخلية المصري إنه في حال اعتداء أي شرطي على المتظاهرين سيحاكم فورا"),
        ("ar", "وأكدت الوزارة أنها لا تعلم شيئا عن مصير الجنود المفقودين"),
        ("ar", "وذكر المتحدث بأنهم لن يسمحوا للمسلحين بدخول المدينة"),
        # an English modal after the verb opens the reported clause as "that" would
        ("en", "Analysts say the decision will anger Moscow."),
        # ... and so does a subject pronoun with its auxiliary, or a noun phrase with one
        ("en", "Ukraine says it has strong evidence proving Russia was behind the chemical attacks."),
        ("en", "Iran said Israel was behind the attack on its consulate."),
    ],
)
def test_events_a_statement_has_no_target_inside_its_reported_clause(lang: str, text: str) -> None:
    """A complementiser with the reported subject's pronoun (إنه، أنها، بأنهم) ends the speaker's clause."""
    assert not [e for e in _coded(text, lang) if e.cameo_root == "01" and e.target is not None]


def test_events_a_long_subject_does_not_part_a_verb_from_its_complement() -> None:
    # the words of the subject do not count against the complement window: "تعرض ... للخطف" (was kidnapped)
    text = "تعرض مسؤول في وزارة الصحة العراقية هو مدير دائرة التخطيط أمس للخطف على أيدي مسلحين"
    assert any(root == "18" and target == "IRQGOV" for _, root, target in _triples(text, "ar"))


def test_events_counted_men_after_a_feminine_verb_and_who_reports_it_are_no_subject_or_target() -> None:
    # "فقتلت 14 مسلحا": the gunmen are killed, not killing; "بحسب الشرطة" says who tells it, not whom it struck
    triples = _triples("وانفجرت القنبلة قرب المعسكر فقتلت 14 مسلحا بحسب الشرطة", "ar")
    assert triples
    assert all(source != "UAF" and target != "COP" for source, _, target in triples), triples


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        # a perfect spelt the same in the passive: a counted or indefinite group with no object after it
        # is who suffered the act ...
        ("قتل أربعة جنود أتراك في انفجار لغم قرب الحدود أمس", {(None, "TURMIL")}),
        ("اختطف ثلاثة رجال أعمال أتراك في بغداد", {(None, "TURBUS")}),
        ("قتل شرطي هندي، وأصيب اثنان آخران", {(None, "INDCOP")}),
        # ... an object after it, or a definite subject, keeps the active voice
        ("قتل مسلحون جنديا باكستانيا في كويتا", {("UAF", "PAKMIL")}),
        ("قتل مسلحون مجهولون أمس ضابطا عراقيا", {("UAF", "IRQMIL")}),
        ("اعتقلت الشرطة المصرية في القاهرة أربعة ناشطين", {("EGYCOP", "CVL")}),
        # the subject before such a verb with no object after it suffered the act
        ("وقال المتحدث إن جنديا تركيا قتل في الاشتباك", {(None, "TURMIL")}),
        # ... also a plural or dual verb, across "على الأقل"; before its object it is active
        ("وأفاد المصدر أن خمسة شرطيين عراقيين قتلوا في القصف", {(None, "IRQCOP")}),
        ("ذكرت الوكالة أن جنديين أميركيين على الأقل قتلا بانفجار لغم", {(None, "USAMIL")}),
        ("وقال إن المسلحين قتلوا ثلاثة جنود أتراك", {("UAF", "TURMIL")}),
        # ... a group in or after the attack it suffered in is the attack's or the next clause's, no object
        ("قال مسؤول إن ستة مدنيين قتلوا صباح الأحد في تفجير انتحاري طال دورية للجيش", {(None, "CVL")}),
        ("أفاد شاهد أن عشرة قرويين قتلوا مساء الأحد في غارة عنيفة طالت مواقع الجيش", {(None, "CVL")}),
        # ... and with its agent named after it, the subject before the verb is the target
        ("وقال الناطق إن صحفيين فرنسيين خطفا على يد مسلحين", {("UAF", "FRAMED")}),
        # a counted partitive is the object: "12 of the Turkish workers"
        ("خطف مسلحون 12 من العمال الأتراك قرب الحدود", {("UAF", "TURLAB")}),
        # the pronoun after أن is the subject, what follows the verb its object
        ("أعلنت الشرطة الكينية أنها اعتقلت ثلاثة بحارة يمنيين", {("KENCOP", "YEM")}),
        # a group in a prepositional phrase or in the next clause is no object
        ("قتل جنديان عراقيان وأصيب ثلاثة شرطيين في كمين قرب الموصل", {(None, "IRQMIL"), (None, "COP")}),
    ],
)
def test_events_unmarked_arabic_passive(text: str, pairs: set[tuple[str | None, str | None]]) -> None:
    assert {(s, t) for s, root, t in _triples(text, "ar") if root in ("17", "18", "19", "20")} == pairs


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the toll told after an attack names its victims: one attack, struck at them
        (
            "ar",
            "انفجرت سيارة مفخخة قرب سوق شعبي في الحلة أمس، مما أدى إلى مقتل سبعة مدنيين",
            [("1832", None, "CVL")],
        ),
        ("ar", "هاجم مسلحون حاجزا أمنيا في كركوك فجر اليوم وأسفر الهجوم عن مقتل أربعة شرطيين", [("180", "UAF", "COP")]),
        # ... and the toll told before the attack it was suffered in
        ("ar", "قتل ستة مدنيين في هجوم المسلحين على سوق شعبية في كركوك", [("190", "UAF", "CVL")]),
        ("ar", "قتل طفلان جراء هجوم المسلحين على قريتهما أمس", [("190", "UAF", "CVL")]),
        # ... though the toll names no date or place of its own, and wounds of no stated weapon too
        ("ar", "قصفت دبابة إسرائيلية أحد البيوت، وهو ما أدى إلى مقتل أربعة مواطنين", [("190", "ISRMIL", "CVL")]),
        ("ar", "فجر انتحاري نفسه قرب دورية للجيش، ما أسفر عن إصابة أربعة جنود بجروح", [("1831", "UAF", "MIL")]),
        # "إصابة" with no word of wounds is the toll of the attack before it
        ("ar", "انفجرت عبوة ناسفة أمس قرب سوق في الموصل ما أدى إلى إصابة خمسة مدنيين", [("1833", None, "CVL")]),
        (
            "ar",
            "وفي حلب، أسفر انفجار سيارة مفخخة قرب جسر النهر، عن إصابة أربعة من عناصر الشرطة",
            [("1832", None, "COP")],
        ),
        # the attack a toll was suffered in names who carried it out after a verb that resumes it; that verb
        # is the same attack, no second one
        (
            "ar",
            "قالت مصادر إن تسعة قرويين قتلوا في غارة جوية شنتها طائرات أمريكية مساء الأحد",
            [("195", "USAMIL", "CVL")],
        ),
        ("ar", "قتل عشرة أشخاص أمس في تفجير نفذه انتحاري قرب مسجد في المدينة", [("183", "UAF", "PPL")]),
        # ... or as a state's strike, named as its force; a strike of no state names nobody
        ("ar", "قتل ستة مقاتلين في ضربة جوية روسية قرب الحدود أمس", [("195", "RUSMIL", "UAF")]),
        ("ar", "قتل خمسة مدنيين في ضربة جوية قرب الحدود أمس", [("195", None, "CVL")]),
        # a comma may close the attack's words before the preposition of its toll
        ("ar", "وفي الموصل، أسفر انفجار عبوة ناسفة على طريق رئيسي، عن مقتل ثلاثة مدنيين", [("1833", None, "CVL")]),
        # a killing told on its own, with no attack before it, stays an event
        ("ar", "قتل مسلحون أربعة شرطيين في كركوك أمس", [("190", "UAF", "IRQCOP")]),
        # an attack that names its target keeps it; its toll is still no second attack
        (
            "ar",
            "هاجمت القوات الأمريكية المسلحين في الفلوجة أمس، مما أدى إلى مقتل عشرة أشخاص",
            [("190", "USAMIL", "IRQUAF")],
        ),
        (
            "en",
            "A car bomb exploded near a crowded market in Hilla on Tuesday, killing nine civilians.",
            [("1832", None, "CVL")],
        ),
    ],
)
def test_events_the_toll_of_an_attack_is_its_target(
    lang: str, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    found = [
        (e.cameo, e.source.code if e.source else None, e.target.code if e.target else None)
        for e in _violence(text, lang)
    ]
    assert found == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [("ar", "اتفقت باكستان والاتحاد الأوروبي على تعزيز التعاون"), ("en", "Pakistan and the EU agreed to cooperate.")],
)
def test_events_compound_reciprocal_gives_both_directions(lang: str, text: str) -> None:
    pairs = {(s, t) for s, root, t in _triples(text, lang) if root == "03"}
    assert pairs == {("PAK", "IGOEUREEC"), ("IGOEUREEC", "PAK")}


@pytest.mark.parametrize(
    ("lang", "text", "negated", "hypothetical"),
    [
        ("ar", "لم تتفق مصر وإسرائيل على الهدنة", True, False),
        ("ar", "لن تهاجم إسرائيل لبنان", True, True),
        ("ar", "إذا زارت مصر الأردن فسيبحث الجانبان الحدود", False, True),
        ("ar", "قد تستقبل باكستان وفدا من الصين", False, True),
        # أن + present tense is the subjunctive: expected, wanted, not done ...
        ("ar", "لم يتوقع الوزير أن تهاجم تركيا العراق", False, True),
        # ... أن + past tense is a report
        ("ar", "أكد الوزير أن تركيا هاجمت العراق", False, False),
        ("en", "Egypt did not condemn Israel.", True, False),
        ("en", "Iran may attack Israel.", False, True),
        ("en", "Egypt could host Jordan's king.", False, True),
        # "any attack" is none in particular
        ("ar", "حذر القائد من أي هجوم المتمردين على العاصمة", False, True),
        # "in case of", "in the event of": a condition; بعدم: a negation with its preposition
        ("ar", "قال الحزب إنه سيرد في حال تعرض مقاتلوه لهجوم من الجيش", False, True),
        ("en", "The party said it would respond in case of an attack by Turkish forces.", False, True),
        ("ar", "أكد الوزير بعدم تعرض المعتقلين للتعذيب", True, False),
        # a question asks about an act, it does not report one
        ("ar", "هل اعتقلت الشرطة السورية الصحفيين الأربعة؟", False, True),
        ("ar", "«لماذا قصف الجيش التركي القرى الحدودية؟»", False, True),
        ("en", "Did Turkish troops shell the border villages?", False, True),
        ("ar", "قصف الجيش التركي القرى الحدودية. فلماذا؟", False, False),
        # an attack whose occurrence is in the future is expected, not done
        ("ar", "قالت الشرطة إن هجوما آخر سوف يقع على السفارة الفرنسية في بغداد", False, True),
        ("ar", "قالت الشرطة إن هجوما وقع على السفارة الفرنسية في بغداد اليوم", False, False),
        ("ar", "ذكر مصدر أمني أن اشتباكات ستندلع بين الجيش والمتمردين في الموصل", False, True),
        # warned of, to avoid: the act is feared, not reported
        ("ar", "حذر الوزير من اختطاف المسلحين للصحفيين الأجانب في بغداد", False, True),
        ("ar", "غادر الصحفيون المدينة لتجنب اختطافهم على يد المسلحين", False, True),
        # a cue keeps its meaning under the conjunction ف or the preposition ب
        ("ar", "فحذر الوزير من اختطاف المسلحين للصحفيين الأجانب في بغداد", False, True),
        ("en", "The reporters left the city to avoid being kidnapped by gunmen.", False, True),
        # an act put off or called off has not taken place
        ("ar", "أرجأ الأردن زيارة وزير خارجية العراق إلى عمان", False, True),
        ("ar", "ألغت الحكومة التونسية محادثاتها مع البنك الدولي", False, True),
        ("en", "Jordan postponed the visit of Iraq's foreign minister to Amman.", False, True),
    ],
)
def test_events_negation_and_modality(lang: str, text: str, negated: bool, hypothetical: bool) -> None:
    events = _coded(text, lang)
    assert events
    assert any(e.negated == negated and e.hypothetical == hypothetical for e in events)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "أدانت مصر جريمة اغتيال الرئيس اللبناني"),  # a reference to an earlier killing
        ("ar", "ندد الحزب بجريمة اغتيال النائب في بيروت أمس"),
        # who is "behind" an attack is named as its author; the relative clause on it is no new report
        ("ar", "قال الوزير إن مسلحين يقفون وراء الهجوم الذي استهدف الكنيسة في الإسكندرية"),
        ("ar", "تواصل الشرطة التحقيقات في التفجير الانتحاري الذي استهدف مقر الشرطة في قندهار"),
        ("ar", "بدأت الشرطة التحقيق في الهجوم الذي استهدف مقر الحزب في الموصل"),
        ("ar", "قال مسؤول إن الحركة تقف وراء التفجير الانتحاري الذي استهدف مقر الشرطة في قندهار"),
        ("en", "Egypt marked the anniversary of the bombing of Beirut."),
    ],
)
def test_events_background_references_are_not_reported_as_events(lang: str, text: str) -> None:
    assert not {e.cameo_root for e in _coded(text, lang)} & {"18", "19"}


def test_events_a_drone_is_no_march() -> None:
    codes = {e.cameo_root for e in _coded("أسقطت القوات مسيرة معادية فوق القاعدة أمس", "ar")}
    assert "14" not in codes, codes


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a missile launched at nothing is a launch or a test, not an attack on whatever is named near it
        ("ar", "أطلقت كوريا الشمالية صاروخا باليستيا فوق اليابان أمس"),
        ("ar", "أطلقت إيران صاروخا يحمل قمرا صناعيا، على ما أفادت وسائل الإعلام الرسمية"),
        ("en", "North Korea launched a ballistic missile over Japan on Tuesday."),
        ("en", "Iran fired two missiles on Sunday, state television said."),
        ("en", "Iran fired two missiles on Sept. 3, officials said."),  # the dates dictionary's abbreviations
    ],
)
def test_events_a_launch_aimed_at_nobody_is_no_attack(lang: str, text: str) -> None:
    assert not {e.cameo_root for e in _coded(text, lang)} & {"18", "19"}, _coded(text, lang)


@pytest.mark.parametrize(
    "text",
    [
        # a sector word after a definite noun is its adjective, not who did it
        "وصف الوزير الهجوم الدبلوماسي على الحكومة أمس بأنه فاشل",
        # a nationality adjective alone does not make talk about attacks a report
        "وأشار إلى أن الهجمات الأمريكية تزيد التوتر",
    ],
)
def test_events_adjectives_after_attack_nouns(text: str) -> None:
    assert not [e for e in _violence(text, "ar") if e.source is not None]


@pytest.mark.parametrize(
    ("lang", "text", "code"),
    [
        ("ar", "ستزور مصر الأردن الأسبوع المقبل", "036"),
        ("en", "Egypt will host Jordan's king.", "036"),
        ("en", "The World Bank will provide emergency loans to Malawi.", "033"),
        ("en", "Ethiopia is willing to pull its forces out of Somalia.", "035"),
        ("en", "Iran will attack Israel.", "138"),
    ],
)
def test_events_stated_intentions_are_intent_and_threat_codes(lang: str, text: str, code: str) -> None:
    assert code in {e.cameo for e in _coded(text, lang) if not e.hypothetical}


def test_events_a_threat_is_an_event_and_its_content_is_not() -> None:
    events = _coded("Iran threatened to attack Israel.", "en")
    assert [(e.cameo_root, e.hypothetical) for e in events] == [("13", False)]


def test_events_several_events_in_one_sentence() -> None:
    triples = _triples("أدانت مصر الهجوم واستقبلت وزير الخارجية الأردني في القاهرة", "ar")
    assert {root for _, root, _ in triples} >= {"11", "04"}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the speaker of a reported obligation demands it of the obliged party
        ("en", "The French foreign minister reiterated that Iran must free the detained sailors.", {("FRAGOV", "IRN")}),
        ("en", "Israel must withdraw from Gaza, the Egyptian foreign minister said.", {("EGYGOV", "ISR")}),
        ("en", "Jordan said on Monday that Syria and Iraq must stop the smuggling.", {("JOR", "SYR"), ("JOR", "IRQ")}),
        ("en", "Turkey insisted the rebels in Syria must lay down their arms.", {("TUR", "SYRREB")}),
        ("ar", "قال وزير الخارجية المصري إنه يجب على إسرائيل أن تنسحب من غزة.", {("EGYGOV", "ISR")}),
        ("ar", "أكد الرئيس الفرنسي أنه ينبغي على إيران أن توقف التخصيب.", {("FRAGOV", "IRN")}),
    ],
)
def test_events_reported_obligations_are_demands(lang: str, text: str, expected: set[tuple[str, str]]) -> None:
    demands = {(e.source.code, e.target.code) for e in _coded(text, lang) if e.cameo == "100" and e.source and e.target}
    assert demands == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Libya must hand over the suspects."),  # nobody is reported to say it
        ("en", "Everyone must stay calm, Egypt said."),  # the obliged party is no actor
        ("ar", "يجب على الجميع أن يتحلوا بالصبر."),
        ("ar", "يجب أن تنسحب إسرائيل من غزة."),  # no على: nobody is named as obliged
    ],
)
def test_events_obligations_without_speaker_or_party_are_no_demand(lang: str, text: str) -> None:
    assert "100" not in {e.cameo for e in _coded(text, lang)}


@pytest.mark.parametrize(
    ("lang", "text", "cameo", "plover", "mode"),
    [
        # PLOVER files resignations under RETREAT (mode resign), whatever the CAMEO code's usual type
        ("en", "Jordan's prime minister resigned on Sunday.", "0831", "RETREAT", "resign"),
        ("ar", "استقال رئيس الوزراء الأردني", "0831", "RETREAT", "resign"),
        # ... and lifting a curfew or a state of emergency under CONCEDE, as its manual defines it
        ("en", "Egypt lifted the curfew in Cairo.", "0813", "CONCEDE", None),
        ("en", "Peru lifted the state of emergency in Lima.", "0814", "CONCEDE", None),
        # cyber attacks are coercion, mode cyber (CAMEO has no code of its own); "hacked to death" stays an assault
        ("en", "Hackers defaced the websites of the Indian foreign ministry on Friday.", "170", "COERCE", "cyber"),
        ("en", "A cyberattack on the Iranian oil ministry disrupted exports on Monday.", "170", "COERCE", "cyber"),
        ("ar", "اخترق قراصنة أمس موقع وزارة الخارجية التركية", "170", "COERCE", "cyber"),
        ("ar", "تعرضت شبكات الحكومة المغربية أمس لهجوم إلكتروني واسع", "170", "COERCE", "cyber"),
        ("en", "Militiamen hacked two farmers to death with machetes.", "1823", "ASSAULT", None),
        # an ultimatum is a threat, not a bare demand
        ("en", "Ghana issued an ultimatum to Togo over the fishing dispute.", "139", "THREATEN", "relations"),
    ],
)
def test_events_plover_types_follow_the_plover_manual(
    lang: str, text: str, cameo: str, plover: str, mode: str | None
) -> None:
    assert (cameo, plover, mode) in {(e.cameo, e.plover, e.plover_mode) for e in _coded(text, lang)}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a reported clause whose subject is a pronoun: the speaker is its source (a curfew targets its place)
        (
            "en",
            "The Jordanian king declared on Tuesday that he will impose a curfew in Irbid.",
            ("JORGOV", "13", "JOR"),
        ),
        ("en", "Egypt said it would expel the Turkish ambassador.", ("EGY", "13", "TURGOV")),
        ("ar", "أعلن الرئيس المصري أنه سيفرض حظر التجول في القاهرة", ("EGYGOV", "13", "EGY")),
        # ... after a verb of warning, vowing or confirming too
        ("en", "Hamas vowed that it would attack Israel.", ("PSEREB", "13", "ISR")),
        ("en", "The army confirmed that it had shelled rebel positions.", ("MIL", "19", "REB")),
    ],
)
def test_events_pronoun_subjects_of_reported_clauses(
    lang: str, text: str, expected: tuple[str | None, str, str | None]
) -> None:
    assert expected in _triples(text, lang)


def test_events_a_complement_stays_in_its_clause() -> None:
    # "حظر التجول" belongs to سيفرض, not to أعلن ("announced a curfew"); the announcement frames the threat
    assert {t[1] for t in _triples("أعلن الرئيس المصري أنه سيفرض حظر التجول", "ar")} == {"13"}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a past tense after an apposition is the verb
        ("en", "Ahmed Saleh, Yemen's best-known activist, staged a hunger strike.", ("CVL", "14", None)),
        # a noun that codes nothing leaves the verb after it free
        ("en", "Syrian helicopters and tanks shelled rebel positions.", ("SYRMIL", "19", "REB")),
        # renewed demands; forces kept on alert
        ("en", "Egypt reiterated its demand that Israel withdraw.", ("EGY", "10", None)),
        ("ar", "جددت مصر مطالبتها بالإفراج عن المعتقلين", ("EGY", "10", None)),
        ("en", "Indian troops remained on high alert.", ("INDMIL", "15", None)),
    ],
)
def test_events_appositions_nouns_demands_and_alerts(
    lang: str, text: str, expected: tuple[str | None, str, str | None]
) -> None:
    assert expected in _triples(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "absent", "present"),
    [
        # a passive "met" is "satisfied", not a meeting
        ("en", "The rebels said they would fight until their demands are met.", "04", None),
        # the demand a protest voices is its topic, not another event (PLOVER)
        ("en", "Thousands of Kenyans protested in Nairobi demanding new elections.", "10", "14"),
        ("ar", "تظاهر آلاف المغاربة في الرباط مطالبين بإصلاحات سياسية", "10", "14"),
        # a mediator's title is an actor, not a mediation
        ("en", "UN mediator Jan Eliasson arrived in Khartoum.", "04", None),
    ],
)
def test_events_passive_meetings_protest_topics_and_titles(
    lang: str, text: str, absent: str, present: str | None
) -> None:
    roots = {root for _, root, _ in _triples(text, lang)}
    assert absent not in roots and (present is None or present in roots)


@pytest.mark.parametrize(
    ("lang", "text", "root"),
    [
        # a refusal to cooperate is a rejection; a report that it did not happen is not
        ("en", "Lebanon said it will not accept new refugees from the border camps.", "12"),
        ("ar", "قالت إيران إنها لن تفرج عن البحارة البريطانيين", "12"),
        # reneging on a commitment, defying a ban
        ("en", "The Malawian government reneged on its promise to free the detainees.", "12"),
        ("en", "The opposition weekly violated a ban imposed by the interior ministry.", "12"),
    ],
)
def test_events_refusals_are_rejections(lang: str, text: str, root: str) -> None:
    assert root in {e.cameo_root for e in _coded(text, lang) if not e.negated}


def test_events_a_past_negation_is_no_rejection() -> None:
    assert not any(e.cameo_root == "12" for e in _coded("Jordan did not accept the refugees.", "en"))


@pytest.mark.parametrize(
    ("lang", "text", "root"),
    [
        ("en", "Ghana is ready to contribute troops to a peacekeeping force in Somalia.", "03"),
        ("en", "The army will evacuate the outposts near Hebron.", "03"),
        ("en", "Israel evacuated the settlements.", "08"),
        ("en", "The junta refused to respond to the demand from ECOWAS.", "12"),
        ("en", "Rebels blocked transport into the capital.", "14"),
    ],
)
def test_events_contributions_evacuations_refusals_blockades(lang: str, text: str, root: str) -> None:
    assert root in {e.cameo_root for e in _coded(text, lang) if not e.negated}


def test_events_dated_history_is_not_news() -> None:
    from marsad.model import Document

    coder = marsad.load_pipeline()
    old = coder(Document("اغتال مسلحون الرئيس المصري عام 1981", lang="ar", date="2008-09-13"))
    assert not [e for e in old.events if e.cameo_root == "18"]
    recent = coder(Document("اغتال مسلحون الرئيس المصري أمس", lang="ar", date="2008-09-13"))
    assert [e for e in recent.events if e.cameo_root == "18"]
    # the date may follow a long name of the victim: it is counted from the name's end ...
    named = "اغتال مسلحون وزير الداخلية الأسبق عبد الكريم الحلبي في عام 2001"
    assert not [e for e in coder(Document(named, lang="ar", date="2008-09-13")).events if e.cameo_root == "18"]
    # ... unless a relative clause after the name holds it: then it dates that clause
    granted = "Kenya granted asylum to 12 Ugandan rebels who crossed the border three years ago, officials said."
    assert [e for e in coder(Document(granted, lang="en", date="2008-09-13")).events if e.cameo_root == "07"]
    # a date after "منذ" (since) begins a period: it makes no act history, and dates none reported now
    since = "وقع اليوم تفجير انتحاري على حافلة للشرطة هو الأعنف منذ إطاحة النظام السابق عام 2001"
    bombing = [e for e in coder(Document(since, lang="ar", date="2008-09-13")).events if e.cameo_root == "18"]
    assert bombing and all(e.date == "2008-09-13" for e in bombing), bombing
    since = "انفجرت سيارة مفخخة قرب حافلة للشرطة في كابول في أعنف هجوم منذ عام 2001"
    bombing = [e for e in coder(Document(since, lang="ar", date="2008-09-13")).events if e.cameo_root == "18"]
    assert bombing and all(e.date == "2008-09-13" for e in bombing), bombing
    # a date in another clause, far from the verb, does not make the event history
    far = coder(
        Document(
            "Sudan offered to extradite to Kenya three men accused by Nairobi of bombing a hotel in 1998.",
            lang="en",
            date="1992-01-01",
        )
    )
    assert [e for e in far.events if e.cameo_root == "03"]
    # acts listed with a dated one, and not dated themselves, are that history too ...
    listed = "نسبت إليه تفجير قنصلية عام 1994 (في مدينة عربية) وتفجير فندق في عمان أودى بحياة 40 شخصا"
    assert not [e for e in coder(Document(listed, lang="ar", date="2008-09-13")).events if e.cameo_root == "18"]
    # ... and those the same old date reaches from further away
    far_listed = (
        "نسبت إليه تفجير سفارة في العاصمة عام 1992 انتقاما لمقتل أحد قادة التنظيم البارزين وكذلك تفجير مركز ثقافي"
        " في المدينة نفسها أودى بحياة عشرات الأشخاص"
    )
    assert not [e for e in coder(Document(far_listed, lang="ar", date="2008-09-13")).events if e.cameo_root == "18"]
    # ... but not one dated recently
    dated = "قتل عشرة أشخاص أمس في تفجير يشبه تفجير عام 1994 في المدينة"
    assert [e for e in coder(Document(dated, lang="ar", date="2008-09-13")).events if e.cameo_root in ("18", "19")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb carrying its plural subject takes no subject after it: what follows is its object ...
        ("تظاهر آلاف المواطنين في المدينة، ورفعوا لافتات تطالب الحكومة بالتدخل", ("CVL", "14", "GOV")),
        # ... and its pronoun refers to the subject of the clause before
        ("اقتحم مسلحون القرية وهاجموا الشرطة", ("UAF", "19", "COP")),
    ],
)
def test_events_arabic_verbs_that_carry_their_subject(text: str, expected: tuple[str | None, str, str | None]) -> None:
    triples = _triples(text, "ar")
    assert expected in triples and not any(t[0] == "GOV" for t in triples)


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        # a protest whoever took part: reported by a verb of occurrence, a protest verb, or its participants
        ("ar", "اندلعت مظاهرات في نواكشوط مساء أمس", "Nouakchott"),
        ("ar", "تجددت الاحتجاجات في الخرطوم", "Khartoum"),
        ("ar", "تظاهر المئات في الرباط للمطالبة بالإفراج عن المعتقلين", "Rabat"),
        ("ar", "خرج آلاف المتظاهرين في تونس", "Tunis"),
        ("ar", "تجمع مئات المحتجين في ساحة التحرير بالقاهرة", "Cairo"),
        ("ar", "سار المتظاهرون نحو مقر البرلمان في بيروت", "Beirut"),
        ("ar", "وفي الخرطوم تأخرت الدراسة في المدارس بسبب احتجاجات عمت الأحياء مساء أمس", "Khartoum"),
        ("ar", "تواصلت الاحتجاجات الطلابية في الخرطوم أمس", "Khartoum"),
        ("ar", "شكل مئات المتظاهرين سلسلة بشرية حول البرلمان في يريفان", "Yerevan"),
        # a quantity before the subject does not push the complement out of reach
        ("ar", "وشكل نحو عدة آلاف من طلاب الجامعة المحتجين صباح اليوم سلسلة بشرية في تونس", "Tunis"),
        ("ar", "نفذ العمال اعتصاما أمام وزارة العمل في الرباط", "Rabat"),
        ("ar", "وفي الرباط رفع العمال شعاراتهم وتجمعوا في الساحات القريبة من البرلمان", "Rabat"),
        ("en", "Hundreds of protesters formed a human chain around parliament in Yerevan.", "Yerevan"),
        ("en", "Protests erupted in Lagos on Monday.", "Lagos"),
        ("en", "Demonstrations broke out in Nairobi after the vote.", "Nairobi"),
    ],
)
def test_events_protests_are_coded_without_a_named_actor(lang: str, text: str, place: str) -> None:
    protests = [e for e in _coded(text, lang) if e.cameo_root == "14" and not (e.negated or e.hypothetical)]
    assert protests, text
    assert any(e.location is not None and e.location.name == place for e in protests)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # talk about protests, not a report of one: no verb says one took place, no actor took part
        ("ar", "المظاهرات السلمية حق يكفله الدستور"),
        ("ar", "تحدث الكاتب عن دور الاحتجاجات في تاريخ البلاد"),
        ("en", "Protests are a healthy part of any democracy."),
        # without actors a condemnation or a meeting is still nothing: only protests stand alone
        ("ar", "جرت مباحثات في القاهرة"),
    ],
)
def test_events_protest_nouns_alone_are_no_report(lang: str, text: str) -> None:
    assert not [e for e in _coded(text, lang) if e.source is None and e.target is None], text


@pytest.mark.parametrize(
    ("lang", "text", "coded"),
    [
        # what "the protesters" did (chanted, raised banners, clashed with police) tells how a protest
        # already reported went on: one protest, one event
        ("ar", "ورفع المتظاهرون لافتات تندد بالحكومة", False),
        ("ar", "وردد المحتجون شعارات مناهضة للرئيس", False),
        ("ar", "ووقعت اشتباكات بين الشرطة والمتظاهرين", False),
        ("en", "The protesters chanted slogans against the government.", False),
        # protesters not told of before are a report of their own
        ("ar", "ورفع متظاهرون لافتات تندد بالحكومة", True),
        ("en", "Protesters chanted slogans against the government.", True),
    ],
)
def test_events_what_the_protesters_did_is_the_same_protest(lang: str, text: str, coded: bool) -> None:
    protests = [e for e in _coded(text, lang) if e.cameo_root == "14"]
    assert bool(protests) is coded, text


def _violence(text: str, lang: str) -> list[marsad.Event]:
    return [e for e in _coded(text, lang) if e.cameo_root in ("18", "19", "20") and not (e.negated or e.hypothetical)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a noun of violence with neither date nor place is a reference to attacks, not a report of one
        ("ar", "وطالبت المنظمة بوقف الاعتداءات على الصحافيين"),
        ("en", "The group called for an end to attacks on journalists."),
        # attacks in the plural with a place but no agent or date are a kind of violence
        ("ar", "وأدان المجلس الهجمات على القرى في شمال مالي"),
        # a relative clause tells which attacker or victim is meant, even a dated one: the attack was news
        # when it happened
        ("ar", "وقال إن المسلحين الذين خطفوا الرهائن ينتمون إلى جماعة متطرفة"),
        ("ar", "شيع آلاف النائب الذي اغتيل أمس في بيروت"),
        ("ar", "أفرج القراصنة عن السفينة اليونانية التي خطفوها الشهر الماضي قبالة الصومال"),
        # what an accusation says is not an event reported (the accusation is)
        ("ar", "اتهمت الحكومة المعارضة بقتل المتظاهرين"),
        ("ar", "ونفى المتحدث اتهامات وجهتها منظمات حقوقية للجيش، بقتل مدنيين الشهر الماضي في القرية"),
        ("ar", "قضت المحكمة أمس على متهمين ثلاثة بخطف موظفين أجانب العام الماضي"),
        # words joined to a noun of violence that reports nothing are kinds of violence listed
        ("ar", "وتحدث الأهالي عن قتل وخطف الشبان في الحي"),
        ("ar", "وقال إن السكان عانوا من تهجير قسري وقتل واعتقال"),
        # deaths in a disaster or an accident are no attack
        ("ar", "قتل 20 شخصا في زلزال ضرب المنطقة أمس"),
        ("ar", "أسفرت الفيضانات عن مقتل 30 شخصا في الإقليم أمس"),
        # "إصابة" alone is a toll only after an attack: an infection counted is no act of violence
        ("ar", "أعلنت وزارة الصحة أمس عن إصابة مئة شخص بالفيروس في العاصمة"),
        ("en", "Five people were killed in a road accident near Lahore on Sunday."),
        # aircraft before a verb that is no attack
        ("en", "Private jets carried the Iraqi delegation to Paris."),
        ("en", "The government accused the opposition of killing protesters."),
        # an attack feared or foiled did not take place
        ("ar", "رفعت الشرطة حالة التأهب تحسبا لهجوم إرهابي في العاصمة"),
        ("en", "Police said they had foiled a plot to bomb the embassy."),
        # what was found, defused or seized is no attack
        ("ar", "وفككت وحدة الهندسة أمس عبوة ناسفة قرب الجسر"),
        ("ar", "أغلقت الشرطة الشارع للاشتباه في وجود عبوة داخل حقيبة"),
        ("en", "Soldiers defused a roadside bomb near the market on Sunday."),
        # "the fourth attack" counts attacks reported before
        ("ar", "وهذا رابع هجوم انتحاري خلال شهر"),
        # ... and the weapon it was done with is no act of its own
        ("ar", "وكان ذلك سادس اعتداء انتحاري بشاحنة ملغومة في الموصل"),
        ("ar", "وقال إن المسلحين الموقوفين هم الذين نفذوا الهجوم بشاحنة مفخخة في بغداد"),
        # a relative clause on an attack noun with neither date, place nor agent is a reference
        ("ar", "وأدانت الحكومة الهجوم الذي استهدف المدنيين"),
        # a present-tense verb of violence with no date tells what someone does
        ("ar", "وقال إن المتطرفين يقتلون المدنيين ويخطفون الصحفيين باسم الدين"),
        # an announcement of a judgement on a kind of act announces no act
        ("ar", "وأعلن الوزير أن اغتيال الصحفيين جريمة"),
    ],
)
def test_events_talk_about_violence_is_no_attack(lang: str, text: str) -> None:
    assert not _violence(text, lang), text


@pytest.mark.parametrize(
    "text",
    [
        # a protest in a relative clause tells which place or people are meant
        "وتقع الساحة التي يعتصم فيها المحتجون منذ أسبوعين قرب مبنى البرلمان",
        "وكان الوزير الذي تظاهر ضده آلاف الطلاب قد استقال",
    ],
)
def test_events_protest_in_a_relative_clause_is_no_new_protest(text: str) -> None:
    assert not [e for e in _coded(text, "ar") if e.cameo_root == "14"], text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the same words anchored in time or place report an attack
        ("ar", "قتل شخصان أمس في تفجير انتحاري قرب سوق في الحلة"),
        ("ar", "أعلنت الشرطة مقتل أربعة عمال في انفجار لغم قرب البصرة"),
        ("en", "Two policemen were killed in an attack on their patrol in Kirkuk on Monday."),
        # the victims of an attack noun come after its quantity
        ("en", "Police reported the killing of at least three soldiers in Kandahar."),
        # a weapon after the preposition of means reports the act its noun could not (no actors named)
        ("ar", "وتفقد المحافظ أمس موقع الحادث حيث استهدف الانفجار القافلة بواسطة عبوة ناسفة على طريق المطار في بغداد"),
        # an act noun a verb of announcing takes as its object is reported, though bare
        ("ar", "أعلنت مصادر طبية مقتل خمسة صيادين"),
        ("ar", "وأفيد بإصابة جنديين بجروح"),
        ("en", "The army announced the killing of two militia leaders."),
        # a relative clause on an attack noun describes that attack, reported when anchored
        ("ar", "وأدانت الحكومة الهجوم الذي استهدف قافلة عسكرية في كويتا"),
        # a present-tense verb after a verb that sets a past scene, or with a date, reports an attack
        ("ar", "وراح المسلحون يطلقون النار على جنود الشرطة في السوق"),
        ("ar", "وشاهد الصحفيون جنودا يضربون المعتقلين بالهراوات في الساحة"),
        ("ar", "وتقصف المدفعية التركية منذ أمس مواقع المتمردين الأكراد"),
        # "suspected militants" are the attackers, not an accusation
        ("en", "Suspected militants attacked a police station in Peshawar."),
    ],
)
def test_events_anchored_violence_is_an_attack(lang: str, text: str) -> None:
    assert _violence(text, lang), text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after the light verb قام the verbal noun is its act and takes its subject
        ("قام مسلحون بخطف ثلاثة جنود في بغداد", ("UAF", "18", "MIL")),
        # ... also a verbal noun with the article ("قامت القوات باعتقال", "قام متظاهرون بالاحتجاج")
        ("قامت القوات الأمريكية باعتقال قيادي في بغداد أمس", ("USAMIL", "17", None)),
        ("قام مواطنون في ضاحية المدينة بالاحتجاج على رفع أسعار الخبز", ("CVL", "14", None)),
        # a passive "suffered" with a plural agent phrase (gunmen in Baghdad: Iraq's)
        ("تعرض ثلاثة جنود للخطف على أيدي مسلحين في بغداد", ("IRQUAF", "18", "MIL")),
    ],
)
def test_events_arabic_verbal_nouns_after_light_verbs(text: str, expected: tuple[str | None, str, str | None]) -> None:
    assert expected in _triples(text, "ar")


def test_events_arabic_verbal_noun_after_a_preposition_is_a_noun() -> None:
    # "قتل" after a preposition is the killing, not "he killed": unanchored, it is talk about killing
    assert not _violence("دعا الشيخ إلى وقف التحريض على قتل المدنيين", "ar")


def test_events_arabic_subject_after_a_quantity() -> None:
    # verb-first: the subject follows its quantity ("عدة آلاف من المتظاهرين")
    assert ("CVL", "14", None) in _triples("وأغلق عدة آلاف من المتظاهرين الطريق السريع قرب كابل", "ar")


@pytest.mark.parametrize(
    ("lang", "text", "roots"),
    [
        # "said" framing another event is where the news comes from, not an event of its own ...
        ("en", "Israeli troops shelled Gaza on Monday, police said.", {"19"}),
        ("ar", "قال مسؤول مصري إن إسرائيل قصفت لبنان", {"19"}),
        # ... and stays an event when it is all the sentence says
        ("en", "The Egyptian foreign minister said on Monday that the talks were useful.", {"01"}),
    ],
)
def test_events_a_statement_frame_is_no_event_of_its_own(lang: str, text: str, roots: set[str]) -> None:
    assert {e.cameo_root for e in _coded(text, lang)} == roots


@pytest.mark.parametrize(
    "text",
    [
        # a bombing dated or placed is news though nobody is named, and its words are one event
        "انفجرت سيارة مفخخة في تكريت أمس",
        "وفي كركوك، أدى انفجار سيارة ملغومة قرب السوق إلى جرح خمسة أشخاص",
    ],
)
def test_events_an_unclaimed_bombing_is_one_event(text: str) -> None:
    attacks = _violence(text, "ar")
    assert len(attacks) == 1 and attacks[0].source is None and attacks[0].location is not None, attacks


@pytest.mark.parametrize(
    "text",
    [
        "تحدث الخبير عن انفجار السيارات المفخخة",  # neither dated nor placed
        "وتبقى التفجيرات الانتحارية في الصومال أسلوبا جديدا",  # a plural is a kind, not one bombing
        "ضبطت الشرطة في باريس حقيبة معدة للتفجير",  # a purpose, not an act
    ],
)
def test_events_talk_about_bombings_is_no_bombing(text: str) -> None:
    assert not _violence(text, "ar")


@pytest.mark.parametrize(
    ("lang", "text", "code"),
    [
        # an attempted attack is the attack, an attempt on someone's life CAMEO 185
        ("en", "An attempt to assassinate the mayor of Kandahar failed on Friday.", "185"),
        ("ar", "حاول مسلحون اغتيال وزير الداخلية في بغداد أمس", "185"),
        ("en", "Gunmen tried to kill a police officer in Kabul on Monday.", "190"),
    ],
)
def test_events_attempted_attacks_are_attacks(lang: str, text: str, code: str) -> None:
    assert code in {e.cameo for e in _violence(text, lang)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an event noun that is the object of an aspect verb is its subject's act
        ("Russian troops completed the withdrawal of their forces from the town.", ("RUSMIL", "08", None)),
        ("Government forces began an offensive against the rebels.", ("MIL", "19", "REB")),
        ("The Israeli army carried out a raid on the camp.", ("ISRMIL", "19", None)),
    ],
)
def test_events_nouns_after_aspect_verbs(text: str, expected: tuple[str | None, str, str | None]) -> None:
    assert expected in _triples(text, "en")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # an attack with words is a criticism (111): by its manner, its medium or what it attacks ...
        ("شن النائب الأردني هجوما لاذعا على الحكومة", "111"),
        ("شنت النائبة المغربية هجوما شديدا على وزير الداخلية", "111"),
        ("هاجم وزير الخارجية التركي في مؤتمر صحفي الحكومة اليونانية", "111"),
        ("هاجم رئيس الوزراء الإسرائيلي سياسة الاتحاد الأوروبي", "111"),
        ("هاجم رئيس الوزراء إضرابات المعلمين في عمان", "111"),
        ("هاجم نواب المعارضة مشروع قانون الانتخابات", "111"),
        # ... an attack by arms stays one
        ("شنت القوات التركية هجوما واسعا على مواقع المتمردين", "190"),
        ("هاجم مسلحون مجهولون موقعا للجيش قرب الحدود", "180"),
    ],
)
def test_events_arabic_verbal_attack_is_criticism(text: str, code: str) -> None:
    codes = {e.cameo for e in _coded(text, "ar") if e.cameo_root in ("11", "18", "19")}
    assert codes == {code}, (text, codes)


@pytest.mark.parametrize(
    "text",
    [
        # the adjective of an attack noun is not a participant: a suicide attack is not an attack on a bomber
        "وقتل خمسة أشخاص أمس في هجوم انتحاري قرب سوق الحلة",
        "وأصيب ثلاثة جنود في هجوم مسلح على حاجز قرب الرمادي أمس",
    ],
)
def test_events_attack_adjectives_are_no_targets(text: str) -> None:
    events = _coded(text, "ar")
    assert events and not [e for e in events if e.target and e.target.code == "UAF"], text


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a rejection targets the author of what it turns down: an adjective, "by"/"from", an Arabic genitive
        ("en", "Nepal flatly rejected a Chinese proposal on the border dispute.", ("NPL", "12", "CHN")),
        ("en", "The Kenyan government rejected an offer from Somalia to hold talks.", ("KENGOV", "12", "SOM")),
        ("en", "Hamas rejected calls by the Egyptian president to disarm.", ("PSEREB", "12", "EGYGOV")),
        ("ar", "رفضت تركيا المبادرة الروسية لحل الأزمة", ("TUR", "12", "RUS")),
        ("ar", "رفض البرلمان دعوة الرئيس الفرنسي إلى الحوار", ("LEG", "12", "FRAGOV")),
        ("ar", "رفضت الحكومة عرضا من المتمردين لوقف القتال", ("GOV", "12", "REB")),
        ("en", "Syria rejected the UN plan for the border.", ("SYR", "12", "IGOUNO")),
        # ... as does welcoming or agreeing to one
        ("en", "Sudan agreed to Qatari mediation on the border dispute.", ("SDN", "03", "QAT")),
        ("en", "Syria welcomed a French initiative to end the crisis.", ("SYR", "05", "FRA")),
        ("ar", "رحبت سوريا بالمبادرة الفرنسية لإنهاء الأزمة", ("SYR", "05", "FRA")),
    ],
)
def test_events_a_response_targets_the_author_of_the_proposal(
    lang: str, text: str, expected: tuple[str, str, str]
) -> None:
    found = _triples(text, lang)
    assert expected in found, found
    # the proposal itself is not an act of the side that rejects it
    assert not any(s == expected[0] and root not in (expected[1], "01") for s, root, _ in found), found


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a curfew or state of emergency targets the people of the place it is imposed on or lifted from
        ("en", "Chad lifted the night curfew in Cameroon's border towns on Monday.", ("TCD", "0813", "CMR")),
        ("en", "The Kenyan government imposed a curfew in Mombasa on Friday.", ("KENGOV", "1723", "KEN")),
        ("ar", "فرضت السلطات حظر التجول في مدينة حمص أمس", ("GOV", "1723", "SYR")),
        ("ar", "رفعت الحكومة حالة الطوارئ في الجزائر أمس", ("GOV", "0814", "DZA")),
        # ... as do aid stopped or given there and forces put on alert there
        ("en", "The Red Crescent suspended its aid work in Mosul on Monday.", ("NGOHLH", "162", "IRQ")),
        ("en", "Indian troops remained on high alert in Amritsar on Monday.", ("INDMIL", "152", "IND")),
    ],
)
def test_events_a_curfew_targets_the_people_of_its_place(lang: str, text: str, expected: tuple[str, str, str]) -> None:
    found = {
        (e.source.code if e.source else None, e.cameo, e.target.code if e.target else None) for e in _coded(text, lang)
    }
    assert expected in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what a side offers, withdraws or builds up of its own is no target: the side it is for is
        ("Egypt offered its soldiers to the Somali government.", ("EGY", "03", "SOMGOV")),
        ("Chad will withdraw its soldiers from Mali.", ("TCD", "03", "MLI")),
        ("Russia has reinforced its forces in Syria.", ("RUS", "15", "SYR")),
    ],
)
def test_events_the_sides_own_forces_are_not_the_target(text: str, expected: tuple[str, str, str]) -> None:
    found = _triples(text, "en")
    assert expected in found, found
    assert not any(t is not None and t.endswith("MIL") and t[:3] in ("MIL", expected[2][:3]) for _, _, t in found)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a protest that names no target takes the target of the purpose told after it, which is no second protest
        ("en", "Port workers went on a hunger strike to protest against Greece's new port law.", ("LAB", "142", "GRC")),
        (
            "en",
            "Students marched in Dhaka on Sunday to demand the Bangladeshi president's resignation.",
            ("EDU", "141", "BGDGOV"),
        ),
        ("ar", "أضرب السجناء عن الطعام للاحتجاج على سياسة الحكومة المصرية", ("CVL", "142", "EGYGOV")),
    ],
)
def test_events_a_protest_takes_the_target_of_its_purpose(lang: str, text: str, expected: tuple[str, str, str]) -> None:
    found = {
        (e.source.code if e.source else None, e.cameo, e.target.code if e.target else None)
        for e in _coded(text, lang)
        if not (e.negated or e.hypothetical)
    }
    assert expected in found, found
    assert len([e for e in found if e[1].startswith("14")]) == 1, found


@pytest.mark.parametrize(
    ("text", "word", "noun"),
    [
        # after "a" and one word the noun phrase goes on, though the word is also a verb
        ("Two guards died in a bomb strike near the gate.", "strike", True),
        ("Five died in a rocket strike near the border.", "strike", True),
        # after "the" the word may be a subject and the form its verb
        ("The strike ends on Monday, the union said.", "ends", False),
        # a present tense in -s is a verb even after "a" and a word
        ("A bomb kills nine in Kabul.", "kills", False),
        # ... but a form in -s after "in", "during" or "amid" is a plural noun
        ("Police arrested ten men in raids on Monday.", "raids", True),
        ("Two died amid clashes near the port.", "clashes", True),
        ("The militia often raids the villages in the north.", "raids", False),
    ],
)
def test_events_english_verb_forms_in_noun_phrases(text: str, word: str, noun: bool) -> None:
    from marsad.events.patterns import PatternBook
    from marsad.lang.tokenize import tokenize

    tokens = list(tokenize(text))
    index = next(k for k, t in enumerate(tokens) if t.norm == word)
    hit = PatternBook.default("en").lookup(tokens, index)
    assert hit is not None and hit.is_noun is noun


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a participial clause after a comma has the subject of the act before it as its source ...
        (
            "Kenyan police fired tear gas at students in Nairobi on Monday, arresting 30.",
            ("KENCOP", "17", None),
            ("PPL", "17", None),
        ),
        (
            "The Turkish president visited Baku on Friday, urging Azerbaijan to reopen talks.",
            ("TURGOV", "02", "AZE"),
            None,
        ),
        # ... a killing told so after an attack is its toll, not a second attack
        (
            "Syrian troops shelled rebel positions near Idlib on Sunday, killing four civilians.",
            ("SYRMIL", "19", "REB"),
            ("SYRMIL", "19", "CVL"),
        ),
        # ... and gerunds listed after a preposition are no participial clause of the subject
        (
            "Amnesty International accused Egypt of torturing detainees, ignoring court orders and silencing critics.",
            ("NGOHRIAMN", "11", "EGY"),
            ("NGOHRIAMN", "12", None),
        ),
    ],
)
def test_events_english_participial_clauses(
    text: str, present: tuple[str, str, str | None], absent: tuple[str, str, str | None] | None
) -> None:
    found = {(s, root, t) for s, root, t in _triples(text, "en")}
    assert present in found, found
    assert absent is None or absent not in found, found


@pytest.mark.parametrize(
    "text",
    [
        # wounds with no attack: a match, a road accident
        "أصيب اللاعب بجروح طفيفة خلال المباراة",
        "أصيب ثلاثة أشخاص بجروح في حادث سير على طريق المطار أمس",
    ],
)
def test_events_arabic_wounds_without_an_attack_are_no_assault(text: str) -> None:
    assert not _violence(text, "ar")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name in quotation marks is no clause boundary: its group is the subject of the act after it
        ("قامت مجموعة من جنود «المارينز» بخطف مدنيين في الرمادي", ("MIL", "18", "CVL")),
        # marks that enclose exactly a recognised actor, of any length, after the verb: its object
        ("قصف الجيش ليلة أمس مواقع «الحزب الإسلامي التركستاني» شمال المدينة", ("MIL", "19", "SEP")),
        ("خطف مسلحون مجهولون «صحافيين فرنسيين» في ضواحي بنغازي", ("UAF", "18", "MED")),
        # members of a quoted group after a partitive من
        ("اغتال الجيش عنصرين من «كتائب القسام» أمس", ("MIL", "18", "REB")),
    ],
)
def test_events_a_quoted_name_stays_in_its_clause(text: str, expected: tuple[str, str, str]) -> None:
    found = {(s, root, t[-3:] if t else None) for s, root, t in _triples(text, "ar")}
    assert expected in {(s[-3:] if s else None, root, t) for s, root, t in found}, found


def test_events_a_quoted_name_after_a_noun_is_its_genitive() -> None:
    # the protesters are supporters of Hezbollah: the group is no object of the blockade
    found = _triples("وحاصر محتجون من مؤيدي «حزب الله» مبنى البلدية صباحا", "ar")
    assert found and not any(t == "LBNREB" for _, _, t in found), found


def test_events_a_quoted_slogan_is_no_name() -> None:
    # what protesters chant is their words, not an actor of the act
    found = _triples("وهتف المتظاهرون «سوريا حرة» ورشقوا الشرطة بالحجارة", "ar")
    assert not any(s == "SYR" for s, _, _ in found), found


def test_events_an_arabic_apposition_between_commas_keeps_the_complement_in_reach() -> None:
    # the name between commas does not part the verb from the complement that chooses its pattern
    found = _triples("تعرض وزير النقل العراقي، سامر الخطيب، لمحاولة اغتيال في البصرة", "ar")
    assert any(root == "18" and t is not None and t.endswith("GOV") for _, root, t in found), found


def test_events_arabic_fire_with_a_pronoun_is_gunfire() -> None:
    # "نيرانها" is the complement نيران with its pronoun
    assert ("MIL", "19", "CVL") in _triples("أطلق الجنود نيرانهم على المتظاهرين قرب الحاجز أمس", "ar")


Triple = tuple[str | None, str, str | None]

#: who did what to whom: (language, text, a (source, CAMEO root, target) that must be coded, one that must not)
ATTRIBUTION_CASES: list[tuple[str, str, Triple, Triple | None]] = [
    # a verb whose object pronoun resumes the group right before it: that group is the target, the group after
    # the verb its subject
    ("ar", "قال مسؤولون إن جنودا أتراكا خطفهم مسلحون قرب الحدود", ("UAF", "18", "TURMIL"), ("TURMIL", "18", "UAF")),
    ("ar", "قالت الأسرة إن المزارعين قتلهم الجنود", ("MIL", "19", "AGR"), ("AGR", "19", "MIL")),
    # after و with a subject of its own, the pronoun may resume the subject of the clause before
    ("ar", "وصل الوزير وقتله مسلحون", ("UAF", "19", "GOV"), ("GOV", "19", "UAF")),
    # after و with none: the object of the clause before, agreeing in number, with that clause's subject
    ("ar", "طوقت الشرطة المتظاهرين واعتقلتهم", ("COP", "17", "CVL"), ("CVL", "17", None)),
    ("ar", "أطلق الجيش النار على المتظاهرين وقتلهم", ("MIL", "19", "CVL"), ("CVL", "19", None)),
    # ... not the subject of the clause before, which the pronoun cannot resume
    ("ar", "وهو من قادة الحركة، وقبضت عليه حماس وأعدمته أمس", ("PSEREB", "18", None), (None, "18", "PSEREB")),
    # a count of people of no stated kind takes the kind an inclusion after it singles out, a bare number too
    ("ar", "قتل 13 شخصا معظمهم من الجنود في هجوم انتحاري أمس", (None, "18", "MIL"), (None, "18", "PPL")),
    ("ar", "قتل مسلحون خمسة أشخاص بينهم ثلاثة جنود", ("UAF", "19", "MIL"), ("UAF", "19", "PPL")),
    ("ar", "أدى هجوم انتحاري أمس إلى مقتل ثمانية أشخاص بينهم جنديان أمريكيان", (None, "18", "USAMIL"), None),
    ("ar", "أدى هجوم انتحاري أمس إلى مقتل تسعة بينهم أربعة من عناصر الشرطة", (None, "18", "COP"), None),
    # the verb of consequence before the attack, its preposition before the toll: one attack
    ("ar", "أسفر انفجار سيارة مفخخة أمس عن مقتل ثلاثة شرطيين", (None, "18", "COP"), (None, "19", "COP")),
    # a verb of violence whose subject is the attack: the attack takes its target, no second event
    (
        "ar",
        "أعلن مسؤول أن عملية انتحارية بشاحنة ملغومة استهدفت أمس قافلة لقوات حلف شمال الأطلسي",
        (None, "18", "IGOWSTNATMIL"),
        (None, "19", "IGOWSTNATMIL"),
    ),
    ("ar", "انفجرت قنبلة يدوية استهدفت دورية للجيش في المدينة أمس", (None, "18", "MIL"), (None, "19", "MIL")),
    # ... and after what strikes by itself, an explosion or a bomb, with or without a word describing it
    ("ar", "ذكرت الشرطة أن انفجارا استهدف الجيش الباكستاني قرب بيشاور", (None, "19", "PAKMIL"), ("PAKMIL", "19", None)),
    (
        "ar",
        "قالت مصادر محلية إن قنبلة يدوية استهدفت الشرطة الأفغانية مساء",
        (None, "19", "AFGCOP"),
        ("AFGCOP", "19", None),
    ),
    # a passive's subject is no adjective describing its complement's noun: the bomber was not wounded
    ("ar", "قتل ثلاثة سياح وأصيب غيرهم في هجوم انتحاري قرب المتحف", (None, "19", "CVL"), (None, "19", "UAF")),
    # ... past a time word before the actor
    (
        "ar",
        "قالت الشرطة إن قنبلة استهدفت أمس الحرس الوطني الأفغاني قرب قندهار",
        (None, "19", "AFGMIL"),
        ("AFGMIL", "19", None),
    ),
    # ... and what a weapon someone launched struck is that attack's target, no second attack
    ("ar", "أطلق مسلحون قذيفة استهدفت دورية هولندية قرب المطار", ("UAF", "19", "NLDMIL"), (None, "19", "NLDMIL")),
    # ... though the actor after the verb could be read as its subject: it is the object, a place no target
    (
        "ar",
        "قتل عشرون في تفجير حافلة ملغومة استهدفت القوات البريطانية في جنوب العراق",
        (None, "18", "GBRMIL"),
        ("GBRMIL", "19", "IRQ"),
    ),
    # what an actor holds or forms, with the actor after ل or من: the act is on that actor
    ("ar", "هاجم مسلحون موكبا للشرطة في المدينة أمس", ("UAF", "18", "COP"), ("UAF", "18", None)),
    (
        "ar",
        "أطلقت طائرة مسيرة صاروخا على تجمع للمقاتلين الأكراد قرب الحدود",
        (None, "19", "KURUAF"),
        (None, "19", None),
    ),
    ("ar", "فتح الجنود النار على حشد من المتظاهرين", ("MIL", "19", "CVL"), ("MIL", "19", None)),
    # ... vehicles and buildings too, after a verb or after the preposition of an attack noun
    ("ar", "هاجم مسلحون حافلة للشرطة في المدينة أمس", ("UAF", "18", "COP"), ("UAF", "18", None)),
    ("ar", "وقع أمس هجوم على شاحنة للجيش قرب الحدود", (None, "19", "MIL"), (None, "19", None)),
    ("ar", "وقع أمس هجوم انتحاري على مبنى للحكومة المحلية", (None, "18", "GOV"), (None, "18", None)),
    # "(محلية الصنع)" says what the bomb was: a short aside parts no clause, the patrol is still the target
    ("ar", "انفجرت عبوة (محلية الصنع) أثناء عبور دورية للشرطة فجرا", (None, "18", "COP"), None),
    # an actor right after the complement noun is its genitive: whom the act is aimed at
    ("ar", "انفجرت عبوة ناسفة استهدفت موكب المحافظ أمس", (None, "18", "GOV"), ("GOV", "18", None)),
    ("ar", "أطلق سراح الصحافيين بعد ساعتين من خطفهم", (None, "08", "MED"), ("MED", "08", None)),
    # after a preposition it is the agent or the subject, as before
    ("ar", "وقتل الخامس برصاص عناصر الأمن قرب الحاجز", ("COP", "19", None), (None, "19", "COP")),
    # the side that claims an attack (015) is its source, and no target of it
    (
        "ar",
        "انفجرت شاحنة ملغومة في السوق أمس، وأعلنت حركة الشباب مسؤوليتها عن التفجير",
        ("SOMREB", "18", None),
        (None, "18", "SOMREB"),
    ),
    (
        "en",
        "A car bomb exploded in the market on Monday, and the Taliban claimed responsibility for the attack.",
        ("IMGREB", "18", None),
        (None, "18", None),
    ),
    # the claim itself: the noun's possessive pronoun is the subject of its verb-first clause
    ("ar", "أعلنت حركة الشباب مسؤوليتها عن تفجير الفندق أمس", ("SOMREB", "01", None), (None, "01", None)),
    # "في العراق" says where the coalition spoke: the pronoun after "أنه" is the coalition
    ("ar", "أعلن التحالف الدولي في العراق أنه قتل عشرة مسلحين في غارة", ("IGO", "19", "UAF"), ("IRQ", "19", "UAF")),
    # English: wounding people with no weapon told is an assault (180)
    ("en", "Gunmen wounded three policemen in the capital on Monday.", ("UAF", "18", "COP"), None),
    # a count before "of" takes the group after it as the object
    ("en", "Police injured dozens of protesters with batons.", ("COP", "18", "CVL"), ("COP", "18", None)),
    ("en", "Police arrested 20 of the demonstrators.", ("COP", "17", "CVL"), ("COP", "17", None)),
    ("ar", "قتلت القوات عددا من المسلحين أمس", ("MIL", "19", "UAF"), ("MIL", "19", None)),
    ("ar", "اعتقلت الشرطة العديد من المتظاهرين أمس", ("COP", "17", "CVL"), ("COP", "17", None)),
    # a verb after "and" shares the subject of the verb before, not its object
    ("en", "A mine killed a soldier and wounded three policemen.", (None, "18", "COP"), ("MIL", "18", "COP")),
    ("en", "Gunmen stormed the village and killed three farmers.", ("UAF", "19", "AGR"), None),
    # a threat to do something to a side, or of something on it, targets that side
    ("en", "Iran threatened to halt gas exports to Armenia over unpaid debts.", ("IRN", "13", "ARM"), None),
    ("en", "Washington threatened new sanctions on Iran.", ("USAGOV", "13", "IRN"), ("USAGOV", "13", None)),
    # an apposition between commas parts no subject from its verb
    ("en", "Chile, a close partner of Argentina, rejected the proposal.", ("CHL", "12", None), ("ARG", "12", None)),
    # a verb that describes the group after an unmarked passive, or "since", is no object: the group is the victim
    ("ar", "خطف موظف فرنسي يعمل في شركة نفط أمس", (None, "18", "FRALAB"), ("FRALAB", "18", None)),
    ("ar", "خطف صحفي ألماني كان في طريقه إلى المطار", (None, "18", "DEUMED"), ("DEUMED", "18", None)),
    ("ar", "قتل 12 صحفيا منذ بداية العام", (None, "19", "MED"), ("MED", "19", None)),
    # a partitive من after captives introduces who they are
    ("ar", "احتجز المسلحون 30 رهينة من العمال الأجانب", ("UAF", "18", "INTLAB"), ("UAF", "18", None)),
    ("ar", "أطلق المسلحون سراح أسيرين من الجنود", ("UAF", "08", "MIL"), ("UAF", "08", None)),
    # who carried out an attack ("نفذته X") is its source, and the toll told before it is one event with it
    ("ar", "قتل ثلاثة جنود في هجوم نفذه مسلحون قرب السوق", ("UAF", "19", "MIL"), ("UAF", "19", None)),
    # an indefinite accusative noun right after the verb is its object: no subject follows it
    ("ar", "داهمت منزلا يسكنه ضباط", (None, "17", "MIL"), ("MIL", "17", None)),
    ("ar", "قتل مسلحون صباحا ثلاثة جنود", ("UAF", "19", "MIL"), None),
    # a town is what an act was done to, never who did it: after a verb whose subject is no actor, its object
    ("ar", "قصفت الطائرات بلدة بيت حانون أمس", (None, "19", "PSE"), ("PSE", "19", None)),
    ("ar", "هاجم مسلحون مطار قندهار", ("UAF", "18", "AFG"), None),
    # the verbal noun of the light verb قام: the light verb's subject acts, what follows is the object
    ("ar", "قامت الخلية بخطف صحفي أمس", (None, "18", "MED"), ("MED", "18", None)),
    # a count may stand between "على يد" and the agent
    ("ar", "قال إن موظفا خطف من منزله على يد خمسة مسلحين", ("UAF", "18", "LAB"), ("LAB", "18", "UAF")),
    # a group after a preposition of place is no subject of the verb after it
    ("ar", "أطلقت الدبابات الإسرائيلية قذائف على المستشفى فقتلت الممرض", ("ISRMIL", "19", None), ("HLH", "19", None)),
    # a subject before an auxiliary makes the verb active; with no auxiliary, the group may be another verb's
    ("ar", "وكانت وحدة من قوات الأمن قد قتلت ثلاثة مسلحين", ("COP", "19", "UAF"), (None, "19", "UAF")),
    ("ar", "وقال الجيش قتل ثلاثة جنود في انفجار", (None, "18", "MIL"), ("MIL", "18", None)),
    # a verb that carries its subject goes back to the clause's subject, past an owner of a thing ("منزل X")
    ("ar", "داهم مقاتلو حزب الله منزل نجيب ميقاتي ثم قتلوا حارسه", ("LBNREB", "19", None), ("LBNELI", "19", None)),
    # the verb of wounding, active and of unmarked passive spelling; a verb joined by و opens its own clause, and
    # no group before a prepositional phrase is the subject of a verb after it
    ("ar", "جرح مسلحون ثلاثة جنود قرب الحدود", ("UAF", "19", "MIL"), None),
    ("ar", "قتل شرطي وجرح مدني في انفجار", (None, "19", "CVL"), ("COP", "19", "CVL")),
    ("ar", "جرح وزير الداخلية سامي حسن في انفجار عبوة استهدفت سيارته", (None, "19", "COP"), ("COP", "19", None)),
    # a definite group after a verb of passive spelling suffered it when an attack is named after it; an attack
    # on a person's motorcade, car or house strikes that person
    ("ar", "قتل النائب سامي حسن في انفجار عبوة استهدفت سيارته", (None, "18", "LEG"), ("LEG", "18", None)),
    ("ar", "نجا المحافظ من هجوم مسلح استهدف موكبه أمس", ("UAF", "18", "GOV"), ("UAF", "18", None)),
    ("ar", "قتلت القوات في الهجوم ثلاثة مسلحين", ("MIL", "19", "UAF"), None),
    # who suffered the act a statement reports is the act's, not the statement's target
    ("ar", "أكدت الشرطة مقتل خمسة جنود عراقيين", ("COP", "01", None), ("COP", "01", "IRQMIL")),
    # who passed by when a bomb went off is its target: the genitive of مرور, or the owner of a possessed
    # vehicle, past a plural group (ه is singular), and past a short aside in parentheses
    ("ar", "سيارة ملغومة مركونة في الشارع الرئيسي انفجرت أمس عند مرور رتل للشرطة", (None, "18", "COP"), None),
    ("ar", "انفجرت قنبلة على الطريق (جنوب المدينة) عند مرور قافلة للجيش", (None, "18", "MIL"), None),
    ("ar", "نجا الوزير من انفجار عبوة ناسفة صباح أمس عند مرور موكبه", (None, "18", "GOV"), None),
    ("ar", "نجا القاضي مع ثلاثة مواطنين من انفجار عبوة ناسفة صباح أمس عند مرور موكبه", (None, "18", "JUD"), None),
    # a group after a verb's complement is the complement's, not the verb's subject
    ("ar", "أطلق سراح ثلاثة صحفيين فرنسيين أمس", (None, "08", "FRAMED"), ("FRAMED", "08", None)),
    # a passive that carries its plural subject has it before, whoever follows
    ("ar", "أربعة مدنيين أصيبوا في انفجار عبوة استهدف موكب وزير النقل أمس", (None, "18", "CVL"), None),
    # a relative is no subject when the verb's subject follows it: a statement's, or with a resuming pronoun
    (
        "ar",
        "بدأت المشاورات التي أكدت مصادر الرئاسة اللبنانية أنها قائمة",
        ("LBNGOV", "01", None),
        (None, "01", "LBNGOV"),
    ),
    ("ar", "تحدث عن الحملة التي اعتقلت فيها الشرطة مئات المعارضين", ("COP", "17", "OPP"), None),
    # a pronoun on the verb itself is its object: the relative's head is the target
    ("ar", "وصل وفد من حركة طالبان التي تتهمها الحكومة الباكستانية بتنفيذ الهجوم", ("PAKGOV", "11", "IMGREB"), None),
    # a relative joined by و is a relative: an act it tells of with no date is a reference, not a report
    ("ar", "أدان الوزير الهجمات الأخيرة والتي قتلت ثلاثة جنود", ("GOV", "11", "MIL"), (None, "19", "MIL")),
    # claiming lives is killing whoever follows the complement
    ("ar", "أودى القصف بحياة أربعة جنود سوريين أمس", (None, "19", "SYRMIL"), None),
    # verb-first, the attack noun right after the verb is its subject: one event, by the adjective's state
    ("ar", "أودت غارة تركية بحياة خمسة مقاتلين أكراد أمس", ("TUR", "19", "KURUAF"), (None, "19", "KURUAF")),
    # the protesters whose acts tell how a protest went on took part in it: a protest with no source takes them
    (
        "ar",
        "اندلعت مظاهرات في العاصمة أمس ورفع المتظاهرون شعارات تندد بالحكومة",
        ("CVL", "14", None),
        (None, "14", None),
    ),
    (
        "en",
        "Protests broke out in the capital on Monday and the protesters chanted slogans against the government.",
        ("CVL", "14", None),
        (None, "14", None),
    ),
    # a time word may stand between a verb and its counted subject, or the subject of its passive
    ("ar", "تجمع اليوم قرابة ألف متظاهر في وسط المدينة", ("CVL", "14", None), (None, "14", None)),
    ("ar", "قتل أمس ثلاثة جنود في انفجار عبوة", (None, "18", "MIL"), ("MIL", "18", None)),
    # an agent phrase after an act of violence is the act's, not the verb's before it: no passive reading
    ("ar", "ندد الحزب بإعدام المعارض على يد الميليشيا", ("PTY", "11", "REB"), ("REB", "11", "PTY")),
    # a protest against an act targets who did the act, not whom it struck
    ("en", "Students protested against the killing of three civilians by the police.", ("EDU", "14", "COP"), None),
    # the agent of that act is no source of the protest told before it
    (
        "ar",
        "اعتصم العمال أمس احتجاجا على مقتل زميلين لهم برصاص الشرطة",
        ("LAB", "14", "COP"),
        ("COP", "14", None),
    ),
    (
        "en",
        "Students marched in protest at the Nigerian cabinet's refusal to reopen their campus.",
        ("EDU", "14", "NGAGOV"),
        ("EDU", "14", None),
    ),
    # an English agent after "by" may follow a modifier
    (
        "en",
        "The former leader was accused by senior Chilean government officials of fraud.",
        ("CHLGOV", "11", "ELI"),
        (None, "11", "ELI"),
    ),
    # an English infinitive says what was agreed or refused, and on whom
    ("en", "Parliament agreed to lift the ban on flights to Georgia.", ("LEG", "03", "GEO"), ("LEG", "03", None)),
    ("en", "The government refused to hand over the suspects to Italy.", ("GOV", "12", "ITA"), ("GOV", "12", None)),
    # a visit to a city is to its state, unless it is the visitor's own; "official" before "visit" is no official
    ("ar", "وصل وزير الخارجية الفرنسي إلى بيروت في زيارة رسمية", ("FRAGOV", "04", "LBN"), ("FRAGOV", "04", None)),
    ("en", "The French foreign minister arrived in Beirut on an official visit.", ("FRAGOV", "04", "LBN"), None),
    ("ar", "وصل الرئيس اللبناني إلى صيدا في زيارة تفقدية", ("LBNGOV", "04", None), ("LBNGOV", "04", "LBN")),
    ("en", "The Lebanese president arrived in Sidon on a visit.", ("LBNGOV", "04", None), ("LBNGOV", "04", "LBN")),
    # a cyber attack launched is coercion, no armed attack
    (
        "en",
        "Unknown hackers launched a cyber attack on the Moldovan parliament on Tuesday.",
        ("CRM", "17", "MDALEG"),
        ("CRM", "19", "MDALEG"),
    ),
    # troops or aid of no state sent or offered to a state: the state is the target, not what is sent
    ("en", "Kenya sent soldiers to Somalia on Tuesday.", ("KEN", "15", "SOM"), ("KEN", "15", "MIL")),
    ("ar", "أرسلت تونس جنودا إلى مالي أمس", ("TUN", "15", "MLI"), ("TUN", "15", "MIL")),
    # a member of a group as the object, the group after في, is an act on the group; a member as the subject is not
    ("ar", "قتلت القوات الأمريكية قياديا في حركة الشباب", ("USAMIL", "19", "SOMREB"), ("USAMIL", "19", None)),
    ("ar", "وقال مسؤول في حركة الشباب إن الهجوم فشل", ("SOMREB", "01", None), ("SOMREB", "01", "SOMREB")),
    # the object of an aspect verb (continue, resume, step up) is an act of its subject, after or before it
    ("ar", "وواصل حزب الله إطلاق صواريخ الكاتيوشا على إسرائيل", ("LBNREB", "19", "ISR"), (None, "19", "ISR")),
    ("ar", "المسلحون واصلوا إطلاق الصواريخ على إسرائيل", ("UAF", "19", "ISR"), (None, "19", "ISR")),
    ("ar", "وكثف الجيش الإسرائيلي قصف مواقع حزب الله", ("ISRMIL", "19", "LBNREB"), (None, "19", "LBNREB")),
    # protesters counted are told of for the first time: their clash is a protest, not what "the protesters" did
    ("ar", "واشتبك مئات المتظاهرين مع الشرطة في وسط المدينة أمس", ("CVL", "14", "COP"), None),
    ("ar", "واشتبك العشرات من المتظاهرين مع الشرطة في وسط المدينة أمس", ("CVL", "14", "COP"), None),
    ("ar", "واشتبك نحو 300 من المتظاهرين مع الشرطة في وسط المدينة أمس", ("CVL", "14", "COP"), None),
    # the participants told of in a protest's second clause are its source, what they chanted against its target
    ("ar", "خرجت مسيرات في المدينة أمس وهتف المتظاهرون ضد الحكومة", ("CVL", "14", "GOV"), ("CVL", "14", "CVL")),
    # the verbal noun of the light verb (قيام ب) makes the act its subject's, as the verb does
    ("ar", "نددت الخارجية بقيام عشرات المتظاهرين بالتجمع أمام السفارة أمس", ("CVL", "14", None), None),
    # ... and that subject is no patient of a passive verb before it
    (
        "ar",
        "قتل رجل وأصيب نحو 12 آخرين بجراح، عند قيام انتحاري بتفجير نفسه قرب مركز للشرطة",
        ("UAF", "18", "PPL"),
        ("UAF", "18", "UAF"),
    ),
    # an office and its holder's rank or honorific and name right after it are one person, not subject and object
    ("ar", "انتقد رئيس الحزب الشيوعي النائب سمير الخطيب الحكومة أمس", ("PTY", "11", "GOV"), ("PTY", "11", "LEG")),
]


@pytest.mark.parametrize(("lang", "text", "present", "absent"), ATTRIBUTION_CASES)
def test_events_who_did_what_to_whom(lang: str, text: str, present: Triple, absent: Triple | None) -> None:
    found = _triples(text, lang)
    assert present in found, found
    assert absent is None or absent not in found, found


@pytest.mark.parametrize(
    "text",
    [
        # the passing by is in another clause, past a comma
        "انفجرت عبوة قرب السوق صباح أمس، وقال شهود إن الشرطة وصلت لدى مرور الجنود",
        # the passing of time
        "انفجرت عبوة صباح أمس بعد مرور ساعة على وصول الجنود",
    ],
)
def test_events_no_passer_outside_the_attack(text: str) -> None:
    found = _triples(text, "ar")
    assert not any(root == "18" and target for _, root, target in found), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the purpose after a protest that names its target already is no second protest
        ("en", "The lawyer went on hunger strike last week in protest against Tunisian security forces."),
    ],
)
def test_events_a_protest_and_its_purpose_are_one_event(lang: str, text: str) -> None:
    protests = [e for e in _coded(text, lang) if e.cameo_root == "14"]
    assert len(protests) == 1, protests


def test_events_english_wound_up_is_no_wounding() -> None:
    # "wound" is also the past of "wind"
    found = _triples("The negotiators wound up their meeting on Friday.", "en")
    assert not any(root == "18" for _, root, _ in found), found


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # a trigger form spelt like a function word is that word: "here", "at dawn", "later", "yes"
        ("أعلنت السفارة الهولندية هنا أن الوفد وصل", {"010"}),
        ("دهمت الشرطة المنزل فجرا واعتقلت رجلين", {"173"}),
        ("لاحقا قالت الحكومة إن الطريق فتحت", {"010"}),
        ("قال الوزير نعم للحوار", {"010"}),
        # ... unless the text writes a hamza the function word lacks ...
        ("هنأ ملك الأردن رئيس الجزائر بالعيد الوطني", {"051"}),
        # ... or the pattern's complement follows: "عبر عن" is "expressed", whatever "عبر" alone may be
        ("وعبر رئيس الوزراء الإيطالي عن قلقه من التصعيد", {"012"}),
    ],
)
def test_events_function_words_are_no_triggers(text: str, codes: set[str]) -> None:
    assert {e.cameo for e in _coded(text, "ar") if not (e.negated or e.hypothetical)} == codes
