"""Table-driven cases for the English text layer: lemmas, inflection, sentences and tokens.

Cases marked ``xfail(strict=True)`` document known gaps in the current code: each one should
start passing (and then lose its marker) when the gap is fixed.
"""

from __future__ import annotations

import pytest

from marsad.lang.en.inflect import noun_forms, verb_forms
from marsad.lang.en.lemma import lemma
from marsad.lang.sentences import split_text
from marsad.lang.tokenize import tokenize
from marsad.model import TokenKind


def _gap(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(reason=reason, strict=True)


# ---------------------------------------------------------------- lemma: regular verbs
_SHORT_FORMS = "-ed/-ing forms of four/five letters are never stripped (length guards in _verb_candidates)"
_ATE_VERBS = (
    "multi-syllable stems in -at/-it/-ot outside the lexicon lose their silent e (_wants_e needs one vowel group)"
)


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        # -ee verbs: the -ed form must not lose an e
        ("agreed", "agree"),
        ("agrees", "agree"),
        ("agreeing", "agree"),
        ("Agreed", "agree"),
        ("guaranteed", "guarantee"),
        ("freed", "free"),
        # plain -ed / -s / -ing
        ("hosted", "host"),
        ("hosting", "host"),
        ("condemned", "condemn"),
        ("visited", "visit"),
        ("visiting", "visit"),
        ("opened", "open"),
        ("targeted", "target"),
        ("heeded", "heed"),
        # a doubled l, s, f or z belongs to the stem
        ("called", "call"),
        ("passing", "pass"),
        # silent e restored
        ("hoped", "hope"),
        ("hoping", "hope"),
        ("praised", "praise"),
        ("praising", "praise"),
        ("criticised", "criticise"),
        ("criticized", "criticize"),
        ("urged", "urge"),
        ("seized", "seize"),
        ("argued", "argue"),
        ("voting", "vote"),
        ("ruled", "rule"),
        ("negotiated", "negotiate"),
        ("endorsed", "endorse"),
        # doubled final consonant undone
        ("stopped", "stop"),
        ("kidnapped", "kidnap"),
        ("kidnapping", "kidnap"),
        ("banned", "ban"),
        ("committed", "commit"),
        ("occurring", "occur"),
        ("travelled", "travel"),
        # -y / -ie verbs
        ("denied", "deny"),
        ("denies", "deny"),
        ("denying", "deny"),
        ("dying", "die"),
        # -es after sibilants and o
        ("fixes", "fix"),
        ("reaches", "reach"),
        ("vetoes", "veto"),
        # known gaps
        pytest.param("used", "use"),
        pytest.param("using", "use"),
        pytest.param("sued", "sue"),
        pytest.param(
            "focuses",
            "focus",
        ),
        pytest.param("escalated", "escalate"),
        pytest.param("violating", "violate"),
        pytest.param("evacuated", "evacuate"),
        pytest.param("quoted", "quote"),
        pytest.param("collapsed", "collapse"),
        pytest.param("quizzed", "quiz"),
    ],
)
def test_lang_en_lemma_regular_verbs(word: str, expected: str) -> None:
    assert lemma(word) == expected
    assert lemma(word, "verb") == expected


# ---------------------------------------------------------------- lemma: irregular verbs
@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("met", "meet"),
        ("held", "hold"),
        ("struck", "strike"),
        ("began", "begin"),
        ("begun", "begin"),
        ("beginning", "begin"),
        ("fought", "fight"),
        ("sought", "seek"),
        ("said", "say"),
        ("went", "go"),
        ("were", "be"),
        ("was", "be"),
        ("fled", "flee"),
        ("led", "lead"),
        ("spoken", "speak"),
        ("told", "tell"),
        ("paid", "pay"),
        ("lying", "lie"),
        ("withdrew", "withdraw"),
        ("Struck", "strike"),
    ],
)
def test_lang_en_lemma_irregular_verbs(word: str, expected: str) -> None:
    assert lemma(word) == expected


