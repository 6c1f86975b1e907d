"""Actor recognition: dictionary matches are chained into actor phrases and resolved to actors.

A phrase is a run of matches that describe one actor: titles and role nouns (agents), at most one
anchor (a country, nationality adjective, capital, organisation or armed group), and a person, e.g.

    الرئيس الأمريكي دونالد ترامب                 agent + demonym + person        -> USAGOV, Donald Trump
    القائد العام للجيش الباكستاني المارشال آصف منير  agent + agent + demonym + agent + name -> PAKMIL
    سفيرة الاتحاد الأوروبي لدى باكستان            agent + org (لدى ends the phrase) -> IGOEUREEC
    Pakistan's army chief Field Marshal Asim Munir  country 's agent agent person   -> PAKMIL

A person's code comes from the role they held on the event date. An unknown name after a title
gets the title's code. Back-references (الجانبان، the two sides) resolve to the members of the last
compound actor of the document.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from marsad.actors.codes import NON_STATE
from marsad.actors.compound import group_mentions
from marsad.actors.dictionary import ActorDictionary, ActorEntry, Role
from marsad.actors.matcher import QUOTES, Match, longest_matches
from marsad.geo.gazetteer import AR_DIRECTIONS
from marsad.lang.ar.clitics import THIRD_PERSON
from marsad.lang.ar.inflect import carries_plural_subject
from marsad.lang.normalize import normalize
from marsad.model import Actor, Mention, MentionKind, Sentence, Token, TokenKind

STATE_ANCHORS = frozenset({"country", "demonym", "nationals", "capital"})
ORG_ANCHORS = frozenset({"org", "group"})
#: words that may stand inside a title chain without ending it (and the words of FORMER, below)
_TITLE_MODIFIERS = frozenset(
    map(
        normalize,
        [
            "العام",
            "العامة",
            "الأعلى",
            "الأول",
            "الأولى",
            "الجديد",
            "الجديدة",
            "المساعد",
            "بالوكالة",
            "general",
            "chief",
            "deputy",
            "acting",
            "senior",
            "top",
            "new",
            "then",
        ],
    )
)
#: oblique dual and sound plural endings on a common noun of four letters or more: "عنصرين" is two
#: members, no name (shorter stems would catch names: ياسين، حسين)
NUMBER_ENDINGS = ("ين", "ون")
#: "former": an official no longer in office is one of CAMEO's elites (ELI), as Phoenix codes FORMER_PRESIDENT
FORMER = frozenset(
    map(
        normalize,
        # an ousted or deposed leader holds office no longer either ("الرئيس المعزول", "ousted President X")
        ["السابق", "السابقة", "الأسبق", "الأسبقة", "المعزول", "المعزولة", "المخلوع", "المخلوعة",
         "former", "ex", "ousted", "deposed", "overthrown", "toppled"],
    )
)  # fmt: skip
MODIFIERS = _TITLE_MODIFIERS | FORMER
OFFICIAL_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY", "PTY"})
ELITE = "ELI"
#: English possessive determiners: the noun after them belongs to an actor named before
POSSESSIVES = frozenset({"its", "their", "his", "her", "our"})
#: "قوات التحالف بقيادة أمريكية", "forces led by the United States": a body is its leading state's
AR_JOINERS = (
    {("من",), ("بقياده",)}
    | {
        # "قوات الأمن التابعة للحكومة العراقية", "المسلحون الموالون لحماس": a body belonging or loyal to an anchor
        (normalize(w),)
        for w in "التابع التابعة التابعين التابعون الموالي الموالية الموالين الموالون".split()
    }
    | {
        # "متظاهرون من أنصار حزب الله": people from the supporters or members of an anchor are the anchor's
        (normalize("من"), normalize(w))
        for w in "أنصار مؤيدي مناصري أتباع أعضاء كوادر".split()
    }
    | {
        # "قوات حفظ السلام التي تقودها فرنسا": a body led by an anchor, in a relative clause
        tuple(normalize(w) for w in words.split())
        for words in (
            "التي تقودها",
            "التي يقودها",
            "الذي تقوده",
            "الذي يقوده",
            "الذين يقودهم",
            "الذي تتزعمه",
            "الذي يتزعمه",
        )
    }
)  # "وفد من الأردن": an agent from an anchor
EN_JOINERS = {
    ("loyal", "to"),
    ("loyal", "to", "the"),
    ("belonging", "to"),
    ("belonging", "to", "the"),
    ("'s",),
    ("’s",),
    ("of",),
    ("of", "the"),
    ("from",),
    ("from", "the"),
    ("for",),
    ("led", "by"),
    ("led", "by", "the"),
}
#: "X in COUNTRY" joins a group of people to the country it is in
#: "الدولة" closing a title: a minister of state ("وزير الدولة"), who serves in a ministry named after ب
STATE_MINISTRY = normalize("الدولة")
LOCATED_JOINERS = {("in",), ("in", "the"), ("inside",), ("في",), ("داخل",)}
#: Phoenix's "people" agent (persons, men): people of no stated kind. It is no sector: the actor code is
#: PPL alone, or the country's code when a nationality is given, and the record's sector is null.
PEOPLE = "PPL"
LOCATED_SECTORS = frozenset({"REB", "UAF", "INS", "OPP", "CVL", "PPL", "COP", "REF", "LAB", "EDU", "BUS", "CRM"})
#: prepositions and directions after which a capital is a place, not its government ("20 كم شرق دمشق")
LOCATIVES = (
    frozenset(
        map(
            normalize,
            "في إلى الى من عبر قرب وسط قلب أطراف ضواحي مشارف in to from at near via across downtown central".split(),
        )
    )
    | AR_DIRECTIONS
)
#: nouns of a city's parts before its name ("شوارع بغداد", "مطار إسلام آباد", "the streets of Baghdad") or,
#: in English, after it ("Kabul airport"): the capital names a place there, not the government
PLACE_HEADS = frozenset(
    map(
        normalize,
        "شارع شوارع ساحة ساحات ميدان مطار ميناء حي أحياء سماء أجواء سوق أسواق محيط مدخل مداخل "
        "street streets square airport port skies outskirts suburbs".split(),
    )
)
_EN_LINKS = frozenset({"the", "of"})
#: bodies whose members "X في Y" / "X in Y" names ("ضابط في الجيش", "مسؤول في وزارة الخارجية"), as opposed
#: to events one is in ("قتل مسلحون في ضربة جوية")
BODIES = frozenset(
    map(
        normalize,
        "جيش قوات شرطة أمن وزارة حكومة برلمان مجلس حزب حركة جماعة استخبارات مخابرات حرس كتائب جبهة سفارة "
        "شركة هيئة لجنة مكتب جهاز وكالة "
        "army forces police ministry government parliament council party movement group embassy company".split(),
    )
)
FUNCTION_WORDS = frozenset(
    map(
        normalize,
        [
            "في",
            "من",
            "إلى",
            "على",
            "عن",
            "مع",
            "أن",
            "إن",
            "أنه",
            "إنه",
            "أنها",
            "إنها",
            "أنهم",
            "إنهم",
            "بأن",
            "بأنه",
            "قد",
            "لقد",
            "كان",
            "كانت",
            "أمس",
            "اليوم",
            "الذي",
            "التي",
            "و",
            "أو",
            "ثم",
            "قال",
            "قالت",
            "أكد",
            "أكدت",
            "يوم",
            "خلال",
            "بعد",
            "قبل",
            "لدى",
            "عند",
            "حيث",
            "كما",
        ],
    )
)
MAX_NAME_TOKENS = 3
#: the most words of a name held between an honorific and a title ("الشيخ محمد بن عبد الله آل ثاني")
HONOURED_NAME_TOKENS = 6
COMMA_TEXTS = frozenset({",", "،"})
#: capitalised words that are no one's last name in running English
NOT_SURNAMES = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday i".split()
)
LEADER_GOVERNMENTS = frozenset({"administration", "government", "cabinet"})
#: capitalised sentence openers that are no first name: "When Putin met ..."
SENTENCE_OPENERS = frozenset(
    "the when but then and after before while if as since meanwhile later also so yet there here".split()
)
#: leaders' last names that are also common English words, capitalised at a sentence's start
COMMON_WORD_SURNAMES = frozenset(
    "major price brown rice bush king young hunt little long white black green gray grey rich hope love wise "
    "sharp strong ford key hill wood church cook ball bell lamb fox may power law".split()
)
HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "sir", "dame", "lord"})
#: Arabic honorifics before a name: "الدكتور", "السيد", "الشيخ" (a title of respect, not an office)
AR_HONORIFICS = frozenset(
    map(normalize, "الدكتور الدكتورة السيد السيدة الشيخ الشيخة المهندس المهندسة الأستاذ الأستاذة الحاج".split())
)
#: clitics a bare Arabic last name may carry: "وقال بوتين", "لبوتين", "وأردوغان"
ARABIC_NAME_PREFIXES = frozenset({"", "و", "ف", "ل", "ب", "ول", "وب", "فل"})
#: sectors of role nouns that name groups of people, never one named person
GROUP_SECTORS = frozenset({"CVL", "PPL", "UAF", "REF", "LAB", "AGR", "EDU", "BUS", "CRM"})


@dataclass
class Phrase:
    matches: list[Match] = field(default_factory=list)
    name_end: int | None = None  # token index after an unknown name absorbed at the end
    name_from: int | None = None  # token index where that name starts
    person: ActorEntry | None = None
    name_start: int | None = None  # token index of an unknown name before it, in apposition ("NAME، TITLE،")

    @property
    def token_start(self) -> int:
        return self.name_start if self.name_start is not None else self.matches[0].token_start

    @property
    def token_end(self) -> int:
        if self.name_end is not None:
            return max(self.name_end, self.matches[-1].token_end)  # "King X of Morocco": the state after the name
        return self.matches[-1].token_end

    def kinds(self, group: frozenset[str]) -> list[Match]:
        return [m for m in self.matches if m.entry.kind in group]


class Recognizer:
    def __init__(
        self,
        dictionary: ActorDictionary,
        lexicon: frozenset[str] = frozenset(),
        romanize: Callable[[str], str | None] | None = None,
        common: frozenset[str] = frozenset(),
        name_words: frozenset[str] = frozenset(),
    ) -> None:
        self.dictionary = dictionary
        self.lexicon = lexicon  # every known word: a known word is not split into clitics
        self.common = common  # known words that are not names: a name after a title is not made of them
        self.name_words = name_words  # ... except these, after a name's first word ("سامي حسن")
        self.romanize = romanize

    # ------------------------------------------------------------------ documents and sentences
    def document(self, text: str, sentences: Sequence[Sentence], day: str | None) -> list[Mention]:
        """Actor mentions of a document, with back-references resolved to the last compound actor.
        A bare last name ("Putin", "بوتين") refers to a person the document names in full anywhere."""
        found_matches = [longest_matches(s.tokens, self.dictionary, self.lexicon) for s in sentences]
        named = frozenset(m.entry.id for ms in found_matches for m in ms if m.entry.kind == "person")
        context = _countries(found_matches)
        mentions: list[Mention] = []
        last_compound: list[Actor] = []
        for sentence, matches in zip(sentences, found_matches, strict=True):
            found = self.sentence(text, sentence, day, last_compound, matches, named, context)
            mentions.extend(found)
            for group in group_mentions([m for m in found if m.kind is MentionKind.ACTOR], sentence.tokens):
                actors = group.actors
                if len({a.code for a in actors}) > 1:
                    last_compound = actors
        return mentions

    def sentence(
        self,
        text: str,
        sentence: Sentence,
        day: str | None,
        compound: Sequence[Actor] = (),
        matches: list[Match] | None = None,
        named: frozenset[str] = frozenset(),
        context: frozenset[str] | None = None,
    ) -> list[Mention]:
        """Actor mentions of one sentence; ``context`` are the countries its document names (by default,
        the sentence's own)."""
        tokens = sentence.tokens
        if matches is None:
            matches = longest_matches(tokens, self.dictionary, self.lexicon)
        if context is None:
            context = _countries([matches])
        after_title = frozenset(m.token_end for m in matches if m.entry.kind == "agent")
        matches = [
            self._dated(_adjective_reading(m, tokens), day)
            for m in self._with_surnames(matches, tokens, day, named, context)
            if not _participle(m, tokens)
            and not _press_adjective(m, tokens, after_title)
            and not _periodic_adjective(m, tokens)
            and not _banner(m, tokens)
            and not _deputy_of(m, tokens, self.dictionary.demonyms)
            and not _english_adjective(m, tokens)
        ]
        matches = [m for k, m in enumerate(matches) if not (k and _sect_adjective(m, matches[k - 1], tokens))]
        mentions: list[Mention] = []
        previous: tuple[Phrase, Mention | None] | None = None
        for phrase in self._phrases(matches, tokens, day, named):
            if phrase.matches[0].entry.kind == "backref":
                mentions.extend(_back_reference(phrase, text, sentence.index, compound))
                previous = None
                continue
            mention = self._resolve(phrase, text, tokens, sentence.index, day)
            if previous is not None:
                shared = _shared_head(previous, (phrase, mention), tokens, text, sentence.index)
                if shared is not None and tokens[phrase.token_start].is_arabic:
                    mention = shared  # "القوات الأمريكية والبريطانية": the British forces
                elif shared is not None and previous[1] is None:
                    mentions.append(shared)  # "American and Iraqi troops": the American troops
                elif shared is not None and mentions and mentions[-1] is previous[1]:
                    mentions[-1] = shared  # "US and British troops": the US forces
            if mention is not None:
                mentions.append(mention)
            previous = (phrase, mention)
        return _owned(self._counterparts(mentions, tokens, text, sentence.index), tokens)

    def _counterparts(self, mentions: list[Mention], tokens: Sequence[Token], text: str, index: int) -> list[Mention]:
        """ "نظيره المصري", "his Egyptian counterpart": the holder of the same office as the officeholder named
        before it in the sentence, in the country the nationality adjective names ("استقبل الرئيس الروسي
        نظيره التركي": Turkey's president)."""
        # a nationality read alone as its state ("Saudi") is the counterpart's adjective
        bare = {
            m.token_start: m
            for m in mentions
            if m.token_end - m.token_start == 1 and m.actor and m.actor.country and not m.actor.sector
        }
        taken = {k for m in mentions for k in range(m.token_start, m.token_end)}
        extra: list[Mention] = []
        replaced: set[int] = set()
        for i, tok in enumerate(tokens):
            if i in taken or not _counterpart(tok):
                continue
            nationality = None if tok.is_arabic else bare.get(i - 1)
            if tok.is_arabic:
                if i + 1 >= len(tokens) or i + 1 in taken:
                    continue
                adjective, first, last = tokens[i + 1], i, i + 1  # the adjective follows: "نظيره الفرنسي"
                form = adjective.norm[2:] if adjective.norm.startswith("ال") else adjective.norm
                start = tok.start + next(r.start for r in tok.readings if r.form in COUNTERPARTS)
            else:
                if i == 0 or (i - 1 in taken and nationality is None):
                    continue
                adjective, first, last = tokens[i - 1], i - 1, i  # it comes before: "Egyptian counterpart"
                form, start = adjective.norm, adjective.start
            country = self.dictionary.demonyms.get(form)
            office = next(
                (m.actor for m in reversed(mentions) if m.token_end <= first and m.actor and m.actor.sector), None
            )
            if country is None or office is None or office.sector in GROUP_SECTORS:
                continue
            if nationality is not None:
                replaced.add(id(nationality))
            sector = office.sector
            actor = Actor(
                f"{country}{sector}", country, sector, None, None, actor_id(country, sector),
                text[start : tokens[last].end], start, tokens[last].end,
            )  # fmt: skip
            extra.append(Mention(start, tokens[last].end, MentionKind.ACTOR, actor.id, index, first, last + 1, actor))
        if not extra:
            return mentions
        return sorted([*(m for m in mentions if id(m) not in replaced), *extra], key=lambda m: m.start)

    def _phrases(
        self, matches: list[Match], tokens: Sequence[Token], day: str | None = None, named: frozenset[str] = frozenset()
    ) -> list[Phrase]:
        phrases: list[Phrase] = []
        for k, m in enumerate(matches):
            current = phrases[-1] if phrases else None
            nxt = matches[k + 1] if k + 1 < len(matches) else None
            if current is not None and current.name_end is not None and current.person is m.entry:
                continue  # the person whose name the phrase took in (see _absorb_name)
            if current is not None and (
                (current.name_end is None and self._attached(current, m, nxt, tokens))
                or _state_after_name(current, m, tokens)
            ):
                current.matches.append(m)
            else:
                phrases.append(Phrase([m]))
            self._absorb_name(phrases[-1], matches[k + 1] if k + 1 < len(matches) else None, tokens, day, named)
        for k, phrase in enumerate(phrases):
            self._name_before(phrase, phrases[k - 1].token_end if k else 0, tokens)
        return phrases

    def _name_before(self, phrase: Phrase, floor: int, tokens: Sequence[Token]) -> None:
        """An unknown name of two or three words before a title in apposition names its holder: "جون سميث،
        وزير الخارجية الكندي، ..." and "John Smith, the Canadian foreign minister, ..." are one actor."""
        if phrase.person is not None or phrase.name_end is not None:
            return
        titles = [m for m in phrase.matches if m.entry.kind == "agent"]
        if not titles or titles[-1].entry.sector in GROUP_SECTORS or _plural(tokens[titles[-1].token_end - 1]):
            return
        k = phrase.matches[0].token_start - 1
        if k >= 0 and not tokens[k].is_arabic and tokens[k].norm in ("the", "a", "an"):
            k -= 1
        elif not tokens[phrase.matches[0].token_start].is_arabic:
            return  # English puts an article before the title ("John Smith, the ..."): "West Bank, military ..."
        if k >= 1 and tokens[k].is_arabic and tokens[k].text not in COMMA_TEXTS:
            self._honoured_name_before(phrase, floor, tokens, k + 1)
            return
        if k < 1 or tokens[k].text not in COMMA_TEXTS:
            return
        j = k
        while j > floor and k - j < MAX_NAME_TOKENS and self._name_like(tokens, j - 1):
            j -= 1
        n = k - j
        if n < 2 or (j > floor and self._name_like(tokens, j - 1)):
            return  # one word is no sure name; a fourth name word: the name is not all here
        if any(tokens[i].is_arabic != tokens[phrase.matches[0].token_start].is_arabic for i in range(j, k)):
            return
        phrase.name_start = j

    def _honoured_name_before(self, phrase: Phrase, floor: int, tokens: Sequence[Token], end: int) -> None:
        """An unknown name after an honorific right before a title names its holder: "الدكتور حاتم سالم
        مستشار رئيس الوزراء" is the prime minister's adviser; without the honorific the words may be anything.
        Held between the two, a name may be made of common words ("عبد الله", "سيف النصر")."""
        j = end
        while (
            j > floor
            and end - j < HONOURED_NAME_TOKENS
            and not _honorific(tokens[j - 1])
            and tokens[j - 1].is_arabic
            and tokens[j - 1].kind is TokenKind.WORD
            and tokens[j - 1].norm not in FUNCTION_WORDS
            and not carries_plural_subject(tokens[j - 1].norm)
        ):
            j -= 1
        if end - j >= 2 and j - 1 >= floor and _honorific(tokens[j - 1]):
            phrase.name_start = j - 1

    def _dated(self, m: Match, day: str | None) -> Match:
        """Of several people with the same name ("جورج بوش"), the one in office on the date."""
        if m.entry.kind != "person" or len(m.alternatives) < 2 or day is None:
            return m
        serving = [e for e in m.alternatives if e.kind == "person" and any(r.holds_on(day) for r in e.roles)]
        if len(serving) != 1 or serving[0] is m.entry:
            return m
        return Match(serving[0], m.token_start, m.token_end, m.start, m.end, m.alternatives)

    def _with_surnames(
        self,
        matches: list[Match],
        tokens: Sequence[Token],
        day: str | None,
        named: frozenset[str],
        context: frozenset[str],
    ) -> list[Match]:
        """Add bare last names of known people ("Putin said", "وقال بوتين") standing outside every other
        match and every longer name. A title before the name is left to ``_absorb_name``."""
        covered = {i for m in matches for i in range(m.token_start, m.token_end)}
        after_title = {m.token_end for m in matches if m.entry.kind == "agent"}
        extra: list[Match] = []
        for i, tok in enumerate(tokens):
            if i in covered or i in after_title or tok.kind is not TokenKind.WORD:
                continue
            found = self._bare_surname(tokens, i, day, named, context)
            if found is not None:
                person, start = found
                extra.append(Match(person, i, i + 1, start, tok.end))
        if not extra:
            return matches
        return sorted([*matches, *extra], key=lambda m: m.token_start)

    def _bare_surname(
        self, tokens: Sequence[Token], i: int, day: str | None, named: frozenset[str], context: frozenset[str]
    ) -> tuple[ActorEntry, int] | None:
        tok = tokens[i]
        prev = tokens[i - 1] if i > 0 else None
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if not tok.is_arabic:
            if not tok.text[:1].isupper() or tok.text.isupper() or tok.norm in NOT_SURNAMES:
                return None
            if tok.norm in self.dictionary.given_names:
                return None  # also someone's first name: "Hussein", "Suleiman" alone name nobody for sure
            if i == 0 and tok.norm in COMMON_WORD_SURNAMES:
                return None  # "Major fighting broke out", "Price rises": a capitalised word, not John Major
            if (
                prev is not None
                and prev.kind is TokenKind.WORD
                and prev.text[:1].isupper()
                and prev.norm.rstrip(".") not in HONORIFICS
                and not (i == 1 and prev.norm in SENTENCE_OPENERS)
            ):
                return None  # part of a longer name: "Gordon Brown" of another Gordon
            if nxt is not None and nxt.kind is TokenKind.WORD and nxt.text[:1].isupper():
                return None  # "Brown University", "Khan Younis"
            person = self.dictionary.by_surname(tok.norm, day, named)
            return (person, tok.start) if person is not None else None
        for reading in tok.readings:
            if reading.suffix or reading.prefix not in ARABIC_NAME_PREFIXES or len(reading.form) < 4:
                continue
            form = reading.form
            bare = form[2:] if form.startswith("ال") else form
            if form in self.common or bare in self.common or form in MODIFIERS or form not in self.dictionary.bearers:
                continue  # "الاول" (Juan Carlos I), "الكلام" (Abdul Kalam): common words
            if form in self.dictionary.given_names:
                return None  # "سليمان", "عباس": also first names
            if prev is not None and prev.kind is TokenKind.WORD and self._name_like(tokens, i - 1):
                return None  # "علي عباس": another man's name
            if (
                nxt is not None
                and nxt.kind is TokenKind.WORD
                and not nxt.norm.startswith("و")
                and self._name_like(tokens, i + 1)
            ):
                return None
            person = self.dictionary.by_surname(reading.form, day, named, alone=True, context=context)
            return (person, tok.start + reading.start) if person is not None else None
        return None

    def _attached(self, phrase: Phrase, m: Match, nxt: Match | None, tokens: Sequence[Token]) -> bool:
        prev = phrase.matches[-1]
        gap_words = [t.text for t in tokens[prev.token_end : m.token_start]]
        if (
            # "رئيس الوزراء السابق، إياد علاوي": "former" may close the title before the comma
            (gap_words in ([","], ["،"]) or (gap_words[-1:] in ([","], ["،"]) and normalize(gap_words[0]) in FORMER))
            and len(gap_words) <= 2
            and (prev.entry.kind == "agent" or (prev.entry.kind == "demonym" and phrase.kinds(frozenset({"agent"}))))
            and not _plural(tokens[prev.token_end - 1])
            and m.entry.kind == "person"
            and not phrase.kinds(frozenset({"person"}))
        ):
            return True  # an apposition: "رئيس الوزراء، إيهود أولمرت", "the prime minister, Ehud Olmert"
        if prev.entry.kind == "person" and m.entry.kind == "agent" and m.token_start == prev.token_end:
            # "the Bush administration", "the Netanyahu government": the leader's government
            return not tokens[m.token_start].is_arabic and tokens[m.token_start].norm in LEADER_GOVERNMENTS
        if prev.entry.kind in ("person", "backref") or m.entry.kind == "backref":
            return False
        if m.entry.kind == "person" and _foreign_person(phrase, m.entry):
            return False  # "استقبل وزير الخارجية السوري الشيخ حمد بن جاسم": the Qatari is the object
        gap = tuple(t.norm for t in tokens[prev.token_end : m.token_start])
        arabic = tokens[m.token_start].is_arabic
        clitic = normalize(tokens[m.token_start].text[: m.start - tokens[m.token_start].start])
        if clitic.startswith(("و", "ف")):
            return False  # "باكستان والاتحاد": a compound, not one actor
        if (
            arabic
            and not gap
            and not clitic
            and m.entry.kind in ("agent", "demonym", "country", "capital")
            and tokens[prev.token_end - 1].norm.startswith("ال")
            and not tokens[m.token_start].norm.startswith("ال")
        ):
            # a definite noun is followed by neither an indefinite noun nor a bare name in one phrase (that
            # would be a construct, whose first term has no article): "استهدف الانتحاري ثكنة", "المسلحون سوريا"
            return False
        if (
            arabic
            and not gap
            and not clitic
            and prev.entry.kind == "agent"
            and m.entry.kind == "agent"
            and tokens[prev.token_end - 1].norm.startswith("ال")
            and tokens[m.token_start].norm.startswith("ال")
            and not _nisba(tokens[m.token_start].norm, True)
            and not same_plural(tokens[prev.token_end - 1].norm, tokens[m.token_start].norm)
        ):
            # two definite nouns are two phrases, subject and object ("اعتقلت الشرطة الطلاب"); only an
            # adjective agrees with the noun before it: a relational one ("الشرطة العسكرية") or a participle in
            # the same sound plural ("المتظاهرون المعارضون")
            return False
        if (
            arabic
            and not gap
            and not clitic
            and m.entry.kind == "agent"
            and _sound_plural(tokens[prev.token_end - 1])
            and (
                not _sound_plural(tokens[m.token_end - 1])
                or not same_plural(tokens[prev.token_end - 1].norm, tokens[m.token_end - 1].norm)
                or tokens[prev.token_end - 1].norm.startswith("ال") != tokens[m.token_start].norm.startswith("ال")
            )
        ):
            # a sound plural keeps its nun only outside a construct, and an adjective after it agrees with it,
            # in case and definiteness too: "مسلحون قوات الدرك", "مسلحون الصحافيين" and "مسلحون صحافيين" are two
            # phrases each, "مسلحين مجهولين" one
            return False
        if (
            arabic
            and m.entry.kind in ("agent", "demonym")
            and _accusative(tokens[m.token_start])
            and not _accusative(tokens[prev.token_end - 1])
        ):
            # an indefinite accusative starts a new phrase (the object): "اعتقلت الشرطة ضابطا"; an accusative
            # adjective agrees with an accusative noun only: "مسلحون أميركيا" is gunmen and an American
            return False
        if arabic and prev.entry.kind == "agent" and m.entry.kind == "demonym" and 0 < len(gap) <= 2:
            # adjectives between a noun and its nationality: "شركة أمنية أميركية", "قوات عسكرية تركية"
            definite = tokens[m.token_start].norm.startswith("ال")
            # after a sound plural of people an adjective is a sound plural too: "مسلحون صحافي فرنسي" is gunmen
            # and a French journalist
            plural = _sound_plural(tokens[prev.token_end - 1])
            if all(_nisba(w, definite) and (not plural or w.endswith(("ون", "ين"))) for w in gap):
                gap = ()
            elif _named_body(tokens[prev.token_end - 1], tokens[prev.token_end : m.token_start], tokens[m.token_start]):
                gap = ()  # the body's own name between: "حزب الغد المصري", "شركة النفط الكويتية"
        if (
            not arabic
            and prev.entry.kind == "demonym"
            and m.entry.kind == "agent"
            and 0 < len(gap) <= 2
            and all(_noun_modifier(t) for t in tokens[prev.token_end : m.token_start])
        ):
            gap = ()  # nouns that say what kind: "French paper workers", "Iraqi oil ministry officials"
        core = tuple(w for w in gap if w not in MODIFIERS)  # "Lebanon's new President": the joiner is "'s"
        if arabic and len(core) == 2 and core[1] == "من" and _agrees(tokens[prev.token_end - 1].norm, core[0]):
            core = core[1:]  # an adjective of the person before "from": "متطوعين مسيحيين من كندا"
        joined = core in (AR_JOINERS if arabic else EN_JOINERS) and prev.entry.kind == "agent"
        first = phrase.matches[0].token_start
        if joined and not arabic and core[0] == "from" and first > 0 and tokens[first - 1].norm in POSSESSIVES:
            return False  # "withdrew its troops from Mali": the troops are the possessor's, Mali where they were
        # "rebels in the Ivory Coast", "المسلحون في العراق": a group of people located in a country is that
        # country's group (not for armed forces: "troops in Iraq" are often foreign ones)
        located = (
            gap in LOCATED_JOINERS
            and prev.entry.kind == "agent"
            and prev.entry.sector in LOCATED_SECTORS
            and m.entry.kind == "country"
            and len(phrase.matches) == 1
        )
        # "ضابط في الجيش العراقي", "مسؤول في وزارة الخارجية", "a soldier in the Iraqi army": a member of a body
        member = (
            gap in LOCATED_JOINERS
            and prev.entry.kind == "agent"
            and len(phrase.matches) == 1
            and _names_a_body(m, nxt, tokens, arabic)
        )
        # "وزير الدولة بوزارة الخارجية": a minister of state serves in the ministry named after ب. After another
        # title ب is mostly its verb's: "ندد الوزير بالحكومة", "أشاد مسؤولون بالجيش"
        member = member or (
            arabic
            and clitic == "ب"
            and not gap
            and prev.entry.kind == "agent"
            and len(phrase.matches) == 1
            and tokens[prev.token_end - 1].norm == STATE_MINISTRY
            and m.entry.kind in ("agent", *ORG_ANCHORS)
            and any(r.form in BODIES and r.prefix in ("ب", "بال") for r in tokens[m.token_start].readings)
        )
        if located or member:
            return True
        if core and not joined and not (not arabic and core in EN_JOINERS):
            return False
        if clitic and clitic not in ("ل", "لل", "ال"):
            return False  # بباكستان, كالجيش: a prepositional phrase
        kinds = {x.entry.kind for x in phrase.matches}
        anchor = bool(kinds & (STATE_ANCHORS | ORG_ANCHORS))
        if m.entry.kind in STATE_ANCHORS | ORG_ANCHORS:
            if _national_branch(phrase, m, core, tokens):
                return True  # "Egypt's Muslim Brotherhood", "جماعة الإخوان المسلمين المصرية": the state's branch
            # two anchors side by side are two actors; English puts the country first ("the army Pakistan")
            return not anchor and (arabic or bool(gap) or prev.entry.kind != "agent")
        if m.entry.kind == "agent" and anchor and prev.entry.kind != "agent":
            # an appositive title after the anchor: Arabic only when a name follows ("... الباكستاني المارشال آصف منير")
            return (
                not arabic
                or (nxt is not None and nxt.entry.kind == "person" and nxt.token_start == m.token_end)
                or self._name_length(tokens, m.token_end) > 1  # a first and last name: "المارشال آصف منير"
            )
        return True

    def _absorb_name(
        self,
        phrase: Phrase,
        nxt: Match | None,
        tokens: Sequence[Token],
        day: str | None = None,
        named: frozenset[str] = frozenset(),
    ) -> None:
        """After a title, unknown name-like tokens belong to the phrase (they name the title holder)."""
        last = phrase.matches[-1]
        titles = [m for m in phrase.matches if m.entry.kind == "agent"]
        if not titles or last.entry.kind in ("person", "backref") or phrase.name_end is not None:
            return
        title = titles[-1]
        if (
            title.entry.sector in GROUP_SECTORS
            or _plural(tokens[title.token_end - 1])
            or _group_head(tokens[title.token_start])
        ):
            # "متظاهرون", "السكان", "gunmen": groups of people are not followed by a name; nor are bodies headed by
            # a plural ("قوات الأمن التابعة للحكومة": the forces belonging to the government)
            return
        words = tokens[phrase.token_start : last.token_end]
        known = (
            last.token_end < len(tokens)
            and tokens[last.token_end].norm in self.dictionary.bearers
            and self._name_like(tokens, last.token_end)
        )
        if _body(tokens[title.token_start]) and not known:
            return  # a body takes no unknown name after it: "اعتقلت الشرطة مهندسين" (engineers)
        if words[0].is_arabic and not any(t.norm.startswith(("ال", "لل")) for t in words) and not known:
            # a name follows a definite title ("الرئيس ترامب", "وزير الخارجية"), not "وفدا رفيع المستوى";
            # a known last name also follows a title in construct ("حكومة السنيورة": Siniora's government)
            return
        n = self._name_length(tokens, last.token_end)
        gap = nxt.token_start - last.token_end if nxt is not None else 0
        full_name = nxt is not None and (nxt.token_end - nxt.token_start >= 2 or "-" in tokens[nxt.token_start].text)
        if nxt is not None and nxt.entry.kind == "person" and full_name and 0 < gap <= 2 and n >= gap:
            # a first name the dictionary spells otherwise before a known person's full name: "President
            # Mohammad Zia-ul-Haq" is the president, the words between are his name (not before a bare last
            # name: "الوزير أحمد صالح" is no Ali Abdullah Saleh)
            phrase.name_end, phrase.name_from, phrase.person = nxt.token_end, last.token_end, nxt.entry
            return
        if known and words[0].is_arabic and not any(t.norm.startswith(("ال", "لل")) for t in words):
            n = 1  # the known last name alone: "حكومة السنيورة"
        apposed = self._name_in_apposition(tokens, last.token_end, nxt) if n == 0 else None
        if apposed is not None:
            # an unknown name between commas after the title: "وزيرة الطاقة، فلانة الفلانية، ..."
            phrase.name_from, phrase.name_end = last.token_end + 1, apposed
            return
        if nxt is not None:
            n = min(n, nxt.token_start - last.token_end)
        if n and self._adjectives_before_nationality(tokens, last.token_end, n):
            return  # "المسؤول الكردي العراقي": adjectives between the title and its nationality, no name
        if n:
            phrase.name_end = last.token_end + n
            phrase.name_from = last.token_end
            surname = tokens[phrase.name_end - 1].norm
            person = self.dictionary.by_surname(surname, day, named)
            if person is not None and person.id not in named and surname in self.dictionary.given_names:
                person = None  # "الرئيس عبد الله محمد": a first name, not Mahathir Mohamad's last name
            given = {t.norm for t in tokens[last.token_end : phrase.name_end - 1]}
            if person is not None and not given <= self.dictionary.name_words.get(person.id, frozenset()):
                person = None  # "President Ali Mohamad" is not Mahathir Mohamad
            states = {m.entry.country or m.entry.code[:3] for m in phrase.kinds(STATE_ANCHORS)}
            if person is not None and states and not states & {r.country for r in person.roles}:
                person = None  # "Syrian leader X Mansour" is not an Afghan Mansour
            phrase.person = person

    def _adjectives_before_nationality(self, tokens: Sequence[Token], start: int, n: int) -> bool:
        """The ``n`` name-like words at ``start`` are definite relational adjectives and a nationality follows
        them ("المسؤول الكردي العراقي", "القيادي الشيعي البحريني"): they describe the title, as a name never
        stands between a title and its nationality."""
        words = tokens[start : start + n]
        after = start + n
        if after >= len(tokens) or not all(t.is_arabic and _nisba(t.norm, True) for t in words):
            return False
        nationality = tokens[after].norm
        return nationality.startswith("ال") and nationality[2:] in self.dictionary.demonyms

    def _name_in_apposition(self, tokens: Sequence[Token], comma: int, nxt: Match | None) -> int | None:
        """The end of two or three unknown name words between a comma at ``comma`` and a closing comma or
        the end of the sentence: the title's holder named in apposition ("the Canadian foreign minister,
        John Smith, said"). None when a known actor (``nxt``) stands among them or one word is all (no sure
        name)."""
        if comma >= len(tokens) or tokens[comma].text not in COMMA_TEXTS:
            return None
        n = self._name_length(tokens, comma + 1)
        end = comma + 1 + n
        if n < 2 or (nxt is not None and nxt.token_start < end):
            return None
        if any(t.is_arabic != tokens[comma - 1].is_arabic for t in tokens[comma + 1 : end]):
            return None
        closed = end == len(tokens) or tokens[end].text in COMMA_TEXTS or tokens[end].text in (".", "؛", ";")
        return end if closed else None

    def _name_length(self, tokens: Sequence[Token], start: int) -> int:
        n = 0
        while (
            n < MAX_NAME_TOKENS
            and start + n < len(tokens)
            and (self._name_like(tokens, start + n) or (n > 0 and tokens[start + n].norm in self.name_words))
        ):
            n += 1
        return n

    def _name_like(self, tokens: Sequence[Token], i: int) -> bool:
        tok = tokens[i]
        if tok.kind is not TokenKind.WORD:
            return False
        if tok.is_arabic:
            # a name is no common word under any reading (بالضرب، قرب) and no plural verb (أصيبوا)
            # a name the lexicon knows whole is read whole ("فيصل" is no ف + يصل)
            forms = (
                {tok.norm}
                if tok.norm in self.lexicon and tok.norm not in self.common
                else {r.form for r in tok.readings}
            )
            return (
                not (forms & self.common)
                and tok.norm not in FUNCTION_WORDS
                and tok.norm not in FORMER
                and len(tok.norm) > 1
                and not carries_plural_subject(tok.norm)
                and not (tok.norm.endswith(NUMBER_ENDINGS) and len(tok.norm) >= 6 and tok.norm[:-2] in self.common)
                # the accusative of a relational adjective, an adverb: "هاتفيا" (by phone), "عسكريا"
                and not (tok.norm.endswith("يا") and len(tok.norm) >= 5 and tok.norm[:-1] in self.common)
            )
        return tok.text[:1].isupper() and not tok.text.isupper() and tok.norm not in ("the", "of")

    # ------------------------------------------------------------------ resolution
    def _resolve(
        self, phrase: Phrase, text: str, tokens: Sequence[Token], index: int, day: str | None
    ) -> Mention | None:
        first = phrase.matches[0]
        start = tokens[phrase.name_start].start if phrase.name_start is not None else first.start
        end = tokens[phrase.token_end - 1].end if phrase.name_end is not None else phrase.matches[-1].end
        kinds = [m.entry for m in phrase.matches]
        person = next((e for e in kinds if e.kind == "person"), phrase.person)
        anchor = (
            _branch_anchor(kinds)
            or next((e for e in kinds if e.kind in ORG_ANCHORS), None)
            or next((e for e in kinds if e.kind in STATE_ANCHORS), None)
        )
        agents = [e for e in kinds if e.kind == "agent"]
        if agents and all(e.bound for e in agents) and (anchor is None or anchor.kind == "capital"):
            return None  # "الطيران" alone is aviation; with a nationality adjective, an air force
        if _civilians_in_body(phrase, tokens):
            agents = agents[1:]  # "متطوعين في الجيش", "volunteers in the army": the body's own people
        if anchor is not None and anchor.kind == "capital":
            reading = _capital_reading(tokens, first)
            if reading == "place":
                return None
            if reading == "country":  # "هاجموا مطار إسلام آباد": a place of the country, not its government
                anchor = self.dictionary.countries.get(anchor.country or anchor.code[:3], anchor)
        if anchor is not None and anchor.kind == "demonym" and not agents and person is None:
            noun = (
                len(phrase.matches) == 1
                and _accusative(tokens[first.token_start])
                and (first.token_start == 0 or not _accusative(tokens[first.token_start - 1]))
            )
            if not noun:
                return None  # "الحدود الباكستانية": an adjective, not an actor
            # an accusative nisba standing alone is a noun: "قتل مسلحون أميركيا" (an American)
            anchor = ActorEntry(anchor.id, "nationals", anchor.code, anchor.country, None, None, anchor.name)
        former = _former(tokens, phrase)
        if person is not None and former is not None and agents:
            # the text says the office is behind them ("former", "ousted"): one of the country's elites, whatever
            # the dictionary's dates say ("رئيس الوزراء السابق X" on a date within X's term)
            role = person.out_of_office(day)
        else:
            role = (
                (person.role_on(day) or _titled_role(person, agents, former) or person.out_of_office(day))
                if person
                else None
            )
        surface = text[start:end]
        if role is not None and person is not None:
            actor = _role_actor(role, person, surface, start, end)
        else:
            composed = self._composed(anchor, agents, surface, start, end)
            if composed is None:
                return None
            actor = composed
            if former is not None and actor.sector in OFFICIAL_SECTORS and actor.org is None:
                # "الرئيس الباكستاني السابق", "a former foreign minister": an elite, no longer an official
                code = f"{actor.country or ''}{ELITE}"
                actor = Actor(
                    code, actor.country, ELITE, None, actor.name, actor_id(actor.country, ELITE), surface, start, end
                )
            if person is not None or phrase.name_end is not None or phrase.name_start is not None:
                name = person.name if person else self._romanized(tokens, phrase)
                actor = Actor(
                    actor.code,
                    actor.country,
                    actor.sector,
                    actor.org,
                    name,
                    person.id if person else actor.id,
                    surface,
                    start,
                    end,
                )
        kind = (
            MentionKind.AGENT
            if anchor is None and person is None and actor.country is None and actor.org is None
            else MentionKind.ACTOR
        )
        return Mention(start, end, kind, actor.id, index, phrase.token_start, phrase.token_end, actor)

    def _composed(
        self, anchor: ActorEntry | None, agents: list[ActorEntry], surface: str, start: int, end: int
    ) -> Actor | None:
        sector = _head_sector(agents)
        if anchor is None:
            if sector is None:
                return None
            if sector == PEOPLE:
                return Actor(PEOPLE, None, None, None, None, f"agent:{PEOPLE}", surface, start, end)
            return Actor(sector, None, sector, None, None, f"agent:{sector}", surface, start, end)
        if sector == PEOPLE:
            sector = None  # "ثمانية أشخاص عراقيين", "two American men": the country's people, of no sector
        if anchor.kind in ORG_ANCHORS or anchor.code in NON_STATE:  # NON_STATE: "القوات الأجنبية" INTMIL
            if sector is not None and sector != "GOV" and anchor.sector is None:
                # an organisation's own forces or staff: "قوات حلف الأطلسي", "UN peacekeepers" -> IGO...MIL;
                # its officials (GOV titles) are the organisation itself
                return Actor(
                    f"{anchor.code}{sector}",
                    anchor.country,
                    sector,
                    anchor.org,
                    anchor.name,
                    f"{anchor.id}+{sector}",
                    surface,
                    start,
                    end,
                )
            if anchor.sector == "GOV" and anchor.country and sector not in (None, "GOV"):
                # a minister of a named government holds its sector there, as with a state's government: "وزير
                # الداخلية في حكومة إقليم كردستان" (IRQCOP), "the defence minister of the Catalan government"
                code = f"{anchor.country}{sector}"
                return Actor(
                    code, anchor.country, sector, anchor.org, anchor.name, actor_id(anchor.country, sector),
                    surface, start, end,
                )  # fmt: skip
            return Actor(
                anchor.code, anchor.country, anchor.sector, anchor.org, anchor.name, anchor.id, surface, start, end
            )
        country = anchor.country or anchor.code[:3]
        if sector is None:
            sector = anchor.sector
        code = f"{country}{sector or ''}"
        id_ = actor_id(country, sector)
        return Actor(code, country, sector, None, None if sector else anchor.name, id_, surface, start, end)

    def _romanized(self, tokens: Sequence[Token], phrase: Phrase) -> str | None:
        if phrase.name_start is not None:
            first, last = phrase.name_start, phrase.name_start
            if _honorific(tokens[first]):
                first = last = first + 1  # "الدكتور": no word of the name
            while last < min(len(tokens), phrase.matches[0].token_start) and tokens[last].kind is TokenKind.WORD:
                last += 1  # the name ends at the comma of the apposition, or at the title
        elif phrase.name_end is not None and phrase.name_from is not None:
            first, last = phrase.name_from, phrase.name_end
        else:
            return None
        words = [t.text for t in tokens[first:last]]
        if tokens[first].is_arabic:
            return self.romanize(" ".join(words)) if self.romanize else None
        return " ".join(words)


def actor_id(country: str | None, sector: str | None) -> str:
    """The id of an actor made of a state and a sector ("country:PAK+MIL"), or of a sector alone ("agent:ELI")."""
    if country is None:
        return f"agent:{sector}"
    return f"country:{country}" + (f"+{sector}" if sector else "")


def _state_after_name(phrase: Phrase, m: Match, tokens: Sequence[Token]) -> bool:
    """An English title and name followed by "of" and a state: "Sultan Omar of Oman", "President X of
    Egypt" are one actor of that state."""
    if phrase.name_end is None or phrase.person is not None or m.entry.kind != "country":
        return False
    if tokens[m.token_start].is_arabic or phrase.kinds(STATE_ANCHORS | ORG_ANCHORS):
        return False
    gap = tuple(t.norm for t in tokens[phrase.name_end : m.token_start])
    return gap in (("of",), ("of", "the"))


def _former(tokens: Sequence[Token], phrase: Phrase) -> int | None:
    """Where "former" stands for a title phrase: inside it, right after it (السابق) or, in English, right
    before it ("a former minister", "ex-president" as "ex - president")."""
    end = phrase.name_end if phrase.name_end is not None else phrase.matches[-1].token_end
    for k in range(phrase.token_start, min(end + 1, len(tokens))):
        if tokens[k].norm in FORMER and (k < end or tokens[k].is_arabic):
            return k
    k = phrase.token_start - 1
    while k >= 0 and tokens[k].norm in ("-", "‐"):
        k -= 1
    if k >= 0 and not tokens[k].is_arabic and tokens[k].norm in FORMER:
        return k
    return None


def _body(token: Token) -> bool:
    """A word for a body one is a member of (the army, a ministry), not for a strike or a raid one dies in."""
    return token.norm in BODIES or any(r.form in BODIES and r.prefix in ("", "ال") for r in token.readings)


def _names_a_body(m: Match, nxt: Match | None, tokens: Sequence[Token], arabic: bool) -> bool:
    """Whether match ``m`` starts the name of a body: an organisation or group, a body noun ("الجيش"), or in
    English a nationality right before one ("the Iraqi army")."""
    if m.entry.kind in ORG_ANCHORS or (m.entry.kind == "agent" and _body(tokens[m.token_start])):
        return True
    return (
        not arabic
        and m.entry.kind == "demonym"
        and nxt is not None
        and nxt.token_start == m.token_end
        and nxt.entry.kind == "agent"
        and _body(tokens[nxt.token_start])
    )


def _adjective_reading(m: Match, tokens: Sequence[Token]) -> Match:
    """A country name that is also a nationality adjective (سورية: Syria, and Syrian feminine) is the
    adjective with the article: "الحدود السورية" names no country."""
    if m.entry.kind != "country" or m.token_end != m.token_start + 1:
        return m
    demonym = next((e for e in m.alternatives if e.kind == "demonym"), None)
    if demonym is None or not tokens[m.token_start].is_arabic:
        return m
    token = tokens[m.token_start]
    if not normalize(token.text[m.start - token.start :]).startswith("ال"):
        return m
    return Match(demonym, m.token_start, m.token_end, m.start, m.end, m.alternatives)


def _foreign_person(phrase: Phrase, person: ActorEntry) -> bool:
    """A person the dictionary knows who served none of the states a title names: another actor."""
    states = {m.entry.country for m in phrase.matches if m.entry.country and m.entry.kind != "person"}
    served = {r.country for r in person.roles if r.country} | ({person.country} if person.country else set())
    return bool(states and served and not states & served)


def _countries(found: Sequence[Sequence[Match]]) -> frozenset[str]:
    """The countries a text names (countries, nationalities, capitals, national bodies): an Arabic bare last
    name is read as a person serving one of them ("وقال شارون" in a report that names Israel)."""
    return frozenset(m.entry.country for ms in found for m in ms if m.entry.country and m.entry.kind != "person")


#: English words that end a noun phrase or are no noun of kind between a nationality and its people
EN_NOT_MODIFIERS = frozenset(
    "and or of the a an to in on at by for with from said says who which that as than but was were is are has have "
    "had also".split()
)


def _noun_modifier(token: Token) -> bool:
    """An English lower-case word that may say what kind a group is ("paper" workers, "oil" workers): no
    function word and no verb form in -ed or -ing."""
    norm = token.norm
    return (
        token.kind is TokenKind.WORD
        and not token.is_arabic
        and token.text[:1].islower()
        and norm.isalpha()
        and norm not in EN_NOT_MODIFIERS
        and not norm.endswith(("ed", "ing"))
    )


def _accusative(token: Token) -> bool:
    """An Arabic indefinite accusative (tanwin alif): ضابطا، باكستانيا، مسؤولا."""
    norm = token.norm
    return token.is_arabic and len(norm) >= 4 and norm.endswith("ا") and not norm.endswith(("اا", "وا"))


#: participles of أشار (pointing out) spelt as the title مشير (marshal) with an ending, and what follows them
POINTING_OUT = frozenset(map(normalize, ["مشيرا", "مشيرة", "مشيرين", "مشيرتين", "مشيران"]))
POINTING_FOLLOWERS = frozenset(map(normalize, ["إلى", "الى", "أن", "ان"]))


def _participle(m: Match, tokens: Sequence[Token]) -> bool:
    """A title read off a participle of saying: "مشيرا إلى" is "pointing out", not a marshal (مشير)."""
    return (
        m.entry.kind == "agent"
        and tokens[m.token_end - 1].norm in POINTING_OUT
        and m.token_end < len(tokens)
        and tokens[m.token_end].norm in POINTING_FOLLOWERS
    )


#: "journalist" spelt as the adjective "press", and the nouns it describes as one: "مؤتمر صحفي" (a press
#: conference), "بيانا صحفيا", "تصريحات صحفية", "السكرتير الصحفي" (after a title: the press secretary)
PRESS_ADJECTIVES = frozenset(map(normalize, "صحفي صحفيا صحفية صحافي صحافيا صحافية".split()))
PRESS_NOUNS = frozenset(
    map(
        normalize,
        "مؤتمر مؤتمرا مؤتمرات بيان بيانا بيانات تصريح تصريحا تصريحات لقاء لقاءات حديث حديثا بلاغ بلاغا تقرير "
        "تقريرا تقارير مصادر مقابلة مقابلات تغطية عمل سبق نشاط مجال حرية جولة مكتب مركز مصدر نقابة سكرتير "
        "متحدث ناطق مستشار ملحق معلومات أوساط".split(),
    )
)


#: how an Arabic word with the article begins, after the clitics that may stand before it: "الوفد", "والوفد", "للوفد"
AR_ARTICLE_STARTS = ("ال", "وال", "فال", "بال", "كال", "لل", "ولل")


def _press_adjective(m: Match, tokens: Sequence[Token], after_title: frozenset[int]) -> bool:
    """A one-word "journalist" that describes the noun or title before it, as an adjective agreeing with it in
    definiteness: "press" in "مؤتمر صحفي" and "المؤتمر الصحفي", not in "اعتقلت الشرطة صحفية"."""
    if m.entry.kind != "agent" or m.token_end != m.token_start + 1 or m.token_start == 0:
        return False
    token = tokens[m.token_start]
    word = normalize(token.text[m.start - token.start :])
    if word.removeprefix("ال") not in PRESS_ADJECTIVES:
        return False
    prev = tokens[m.token_start - 1]
    if word.endswith("ا") and not prev.norm.endswith("ا"):
        return False  # an accusative agrees with no nominative: "خطف مسلحون صحفيا" (a journalist)
    if prev.norm.endswith(("ون", "ين")) and not word.endswith(("ون", "ين", "يه")):
        return False  # nor a masculine singular with a sound plural of people: "مسلحون صحفي"
    nouns = [r for r in prev.readings if r.form.removeprefix("ال") in PRESS_NOUNS]
    # the noun is definite with the article or a possessive pronoun ("مؤتمره الصحفي")
    article = prev.norm.startswith(AR_ARTICLE_STARTS)
    definite = article or any(r.suffix not in ("", "ا") for r in nouns)
    return definite == word.startswith("ال") and (m.token_start in after_title or bool(nouns))


#: religious communities that describe a group of people as an adjective would: "الحجاج الشيعة", "المصلين
#: السنة", "مسلحين شيعة"
SECTS = frozenset(
    map(
        normalize,
        "شيعة سنة دروز علويين علويون مسيحيين مسيحيون أقباط كلدان آشوريين آشوريون يزيديين يزيديون إيزيديين "
        "إيزيديون ايزيديين أيزيديين يهود بهائيين بهائيون أحمديين".split(),
    )
)


def _sect_adjective(m: Match, before: Match, tokens: Sequence[Token]) -> bool:
    """A sect's name right after a group of people that it describes, agreeing with it in definiteness and,
    for sound plurals, in case: "الزوار الشيعة" are one group, Shia pilgrims; "هاجم مسلحون المسيحيين" is two."""
    if m.entry.kind != "agent" or before.entry.kind != "agent" or before.token_end != m.token_start:
        return False
    if m.token_end != m.token_start + 1 or not tokens[m.token_start].is_arabic:
        return False
    word, head = tokens[m.token_start].norm, tokens[m.token_start - 1].norm
    if word.removeprefix("ال") not in SECTS or word.startswith("ال") != head.startswith("ال"):
        return False
    cases = ("ون", "ين")
    return not (word.endswith(cases) and head.endswith(cases) and word[-2:] != head[-2:])


#: "a patrol" (دورية) spelt as the adjective "periodic"
PERIODIC_ADJECTIVES = frozenset(map(normalize, ["دورية", "الدورية"]))
#: plurals of things with no -ات that "periodic" describes: "تقارير دورية", "قمم دورية"
PERIODIC_BROKEN_PLURALS = frozenset(map(normalize, ["تقارير", "قمم", "فحوص", "دروس", "مواعيد"]))


def _periodic_adjective(m: Match, tokens: Sequence[Token]) -> bool:
    """ "دورية" (a patrol) that is the adjective "periodic", describing the noun before it, or a periodical
    named after it in quotation marks. An adjective agrees with its noun: definite after a definite noun
    ("الرئاسة الدورية", "القمة الدورية"), indefinite after an indefinite feminine noun or plural of things
    ("زيارة دورية", "اجتماعات دورية", "تقارير دورية").
    After a verb, a preposition or a noun in construct it is the patrol: "استهدفت دورية", "على الدورية",
    "بدورية", "مرور دورية", "عناصر الدورية"; so too after a noun and its adjective, as the object after a
    subject: "استهدفت سيارة مفخخة دورية"."""
    if m.entry.kind != "agent" or m.token_end != m.token_start + 1 or m.token_start == 0:
        return False
    token, prev = tokens[m.token_start], tokens[m.token_start - 1]
    if token.norm not in PERIODIC_ADJECTIVES:
        return False
    if m.token_end < len(tokens) and tokens[m.token_end].text in ("«", "“", '"'):
        return True  # a periodical and its name: "نشرت دورية «فورين أفيرز» مقالا"
    if not prev.is_arabic or prev.norm in FUNCTION_WORDS:
        return False
    definite = prev.norm.startswith(AR_ARTICLE_STARTS)
    if token.norm.startswith("ال"):
        return definite
    if definite or not (prev.norm.endswith(("ه", "ات")) or prev.norm in PERIODIC_BROKEN_PLURALS):
        return False
    noun = tokens[m.token_start - 2] if m.token_start > 1 else None
    return not (noun is not None and noun.is_arabic and _indefinite_feminine(noun) and prev.norm.endswith("ه"))


#: "a brigade" or "a major general" (لواء) that is a banner: "تحت لواء التحالف" is "under the coalition's banner"
BANNERS = frozenset(map(normalize, ["لواء", "راية"]))
UNDER = frozenset(map(normalize, ["تحت", "وتحت"]))


def _banner(m: Match, tokens: Sequence[Token]) -> bool:
    """ "لواء" after "تحت": the banner people gather under, no brigade or officer."""
    if m.entry.kind != "agent" or m.token_start == 0 or tokens[m.token_start - 1].norm not in UNDER:
        return False
    return tokens[m.token_start].norm in BANNERS


def _indefinite_feminine(token: Token) -> bool:
    """An Arabic word with no article ending as a feminine noun or a plural of things: "سيارة", "عبوات"."""
    return (
        token.norm not in FUNCTION_WORDS
        and not token.norm.startswith(AR_ARTICLE_STARTS)
        and token.norm.endswith(("ه", "ات"))
    )


#: sectors whose members a state owns: its troops, police, officials, agents
OWNED_SECTORS = frozenset({"MIL", "COP", "GOV", "SPY"})


def _owned(mentions: list[Mention], tokens: Sequence[Token]) -> list[Mention]:
    """Forces or staff with a possessive pronoun take the state of the actor named right before them in the
    sentence, whom the pronoun refers to: "قال الجيش الأميركي إن جنوده قتلوا" (the US army's soldiers),
    "أعلنت تركيا أن قواتها قصفت" (Turkey's forces), "Turkey said its troops shelled" (Turkey's)."""
    out: list[Mention] = []
    state: str | None = None
    for m in mentions:
        a = m.actor
        if a is not None and a.country is None and a.org is None and a.sector in OWNED_SECTORS and state is not None:
            tok = tokens[m.token_end - 1]
            before = tokens[m.token_start - 1].norm if m.token_start > 0 else ""
            arabic = tok.is_arabic and m.end < tok.end and normalize(tok.text[m.end - tok.start :]) in THIRD_PERSON
            if arabic or (not tok.is_arabic and before in POSSESSIVES):  # "CENTCOM said its forces killed"
                actor = replace(a, code=f"{state}{a.sector}", country=state, id=actor_id(state, a.sector))
                m = replace(m, kind=MentionKind.ACTOR, entry_id=actor.id, actor=actor)
        if m.actor is not None:
            state = m.actor.country  # the pronoun refers to the actor named last: "السلطات ... قواتها" to none
        out.append(m)
    return out


#: Arabic plural heads of bodies of people, too short or broken for ``_plural`` ("قوات الأمن", "عناصر الشرطة")
GROUP_HEADS = frozenset(
    normalize(w) for w in "قوات عناصر رجال أفراد وحدات فرق كتائب ألوية أجهزة سلطات مصادر أوساط جنود ضباط قادة".split()
)


def _group_head(token: Token) -> bool:
    """An Arabic plural at the head of a title: a body of people, which no personal name follows."""
    return token.is_arabic and (_plural(token) or any(r.form in GROUP_HEADS for r in token.readings))


def _nation(phrase: Phrase) -> str | None:
    """The country of a phrase that is one nationality adjective or country name and nothing else."""
    if len(phrase.matches) != 1 or phrase.name_end is not None or phrase.name_start is not None:
        return None
    entry = phrase.matches[0].entry
    return (entry.country or entry.code[:3]) if entry.kind in ("demonym", "nationals", "country") else None


def _shared_head(
    first: tuple[Phrase, Mention | None],
    second: tuple[Phrase, Mention | None],
    tokens: Sequence[Token],
    text: str,
    index: int,
) -> Mention | None:
    """Two nationalities sharing one head noun: the English head after the second ("US and British troops",
    "American and Iraqi troops": the first nationality's mention made again with the head's sector), the
    Arabic head before the first ("القوات الأمريكية والبريطانية": the second adjective's mention)."""
    (p1, m1), (p2, m2) = first, second
    if tokens[p2.token_start].is_arabic:
        nation = _nation(p2)
        head = m1.actor if m1 is not None else None
        if nation is None or head is None or head.sector is None or head.org is not None or not head.country:
            return None
        tok, prev = tokens[p2.token_start], tokens[p1.token_end - 1]
        # the adjective is joined by و and agrees with the head's last word in definiteness
        if p2.token_start != p1.token_end or not tok.norm.startswith("و"):
            return None
        if prev.norm.startswith("ال") != tok.norm[1:].startswith("ال"):
            return None
        if nation == head.country:
            return None
        m = p2.matches[0]
        start, end = m.start, m.end
    else:
        nation = _nation(p1)
        adjective = p1.matches[0].entry.kind == "demonym" or text[p1.matches[0].start : p1.matches[0].end].isupper()
        if not adjective:
            return None  # "Iran and Syrian officials": the state and the officials; "US and British troops": one head
        head = m2.actor if m2 is not None else None
        gap = [t.norm for t in tokens[p1.token_end : p2.token_start]]
        if (
            nation is None
            or head is None
            or head.sector is None
            or head.org is not None
            or gap != ["and"]
            or p2.matches[0].entry.kind not in ("demonym", "country")
            or nation == head.country
        ):
            return None
        start, end = p1.matches[0].start, p1.matches[0].end
        tok = tokens[p1.token_start]
    sector = head.sector
    actor = Actor(
        f"{nation}{sector}", nation, sector, None, None, actor_id(nation, sector), text[start:end], start, end
    )
    t0 = p2.token_start if tok.is_arabic else p1.token_start
    t1 = p2.token_end if tok.is_arabic else p1.token_end
    return Mention(start, end, MentionKind.ACTOR, actor.id, index, t0, t1, actor)


#: Arabic nouns of bodies that carry a proper name of their own before their nationality ("حزب الغد المصري")
NAMED_BODIES = frozenset(
    normalize(w)
    for w in "حزب شركة صحيفة جريدة مجلة حركة جمعية منظمة هيئة اتحاد نقابة جماعة تيار جبهة قناة وكالة مؤسسة".split()
)


def _named_body(head: Token, name: Sequence[Token], adjective: Token) -> bool:
    """Whether ``name`` (one to three definite words, maybe in quotation marks) is the proper name of the body
    that ``head`` names, with ``adjective`` its nationality, agreeing with the head in gender."""
    words = [t for t in name if t.text not in QUOTES]
    return (
        # the head is in construct with its name, so without the article: "الحزب القصف التركي" is the party
        # and the Turkish shelling
        any(r.form in NAMED_BODIES and not r.suffix and not normalize(r.prefix).endswith("ال") for r in head.readings)
        and not head.norm.startswith("ال")
        and 0 < len(words) <= 3
        and all(t.is_arabic and t.norm.startswith("ال") for t in words)
        and adjective.norm.startswith("ال")
        and head.norm.endswith("ه") == adjective.norm.endswith("ه")
    )


def _sound_plural(token: Token) -> bool:
    norm = token.norm
    return token.is_arabic and len(norm) >= 5 and norm.endswith(("ون", "ين"))


def _plural(token: Token) -> bool:
    """A sound plural or dual (متظاهرون، مسؤولين، جنديان) or an English plural (officials)."""
    norm = token.norm
    if token.is_arabic:
        return norm.endswith(("ون", "ين", "ات", "ان")) and len(norm) >= 5
    return norm.endswith("s") and not norm.endswith(("ss", "us", "is"))


def same_plural(a: str, b: str) -> bool:
    """Two Arabic sound plurals in the same case: "المتظاهرون المعارضون", "المسلحين المجهولين"."""
    return any(a.endswith(e) and b.endswith(e) for e in ("ون", "ين", "ات"))


def _nisba(word: str, definite: bool) -> bool:
    """An Arabic relational adjective (أمنية، عسكرية، الخاصة) as definite as the word it agrees with."""
    if word.startswith("ال") != definite or len(word) < 4:
        return False
    return word.endswith(("يه", "يون", "يين")) or (word.endswith("ي") and not word.endswith("وي"))


def _civilians_in_body(phrase: Phrase, tokens: Sequence[Token]) -> bool:
    """A phrase of civilians (volunteers, residents) who are members of a body ("في الجيش", "in the police")."""
    if len(phrase.matches) < 2:
        return False
    first, nxt = phrase.matches[0], phrase.matches[1]
    # English puts the nationality between: "volunteers in the Kenyan police"
    body = next((m for m in phrase.matches[1:3] if m.entry.kind != "demonym"), None)
    gap = tuple(t.norm for t in tokens[first.token_end : nxt.token_start])
    return (
        first.entry.kind == "agent"
        and first.entry.sector == "CVL"
        and body is not None
        and body.entry.kind == "agent"
        and gap in LOCATED_JOINERS
        and _body(tokens[body.token_start])
    )


def _agrees(noun: str, adjective: str) -> bool:
    """An Arabic relational adjective (مسيحي، أجنبي) in the case, number and definiteness of the noun before
    it: "عاملا أجنبيا" (أجانب in "صحفيين أجانب" is a broken plural, no nisba)."""
    if noun.startswith("ال") != adjective.startswith("ال") or len(adjective) < 4:
        return False
    if noun.endswith("ين"):
        return adjective.endswith("يين")
    if noun.endswith("ون"):
        return adjective.endswith("يون")
    if noun.endswith("ا") and not noun.startswith("ال"):
        return adjective.endswith("يا")
    return adjective.endswith(("ي", "يه")) and not adjective.endswith("وي")


def _national_branch(phrase: Phrase, m: Match, core: tuple[str, ...], tokens: Sequence[Token]) -> bool:
    """A movement of no country and a state that owns it, side by side, name the movement's branch in that
    state: "Egypt's Muslim Brotherhood", "the Jordanian Muslim Brotherhood" (the state first, in English, as
    a possessive or an adjective), "جماعة الإخوان المسلمين الأردنية" (the nationality adjective after it,
    in Arabic, singular: "هاجم التنظيم السوريين" is an act on Syrians). A place after a preposition ("الإخوان
    في مصر", "ISIS in Syria") is where, not whose."""
    if len(phrase.matches) != 1:
        return False
    first = phrase.matches[0].entry
    if tokens[m.token_start].is_arabic:
        adjective = tokens[m.token_end - 1].norm
        singular = not adjective.endswith(NUMBER_ENDINGS) and not _accusative(tokens[m.token_end - 1])
        group, state, joined = first, m.entry, not core and m.entry.kind == "demonym" and singular
    else:
        group, state = m.entry, first
        joined = (core == ("'s",) and state.kind == "country") or (not core and state.kind == "demonym")
    # a people ("Iraqi Kurds") has no sector and no branches: its members in a state are that state's
    return (
        joined
        and group.kind == "group"
        and group.country is None
        and group.sector is not None
        and bool(state.country or state.code)
    )


def _branch_anchor(entries: list[ActorEntry]) -> ActorEntry | None:
    """The branch a phrase of a movement of no country and a state names (see ``_national_branch``)."""
    group = next((e for e in entries if e.kind == "group" and e.country is None and e.sector is not None), None)
    state = next((e for e in entries if e.kind in STATE_ANCHORS), None)
    if group is None or state is None:
        return None
    country = state.country or state.code[:3]
    return replace(group, code=f"{country}{group.sector or ''}", country=country, id=f"{group.id}+{country}")


def _head_sector(agents: list[ActorEntry]) -> str | None:
    """The most specific sector of a title chain: the first that is not plain government, else GOV.
    Armed forces in general yield to a more specific force: "قوات الدرك" and "police forces" are police,
    "قوات المتمردين" rebels."""
    sectors = [a.sector for a in agents if a.sector]
    if len(sectors) > 1:
        sectors = [s for s in sectors if s != PEOPLE] or sectors  # "رجال الأمن": the kind, not the people
    specific = [s for s in sectors if s != "GOV"]
    return next((s for s in specific if s != "MIL"), specific[0] if specific else sectors[0] if sectors else None)


def _titled_role(person: ActorEntry, agents: list[ActorEntry], former: int | None) -> Role | None:
    """The role of a person out of office on the date that the text's own title names: "the Russian
    president Boris Yeltsin" in an undated or older report is the president he was then, not today's elite. The
    latest of their roles in the title's sector; none for a former one ("the former president")."""
    sector = _head_sector(agents) if agents and former is None else None
    return next((r for r in reversed(person.roles) if sector is not None and r.sector == sector), None)


def _role_actor(role: Role, person: ActorEntry, surface: str, start: int, end: int) -> Actor:
    return Actor(role.code, role.country, role.sector, role.org, person.name, person.id, surface, start, end)


#: "counterpart": نظير، نظيرة (نظيره after normalisation), the dual's construct نظيري, نظراء; with a pronoun
COUNTERPARTS = frozenset({"نظير", "نظيره", "نظيري", "نظراء"})
EN_COUNTERPARTS = frozenset({"counterpart", "counterparts"})


def _counterpart(token: Token) -> bool:
    if not token.is_arabic:
        return token.norm in EN_COUNTERPARTS
    return any(
        r.form in COUNTERPARTS and r.suffix in ("ه", "ها", "هم", "هما") and r.prefix in ("", "و", "ل", "ب", "ول", "وب")
        for r in token.readings
    )


#: English role nouns that are also adjectives, and the nouns they describe as one: "an official visit"
#: English agent words that are adjectives before the nouns they describe: "arrived on an official visit",
#: "joint military exercises" name no official and no army
EN_ADJECTIVE_AGENTS: dict[str, frozenset[str]] = {
    "official": frozenset(
        "visit visits trip trips tour talks statement statements figures figure data results media news agency "
        "website account ceremony reception welcome language version count toll estimate estimates report letter "
        "invitation capacity business duties residence car documents channels".split()
    ),
    "military": frozenset(
        "exercise exercises drill drills maneuvers manoeuvres operation operations aid assistance cooperation ties "
        "relations action intervention campaign offensive presence equipment hardware spending budget pact "
        "agreement deal buildup build-up option options solution training parade capabilities".split()
    ),
}


def _english_adjective(m: Match, tokens: Sequence[Token]) -> bool:
    """ "official" or "military" before a noun it describes is no actor: "arrived on an official visit"."""
    if m.token_end - m.token_start != 1 or m.token_end >= len(tokens) or tokens[m.token_start].is_arabic:
        return False
    return tokens[m.token_end].norm in EN_ADJECTIVE_AGENTS.get(tokens[m.token_start].norm, frozenset())


#: "نائب" is a member of parliament, or in construct before a definite noun a deputy: "نائب المدير العام"
DEPUTY_WORDS = frozenset(map(normalize, ["نائب", "نائبة"]))


def _deputy_of(m: Match, tokens: Sequence[Token], demonyms: Mapping[str, str]) -> bool:
    """An MP's title that is a deputy's: "نائب" (no article) in construct with a definite noun that is no
    nationality adjective ("نائب المدير العام للشركة", "نائب القائد العام"; not "نائب كويتي", "النائب الكويتي")."""
    if m.entry.kind != "agent" or m.token_end - m.token_start != 1 or m.token_end >= len(tokens):
        return False
    word, nxt = tokens[m.token_start], tokens[m.token_end]
    if not word.is_arabic or word.norm.lstrip("وف") not in DEPUTY_WORDS or not nxt.is_arabic:
        return False
    return nxt.norm.startswith("ال") and nxt.norm[2:] not in demonyms


def _honorific(token: Token) -> bool:
    """An Arabic honorific, bare or after a conjunction: "الدكتور", "والسيد"."""
    norm = token.norm
    return token.is_arabic and (norm in AR_HONORIFICS or (norm[:1] in ("و", "ف") and norm[1:] in AR_HONORIFICS))


def _capital_reading(tokens: Sequence[Token], m: Match) -> str:
    """How a capital's name is read: "place" after a locative, directly or across nouns of a city's
    parts (ببغداد، شمال دمشق، في شوارع بغداد، بمطار بيروت، in the streets of Baghdad); "country" as the
    name of a place of that country (هاجموا مطار إسلام آباد، attacked Kabul airport); else "government"."""
    if _after_locative(tokens, m.token_start, m.start):
        return "place"
    k = m.token_start - 1
    head = m.token_end < len(tokens) and not tokens[m.token_end].is_arabic and tokens[m.token_end].norm in PLACE_HEADS
    while k >= 0 and (_head_form(tokens[k]) or (not tokens[k].is_arabic and tokens[k].norm in _EN_LINKS)):
        if _head_form(tokens[k]):
            head = True
            if _after_locative(tokens, k, None):  # بمطار بيروت
                return "place"
        k -= 1
    if head and k >= 0 and tokens[k].norm in LOCATIVES:
        return "place"
    return "country" if head else "government"


def _head_form(token: Token) -> bool:
    return token.norm in PLACE_HEADS or (token.is_arabic and bool({r.form for r in token.readings} & PLACE_HEADS))


def _after_locative(tokens: Sequence[Token], i: int, start: int | None) -> bool:
    """Token ``i`` (read from ``start``, where a match begins inside it) carries a clitic preposition
    (ببغداد، لبيروت) or follows a locative word (في، شمال، in, near)."""
    tok = tokens[i]
    if tok.is_arabic:
        if start is not None:
            clitic = normalize(tok.text[: start - tok.start])
        else:
            clitic = next((r.prefix for r in tok.readings if r.form in PLACE_HEADS), "")
        if clitic.lstrip("وف")[:1] in ("ب", "ل"):
            return True
    if i == 0:
        return False
    prev = tokens[i - 1]
    # with its conjunction: "وفي لندن", "وقرب بغداد"
    return prev.norm in LOCATIVES or (prev.is_arabic and prev.norm[:1] in "وف" and prev.norm[1:] in LOCATIVES)


def _back_reference(phrase: Phrase, text: str, index: int, compound: Sequence[Actor]) -> list[Mention]:
    """One mention per member of the last compound actor, all on the reference's words."""
    m = phrase.matches[0]
    surface = text[m.start : m.end]
    return [
        Mention(
            m.start,
            m.end,
            MentionKind.ACTOR,
            a.id,
            index,
            m.token_start,
            m.token_end,
            Actor(a.code, a.country, a.sector, a.org, a.name, a.id, surface, m.start, m.end),
        )
        for a in compound
    ]
