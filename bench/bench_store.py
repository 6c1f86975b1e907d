"""Store throughput: ingest of coded sentences into SQLite (default 50,000), and the analytics queries.

    python bench/bench_store.py [--sentences 50000] [--db sqlite:///PATH | postgresql+pg8000://…]

The Arabic sample corpus (../shared/corpora, else examples/) is coded once; its documents are then
stored as many times as needed under new ids, with dates spread over two years, so the store sees the
requested number of coded sentences (and the near-copies exercise story deduplication).
Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_code import DEFAULT_CORPUS, load_texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sentences", type=int, default=50000)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--batch", type=int, default=200, help="Documents per transaction (1: one by one).")
    parser.add_argument("--db", default=None, help="Database URL (default: a temporary SQLite file).")
    args = parser.parse_args()

    from marsad.model import Document
    from marsad.pipeline import load_pipeline
    from marsad.store import analytics, open_store

    name, texts = load_texts(args.corpus)
    texts = [t for t in texts if t.strip()]
    pipeline = load_pipeline()
    t0 = time.perf_counter()
    coded = list(
        pipeline.pipe(
            (
                Document(text=t, id=f"s{i}", date="2024-01-01", lang="ar" if name.endswith(".xml") else None)
                for i, t in enumerate(texts)
            ),
            on_error="record",
        )
    )
    code_time = time.perf_counter() - t0
    per_doc = sum(len(d.events) for d in coded) / len(coded)

    docs = []
    for n in range(args.sentences):
        base, k = coded[n % len(coded)], n // len(coded)
        day = (date(2024, 1, 1) + timedelta(days=(n * 7) % 730)).isoformat()
        doc_id = f"{base.id}-{k}"
        events = tuple(
            replace(e, doc_id=doc_id, event_id=f"{e.event_id}-{k}", date=day if e.date else None) for e in base.events
        )
        docs.append(replace(base, id=doc_id, date=day, events=events))

    with tempfile.TemporaryDirectory() as tmp:
        url = args.db or f"sqlite:///{Path(tmp) / 'bench.db'}"
        with open_store(url) as store:
            if args.db:
                store.drop_all()
                store.migrate()
            t1 = time.perf_counter()
            for _ in store.ingest_many(docs, batch=args.batch):
                pass
            ingest = time.perf_counter() - t1
            n_events = store.count_events()
            top = analytics.network(store)["edges"]
            pair = max(top, key=lambda e: e["weight"]) if top else {"source": "IRQ", "target": "USA"}
            timings = {}
            for label, call in (
                ("dyad by month", lambda: analytics.dyad(store, pair["source"], pair["target"], by="month")),
                ("dyad by week", lambda: analytics.dyad(store, pair["source"], pair["target"], by="week")),
                ("actor profile", lambda: analytics.actor(store, pair["source"])),
                ("network (all)", lambda: analytics.network(store)["edges"]),
                ("one-a-day", lambda: store.daily()),
            ):
                t2 = time.perf_counter()
                result = call()
                timings[label] = (time.perf_counter() - t2, len(result))
            clusters = len(store.clusters())

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"corpus: {name} ({len(coded)} distinct documents, {per_doc:.2f} events each, coded in {code_time:.1f} s)")
    print(f"database: {'given URL' if args.db else 'temporary SQLite file'}")
    print(
        f"ingest: {len(docs):,} coded sentences, {n_events:,} events in {ingest:.1f} s "
        f"= {len(docs) / ingest:,.0f} sentences/s; {clusters:,} story clusters"
    )
    print(f"busiest dyad: {pair['source']}-{pair['target']}")
    for label, (secs, size) in timings.items():
        print(f"  {label:14s} {secs * 1000:8.1f} ms  ({size} rows)")
    print(f"peak memory: {peak:.0f} MB")


if __name__ == "__main__":
    main()
