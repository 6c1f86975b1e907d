"""Scores: event detection, per PLOVER type and per CAMEO root P/R/F1, actor accuracy, extra events,
a confusion table and the worst errors. Everything is computed from (gold item, predicted events)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from marsad.actors.codes import NON_STATE
from marsad.eval.gold import GoldActor, GoldEvent, GoldItem, GoldSet
from marsad.model import Actor, Document, Event, Mention
from marsad.pipeline import Pipeline

NONE = "none"


class Ratios:
    """Precision, recall and F1 of counts of true and false positives and false negatives: whole counts, or
    expected ones (sums of fractions)."""

    tp: float
    fp: float
    fn: float

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def rounded(self) -> dict[str, float]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class PRF(Ratios):
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, gold: set[str], predicted: set[str]) -> None:
        self.tp += len(gold & predicted)
        self.fp += len(predicted - gold)
        self.fn += len(gold - predicted)

    def to_dict(self) -> dict[str, Any]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, **self.rounded()}


@dataclass
class AnnotatorScore(Ratios):
    """How one of the gold's own annotators, drawn at random for each sentence, scores against the gold
    label, from the sentence's vote counts: a human reference for the detection figures. The drawn
    annotator's vote is part of the label, so the figure flatters the annotators."""

    tp: float = 0.0
    fp: float = 0.0
    fn: float = 0.0
    sentences: int = 0

    def add(self, has_event: bool, votes: tuple[int, int]) -> None:
        accepted, rejected = votes
        total = accepted + rejected
        self.sentences += 1
        if has_event:
            self.tp += accepted / total
            self.fn += rejected / total
        else:
            self.fp += accepted / total

    def to_dict(self) -> dict[str, Any]:
        return {"sentences": self.sentences, **self.rounded()}


def main_slot(code: str | None, country: str | None) -> str | None:
    """The first slot of a CAMEO actor code: the state, or for a non-state actor its class (IGO, IMG,
    NGO, ...). The event record leaves ``country`` null for those, the gold standards put the class in
    the same slot as a state, so both sides are compared on this slot."""
    if country:
        return country
    return code[:3] if code and code[:3] in NON_STATE else None


@dataclass
class ActorScore:
    """Agreement of predicted with gold actors over gold events that the coder also found."""

    matched: int = 0
    country: int = 0
    sector: int = 0
    both: int = 0

    def add(self, gold: GoldActor | None, predicted: Actor | None) -> None:
        if gold is not None and not gold.known:
            return
        g_country, g_sector = (main_slot(gold.code, gold.country), gold.sector) if gold else (None, None)
        p_country, p_sector = (
            (main_slot(predicted.code, predicted.country), predicted.sector) if predicted else (None, None)
        )
        self.matched += 1
        self.country += g_country == p_country
        self.sector += g_sector == p_sector
        self.both += g_country == p_country and g_sector == p_sector

    def to_dict(self) -> dict[str, Any]:
        n = self.matched
        return {
            "events": n,
            "country": round(self.country / n, 4) if n else None,
            "sector": round(self.sector / n, 4) if n else None,
            "both": round(self.both / n, 4) if n else None,
        }


