"""Batch throughput: coding alone, coding with storage, and 1 vs 2 worker processes (and Dask).

    python bench/bench_batch.py [--sentences 20000] [--dask]

Arabic: ../shared/corpora/Sample_arabic_sent.xml repeated to --sentences; English: the GigaWord
sample in ../shared/corpora repeated likewise (else examples/). Each document is one sentence, as in
the PETRARCH sample. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_code import DEFAULT_CORPUS, load_texts

EN_CORPUS = DEFAULT_CORPUS.parent / "GigaWord.sample.PETR.xml"


def documents(texts: list[str], n: int, lang: str | None) -> list[Any]:
    from marsad.model import Document

    texts = [t for t in texts if t.strip()]
    # each repetition is a distinct document (its own id); the text is the same, so the word
    # analysis cache is warm after the first pass, as on a day of news that repeats its words
    return [Document(text=texts[i % len(texts)], id=f"{i}", lang=lang) for i in range(n)]


def rate(label: str, n_docs: int, n_sents: int, secs: float) -> None:
    print(f"  {label:34s} {n_sents / secs:8,.0f} sentences/s  {n_docs / secs:8,.0f} documents/s  ({secs:.1f} s)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sentences", type=int, default=20000)
    parser.add_argument("--dask", action="store_true", help="Also time a Dask LocalCluster of 2 workers.")
    args = parser.parse_args()

    startup = subprocess.run(
        [
            sys.executable,
            "-c",
            "import time; t=time.perf_counter(); import marsad; marsad.load_pipeline(); "
            "marsad.code_text('Egypt praised Jordan.'); print(time.perf_counter()-t)",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    print(f"start-up (import, load dictionaries, code one sentence): {float(startup.stdout):.2f} s")

    from marsad.batch import code_documents
    from marsad.store import open_store

    for lang, corpus in (("ar", DEFAULT_CORPUS), ("en", EN_CORPUS)):
        name, texts = load_texts(corpus)
        docs = documents(texts, args.sentences, lang if name.endswith(".xml") else None)
        print(f"{lang}: {name}, {len(docs):,} documents")
        list(code_documents(docs[:50]))  # load the pipeline outside the timings
        timings = {}
        for workers in (1, 2):
            t0 = time.perf_counter()
            n_sents = sum(len(d.sentences) for d in code_documents(docs, workers=workers, chunk=64))
            timings[workers] = time.perf_counter() - t0
            rate(f"coding, {workers} worker{'s' if workers > 1 else ''}", len(docs), n_sents, timings[workers])
        print(f"  scaling 1 -> 2 workers: {timings[1] / timings[2]:.2f}x")
        if args.dask:
            t0 = time.perf_counter()
            for _ in code_documents(docs, workers=2, chunk=256, dask="local"):
                pass
            rate("coding, Dask LocalCluster of 2", len(docs), n_sents, time.perf_counter() - t0)
        with tempfile.TemporaryDirectory() as tmp, open_store(f"sqlite:///{tmp}/b.db") as store:
            t0 = time.perf_counter()
            for _ in store.ingest_many(code_documents(docs, workers=1)):
                pass
            rate("coding + SQLite store, 1 worker", len(docs), n_sents, time.perf_counter() - t0)

    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory of the writing process (documents streamed, not held): {own:.0f} MB")


if __name__ == "__main__":
    main()