# ---------------------------------------------------------------- lemma: nouns
@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("talks", "talk"),
        ("Talks", "talk"),
        ("militaries", "military"),
        ("crises", "crisis"),
        ("spokesmen", "spokesman"),
        ("gunmen", "gunman"),
        ("people", "person"),
        ("lives", "life"),
        ("analyses", "analysis"),
        ("cases", "case"),
        ("taxes", "tax"),
        ("news", "news"),
        ("forces", "force"),
        ("casualties", "casualty"),
        ("allies", "ally"),
        ("attorneys", "attorney"),
        ("speeches", "speech"),
        ("witnesses", "witness"),
        ("status", "status"),
        ("boss", "boss"),
        ("series", "series"),
        ("headquarters", "headquarters"),
        ("commanders-in-chief", "commander-in-chief"),
        # known gaps
        pytest.param("buses", "bus"),
        pytest.param("viruses", "virus"),
        pytest.param("embargoes", "embargo"),
        pytest.param("vetoes", "veto"),
        pytest.param("Hamas", "hamas"),
        pytest.param("bias", "bias"),
        pytest.param(
            "bases",
            "base",
        ),
    ],
)
def test_lang_en_lemma_nouns(word: str, expected: str) -> None:
    assert lemma(word, "noun") == expected


# ---------------------------------------------------------------- inflection: verb_forms
@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        ("agree", {"agree", "agrees", "agreed", "agreeing"}),
        ("host", {"host", "hosts", "hosted", "hosting"}),
        ("hope", {"hope", "hopes", "hoped", "hoping"}),
        ("praise", {"praise", "praises", "praised", "praising"}),
        ("condemn", {"condemn", "condemns", "condemned", "condemning"}),
        ("criticise", {"criticise", "criticises", "criticised", "criticising"}),
        ("criticize", {"criticize", "criticizes", "criticized", "criticizing"}),
        ("visit", {"visit", "visits", "visited", "visiting"}),
        ("deny", {"deny", "denies", "denied", "denying"}),
        ("die", {"die", "dies", "died", "dying"}),
        ("ban", {"ban", "bans", "banned", "banning"}),
        ("stop", {"stop", "stops", "stopped", "stopping"}),
        ("plan", {"plan", "plans", "planned", "planning"}),
        ("veto", {"veto", "vetoes", "vetoed", "vetoing"}),
        ("fix", {"fix", "fixes", "fixed", "fixing"}),
        ("reach", {"reach", "reaches", "reached", "reaching"}),
        ("vow", {"vow", "vows", "vowed", "vowing"}),
        ("free", {"free", "frees", "freed", "freeing"}),
        ("urge", {"urge", "urges", "urged", "urging"}),
        ("raid", {"raid", "raids", "raided", "raiding"}),
        ("meet|met|met", {"meet", "meets", "met", "meeting"}),
        ("begin|began|begun|beginning", {"begin", "begins", "began", "begun", "beginning"}),
        ("kidnap|kidnapped|kidnapped", {"kidnap", "kidnaps", "kidnapped", "kidnapping"}),
        ("confer|conferred|conferred", {"confer", "confers", "conferred", "conferring"}),
        ("hit|hit|hit", {"hit", "hits", "hitting"}),
        ("quit|quit|quit|quitting", {"quit", "quits", "quitting"}),
        (" Fight | Fought | Fought ", {"fight", "fights", "fought", "fighting"}),
        pytest.param("panic", {"panic", "panics", "panicked", "panicking"}),
    ],
)
def test_lang_en_verb_forms(spec: str, expected: set[str]) -> None:
    assert verb_forms(spec) == expected


@pytest.mark.parametrize(
    ("spec", "wrong"),
    [
        ("visit", "visitted"),
        ("open", "openned"),
        ("offer", "offerred"),
        ("target", "targetted"),
        ("agree", "agreeed"),
        ("agree", "agreing"),
        ("hope", "hopeing"),
        ("die", "dieing"),
        ("stop", "stoped"),
        ("meet|met|met", "meeted"),
    ],
)
def test_lang_en_verb_forms_exclude_misspellings(spec: str, wrong: str) -> None:
    assert wrong not in verb_forms(spec)