@dataclass
class Report:
    name: str
    format: str
    sentences: int = 0
    excluded: int = 0
    gold_events: int = 0
    predicted_events: int = 0
    failed: int = 0
    detection: PRF = field(default_factory=PRF)
    per_type: dict[str, PRF] = field(default_factory=dict)
    per_root: dict[str, PRF] = field(default_factory=dict)
    source: ActorScore = field(default_factory=ActorScore)
    target: ActorScore = field(default_factory=ActorScore)
    gold_events_found: int = 0
    #: actor recognition alone: the actor Marsad resolves on the words the gold marks as the actor
    resolved_source: ActorScore = field(default_factory=ActorScore)
    resolved_target: ActorScore = field(default_factory=ActorScore)
    events_on_negatives: int = 0
    negative_sentences: int = 0
    events_beyond_gold: int = 0
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    #: one gold annotator against the gold label, on the sentences whose gold gives its votes
    annotator: AnnotatorScore = field(default_factory=AnnotatorScore)
    errors: list[dict[str, Any]] = field(default_factory=list)

    @property
    def type_micro(self) -> PRF:
        total = PRF()
        for prf in self.per_type.values():
            total.tp, total.fp, total.fn = total.tp + prf.tp, total.fp + prf.fp, total.fn + prf.fn
        return total

    @property
    def extra_event_rate(self) -> float:
        """Events beyond the gold count (including all events on sentences without one), per gold event."""
        return self.events_beyond_gold / self.gold_events if self.gold_events else float(self.events_beyond_gold)

    def worst(self, n: int) -> list[dict[str, Any]]:
        return sorted(self.errors, key=lambda e: (-e["score"], e["id"]))[:n]

    def to_dict(self, worst: int = 20) -> dict[str, Any]:
        return {
            "name": self.name,
            "format": self.format,
            "sentences": self.sentences,
            "excluded": self.excluded,
            "failed": self.failed,
            "gold_events": self.gold_events,
            "predicted_events": self.predicted_events,
            "detection": self.detection.to_dict(),
            "event_type": {
                "micro": self.type_micro.to_dict(),
                **{k: v.to_dict() for k, v in sorted(self.per_type.items())},
            },
            "cameo_root": {k: v.to_dict() for k, v in sorted(self.per_root.items())},
            "actors": {
                "source": self.source.to_dict(),
                "target": self.target.to_dict(),
                "gold_events_found": self.gold_events_found,
                "resolved_on_gold_spans": {
                    "source": self.resolved_source.to_dict(),
                    "target": self.resolved_target.to_dict(),
                },
            },
            "extra_events": {
                "rate": round(self.extra_event_rate, 4),
                "beyond_gold": self.events_beyond_gold,
                "on_negative_sentences": self.events_on_negatives,
                "negative_sentences": self.negative_sentences,
            },
            **({"annotator": self.annotator.to_dict()} if self.annotator.sentences else {}),
            "confusion": [{"gold": g, "predicted": p, "count": c} for (g, p), c in sorted(self.confusion.items())],
            "worst_errors": self.worst(worst),
        }


def evaluate(gold: GoldSet, pipeline: Pipeline) -> Report:
    """Code every gold sentence with ``pipeline`` and score the result."""
    docs = (Document(text=item.text, id=item.id, lang=item.lang, date=item.date) for item in gold.items)
    coded = pipeline.pipe(docs, on_error="record")
    report = Report(gold.name, gold.format, excluded=gold.excluded)
    cameo = any(e.cameo for item in gold.items for e in item.events)
    for item, doc in zip(gold.items, coded, strict=True):
        report.failed += doc.error is not None
        score_item(report, item, doc.events, gold.scope, cameo)
        score_resolution(report, item, doc)
    return report


def score_resolution(report: Report, item: GoldItem, doc: Document) -> None:
    """For gold actors given as words of the sentence, compare the actor Marsad resolves on those
    words with the gold country and sector. That actor is the phrase's head, the first actor mention
    among the words, as a compound ("X و Y", "X and Y") and a phrase "X of Y" are coded by their first
    part. With none, Marsad resolved no actor."""
    for g in item.events:
        for gold_actor, score in ((g.source, report.resolved_source), (g.target, report.resolved_target)):
            if gold_actor is None or not gold_actor.known or not gold_actor.text:
                continue
            span = locate(doc.text, gold_actor.text)
            if span is None:
                continue
            head = _head_mention(doc, span)
            score.add(gold_actor, head.actor if head else None)


def _head_mention(doc: Document, span: tuple[int, int]) -> Mention | None:
    """The first actor mention overlapping ``span``; of two starting together, the longer."""
    inside = [m for m in doc.mentions if m.actor and min(span[1], m.end) > max(span[0], m.start)]
    return min(inside, key=lambda m: (m.start, -m.end), default=None)


def locate(text: str, words: str) -> tuple[int, int] | None:
    """Character span of ``words`` (gold tokens joined by spaces) in ``text``, compared normalised."""
    from marsad.lang.tokenize import tokenize

    wanted = [t.norm for t in tokenize(words)]
    tokens = list(tokenize(text))
    n = len(wanted)
    for i in range(len(tokens) - n + 1):
        if [t.norm for t in tokens[i : i + n]] == wanted:
            return tokens[i].start, tokens[i + n - 1].end
    return None


