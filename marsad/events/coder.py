"""Turning triggers and actor mentions into coded events.

Attribution is shallow by design (no parser is available offline): it works over the clitic-
segmented tokens with word-order rules for verb-first and subject-first clauses, prepositional
targets, passives, compound actors and negation/modality cues. Each rule is small and tested.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache
from itertools import permutations

from marsad import data
from marsad.actors.compound import Group, group_mentions
from marsad.actors.located import SETTLEMENT
from marsad.actors.recognizer import FUNCTION_WORDS, PEOPLE, POSSESSIVES, _noun_modifier, _plural, same_plural
from marsad.config import Settings
from marsad.events.ontology import Ontology
from marsad.events.patterns import DETERMINERS, Pattern, PatternBook, TriggerHit, light_verb
from marsad.geo import Gazetteer, PlaceMatch, choose_match, context_countries, to_location
from marsad.geo.gazetteer import AR_DESCRIPTORS, EN_DESCRIPTORS, Introductions, introductions
from marsad.lang.ar.clitics import THIRD_PERSON
from marsad.lang.ar.inflect import carries_plural_subject, verb_forms
from marsad.lang.normalize import normalize
from marsad.lang.tokenize import tokenize
from marsad.model import (
    Actor,
    Document,
    Event,
    Location,
    Mention,
    MentionKind,
    Sentence,
    Token,
    TokenKind,
    Trigger,
)
from marsad.time.dates import vocabulary


@dataclass(frozen=True, slots=True)
class Cues:
    """Grammatical cue words of one language (data_src/events/cues.yaml), normalised."""

    negators: frozenset[str]
    modals: frozenset[str]
    modal_nouns: frozenset[str]
    intent: frozenset[str]
    background: frozenset[str]
    accusation: frozenset[str]
    accused: frozenset[str]
    discovery: frozenset[str]
    consequence: frozenset[str]
    accidents: frozenset[str]
    quantities: frozenset[str]
    prepositions: frozenset[str]
    relatives: frozenset[str]
    barriers: frozenset[str]
    passive_aux: frozenset[str]
    unmarked_passives: frozenset[str]
    passive_followers: frozenset[str]
    agent_genitives: frozenset[str]
    progressive: frozenset[str]
    occurrence: frozenset[str]
    participants: frozenset[str]
    reporting: frozenset[str]
    proposals: frozenset[str]
    announcements: frozenset[str]
    instruments: frozenset[str]
    instrument_prepositions: frozenset[str]
    striking: frozenset[str]
    act_agents: frozenset[str]
    agent_markers: tuple[tuple[str, ...], ...]


@cache
def cues(lang: str) -> Cues:
    raw = data.load("cues.json")[lang]
    sets = {k: frozenset(v) for k, v in raw.items() if k != "agent_markers"}
    return Cues(**sets, agent_markers=tuple(tuple(m.split()) for m in raw["agent_markers"]))


CLAUSE_BREAKS = frozenset({".", ";", "?", "!", ":", '"', "(", ")"})
#: an English modal after a trigger opens another clause: "Observers say the move will anger Moscow" (Moscow is
#: the anger's, not the saying's); before a trigger it is the trigger's own ("Russia will send troops")
EN_MODALS = frozenset("will would could should might must can may shall".split())
#: tensed auxiliaries: after a verb they open another clause, and a pronoun before them is its subject ("says it
#: has evidence", "said they were")
EN_TENSED = frozenset("has have had is are was were does did".split())
#: words that make the noun phrase before them a clause's subject
EN_FINITE = EN_TENSED | EN_MODALS


def _english_clause_between(tokens: Sequence[Token], begin: int, end: int, verb: bool = True) -> bool:
    """Whether another clause opens between ``begin`` and ``end``: at a modal ("the move will anger Moscow"),
    at a subject pronoun and its auxiliary ("Ukraine says it has evidence that Russia ..."), or after a verb
    at any auxiliary ("said Israel was behind the attack on its consulate")."""
    for k in range(begin, end):
        norm = tokens[k].norm
        if norm in EN_MODALS or (verb and norm in EN_TENSED):
            return True
        if norm in EN_SUBJECT_PRONOUNS and k + 1 < len(tokens) and tokens[k + 1].norm in EN_FINITE:
            return True
    return False


COMMAS = frozenset({"،", ","})


@dataclass(frozen=True, slots=True)
class Places:
    """Place names per sentence and the countries of the document."""

    by_sentence: dict[int, list[PlaceMatch]]
    context: frozenset[str]
    #: per sentence, which places a preposition introduces (computed once, used by every trigger)
    introduced: dict[int, Introductions] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class TriggerTrace:
    """What the coder did with one trigger word (for ``marsad explain``)."""

    hit: TriggerHit
    pattern: Pattern | None
    events: list[Event]
    reason: str  # why no event was emitted ("" when events were)


class EventCoder:
    def __init__(
        self,
        settings: Settings,
        ontology: Ontology | None = None,
        books: dict[str, PatternBook] | None = None,
        gazetteer: Gazetteer | None = None,
        nationalities: Mapping[str, tuple[str, str | None]] | None = None,
    ) -> None:
        self.settings = settings
        self.ontology = ontology or Ontology.default()
        self.books = books or {lang: PatternBook.default(lang) for lang in ("ar", "en")}
        self.gazetteer = gazetteer  # without one, events have no location
        #: Arabic nationality adjectives (normalised, without the article) -> (country code, country name): the
        #: agent of an event noun they qualify ("الغارات الإسرائيلية"); without them such nouns have none
        self.nationalities = nationalities or {}

    def code_document(self, doc: Document) -> Document:

        events: list[Event] = []
        by_sentence: dict[int, list[Mention]] = {}
        for m in doc.mentions:
            if m.kind in (MentionKind.ACTOR, MentionKind.AGENT):
                by_sentence.setdefault(m.sentence_index, []).append(m)
        places = self._places(doc)
        for sentence in doc.sentences:
            events.extend(self.code_sentence(doc, sentence, by_sentence.get(sentence.index, []), places))
        return replace(doc, events=tuple(events))

    def _places(self, doc: Document) -> Places | None:
        """The place names of every sentence and the countries of the document (to resolve them)."""
        if self.gazetteer is None:
            return None
        by_sentence = {s.index: self.gazetteer.matches(s.tokens) for s in doc.sentences}
        actors = [m.actor.country for m in doc.mentions if m.actor is not None]
        context = context_countries([m for ms in by_sentence.values() for m in ms], actors)
        return Places(by_sentence, frozenset(context))

    def code_sentence(
        self, doc: Document, sentence: Sentence, mentions: list[Mention], places: Places | None = None
    ) -> list[Event]:
        seen: set[str] = set()
        out: list[Event] = []
        for trace in self.trace_sentence(doc, sentence, mentions, places):
            for event in trace.events:
                if event.event_id not in seen:
                    seen.add(event.event_id)
                    out.append(event)
        return out

    def trace_sentence(
        self, doc: Document, sentence: Sentence, mentions: list[Mention], places: Places | None = None
    ) -> list[TriggerTrace]:
        """Every word that a pattern knows, with the pattern chosen (or why none was) and its events."""
        if places is None:
            places = self._places(doc)
        lang = doc.lang if doc.lang in self.books else "en"
        book = self.books[lang]
        tokens = sentence.tokens
        groups = _with_inclusions(tokens, group_mentions(mentions, tokens), lang)
        covered = {i for m in mentions for i in range(m.token_start, m.token_end)}
        named = frozenset(covered)
        consumed: set[int] = set()
        traces: list[TriggerTrace] = []
        for i in range(len(tokens)):
            if i in covered or i in consumed or tokens[i].kind is not TokenKind.WORD:
                continue
            hit = book.lookup(tokens, i)
            if hit is None:
                continue
            before_choice = set(consumed)
            chosen = self._choose(hit, tokens, book, consumed, named)
            if chosen is None:
                traces.append(TriggerTrace(hit, None, [], "no pattern's complement follows and none is general"))
                continue
            found = consumed - before_choice  # the words of the complement _choose found
            complement_end = max(found) + 1 if found else None
            complement_start = min(found) if found else None
            if chosen.cameo[:2] in COMPLEMENT_ROOTS:
                consumed.update(_complement_span(tokens, i))
            if _background(tokens, hit, lang):
                traces.append(TriggerTrace(hit, chosen, [], "a reference to an earlier event, not a report of one"))
                continue
            if _any_cue(_words_before(tokens, i, 4), cues(lang).accusation) or (
                # the charge after ب may stand further from the accusation: "اتهامات وجهها الحزب للشرطة بقتل"
                normalize(hit.prefix).lstrip("و").startswith("ب")
                and _any_cue(_words_before(tokens, i, 8), cues(lang).accusation | cues(lang).accused)
            ):
                traces.append(TriggerTrace(hit, chosen, [], "what an accusation says, not an event reported"))
                continue
            if chosen.cameo[:2] in VIOLENCE_ROOTS and _any_cue(_words_before(tokens, i, 4), cues(lang).discovery):
                traces.append(TriggerTrace(hit, chosen, [], "what was found or defused, not an attack reported"))
                continue
            if hit.is_noun and chosen.cameo[:2] in VIOLENCE_ROOTS and _instrument(tokens, hit, traces, lang):
                traces.append(TriggerTrace(hit, chosen, [], WEAPON_OF_AN_ACT))
                continue
            # the complement right after an event noun is its adjective, not a participant: "هجوم انتحاري"،
            # "هجوم مسلح" (a suicide attack, an armed attack, not one on a bomber or a gunman)
            adjective = _adjective_complement(tokens, hit, consumed - before_choice, consumed, book)
            own = (
                [g for g in groups if not set(range(g.token_start, g.token_end)) <= adjective] if adjective else groups
            )
            events = self._events(doc, sentence, hit, chosen, own, lang, places, complement_end, complement_start)
            # a nationality adjective names who did what a noun reports ("الغارات الإسرائيلية على غزة أمس"); it
            # does not make a reference a report ("خلال العدوان الإسرائيلي")
            adjective_agent = {
                a.start - sentence.start
                for a in (
                    self._nationality_after(tokens, hit, chosen, own)
                    if lang == "ar" and hit.is_noun and any(e.source is not None for e in events)
                    else []
                )
            }
            anchors = [replace(e, source=None) if e.source and e.source.start in adjective_agent else e for e in events]
            complement = sorted(consumed - before_choice)
            if lang == "ar" and not hit.is_noun and complement:
                events = self._complement_genitive(doc, sentence, hit, chosen, events, complement[-1])
            if lang == "ar" and not hit.is_noun and complement and chosen.cameo[:2] in VIOLENCE_ROOTS:
                # "قتل ثلاثة مزارعين في غارة إسرائيلية": the attack named in the complement says who did it
                events = self._complement_agent(doc, sentence, hit, chosen, events, complement[-1], own)
            why = _reference_not_report(tokens, hit, chosen, anchors, lang, _event_head(tokens, hit, book, lang))
            cause = next((tr for tr in reversed(traces) if _attack(tr)), None) if why == BARE_NOUN else None
            if cause is not None and (
                _any_cue(_words_before(tokens, hit.token, 3), cues(lang).consequence)
                or _consequence_around(tokens, cause.hit.token, hit.token, lang)
            ):
                why = ""  # "قصفت المدفعية بيتا، وهو ما أدى إلى موت أربعة": the toll of the attack, merged below
            if not why and _accidental(tokens, hit, chosen, events, lang):
                why = "deaths or injuries in a disaster or an accident, not an attack"
            if why:
                traces.append(TriggerTrace(hit, chosen, [], why))
                continue
            if (
                events
                and chosen.elaboration
                and any(
                    _participants(e.sentence, e.source, lang) or _participants(e.sentence, e.target, lang)
                    for e in events
                )
            ):
                # the protesters named here took part in the protest told before: one with no source takes them
                # ("خرجت مسيرات في المدينة أمس وهتف المتظاهرون ضد الحكومة")
                crowd = next(
                    a
                    for e in events
                    for a in (e.source, e.target)
                    if a is not None and _participants(e.sentence, a, lang)
                )
                k = next(
                    (j for j in range(len(traces) - 1, -1, -1) if any(e.cameo_root == "14" for e in traces[j].events)),
                    None,
                )
                if k is not None and all(e.source is None for e in traces[k].events):
                    # the protest's target, unless it was the crowd itself: then the one these words name ("خرجت
                    # مسيرات أمس وهتف المتظاهرون ضد الحكومة")
                    aimed_at = next((e.target for e in events if e.target and not _same_span(e.target, crowd)), None)
                    traces[k] = self._remade(
                        doc,
                        sentence,
                        traces[k],
                        [
                            (crowd, aimed_at if e.target and _same_span(e.target, crowd) else e.target, e.location)
                            for e in traces[k].events
                        ],
                    )
                traces.append(
                    TriggerTrace(hit, chosen, [], "tells what the protesters did: the protest was reported before")
                )
                continue
            if events and _historical(events[0], doc.date) and _date_near(doc, sentence, hit, events[0], lang):
                traces.append(TriggerTrace(hit, chosen, [], HISTORY))
                continue
            if not events and hit.is_noun:
                # a noun that codes nothing leaves its words to a verb: "Israeli helicopters and tanks shelled"
                consumed.intersection_update(before_choice)
            reason = "" if events else NO_ACTORS
            traces.append(TriggerTrace(hit, chosen, events, reason))
        traces = self._protested_acts(doc, sentence, _listed_kinds(tokens, traces))
        traces = _protest_topics(self._protest_purposes(doc, sentence, traces))
        traces = self._tolls(
            doc,
            sentence,
            _one_unnamed_attack(_resumed_attacks(tokens, self._attack_verbs(doc, sentence, traces))),
            lang,
        )
        traces = [
            TriggerTrace(tr.hit, tr.pattern, [], NO_TOLL)
            if tr.pattern is not None and tr.pattern.toll and tr.events
            else tr
            for tr in traces
        ]
        traces = self._claimed(doc, sentence, traces)
        traces = self._proposers(doc, sentence, self._judged_acts(doc, sentence, _shared_history(traces, doc.date)))
        return _statement_frames(self._participles(doc, sentence, traces, lang))

    def _attack_verbs(self, doc: Document, sentence: Sentence, traces: list[TriggerTrace]) -> list[TriggerTrace]:
        """A verb of violence with no actor for its subject, after the words of an attack ("عملية انتحارية
        استهدفت قافلة", "انفجرت قنبلة استهدفت حافلة الجنود"), tells whom that attack struck: the attack takes the
        verb's target, and the verb is no other event."""
        tokens = sentence.tokens
        out = list(traces)
        for j, verb in enumerate(out):
            if (
                verb.hit.is_noun
                or verb.hit.passive
                or (verb.pattern is not None and verb.pattern.passive)
                or not _attack(verb)
            ):
                continue
            # the first of the attack's words: "هجوم انتحاري بشاحنة ملغومة استهدف" is the attack (هجوم)
            chain = [
                k
                for k in range(j - 1, -1, -1)
                if _attack(out[k])
                and all(e.source is None for e in out[k].events)
                and verb.hit.token - out[k].hit.token <= ATTACK_SUBJECT_REACH
                and not _clause_break(tokens, out[k].hit.token, verb.hit.token, CLAUSE_BREAKS | COMMAS)
            ]
            striking = doc.lang == "ar" and _striking_subject(tokens, verb.hit.token, "ar")
            if (chain or striking) and verb.events and all(e.source for e in verb.events):
                # the attack or what struck is the verb's subject, so the actor read as its subject after it is
                # its object: "شاحنة ملغومة استهدفت القوات الأمريكية في شمال العراق" struck the troops, not Iraq;
                # "إن انفجارا استهدف الشرطة": the police did not strike
                objects = _objects_after(sentence, verb)
                if not objects:
                    continue
                verb = out[j] = self._remade(doc, sentence, verb, [(None, a, e.location) for e, a in objects])
            if any(e.source or not e.target for e in verb.events):
                continue
            if striking and not chain and _launched(tokens, out[:j], verb):
                # "أطلق مسلحون قذيفة استهدفت القوات": the shell the gunmen fired struck the troops, one attack
                out[j] = TriggerTrace(verb.hit, verb.pattern, [], "what the attack it names did, not another act")
                continue
            # verb-first, the attack noun right after the verb is its subject, its nationality adjective the
            # attacker: "أودت غارة إسرائيلية بحياة ثلاثة" (an Israeli air strike killed three)
            chain = chain or [
                k
                for k in range(j + 1, min(j + 2, len(out)))
                if _attack(out[k]) and out[k].hit.is_noun and out[k].hit.token == verb.hit.token + 1
            ]
            if not chain:
                continue
            k = chain[-1]
            attack = out[k]
            targets = {e.target.code: e.target for e in verb.events if e.target}
            if all(e.target is None for e in attack.events):
                # an attack left with no event (its toll told after it took none) keeps the verb's place
                base = attack.events or verb.events
                out[k] = self._remade(
                    doc, sentence, attack, [(e.source, t, e.location) for e in base for t in targets.values()]
                )
            elif not set(targets) <= {e.target.code for e in attack.events if e.target}:
                continue  # the attack struck someone else: the verb tells another act
            out[j] = TriggerTrace(verb.hit, verb.pattern, [], "what the attack it names did, not another act")
        return out

    def _claimed(self, doc: Document, sentence: Sentence, traces: list[TriggerTrace]) -> list[TriggerTrace]:
        """An attack its sentence says one side claimed (CAMEO 015: "تبنت الجماعة في بيان تفجير الجسر",
        "the Taliban claimed responsibility") was that side's: an attack with no source takes the claimant,
        which is no target of it."""
        claimants = {
            e.source.code: e.source
            for tr in traces
            if tr.pattern is not None and tr.pattern.cameo == CLAIM
            for e in tr.events
            if e.source is not None and not (e.negated or e.hypothetical)
        }
        if len(claimants) != 1:
            return traces
        claimant = next(iter(claimants.values()))
        out = []
        for tr in traces:
            if _attack(tr) and all(e.source is None for e in tr.events):
                pairs = [
                    (claimant, None if e.target and e.target.code == claimant.code else e.target, e.location)
                    for e in tr.events
                ]
                tr = self._remade(doc, sentence, tr, pairs)
            out.append(tr)
        return out

    def _tolls(self, doc: Document, sentence: Sentence, traces: list[TriggerTrace], lang: str) -> list[TriggerTrace]:
        """The toll of an attack told after it ("انفجرت سيارة مفخخة ... مما أدى إلى مقتل عشرة أشخاص", ",
        killing five policemen") is not another attack (cues: consequence); an attack with no target takes
        the toll's victims as its target."""
        tokens = sentence.tokens
        out: list[TriggerTrace] = []
        for tr in traces:
            cause = next((k for k in range(len(out) - 1, -1, -1) if _attack(out[k])), None)
            victims = {e.target.code: e.target for e in tr.events if e.target is not None}
            if (
                cause is None
                or not tr.hit.is_noun
                or not victims
                or not all(e.cameo_root in ("18", "19") and e.source is None for e in tr.events)
                or not (
                    _any_cue(_words_before(tokens, tr.hit.token, 3), cues(lang).consequence)
                    or _consequence_around(tokens, out[cause].hit.token, tr.hit.token, lang)
                )
            ):
                out.append(tr)
                continue
            first = out[cause]
            out.append(TriggerTrace(tr.hit, tr.pattern, [], "the toll of the attack told before it, not another"))
            if any(e.target is not None for e in first.events):
                continue  # the attack names whom it struck already
            out[cause] = self._remade(
                doc, sentence, first, [(e.source, v, e.location) for e in first.events for v in victims.values()]
            )
        return self._tolls_before(doc, sentence, out, lang)

    def _tolls_before(
        self, doc: Document, sentence: Sentence, traces: list[TriggerTrace], lang: str
    ) -> list[TriggerTrace]:
        """The toll of an attack told before it ("قتل ستة مدنيين وأصيب عشرة في هجوم المسلحين على السوق"):
        killings with no agent right before "في/جراء/إثر" and the attack noun are that attack, which takes
        their victims as its target when it names none."""
        tokens = sentence.tokens
        out = list(traces)
        for j, attack in enumerate(out):
            if lang != "ar" or not attack.hit.is_noun or not _attack(attack) or not _caused_by(tokens, attack.hit):
                continue
            tolls: list[int] = []
            for k in range(j - 1, -1, -1):
                tr = out[k]
                if not tr.events:
                    continue
                if not _attack(tr) or any(e.source is not None or e.target is None for e in tr.events):
                    break
                tolls.append(k)
            tolls = [k for k in tolls if not _clause_break(tokens, out[k].hit.token, attack.hit.token)]
            if not tolls:
                continue
            # the victims stand before the attack; a group after it is the attack's own ("قتل جراء هجوم المسلحين")
            victims = {
                e.target.code: e.target
                for k in reversed(tolls)
                for e in out[k].events
                if e.target and e.target.start < attack.hit.start - sentence.start
            }
            for k in tolls:
                out[k] = TriggerTrace(out[k].hit, out[k].pattern, [], "the toll of the attack told after it")
            if any(e.target is not None for e in attack.events):
                continue  # the attack names whom it struck already
            out[j] = self._remade(
                doc, sentence, attack, [(e.source, v, e.location) for e in attack.events for v in victims.values()]
            )
        return out

    def _judged_acts(self, doc: Document, sentence: Sentence, traces: list[TriggerTrace]) -> list[TriggerTrace]:
        """A verb of judgement (CAMEO 05, 11, 12) whose object is an act targets who did the act, not whom the
        act struck: "أدانت مصر الغارات الإسرائيلية على غزة", "Egypt condemned the attack by gunmen on a police
        post" (Egypt -> Israel, the gunmen)."""
        tokens = sentence.tokens
        out = list(traces)
        for k, tr in enumerate(out[:-1]):
            act = out[k + 1]
            if (
                not tr.events
                or tr.hit.is_noun
                or tr.pattern is None
                or tr.pattern.cameo[:2] not in JUDGEMENT_ROOTS
                or any(e.negated for e in tr.events)
                or not act.hit.is_noun
                or not act.events
                or not _object_of(tokens, tr.hit.token, act.hit.token, _spanned(tokens, tr.events, sentence.start))
            ):
                continue
            out[k] = self._aimed_at_agents(doc, sentence, tr, act)
        return out

    def _aimed_at_agents(self, doc: Document, sentence: Sentence, tr: TriggerTrace, act: TriggerTrace) -> TriggerTrace:
        """``tr`` made again to target who did ``act``, one event per source of ``tr`` (itself when the act's
        agents are its own sources)."""
        agents = {e.source.code: e.source for e in act.events if e.source is not None}
        pairs = [
            (e.source, agent, e.location)
            for e in {(x.source.code if x.source else ""): x for x in tr.events}.values()  # one per source
            for agent in agents.values()
            if e.source is None or e.source.code != agent.code
        ]
        return self._remade(doc, sentence, tr, pairs) if pairs else tr

    def _protested_acts(self, doc: Document, sentence: Sentence, traces: list[TriggerTrace]) -> list[TriggerTrace]:
        """A protest against an act targets who did it: "students marched in protest at the army's seizure of
        the campus" (the protest targets the army), "احتجاجا على قرار الحكومة"."""
        out = list(traces)
        for a, act in enumerate(traces):
            # the protest word told last before the act: words that code nothing may stand between
            k = next((j for j in range(a - 1, -1, -1) if traces[j].events), None)
            if k is None:
                continue
            tr = traces[k]
            if not self._protested_act(sentence.tokens, tr, act, sentence.start):
                continue
            out[k] = self._aimed_at_agents(doc, sentence, tr, act)
        return out

    def _protested_act(self, tokens: Sequence[Token], protest: TriggerTrace, act: TriggerTrace, base: int) -> bool:
        """Whether ``act`` is what ``protest`` is against: its noun follows the protest word after a preposition
        of protest, with only articles and the act's own agent between. The protest names no target, or only
        whom the act struck ("protested against the shooting of two farmers by the police": against the police)."""
        struck = {e.target.code for e in act.events if e.target is not None}
        if (
            not protest.events
            or any(
                e.cameo_root != "14" or (e.target is not None and e.target.code not in struck) or e.negated
                for e in protest.events
            )
            or not act.hit.is_noun
            or not act.events
            or all(e.source is None for e in act.events)
        ):
            return False
        # the act's agent and the protest's own participants may stand between
        agent = _spanned(tokens, act.events, base) | _spanned(tokens, protest.events, base)
        between = [t.norm for j, t in enumerate(tokens[protest.hit.token + 1 : act.hit.token], protest.hit.token + 1)]
        words = [w for j, w in enumerate(between, protest.hit.token + 1) if j not in agent and w not in AR_TIME_WORDS]
        # the words of the protest itself may come first: "marched in protest of", "تظاهروا احتجاجا على"
        while words and words[0] in PROTEST_OPENERS:
            words = words[1:]
        return (
            0 < len(words) <= 3
            and words[0] in PROTEST_AGAINST
            and all(w in DETERMINERS or w in PROTEST_AGAINST or w in ("'s", "’s") for w in words)
        )

    def _proposers(self, doc: Document, sentence: Sentence, traces: list[TriggerTrace]) -> list[TriggerTrace]:
        """A rejection, acceptance or welcome (CAMEO 12, 03, 05) of a proposal, plan, offer, call or demand
        targets its author, named by a nationality adjective, a name before it, "by"/"from" or an Arabic
        genitive: "turned down a Chinese plan", "spurned appeals by the UN envoy", "رفضت إسرائيل المبادرة
        المصرية", "رفض الحزب دعوة الرئيس". The proposal is the author's act, told before: read as a verb
        ("calls") it is no act of the side that answers it."""
        tokens = sentence.tokens
        lang = doc.lang if doc.lang in self.books else "en"
        mentions: dict[int, Mention] | None = None  # the sentence's actors by first token, found when first needed
        out = list(traces)
        for k, tr in enumerate(out):
            if (
                not tr.events
                or tr.hit.is_noun
                or tr.pattern is None
                or tr.pattern.cameo[:2] not in RESPONSE_ROOTS
                or any(e.target is not None or e.negated for e in tr.events)
            ):
                continue
            mentions = _actors_at(doc, sentence) if mentions is None else mentions
            found = self._proposer(tokens, tr.hit.token, _spanned(tokens, tr.events, sentence.start), mentions, lang)
            if found is None:
                continue
            author, noun = found
            author = author.shifted(-sentence.start)
            pairs = [
                (e.source, author, e.location) for e in tr.events if e.source is None or e.source.code != author.code
            ]
            if not pairs:
                continue
            out[k] = self._remade(doc, sentence, tr, pairs)
            out = [
                TriggerTrace(t.hit, t.pattern, [], "the proposal an answer takes: its author's act, told before")
                if t.hit.token == noun
                and t.events
                and all(e.source is None or e.source.code != author.code for e in t.events)
                else t
                for t in out
            ]
        return out

    def _proposer(
        self, tokens: Sequence[Token], verb: int, subject: set[int], mentions: dict[int, Mention], lang: str
    ) -> tuple[Actor, int] | None:
        """The author of the proposal the answering verb at ``verb`` takes as its object, and the proposal's index."""
        proposals = cues(lang).proposals
        ends = {m.token_end: m for m in mentions.values()}
        before: Actor | None = None
        j = verb + 1
        while j < len(tokens) and j - verb <= 6:
            tok = tokens[j]
            if j in subject:
                j += 1
                continue
            if tok.norm in CLAUSE_BREAKS or tok.norm in COMMAS:
                return None
            if (
                tok.norm in proposals
                or any(r.form in proposals and r.prefix in ("", "ال", "ب", "بال") for r in tok.readings)
                or (lang == "ar" and tok.norm.endswith("ا") and tok.norm[:-1] in proposals)  # "عرضا": accusative
            ):
                break
            demonym = self.nationalities.get(tok.norm) if lang == "en" else None
            named = ends.get(j + 1) if lang == "en" else None
            if named is not None and named.actor is not None and j + 1 < len(tokens):
                before = named.actor  # "US mediation", "the UN plan"
                j += 1
                continue
            if demonym is not None:
                country, name = demonym
                before = Actor(country, country, None, None, name, f"country:{country}", tok.text, tok.start, tok.end)
            elif tok.norm not in PROPOSAL_FILLERS:
                return None
            j += 1
        else:
            return None
        if before is not None:
            return before, j  # "an Indian proposal"
        after = j + 1
        if lang == "ar":
            definite = any("ال" in r.prefix for r in tokens[j].readings) or tokens[j].norm.startswith("ال")
            adjective = self._nationality_at(tokens, j, definite, [])
            if adjective:
                return adjective[0], j  # "المبادرة المصرية"
            if after < len(tokens) and tokens[after].norm == "من":
                after += 1  # "عرض من الحكومة"
            elif definite:
                return None  # a definite noun has no genitive after it
        elif after < len(tokens) and tokens[after].norm in ("by", "from"):
            after += 1
            if after < len(tokens) and tokens[after].norm == "the":
                after += 1
        else:
            return None
        m = mentions.get(after)
        return (m.actor, j) if m is not None and m.actor is not None else None

    def _participles(
        self, doc: Document, sentence: Sentence, traces: list[TriggerTrace], lang: str
    ) -> list[TriggerTrace]:
        """An English participial clause after a comma (", wounding two guards and detaining five", ", calling
        for calm") has the subject of the act before it as its source and the group right after it as its target;
        a killing or wounding told so after an attack is that attack's toll, not another attack."""
        if lang != "en":
            return traces
        tokens = sentence.tokens
        objects: dict[int, Mention] | None = None  # the sentence's actors by first token, found when first needed
        out = list(traces)
        for k, tr in enumerate(out):
            t = tr.hit.token
            if (
                tr.pattern is None
                or not (tr.events or tr.reason in (NO_ACTORS, BARE_NOUN))
                or not _participial(tokens, t)
            ):
                continue
            main = next(
                (e.source for i in range(k - 1, -1, -1) for e in out[i].events if e.source and not e.negated), None
            )
            if main is None or any(e.source is not None and e.source.code == main.code for e in tr.events):
                continue
            objects = _actors_at(doc, sentence) if objects is None else objects
            obj = next((objects[i].actor for i in range(t + 1, min(t + 4, len(tokens))) if i in objects), None)
            target = obj.shifted(-sentence.start) if obj is not None and obj.code != main.code else None
            if target is not None and _preposition_before_token(tokens, target, sentence.start) is not None:
                target = None  # an object follows the participle directly, not after a preposition
            cause = next((i for i in range(k - 1, -1, -1) if _attack(out[i])), None)
            if cause is not None and tr.pattern.cameo[:2] in ("18", "19"):
                # ", killing one person" after an attack is its toll: one attack, struck at the victims
                first = out[cause]
                out[k] = TriggerTrace(tr.hit, tr.pattern, [], "the toll of the attack told before it, not another")
                if target is not None and all(e.target is None for e in first.events):
                    out[cause] = self._remade(
                        doc, sentence, first, [(e.source, target, e.location) for e in first.events]
                    )
                continue
            location = next((e.location for e in tr.events), None)
            out[k] = self._remade(doc, sentence, TriggerTrace(tr.hit, tr.pattern, [], ""), [(main, target, location)])
        return out

    def _protest_purposes(self, doc: Document, sentence: Sentence, traces: list[TriggerTrace]) -> list[TriggerTrace]:
        """A protest that names no target takes the target of the purpose told after it: a demand ("a hunger
        strike to press for the governor's dismissal") or a protest verb of purpose ("to protest against
        Norway's new law", "in protest at", "للاحتجاج على"), which is no second protest."""
        first = next((k for k, tr in enumerate(traces) if any(e.cameo_root == "14" for e in tr.events)), None)
        if first is None:
            return traces
        if any(e.target is not None for e in traces[first].events):
            # the protest names its target already: a purpose after it with the same target is no second protest
            # ("marched on the ministry in protest at the police")
            targets = {e.target.code for e in traces[first].events if e.target is not None}
            return [
                TriggerTrace(tr.hit, tr.pattern, [], "the purpose of the protest before it, which it targets")
                if k > first
                and tr.events
                and all(e.cameo_root == "14" and e.target is not None and e.target.code in targets for e in tr.events)
                and _purpose(sentence.tokens, tr.hit)
                else tr
                for k, tr in enumerate(traces)
            ]
        out = list(traces)
        for k in range(first + 1, len(out)):
            tr = out[k]
            roots = {e.cameo_root for e in tr.events}
            purpose = roots == {"14"} and _purpose(sentence.tokens, tr.hit)
            if not (roots == {"10"} or purpose):
                continue
            target = next((e.target for e in tr.events if e.target is not None), None)
            if target is None:
                continue
            for j in range(first, k):  # every protest word before it ("staged demonstrations")
                if any(e.cameo_root == "14" and e.target is None for e in out[j].events):
                    pairs = [
                        (e.source, target, e.location)
                        for e in out[j].events
                        if not e.source or e.source.code != target.code
                    ]
                    out[j] = self._remade(doc, sentence, out[j], pairs) if pairs else out[j]
            if purpose:
                out[k] = TriggerTrace(tr.hit, tr.pattern, [], "the purpose of the protest before it, which it targets")
            break
        return out

    def _remade(
        self,
        doc: Document,
        sentence: Sentence,
        tr: TriggerTrace,
        pairs: Iterable[tuple[Actor | None, Actor | None, Location | None]],
    ) -> TriggerTrace:
        """Trace ``tr`` with its events made again for (source, target, location) ``pairs``, whose actors have
        the sentence-relative offsets of events."""
        assert tr.pattern is not None  # a trace with events has its pattern
        base = sentence.start
        lang = doc.lang if doc.lang in self.books else "en"
        events = [
            self._event(
                doc,
                sentence,
                tr.hit,
                tr.pattern,
                source.shifted(base) if source else None,
                target.shifted(base) if target else None,
                lang,
                location,
            )
            for source, target, location in pairs
        ]
        return TriggerTrace(tr.hit, tr.pattern, events, tr.reason)

    # ------------------------------------------------------------------ pattern choice
    def _choose(
        self,
        hit: TriggerHit,
        tokens: Sequence[Token],
        book: PatternBook,
        consumed: set[int],
        named: frozenset[int] = frozenset(),
    ) -> Pattern | None:
        """The candidate whose complement follows the trigger most closely (the longer complement on a
        tie, then file order), marking the complement used; else the first candidate without one: a
        specific pattern always beats a general one ("launched an investigation into the attack" is an
        investigation, not an attack). The words of actors (``named``: token indices) do not count against
        the window: "تعرض مسؤول في وزارة الصحة هو مدير دائرة أمس للخطف"."""
        found: list[tuple[tuple[int, int, int], Pattern, tuple[int, int]]] = []
        for pattern in hit.candidates:
            if pattern.with_:
                # a quantity before the subject does not count against the window: "شكل عدة مئات من المتظاهرين
                # سلسلة بشرية"
                counted = _after_quantity(tokens, hit.token + 1, pattern.lang) - hit.token - 1
                window = self.settings.complement_window + counted
                span = _find_complement(tokens, hit.token + 1, pattern, window, named)
                if span is not None and pattern.aimed and not _aimed(tokens, span[1], pattern):
                    continue  # "أطلقت كوريا الشمالية صاروخا": a launch at nothing is no attack
                if span is not None:
                    found.append(((span[0], span[0] - span[1], pattern.order), pattern, span))
                elif (before := _device_subject(tokens, hit, pattern)) is not None:
                    # the weapon that did it, right before the verb, is the surest complement: "Israeli
                    # warplanes struck Hezbollah positions" is an air strike, whatever "positions" says
                    found.append(((before[0], before[0] - before[1], pattern.order), pattern, before))
        if not found:
            return next((p for p in hit.candidates if not p.with_), None)
        _, pattern, (start, end) = min(found, key=lambda f: f[0])
        # a narrower code whose complement goes on right after this one's refines it: "مقتل ... بانفجار شاحنة
        # مفخخة" is a car bombing (1832), not a bombing (183)
        finer = [
            f
            for f in found
            if start <= f[2][0] <= end and len(f[1].cameo) > len(pattern.cameo) and f[1].cameo.startswith(pattern.cameo)
        ]
        if finer:
            _, pattern, (_, end) = min(finer, key=lambda f: f[0])
        consumed.update(range(start, end))
        return pattern

    # ------------------------------------------------------------------ attribution
    def _events(
        self,
        doc: Document,
        sentence: Sentence,
        hit: TriggerHit,
        pattern: Pattern,
        groups: list[Group],
        lang: str,
        places: Places | None = None,
        complement_end: int | None = None,
        complement_start: int | None = None,
    ) -> list[Event]:
        tokens = sentence.tokens
        if pattern.cameo[:2] == "04" and not hit.is_noun and _english_passive(tokens, hit.token, lang):
            return []  # "until their demands are met", "the plan was discussed": no meeting between actors
        sources, targets = self._attribute(tokens, hit, pattern, groups, lang, complement_end, complement_start)
        if not targets and lang == "ar" and pattern.cameo[:2] in ATTACK_ROOTS:
            passer = _passing_target(tokens, hit.token, groups, 2 * self.settings.window)
            targets = [a for a in _actors([passer]) if all(a.code != s.code for s in sources)]
        # a town named as a place ("مخيم جنين") is what an act was done to, never who did it: read as the
        # subject, it is the object of a verb whose subject is no actor ("قصفت الطائرات قرية X")
        settled = {(m.start, m.end) for g in groups for m in g.members if (m.entry_id or "").startswith(SETTLEMENT)}
        towns = [s for s in sources if (s.start, s.end) in settled]
        if towns:
            sources = [s for s in sources if (s.start, s.end) not in settled]
            targets = targets or [s for s in towns if s.start > hit.start]
        pairs: list[tuple[Actor | None, Actor | None]]
        if targets:
            pairs = [(s, t) for s in _or_none(sources) for t in targets if s is None or s.code != t.code]
            if not pairs:  # the target is the source itself ("the minister said Cairo ..."): no target
                pairs = [(s, None) for s in sources]
        elif pattern.reciprocal and len(sources) > 1:
            pairs = [(a, b) for a, b in permutations(sources, 2) if a.code != b.code]
        else:
            pairs = [(s, None) for s in sources]
        unnamed = False
        if not pairs and pattern.alone and (not hit.is_noun or _occurs(tokens, hit, lang)):
            pairs = [(None, None)]  # "protests broke out in Nouakchott": an event whoever took part
        elif not pairs and pattern.cameo[:3] == "183" and _one_act(tokens, hit):
            # "انفجرت سيارة مفخخة في تكريت أمس": a bombing dated or placed is news though nobody is named
            pairs, unnamed = [(None, None)], True
        location = None
        if places is not None:
            matches = places.by_sentence.get(sentence.index, [])
            intro = places.introduced.get(sentence.index)
            if intro is None:
                intro = places.introduced[sentence.index] = introductions(sentence.tokens, matches, lang)
            match = choose_match(sentence.tokens, matches, hit.token, lang, intro)
            destination = pattern.cameo in VISITS
            if destination and match is None:
                # a visit to a place is made there, to its state: "وصل الوزير إلى دمشق", "arrived in Damascus"
                match = _destination(sentence.tokens, matches, hit.token)
            location = to_location(match, places.context, locative=True) if match is not None else None
            struck = (
                _struck_place(sentence.tokens, matches, hit.token, self.settings.window)
                if pattern.cameo[:2] in ATTACK_ROOTS and all(t is None for _, t in pairs)
                else None
            )
            struck_at = to_location(struck, places.context, locative=True) if struck is not None else None
            if struck is not None and struck_at is not None and struck_at.country:
                # a town struck ("غارة جوية على خان يونس", "an air strike on Gaza"): its state is the target, as
                # PETRARCH's dictionaries code a country's cities, and the town is where the act took place
                match, location = struck, struck_at
            if (
                match is not None
                and location is not None
                and location.country
                and (pattern.cameo in PLACE_MEASURES or destination or match is struck)
            ):
                # a curfew or emergency rule is imposed on (or lifted from) the people of a place, aid is
                # given to them, forces are put on alert over them: they are its target ("lifted the curfew in
                # Tripoli", "فرضت حظر التجول في حمص", "halted food convoys in Basra")
                place = Actor(
                    location.country, location.country, None, None, location.name,
                    f"country:{location.country}", match.text, match.start, match.end,
                )  # fmt: skip
                # a visit within the visitor's own state is to no other
                home = {s.country for s, _ in pairs if s is not None} if destination else set()
                if place.country not in home:
                    pairs = [(s, place if t is None and (s is None or s.code != place.code) else t) for s, t in pairs]
        events = [self._event(doc, sentence, hit, pattern, s, t, lang, location) for s, t in pairs]
        if unnamed and not any(e.date_text or e.location for e in events):
            return []
        return events

    def _attribute(
        self,
        tokens: Sequence[Token],
        hit: TriggerHit,
        pattern: Pattern,
        groups: list[Group],
        lang: str,
        complement_end: int | None = None,
        complement_start: int | None = None,
    ) -> tuple[list[Actor], list[Actor]]:
        window = self.settings.window
        t = hit.token
        # actors after a complementiser belong to the reported clause ("قال بيان إن الجانبين ..."), not to the verb
        names = _quoted_names(tokens, groups, t, lang)
        # the words of a verb-first subject right after the verb do not count against the window: "استقبل أمير
        # قطر الشيخ تميم بن حمد آل ثاني في الدوحة أمس وزير الخارجية الأمريكي"
        subject_words = _verb_first_subject_words(tokens, t, groups, lang, hit)
        after = [
            g
            for g in groups
            if t < g.token_start <= t + window + _appositions_between(tokens, groups, t, g.token_start) + subject_words
            and not _clause_break(tokens, t + 1, g.token_start, CLAUSE_BREAKS | cues(lang).barriers, names)
            and not (lang == "en" and _english_clause_between(tokens, t + 1, g.token_start, not hit.is_noun))
            # ... nor is one followed by an auxiliary: the subject of its own ("said the suspect was armed")
            and not (
                lang == "en" and not hit.is_noun and g.token_end < len(tokens) and tokens[g.token_end].norm in EN_FINITE
            )
        ]
        before = [
            g
            for g in groups
            if t - window <= g.token_end - 1 < t
            and not _clause_break(tokens, g.token_end, t, CLAUSE_BREAKS | cues(lang).barriers)
        ]
        if pattern.reported:
            return _reported_arguments(tokens, t, groups, lang)
        agent = self._agent_phrase(tokens, t, after, pattern, lang)
        if hit.is_noun:
            sources, targets = _noun_arguments(tokens, hit, pattern, before, after, lang, agent)
            if not sources and lang == "ar":
                sources = self._nationality_after(tokens, hit, pattern, groups)
            return sources, targets
        relative = t > 0 and tokens[t - 1].norm in cues(lang).relatives
        if relative and lang == "ar" and (pattern.cameo[:2] == "01" or _resumed_relative(tokens, hit)):
            # a subject after the verb makes the relative its object or adjunct: a statement's ("المشاورات التي
            # أكدت مصادر الرئاسة أنها قائمة"), or past a preposition whose pronoun resumes the relative ("الحملة
            # التي اعتقلت فيها الشرطة مئات")
            relative = not any(
                0 < g.token_start - t <= 3 and not _prepositional(tokens, g, lang) and not self._act_patient(tokens, g)
                for g in groups
                if not _clause_break(tokens, t + 1, g.token_start)
            )
        if lang == "ar" and not (pattern.passive or hit.passive):
            resumed = _pronoun_object(tokens, hit, groups, relative)
            if resumed is not None:
                return resumed
        if relative:
            # the subject is the relative's head: an actor ("المسلحون الذين هاجموا", "the gunmen who attacked")
            # or a thing ("the attack that targeted X", "الهجوم الذي استهدف"), which leaves no source
            before = [g for g in groups if g.token_end == t - 1]
        # a passive, or an agent named by "على يد" / "برصاص" / "by" ("استشهد شاب برصاص الجيش"): the
        # grammatical subject is the target and the agent phrase the source
        if pattern.passive or hit.passive or _english_passive(tokens, t, lang) or (lang == "ar" and agent is not None):
            patients = [
                g
                for g in after
                if g is not agent
                and not _complement_adjective(tokens, g, complement_end)
                # the subject of a light verb's own act is not this verb's patient: "أصيب عشرة عند قيام انتحاري
                # بتفجير نفسه"
                and not (g.token_start > 0 and light_verb(tokens[g.token_start - 1].norm))
            ]
            passive_target = before[-1:] if lang == "en" or not after else patients[:1]
            if (
                lang == "ar"
                and before
                and (not passive_target or _carries_subject(tokens[t], hit))
                and _only_auxiliaries(tokens, before[-1].token_end, t)
            ):
                # subject-first: "ضابطان اختطفا على يد مسلحين" (two officers were kidnapped by gunmen); a passive
                # that carries its plural subject has it before, whatever follows ("ستة مدنيين أصيبوا بانفجار
                # استهدف موكب الوزير": the civilians were wounded, not the minister)
                passive_target = before[-1:]
            return _actors([agent]), _actors(passive_target)
        if lang == "ar" and not relative and t > 0 and tokens[t - 1].norm in AR_PRONOUN_COMPLEMENTIZERS:
            # "أعلنت الجماعة أنها قتلت ثلاثة جنود": the pronoun is the subject, what follows the object
            speaker = _pronoun_speaker(tokens, t, groups, lang)
            return _actors([speaker]), _actors([_target(tokens, after, pattern, lang)])
        if lang == "ar" and normalize(hit.prefix).lstrip("وف") == "ب":
            # the verbal noun of the light verb قام read as its verb ("قام مسلحون ملثمون بخطف المحافظ"): the
            # light verb's subject is its subject, what follows it its object
            light = next((k for k in range(t - 1, max(-1, t - 9), -1) if light_verb(tokens[k].norm)), None)
            if light is not None and not _clause_break(tokens, light, t):
                subject = _light_verb_subject(tokens, t, before)
                return _actors([subject]), _actors([_target(tokens, after, pattern, lang)])
        # a subject before the verb with an auxiliary between ("وحدة من قوات الأمن قد قتلت ثلاثة"), or after
        # إن ("إن الشرطة قتلت ثلاثة"): the verb is active; with neither, the group may be the subject of a
        # verb before it ("وقال الجيش قتل ثلاثة جنود": three soldiers were killed)
        subject_first = (
            lang == "ar"
            and bool(before)
            and _only_auxiliaries(tokens, before[-1].token_end, t)
            and not _adjunct(tokens, before[-1], lang)
            and (
                any(tok.norm in _AUXILIARIES for tok in tokens[before[-1].token_end : t])
                or (before[-1].token_start > 0 and tokens[before[-1].token_start - 1].norm in _SUBJECT_COMPLEMENTIZERS)
            )
        )
        if lang == "ar" and not relative and not subject_first:
            patient = _unmarked_passive(tokens, hit, after, lang, lambda k: self._suffered_in(tokens, k))
            if patient is not None:
                return [], _actors([patient])
        if lang == "ar":
            # verb-first: the subject follows the verb directly, not after a preposition; else subject-first
            # subject-first when an actor stands right before the verb, or with only كان/قد between
            # ("الجيش أعلن", "وكان الرئيس ... قد استقبل"); else verb-first: the subject follows directly
            subject = (
                before[-1]
                if before
                and _only_auxiliaries(tokens, before[-1].token_end, t)
                and (_carries_subject(tokens[t], hit) or not _adjunct(tokens, before[-1], lang))
                # a verb joined by و/ف opens a clause: the group before it ends the last one ("قتل جندي وجرح")
                and not normalize(hit.prefix).startswith(("و", "ف"))
                else None
            )
            if subject is not None and _unmarked_passive_verb(tokens, hit, lang):
                # a group in or after the pattern's complement is no object of the verb: "ستة مدنيين قتلوا في
                # تفجير انتحاري طال دورية للجيش" (the bomber is the attack's, the patrol the next clause's)
                direct = [
                    g
                    for g in after
                    if not _prepositional(tokens, g, lang)
                    and (complement_start is None or g.token_start < complement_start)
                ]
                if not direct and _no_object_at(tokens, t + 1, lang):
                    # "أحد عناصر الشرطة قتل في الهجوم": the subject before the verb suffered the act
                    return [], _actors([subject])
            # a verb that carries its plural subject ("رفعوا", "يطالبون") has no subject after it: what follows
            # is its object ("ورفعوا لافتات تطالب الحكومة" is not the government raising banners)
            if subject is None and not relative and not _carries_subject(tokens[t], hit):
                # "أغلق عدة آلاف من المتظاهرين الطريق", past a time word: "اعتصم اليوم قرابة ألف عامل"
                counted = _after_quantity(tokens, _past_time_words(tokens, t), lang)
                # ... past the members or supporters counted: "اعتصم مئات من أنصار حزب الشعب"
                counted_body = _past_members(tokens, counted)
                # an indefinite accusative noun right after the verb is its object, and the verb's subject
                # comes before it: "استهدفت مقصفا يرتاده طلاب" (the students are not who struck)
                object_first = _accusative_noun(tokens, t + 1, groups, lang)
                # the subject of a verb-first clause comes before the pattern's complement: a group after it is
                # the complement's ("أطلق سراح ثلاثة صحفيين": the journalists were freed)
                complement = _subject_limit(tokens, pattern, complement_end)
                # a feminine verb ("قتلت") agrees with no masculine plural or count of men after it: "فقتلت 14
                # مسلحا" has its subject before it, the gunmen are its object
                feminine = self._feminine_past(tokens[t], hit, lang)
                subject = next(
                    (
                        g
                        for g in after
                        if g.token_start < complement
                        and not (feminine and _masculine_people(tokens, g))
                        and (
                            (not _prepositional(tokens, g, lang) and g.token_start - t <= 3 and not object_first)
                            or (counted > t + 1 and g.token_start in (counted, counted_body))
                        )
                    ),
                    None,
                )
            if (
                subject is None
                and before
                and (_carries_subject(tokens[t], hit) or not _adjunct(tokens, before[-1], lang))
                and not (lang == "ar" and self._genitive_of_thing(tokens, before[-1]))
                # not across a prepositional phrase ("الوزير في تفجير سيارة استهدفت": the car struck), nor for a
                # verb of unmarked passive spelling, whose group is its patient ("قتل جندي وجرح آخرون")
                and not any(_adjunct_word(tok) for tok in tokens[before[-1].token_end : t])
                and not _unmarked_passive_verb(tokens, hit, lang)
            ):
                # an actor before the verb is its subject; after a preposition of place or direction ("صاروخا
                # على المدرسة فقتلت") only when the verb carries its plural subject ("مشاهد لمتظاهرين يهتفون"); a
                # genitive after ل or من belongs to the subject ("فرقة من قوات الأمن قتلت")
                subject = before[-1]
            if subject is None and (_carries_subject(tokens[t], hit) or _joined_feminine_verb(tokens[t], hit)):
                # the pronoun refers back to the subject of the clause before: "تظاهر آلاف المواطنين ... ورفعوا";
                # a verb joined by و shares it too: "قامت قوة من الشرطة بمداهمة المسجد واعتدت على المصلين"
                subject = next(
                    (
                        g
                        for g in reversed(groups)
                        if g.token_end <= t
                        and not _prepositional(tokens, g, lang)
                        and not _clause_break(tokens, g.token_end, t)
                        and not self._genitive_of_thing(tokens, g)
                    ),
                    None,
                )
            if subject is None:
                subject = _pronoun_speaker(tokens, t, groups, lang)
            rest = [g for g in after if g is not subject]
            target = _target(tokens, rest, pattern, lang) or _possessed_object(tokens, t, groups, subject)
            if target is not None and pattern.cameo[:2] == "01" and self._act_patient(tokens, target):
                target = None  # "أعلنت مصادر مقتل ثلاثة جنود": the soldiers are the killing's, not the statement's
            return _actors([subject]), _actors([target])
        subject = before[-1] if before else _pronoun_speaker(tokens, t, groups, lang)
        if lang == "en" and not relative and t > 0 and tokens[t - 1].norm == "and":
            subject = _coordinated_subject(tokens, t - 1, groups)
        elif lang == "en" and not relative:
            subject = _apposition_subject(tokens, t, groups) or subject
        target = _target(tokens, after, pattern, lang)
        if target is None and pattern.cameo[:2] in ADDRESSED_ROOTS:
            target = _addressee(tokens, t, groups)
        if target is None and lang == "en" and pattern.cameo[:2] in INFINITIVE_ROOTS:
            target = _infinitive_target(tokens, t, groups, subject)
        return _actors([subject]), _actors([target])

    def _feminine_past(self, token: Token, hit: TriggerHit, lang: str) -> bool:
        """An Arabic past verb with the feminine ending, the form without it being the pattern's too
        (قتلت: قتل)."""
        form = _verb_form(token, hit)
        return lang == "ar" and not hit.is_noun and form.endswith("ت") and self.books[lang].is_verb(form[:-1])

    def _agent_phrase(
        self, tokens: Sequence[Token], t: int, after: list[Group], pattern: Pattern, lang: str
    ) -> Group | None:
        """The agent phrase of the trigger at ``t`` ("على يد X", "برصاص X", "by X"). One after an act of violence
        that stands between is that act's: "اعتصموا احتجاجا على مقتل زميلين برصاص الشرطة" is no sit-in by the
        police."""
        agent = _agent_phrase_group(tokens, after, lang)
        if (
            agent is not None
            and pattern.cameo[:2] not in VIOLENCE_ROOTS
            and any(_act_noun(tokens, k, self.books[lang], VIOLENCE_ROOTS) for k in range(t + 1, agent.token_start))
        ):
            return None
        return agent

    def _act_patient(self, tokens: Sequence[Token], g: Group) -> bool:
        """Group ``g`` is the genitive of an Arabic noun of violence before it, past a count ("مقتل ثلاثة
        جنود", "إصابة عشرة أشخاص"): who suffered the act the noun names."""
        k = g.token_start - 1
        while k >= 0 and _quantity_word(tokens[k], "ar"):
            k -= 1
        return k >= 0 and _act_noun(tokens, k, self.books["ar"], VIOLENCE_ROOTS)

    def _suffered_in(self, tokens: Sequence[Token], k: int) -> bool:
        """An attack is named at token ``k`` as what someone suffered: "في انفجار", "جراء الهجوم", "بانفجار عبوة"
        ("قتل النائب في انفجار": the member was killed, the definite group is no subject doing it)."""
        if k >= len(tokens):
            return False
        if tokens[k].norm in CAUSE_LINKS and k + 1 < len(tokens):
            k += 1
        elif not any(r.prefix.lstrip("وف") == "ب" for r in tokens[k].readings[1:]):
            return False
        return _act_noun(tokens, k, self.books["ar"], VIOLENCE_ROOTS)

    def _genitive_of_thing(self, tokens: Sequence[Token], g: Group) -> bool:
        """An Arabic group in construct after a noun of a thing ("منزل نجيب ميقاتي": his house), which no verb
        after it has as subject: the noun is no trigger, count, noun of members or word with the article."""
        k = g.token_start - 1
        if k < 0 or tokens[g.token_start].start < g.members[0].start:
            return False
        prev = tokens[k]
        return (
            prev.kind is TokenKind.WORD
            and prev.is_arabic
            and not prev.norm.startswith(("ال", "وال"))
            and _bare_noun(prev)
            and prev.norm not in MEMBERS | PEOPLE_OF | FUNCTION_WORDS | _SUBJECT_COMPLEMENTIZERS | _AUXILIARIES
            and prev.norm not in cues("ar").barriers | CLAUSE_LINKS  # the relatives among them
            and not (len(prev.norm) >= 4 and prev.norm.endswith("و"))  # "مسلحو حماس": a plural of people
            and not _quantity_word(prev, "ar")
            and self.books["ar"].lookup(tokens, k) is None
        )

    def _complement_genitive(
        self, doc: Document, sentence: Sentence, hit: TriggerHit, pattern: Pattern, events: list[Event], k: int
    ) -> list[Event]:
        """An actor right after the complement noun at token ``k`` is that noun's genitive, not the verb's
        subject: "استهدفت موكب المحافظ" targets the governor's motorcade (the governor), it was not his act."""
        tokens = sentence.tokens
        if k + 1 >= len(tokens) or tokens[k].kind is not TokenKind.WORD or not _bare_noun(tokens[k]):
            return events  # "قتل برصاص رجال الأمن", "قبضت عليه حماس": after a preposition, the agent or subject
        at = tokens[k + 1].start - sentence.start
        if not any(e.source is not None and e.source.start == at and e.target is None for e in events):
            return events
        pairs = [
            (None, e.source, e.location)
            if e.source is not None and e.source.start == at
            else (e.source, e.target, e.location)
            for e in events
        ]
        return self._remade(doc, sentence, TriggerTrace(hit, pattern, events, ""), pairs).events

    def _complement_agent(
        self,
        doc: Document,
        sentence: Sentence,
        hit: TriggerHit,
        pattern: Pattern,
        events: list[Event],
        k: int,
        groups: list[Group],
    ) -> list[Event]:
        """``events`` with no source take the state of the nationality adjective after the complement noun at
        token ``k`` ("في غارة إسرائيلية", "بالقصف التركي"), or who carried the attack out, after a verb of doing
        that resumes it ("في غارة جوية شنتها طائرات أمريكية", "في هجوم نفذه مسلحون")."""
        if not events or any(e.source is not None for e in events):
            return events
        tok = sentence.tokens[k]
        definite = tok.norm.startswith("ال") or any(normalize(r.prefix).endswith("ال") for r in tok.readings)
        # the strike named as a state's force takes in the complement's words: "في ضربة جوية أميركية" (USAMIL);
        # one of no state names nobody
        strike = next(
            (
                g
                for g in groups
                if g.token_start <= k < g.token_end
                and _strike_noun(sentence.tokens, g)
                and all(m.actor is not None and m.actor.country for m in g.members)
            ),
            None,
        )
        agent = (
            _actors([strike])
            or self._nationality_at(sentence.tokens, k, definite, groups)
            or _actors([_act_agent(sentence.tokens, k, [g for g in groups if g.token_start > k], "ar")])
        )
        if not agent:
            return events
        source = agent[0].shifted(-sentence.start)  # as the actors of events
        pairs = [(source, e.target if e.target and e.target.code != source.code else None, e.location) for e in events]
        return self._remade(doc, sentence, TriggerTrace(hit, pattern, events, ""), pairs).events

    def _nationality_after(
        self, tokens: Sequence[Token], hit: TriggerHit, pattern: Pattern, groups: list[Group]
    ) -> list[Actor]:
        """The state whose nationality adjective qualifies an Arabic event noun: "الغارات الإسرائيلية على
        غزة", "هجوم أمريكي", "القصف التركي" (Israel, the United States, Turkey did it). The adjective agrees
        in definiteness and may follow another ("الهجوم العسكري الأمريكي"). After an indefinite noun whose
        genitive is its victim it is that victim ("مقتل إسرائيلي"), so only attack nouns take it there."""
        t = hit.token
        definite = _definite(tokens[t], hit)
        if pattern.cameo[:2] == "14":
            return []  # "الاحتجاجات الإيرانية" are protests in Iran, by anyone there
        if (
            not definite
            and pattern.cameo[:2] in PATIENT_GENITIVE_ROOTS
            and _verb_form(tokens[t], hit) not in cues("ar").agent_genitives
        ):
            return []
        return self._nationality_at(tokens, t, definite, groups)

    def _nationality_at(self, tokens: Sequence[Token], t: int, definite: bool, groups: list[Group]) -> list[Actor]:
        """The state named by a nationality adjective among the (up to three) adjectives after token ``t``."""
        covered = {k for g in groups for k in range(g.token_start, g.token_end)}
        for k in range(t + 1, min(t + 4, len(tokens))):
            tok = tokens[k]
            if k in covered or not tok.is_arabic or tok.norm.startswith("ال") != definite:
                return []  # the adjectives end at an actor, another word or one of other definiteness
            stem = tok.norm[2:] if definite else tok.norm
            found = self.nationalities.get(stem) or (self.nationalities.get(stem[:-1]) if stem.endswith("ا") else None)
            if found is not None:
                country, name = found
                return [Actor(country, country, None, None, name, f"country:{country}", tok.text, tok.start, tok.end)]
        return []

    # ------------------------------------------------------------------ the record
    def _event(
        self,
        doc: Document,
        sentence: Sentence,
        hit: TriggerHit,
        pattern: Pattern,
        source: Actor | None,
        target: Actor | None,
        lang: str,
        location: Location | None = None,
    ) -> Event:
        attempt = _attempted(sentence.tokens, hit, pattern)
        negated, hypothetical = _modality(sentence.tokens, hit, lang, attempt)
        code = "185" if attempt and pattern.cameo == "186" else pattern.cameo
        if negated and code[:2] in REFUSAL_CODES and _refusal(sentence.tokens, hit, lang):
            # "will not accept refugees", "لن نفرج عن", "refused to meet": a refusal to cooperate is a rejection
            code, negated, hypothetical = REFUSAL_CODES[code[:2]], False, False
        elif hypothetical and not negated and _intent(sentence.tokens, hit, lang):
            # "will provide aid", "مستعدة لسحب قواتها", "will attack": a stated intention is itself an event,
            # coded as CAMEO codes intentions (03x) and threats (13x)
            intended = INTENT_CODES.get(code[:2])
            if intended is not None and intended in self.ontology:
                code, hypothetical = intended, False
        info = self.ontology[code]
        plover, plover_mode = info.plover, info.plover_mode
        if pattern.plover and code == pattern.cameo:
            plover, _, mode = pattern.plover.partition(":")
            plover_mode = mode or None
        base = sentence.start
        src = source.shifted(-base) if source else None
        tgt = target.shifted(-base) if target else None
        key = f"{doc.id}|{sentence.index}|{src.code if src else ''}|{tgt.code if tgt else ''}|{code}"
        both = src is not None and tgt is not None
        when, precision, when_text = _event_date(doc, sentence, hit, hypothetical)
        return Event(
            event_id=hashlib.sha1(key.encode("utf-8")).hexdigest()[:20],
            doc_id=doc.id,
            sentence_index=sentence.index,
            sentence=doc.text[sentence.start : sentence.end],
            lang=lang,
            date=when,
            date_precision=precision,
            date_text=when_text,
            source=src,
            target=tgt,
            cameo=info.code,
            cameo_root=info.root,
            cameo_label=info.label,
            plover=plover,
            plover_mode=plover_mode,
            quad_class=info.quad_class,
            goldstein=info.goldstein,
            negated=negated,
            hypothetical=hypothetical,
            location=location,
            trigger=Trigger(doc.text[hit.start : hit.end], hit.start - base, hit.end - base),
            rule=pattern.rule,
            confidence=0.9 if both else 0.6 if src or tgt else 0.4,
        )


#: prepositions that a verb of consequence takes before the toll: "أسفر الانفجار عن", "أدى الهجوم إلى"
CONSEQUENCE_LINKS = frozenset(map(normalize, ["عن", "إلى", "الى"]))


def _consequence_around(tokens: Sequence[Token], attack: int, toll: int, lang: str) -> bool:
    """The verb of consequence comes before the attack it tells the toll of, which is its subject: "أسفر
    انفجار سيارة مفخخة أمس عن إصابة ..." (the preposition it takes stands right before the toll)."""
    # a comma may stand before the preposition, closing the attack's description: "أسفر انفجار عبوة قرب
    # السوق، عن مقتل خمسة"
    end = toll - 2 if toll >= 2 and tokens[toll - 2].norm in COMMAS else toll - 1
    return (
        lang == "ar"
        and attack < toll
        and tokens[toll - 1].norm in CONSEQUENCE_LINKS
        and _any_cue(_words_before(tokens, attack, 3), cues(lang).consequence)
        and not _clause_break(tokens, attack, end, CLAUSE_BREAKS | COMMAS)
    )


#: words that single out who was among a count of people: "تسعة بينهم أربعة من عناصر الدرك"
AR_INCLUSIONS = frozenset(
    map(normalize, "بينهم بينهن منهم منهن معظمهم معظمهن غالبيتهم غالبيتهن أغلبهم أغلبهن أكثرهم جميعهم".split())
)
INCLUSION_REACH = 4  # tokens between the inclusion word and the group it names ("بينهم ثلاثة من")


def _with_inclusions(tokens: Sequence[Token], groups: list[Group], lang: str) -> list[Group]:
    """``groups`` with a count of people of no stated kind ("13 شخصا", "عشرة") and the group an inclusion
    after it names ("أغلبهم من حرس الحدود", "بينهم جنديان أمريكيان") made one group of the named kind,
    spanning both: who was killed or wounded is told by the group singled out."""
    if lang != "ar":
        return groups
    out: list[Group] = []
    for g in groups:
        k = g.token_start - 1  # the inclusion word before the named group, past numbers and "من"
        while (
            k >= 0
            and g.token_start - k <= INCLUSION_REACH
            and (_quantity_word(tokens[k], lang) or tokens[k].norm in QUANTITY_LINKS)
        ):
            k -= 1
        if k < 1 or tokens[k].norm not in AR_INCLUSIONS or g.token_start - k > INCLUSION_REACH:
            out.append(g)
            continue
        head = out[-1] if out and out[-1].token_end == k else None
        if head is not None and all(a.code == PEOPLE for a in head.actors):
            out[-1] = Group(g.members, head.token_start, g.token_end)  # "13 شخصا معظمهم من الشرطة"
        elif head is None and _quantity_word(tokens[k - 1], lang):
            out.append(Group(g.members, k - 1, g.token_end))  # "تسعة بينهم أربعة من عناصر الدرك"
        else:
            out.append(g)
    return out


def _listed_kinds(tokens: Sequence[Token], traces: list[TriggerTrace]) -> list[TriggerTrace]:
    """Words of violence joined by و to a noun of violence that reports no act, and spelt like nouns, are nouns
    too, kinds of violence listed ("عن قتل وخطف الشبان", "من تهجير قسري وقتل واعتقال"), not verbs with a
    subject."""
    bare = {
        tr.hit.token
        for tr in traces
        if tr.hit.is_noun and not tr.events and tr.pattern is not None and tr.pattern.cameo[:2] in VIOLENCE_ROOTS
    }
    if not bare:
        return traces
    out: list[TriggerTrace] = []
    for tr in traces:
        if (
            tr.events
            and not tr.hit.is_noun
            and tr.pattern is not None
            and tr.pattern.cameo[:2] in VIOLENCE_ROOTS
            and normalize(tr.hit.prefix) == "و"
            and not _verb_form(tokens[tr.hit.token], tr.hit).endswith(("ت", "وا", "ا"))  # spelt like a noun
            and _listed_after(tokens, tr.hit.token, bare)
        ):
            out.append(
                TriggerTrace(tr.hit, tr.pattern, [], "listed with a noun of violence: a kind of violence, not an act")
            )
            bare.add(tr.hit.token)
        else:
            out.append(tr)
    return out


def _listed_after(tokens: Sequence[Token], t: int, bare: set[int]) -> bool:
    """Token ``t`` ends a list "X [adjective] وY وZ" whose head X is in ``bare``."""
    k, adjective = t - 1, False
    while k >= 0:
        tok = tokens[k]
        if k in bare:
            return True
        if tok.is_arabic and any(r.prefix == "و" for r in tok.readings):
            k -= 1  # another member: "وذبح"
        elif tok.is_arabic and not adjective and tok.norm.endswith(("ي", "يه")):
            adjective, k = True, k - 1  # "تطهير عرقي"
        else:
            return False
    return False


HISTORY = "dated more than a year before publication: history, not news"
#: verbs that judge an act (praise, criticise, reject): their target is who did it
JUDGEMENT_ROOTS = frozenset({"05", "11", "12"})
#: acts whose target, when no actor is named, is the people of the place they are done in: curfews, states of
#: emergency and limits on expression, imposed and eased; aid given or stopped; forces put on alert or mobilised;
#: peacekeepers, inspectors and aid agencies withdrawn
PLACE_MEASURES = frozenset(
    {"0811", "0813", "0814", "1721", "1723", "1724", "070", "071", "072", "073", "074"}
    | {"150", "151", "152", "153", "154", "162", "1621", "1622", "1623", "1661", "1662", "1663"}
)


#: a visit is to the state of the place it is made in: its locative place, else its destination after إلى / to
VISITS = frozenset({"042"})
#: prepositions of a destination
DESTINATIONS = frozenset(map(normalize, ["إلى", "الى", "to"]))


def _destination(tokens: Sequence[Token], matches: Sequence[PlaceMatch], t: int) -> PlaceMatch | None:
    """The first place after the trigger ``t`` in its clause right after a preposition of destination."""
    for match in sorted(matches, key=lambda m: m.token_start):
        if match.token_start <= t or any(tokens[k].norm in CLAUSE_BREAKS for k in range(t + 1, match.token_start)):
            continue
        if not match.weak and tokens[match.token_start - 1].norm in DESTINATIONS:
            return match
    return None


NO_ACTORS = "no source or target actor around the trigger"
NO_TOLL = "words that tell the toll of an attack, with no attack told before them"
BARE_NOUN = "a noun of violence with no agent, date or place: a reference to an attack, not a report of one"
#: roots of accepting, welcoming and rejecting, whose object may be a proposal by another side
RESPONSE_ROOTS = frozenset({"03", "05", "12"})
#: what may stand between an answering verb and the proposal it takes: adverbs, articles and the proposal's kind
PROPOSAL_FILLERS = frozenset(
    map(
        normalize,
        "again once outright also flatly firmly fresh new latest recent peace ceasefire truce the a an its their this "
        "that his her any all every to with مجددا ايضا كذلك بشدة".split(),
    )
)


#: what may stand between a verb of judgement and the act it judges, besides its subject
#: the prepositions a protest takes before what it is against ("in protest of", "protested against", "احتجاجا على")
PROTEST_AGAINST = frozenset(map(normalize, ["against", "of", "at", "over", "على", "ضد"]))
PROTEST_OPENERS = frozenset(map(normalize, ["in", "to", "protest", "protests", "احتجاجا", "للاحتجاج", "احتجاج"]))
JUDGEMENT_LINKS = frozenset(map(normalize, ["ب", "على", "بشدة", "strongly", "also", "أيضا", "كذلك"]))


def _object_of(tokens: Sequence[Token], verb: int, noun: int, subject: set[int]) -> bool:
    """The noun at ``noun`` is the object of the verb at ``verb``: only its subject (``subject``: token
    indices), articles, an adverb or a preposition the verb takes stand between ("أدانت مصر بشدة الهجوم",
    "praised the visit")."""
    between = [t.norm for k, t in enumerate(tokens[verb + 1 : noun], verb + 1) if k not in subject]
    return len(between) <= 2 and all(w in DETERMINERS or w in JUDGEMENT_LINKS for w in between)


def _spanned(tokens: Sequence[Token], events: list[Event], base: int) -> set[int]:
    """Indices of the tokens the sources of ``events`` span (their offsets are sentence-relative)."""
    spans = [(e.source.start + base, e.source.end + base) for e in events if e.source is not None]
    return {k for k, t in enumerate(tokens) if any(a <= t.start < b for a, b in spans)}


def _shared_history(traces: list[TriggerTrace], published: str | None) -> list[TriggerTrace]:
    """Acts of violence listed with one the sentence dates years back, and not dated themselves or dated by
    a date of years back too (the same one, further away), are history too: "نسب إليه تفجير قنصلية عام 1994
    (في العاصمة) وتفجير فندق قتل فيه العشرات"."""
    if not any(tr.reason == HISTORY for tr in traces):
        return traces
    return [
        TriggerTrace(tr.hit, tr.pattern, [], HISTORY)
        if tr.events
        and all(
            e.cameo_root in VIOLENCE_ROOTS and (e.date_text is None or _historical(e, published)) for e in tr.events
        )
        else tr
        for tr in traces
    ]


#: prepositions that take a gerund: "-ing" forms after one, and those listed after it, are no participial clause
GERUND_PREPOSITIONS = frozenset({"of", "for", "by", "about", "from", "without", "after", "before", "against"})


def _actors_at(doc: Document, sentence: Sentence) -> dict[int, Mention]:
    """The sentence's actor mentions by the index of their first token."""
    return {m.token_start: m for m in doc.mentions if m.sentence_index == sentence.index and m.actor is not None}


def _participial(tokens: Sequence[Token], t: int) -> bool:
    """An English -ing form that opens a clause after a comma (", killing five"), or is joined by "and" to one
    that does (", killing five and wounding ten")."""
    if not tokens[t].norm.endswith("ing") or t == 0:
        return False
    k = t - 1
    while k > 0 and tokens[k].norm not in CLAUSE_BREAKS:
        if tokens[k].norm.endswith("ing") and tokens[k - 1].norm in GERUND_PREPOSITIONS:
            return False  # a list of gerunds: "accused the US of violating rights, ignoring the law"
        k -= 1
    if tokens[t - 1].norm == ",":
        return True
    if tokens[t - 1].norm != "and":
        return False
    k = t - 2
    while k > 0 and tokens[k - 1].norm not in (",", *CLAUSE_BREAKS):
        k -= 1
    return k > 0 and tokens[k - 1].norm == "," and tokens[k].norm.endswith("ing")


def _preposition_before_token(tokens: Sequence[Token], actor: Actor, base: int) -> str | None:
    """The English preposition right before a sentence-relative actor, if any."""
    k = next((j for j, tok in enumerate(tokens) if tok.start - base == actor.start), None)
    if k is None or k == 0:
        return None
    prev = tokens[k - 1].norm
    if prev == "the" and k > 1:
        prev = tokens[k - 2].norm
    return prev if prev in cues("en").prepositions else None


def _purpose(tokens: Sequence[Token], hit: TriggerHit) -> bool:
    """A protest word that tells the purpose of an act before it: "to protest", "in protest at", "للاحتجاج"."""
    t = hit.token
    prev = tokens[t - 1].norm if t > 0 else ""
    return prev in ("to", "in") or "ل" in hit.prefix  # after "in" the word is a noun ("in protest"), whatever its form


def _protest_topics(traces: list[TriggerTrace]) -> list[TriggerTrace]:
    """A demand voiced by a protest after it is the protest's topic, not an event of its own (PLOVER manual:
    "the topic of the protest, which will typically be a REQUEST, is not coded as a separate event"):
    "thousands marched demanding reforms", "تظاهر الآلاف مطالبين بالإصلاح"."""
    protest = next((k for k, tr in enumerate(traces) if any(e.cameo_root == "14" for e in tr.events)), None)
    if protest is None:
        return traces
    out = traces[: protest + 1]
    for tr in traces[protest + 1 :]:
        if tr.events and all(e.cameo_root == "10" for e in tr.events):
            tr = TriggerTrace(tr.hit, tr.pattern, [], "the demand of a protest is its topic, not another event")
        out.append(tr)
    return out


def _attack(tr: TriggerTrace) -> bool:
    """A trace that reports an attack (root 18 or 19, neither negated nor hypothetical)."""
    return (
        bool(tr.events)
        and tr.pattern is not None
        and all(e.cameo_root in ("18", "19") and not e.negated and not e.hypothetical for e in tr.events)
    )


def _striking_subject(tokens: Sequence[Token], t: int, lang: str) -> bool:
    """An Arabic noun of what strikes by itself (cues: striking) right before the verb at ``t``, or before it
    and one word describing it: "انفجارا استهدف", "قنبلة يدوية استهدفت"."""
    striking = cues(lang).striking
    for k in (t - 1, t - 2):
        if k < 0 or not tokens[k].is_arabic:
            return False
        if any(r.form in striking and r.prefix in ("", "ال") for r in tokens[k].readings):
            return True
    return False


def _launched(tokens: Sequence[Token], before: list[TriggerTrace], verb: TriggerTrace) -> bool:
    """An attack in the verb's clause before it already struck every target the verb names: the verb tells
    what the weapon that attack launched did."""
    targets = {e.target.code for e in verb.events if e.target}
    return any(
        _attack(tr)
        and 0 < verb.hit.token - tr.hit.token <= ATTACK_SUBJECT_REACH
        and not _clause_break(tokens, tr.hit.token, verb.hit.token, CLAUSE_BREAKS | COMMAS)
        and targets <= {e.target.code for e in tr.events if e.target}
        for tr in before
    )


def _objects_after(sentence: Sentence, verb: TriggerTrace) -> list[tuple[Event, Actor]]:
    """The events of an Arabic verb whose source stands right after it, past time words (a verb-first subject:
    "استهدف أمس الزوار"), each with that source; none unless every event's source does."""
    k = _past_time_words(sentence.tokens, verb.hit.token)
    if k >= len(sentence.tokens):
        return []
    start = sentence.tokens[k].start - sentence.start
    pairs = [(e, e.source) for e in verb.events if e.source is not None and e.source.start == start]
    return pairs if len(pairs) == len(verb.events) else []


CLAIM = "015"  # claim responsibility
ATTACK_SUBJECT_REACH = 8  # tokens from an attack noun to the verb it is the subject of ("... بسيارة مفخخة استهدفت")

#: words that introduce the attack a toll was suffered in ("قتلوا في هجوم", "أصيبوا جراء القصف")
CAUSE_LINKS = frozenset(map(normalize, ["في", "جراء", "إثر", "اثر", "خلال", "بسبب", "عقب", "بعد"]))


def _caused_by(tokens: Sequence[Token], hit: TriggerHit) -> bool:
    """An Arabic event noun after a preposition of cause: "في هجوم", "جراء القصف", "بانفجار"."""
    if normalize(hit.prefix).lstrip("و").startswith("ب"):
        return True
    return hit.token > 0 and tokens[hit.token - 1].norm in CAUSE_LINKS


def _definite(token: Token, hit: TriggerHit) -> bool:
    """An Arabic trigger word with the article ("الهجوم", "بالقصف")."""
    return normalize(hit.prefix).endswith("ال") or _verb_form(token, hit).startswith("ال")


def _adjective_of(token: Token, hit: TriggerHit, group: Group) -> bool:
    """A sector word right after a definite Arabic noun is its adjective: a noun with the article is no
    construct, so "الهجوم الدبلوماسي" is a diplomatic offensive, not one by diplomats. A nationality stays an
    actor ("الهجوم الإسرائيلي": the Israeli attack)."""
    return _definite(token, hit) and _of_no_state(group)


def _of_no_state(g: Group) -> bool:
    """A group whose actors are kinds of people only (gunmen, troops), of no state or organisation."""
    return all(m.actor is not None and m.actor.country is None and m.actor.org is None for m in g.members)


def _one_act(tokens: Sequence[Token], hit: TriggerHit) -> bool:
    """A verb, or a noun for one act: not a plural ("تفجيرات", "bombings": a series or a kind) nor a
    purpose ("عبوة مجهزة للتفجير")."""
    if not hit.is_noun:
        return True
    word = tokens[hit.token].norm
    return not word.endswith(("ات", "s")) and not hit.prefix.rstrip("و").endswith("ل")


def _resumed_attacks(tokens: Sequence[Token], traces: list[TriggerTrace]) -> list[TriggerTrace]:
    """A verb of doing whose pronoun resumes an attack named just before it (cues: act_agents: "تفجير نفذه
    انتحاري", "غارة شنتها طائرات") tells who carried that attack out: the same attack, not a second one."""
    out: list[TriggerTrace] = []
    for tr in traces:
        if (
            tr.events
            and not tr.hit.is_noun
            and tokens[tr.hit.token].norm in cues("ar").act_agents
            and any(_attack(o) and 0 < tr.hit.token - o.hit.token <= ATTACK_SUBJECT_REACH for o in out)
        ):
            tr = TriggerTrace(tr.hit, tr.pattern, [], "says who carried out the attack named before it")
        out.append(tr)
    return out


def _one_unnamed_attack(traces: list[TriggerTrace]) -> list[TriggerTrace]:
    """The words of one bombing ("انفجار سيارة مفخخة ... انفجرت") with nobody named are one event, and
    none when the sentence codes the attack with its actors."""

    def unnamed(tr: TriggerTrace) -> bool:
        return bool(tr.events) and all(
            e.cameo_root == "18" and e.source is None and e.target is None for e in tr.events
        )

    named = any(e.cameo_root == "18" and (e.source or e.target) for tr in traces for e in tr.events)
    out: list[TriggerTrace] = []
    kept = named
    for tr in traces:
        if unnamed(tr):
            if kept:
                tr = TriggerTrace(tr.hit, tr.pattern, [], "the same attack as other words of the sentence")
            kept = True
        out.append(tr)
    return out


def _statement_frames(traces: list[TriggerTrace]) -> list[TriggerTrace]:
    """A bare statement ("police said", "قال مسؤول") that frames other events of its sentence is where the
    news comes from, not an event of its own (PETRARCH codes "make statement" only when nothing else
    is coded): it stays only in a sentence that codes nothing else."""
    if not any(e.cameo != "010" for tr in traces for e in tr.events):
        return traces
    return [
        TriggerTrace(tr.hit, tr.pattern, [], "a statement that reports the sentence's other events, not one of its own")
        if tr.events and all(e.cameo == "010" for e in tr.events)
        else tr
        for tr in traces
    ]


#: roots whose verbal nouns take their patient, not their agent, as genitive ("مقتل X", "the killing of X")
PATIENT_GENITIVE_ROOTS = frozenset({"17", "18", "19", "20"})
#: the prepositions of the victim of an attack noun ("هجوم على", "اعتداء ضد", "انتهاكات بحق")
AGAINST = frozenset(map(normalize, ["على", "ضد", "بحق"]))


def _noun_arguments(
    tokens: Sequence[Token],
    hit: TriggerHit,
    pattern: Pattern,
    before: list[Group],
    after: list[Group],
    lang: str,
    agent: Group | None,
) -> tuple[list[Actor], list[Actor]]:
    """Arguments of an event noun. Its agent is an explicit agent phrase (``agent``: "by X", "على يد X"), the
    genitive that follows it (Arabic "زيارة مصر"), a possessor right before it ("Egypt's visit", "an
    Egyptian attack"), or for reciprocal nouns the pair after "between"/"بين"; its target stands after
    one of the pattern's prepositions. For violence nouns the genitive is the victim ("مقتل X")."""
    t = hit.token
    patient_genitive = pattern.cameo[:2] in PATIENT_GENITIVE_ROOTS
    source = agent or _act_agent(tokens, t, after, lang)
    target: Group | None = None
    genitive = next((g for g in after if g.token_start == t + 1 and not _prepositional(tokens, g, lang)), None)
    if genitive is None:
        # "مقتل ثلاثة جنود", "the killing of (at least three) soldiers": the genitive after a quantity
        k = t + 2 if lang == "en" and t + 1 < len(tokens) and tokens[t + 1].norm == "of" else t + 1
        # "..., killing five policemen": an English participle after a comma takes its object after a quantity
        participle = lang == "en" and t > 0 and tokens[t - 1].norm == "," and tokens[t].norm.endswith("ing")
        if lang == "ar" or k == t + 2 or participle:
            k = _after_quantity(tokens, k, lang)
            genitive = next((g for g in after if g.token_start == k and k > t + 1), None)
    if (
        genitive is not None
        and lang == "ar"
        and genitive.token_start == t + 1
        and _adjective_of(tokens[t], hit, genitive)
    ):
        genitive = None  # "الهجوم الدبلوماسي", "الحملة الأمنية": an adjective, not who did it
    if genitive is not None:
        victim = next(
            (
                g
                for g in after
                if g.token_start > genitive.token_start
                and g is not source
                and _preposition_before(tokens, g, lang) in pattern.target_preps & AGAINST
            ),
            None,
        )
        agent_noun = _verb_form(tokens[t], hit) in cues(lang).agent_genitives
        if patient_genitive and source is None and genitive.token_start == t + 1 and (agent_noun or victim):
            # "هجوم المسلحين على سوق", "اعتداء المستوطنين على المزارعين", "قصف إسرائيل على غزة": a noun whose
            # victim follows على has its attacker as genitive
            source, target = genitive, victim
        elif patient_genitive:
            target = genitive
        elif source is None:
            source = genitive
    if (
        lang == "en"
        and source is None
        and before
        and (before[-1].token_end == t or _only_possessive(tokens, before[-1].token_end, t))
    ):
        source = before[-1]
    if lang == "en" and source is None:
        source = _aspect_subject(tokens, t, before)
    if lang == "ar" and source is None:
        source = (
            _light_verb_subject(tokens, t, before)
            or _ar_aspect_subject(tokens, t, before)
            or _possessor(tokens, hit, before)
        )
    if source is None and pattern.reciprocal:
        pair = next(
            (g for g in after if len(g.members) > 1 and _preposition_before(tokens, g, lang) in ("بين", "between")),
            None,
        )
        if pair is not None:
            return _actors([pair]), []
    if target is None:
        rest = [g for g in after if g is not source and g is not genitive]
        target = next(
            (
                g
                for g in rest
                if _preposition_before(tokens, g, lang) in pattern.target_preps
                or _held_after(tokens, g, pattern.target_preps, lang)
            ),
            None,
        )
    return _actors([source]), _actors([target])


def _held_after(tokens: Sequence[Token], g: Group, preps: frozenset[str], lang: str) -> bool:
    """Group ``g`` holds what a target preposition introduces: "هجوم على حافلة للشرطة" struck the police."""
    k = g.token_start - 1
    return (
        lang == "ar"
        and k >= 1
        and _preposition_before(tokens, g, lang) == "ل"
        and _held_place(tokens, g, "ل", lang)
        and tokens[k - 1].norm in preps
    )


#: verbs whose object is an act of their subject: "the Serbs completed their withdrawal", "began an offensive"
EN_ASPECT_VERBS = frozenset(
    {
        "complete", "completed", "completes", "begin", "began", "begun", "begins", "start", "started", "starts",
        "finish", "finished", "finishes", "resume", "resumed", "resumes", "continue", "continued", "continues",
        "conduct", "conducted", "conducts", "carry", "carried", "carries", "undertake", "undertook", "undertaken",
    }
)  # fmt: skip
EN_AUXILIARIES = frozenset({"had", "has", "have", "was", "were", "is", "are", "will", "would", "to", "also", "then"})


#: Arabic verbs whose object is an act of their subject: "واصل حزب الله إطلاق الصواريخ", "استأنف الجيش قصف"
AR_ASPECT_VERBS = frozenset(
    normalize(form)
    for past, present in (
        ("واصل", "يواصل"), ("استأنف", "يستأنف"), ("بدأ", "يبدأ"), ("صعد", "يصعد"), ("كثف", "يكثف"),
        ("جدد", "يجدد"), ("أكمل", "يكمل"),
    )
    for form in verb_forms(past, present)
)  # fmt: skip


def _ar_aspect(token: Token) -> bool:
    norm = token.norm
    return norm in AR_ASPECT_VERBS or (norm[:1] in "وف" and norm[1:] in AR_ASPECT_VERBS)


def _ar_aspect_subject(tokens: Sequence[Token], t: int, before: list[Group]) -> Group | None:
    """The agent of an Arabic event noun that is the object of an aspect verb: the verb's subject, between the
    verb and the noun ("واصل حزب الله إطلاق الصواريخ") or before the verb ("المسلحون واصلوا إطلاق")."""
    subject = next((g for g in reversed(before) if g.token_end == t), None)
    if subject is not None and subject.token_start >= 1 and _ar_aspect(tokens[subject.token_start - 1]):
        return None if _prepositional(tokens, subject, "ar") else subject
    if t >= 1 and _ar_aspect(tokens[t - 1]):
        return next((g for g in reversed(before) if g.token_end == t - 1 and not _prepositional(tokens, g, "ar")), None)
    return None


def _light_verb_subject(tokens: Sequence[Token], t: int, before: list[Group]) -> Group | None:
    """The agent of an Arabic verbal noun after the light verb قام: its subject, after it ("قامت
    القوات باعتقال") or before it ("المتظاهرون قاموا بالاحتجاج")."""
    light = next((k for k in range(t - 1, max(-1, t - 9), -1) if light_verb(tokens[k].norm)), None)
    if light is None or _clause_break(tokens, light, t):
        return None
    after = [g for g in before if g.token_start > light and not _prepositional(tokens, g, "ar")]
    if after and after[0].token_start - light <= 3:
        return after[0]
    return next((g for g in reversed(before) if g.token_end == light), None)


def _possessor(tokens: Sequence[Token], hit: TriggerHit, before: list[Group]) -> Group | None:
    """The agent of an Arabic event noun that carries a possessive pronoun and is the object of a verb-first
    clause, right after its subject: "أكدت الجماعة المسلحة مسؤوليتها عن التفجير" (the group's
    responsibility)."""
    if not _pronoun_after(tokens, hit) or normalize(hit.prefix):
        return None
    subject = next((g for g in before if g.token_end == hit.token), None)
    if subject is None or subject.token_start < 1 or _prepositional(tokens, subject, "ar"):
        return None
    verb = tokens[subject.token_start - 1]
    if verb.kind is not TokenKind.WORD or verb.norm in cues("ar").prepositions:
        return None
    return subject


def _aspect_subject(tokens: Sequence[Token], t: int, before: list[Group]) -> Group | None:
    """The agent of an event noun that is the object of an aspect verb: the verb's subject ("Bosnian
    Serb forces had completed their withdrawal", "the army carried out a raid")."""
    k = t - 1
    while k >= 0 and tokens[k].norm in DETERMINERS:  # "completed their withdrawal", "began a new offensive"
        k -= 1
    if k >= 0 and tokens[k].norm == "out":  # carried out
        k -= 1
    if k < 0 or tokens[k].norm not in EN_ASPECT_VERBS:
        return None
    k -= 1
    while k >= 0 and tokens[k].norm in EN_AUXILIARIES:
        k -= 1
    return next((g for g in reversed(before) if g.token_end == k + 1), None)


def _after_quantity(tokens: Sequence[Token], k: int, lang: str) -> int:
    """The index after the numbers and amount words from ``k`` on ("أكثر من 20", "at least three")."""
    quantities = cues(lang).quantities
    start, counted = k, False
    while k < len(tokens) and (tokens[k].kind is TokenKind.NUMBER or tokens[k].norm in quantities):
        counted = counted or tokens[k].kind is TokenKind.NUMBER or tokens[k].norm not in QUANTITY_LINKS
        k += 1
    return k if counted else start  # "اعتدت على المصلين": a preposition alone counts nothing


def _past_members(tokens: Sequence[Token], k: int) -> int:
    """The index past words for members or supporters at ``k`` ("مئات من أنصار حزب الشعب": the party)."""
    while k < len(tokens) and (tokens[k].norm in MEMBERS or tokens[k].norm in SUPPORTERS):
        k += 1
    return k


#: Arabic words for supporters, which, like members, stand between a count and the body counted
SUPPORTERS = frozenset(map(normalize, "أنصار مناصري مناصرو مؤيدي مؤيدو".split()))
#: prepositions among the quantity words ("أكثر من", "لا يقل عن"): alone they count nothing
QUANTITY_LINKS = frozenset(map(normalize, ["من", "عن", "على"]))


def _only_possessive(tokens: Sequence[Token], begin: int, end: int) -> bool:
    return [tok.norm for tok in tokens[begin:end]] in (["'s"], ["’s"])


#: roots whose verbs take the event they are about as a complement ("agreed to deepen cooperation",
#: "دعا إلى وقف القتال", "threatened to strike"): words in it are not events of their own
COMPLEMENT_ROOTS = frozenset({"02", "03", "10", "13"})


def _complement_span(tokens: Sequence[Token], t: int, limit: int = 10) -> range:
    """Tokens after trigger ``t`` up to the clause's end, a comma or the next coordinated clause."""
    end = t + 1
    while end < len(tokens) and end - t <= limit:
        tok = tokens[end]
        if tok.norm in CLAUSE_BREAKS or tok.norm == "," or tok.norm in ("and", "but"):
            break
        if tok.is_arabic and tok.norm.startswith("و") and len(tok.norm) > 3 and tok.norm not in _NOT_CONJUNCTION:
            break  # وأدان، وقال: a new clause joined by و
        end += 1
    return range(t + 1, end)


#: words that begin with و without it being the conjunction
_NOT_CONJUNCTION = frozenset(map(normalize, ["وقف", "وضع", "وصول", "وزير", "وزارة", "وفد", "وحدة", "وطني", "ولاية"]))


def _historical(event: Event, published: str | None) -> bool:
    """An event its clause dates more than a year before publication ("اغتيل السادات عام 1981", "in
    February 2005" in a 2008 report) is background, which event data does not report as news."""
    if event.date_text is None:
        return False
    return _years_before(event.date, published, event.date_precision == "year")


def _years_before(value: str | None, published: str | None, year: bool) -> bool:
    """Whether a date lies more than a year before the publication date (of a ``year`` alone: two calendar
    years before)."""
    if published is None or value is None:
        return False
    try:
        pub = date.fromisoformat(published[:10])
        when = date.fromisoformat(value[:10])
    except ValueError:
        return False
    if year:
        return when.year <= pub.year - 2
    return (pub - when).days > 366


HISTORY_REACH = 6  # tokens between a trigger and the date that makes its event history
#: words before a date that make it the start of a period: "منذ عام 2001", "since 2001"
SINCE = frozenset(map(normalize, ["منذ", "since"]))
SINCE_REACH = 4  # tokens between "منذ" and the date of the event that began the period


def _since(tokens: Sequence[Token], m: Mention) -> bool:
    """A date that begins a period ("منذ عام 2001", "منذ إطاحة النظام عام 2001", "since 2001"), not the day
    of an act. "منذ ثلاثة أيام" (three days ago) holds its "منذ" inside the date."""
    return any(t.norm.lstrip("و") in SINCE for t in tokens[max(0, m.token_start - SINCE_REACH) : m.token_start])


def _date_near(doc: Document, sentence: Sentence, hit: TriggerHit, event: Event, lang: str) -> bool:
    """The event's date expression stands within a few words of its trigger ("اغتيل السادات عام 1981"), or
    of the end of the actor named after it ("اغتيال وزير الداخلية الأسبق فلان الفلاني في عام 2001") with no
    relative clause between ("rebels who crossed the border three years ago"), not in another clause of a
    long sentence ("agreed to extradite the men accused of a 1998 bombing")."""
    relatives = cues(lang).relatives
    tokens = sentence.tokens
    last = hit.token
    for actor in (event.source, event.target):
        if actor is not None:
            end = actor.end + sentence.start
            last = max([last, *(k for k, t in enumerate(tokens) if t.start < end)])
    return any(
        m.kind is MentionKind.DATE
        and m.sentence_index == sentence.index
        and m.value == event.date
        and not _since(tokens, m)
        and (
            min(abs(m.token_start - hit.token), abs(m.token_end - 1 - hit.token)) <= HISTORY_REACH
            or (
                0 <= m.token_start - last <= HISTORY_REACH
                and not any(t.norm in relatives for t in tokens[last + 1 : m.token_start])
            )
        )
        for m in doc.mentions
    )


def _event_date(
    doc: Document, sentence: Sentence, hit: TriggerHit, hypothetical: bool
) -> tuple[str | None, str | None, str | None]:
    """(date, precision, date text) of an event: the date expression nearest to the trigger within its
    comma-delimited clause, else within its sentence clause (a date set off by commas, "، يوم الخميس،",
    belongs to the clause around it), else the publication date for a reported (not hypothetical) event."""
    tokens = sentence.tokens
    t = hit.token
    dates = [
        m
        for m in doc.mentions
        if m.kind is MentionKind.DATE
        and m.sentence_index == sentence.index
        and m.value is not None
        # a period that began years ago dates no act reported now: "الهجوم الأعنف منذ عام 2001"
        and not (_since(tokens, m) and _years_before(m.value, doc.date, m.precision == "year"))
    ]
    for breaks in (CLAUSE_BREAKS | {","}, CLAUSE_BREAKS):
        near = [m for m in dates if not _clause_break(tokens, min(t, m.token_end), max(t, m.token_start), breaks)]
        if near:
            best = min(near, key=lambda m: min(abs(m.token_start - t), abs(m.token_end - 1 - t)))
            return best.value, best.precision, doc.text[best.start : best.end]
    if doc.date and not hypothetical:
        return doc.date, "day", None
    return None, None, None


#: words that may stand between a subject and its verb ("كان X قد استقبل", "الجيش لم يعلن")
_AUXILIARIES = frozenset(map(normalize, ["قد", "لقد", "كان", "كانت", "كانوا", "لم", "لن", "سوف", "قد", "ما"]))
_AT_LEAST = (normalize("على"), normalize("الأقل"))
#: complementisers a subject noun follows ("إن الشرطة قتلت")
_SUBJECT_COMPLEMENTIZERS = frozenset(map(normalize, ["إن", "أن", "بأن", "لأن", "ان", "بان"]))


def _only_auxiliaries(tokens: Sequence[Token], begin: int, end: int) -> bool:
    """Only auxiliaries (قد، كان), "على الأقل" and the quotation mark closing the subject's name stand between a
    subject and its verb ("ستة أشخاص على الأقل قتلوا", "جنود «المارينز» قتلوا")."""
    k = begin
    while k < end:
        if k + 1 < end and (tokens[k].norm, tokens[k + 1].norm) == _AT_LEAST:
            k += 2
        elif tokens[k].norm in _AUXILIARIES or (k == begin and _naming_quote(tokens, k)):
            k += 1
        else:
            return False
    return True


def _or_none(actors: list[Actor]) -> list[Actor | None]:
    return list(actors) if actors else [None]


#: words that may stand between the obliged party and "must" ("Libya also must", "Israel now must")
_OBLIGATION_GAP = frozenset({"also", "now", "still", "first", "too", "therefore", "then", "immediately"})
#: how far (tokens) the reporting verb may stand from the obligation ("said on Friday that ...")
_REPORT_REACH = 10


def _obligation_gap(tokens: Sequence[Token], start: int, end: int) -> bool:
    """Whether the words between the obliged party and "must" still leave it the subject: adverbs
    ("also", "now"), or a short place or group tail ("the rebels in Darfur must")."""
    gap = [tokens[k] for k in range(start, end)]
    if all(tok.norm in _OBLIGATION_GAP for tok in gap):
        return True
    return (
        len(gap) <= 4
        and gap[0].norm in ("in", "of", "from", "at")
        and all(tok.kind is TokenKind.WORD and tok.norm not in cues("en").relatives for tok in gap)
    )


def _reported_arguments(
    tokens: Sequence[Token], t: int, groups: list[Group], lang: str
) -> tuple[list[Actor], list[Actor]]:
    """Speaker and obliged party of an obligation in reported speech. English: "X said (that) Y must",
    "Y must ..., X said"; Arabic: "قال X إنه يجب على Y أن", "أكد X أن على Y أن" (trigger يجب / يتعين / على).
    Without both, no event: an obligation nobody is reported to state is no demand by anyone."""
    reporting = cues(lang).reporting
    if lang == "en":
        obliged = next(
            (
                g
                for g in reversed(groups)
                if g.token_end <= t
                and _obligation_gap(tokens, g.token_end, t)
                # "the rebels in Syria must": Syria is the place of the party, not the party
                and not (g.token_start > 0 and tokens[g.token_start - 1].norm in ("in", "of", "from", "at"))
            ),
            None,
        )
        if obliged is None:
            return [], []
        before = [
            k
            for k in range(obliged.token_start - 1, max(-1, obliged.token_start - _REPORT_REACH), -1)
            if tokens[k].norm in reporting
        ]
        speaker = None
        if before:  # "X said (on Friday) (that) Y must": X ends right before the reporting verb
            r = before[0]
            speaker = next((g for g in reversed(groups) if g.token_end <= r and r - g.token_end <= 1), None)
        else:  # "Y must ..., X said" / "..., said X"
            later = next((k for k in range(t + 1, len(tokens)) if tokens[k].norm in reporting), None)
            if later is not None:
                speaker = next(
                    (g for g in groups if t < g.token_start and g.token_end <= later and later - g.token_end <= 1),
                    None,
                )
                speaker = speaker or next((g for g in groups if g.token_start in (later + 1, later + 2)), None)
        if speaker is None or speaker is obliged:
            return [], []
        return _actors([speaker]), _actors([obliged])
    # Arabic: the obliged party follows على (a separate word, or the trigger itself)
    k = t if tokens[t].norm in ("على", "علي") else t + 1
    if k >= len(tokens) or tokens[k].norm not in ("على", "علي"):
        return [], []
    obliged = next((g for g in groups if g.token_start == k + 1), None)
    if obliged is None:
        return [], []
    said = next((j for j in range(t - 1, max(-1, t - _REPORT_REACH), -1) if tokens[j].norm in reporting), None)
    if said is None:
        return [], []
    # verb-first ("قال الوزير إن"), or subject-first ("الوزير قال إن")
    speaker = next((g for g in groups if g.token_start in (said + 1, said + 2) and g.token_end <= t), None)
    speaker = speaker or next((g for g in reversed(groups) if g.token_end <= said and said - g.token_end <= 1), None)
    if speaker is None:
        return [], []
    return _actors([speaker]), _actors([obliged])


def _actors(groups: Sequence[Group | None]) -> list[Actor]:
    return [a for g in groups if g is not None for a in g.actors]


def _find_complement(
    tokens: Sequence[Token], begin: int, pattern: Pattern, window: int, named: frozenset[int] = frozenset()
) -> tuple[int, int] | None:
    """Token span of the first complement phrase of ``pattern`` within ``window`` tokens from ``begin``, the
    tokens of actors (``named``) not counted."""
    index = pattern.with_index
    barriers = _complement_barriers(pattern.lang)
    j, seen = begin, 0
    while j < len(tokens) and seen < window:
        if tokens[j].norm == "(":
            # an aside does not part a verb from its complement: "خرج الآلاف (نحو عشرة آلاف) إلى الشوارع"
            close = next((k for k in range(j + 1, min(len(tokens), j + ASIDE_MAX)) if tokens[k].norm == ")"), None)
            if close is not None:
                j = close + 1
                continue
        if pattern.lang == "ar" and tokens[j].norm in COMMAS:
            # an apposition between commas does not part a verb from its complement either: "تعرضت الوزيرة،
            # سلمى حداد، لمحاولة اغتيال"
            close = next((k for k in range(j + 2, min(len(tokens), j + 6)) if tokens[k].norm in COMMAS), None)
            if close is not None and all(t.kind is TokenKind.WORD for t in tokens[j + 1 : close]):
                j = close + 1
                continue
        if tokens[j].norm in CLAUSE_BREAKS:
            return None
        for reading in tokens[j].readings:
            for phrase in index.get(reading.form, ()):
                end = _phrase_end(tokens, j, phrase)
                if end is not None:
                    return j, end
        if j > begin and tokens[j].norm in barriers:
            return None  # "أعلن الرئيس أنه سيفرض حظر التجول": the complement belongs to the reported clause
        j, seen = j + 1, seen + (j not in named)
    return None


def _device_subject(tokens: Sequence[Token], hit: TriggerHit, pattern: Pattern) -> tuple[int, int] | None:
    """The complement of a pattern that allows it (``with_before``) as the verb's subject right before it,
    subject first: "عبوة ناسفة انفجرت على دورية", "قذيفة هاون سقطت على الحي"."""
    if not pattern.with_before or hit.is_noun:
        return None
    longest = max((len(p) for p in pattern.with_), default=0)
    for start in range(max(0, hit.token - longest), hit.token):
        for reading in tokens[start].readings:
            for phrase in pattern.with_index.get(reading.form, ()):
                if _phrase_end(tokens, start, phrase) == hit.token:
                    return start, hit.token
    return None


#: the longest aside in parentheses that a complement is looked for across
ASIDE_MAX = 12
#: quotation marks around a name inside a complement: في «ساحة الشهداء»
NAME_QUOTES = frozenset({'"', "«", "»", "“", "”"})


def _phrase_end(tokens: Sequence[Token], j: int, phrase: tuple[str, ...]) -> int | None:
    """The index after ``phrase`` when its words after the first follow token ``j`` as whole words (a
    duration may stand inside it: "called off a four-day strike", "a 48-hour truce"), else None."""
    k = j + 1
    for word in phrase[1:]:
        while k < len(tokens) and (DURATION.match(tokens[k].norm) or tokens[k].norm in NAME_QUOTES):
            k += 1
        if k >= len(tokens) or word not in {r.form for r in tokens[k].readings if not r.prefix}:
            return None
        k += 1
    return k


#: a duration modifier inside a complement ("four-day", "48-hour", "two-week")
DURATION = re.compile(r"^[a-z0-9]+-(?:day|hour|week|month|year)s?(?:-long)?$")


#: a pronoun subject of a reported clause ("X announced that he will ...", "أعلن X أنه سيمدد ...") is the speaker
EN_SUBJECT_PRONOUNS = frozenset({"he", "she", "it", "they", "we"})
AR_PRONOUN_COMPLEMENTIZERS = frozenset(
    normalize(w)
    for w in ("أنه", "إنه", "أنها", "إنها", "أنهم", "إنهم", "بأنه", "بأنها", "بأنهم", "انه", "انها", "انهم")
)
PRONOUN_REACH = 6  # tokens between the pronoun and the verb ("he would soon be ready to ...")


@cache
def _complement_barriers(lang: str) -> frozenset[str]:
    """Words that open a reported clause: a pattern's complement is not looked for beyond them."""
    return cues(lang).barriers | AR_PRONOUN_COMPLEMENTIZERS


def _unmarked_passive(
    tokens: Sequence[Token],
    hit: TriggerHit,
    after: list[Group],
    lang: str,
    suffered_in: Callable[[int], bool] | None = None,
) -> Group | None:
    """The subject of an Arabic passive spelt like the active (cues: unmarked_passives): "قتل ثلاثة جنود في
    انفجار" (three soldiers were killed), "خطف صحفي أمس". Read so when an indefinite or counted group follows
    the verb and nothing after it can be the verb's object: a preposition or time word (cues:
    passive_followers), a comma or the end of the clause. "قتل مسلحون جنديا" keeps its active reading."""
    t = hit.token
    if not _unmarked_passive_verb(tokens, hit, lang) or _verb_form(tokens[t], hit).endswith("ا"):
        return None  # a plural or dual verb stands after its subject: "قتلوا ثلاثة جنود" is active
    first = _past_time_words(tokens, t)  # "قتل أمس ثلاثة جنود في انفجار"
    counted = _after_quantity(tokens, first, lang)
    direct = [g for g in after if not _prepositional(tokens, g, lang)]
    if not direct or direct[0].token_start not in (first, counted, _past_members(tokens, counted)):
        return None  # ... past the members or supporters counted: "قتل سبعة من أنصار الحركة في الاشتباكات"
    g = direct[0]
    if (
        g.token_start == first
        and tokens[g.token_start].norm.startswith(("ال", "وال"))
        and not (len(direct) == 1 and suffered_in is not None and suffered_in(g.token_end))
    ):
        return None  # "قتلت القوات ...", "اعتقلت الشرطة في بغداد": a definite subject, the active voice
    if (
        len(direct) > 1
        and not _clause_break(
            tokens,
            g.token_end,
            direct[1].token_start,
            CLAUSE_BREAKS | cues(lang).prepositions | CAUSE_LINKS,
            _quoted_names(tokens, direct[:2], hit.token, lang),
        )
        and not (g.token_end < len(tokens) and any(r.prefix in ("و", "ف") for r in tokens[g.token_end].readings[1:]))
    ):  # an object follows: "قتل مسلحون مجهولون أمس ثلاثة جنود"; not a genitive after a preposition ("قتل
        return None  # خمسة أشخاص في/جراء هجوم المسلحين") nor a group of the next clause ("... وأصيب ثلاثة شرطيين")

    return g if _no_object_at(tokens, g.token_end, lang) else None


def _pronoun_after(tokens: Sequence[Token], hit: TriggerHit) -> str | None:
    """The third-person pronoun the trigger's word carries after the matched form: "خطفهم" (kidnapped them),
    "مسؤوليتها" (its responsibility)."""
    token = tokens[hit.token]
    suffix = normalize(token.text[hit.end - token.start :]) if hit.end < token.end else ""
    return next((p for p in THIRD_PERSON if suffix.endswith(p)), None)


#: Arabic prepositions with a pronoun that resumes a relative ("التي اعتقل فيها", "الذي قتل خلاله")
AR_RESUMING_PREPOSITIONS = frozenset(
    normalize(stem + pronoun)
    for stem in ("في", "علي", "عن", "من", "ب", "ل", "خلال", "إثر", "عقب", "ضد")
    for pronoun in ("ه", "ها", "هم", "هما")
)


def _resumed_relative(tokens: Sequence[Token], hit: TriggerHit) -> bool:
    """Whether a pronoun on a preposition right after the verb resumes the relative before it (a pronoun on
    the verb itself is its object: see ``_pronoun_object``)."""
    return hit.token + 1 < len(tokens) and tokens[hit.token + 1].norm in AR_RESUMING_PREPOSITIONS


def _pronoun_object(
    tokens: Sequence[Token], hit: TriggerHit, groups: list[Group], relative: bool
) -> tuple[list[Actor], list[Actor]] | None:
    """Sources and targets of an Arabic verb whose object is a pronoun that resumes the group right before it
    (a relative's head or a fronted object): "جنود خطفهم مسلحون" and "الطلاب الذين اعتقلتهم الشرطة" have the
    group before as the target and the one after as the subject; None when the verb carries no object pronoun
    or no group stands right before it."""
    t = hit.token
    token = tokens[t]
    pronoun = _pronoun_after(tokens, hit)
    if pronoun is None:
        return None
    edge = t - 1 if relative else t
    antecedent = next(
        (
            g
            for g in groups
            if g.token_end <= edge <= g.token_end + 1
            and (g.token_end == edge or same_plural(tokens[g.token_end - 1].norm, tokens[edge - 1].norm))
        ),
        None,
    )  # right before, or with an adjective of its plural between: "عسكريين ماليين خطفهم"
    if antecedent is None:
        return None
    subject = next(
        (g for g in groups if g.token_start == t + 1 and not _prepositional(tokens, g, "ar")),
        None,
    )
    if subject is None and hit.prefix in ("و", "ف"):
        # a verb joined to the clause before, with no subject of its own, shares that clause's subject
        # ("أطلق الجيش النار على المتظاهرين وقتلهم"), which its pronoun cannot resume ("قبضت عليه حماس
        # وأعدمته"): the group before is resumed only as an object of that clause (after a preposition or
        # after an earlier subject) that agrees with the pronoun in number
        subject = next(
            (
                g
                for g in reversed(groups)
                if g.token_end <= antecedent.token_start
                and not _prepositional(tokens, g, "ar")
                and not _clause_break(tokens, g.token_end, t, CLAUSE_BREAKS | COMMAS)
            ),
            None,
        )
        plural = tokens[antecedent.token_end - 1].norm.endswith(("ون", "ين", "ات"))
        if (subject is None and not _prepositional(tokens, antecedent, "ar")) or (pronoun in ("هم", "هن")) != plural:
            return None
    if subject is None and not (_carries_subject(token, hit) or _joined_feminine_verb(token, hit)):
        return None  # no subject to be found here: let the other readings look before the group
    return _actors([subject]), _actors([antecedent])


def _unmarked_passive_verb(tokens: Sequence[Token], hit: TriggerHit, lang: str) -> bool:
    """A verb whose perfect is spelt the same in the passive (cues: unmarked_passives), as a verb: not a
    verbal noun after a preposition ("قام مسلحون بخطف ...")."""
    form = _verb_form(tokens[hit.token], hit)
    return not hit.is_noun and normalize(hit.prefix) in ("", "و", "ف") and form in cues(lang).unmarked_passives


def _no_object_at(tokens: Sequence[Token], k: int, lang: str) -> bool:
    """Nothing at token ``k`` can be a verb's object: the end of the sentence or clause, a comma, a
    preposition or time word (cues: passive_followers), or a word with a clitic ب/و/ف."""
    if k >= len(tokens):
        return True
    nxt = tokens[k]
    return (
        nxt.norm in CLAUSE_BREAKS
        or nxt.norm in COMMAS
        or nxt.norm in cues(lang).passive_followers
        or any(r.prefix in ("ب", "و", "وب", "ف") for r in nxt.readings[1:])
    )


def _verb_form(token: Token, hit: TriggerHit) -> str:
    """The trigger word without the clitics its reading took off (وقتل -> قتل، سيقتلون -> يقتلون)."""
    return token.norm[len(normalize(hit.prefix)) :] if hit.prefix else token.norm


def _masculine_people(tokens: Sequence[Token], g: Group) -> bool:
    """A group of people headed by a masculine sound plural (مسلحون، متمردين) or an indefinite accusative
    singular, as a count takes it (14 مسلحا): no subject of a feminine verb. States and organisations are
    not people."""
    actor = g.members[0].actor if g.members else None
    if actor is None or (actor.sector is None and not actor.id.startswith("nationals:")):
        return False  # a state (الفلبين، البحرين), an organisation or a person: no group of people
    if actor.id.startswith(("person:", "org:", "group:")):
        return False
    word = tokens[g.token_start]
    forms = {word.norm} | {r.form for r in word.readings}
    return any(len(f) >= 5 and (f.endswith(("ون", "ين")) or (f.endswith("ا") and not f.endswith("اء"))) for f in forms)


def _joined_feminine_verb(token: Token, hit: TriggerHit) -> bool:
    """An Arabic past verb joined by و/ف with its feminine ending (واعتدت، وقتلت): a verb, not a verbal noun
    spelt like the bare past (وقتل، وخرق), and one whose subject is that of the clause before."""
    return not hit.is_noun and normalize(hit.prefix) in ("و", "ف") and _verb_form(token, hit).endswith("ت")


def _carries_subject(token: Token, hit: TriggerHit) -> bool:
    """An Arabic verb trigger whose suffix is its plural subject (رفعوا، يطالبون)."""
    if hit.is_noun or not token.is_arabic:
        return False
    form = _verb_form(token, hit)
    return len(form) >= 4 and carries_plural_subject(form)


#: words that open an English apposition after its head: "Chile, a close partner of X, rejected ..."
EN_APPOSITION_OPENERS = frozenset({"a", "an", "the", "like", "one", "long", "once", "itself", "now"})
APPOSITION_REACH = 16  # tokens an apposition between a subject and its verb may span


def _apposition_subject(tokens: Sequence[Token], t: int, groups: list[Group]) -> Group | None:
    """The subject of an English verb that an apposition between commas parts from it: "Chile, a close
    partner of Argentina, rejected the plan" (Chile, not Argentina)."""
    k = t - 1
    while k >= 0 and tokens[k].norm in EN_AUXILIARIES:
        k -= 1
    if k < 2 or tokens[k].text != ",":
        return None
    for j in range(k - 1, max(-1, k - APPOSITION_REACH), -1):
        if tokens[j].norm in CLAUSE_BREAKS:
            return None
        if tokens[j].text == ",":
            if tokens[j + 1].norm not in EN_APPOSITION_OPENERS:
                return None
            head = next((g for g in groups if g.token_end == j), None)
            return head if head is not None and not _prepositional(tokens, head, "en") else None
    return None


def _coordinated_subject(tokens: Sequence[Token], conjunction: int, groups: list[Group]) -> Group | None:
    """The subject an English verb after "and" shares with the verb before: the first actor of the clause, not
    the object right before "and" ("a mine killed a soldier and wounded three policemen": no actor is the subject;
    "gunmen stormed the village and killed three farmers": the gunmen)."""
    start = next((k + 1 for k in range(conjunction - 1, -1, -1) if tokens[k].norm in CLAUSE_BREAKS), 0)
    first = next(
        (
            g
            for g in groups
            if start <= g.token_start and g.token_end <= conjunction and not _prepositional(tokens, g, "en")
        ),
        None,
    )
    if (
        first is None
        or first.token_end == conjunction
        or (first.token_end == conjunction - 1 and tokens[conjunction - 1].text == ",")
    ):
        return None  # the only actor before "and" is the object of the verb before it
    return first


def _pronoun_speaker(tokens: Sequence[Token], t: int, groups: list[Group], lang: str) -> Group | None:
    """The speaker a reported clause's pronoun subject refers to, when the clause has no actor of its own."""
    reporting = cues(lang).reporting
    for k in range(t - 1, max(-1, t - 1 - PRONOUN_REACH), -1):
        norm = tokens[k].norm
        if norm in CLAUSE_BREAKS:
            return None
        if lang == "ar" and norm in AR_PRONOUN_COMPLEMENTIZERS:
            return _speaker_before(tokens, k, groups)
        if lang == "en" and norm in EN_SUBJECT_PRONOUNS:
            j = k - 1 if k > 0 and tokens[k - 1].norm == "that" else k
            # the verb of saying, perhaps followed by a short time phrase ("announced on Sunday that he")
            for v in range(j - 1, max(-1, j - 5), -1):
                if tokens[v].norm in CLAUSE_BREAKS:
                    return None
                if tokens[v].norm in reporting or (tokens[v].readings and tokens[v].readings[0].form in reporting):
                    return _speaker_before(tokens, v, groups)
            return None
    return None


def _speaker_before(tokens: Sequence[Token], k: int, groups: list[Group], reach: int = 10) -> Group | None:
    """The actor nearest before token ``k`` in the same clause: "President X announced", "أعلن الرئيس"; one
    after a preposition only when no other is there ("قال الحلف في أفغانستان إنه": the alliance, not where
    it spoke)."""
    candidates = [
        g
        for g in groups
        if k - reach <= g.token_start and g.token_end <= k and not _clause_break(tokens, g.token_end, k)
    ]
    lang = "ar" if candidates and tokens[candidates[-1].token_start].is_arabic else "en"
    direct = [g for g in candidates if not _prepositional(tokens, g, lang)]
    chosen = direct or candidates
    return chosen[-1] if chosen else None


def _clause_break(
    tokens: Sequence[Token],
    begin: int,
    end: int,
    breaks: frozenset[str] = CLAUSE_BREAKS,
    names: frozenset[int] = frozenset(),
) -> bool:
    """Whether a clause boundary stands between ``begin`` and ``end``; quotation marks around a name (``names``:
    their indices, see ``_quoted_names``; a short name before its verb, see ``_naming_quote``) are none."""
    return any(
        tokens[k].norm in breaks and k not in names and not _naming_quote(tokens, k) and not _aside(tokens, k)
        for k in range(begin, end)
    )


ASIDE_WORDS = 6  # words in a parenthesis that is an aside ("(وسط بغداد)", "(40 كلم جنوب البصرة)", "(Reuters)")


def _aside(tokens: Sequence[Token], k: int) -> bool:
    """Whether the parenthesis at ``k`` opens or closes a short aside of words and numbers only, such as where a
    place lies, which parts no clause."""
    if tokens[k].text == "(":
        inside = range(k + 1, min(k + 2 + ASIDE_WORDS, len(tokens)))
        close = next((j for j in inside if tokens[j].text == ")"), None)
        return close is not None and close > k + 1 and _plain(tokens[k + 1 : close])
    if tokens[k].text == ")":
        inside = range(k - 1, max(-1, k - 2 - ASIDE_WORDS), -1)
        open_ = next((i for i in inside if tokens[i].text == "("), None)
        return open_ is not None and open_ < k - 1 and _plain(tokens[open_ + 1 : k])
    return False


def _plain(words: Sequence[Token]) -> bool:
    return all(t.kind in (TokenKind.WORD, TokenKind.NUMBER) for t in words)


def _quoted_names(tokens: Sequence[Token], groups: Sequence[Group], verb: int, lang: str) -> frozenset[int]:
    """Indices of the quotation marks that enclose exactly an actor the recogniser found, of any length, right
    after the verb at ``verb``, its subject, a preposition or a noun of a held place ("خطفوا «مواطنا يمنيا»",
    "اغتال الجيش عنصرين من «كتائب شهداء الأقصى»", "قصفوا مواقع «...»"): a name, not quoted speech. After
    another noun the name is that noun's genitive ("أنصار «حزب الله»"), no object of the verb."""
    out: set[int] = set()
    for g in groups:
        i, j = g.token_start - 1, g.token_end
        if (
            i >= 0
            and j < len(tokens)
            and tokens[i].text in OPENING_QUOTES
            and tokens[j].text in CLOSING_QUOTES
            and (
                i - 1 == verb
                or any(h.token_end == i for h in groups)  # after the subject: "خطف مسلحون «...»"
                or (i > 0 and (tokens[i - 1].norm in cues(lang).prepositions or _held_noun(tokens[i - 1])))
            )
        ):
            out.update((i, j))
    return frozenset(out)


#: words before quoted words that are said, chanted or written, not a name: slogans, chants, banners, sayings
SAYINGS = frozenset(
    map(
        normalize,
        "هتف هتفت هتفوا يهتف يهتفون تهتف هتافات هتاف ردد رددوا يردد يرددون ترديد شعار شعارات لافتة لافتات مثل "
        "تقول يقول قال قالت قالوا وصف وصفوه وصفها بعنوان عنوان chanted chanting chant shouted shouting slogans "
        "slogan banners banner read reading saying said says".split(),
    )
)


def _said(words: Sequence[Token]) -> bool:
    return any(t.norm in SAYINGS or any(r.form in SAYINGS for r in t.readings) for t in words)


OPENING_QUOTES = frozenset('«“„"')
CLOSING_QUOTES = frozenset('»”"')


def _naming_quote(tokens: Sequence[Token], k: int) -> bool:
    """Whether the quotation mark at ``k`` closes a name of up to three words ("جنود «المارينز» قتلوا",
    "حركة «حماس»"), which is no clause boundary as quoted speech is. Opening marks are left to
    ``_quoted_names``: by themselves, short quoted words after a verb are as often a slogan or a quoted act
    («الموت لـ...»، «خطفته») as a name."""
    text = tokens[k].text
    if text not in CLOSING_QUOTES or (text in OPENING_QUOTES and _said(tokens[max(0, k - 2) : k])):
        return False  # a slogan or words quoted: "يهتفون «ارحل»", "لافتات كتب عليها «كفى»"
    for i in range(k - 2, max(-1, k - 5), -1):
        if tokens[i].text in OPENING_QUOTES:
            return not _said(tokens[max(0, i - 2) : i]) and all(
                t.kind is not TokenKind.PUNCT for t in tokens[i + 1 : k]
            )
        if tokens[i].kind is TokenKind.PUNCT:
            break
    return False


def _preposition_before(tokens: Sequence[Token], g: Group, lang: str) -> str | None:
    """The preposition governing group ``g``: a word before it, or a clitic ب/ل on its first token."""
    first = g.members[0]
    tok = tokens[g.token_start]
    if first.start > tok.start:
        clitics = normalize(tok.text[: first.start - tok.start]).lstrip("وف")
        if clitics[:1] in ("ب", "ل"):
            return clitics[:1]
    start = g.token_start
    if start > 1 and tokens[start - 1].text in OPENING_QUOTES:
        start -= 1  # a quoted name ("عنصرين من «كتائب ...»") is governed by the word before the mark
    if start > 0:
        prev = tokens[start - 1].norm
        if lang == "ar" and len(prev) > 2 and prev[0] in "وف" and prev[1:] in cues(lang).prepositions:
            prev = prev[1:]  # with its conjunction: "وفي غواتيمالا", "ومن الجيش"
        if (
            prev == "من"
            and start > 1
            and (_quantity_word(tokens[start - 2], lang) or tokens[start - 2].norm in MEMBERS)
        ):
            return None  # partitive: "خطف مسلحون 12 من العمال", "اعتقلت الشرطة عناصر من الحركة": the object
        j = start - 2 if prev == "the" else start - 1  # the preposition, past an English article
        if lang == "en" and j > 0 and tokens[j].norm == "of" and _counted(tokens[j - 1]):
            return None  # "wounded dozens of protesters", "killed three of the guards": the object
        if prev in cues(lang).prepositions:
            return prev
        if lang == "en" and prev == "the" and j >= 0 and tokens[j].norm in cues(lang).prepositions:
            return tokens[j].norm
    return None


#: English counts a partitive "of" follows: "dozens of", "hundreds of", "three of (the)", "scores of"
EN_COUNTS = frozenset(
    "dozens hundreds thousands scores tens millions several many some dozen one two three four five six seven "
    "eight nine ten".split()
)


def _counted(token: Token) -> bool:
    """Whether ``token`` is an English count that a partitive "of" follows."""
    return token.kind is TokenKind.NUMBER or token.norm in EN_COUNTS


#: words that open a clause, after which a group is a subject, not a genitive
CLAUSE_LINKS = frozenset(map(normalize, "إلا الا لكن ولكن بينما فيما كما ثم حيث حتى لذلك".split()))
#: Arabic nouns of people in construct with the side they belong to ("أنصار الحزب", "مقاتلي الحركة"), besides
#: the nouns of members (MEMBERS)
PEOPLE_OF = frozenset(
    map(
        normalize,
        "أنصار مناصري مناصرو رجال قادة قيادات زعماء مقاتلي مسلحي مؤيدي ممثلي جنود ضباط".split(),
    )
)
#: Arabic nouns of members, and of captives, that a partitive من follows: "عنصرين من الحركة" (two members of
#: the movement), "عشرين رهينة من العمال" (twenty hostages, workers)
MEMBERS = frozenset(
    map(
        normalize,
        "عنصر عنصرا عنصرين عنصران عناصر فرد فردا فردين أفراد عضو عضوا عضوين أعضاء "
        "رهينة رهينتين رهينتان رهائن أسير أسيرا أسيرين أسيران أسرى".split(),
    )
)


def _quantity_word(token: Token, lang: str) -> bool:
    return lang == "ar" and (token.kind is TokenKind.NUMBER or token.norm in cues(lang).quantities - QUANTITY_LINKS)


#: Arabic prepositions of an adjunct (place, direction, object), not of a genitive (ل، من)
AR_ADJUNCT_PREPOSITIONS = frozenset(
    map(normalize, "على في إلى الى عن ب مع ضد نحو حول قرب عند لدى أمام داخل خارج وسط بين".split())
)


def _adjunct_word(token: Token) -> bool:
    """An Arabic preposition of an adjunct, as a word ("في") or a clitic ("بانفجار")."""
    return token.is_arabic and (
        token.norm in AR_ADJUNCT_PREPOSITIONS or any(r.prefix.lstrip("وف") == "ب" for r in token.readings[1:])
    )


def _adjunct(tokens: Sequence[Token], g: Group, lang: str) -> bool:
    """Group ``g`` is governed by a preposition of place, direction or object ("على المدرسة"), which no
    subject is; the genitive ل and the partitive من may hang on a subject ("الجناح المسلح للحركة")."""
    preposition = _preposition_before(tokens, g, lang)
    return preposition is not None and (lang != "ar" or normalize(preposition) in AR_ADJUNCT_PREPOSITIONS)


def _prepositional(tokens: Sequence[Token], g: Group, lang: str) -> bool:
    return _preposition_before(tokens, g, lang) is not None


#: roots whose English verb takes an infinitive that says what was agreed, yielded, demanded, rejected or
#: threatened, and on whom: "agreed to lift sanctions on Iran", "threatened to stop deliveries to Armenia"
INFINITIVE_ROOTS = frozenset({"03", "08", "10", "11", "12", "13", "16"})
INFINITIVE_REACH = 16  # tokens from the verb
#: prepositions of the infinitive's target, and words that end its clause
INFINITIVE_TARGET_PREPS = frozenset({"to", "on", "against", "with", "from", "for", "into", "toward", "towards"})
INFINITIVE_STOPS = frozenset(
    "if unless because despite but although though as said says until without before after when while so".split()
)


def _infinitive_verb(token: Token) -> bool:
    """A lower-case word after "to" that no article, possessive or number is: the infinitive's verb."""
    return token.kind is TokenKind.WORD and token.text[:1].islower() and token.norm not in DETERMINERS | POSSESSIVES


#: Arabic nouns of what a person or body has, which an attack strikes in their stead ("استهدفت موكبه"), with
#: those of AR_HELD_PLACES
AR_POSSESSIONS = frozenset(map(normalize, "منزل منازل بيت سيارة سيارات مقر موكب حافلة".split()))


def _possessed_object(tokens: Sequence[Token], t: int, groups: list[Group], subject: Group | None) -> Group | None:
    """The owner a pronoun on the verb's object refers back to: "... الوزير ... في تفجير سيارة استهدفت موكبه"
    struck the minister (his motorcade). The owner is the last group before the verb in its sentence that agrees
    with the pronoun in number, and is not the verb's subject."""
    if t + 1 >= len(tokens) or not tokens[t + 1].is_arabic:
        return None
    pronoun = next(
        (
            r.suffix
            for r in tokens[t + 1].readings
            if r.form in AR_POSSESSIONS | AR_HELD_PLACES and normalize(r.suffix) in THIRD_PERSON and not r.prefix
        ),
        None,
    )
    if pronoun is None:
        return None
    plural = normalize(pronoun) in ("هم", "هن", "هما")
    for g in reversed(groups):
        if g.token_end > t or g is subject or _clause_break(tokens, g.token_end, t, CLAUSE_BREAKS):
            continue
        last = tokens[g.token_end - 1]
        if _plural(last) == plural or len(g.members) > 1:
            return g
        if normalize(pronoun) != "ه":
            return None
        # the masculine singular ه never refers to a plural: its owner stands further back ("النائب الذي
        # قتل مع تسعة مواطنين ... لدى مرور موكبه")
    return None


#: Arabic time words that may stand between a verb and its counted subject ("اعتصم اليوم قرابة ألف عامل")
AR_TIME_WORDS = frozenset(map(normalize, ["أمس", "امس", "اليوم", "الليلة", "صباحا", "مساء", "ليلا", "فجرا", "ظهرا"]))


def _complement_adjective(tokens: Sequence[Token], g: Group, complement_end: int | None) -> bool:
    """A one-word Arabic group of no state right after a complement, which describes its noun as a relational
    adjective would: "أصيب غيرهم في هجوم انتحاري" (a suicide attack), not the suicide bomber wounded."""
    if complement_end is None or g.token_start != complement_end or g.token_end != g.token_start + 1:
        return False
    word = tokens[g.token_start]
    return word.is_arabic and word.norm.endswith(("ي", "يه")) and _of_no_state(g)


def _subject_limit(tokens: Sequence[Token], pattern: Pattern, complement_end: int | None) -> int:
    """Where a verb-first subject must have begun: before the end of the pattern's complement (past the sentence
    when there is none, or when the complement carries an object pronoun, which comes before the subject: "قبضت
    عليه الشرطة")."""
    if complement_end is None or tokens[complement_end - 1].norm not in {w for p in pattern.with_ for w in p}:
        return len(tokens)
    return complement_end


def _past_time_words(tokens: Sequence[Token], t: int) -> int:
    """The index after the verb at ``t`` and up to two time words after it."""
    k = t + 1
    while k < len(tokens) and k - t <= 2 and tokens[k].norm in AR_TIME_WORDS:
        k += 1
    return k


#: roots of attacks, whose target may be who was passing by when they struck
ATTACK_ROOTS = frozenset({"18", "19"})
#: Arabic nouns of passing by ("لدى مرور دورية") and the time words that introduce them
AR_PASSING = frozenset(map(normalize, ["مرور", "عبور"]))
AR_PASSING_TIMES = frozenset(map(normalize, ["لدى", "عند", "أثناء", "اثناء", "خلال", "لحظة", "وقت", "حين"]))


def _verb_first_subject_words(tokens: Sequence[Token], t: int, groups: list[Group], lang: str, hit: TriggerHit) -> int:
    """The length, past its first word, of the group right after an Arabic verb that is its subject."""
    if lang != "ar" or hit.is_noun:
        return 0
    first = next((g for g in groups if g.token_start == t + 1), None)
    if first is None or _prepositional(tokens, first, lang):
        return 0
    return first.token_end - first.token_start - 1


def _appositions_between(tokens: Sequence[Token], groups: list[Group], t: int, end: int) -> int:
    """Tokens of titles in apposition between the trigger at ``t`` and ``end``: a subject described between
    commas ("استدعى X، نائب وزير الخارجية الإسباني، سفير كوريا الشمالية") keeps its object within the window."""
    n = 0
    for g in groups:
        if t < g.token_start and g.token_end <= end:
            comma = next((k for k in range(g.token_start, g.token_end) if tokens[k].text in (",", "،")), None)
            if comma is not None:
                n += g.token_end - comma
    return n


def _passing_target(tokens: Sequence[Token], t: int, groups: list[Group], window: int) -> Group | None:
    """Who passed by when a bomb went off or an ambush struck, in the clause of the attack at ``t``: the
    genitive of the noun of passing ("انفجرت عبوة عند مرور رتل للجيش", "أثناء مرور قافلة أمريكية"), the holder of
    what passed ("لدى مرور موكب الوزير"), or the owner its pronoun refers back to ("نجا القاضي ... من انفجار
    عبوة زرعت على الطريق لحظة مرور سيارته")."""
    stops = CLAUSE_BREAKS | COMMAS
    for k in range(t + 1, min(len(tokens) - 1, t + window)):
        if tokens[k].norm in stops and not _aside(tokens, k):
            return None
        if tokens[k].norm not in AR_PASSING or tokens[k - 1].norm not in AR_PASSING_TIMES:
            continue
        start = _after_quantity(tokens, k + 1, "ar")
        for g in groups:
            if g.token_start == start:
                return g
            if g.token_start == start + 1 and _held_noun(tokens[start]):
                # the holder of what passed: "موكب القاضي", "قافلة للجيش"
                prep = _preposition_before(tokens, g, "ar")
                if prep is None or _held_place(tokens, g, prep, "ar"):
                    return g
        return _possessed_object(tokens, k, groups, None) if start == k + 1 else None
    return None


def _infinitive_target(tokens: Sequence[Token], t: int, groups: list[Group], subject: Group | None) -> Group | None:
    """The target of an English verb named in its infinitive ("agreed to ease curbs on trade with Cuba"): the
    first actor after one of the target prepositions, or the infinitive's object, in the same clause."""
    k = t + 1
    if k < len(tokens) and tokens[k].norm not in ("to",):
        k += 1  # one word between: "agreed today to", "refused again to"
    if k + 1 >= len(tokens) or tokens[k].norm != "to" or not _infinitive_verb(tokens[k + 1]):
        return None  # "agreed to a one-year delay", "agreed to UN monitors": to, the preposition
    stops = CLAUSE_BREAKS | COMMAS | cues("en").barriers | INFINITIVE_STOPS
    for g in groups:
        if g.token_start <= k + 1 or g is subject:
            continue
        if g.token_start - t > INFINITIVE_REACH or _clause_break(tokens, k + 1, g.token_start, stops):
            return None
        prep = _preposition_before(tokens, g, "en")
        if prep in INFINITIVE_TARGET_PREPS or (prep is None and g.token_start <= k + 3):
            return g
    return None


def _target(tokens: Sequence[Token], after: list[Group], pattern: Pattern, lang: str) -> Group | None:
    """The target: a group after a preposition the pattern names, else the first direct object that is not the
    subject's own ("sent its troops to Mali", "pulled their soldiers out of Niger": the troops are what is
    offered or withdrawn)."""
    for g in after:
        if _strike_noun(tokens, g):
            continue  # "شنت الطائرات غارة جوية على خان يونس": the strike is the act, its target follows
        prep = _preposition_before(tokens, g, lang)
        if (
            prep is None
            and lang == "en"
            and pattern.cameo[:2] in GIVING_ROOTS
            and g.token_start > 0
            and tokens[g.token_start - 1].norm in POSSESSIVES
        ):
            continue
        if (
            prep is None
            and pattern.cameo[:2] in GIVING_ROOTS
            and _of_no_state(g)
            and any(
                o.token_start > g.token_start and _preposition_before(tokens, o, lang) in pattern.target_preps
                for o in after
            )
        ):
            continue  # "sent troops to Liberia", "أرسلت قوات إلى ليبيريا": the troops of no state are what is sent
        if prep is None or prep in pattern.target_preps or _held_place(tokens, g, prep, lang):
            return g
    return None


#: prepositions of what an attack strikes: a place after one is the attack's target ("غارة على خان يونس")
STRIKE_PREPOSITIONS = frozenset(map(normalize, ["على", "ضد", "on", "against"]))


def _struck_place(tokens: Sequence[Token], matches: Sequence[PlaceMatch], t: int, window: int) -> PlaceMatch | None:
    """The first place after the trigger at ``t``, within ``window``, if a preposition of what an attack strikes
    introduces it (past words of a place: "على مدينة خان يونس", "on the town of Gorazde"); no state (a state
    named is an actor already) and no name that is also a common word."""
    after = [m for m in matches if t < m.token_start <= t + window]
    if not after or after[0].weak or after[0].candidates[0].kind == "country":
        return None
    match = after[0]
    k = match.token_start - 1
    while k > t and tokens[k].norm in AR_DESCRIPTORS | EN_DESCRIPTORS:
        k -= 1
    if k <= t or tokens[k].norm not in STRIKE_PREPOSITIONS or _clause_break(tokens, t + 1, k):
        return None
    return match


#: nouns of an air or drone strike, which the actor dictionary reads as the force that struck ("غارة جوية
#: إسرائيلية", "Israeli air strikes killed ..."): as a verb's object they are the act itself, never its target
STRIKE_NOUNS = frozenset(map(normalize, "غارة غارات ضربة ضربات airstrike airstrikes strike strikes raid raids".split()))


def _strike_noun(tokens: Sequence[Token], g: Group) -> bool:
    """Group ``g`` is a strike named as a force: "غارة جوية", "an air strike", "drone strikes"."""
    if len(g.members) != 1:
        return False
    m = g.members[0]
    first = tokens[m.token_start]
    if first.is_arabic:  # the head noun comes first: "غارة جوية إسرائيلية"
        return any(r.form in STRIKE_NOUNS for r in first.readings)
    return any(w.norm in STRIKE_NOUNS for w in tokens[m.token_start : m.token_end])


#: English nouns of places and things an actor holds: an act on "positions of X" or "the headquarters of X" is
#: an act on X
HELD_PLACES = frozenset(
    "position positions base bases camp camps headquarters office offices home homes house houses stronghold "
    "strongholds hideout hideouts convoy convoys vehicle vehicles patrol patrols checkpoint checkpoints post posts "
    "barracks embassy consulate compound compounds outpost outposts".split()
)


#: Arabic nouns of what an actor holds or forms, which take their holder after ل or من: "قافلة لقوات التحالف",
#: "موكبا للشرطة", "تجمع للمواطنين", "حشد من المتظاهرين", "حافلة للشرطة", "مبنى للحكومة"
AR_HELD_PLACES = frozenset(
    map(
        normalize,
        "قافلة قوافل رتل أرتال موكب مواكب دورية دوريات تجمع تجمعات حشد حشود مقر مقرات مركز مراكز ثكنة ثكنات "
        "معسكر معسكرات موقع مواقع حاجز حواجز نقطة نقاط آلية آليات مكتب مكاتب مخيم مخيمات "
        "حافلة حافلات سيارة سيارات شاحنة شاحنات عربة عربات مركبة مركبات مبنى مباني منشأة منشآت مستودع مستودعات "
        "مخزن مخازن سفينة سفن زورق زوارق".split(),
    )
)


def _held_place(tokens: Sequence[Token], g: Group, prep: str | None, lang: str) -> bool:
    """Whether group ``g`` holds the place or thing named before it: after "of" ("of the") and a noun of a held
    place in English ("bombed the camps of the rebel militia"), after ل or من in Arabic ("استهدفت قافلة لقوات
    التحالف")."""
    k = g.token_start - 1
    if lang == "en":
        if prep != "of":
            return False
        if k >= 0 and tokens[k].norm == "the":
            k -= 1
        return k >= 1 and tokens[k].norm == "of" and tokens[k - 1].norm in HELD_PLACES
    if prep == "في":
        # a member of the group as the object, accusative or oblique: "قتلت القوات قياديا في تنظيم داعش" is an act
        # on the group ("قال مسؤول في أجهزة الأمن" is the subject's body)
        return k >= 1 and any(r.form in AR_MEMBERS and not r.suffix for r in tokens[k - 1].readings)
    if prep == "من":
        k -= 1  # the preposition is a word: "حشد من المتظاهرين"
    elif prep != "ل":
        return False
    return k >= 0 and _held_noun(tokens[k])


#: Arabic nouns of members of a group in the accusative or oblique (an object), with the group after في: "قياديا
#: في حماس", "عنصرين في حركة الشباب"
AR_MEMBERS = frozenset(map(normalize, "عضوا عضوين قياديا قياديين عنصرا عنصرين كادرا".split()))


def _held_noun(token: Token) -> bool:
    """An Arabic noun of what an actor holds or forms (AR_HELD_PLACES), bare or accusative: "مواقع", "موكبا"."""
    return any(
        r.form in AR_HELD_PLACES or (r.form.endswith("ا") and r.form[:-1] in AR_HELD_PLACES)
        for r in token.readings
        if not r.suffix
    )


#: roots whose object may be what the source gives, sends, builds up or withdraws (intent, cooperation, aid, yielding,
#: threats, force posture, reduced relations), not whom the act is for
GIVING_ROOTS = frozenset({"03", "06", "07", "08", "13", "15", "16"})


def _bare_noun(token: Token) -> bool:
    """An Arabic word that may head a construct: no preposition, alone ("على") or with a pronoun ("عليه"),
    and no clitic preposition ("برصاص", "للشرطة")."""
    prepositions = cues("ar").prepositions
    return (
        token.norm not in prepositions
        and not token.norm.startswith(("ب", "ل", "ك", "وب", "ول", "فب", "فل"))
        and not any(r.form in prepositions for r in token.readings)
    )


#: roots of demands and appeals, whose addressee may be the subject of the clause they introduce
ADDRESSED_ROOTS = frozenset({"02", "10"})
#: what may stand between such a verb and "that": when it was said, and adverbs
_BEFORE_THAT = frozenset(
    "on again also once publicly today yesterday monday tuesday wednesday thursday friday saturday sunday".split()
)


def _addressee(tokens: Sequence[Token], t: int, groups: list[Group]) -> Group | None:
    """The subject of the clause an English demand or appeal introduces with "that": "insisted that Canada
    drop the tariff", "urged on Friday that Kenya reopen" (Canada, Kenya are asked)."""
    k = t + 1
    while k < len(tokens) and k - t <= 4 and tokens[k].norm in _BEFORE_THAT:
        k += 1
    if k >= len(tokens) or tokens[k].norm != "that":
        return None
    start = k + 2 if k + 1 < len(tokens) and tokens[k + 1].norm == "the" else k + 1
    return next((g for g in groups if g.token_start in (k + 1, start)), None)


def _agent_phrase_group(tokens: Sequence[Token], after: list[Group], lang: str) -> Group | None:
    """The group introduced by 'by' / 'على يد' / 'من قبل' (the agent of a passive)."""
    for g in after:
        for marker in cues(lang).agent_markers:
            for k in range(max(0, g.token_start - len(marker) - 3), g.token_start - len(marker) + 1):
                end = k + len(marker)
                if tuple(tokens[k + n].norm for n in range(len(marker))) == marker and (
                    end == g.token_start
                    or _after_quantity(tokens, end, lang) == g.token_start
                    or (lang == "en" and all(_noun_modifier(tok) for tok in tokens[end : g.token_start]))
                ):  # a count ("على يد عشرة مسلحين") or a modifier ("by current government officials") between
                    return g
    return None


#: Arabic adverbs in the indefinite accusative, which can stand between a verb and its subject ("قتل صباحا")
AR_ACCUSATIVE_ADVERBS = frozenset(
    map(
        normalize,
        "صباحا مساء ليلا نهارا ظهرا فجرا عصرا مجددا أيضا ايضا سابقا لاحقا حاليا جميعا مؤخرا أخيرا اخيرا "
        "تقريبا يوميا مرارا معا سويا فورا رسميا علنا غدا".split(),
    )
)


@cache
def _common_words() -> frozenset[str]:
    return frozenset(data.load("lexicon_ar.json")["common"])


def _accusative_noun(tokens: Sequence[Token], k: int, groups: list[Group], lang: str) -> bool:
    """An Arabic word at ``k`` in the indefinite accusative (tanwin alif: "منزلا", "مطعما") that starts no actor
    and is no adverb, count or particle: a common word with the alif added, not a name ending in alif
    ("أوروبا", "كندا")."""
    if lang != "ar" or k >= len(tokens) or any(g.token_start <= k < g.token_end for g in groups):
        return False
    token = tokens[k]
    norm = token.norm
    return (
        token.kind is TokenKind.WORD
        and token.is_arabic
        and len(norm) >= 4
        and norm.endswith("ا")
        and not norm.endswith(("اا", "وا", "ما"))
        and norm not in AR_ACCUSATIVE_ADVERBS
        and norm not in cues(lang).quantities
        and not any(r.prefix for r in token.readings[:1])
        and norm[:-1] in _common_words()
    )


def _act_agent(tokens: Sequence[Token], t: int, after: list[Group], lang: str) -> Group | None:
    """Who carried out the act a noun at ``t`` names, after a verb of doing with a pronoun that resumes it
    (cues: act_agents): "هجوم نفذه مسلحون" (an attack gunmen carried out)."""
    return next(
        (
            g
            for g in after
            if g.token_start - t <= ATTACK_SUBJECT_REACH
            and tokens[g.token_start - 1].norm in cues(lang).act_agents
            # the pronoun resumes this act, not one after a preposition ("إصابة رابع في هجوم نفذه ...")
            and not any(tok.norm in CAUSE_LINKS | CLAUSE_BREAKS | COMMAS for tok in tokens[t + 1 : g.token_start - 1])
        ),
        None,
    )


def _english_passive(tokens: Sequence[Token], t: int, lang: str) -> bool:
    if lang != "en" or t == 0:
        return False
    prev = tokens[t - 1].norm
    return prev in cues(lang).passive_aux and tokens[t].norm.endswith(("ed", "en", "ot", "ut", "met", "held", "hit"))


#: what may close a sentence after its last word: quotation marks and brackets
CLOSERS = frozenset("»”\"')]›’")


def _future_occurrence(tokens: Sequence[Token], t: int, lang: str) -> bool:
    """An Arabic event noun whose verb of occurrence after it is in the future: "هجوما آخر سوف يقع",
    "إن اشتباكات ستندلع" tell of an act expected, not one done."""
    if lang != "ar":
        return False
    occurrence = cues(lang).occurrence
    after = tokens[t + 1 : t + 8]
    for k, tok in enumerate(after):
        if tok.norm in CLAUSE_BREAKS or tok.norm in COMMAS:
            return False
        if tok.norm == "سوف" and k + 1 < len(after) and after[k + 1].norm in occurrence:
            return True
        if tok.norm[:1] == "س" and tok.norm[1:2] in "يت" and tok.norm[1:] in occurrence:
            return True
    return False


def _question(tokens: Sequence[Token]) -> bool:
    """Whether the sentence is a question ("هل تعرض المعتقلون للتعذيب؟", "Who ordered the raid?"): what it asks
    about is not reported as having happened."""
    k = len(tokens) - 1
    while k >= 0 and tokens[k].norm in CLOSERS:
        k -= 1
    return k >= 0 and tokens[k].norm == "?"


#: particles before an Arabic present-tense verb that make it unrealised: أن / إن (both normalise to ان), كي
SUBJUNCTIVE = frozenset({"ان", "كي", "لكي"})


#: an attempted attack is coded as the attack (CAMEO 185 for an attempt on someone's life), not as talk
ATTEMPTS = frozenset(
    map(
        normalize, ["attempt to", "attempted to", "tried to", "attempt", "محاولة", "محاولات", "حاول", "حاولت", "حاولوا"]
    )
)


def _attempted(tokens: Sequence[Token], hit: TriggerHit, pattern: Pattern) -> bool:
    return pattern.cameo[:2] in VIOLENCE_ROOTS and _any_cue(_words_before(tokens, hit.token, 3), ATTEMPTS)


#: how far past its complement an aimed act's target preposition may stand: "أطلقوا صواريخ غراد من شمال القطاع على",
#: "fired mortars, rockets, and tank shells at"
AIM_WINDOW = 8
#: Arabic words after على that make it no target: "على ما أفادت الوكالة" (according to), "على الرغم"
AR_NOT_AIMED = frozenset(map(normalize, ["ما", "الرغم", "أن", "أنه", "حد", "مدى", "متن"]))


#: what a projectile fired does when it struck something: "أطلق مسلحون قذيفة استهدفت دورية", "fired a rocket
#: that hit a school"
AIM_VERBS = {
    "ar": frozenset(
        normalize(form)
        for past, present in (("استهدف", "يستهدف"), ("أصاب", "يصيب"), ("سقط", "يسقط"), ("ضرب", "يضرب"),
                              ("قتل", "يقتل"), ("انفجر", "ينفجر"))
        for form in verb_forms(past, present)
    ),
    "en": frozenset(
        "hit hits hitting struck strikes striking landed lands landing slammed slamming exploded exploding killed "
        "killing wounded wounding injured injuring".split()
    ),
}  # fmt: skip


def _calendar_word(norm: str) -> bool:
    """An English weekday or month in the dates dictionary: after "on" it makes a date, not a target ("fired
    rockets on Tuesday")."""
    return vocabulary("en").phrases.get((norm,), ("", ""))[0] in ("weekdays", "months")


def _aimed(tokens: Sequence[Token], k: int, pattern: Pattern) -> bool:
    """Whether one of the pattern's target prepositions, or a verb of what the projectile struck, follows
    token ``k`` within its clause (an English list's commas do not end it: "fired mortars, rockets, and tank
    shells at")."""
    for j in range(k, min(k + AIM_WINDOW, len(tokens))):
        tok = tokens[j]
        if tok.norm in CLAUSE_BREAKS or (tok.norm in COMMAS and pattern.lang == "ar"):
            return False
        if tok.norm in AIM_VERBS[pattern.lang]:
            return True
        if tok.norm in pattern.target_preps:
            after = tokens[j + 1].norm if j + 1 < len(tokens) else ""
            dated = pattern.lang == "en" and tok.norm == "on" and (_calendar_word(after) or after[:1].isdigit())
            if not dated and not (pattern.lang == "ar" and after in AR_NOT_AIMED):
                return True
    return False


def _modality(tokens: Sequence[Token], hit: TriggerHit, lang: str, attempt: bool = False) -> tuple[bool, bool]:
    """(negated, hypothetical) from the words right before the trigger and its future prefix; an
    ``attempt`` ("attempt to assassinate", "محاولة اغتيال") is not a modality."""
    c = cues(lang)
    t = hit.token
    near = _words_before(tokens, t, 2)
    negated = _any_cue(near, c.negators)
    modal_nouns = c.modal_nouns - ATTEMPTS if attempt else c.modal_nouns
    modals = c.modals - {"to"} if attempt else c.modals  # "tried to kill": the "to" of the attempt
    hypothetical = "س" in hit.prefix or _any_cue(near, modals) or _any_cue(_words_before(tokens, t, 4), modal_nouns)
    hypothetical = hypothetical or _question(tokens) or (hit.is_noun and _future_occurrence(tokens, t, lang))
    if lang == "ar" and t > 0 and tokens[t - 1].norm == "قد" and tokens[t].norm[:1] in "يتن":
        hypothetical = True  # قد + present tense: "may"
    if lang == "ar" and t > 0 and tokens[t - 1].norm in SUBJUNCTIVE and not hit.is_noun:
        # أن + present tense is the subjunctive ("يريد أن يهاجم", "لم يتوقع أن تشن تركيا عملية"), إن + verb
        # a condition: neither reports an act
        hypothetical = hypothetical or _verb_form(tokens[t], hit)[:1] in "يتن"
    return negated, hypothetical


#: the code of an intention to do what a root names: cooperation as 03x intent, conflict as 13x threat
INTENT_CODES = {
    "04": "036",
    "05": "032",
    "06": "031",
    "07": "033",
    "08": "035",
    "14": "133",
    "15": "138",
    "16": "131",
    "17": "137",
    "18": "138",
    "19": "138",
    "20": "138",
}


#: the rejection that refusing a cooperative act is (CAMEO 12x)
REFUSAL_CODES = {"03": "120", "04": "125", "05": "120", "06": "121", "07": "122", "08": "124"}
REFUSAL_CUES = frozenset(
    map(normalize, ["will", "would", "wo", "shall", "refused", "refuses", "refuse", "لن", "رفض", "رفضت"])
)


def _refusal(tokens: Sequence[Token], hit: TriggerHit, lang: str) -> bool:
    """A negation that states a refusal (future or refuse), not a report that something did not happen."""
    return _any_cue(_words_before(tokens, hit.token, 3), REFUSAL_CUES)


def _intent(tokens: Sequence[Token], hit: TriggerHit, lang: str) -> bool:
    """A future or intention marker before the trigger (will, ready to, سوف، س-، مستعد), not a condition."""
    near = _words_before(tokens, hit.token, 3)
    return "س" in hit.prefix or _any_cue(near, cues(lang).intent)


def _background(tokens: Sequence[Token], hit: TriggerHit, lang: str) -> bool:
    """An event noun governed by a background word ("جريمة اغتيال", "the anniversary of the bombing")."""
    return hit.is_noun and _any_cue(_words_before(tokens, hit.token, 2, skip={"of", "the"}), cues(lang).background)


#: the roots of violence (coerce, assault, fight, mass violence): talked about far more often than reported
VIOLENCE_ROOTS = frozenset({"17", "18", "19", "20"})


def _adjective_complement(
    tokens: Sequence[Token], hit: TriggerHit, complement: set[int], consumed: set[int], book: PatternBook
) -> set[int]:
    """The tokens of a complement that stands right after an attack noun as its adjective ("هجوم
    انتحاري", "في هجوم مسلح"): the trigger's own noun (its complement, or one a verb before it took:
    ``consumed``), or a noun of violence before the complement of a verb ("قتل خمسة أشخاص في هجوم
    انتحاري"). A group there is no participant of the event."""
    if hit.is_noun:
        run: set[int] = set()
        k = hit.token + 1
        while k in consumed:
            run.add(k)
            k += 1
        return run
    if not complement:
        return set()
    first = min(complement)
    return complement if first - 1 > hit.token and _act_noun(tokens, first - 1, book, VIOLENCE_ROOTS) else set()


def _act_noun(tokens: Sequence[Token], k: int, book: PatternBook, roots: frozenset[str]) -> bool:
    """Whether token ``k`` is a noun that patterns of ``roots`` know: "هجوم", "تفجير", "مظاهرة"."""
    noun = book.lookup(tokens, k)
    return noun is not None and noun.is_noun and any(p.cameo[:2] in roots for p in noun.candidates)


def _event_head(tokens: Sequence[Token], hit: TriggerHit, book: PatternBook, lang: str) -> int | None:
    """The index of the noun of an act a verb in a relative clause describes ("الهجوم [الانتحاري] الذي
    استهدف", "the attack that targeted"); None when the clause hangs on a person, thing or place."""
    t = hit.token
    if hit.is_noun or t == 0 or tokens[t - 1].norm not in cues(lang).relatives:
        return None
    k, seen = t - 2, 0
    while k >= 0 and seen < 3:
        if tokens[k].norm in COMMAS:
            k -= 1
            continue
        if _act_noun(tokens, k, book, VIOLENCE_ROOTS | {"14"}):
            return k
        k, seen = k - 1, seen + 1
    return None


def _referred(tokens: Sequence[Token], k: int, lang: str) -> bool:
    """Whether the act noun at ``k`` is governed by a word of background or accusation ("التحقيقات في
    التفجير", "تقف وراء الهجوم"): the act is one the sentence refers to, reported before."""
    c = cues(lang)
    return _any_cue(_words_before(tokens, k, 4), c.background | c.accusation)


def _reference_not_report(
    tokens: Sequence[Token],
    hit: TriggerHit,
    pattern: Pattern,
    events: list[Event],
    lang: str,
    event_head: int | None = None,
) -> str:
    """Why a word of violence or protest refers to an act rather than reports one ("" when it reports one). A
    report anchors an attack noun in time or place or names who did it ("قتل شخصان في هجوم انتحاري
    أمس في الموصل"); a bare one is a reference ("the killing of civilians", "هجمات على المدنيين"). A verb in a relative
    clause tells which attack, victim, attacker or place the sentence is about ("المسلحون الذين خطفوا
    الرهائن", "النائب الذي اغتيل أمس في بيروت", "الساحة التي يعتصم فيها المحتجون"): what it says is
    background, reported as news before."""
    if not events or pattern.cameo[:2] not in VIOLENCE_ROOTS | {"14"}:
        return ""
    relative = not hit.is_noun and hit.token > 0 and tokens[hit.token - 1].norm in cues(lang).relatives
    if lang == "ar" and relative and event_head is not None:
        # the clause describes the attack its head names ("أدانت الهجوم الذي استهدف قافلة في كويتا"): it
        # reports that attack as the noun would, when a date, place or agent anchors it, and not when the
        # noun is the object of a background or an accusation ("تحقيقات الشرطة في الانفجار الذي طال حافلة")
        if _referred(tokens, event_head, lang):
            return "a relative clause on an act the sentence refers to (an inquiry, an accusation), not a report"
        if not any(e.date_text or e.location or e.source for e in events):
            return "a relative clause on an act with no agent, date or place: a reference, not a report"
    elif lang == "ar" and relative:
        # even when dated: "الزعيم الذي اغتيل عام 1995", "الناقلة التي استولى عليها القراصنة الأسبوع الماضي",
        # "الساحة التي يعتصم فيها المحتجون" name the victim, the ship or the place the sentence is about;
        # the act was news when it was reported
        return "a relative clause that tells which act, actor or place is meant, not a new event"
    if pattern.cameo[:2] not in VIOLENCE_ROOTS:
        return ""
    if (
        lang == "ar"
        and _habitual(tokens, hit)
        and not any(e.date_text or e.hypothetical or e.negated or e.cameo != pattern.cameo for e in events)
    ):  # "سيفرض", "لن يقتل", an intent coded as a threat: their own modality, not a habit
        return "a present-tense verb of violence with no date: what someone does, not an attack reported"
    anchored = any(e.date_text or e.location or e.source for e in events)
    if hit.is_noun and not anchored and not _announced(tokens, hit, lang):
        return BARE_NOUN
    if hit.is_noun and not _one_act(tokens, hit) and not any(e.date_text or e.source for e in events):
        return "attacks in the plural with no agent or date: a kind of violence, not a report of one"
    return ""


def _instrument(tokens: Sequence[Token], hit: TriggerHit, traces: list[TriggerTrace], lang: str) -> bool:
    """A weapon noun (cues: instruments) after the preposition of means, ب or بواسطة, is the weapon of the
    act of violence named right before it ("اعتداء بشاحنة مفخخة", "التفجير بواسطة عبوة ناسفة"), and
    shares its fate: no second event when that act was coded, nor when it (or the verb that carried it
    out) was found to be a reference ("خامس اعتداء بشاحنة مفخخة"). An act left uncoded only for want
    of actors leaves the weapon to report it."""
    if _verb_form(tokens[hit.token], hit) not in cues(lang).instruments:
        return False
    means = normalize(hit.prefix).lstrip("وف").startswith("ب")
    if not (means or (hit.token > 0 and tokens[hit.token - 1].norm in cues(lang).instrument_prepositions)):
        return False
    acts = [
        tr
        for tr in traces
        if hit.token - INSTRUMENT_REACH <= tr.hit.token < hit.token
        and tr.pattern is not None
        and tr.pattern.cameo[:2] in VIOLENCE_ROOTS
    ]
    # "الذين شنوا الهجوم بشاحنة ملغومة": the verb's clause makes the act a reference, though its noun alone
    # found no actors
    return any(tr.events or tr.reason not in ("", NO_ACTORS) for tr in acts)


WEAPON_OF_AN_ACT = "the weapon of an act told before it, not an act of its own"
#: how many words before a weapon noun the act it was the weapon of may stand ("اعتداء انتحاري مزدوج بشاحنة")
INSTRUMENT_REACH = 4


def _announced(tokens: Sequence[Token], hit: TriggerHit, lang: str) -> bool:
    """The act noun is the object of a verb that announces news (cues: announcements), with at most its
    subject between: "أعلنت مصادر طبية مقتل صيادين", "أفيد بمقتل", "police announced the killing of": a
    report of the act, not a reference to it."""
    announcements = cues(lang).announcements
    k = hit.token - 1
    while k >= 0 and hit.token - k <= 4:
        tok = tokens[k]
        if tok.norm in CLAUSE_BREAKS or tok.text in COMMAS or tok.norm in cues(lang).barriers:
            return False
        if tok.norm in announcements or any(
            r.form in announcements and r.prefix in ("و", "ف") and not r.suffix for r in tok.readings
        ):
            return True
        k -= 1
    return False


def _accidental(tokens: Sequence[Token], hit: TriggerHit, pattern: Pattern, events: list[Event], lang: str) -> bool:
    """A killing or injury with no agent that a disaster or an accident caused (cues: accidents): before it
    ("أسفر الزلزال عن مقتل", "a crash on the highway killed five") or after it in its clause ("قتل 20 شخصا في
    فيضانات")."""
    if pattern.cameo[:2] not in VIOLENCE_ROOTS or any(e.source is not None for e in events):
        return False
    accidents = cues(lang).accidents
    if _any_cue(_words_before(tokens, hit.token, 4), accidents):
        return True
    for k in _complement_span(tokens, hit.token, limit=8):
        forms = {tokens[k].norm, *(r.form for r in tokens[k].readings)}
        following = tokens[k + 1].norm if k + 1 < len(tokens) else ""
        if forms & accidents or any(f"{f} {following}" in accidents for f in forms):
            return True  # "في زلزال", "بفيضانات", "in a car crash"
    return False


def _habitual(tokens: Sequence[Token], hit: TriggerHit) -> bool:
    """An Arabic present-tense verb that tells what someone does ("يقتلون الأبرياء", "يخطفون التجار
    طلبا للفدية"), unless a verb before it sets it in a past scene (cues: progressive: "راحوا يطلقون
    النار", "شاهدوا جنودا يضربون المعتقلين")."""
    if hit.is_noun or "س" in hit.prefix:
        return False  # "سيقتلون": the future
    t = hit.token
    form = _verb_form(tokens[t], hit)
    present = form[:1] == "ي" or (form[:1] == "ت" and form.endswith(("ون", "ين", "ان")))
    return present and len(form) >= 4 and not _any_cue(_words_before(tokens, t, 4), cues("ar").progressive)


def _same_span(a: Actor, b: Actor) -> bool:
    return (a.start, a.end) == (b.start, b.end)


def _participants(sentence: str, actor: Actor | None, lang: str) -> bool:
    """Whether ``actor`` is the definite participants of an event told before ("المتظاهرون", "the protesters")."""
    if actor is None:
        return False
    words = list(tokenize(actor.text))
    if not words:
        return False
    if lang == "en":
        before = sentence[: actor.start].split()[-1:]
        definite = words[0].norm == "the" or [w.lower() for w in before] == ["the"]
        head = words[1] if words[0].norm == "the" and len(words) > 1 else words[0]
        return definite and head.norm in cues(lang).participants
    if not any(form in cues(lang).participants for form in (words[0].norm, *(r.form for r in words[0].readings))):
        return False
    return not _counted_group(list(tokenize(sentence[: actor.start])), lang)


#: the words of an Arabic count that say no amount by themselves: "أكثر من", "ما لا يقل عن", "نحو"
AR_COUNT_FRAME = frozenset(map(normalize, "من ما لا يقل عن يزيد على الأقل أكثر أقل نحو حوالي حوالى قرابة زهاء".split()))


def _counted_group(before: Sequence[Token], lang: str) -> bool:
    """Whether the words right before a group count it ("العشرات من المتظاهرين", "مئات المتظاهرين", "نحو 300
    من المتظاهرين"): people counted are told of for the first time, not the participants told of before."""
    quantities = cues(lang).quantities
    amount = False
    for tok in reversed(before):
        if tok.kind is TokenKind.NUMBER:
            amount = True
        elif tok.norm in quantities:
            amount = amount or tok.norm not in AR_COUNT_FRAME
        else:
            break
    return amount


def _occurs(tokens: Sequence[Token], hit: TriggerHit, lang: str) -> bool:
    """An event noun that a verb of occurrence reports: "اندلعت مظاهرات", "protests broke out"."""
    occurrence = cues(lang).occurrence
    if lang == "ar" and _any_cue(_words_before(tokens, hit.token, 3), occurrence):
        return True  # "اندلعت مظاهرات"
    after: list[str] = []  # "احتجاجات عمت العراق", "protests broke out"
    for t in tokens[hit.token + 1 : hit.token + 4]:
        if t.norm in CLAUSE_BREAKS:
            break
        after.append(t.norm)
    if lang == "ar":
        return bool(after) and after[0] in occurrence
    return any(w in occurrence for w in after[:2]) or any(" " in c and c in " ".join(after) for c in occurrence)


def _words_before(tokens: Sequence[Token], t: int, n: int, skip: set[str] | None = None) -> list[str]:
    """Up to ``n`` words before token ``t`` in the same clause, each as its whole reading and those without the
    article or a conjunction or ب before it ("فحذرت", "بجريمة")."""
    out: list[str] = []
    k, taken = t - 1, 0
    while k >= 0 and taken < n and tokens[k].norm not in CLAUSE_BREAKS:
        if not (skip and tokens[k].norm in skip):
            taken += 1
            out.append(tokens[k].norm)
            out += [r.form for r in tokens[k].readings[1:] if r.prefix in ("و", "ف", "ب", "ال", "وال") and not r.suffix]
        k -= 1
    return out


def _any_cue(words: list[str], cue_set: frozenset[str]) -> bool:
    """Whether any cue is among ``words`` (a two-word cue such as "refused to" matches two words in a row)."""
    joined = " ".join(reversed(words))
    return any(w in cue_set for w in words) or any(" " in cue and cue in joined for cue in cue_set)
