"""Event patterns: verb and noun forms indexed to the patterns they trigger, in priority order."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from marsad import data
from marsad.model import Token

#: words after which an English verb form is read as a noun ("the attack", "their talks")
DETERMINERS = frozenset(
    {
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "its",
        "their",
        "his",
        "her",
        "our",
        "'s",
        "’s",
        "any",
        "every",
        "each",
        "another",
        "such",
        "of",
        "new",
        "further",
        "deadly",
    }
)


@dataclass(frozen=True, slots=True)
class Pattern:
    id: str
    lang: str
    cameo: str
    with_: tuple[tuple[str, ...], ...]
    reciprocal: bool
    passive: bool
    target_preps: frozenset[str]
    order: int
    reported: bool = False
    #: "TYPE" or "TYPE:mode" where PLOVER files the act elsewhere than the CAMEO code's type
    plover: str | None = None
    #: code the event even when no actor is named ("protests broke out in Nouakchott")
    alone: bool = False
    #: tells how a protest went on: with "the protesters" as subject, not a new event
    elaboration: bool = False
    #: the complement may be the verb's subject right before it: "عبوة ناسفة انفجرت على دورية"
    with_before: bool = False
    #: only the toll of an attack told before it: "أسفر الانفجار عن إصابة عشرة"
    toll: bool = False
    #: an act only when aimed: a target preposition follows the complement in its clause ("صواريخ على سديروت")
    aimed: bool = False
    #: the complement phrases indexed by their first word, so a complement is found in one look-up a word
    with_index: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict, compare=False, hash=False)

    def __post_init__(self) -> None:
        index: dict[str, list[tuple[str, ...]]] = {}
        for phrase in self.with_:
            index.setdefault(phrase[0], []).append(phrase)
        object.__setattr__(self, "with_index", {k: tuple(v) for k, v in index.items()})

    @property
    def rule(self) -> str:
        return f"{self.lang}/events/{self.id}"


@dataclass(frozen=True, slots=True)
class TriggerHit:
    token: int  # index in the sentence
    start: int  # document offsets of the matched reading
    end: int
    prefix: str
    is_noun: bool
    candidates: tuple[Pattern, ...]
    passive: bool = False  # matched a passive form (أُدين، اغتيل): the grammatical subject is the target


#: the letters of hamza: a text that writes one where a function word has none means another word (هنأ, not هنا)
HAMZAS = frozenset("أإآؤئء")


class PatternBook:
    def __init__(
        self,
        lang: str,
        records: Sequence[dict[str, Any]],
        lexicon: frozenset[str] = frozenset(),
        function_words: Mapping[str, Sequence[str]] | None = None,
    ) -> None:
        self.lang = lang
        self.lexicon = lexicon
        #: normalised function words -> their spellings: a trigger form spelt like one is read as that word
        self.function_words: dict[str, tuple[frozenset[str], ...]] = {
            norm: tuple(frozenset(w) & HAMZAS for w in spelt) for norm, spelt in (function_words or {}).items()
        }
        self.patterns: list[Pattern] = []
        self._verbs: dict[str, list[Pattern]] = {}
        self._nouns: dict[str, list[Pattern]] = {}
        self._passives: dict[str, list[Pattern]] = {}
        self._irregular_past: set[str] = set()
        for order, rec in enumerate(records):
            p = Pattern(
                rec["id"],
                lang,
                rec["cameo"],
                tuple(tuple(w) for w in rec["with"]),
                rec["reciprocal"],
                rec["passive"],
                frozenset(rec["target_preps"]),
                order,
                rec.get("reported", False),
                rec.get("plover"),
                rec.get("alone", False),
                rec.get("elaboration", False),
                rec.get("with_before", False),
                rec.get("toll", False),
                rec.get("aimed", False),
            )
            self.patterns.append(p)
            for form in rec["verb_forms"]:
                self._verbs.setdefault(form, []).append(p)
            if lang == "en":
                # a verb form that is no lemma, present or participle in -ing: an irregular past ("met", "fought")
                lemmas = set(rec.get("lemmas", ()))
                self._irregular_past.update(
                    f for f in rec["verb_forms"] if f not in lemmas and not f.endswith(("s", "ing", "ed"))
                )
            for form in rec["noun_forms"]:
                self._nouns.setdefault(form, []).append(p)
            for form in rec.get("passive_forms", ()):
                self._passives.setdefault(form, []).append(p)

    def is_verb(self, form: str) -> bool:
        """Whether ``form`` is an inflected verb form of some pattern."""
        return form in self._verbs

    def lookup(self, tokens: Sequence[Token], i: int) -> TriggerHit | None:
        """The patterns token ``i`` can trigger, by its first reading that any pattern knows."""
        base = tokens[i].start
        for k, reading in enumerate(tokens[i].readings):
            if k == 1 and tokens[i].norm in self.lexicon:
                return None  # a known word is not split into clitics (وزارة is not و + زاره)
            if reading.suffix and "ال" in reading.prefix:
                continue  # an article and a pronoun suffix never stand together
            verbs = self._verbs.get(reading.form) if "ال" not in reading.prefix else None
            nouns = self._nouns.get(reading.form)
            passives = self._passives.get(reading.form) if "ال" not in reading.prefix else None
            if reading.form in self.function_words and self._function_word(
                reading.form, tokens[i].text[reading.start : reading.end]
            ):
                # "هنا" (here) is no "هنأ" (congratulated), "فجرا" (at dawn) no bombing: only a pattern whose
                # complement must follow may read it ("عبر عن قلقه", not "عبر الحدود")
                verbs, nouns, passives = (_with_complement(ps) for ps in (verbs, nouns, passives))
            if passives and not verbs:
                return TriggerHit(
                    i, base + reading.start, base + reading.end, reading.prefix, False, tuple(passives), True
                )
            nominal = (
                self._english_nominal(tokens, i) if self.lang == "en" else _arabic_nominal(tokens, i, reading.prefix)
            )
            if verbs and not nominal:
                return TriggerHit(i, base + reading.start, base + reading.end, reading.prefix, False, tuple(verbs))
            if nouns or verbs:
                return TriggerHit(
                    i, base + reading.start, base + reading.end, reading.prefix, True, tuple(nouns or verbs or ())
                )
        return None

    def _function_word(self, form: str, written: str) -> bool:
        """Whether the stem ``written`` (normalised: ``form``) is spelt as a function word: the same letters,
        and no hamza that none of the function word's spellings has."""
        hamzas = frozenset(written) & HAMZAS
        return any(hamzas <= spelt for spelt in self.function_words[form])

    def _english_nominal(self, tokens: Sequence[Token], i: int) -> bool:
        """A verb form at the start of a sentence, after a determiner, or after a determiner and a
        modifier that is no verb ("the border attack") is read as a noun."""
        if i == 0:
            return True
        prev = tokens[i - 1].norm
        # a past form, regular or not ("met", "fought"), that is no noun of the book: "the governor met X"
        form = tokens[i].norm
        past_tense = (form.endswith("ed") or form in self._irregular_past) and form not in self._nouns
        if prev == "," and past_tense:
            return False  # after an apposition: "X, Algeria's leading activist, staged a hunger strike"
        if prev in DETERMINERS or (not prev[:1].isalnum() and prev not in ("'", "’")):
            return True
        if prev in EN_NOUN_PREPOSITIONS and tokens[i].norm.endswith("s"):
            return True  # "arrested 15 men in raids", "amid clashes": a plural noun, no verb of the words before
        if i < 2 or past_tense or not prev.isalpha() or tokens[i - 2].norm not in DETERMINERS:
            return False
        # after "a"/"an" and one word a noun phrase goes on ("a bomb attack", "a rocket strike"), whatever that word
        # is; after another determiner that word may be a subject and the form its verb ("the rebels attack")
        return prev not in self._verbs or (tokens[i - 2].norm in ("a", "an") and not tokens[i].norm.endswith("s"))

    @classmethod
    def default(cls, lang: str, records: Sequence[dict[str, Any]] | None = None) -> PatternBook:
        """The book of ``lang`` with the built-in patterns, or ``records`` in their place."""
        if records is None:
            records = data.load(f"patterns_{lang}.json")["patterns"]
        if lang != "ar":
            return cls(lang, records)
        lexicon = data.load("lexicon_ar.json")
        return cls(lang, records, frozenset(lexicon["words"]), lexicon["function_words"])


