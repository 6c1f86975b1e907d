"""Groups placed in a country: "شرطيون في مدينة الرمادي", "مسلحون قرب مدينة حلب", "police in Basra".

A group of no stated country (police, residents, gunmen, students) followed in its noun phrase by a
place it is in belongs to the place's country. The recogniser already joins "X in COUNTRY" into one
phrase; this step, which needs the gazetteer, reads the cities, towns and landmarks after a group.
As there, armed forces and governments are left alone, troops in a city are often foreign ones, but not
their installations (a barracks in a city is the city's state's).

A named office holder of no stated country ("النائب سمير داود") belongs to the only country that
the sentence names, by an actor or a place.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from marsad.actors.recognizer import LOCATED_SECTORS, PEOPLE, SECTS, _nisba, _sound_plural, actor_id
from marsad.geo.gazetteer import (
    AR_DIRECTIONS,
    AR_LOCATIVES,
    AR_LOCATIVES_BEFORE_MIN,
    AR_PLACE_PREPOSITIONS,
    EN_LOCATIVES,
    Gazetteer,
    PlaceMatch,
    introductions,
    resolve,
)
from marsad.lang.normalize import normalize
from marsad.model import Actor, Mention, MentionKind, Sentence, Token, TokenKind

LOCATIVE_WORDS = AR_LOCATIVES | AR_LOCATIVES_BEFORE_MIN | EN_LOCATIVES | AR_DIRECTIONS
#: facilities named after their city ("جامعة الموصل", "مستشفى كركوك"): a group near one is in that city
FACILITIES = frozenset(
    map(
        normalize,
        "جامعة مستشفى مسجد جامع كنيسة مدرسة فندق جسر مطار ميناء سجن مخيم معبر سوق ملعب محطة مصفاة قلعة".split(),
    )
)
#: a number of places of no name: "في عدة قرى", "في ثلاث مناطق"
SOME = frozenset(
    map(
        normalize,
        "عدة بضع بضعة ثلاث ثلاثة أربع أربعة خمس خمسة ست ستة سبع سبعة ثماني ثمانية تسع تسعة عشر عشرة".split(),
    )
)
#: words that may stand between a group and its place: "ثلاثة شرطيين آخرين في ..."
OTHERS = frozenset(map(normalize, ["آخرين", "آخرون", "آخر", "أخرى", "other", "others"]))


def place_groups(
    mentions: Sequence[Mention],
    sentences: Sequence[Sentence],
    gazetteer: Gazetteer,
    lang: str | None,
    demonyms: Mapping[str, str] | None = None,
    text: str | None = None,
) -> list[Mention]:
    """``mentions`` with the groups of no country that a place in their phrase puts in one, and (given the
    document's ``text``) the Arabic settlements named as what an act was done to."""
    by_sentence = {s.index: s for s in sentences}
    context = {m.actor.country for m in mentions if m.actor is not None and m.actor.country}
    places: dict[int, tuple[list[PlaceMatch], dict[PlaceMatch, int]]] = {}
    out: list[Mention] = []
    for m in mentions:
        sentence = by_sentence.get(m.sentence_index)
        if sentence is None or not _placeable(m, sentence.tokens) or not _locative_after(sentence.tokens, m.token_end):
            out.append(m)
            continue
        matches, introduced = _sentence_places(places, sentence, gazetteer, lang)
        country = _country_after(sentence.tokens, m.token_end, matches, introduced, context) or _described_country(
            sentence.tokens, m.token_end, demonyms or {}
        )
        out.append(_in_country(m, country) if country else m)
    out = _city_offices(out, by_sentence, gazetteer, context, text)
    out = [_official_in_country(m, out, by_sentence, gazetteer, lang, places, context) for m in out]
    out = _other_states_cities(out, by_sentence, gazetteer, lang, places)
    if lang == "ar" and text is not None:
        out = _with_named_places(out, sentences, gazetteer, places, context, text)
    return out


def _sentence_places(
    places: dict[int, tuple[list[PlaceMatch], dict[PlaceMatch, int]]],
    sentence: Sentence,
    gazetteer: Gazetteer,
    lang: str | None,
) -> tuple[list[PlaceMatch], dict[PlaceMatch, int]]:
    """The place names of ``sentence`` and the word introducing each, asked of the gazetteer once per sentence
    and kept in ``places`` for the other steps."""
    if sentence.index not in places:
        matches = gazetteer.matches(sentence.tokens)
        places[sentence.index] = (matches, introductions(sentence.tokens, matches, lang)[0])
    return places[sentence.index]


def _city_offices(
    mentions: list[Mention],
    by_sentence: Mapping[int, Sentence],
    gazetteer: Gazetteer,
    context: Iterable[str],
    text: str | None,
) -> list[Mention]:
    """An office, force or group of no stated country that a city or region owns: "محافظ البصرة", "قائد شرطة
    الفلوجة", "the governor of Basra", "Kirkuk police". Unlike a place after a locative ("القوات الأمريكية
    في بغداد"), a possessor says whose the office is: the place's country, for every sector. Arabic puts
    the place in construct right after an indefinite head (no article, no clitic on the place); English
    after "of" or right before the head. The mention takes in the place's name: it is the evidence."""
    out: list[Mention] = []
    for m in mentions:
        a = m.actor
        sentence = by_sentence.get(m.sentence_index)
        if (
            a is None
            or sentence is None
            or m.kind is not MentionKind.AGENT
            or a.country is not None
            or a.org is not None
        ):
            out.append(m)
            continue
        tokens = sentence.tokens
        place = next((p for p in _owner_slots(gazetteer, m, tokens) if p is not None and _owns(p, m, tokens)), None)
        country = resolve(place.candidates, context).country if place is not None else None
        if place is None or country is None or place.candidates[0].kind == "country":
            out.append(m)  # a state's own name is an anchor of the recogniser's, not a place here
            continue
        placed = _in_country(m, country)
        if text is not None and placed.actor is not None:
            start, end = min(m.start, place.start), max(m.end, place.end)
            actor = replace(placed.actor, text=text[start:end], start=start, end=end)
            placed = replace(
                placed, start=start, end=end, actor=actor,
                token_start=min(m.token_start, place.token_start), token_end=max(m.token_end, place.token_end),
            )  # fmt: skip
        out.append(placed)
    return out


def _owner_slots(gazetteer: Gazetteer, m: Mention, tokens: Sequence[Token]) -> Iterable[PlaceMatch | None]:
    """The place names that could own mention ``m``, asked of the gazetteer where they would stand only: right
    after an Arabic head with no article; after "of", or ending right before the head, in English."""
    head = tokens[m.token_end - 1]
    if head.is_arabic:
        if not _definite(head) and m.token_end < len(tokens):
            yield gazetteer.match_at(tokens, m.token_end)
        return
    if m.token_end + 1 < len(tokens) and tokens[m.token_end].norm == "of":
        yield gazetteer.match_at(tokens, m.token_end + 1)
    if m.token_start > 0 and tokens[m.token_start - 1].text[:1].isupper():
        for j in range(max(0, m.token_start - MAX_OWNER_WORDS), m.token_start):
            yield gazetteer.match_at(tokens, j)


#: the most words of a city name before the head it owns: "Rio de Janeiro police"
MAX_OWNER_WORDS = 4


def _owns(place: PlaceMatch, m: Mention, tokens: Sequence[Token]) -> bool:
    if place.weak:
        return False
    head = tokens[m.token_end - 1]
    if head.is_arabic:
        return place.token_start == m.token_end and not place.prefix and not _definite(head)
    after_of = place.token_start == m.token_end + 1 and tokens[m.token_end].norm == "of"
    return after_of or place.token_end == m.token_start


#: the entry id prefix of a named settlement's mention: an actor only as what an act was done to
SETTLEMENT = "settlement:"
#: nouns of settlements and facilities that name a place in construct ("قرية الخضر", "مستوطنة سديروت")
SETTLEMENT_HEADS = frozenset(
    map(
        normalize,
        "مدينة مدن بلدة بلدات قرية قرى مستوطنة مستوطنات مخيم مخيمات منطقة مناطق محافظة إقليم ولاية حي أحياء "
        "ضاحية مطار ميناء سوق".split(),
    )
)


def _with_named_places(
    mentions: list[Mention],
    sentences: Sequence[Sentence],
    gazetteer: Gazetteer,
    places: dict[int, tuple[list[PlaceMatch], dict[PlaceMatch, int]]],
    context: Iterable[str],
    text: str,
) -> list[Mention]:
    """A town, village or facility named as what an act was done to, not where ("قصفت الطائرات قرية X",
    "هجوم على مستوطنة X"): its country, as PETRARCH's dictionaries code a country's cities. The place is in
    construct with a noun of settlement before it, and no locative word (في، قرب، إلى) or clitic ب/ل
    introduces that noun."""
    taken = {(m.sentence_index, k) for m in mentions if m.actor is not None for k in range(m.token_start, m.token_end)}
    ending = {(m.sentence_index, m.token_end): n for n, m in enumerate(mentions) if m.actor is not None}
    mentions = list(mentions)
    extra: list[Mention] = []
    for sentence in sentences:
        tokens = sentence.tokens
        if not any(_settlement_head(tok) for tok in tokens):
            continue  # the gazetteer is asked only where a noun of settlement stands
        for match in _sentence_places(places, sentence, gazetteer, "ar")[0]:
            head = match.token_start - 1
            if (
                match.weak
                or head < 0
                or (sentence.index, head) in taken
                or (sentence.index, match.token_start) in taken
                or not _settlement_head(tokens[head])
                or (head > 0 and tokens[head - 1].norm in LOCATIVE_WORDS | AR_PLACE_PREPOSITIONS)
            ):
                continue
            place = resolve(match.candidates, context)
            if place.country is None or place.kind == "country":
                continue
            owner = ending.get((sentence.index, head))
            if owner is not None and not _definite(tokens[head - 1]) and not _sound_plural(tokens[head - 1]):
                # a genitive: "سكان بلدة تلعفر" are the town's residents, "قوات مخيم X" are no town's act
                if _placeable(mentions[owner], tokens):
                    mentions[owner] = _in_country(mentions[owner], place.country)
                continue
            start = tokens[head].start + len(_clitics(tokens[head]))
            actor = Actor(
                place.country, place.country, None, None, place.name, actor_id(place.country, None),
                text[start : match.end], start, match.end,
            )  # fmt: skip
            extra.append(
                Mention(
                    start, match.end, MentionKind.ACTOR, f"{SETTLEMENT}{place.name}", sentence.index, head,
                    match.token_end, actor,
                )
            )  # fmt: skip
    if not extra:
        return mentions
    return sorted([*mentions, *extra], key=lambda m: (m.sentence_index, m.start))


def _settlement_head(token: Token) -> bool:
    """A noun of settlement with no clitic preposition (بقرية، لمدينة are introduced) and no article."""
    return token.is_arabic and any(
        r.form in SETTLEMENT_HEADS and not r.suffix and r.prefix.lstrip("وف") == "" for r in token.readings
    )


def _clitics(token: Token) -> str:
    return next((r.prefix for r in token.readings if r.form in SETTLEMENT_HEADS), "")


def _other_states_cities(
    mentions: list[Mention],
    by_sentence: Mapping[int, Sentence],
    gazetteer: Gazetteer,
    lang: str | None,
    places: dict[int, tuple[list[PlaceMatch], dict[PlaceMatch, int]]],
) -> list[Mention]:
    """Drop a capital read as its state's government where the document places the name in another state:
    "The Lebanese president visited Tripoli" is Lebanon's Tripoli, not Libya's government. The other state
    must be named by another actor of the document and have a city of that name."""
    out: list[Mention] = []
    named = Counter(o.actor.country for o in mentions if o.actor is not None and o.actor.country)
    for m in mentions:
        a = m.actor
        sentence = by_sentence.get(m.sentence_index)
        if (
            a is None
            or a.country is None
            or a.org is not None
            or a.sector != "GOV"
            or m.token_end - m.token_start > 2  # a capital's name, not a title: "Tripoli", "طرابلس"
            or sentence is None
            or m.kind is not MentionKind.ACTOR
            or not named.keys() - {a.country}  # no other state named: the gazetteer need not be asked
        ):
            out.append(m)
            continue
        same = next(
            (
                p
                for p in _sentence_places(places, sentence, gazetteer, lang)[0]
                if (p.token_start, p.token_end) == (m.token_start, m.token_end)
            ),
            None,
        )
        others = {c for c, n in named.items() if n > (1 if c == a.country else 0)}  # named by other mentions
        if same is not None and a.country not in others:
            place = resolve(same.candidates, others)
            if place.country is not None and place.country != a.country and place.country in others:
                continue  # a city of a state the document names, not another state's capital
        out.append(m)
    return out


#: sectors of office holders: a named one of no stated country belongs to the sentence's only country
OFFICE_SECTORS = frozenset({"GOV", "LEG", "JUD", "ELI", "MIL", "COP", "SPY", "OPP", "PTY"})


def _official_in_country(
    m: Mention,
    mentions: Sequence[Mention],
    by_sentence: Mapping[int, Sentence],
    gazetteer: Gazetteer,
    lang: str | None,
    places: dict[int, tuple[list[PlaceMatch], dict[PlaceMatch, int]]],
    context: Iterable[str],
) -> Mention:
    """A named office holder of no stated country ("النائب سمير داود", "President Paul Dimba") in the
    only country that the sentence names, by an actor of that country or a place in it ("... في بيروت");
    with two countries or none the office stays without one."""
    a = m.actor
    sentence = by_sentence.get(m.sentence_index)
    if (
        a is None
        or sentence is None
        or m.kind is not MentionKind.AGENT
        or a.name is None
        or a.country is not None
        or a.org is not None
        or a.sector not in OFFICE_SECTORS
    ):
        return m
    countries: set[str | None] = {
        o.actor.country
        for o in mentions
        if o.sentence_index == m.sentence_index and o.actor is not None and o.actor.country
    }
    sentence_places = _sentence_places(places, sentence, gazetteer, lang)[0]
    # a place inside an actor's words is no place of the sentence: "Judge X Rivera" names no Uruguayan town
    named = {k for o in mentions if o.sentence_index == m.sentence_index for k in range(o.token_start, o.token_end)}
    countries.update(
        resolve(p.candidates, context).country
        for p in sentence_places
        if not p.weak and not named & set(range(p.token_start, p.token_end))
    )
    countries.discard(None)
    country = countries.pop() if len(countries) == 1 else None
    return _in_country(m, country) if country else m


def _placeable(m: Mention, tokens: Sequence[Token]) -> bool:
    a = m.actor
    return (
        a is not None
        and m.kind is MentionKind.AGENT
        and a.country is None
        and a.org is None
        and (a.sector in LOCATED_SECTORS or a.code == PEOPLE or tokens[m.token_start].norm in INSTALLATIONS)
    )


#: installations of armed forces and governments: unlike troops, a barracks or headquarters in a city is the
#: city's state's ("معسكر للجيش قرب مدينة سرت", "مقر الحكومة المحلية في البصرة")
INSTALLATIONS = frozenset(
    map(
        normalize,
        "ثكنة ثكنات قاعدة قواعد معسكر معسكرات موقع مواقع مصنع مصانع نقطة نقاط حاجز حواجز مقر مقرات مبنى مباني".split(),
    )
)


def _start(tokens: Sequence[Token], end: int) -> int:
    """Where the place phrase after a group ending at ``end`` starts: past "آخرين" ("others"), and past up
    to two adjectives that agree with a definite group ("الحجاج الشيعة قرب كربلاء", "الطلاب الجامعيين في")."""
    k = end
    if k < len(tokens) and tokens[k].norm in OTHERS:
        k += 1
    if k + 1 < len(tokens) and _settlement_head(tokens[k]) and _locative_at(tokens, k + 1):
        k += 1  # the parts of a place, in construct: "سكان أحياء وسط الخرطوم", "مسلحون في مناطق شمال بغداد"
    elif k + 2 < len(tokens) and tokens[k].norm in LOCATIVE_WORDS:
        j = k + 1 + (tokens[k + 1].kind is TokenKind.NUMBER or tokens[k + 1].norm in SOME)
        if j + 1 < len(tokens) and _settlement_head(tokens[j]) and _locative_at(tokens, j + 1):
            k = j + 1  # places of no name in a named one: "في 3 أحياء في الموصل", "في قرى قرب كركوك"
    installation = any(t.norm in INSTALLATIONS for t in tokens[max(0, end - 2) : end])
    if (
        installation
        and k + 1 < len(tokens)
        and tokens[k].is_arabic
        and tokens[k].norm.startswith("لل")
        and _locative_at(tokens, k + 1)
    ):
        k += 1  # what an installation is for: "مصنع عسكري للذخيرة شمال العراق", "معسكر للتدريب قرب الموصل"
    if end > 0 and _definite(tokens[end - 1]):
        j = k
        while j < min(k + 2, len(tokens)) and _definite_adjective(tokens[j]):
            j += 1
        if j < len(tokens) and j > k and _locative_at(tokens, j):
            k = j
    return k


def _definite(token: Token) -> bool:
    return token.is_arabic and token.norm.startswith("ال")


def _definite_adjective(token: Token) -> bool:
    """A definite relational adjective ("الجامعيين", "الأمنية") or sect, not a noun ("الطريق")."""
    return (
        _definite(token)
        and token.norm not in LOCATIVE_WORDS
        and (token.norm.removeprefix("ال") in SECTS or _nisba(token.norm, True))
    )


def _locative_after(tokens: Sequence[Token], end: int) -> bool:
    """Cheap test before the gazetteer is asked: a locative word (في، قرب، شمال، in, near) or a word with
    the clitic ب (ببغداد، بمدينة) follows the group."""
    k = _start(tokens, end)
    return k < len(tokens) and _locative_at(tokens, k)


def _locative_at(tokens: Sequence[Token], k: int) -> bool:
    tok = tokens[k]
    return tok.norm in LOCATIVE_WORDS or (tok.is_arabic and any(r.prefix in ("ب", "وب") for r in tok.readings))


def _country_after(
    tokens: Sequence[Token],
    end: int,
    matches: Sequence[PlaceMatch],
    introduced: dict[PlaceMatch, int],
    context: Iterable[str],
) -> str | None:
    k = _start(tokens, end)
    for match in matches:
        if match.token_start < k:
            continue
        direct = match.token_start == k + 1 and tokens[k].norm in AR_DIRECTIONS  # "شمال باكستان"
        # a facility named after the place: "قرب جامعة الموصل", "أمام مستشفى كركوك"
        facility = match.token_start == k + 2 and tokens[k].norm in LOCATIVE_WORDS and tokens[k + 1].norm in FACILITIES
        if introduced.get(match) == k or direct or facility:
            return resolve(match.candidates, context, locative=True, capital=match.capital).country
        break  # only the first place after the group can be its place
    return None


#: nouns of a region described by a nationality adjective: "في المناطق الجبلية التركية", "في المدن الإيرانية"
AR_REGION_NOUNS = frozenset(
    map(
        normalize, "منطقة مناطق مدينة مدن قرية قرى بلدة بلدات أراضي أرض إقليم أقاليم محافظة محافظات ولاية عاصمة".split()
    )
)
MAX_DESCRIPTION = 3


def _described_country(tokens: Sequence[Token], end: int, demonyms: Mapping[str, str]) -> str | None:
    """The country of a region named by a noun and a nationality adjective after a locative: "في المناطق
    الجبلية الباكستانية" (Pakistan), "في المدن الإيرانية" (Iran). Arabic only: the adjective follows."""
    k = _start(tokens, end)
    if not demonyms or k >= len(tokens) or not tokens[k].is_arabic:
        return None
    head = k + 1
    if tokens[k].norm not in LOCATIVE_WORDS:
        head = k  # بالمناطق: the preposition is the head noun's clitic
    if head >= len(tokens) or not _region_noun(tokens[head], clitic=head == k):
        return None
    for j in range(head + 1, min(head + 1 + MAX_DESCRIPTION, len(tokens))):
        tok = tokens[j]
        if not tok.is_arabic or not tok.norm.startswith("ال"):
            return None  # the description ends with the first word that is no definite adjective
        country = demonyms.get(tok.norm[2:])
        if country:
            return country
    return None


def _region_noun(token: Token, clitic: bool) -> bool:
    prefixes = ("ب", "وب", "بال") if clitic else ("", "ال")
    return any(r.form in AR_REGION_NOUNS and r.prefix in prefixes and not r.suffix for r in token.readings)


def _in_country(m: Mention, country: str) -> Mention:
    a = m.actor
    assert a is not None
    sector = a.sector
    code = f"{country}{sector or ''}"
    actor: Actor = replace(a, code=code, country=country, id=actor_id(country, sector))
    return replace(m, kind=MentionKind.ACTOR, entry_id=actor.id, actor=actor)
