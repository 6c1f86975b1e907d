"""Load test of the REST API: N concurrent clients post documents to `marsad serve` on loopback for a
bounded time, then the store is checked for every document the API acknowledged.

    python bench/load_api.py [--clients 8] [--seconds 30] [--batch 5] [--db sqlite:///PATH]

The server runs in its own process (uvicorn, as `marsad serve` starts it). Texts come from
../shared/corpora (Arabic and English sentences) when present, else from examples/; each request
posts --batch new documents. Prints requests, documents, throughput, latency percentiles, errors
and lost documents (acknowledged but not stored: must be 0). Asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_code import DEFAULT_CORPUS, load_texts

EN_CORPUS = DEFAULT_CORPUS.parent / "GigaWord.sample.PETR.xml"


def texts() -> list[str]:
    found: list[str] = []
    for path in (DEFAULT_CORPUS, EN_CORPUS):
        if path.exists():
            found += [t for t in load_texts(path)[1] if t.strip()]
    return found or load_texts(None)[1]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--batch", type=int, default=5, help="Documents per request.")
    parser.add_argument("--db", default=None, help="Database URL (default: a temporary SQLite file).")
    args = parser.parse_args()

    tmp = tempfile.TemporaryDirectory()
    db = args.db or f"sqlite:///{Path(tmp.name) / 'load.db'}"
    env = {**os.environ, "MARSAD_DB": db, "MARSAD_API_RATE": "100000000", "MARSAD_API_WRITE_RATE": "100000000"}
    key = subprocess.run(
        [sys.executable, "-m", "marsad.cli", "keys", "create", "--name", "load-test"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "--factory", "marsad.web.app:from_env", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"{base}/v1/health", timeout=1).close()
            break
        except OSError:
            time.sleep(0.2)
    pool = texts()
    # warm the coder (the first request loads the dictionaries)
    warm = json.dumps({"text": pool[0]}).encode()
    urllib.request.urlopen(
        urllib.request.Request(f"{base}/v1/code", data=warm, headers={"Content-Type": "application/json"}), timeout=60
    ).close()

    latencies: list[float] = []
    acknowledged: set[str] = set()
    errors: dict[str, int] = {}
    lock = threading.Lock()
    counter = iter(range(10**9))
    stop_at = time.monotonic() + args.seconds

    def client() -> None:
        while time.monotonic() < stop_at:
            with lock:
                first = next(counter) * args.batch
            docs = [
                {"id": f"load-{i}", "text": pool[i % len(pool)], "date": "2025-07-18"}
                for i in range(first, first + args.batch)
            ]
            body = json.dumps({"documents": docs}).encode()
            req = urllib.request.Request(
                f"{base}/v1/documents", data=body, headers={"X-API-Key": key, "Content-Type": "application/json"}
            )
            t0 = time.perf_counter()
            try:
                with urllib.request.urlopen(req, timeout=120) as r:
                    results = json.loads(r.read())["results"]
                ok = {x["id"] for x in results if x["status"] != "failed"}
                with lock:
                    latencies.append(time.perf_counter() - t0)
                    acknowledged.update(ok)
            except urllib.error.HTTPError as exc:
                with lock:
                    errors[str(exc.code)] = errors.get(str(exc.code), 0) + 1
            except OSError as exc:
                with lock:
                    errors[type(exc).__name__] = errors.get(type(exc).__name__, 0) + 1

    started = time.monotonic()
    threads = [threading.Thread(target=client) for _ in range(args.clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.monotonic() - started
    server.terminate()
    server.wait(timeout=30)

    from marsad.store import open_store

    with open_store(db) as store:
        from sqlalchemy import select

        from marsad.store.schema import documents

        with store.engine.connect() as conn:
            stored = set(conn.execute(select(documents.c.id)).scalars())
        n_events = store.count_events()
    lost = acknowledged - stored
    q = statistics.quantiles(latencies, n=100) if len(latencies) >= 2 else [float("nan")] * 99
    backend = db.split("://")[0]
    print(f"load test: {args.clients} clients, {args.batch} documents per request, {elapsed:.1f} s, store {backend}")
    top = max(latencies, default=0.0)
    ms = [q[49] * 1e3, q[89] * 1e3, q[98] * 1e3, top * 1e3]
    print(f"  requests   {len(latencies):,} ok, errors {sum(errors.values())} {errors or ''}")
    print(f"  documents  {len(acknowledged):,} acknowledged, {len(stored):,} stored, {len(lost)} lost")
    print(f"  events     {n_events:,}")
    print(f"  throughput {len(latencies) / elapsed:,.1f} requests/s, {len(acknowledged) / elapsed:,.1f} documents/s")
    print("  latency    p50 {:,.0f} ms  p90 {:,.0f} ms  p99 {:,.0f} ms  max {:,.0f} ms".format(*ms))
    tmp.cleanup()


if __name__ == "__main__":
    main()