# ---------------------------------------------------------------- inflection: noun_forms
@pytest.mark.parametrize(
    ("noun", "expected"),
    [
        ("talk", {"talk", "talks"}),
        ("summit", {"summit", "summits"}),
        ("ally", {"ally", "allies"}),
        ("ministry", {"ministry", "ministries"}),
        ("tax", {"tax", "taxes"}),
        ("sit-in", {"sit-in", "sit-ins"}),
        ("talks", {"talks"}),
        ("hostilities", {"hostilities"}),
        pytest.param(
            "process",
            {"process", "processes"},
        ),
        pytest.param("crisis", {"crisis", "crises"}),
        pytest.param(
            "spokesman",
            {"spokesman", "spokesmen"},
        ),
        pytest.param("embargo", {"embargo", "embargoes"}),
    ],
)
def test_lang_en_noun_forms(noun: str, expected: set[str]) -> None:
    assert noun_forms(noun) == expected


# ---------------------------------------------------------------- sentences
_QUOTE_TOGGLE = (
    'a closing " eaten after a terminal is toggled again by the main loop, so the rest of the paragraph never splits'
)
_MISSING_ABBR = "military/clerical title missing from ABBREVIATIONS"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # titles and abbreviations
        ("Mr. Khan arrived in Kabul. He met officials.", ["Mr. Khan arrived in Kabul.", "He met officials."]),
        (
            "Dr. Amina Yusuf spoke first. The minister replied.",
            ["Dr. Amina Yusuf spoke first.", "The minister replied."],
        ),
        ("Gen. Ortiz denied the report. Troops stayed.", ["Gen. Ortiz denied the report.", "Troops stayed."]),
        ("Lt. Col. Reyes led the patrol. Two were hurt.", ["Lt. Col. Reyes led the patrol.", "Two were hurt."]),
        ("Maj. Gen. Okafor spoke. He was blunt.", ["Maj. Gen. Okafor spoke.", "He was blunt."]),
        ("Sen. Walsh and Rep. Ortiz met. They disagreed.", ["Sen. Walsh and Rep. Ortiz met.", "They disagreed."]),
        ("Troops entered St. Louis. Residents fled.", ["Troops entered St. Louis.", "Residents fled."]),
        ("No. 10 issued a statement. It was brief.", ["No. 10 issued a statement.", "It was brief."]),
        ("The envoy met Gen. Haftar.", ["The envoy met Gen. Haftar."]),
        ("The U.S. envoy met the minister. Talks resumed.", ["The U.S. envoy met the minister.", "Talks resumed."]),
        ("He said the U.S. would act. Tehran scoffed.", ["He said the U.S. would act.", "Tehran scoffed."]),
        (
            "He spoke at the U.N. on Monday. Delegates listened.",
            ["He spoke at the U.N. on Monday.", "Delegates listened."],
        ),
        (
            "The vote is set for Jan. 15 in Lagos. Observers will attend.",
            ["The vote is set for Jan. 15 in Lagos.", "Observers will attend."],
        ),
        ("The ministers met on Dec. 3. They signed.", ["The ministers met on Dec. 3.", "They signed."]),
        ("They landed at 10.30 a.m. on Monday. Talks began.", ["They landed at 10.30 a.m. on Monday.", "Talks began."]),
        # initials
        (
            "J. Okoye told reporters the deal was close. Others disagreed.",
            ["J. Okoye told reporters the deal was close.", "Others disagreed."],
        ),
        ("Capt. A. B. Mensah commanded. He retired.", ["Capt. A. B. Mensah commanded.", "He retired."]),
        # numbers
        (
            "Growth slowed to 3.5 percent last year. Exports fell.",
            ["Growth slowed to 3.5 percent last year.", "Exports fell."],
        ),
        ("About 1,000 people marched. Police watched.", ["About 1,000 people marched.", "Police watched."]),
        (
            "Officials said 2.5 million people fled. Aid groups warned.",
            ["Officials said 2.5 million people fled.", "Aid groups warned."],
        ),
        ("He won 52.3% of the vote. His rival conceded.", ["He won 52.3% of the vote.", "His rival conceded."]),
        # quotes
        ('"We agree," he said. The talks ended.', ['"We agree," he said.', "The talks ended."]),
        ('He said: "We agree. We sign." Then he left.', ['He said: "We agree. We sign."', "Then he left."]),
        ("She said: “We refuse. We resist.” Then she left.", ["She said: “We refuse. We resist.”", "Then she left."]),
        (
            "“Enough!” shouted the protesters. Police moved in.",
            ["“Enough!” shouted the protesters.", "Police moved in."],
        ),
        ("“Who fired?” the minister asked. Nobody replied.", ["“Who fired?” the minister asked.", "Nobody replied."]),
        pytest.param(
            '"Who fired?" the minister asked. Nobody replied.',
            ['"Who fired?" the minister asked.', "Nobody replied."],
        ),
        pytest.param(
            'He said: "We agree." Then he left. Talks ended.',
            ['He said: "We agree."', "Then he left.", "Talks ended."],
        ),
        pytest.param(
            '"Enough!" the crowd chanted. Police moved in.',
            ['"Enough!" the crowd chanted.', "Police moved in."],
        ),
        pytest.param(
            'Police found a 12" pipe. It was empty.',
            ['Police found a 12" pipe.', "It was empty."],
            marks=_gap('a lone straight " (inch mark, unclosed quote) blocks every later split in the paragraph'),
        ),
        # question and exclamation marks
        ("Will the truce hold? Nobody knows.", ["Will the truce hold?", "Nobody knows."]),
        ("Stop the shelling! The crowd chanted for hours.", ["Stop the shelling!", "The crowd chanted for hours."]),
        ("Where is the aid? asked the mayor.", ["Where is the aid? asked the mayor."]),
        ("The vote? Postponed. Again.", ["The vote?", "Postponed.", "Again."]),
        # lists, headlines, line breaks
        (
            "1. Ceasefire terms\n2. Prisoner exchange\n3. Aid corridors",
            ["1. Ceasefire terms", "2. Prisoner exchange", "3. Aid corridors"],
        ),
        (
            "1. Troops withdraw. Talks follow.\n2. Aid resumes.",
            ["1. Troops withdraw.", "Talks follow.", "2. Aid resumes."],
        ),
        (
            "Leaders agree on truce\nThe two sides signed a deal on Sunday.",
            ["Leaders agree on truce", "The two sides signed a deal on Sunday."],
        ),
        (
            "Truce collapses\n\n\nRockets hit the city. Residents fled.",
            ["Truce collapses", "Rockets hit the city.", "Residents fled."],
        ),
        # ellipses
        ("The talks stalled... Then a new offer came.", ["The talks stalled...", "Then a new offer came."]),
        ("The talks stalled… Then a new offer came.", ["The talks stalled…", "Then a new offer came."]),
        ("The talks... stalled. Officials left.", ["The talks... stalled.", "Officials left."]),
        # parentheses
        ("The minister left (he was angry). Others stayed.", ["The minister left (he was angry).", "Others stayed."]),
        (
            "The vote passed. (Two members abstained.) The session closed.",
            ["The vote passed.", "(Two members abstained.)", "The session closed."],
        ),
        (
            "The group (which one?) claimed it. Police doubted it.",
            ["The group (which one?) claimed it.", "Police doubted it."],
        ),
        # miscellany
        ("The army fired. the crowd scattered.", ["The army fired. the crowd scattered."]),
        ("No terminal here", ["No terminal here"]),
        ("", []),
        pytest.param(
            "Asked if he would resign, he said no. The party backed him.",
            ["Asked if he would resign, he said no.", "The party backed him."],
        ),
        pytest.param(
            "Brig. Gen. Ali Hassan led the raid. Two died.",
            ["Brig. Gen. Ali Hassan led the raid.", "Two died."],
        ),
        pytest.param(
            "Rev. Mark Doyle led prayers. Mourners wept.",
            ["Rev. Mark Doyle led prayers.", "Mourners wept."],
        ),
        pytest.param(
            "Cpl. Diaz was wounded. He survived.",
            ["Cpl. Diaz was wounded.", "He survived."],
        ),
        pytest.param(
            "She holds a Ph.D. in law. She teaches.",
            ["She holds a Ph.D. in law.", "She teaches."],
        ),
    ],
)
def test_lang_en_split_text(text: str, expected: list[str]) -> None:
    sentences = split_text(text)
    assert sentences == expected
    pos = 0
    for sentence in sentences:  # sentences are verbatim, ordered, non-overlapping slices of the text
        found = text.index(sentence, pos)
        pos = found + len(sentence)


