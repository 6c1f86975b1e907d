"""The built-in stages. Importing this module registers them in ``marsad.pipeline.registry``."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from marsad import data
from marsad.actors import userdict
from marsad.actors.apposition import appositions
from marsad.actors.dictionary import ActorDictionary, nationalities
from marsad.actors.located import place_groups
from marsad.actors.names import romanizer
from marsad.actors.recognizer import Recognizer
from marsad.config import Settings
from marsad.errors import InputError
from marsad.events.coder import EventCoder
from marsad.events.patterns import PatternBook
from marsad.geo import Gazetteer
from marsad.lang.detect import detect
from marsad.lang.sentences import split
from marsad.lang.tokenize import tokenize
from marsad.model import Document, Mention, MentionKind, Sentence
from marsad.pipeline import StageFn, stage


@stage("language", provides={"lang"})
def language_stage(settings: Settings) -> StageFn:
    def run(doc: Document) -> Document:
        if len(doc.text) > settings.max_document_chars:
            raise InputError("E308", doc_id=doc.id, size=f"{len(doc.text):,}", limit=f"{settings.max_document_chars:,}")
        if "\x00" in doc.text:  # NUL, which no database text column holds, becomes U+FFFD (offsets unchanged)
            doc = replace(doc, text=doc.text.replace("\x00", "\ufffd"))
        if doc.lang in ("ar", "en"):
            return doc
        lang = settings.lang if settings.lang != "auto" else detect(doc.text)
        return replace(doc, lang=lang)

    return run


@stage("text", requires={"lang"}, provides={"sentences", "tokens"})
def text_stage(settings: Settings) -> StageFn:
    def run(doc: Document) -> Document:
        if not doc.text.strip():
            raise InputError("E305", doc_id=doc.id)
        tokens = list(tokenize(doc.text))
        sentences: list[Sentence] = []
        for a, b in split(doc.text, tokens):
            sentences.append(Sentence(len(sentences), tokens[a].start, tokens[b - 1].end, tuple(tokens[a:b])))
        return replace(doc, sentences=tuple(sentences))

    return run


@stage("actors", requires={"tokens"}, provides={"mentions.actor"})
def actors_stage(settings: Settings) -> StageFn:
    lexicon = data.load("lexicon_ar.json")
    extra = [rec for path in settings.dictionaries for rec in userdict.records(path)]
    dictionary = ActorDictionary.with_extra(extra) if extra else ActorDictionary.default()
    recognizer = Recognizer(
        dictionary,
        frozenset(lexicon["words"]),
        romanizer(),
        frozenset(lexicon["common"]),
        frozenset(lexicon.get("name_words", ())),
    )
    gazetteer = Gazetteer.default()

    def run(doc: Document) -> Document:
        mentions = place_groups(
            recognizer.document(doc.text, doc.sentences, doc.date),
            doc.sentences,
            gazetteer,
            doc.lang,
            dictionary.demonyms,
            doc.text,
        )
        mentions = appositions(mentions, doc.sentences, doc.text)
        return replace(doc, mentions=(*doc.mentions, *mentions))

    return run


@stage("dates", requires={"tokens"}, provides={"mentions.date"})
def dates_stage(settings: Settings) -> StageFn:
    from datetime import date

    from marsad.time.dates import find_dates

    def run(doc: Document) -> Document:
        published = date.fromisoformat(doc.date) if doc.date else None
        lang = doc.lang if doc.lang in ("ar", "en") else "en"
        found = [
            Mention(
                d.start,
                d.end,
                MentionKind.DATE,
                None,
                s.index,
                d.token_start,
                d.token_end,
                None,
                d.value.isoformat() if d.value else None,
                d.precision,
            )
            for s in doc.sentences
            for d in find_dates(doc.text, s.tokens, lang, published)
        ]
        return replace(doc, mentions=(*doc.mentions, *found))

    return run


@stage("events", requires={"tokens", "mentions.actor"}, provides={"events"})
def events_stage(settings: Settings) -> StageFn:
    coder = event_coder(settings)

    def run(doc: Document) -> Document:
        return coder.code_document(doc)

    return run


def event_coder(settings: Settings) -> EventCoder:
    """The event coder with the settings' pattern books, the gazetteer and the actor dictionary's
    nationality adjectives (the agents of event nouns: "الغارات الإسرائيلية")."""
    return EventCoder(
        settings,
        books=_pattern_books(settings),
        gazetteer=Gazetteer.default(),
        nationalities=nationalities(data.load("actors.json")["entries"]),  # read once by data.load, not re-indexed
    )


def _pattern_books(settings: Settings) -> dict[str, PatternBook] | None:
    """The built-in pattern books, with the user's pattern files added or in their place."""
    if not settings.patterns:
        return None
    from marsad.build.patterns import load_user_patterns

    ontology = data.load("ontology.json")
    user: dict[str, list[dict[str, Any]]] = {"ar": [], "en": []}
    for path in settings.patterns:
        lang, records = load_user_patterns(path, ontology)
        user[lang] += records
    books = {}
    for lang in ("ar", "en"):
        base = [] if settings.patterns_mode == "replace" else data.load(f"patterns_{lang}.json")["patterns"]
        books[lang] = PatternBook.default(lang, [*user[lang], *base])
    return books
