"""``marsad explain``: everything the coder saw and decided for one text, as plain data."""

from __future__ import annotations

from typing import Any

from marsad.events.coder import EventCoder
from marsad.model import Document, MentionKind
from marsad.pipeline import Pipeline


def explain(
    pipeline: Pipeline, coder: EventCoder, text: str, date: str | None = None, lang: str | None = None
) -> list[dict[str, Any]]:
    """Per sentence: tokens with their clitic readings, actor mentions, trigger words with the
    patterns they could select (and whose complement was found), the chosen rule, the events and,
    for triggers without events, the reason."""
    doc = pipeline(Document(text=text, date=date, lang=lang))
    out = []
    for sentence in doc.sentences:
        mentions = [m for m in doc.mentions if m.sentence_index == sentence.index]
        traces = coder.trace_sentence(
            doc, sentence, [m for m in mentions if m.kind in (MentionKind.ACTOR, MentionKind.AGENT)]
        )
        out.append(
            {
                "sentence": doc.text[sentence.start : sentence.end],
                "lang": doc.lang,
                "tokens": [
                    {
                        "text": t.text,
                        "norm": t.norm,
                        "readings": [f"{r.prefix}+{r.form}+{r.suffix}".strip("+") for r in t.readings[1:]],
                    }
                    for t in sentence.tokens
                ],
                "actors": [
                    {"text": m.actor.text, "code": m.actor.code, "id": m.actor.id, "kind": m.kind.value}
                    for m in mentions
                    if m.actor is not None
                ],
                "triggers": [
                    {
                        "text": doc.text[tr.hit.start : tr.hit.end],
                        "as": "noun" if tr.hit.is_noun else ("passive verb" if tr.hit.passive else "verb"),
                        "candidates": [
                            f"{p.rule} ({p.cameo})"
                            + (f" needs {' | '.join(' '.join(w) for w in p.with_)}" if p.with_ else "")
                            for p in tr.hit.candidates
                        ],
                        "chosen": tr.pattern.rule if tr.pattern else None,
                        "events": [
                            {
                                "source": e.source.code if e.source else None,
                                "cameo": e.cameo,
                                "label": e.cameo_label,
                                "target": e.target.code if e.target else None,
                                "negated": e.negated,
                                "hypothetical": e.hypothetical,
                            }
                            for e in tr.events
                        ],
                        "why_not": tr.reason or None,
                    }
                    for tr in traces
                ],
            }
        )
    return out
