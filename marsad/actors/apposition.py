"""Appositions: a named person and the office that describes them, between commas.

"اغتيل العقيد أحمد حسن، قائد شرطة الفلوجة" and "Colonel Ahmed Hassan, the police chief of Fallujah, said"
name one actor twice. Read as two mentions joined by a comma they would be a compound actor, and every
event of the sentence would be coded twice; worse, "انتقد اللواء X، المتحدث باسم الوزارة، الحكومة السورية"
would read the government as a third subject. The title in apposition is the writer's description of
the person at the time of writing, so an unknown name takes its state and sector (a police officer
with an army rank is police: Arab police forces use military ranks). A person the dictionary knows keeps
the code of the role it holds on the day; the mention takes in the title either way, as evidence.

Arabic also puts the office first and the holder's rank or honorific and name straight after it, with no
comma: "رئيس الحزب الشيوعي النائب X", "المتحدث باسم الشرطة العقيد X", "رئيس
الاستخبارات الأمير X". That too is one person: read apart, the second would be the verb's object ("شن
رئيس الحزب النائب X هجوما على ...": X attacked). Only a bare rank, honorific or "النائب" (an MP) opens
the second mention, as a title with its own nationality ("انتقد رئيس الوزراء العراقي الرئيس السوري X")
is the object.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from marsad.actors.recognizer import COMMA_TEXTS, GROUP_SECTORS, PEOPLE, _plural, actor_id
from marsad.lang.normalize import normalize
from marsad.model import Mention, MentionKind, Sentence, Token

#: words that may stand between the comma and an English title: "Ali Hassan, the police chief"
EN_ARTICLES = frozenset({"the", "a", "an"})
#: what may follow the title: punctuation closing the apposition ("،", ".", "»")
CLOSING = frozenset({",", "،", ".", "؛", ";", ":", "»", "”", '"', ")", "(", "«", "“"})
CONJUNCTIONS = frozenset({"و", "and"})
COMPLEMENTIZERS = frozenset(map(normalize, ["أن", "إن", "أنه", "إنه", "that"]))
#: words a title may have after its mention before the apposition closes: "في البصرة"
MAX_TAIL = 2
#: singular nouns heading one person's office ("رئيس الحزب", "المتحدث باسم الشرطة"), without the article
OFFICE_HEADS = frozenset(
    map(
        normalize,
        "وزير وزيرة نائب رئيس رئيسة سفير سفيرة مبعوث مندوب مستشار متحدث متحدثة ناطق ناطقة مدير مديرة مساعد وكيل "
        "قائد أمين أمينة مسؤول مسؤولة ممثل ممثلة محافظ حاكم زعيم زعيمة عضو مفوض منسق موفد قنصل مرشد مفتي".split(),
    )
)
#: what opens a name in apposition right after an office: a rank, an honorific or a member of parliament
NAME_TITLES = frozenset(
    map(
        normalize,
        "النائب النائبة اللواء العميد العقيد المقدم الرائد النقيب الملازم الفريق المشير العماد الجنرال "
        "القاضي المطران الأمير الأميرة الإمام آية الحاخام البطريرك الكاردينال الدكتور الدكتورة السيد السيدة "
        "الشيخ الشيخة المهندس المهندسة الأستاذ الأستاذة الحاج".split(),
    )
)


def appositions(mentions: Sequence[Mention], sentences: Sequence[Sentence], text: str) -> list[Mention]:
    """``mentions`` with each named person and the title in apposition after it made one mention."""
    by_sentence = {s.index: s for s in sentences}
    out: list[Mention] = []
    merged = False  # the last mention took its title in: the comma after it closes the apposition
    for m in sorted(mentions, key=lambda m: (m.sentence_index, m.start)):
        prev = out[-1] if out else None
        sentence = by_sentence.get(m.sentence_index)
        if prev is None or sentence is None:
            out.append(m)
            merged = False
            continue
        head = _office_before_name(prev, m, sentence.tokens)
        if not merged and _apposed(prev, m, sentence.tokens):
            out[-1], merged = _merged(prev, m, text), True
        elif head is not None:
            out[-1], merged = _merged(m, _from(prev, head, sentence.tokens), text), False
        else:
            out.append(m)
            merged = False
    return out


def _pair(a: Mention, b: Mention) -> bool:
    """Two actor mentions of one sentence."""
    return (
        a.actor is not None
        and b.actor is not None
        and a.sentence_index == b.sentence_index
        and a.kind in (MentionKind.ACTOR, MentionKind.AGENT)
        and b.kind in (MentionKind.ACTOR, MentionKind.AGENT)
    )


def _office(m: Mention) -> bool:
    """A title of one person's office or body: no person the dictionary knows, nor a group of people."""
    t = m.actor
    return (
        t is not None
        and m.entry_id is not None
        and not m.entry_id.startswith("person:")
        and (t.sector is not None or t.org is not None)
        and t.sector not in GROUP_SECTORS
        and t.code != PEOPLE
    )


