"""Coding throughput: sentences/s and tokens/s for the text layer alone and for the whole coder.

    python bench/bench_code.py [--sentences 20000] [--corpus PATH.xml]

Uses ../shared/corpora/Sample_arabic_sent.xml (PETRARCH XML) when present, else the examples/
folder, repeated until the requested number of sentences. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import resource
import time
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO.parent / "shared" / "corpora" / "Sample_arabic_sent.xml"


def load_texts(corpus: Path | None) -> tuple[str, list[str]]:
    if corpus and corpus.exists():
        root = ET.parse(corpus).getroot()
        return str(corpus), [" ".join((s.findtext("Text") or "").split()) for s in root.iter("Sentence")]
    texts = []
    for path in sorted((REPO / "examples").glob("*.jsonl")):
        texts += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line]
    return "examples/*.jsonl", texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sentences", type=int, default=20000)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args()

    t0 = time.perf_counter()
    from marsad.lang.tokenize import tokenize
    from marsad.model import Document
    from marsad.pipeline import load_pipeline

    pipeline = load_pipeline()
    startup = time.perf_counter() - t0
    name, base = load_texts(args.corpus)
    texts = [t for t in base if t.strip()]
    reps = -(-args.sentences // len(texts))
    docs = [
        Document(text=t, id=f"{i}-{k}", lang="ar" if name.endswith(".xml") else None)
        for k in range(reps)
        for i, t in enumerate(texts)
    ][: args.sentences]

    unique = docs[: len(texts)]
    t1 = time.perf_counter()
    n_cold = sum(1 for d in unique for _ in tokenize(d.text))
    cold = time.perf_counter() - t1  # every distinct word analysed for the first time
    t1 = time.perf_counter()
    n_tokens = sum(1 for d in docs for _ in tokenize(d.text))
    text_layer = time.perf_counter() - t1

    t3 = time.perf_counter()
    from marsad.actors.dictionary import ActorDictionary

    dictionary = ActorDictionary.default()
    dict_load = time.perf_counter() - t3
    actors_only = load_pipeline(stages=("language", "text", "actors"))
    t3 = time.perf_counter()
    with_actors = list(actors_only.pipe(docs, on_error="record"))
    actors_time = time.perf_counter() - t3
    n_mentions = sum(len(d.mentions) for d in with_actors)

    from datetime import date as _date

    from marsad.geo import Gazetteer
    from marsad.time.dates import find_dates

    gazetteer = Gazetteer.default()
    t4 = time.perf_counter()
    for d in with_actors:
        for s in d.sentences:
            find_dates(d.text, s.tokens, d.lang or "ar", _date(2025, 7, 18))
            gazetteer.matches(s.tokens)
    when_where = time.perf_counter() - t4
    n_with_actors = sum(len(d.sentences) for d in with_actors)

    t2 = time.perf_counter()
    coded = list(pipeline.pipe(docs, on_error="record"))
    coding = time.perf_counter() - t2
    n_sentences = sum(len(d.sentences) for d in coded)
    n_events = sum(len(d.events) for d in coded)
    failed = sum(1 for d in coded if d.error)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(f"corpus: {name} ({len(texts)} texts, repeated to {len(docs)} documents)")
    print(f"start-up (import + load dictionaries): {startup:.2f} s")
    print(
        f"text layer (normalise + tokenise + clitic readings): {n_cold / cold:,.0f} tokens/s on the "
        f"{len(unique)} distinct texts (cold word cache), {n_tokens / text_layer:,.0f} tokens/s over all "
        f"{len(docs)} documents ({n_tokens:,} tokens)"
    )
    print(f"actor dictionary: {len(dictionary):,} entries loaded in {dict_load:.2f} s")
    print(
        f"text + actors: {sum(len(d.sentences) for d in with_actors) / actors_time:,.0f} sentences/s "
        f"({n_mentions:,} actor mentions)"
    )
    print(
        f"full coder: {n_sentences / coding:,.0f} sentences/s, {len(docs) / coding:,.0f} documents/s "
        f"({n_sentences} sentences, {n_events} events, {failed} failed, one process)"
    )
    print(
        f"dates + places: {1e6 * when_where / n_with_actors:,.0f} µs per sentence "
        f"({100 * when_where / coding:.0f}% of the full coder's time)"
    )
    print(f"peak memory: {peak_mb:,.0f} MB")


if __name__ == "__main__":
    main()