# ---------------------------------------------------------------- tokens
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # possessives and contractions
        ("Pakistan's envoy", ["Pakistan", "'s", "envoy"]),
        ("Pakistan’s envoy", ["Pakistan", "’s", "envoy"]),
        ("NATO's chief", ["NATO", "'s", "chief"]),
        ("The U.S.'s role", ["The", "U.S.", "'s", "role"]),
        ("O'Neill's office", ["O'Neill", "'s", "office"]),
        ("the rebels' leader", ["the", "rebels", "'", "leader"]),
        ("didn't sign", ["did", "n't", "sign"]),
        ("can’t", ["ca", "n’t"]),
        ("won't", ["wo", "n't"]),
        ("they're talking", ["they", "'re", "talking"]),
        ("we'll respond", ["we", "'ll", "respond"]),
        # apostrophes inside words
        ("Sana'a airport", ["Sana'a", "airport"]),
        ("Côte d'Ivoire", ["Côte", "d'Ivoire"]),
        # hyphens, ampersands, plus signs, acronyms
        ("IS-K fighters", ["IS-K", "fighters"]),
        ("counter-terrorism law", ["counter-terrorism", "law"]),
        ("al-Qaeda affiliate", ["al-Qaeda", "affiliate"]),
        ("GSP+ scheme", ["GSP+", "scheme"]),
        ("AT&T and R&D", ["AT&T", "and", "R&D"]),
        ("COVID-19 curbs", ["COVID-19", "curbs"]),
        ("F-16s and S-400", ["F-16s", "and", "S-400"]),
        ("G7 and G-20", ["G7", "and", "G-20"]),
        ("U.S. and U.N.", ["U.S.", "and", "U.N."]),
        ("U.S.-led coalition", ["U.S.", "-", "led", "coalition"]),
        ("at 9 a.m. sharp", ["at", "9", "a.m.", "sharp"]),
        pytest.param(
            "a Ph.D. holder",
            ["a", "Ph.D.", "holder"],
        ),
        # numbers
        ("1,000 troops", ["1,000", "troops"]),
        ("3.5 percent", ["3.5", "percent"]),
        ("1,250.75 dollars", ["1,250.75", "dollars"]),
        ("$4.5bn", ["$", "4.5", "bn"]),
        ("52.3%", ["52.3", "%"]),
        ("won 3-0", ["won", "3", "-", "0"]),
        # punctuation
        ("Hello, world!", ["Hello", ",", "world", "!"]),
        ("KABUL (AP) — Gunmen", ["KABUL", "(", "AP", ")", "—", "Gunmen"]),
        ("“Never,” he said.", ["“", "Never", ",", "”", "he", "said", "."]),
        ("It ended...", ["It", "ended", ".", ".", "."]),
        ("Wait… no", ["Wait", "…", "no"]),
    ],
)
def test_lang_en_tokenize_surface(text: str, expected: list[str]) -> None:
    toks = list(tokenize(text))
    assert [t.text for t in toks] == expected
    for t in toks:
        assert text[t.start : t.end] == t.text


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("1,000 troops.", "NWP"),
        ("Pakistan's army", "WWW"),
        ("IS-K struck at 3.5", "WWWN"),
        ("(AP) 12 dead", "PWPNW"),
        ("the 1990s", "WW"),
    ],
)
def test_lang_en_tokenize_kinds(text: str, kinds: str) -> None:
    letter = {TokenKind.WORD: "W", TokenKind.NUMBER: "N", TokenKind.PUNCT: "P"}
    assert "".join(letter[t.kind] for t in tokenize(text)) == kinds


@pytest.mark.parametrize(
    ("text", "start", "end", "expected"),
    [
        ("Officials in Kabul's north met.", 13, 26, [("Kabul", 13), ("'s", 18), ("north", 21)]),
        ("Troops didn't fire.", 7, 19, [("did", 7), ("n't", 10), ("fire", 14), (".", 18)]),
        ("The U.S. and Iran", 4, None, [("U.S.", 4), ("and", 9), ("Iran", 13)]),
    ],
)
def test_lang_en_tokenize_window_keeps_document_offsets(
    text: str, start: int, end: int | None, expected: list[tuple[str, int]]
) -> None:
    toks = list(tokenize(text, start, end))
    assert [(t.text, t.start) for t in toks] == expected
    for t in toks:
        assert text[t.start : t.end] == t.text