def score_item(
    report: Report, item: GoldItem, events: Sequence[Event], scope: frozenset[str] | None = None, cameo: bool = False
) -> None:
    """Add one gold sentence and the events coded for it to ``report``. ``scope`` limits predictions to
    the event types a binary gold set is about; ``cameo`` scores CAMEO roots (gold that codes them)."""
    # an event flagged negated or hypothetical is, by the event record's definition, not itself an event
    predicted = [e for e in events if (scope is None or e.plover in scope) and not (e.negated or e.hypothetical)]
    gold_types = {e.plover for e in item.events if e.plover}
    pred_types = {e.plover for e in predicted if e.plover}
    report.sentences += 1
    report.gold_events += len(item.events)
    report.predicted_events += len(predicted)
    report.detection.add({"event"} if item.events else set(), {"event"} if predicted else set())
    if item.votes:
        report.annotator.add(bool(item.events), item.votes)
    for t in gold_types | pred_types:
        report.per_type.setdefault(t, PRF()).add(gold_types & {t}, pred_types & {t})
    if cameo:
        gold_roots = {e.cameo[:2] for e in item.events if e.cameo}
        pred_roots = {e.cameo_root for e in predicted}
        for r in gold_roots | pred_roots:
            report.per_root.setdefault(r, PRF()).add(gold_roots & {r}, pred_roots & {r})
    if not item.events:
        report.negative_sentences += 1
        report.events_on_negatives += len(predicted)
    report.events_beyond_gold += max(0, len(predicted) - len(item.events))
    _confusion(report.confusion, gold_types, pred_types)
    actor_misses = _score_actors(report, item, predicted) if item.has_actors else 0
    errors = len(gold_types ^ pred_types) + actor_misses + max(0, len(predicted) - len(item.events))
    if errors:
        report.errors.append(
            {
                "id": item.id,
                "score": errors,
                "text": item.text,
                "label": item.label,
                "gold": [_gold_str(e) for e in item.events],
                "coded": [_event_str(e) for e in predicted],
            }
        )


def _confusion(table: Counter[tuple[str, str]], gold: set[str], predicted: set[str]) -> None:
    for t in gold & predicted:
        table[(t, t)] += 1
    missed, extra = sorted(gold - predicted), sorted(predicted - gold)
    for g in missed:
        for p in extra or [NONE]:
            table[(g, p)] += 1
    if not missed:
        for p in extra:
            table[(NONE, p)] += 1
    if not gold and not predicted:
        table[(NONE, NONE)] += 1


def _score_actors(report: Report, item: GoldItem, predicted: Sequence[Event]) -> int:
    """Score actors of every gold event the coder found (same PLOVER type or CAMEO root); return misses."""
    misses = 0
    for g in item.events:
        candidates = [e for e in predicted if _same_event(g, e)]
        if not candidates:
            continue
        best = max(candidates, key=lambda e: _agreement(g, e))
        report.gold_events_found += 1
        report.source.add(g.source, best.source)
        report.target.add(g.target, best.target)
        misses += 2 - _agreement(g, best)
    return misses


def _same_event(g: GoldEvent, e: Event) -> bool:
    if g.cameo:
        return e.cameo_root == g.cameo[:2]
    return g.plover is not None and e.plover == g.plover


def _agreement(g: GoldEvent, e: Event) -> int:
    return int(_same_actor(g.source, e.source)) + int(_same_actor(g.target, e.target))


def _same_actor(g: GoldActor | None, a: Actor | None) -> bool:
    """Same first slot (``main_slot``: the state, or IGO/IMG/INT ...) and sector; a missing actor counts as
    (None, None), like a gold actor coded 'None'."""
    gold = (main_slot(g.code, g.country), g.sector) if g else (None, None)
    return gold == ((main_slot(a.code, a.country), a.sector) if a else (None, None))


def _gold_str(e: GoldEvent) -> str:
    return f"{_gold_actor(e.source)} {e.cameo or e.plover} {_gold_actor(e.target)}"


def _gold_actor(a: GoldActor | None) -> str:
    if a is None:
        return "-"
    return a.code or f"{a.country or '?'}{a.sector or ''}"


def _event_str(e: Event) -> str:
    src = e.source.code if e.source else "-"
    tgt = e.target.code if e.target else "-"
    return f"{src} {e.cameo}/{e.plover} {tgt} «{e.trigger.text}»"