def _apposed(person: Mention, title: Mention, tokens: Sequence[Token]) -> bool:
    if not (_pair(person, title) and _office(title)):
        return False
    p, t = person.actor, title.actor
    assert p is not None and t is not None
    if (
        p.name is None  # a person named in the text ...
        or person.entry_id is None
        # ... not a state or body, which have names too: "In Pakistan, the army said."
        or (not person.entry_id.startswith("person:") and (p.sector is None or p.org is not None))
        or t.name is not None  # a title with no name of its own: "قائد شرطة الفلوجة", not "الوزير X"
    ):
        return False
    if any(tok.text in COMMA_TEXTS for tok in tokens[person.token_start : person.token_end]):
        return False  # the person's mention has its apposition already: "X، نائب الوزير، سفير ..."
    between = tokens[person.token_end : title.token_start]
    if not between or between[0].text not in COMMA_TEXTS or any(tok.norm not in EN_ARTICLES for tok in between[1:]):
        return False
    first = tokens[title.token_start]
    if title.start > first.start and normalize(first.text[: title.start - first.start]).startswith("و"):
        return False  # "X، ووزير الخارجية": a second person
    if _plural(_head(tokens, title)):
        return False  # "X, officials said": a group, not X's office
    return _closed(tokens, title.token_end)


def _office_before_name(office: Mention, person: Mention, tokens: Sequence[Token]) -> int | None:
    """An Arabic office right before a rank or honorific and a name, one person: the token of the noun
    heading the office, None when the two are not one person."""
    if not (_pair(office, person) and _office(office)) or office.token_end != person.token_start:
        return None
    t, p = office.actor, person.actor
    assert t is not None and p is not None
    if (
        p.name is None
        or person.token_end - person.token_start < 2
        # a known person of another state is the object: "استقبل وزير الخارجية السوري الشيخ حمد بن جاسم"
        or (t.country is not None and p.country is not None and t.country != p.country)
    ):
        return None
    opener = tokens[person.token_start]
    if not opener.is_arabic or opener.norm not in NAME_TITLES:
        return None
    return _office_head(tokens, office)


def _office_head(tokens: Sequence[Token], office: Mention) -> int | None:
    """The token of the noun heading an office: the mention's first ("رئيس الحزب") or, in construct, the word
    before it ("مدير شرطة البصرة", where the body alone is the mention); None for a mention that is no office."""
    for k in (office.token_start, office.token_start - 1):
        if k < 0:
            continue
        head = tokens[k]
        construct = k < office.token_start
        # not after a conjunction: "ووزير الخارجية" is a second person
        if head.is_arabic and (
            head.norm in OFFICE_HEADS
            if construct
            else any(r.form in OFFICE_HEADS and not r.prefix.startswith(("و", "ف")) for r in head.readings)
        ):
            return k
    return None


def _from(office: Mention, k: int, tokens: Sequence[Token]) -> Mention:
    """``office`` from its head at token ``k``: with the noun in construct before it that heads the office
    ("مدير" of "مدير شرطة البصرة")."""
    if k == office.token_start or office.actor is None:
        return office
    start = tokens[k].start
    return replace(office, start=start, token_start=k, actor=replace(office.actor, start=start))


def _closed(tokens: Sequence[Token], k: int) -> bool:
    """The apposition ends at ``k`` or within a few words (a place: "مدير الشرطة في البصرة،"): at punctuation,
    the sentence's end or a complementiser ("قال X، قائد الشرطة، إن" / "... الشرطة إن"). A conjunction
    first makes the title one of several people listed ("X، قائد الشرطة ومحافظ المدينة"); more words
    may be another person's name ("X، السفير الروسي في بيروت فلان ..." is a second person)."""
    for j in range(k, min(k + MAX_TAIL + 1, len(tokens) + 1)):
        if j == len(tokens):
            return True
        tok = tokens[j]
        if tok.norm in CONJUNCTIONS or (tok.is_arabic and any(r.prefix.startswith("و") for r in tok.readings)):
            return False
        if tok.text in CLOSING or tok.norm in COMPLEMENTIZERS:
            return True
    return False


def _head(tokens: Sequence[Token], m: Mention) -> Token:
    """The title's head noun: Arabic puts it first; English last, before any "of" ("chief of police")."""
    first = tokens[m.token_start]
    if first.is_arabic:
        return first
    words = tokens[m.token_start : m.token_end]
    of = next((k for k, tok in enumerate(words) if tok.norm == "of"), len(words))
    return words[max(0, of - 1)]


def _merged(person: Mention, title: Mention, text: str) -> Mention:
    """One mention of ``person`` taking in ``title``, which stands after it (an apposition) or before it (an
    office before the name)."""
    p, t = person.actor, title.actor
    assert p is not None and t is not None
    start, end = min(person.start, title.start), max(person.end, title.end)
    token_start, token_end = min(person.token_start, title.token_start), max(person.token_end, title.token_end)
    known = person.entry_id is not None and person.entry_id.startswith("person:")
    if known:
        country, sector, org, code, ident = p.country, p.sector, p.org, p.code, p.id
    else:
        country, sector, org = t.country or p.country, t.sector or p.sector, t.org
        code = t.code if org is not None else f"{country or ''}{sector or ''}"
        ident = t.id if org is not None else actor_id(country, sector)
    actor = replace(
        p, code=code, country=country, sector=sector, org=org, id=ident,
        text=text[start:end], start=start, end=end,
    )  # fmt: skip
    kind = MentionKind.ACTOR if country is not None or org is not None else person.kind
    entry = person.entry_id if known else ident
    return replace(
        person, start=start, end=end, token_start=token_start, token_end=token_end, kind=kind, entry_id=entry,
        actor=actor,
    )  # fmt: skip