def _with_complement(patterns: list[Pattern] | None) -> list[Pattern] | None:
    """The patterns among ``patterns`` that need a complement to follow, or None."""
    if not patterns:
        return None
    return [p for p in patterns if p.with_] or None


#: English prepositions after which a verb form in -s is a plural noun: "arrested 15 men in raids", "amid clashes"
EN_NOUN_PREPOSITIONS = frozenset({"in", "during", "amid", "amidst"})

#: prepositions after which a word that reads as a past verb is its verbal noun ("في قتل", "على خطف")
AR_NOUN_PREPOSITIONS = frozenset(
    {"في", "على", "علي", "الى", "إلى", "عن", "من", "حول", "بعد", "قبل", "منذ", "خلال", "اثر"}
)


def _arabic_nominal(tokens: Sequence[Token], i: int, prefix: str) -> bool:
    """A form both a past verb and a verbal noun (قتل، خطف) is the noun after a preposition, as a clitic
    ("بقتل", "لخطف") or a word ("تسببت في قتل", "تحفيزا على قتل"): no verb follows a preposition. After
    the light verb قام ("قامت الجماعة بخطف") it stays the verb's act and takes the light verb's subject."""
    if prefix.rstrip("و").endswith(("ب", "ل", "ك")):
        # "قامت الجماعة بخطف": the verbal noun of a light verb is its act, the light verb's subject its agent
        return not any(light_verb(t.norm) for t in tokens[max(0, i - 8) : i])
    return i > 0 and tokens[i - 1].norm in AR_NOUN_PREPOSITIONS


#: قام ب "carried out": with a verbal noun it is that noun's verb ("قام المسلحون بقتل", "تقوم القوات باعتقال"), as
#: is its own verbal noun قيام ("استنكرت الحكومة قيام متظاهرين بالتجمع أمام السفارة")
AR_LIGHT_VERBS = frozenset(
    {"قام", "قامت", "قاموا", "يقوم", "تقوم", "يقومون", "قامتا", "قاما"} | {f"{p}قيام" for p in ("", "ل", "ب")}
)


def light_verb(norm: str) -> bool:
    return norm in AR_LIGHT_VERBS or (norm[:1] in "وف" and norm[1:] in AR_LIGHT_VERBS)
