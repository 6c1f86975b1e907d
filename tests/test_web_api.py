"""REST API: every endpoint, keys and scopes, validation, paging, limits, exports, and a property-based
run (schemathesis) that must find no server error."""

from __future__ import annotations

import atexit
import io
import json
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest
import schemathesis
from fastapi import FastAPI
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from sqlalchemy import select
from web_docs import DOCS

from marsad.config import Settings
from marsad.store import open_store
from marsad.store.db import Store
from marsad.store.keys import create_key, list_keys, revoke_key, verify_key
from marsad.store.schema import SCHEMA_VERSION, api_keys
from marsad.web import create_app


def _app(tmp_path: Path, **overrides: Any) -> tuple[FastAPI, Store]:
    settings = Settings(db=f"sqlite:///{tmp_path / 'api.db'}", **overrides)
    store = Store(settings.db)
    return create_app(settings, store), store


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[TestClient, str, str]]:
    """A client over a store holding DOCS, a write key and a read key."""
    app, store = _app(tmp_path_factory.mktemp("api"))
    write, _ = create_key(store, "tests")
    read, _ = create_key(store, "reader", scope="read")
    with TestClient(app) as client:
        r = client.post("/v1/documents", json={"documents": DOCS}, headers={"X-API-Key": write})
        assert r.status_code == 200, r.text
        yield client, write, read


@pytest.fixture
def fresh(tmp_path: Path) -> Iterator[tuple[TestClient, Store]]:
    app, store = _app(tmp_path)
    with TestClient(app) as client:
        yield client, store


def _error(r: Any, status: int, code: str) -> str:
    assert r.status_code == status, r.text
    body = r.json()
    assert body["error"]["code"] == code
    message: str = body["error"]["message"]
    assert message
    return message


# ---------------------------------------------------------------- health, code
def test_health_reports_the_store(loaded: tuple[TestClient, str, str]) -> None:
    client, _, _ = loaded
    body = client.get("/v1/health").json()
    assert body["status"] == "ok" and body["schema_version"] == SCHEMA_VERSION
    assert body["documents"] == len(DOCS) and body["events"] >= 7


def test_code_returns_contract_events_and_stores_nothing(loaded: tuple[TestClient, str, str]) -> None:
    client, _, _ = loaded
    before = client.get("/v1/health").json()["events"]
    r = client.post("/v1/code", json={"text": "أدانت مصر الهجوم على إسرائيل يوم الاثنين.", "date": "2025-03-05"})
    assert r.status_code == 200
    body = r.json()
    assert body["lang"] == "ar" and body["sentences"] == 1 and body["error"] is None
    (event,) = [e for e in body["events"] if e["cameo_root"] == "11"]
    assert event["source"]["code"] == "EGY" and event["date"] == "2025-03-03"
    assert event["sentence"][event["trigger"]["start"] : event["trigger"]["end"]] == "أدانت"
    assert client.get("/v1/health").json()["events"] == before


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"text": ""},
        {"text": "Egypt condemned Israel.", "date": "05/03/2025"},
        {"text": "Egypt condemned Israel.", "date": "2025-02-30"},
        {"text": "Egypt condemned Israel.", "lang": "fr"},
        {"text": "Egypt condemned Israel.", "extra": 1},
        {"text": 42},
    ],
)
def test_code_rejects_invalid_requests_with_e606(loaded: tuple[TestClient, str, str], body: dict[str, Any]) -> None:
    client, _, _ = loaded
    _error(client.post("/v1/code", json=body), 422, "E606")


def test_code_rejects_a_body_that_is_not_json(loaded: tuple[TestClient, str, str]) -> None:
    client, _, _ = loaded
    r = client.post("/v1/code", content=b"\xff\xfe not json", headers={"Content-Type": "application/json"})
    assert r.status_code in (400, 422) and r.json()["error"]["code"] == "E606"
    _error(client.get("/v1/nothing-here"), 404, "E609")
    _error(client.delete("/v1/events"), 405, "E610")


# ---------------------------------------------------------------- writing: keys and scopes
def test_documents_need_a_write_key(loaded: tuple[TestClient, str, str]) -> None:
    client, write, read = loaded
    body = {"documents": [{"text": "Egypt condemned Israel."}]}
    assert "X-API-Key" in _error(client.post("/v1/documents", json=body), 401, "E601")
    _error(client.post("/v1/documents", json=body, headers={"X-API-Key": "nonsense"}), 401, "E602")
    forged = write[:-4] + ("AAAA" if not write.endswith("AAAA") else "BBBB")
    _error(client.post("/v1/documents", json=body, headers={"X-API-Key": forged}), 401, "E602")
    _error(client.post("/v1/documents", json=body, headers={"X-API-Key": read}), 403, "E603")
    ok = client.post("/v1/documents", json=body, headers={"Authorization": f"Bearer {write}"})
    assert ok.status_code == 200 and ok.json()["results"][0]["status"] in ("new", "unchanged")


def test_documents_report_each_document_and_keep_failures(fresh: tuple[TestClient, Store]) -> None:
    client, store = fresh
    key, _ = create_key(store, "t")
    docs = [DOCS[0], {"id": "empty", "text": "   "}, DOCS[4]]
    r = client.post("/v1/documents", json={"documents": docs}, headers={"X-API-Key": key})
    results = r.json()["results"]
    assert [x["id"] for x in results] == ["ar-1", "empty", "en-3"]
    assert [x["status"] for x in results] == ["new", "failed", "new"]
    assert results[1]["error"]["code"] == "E305" and results[0]["events"] == 2
    assert {d["id"] for d in store.failed_documents()} == {"empty"}
    again = client.post("/v1/documents", json={"documents": docs[:1]}, headers={"X-API-Key": key}).json()
    assert again["results"][0]["status"] == "unchanged"


def test_documents_limits_and_validation(tmp_path: Path) -> None:
    app, store = _app(tmp_path, api_max_documents=2)
    key, _ = create_key(store, "t")
    with TestClient(app) as client:
        h = {"X-API-Key": key}
        _error(client.post("/v1/documents", json={"documents": [{"text": "a"}] * 3}, headers=h), 422, "E606")
        _error(client.post("/v1/documents", json={"documents": []}, headers=h), 422, "E606")
        _error(client.post("/v1/documents", json={"documents": [{"id": "x"}]}, headers=h), 422, "E606")
        _error(client.post("/v1/documents", json={"documents": [{"text": "a", "id": ""}]}, headers=h), 422, "E606")


def test_keys_are_stored_hashed_and_can_be_revoked(fresh: tuple[TestClient, Store]) -> None:
    client, store = fresh
    key, record = create_key(store, "analyst")
    secret = key.split("_", 2)[2]
    with store.engine.connect() as conn:
        rows = [dict(r._mapping) for r in conn.execute(select(api_keys))]
    assert len(rows) == 1 and secret not in json.dumps(rows) and len(rows[0]["secret_hash"]) == 64
    assert verify_key(store, key).key_id == record.key_id
    body = {"documents": [{"text": "Egypt condemned Israel."}]}
    assert client.post("/v1/documents", json=body, headers={"X-API-Key": key}).status_code == 200
    revoke_key(store, record.key_id)
    assert list_keys(store)[0].revoked_at is not None
    _error(client.post("/v1/documents", json=body, headers={"X-API-Key": key}), 401, "E602")


# ---------------------------------------------------------------- reading
def test_events_are_paged_with_a_next_link(loaded: tuple[TestClient, str, str]) -> None:
    client, _, _ = loaded
    total = client.get("/v1/events").json()["total"]
    seen: list[str] = []
    url: str | None = "/v1/events?limit=3"
    while url:
        page = client.get(url).json()
        assert page["total"] == total and len(page["items"]) <= 3
        seen += [e["event_id"] for e in page["items"]]
        url = page["next"]
    assert len(seen) == len(set(seen)) == total
    assert [e["event_id"] for e in client.get("/v1/events?limit=500").json()["items"]] == seen


@pytest.mark.parametrize("query", ["limit=0", "limit=501", "offset=-1", "limit=x", "since=2025-13-01", "cameo=abc"])
def test_events_reject_bad_paging_and_filters(loaded: tuple[TestClient, str, str], query: str) -> None:
    client, _, _ = loaded
    _error(client.get(f"/v1/events?{query}"), 422, "E606")


@pytest.mark.parametrize(
    ("query", "check"),
    [
        ("actor=PAK", lambda e: "PAK" in ((e["source"] or {}).get("code", "") + (e["target"] or {}).get("code", ""))),
        ("cameo=11", lambda e: e["cameo_root"] == "11"),
        ("plover=ACCUSE", lambda e: e["plover"] == "ACCUSE"),
        ("quad_class=1", lambda e: e["quad_class"] == 1),
        ("since=2025-08-01&until=2025-08-31", lambda e: "2025-08-01" <= e["date"] <= "2025-08-31"),
        ("place=Quetta", lambda e: e["location"]["name"] == "Quetta"),
        ("who=Asim Munir", lambda e: "Asim Munir" in (e["source"]["name"], e["target"]["name"])),
        ("doc_id=en-3", lambda e: e["doc_id"] == "en-3"),
    ],
)
def test_events_filters(loaded: tuple[TestClient, str, str], query: str, check: Any) -> None:
    client, _, _ = loaded
    items = client.get(f"/v1/events?{query}").json()["items"]
    assert items and all(check(e) for e in items)


def test_one_event_with_its_evidence(loaded: tuple[TestClient, str, str]) -> None:
    client, _, _ = loaded
    items = client.get("/v1/events?doc_id=ar-2").json()["items"]
    # the condemnation, and the attack it condemns (no source named)
    assert sorted(e["cameo"] for e in items) == ["111", "190"]
    (first,) = [e for e in items if e["cameo"] == "111"]
    body = client.get(f"/v1/events/{first['event_id']}").json()
    e = body["event"]
    assert e == first and body["document"]["id"] == "ar-2" and "text" not in body["document"]
    assert e["sentence"][e["trigger"]["start"] : e["trigger"]["end"]] == "أدانت"
    assert e["sentence"][e["source"]["start"] : e["source"]["end"]] == e["source"]["text"]
    assert body["gloss"]["quad_class"] == "Verbal conflict" and body["gloss"]["cameo"].startswith("111 ")
    assert "No event" in _error(client.get("/v1/events/doesnotexist"), 404, "E607")


def test_dyad_actor_network_places_and_search(loaded: tuple[TestClient, str, str]) -> None:
    client, _, _ = loaded
    dyad = client.get("/v1/dyads/PAK/IGOEUREEC?by=month").json()
    assert [r["period"] for r in dyad["series"]] == ["2025-07", "2025-08"]
    assert sum(r["quad_1"] for r in dyad["series"]) == 4 and dyad["top_events"]
    _error(client.get("/v1/dyads/PAK/IGOEUREEC?by=decade"), 422, "E606")
    _error(client.get("/v1/dyads/PAK/12"), 422, "E606")
    actor = client.get("/v1/actors/PAK").json()
    assert actor["events"] >= 5 and actor["top_partners"][0]["actor"] == "IGOEUREEC" and actor["series"]
    net = client.get("/v1/network?min_weight=2").json()
    assert all(e["weight"] >= 2 for e in net["edges"]) and {"PAK", "IGOEUREEC"} <= {n["id"] for n in net["nodes"]}
    places = {p["name"]: p for p in client.get("/v1/places").json()["items"]}
    assert {"Brussels", "Quetta", "Gaza"} <= set(places) and places["Quetta"]["country"] == "PAK"
    for q, expected in (("ترامب", "person:donald_trump"), ("trump", "person:donald_trump"), ("EUR", "IGOEUREEC")):
        found = client.get("/v1/actors", params={"q": q}).json()["items"]
        assert expected in {f["id"] for f in found} | {f["code"] for f in found}, q
    _error(client.get("/v1/actors?q="), 422, "E606")


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "gdelt", "plover", "parquet"])
def test_export_downloads(loaded: tuple[TestClient, str, str], fmt: str) -> None:
    client, _, _ = loaded
    expected = client.get("/v1/events?actor=PAK&limit=500").json()["items"]
    r = client.get(f"/v1/export?format={fmt}&actor=PAK")
    assert r.status_code == 200 and "attachment" in r.headers["content-disposition"]
    if fmt == "jsonl":
        assert [json.loads(line) for line in r.text.splitlines()] == expected
    elif fmt == "csv":
        assert len(r.text.strip().splitlines()) == len(expected) + 1
    elif fmt == "gdelt":
        rows = r.text.strip().splitlines()
        assert len(rows) == len(expected) + 1 and all(len(x.split("\t")) == 61 for x in rows)
    elif fmt == "plover":
        assert len(json.loads(r.text)) == len(expected)
    else:
        table = pq.read_table(io.BytesIO(r.content))
        assert table.num_rows == len(expected)


def test_reads_can_require_a_key(tmp_path: Path) -> None:
    app, store = _app(tmp_path, api_read_open=False)
    read, _ = create_key(store, "reader", scope="read")
    with TestClient(app) as client:
        _error(client.get("/v1/events"), 401, "E601")
        _error(client.post("/v1/code", json={"text": "Egypt condemned Israel."}), 401, "E601")
        assert client.get("/v1/events", headers={"X-API-Key": read}).status_code == 200
        assert client.get("/v1/health").status_code == 200  # health stays open for monitors
        assert client.get("/events").status_code == 401  # the dashboard is closed too


def test_rate_limit_answers_429_with_retry_after(tmp_path: Path) -> None:
    app, _ = _app(tmp_path, api_rate=3)
    with TestClient(app) as client:
        assert [client.get("/v1/events").status_code for _ in range(3)] == [200, 200, 200]
        r = client.get("/v1/events")
        _error(r, 429, "E605")
        assert 1 <= int(r.headers["retry-after"]) <= 60


def test_body_size_limit(tmp_path: Path) -> None:
    app, _ = _app(tmp_path, api_max_body=1_000)
    with TestClient(app) as client:
        big = {"text": "Egypt condemned Israel. " * 100}
        _error(client.post("/v1/code", json=big), 413, "E604")

        def chunks() -> Iterator[bytes]:  # no Content-Length: counted as it streams
            yield b'{"text": "'
            for _ in range(100):
                yield b"Egypt condemned Israel. "
            yield b'"}'

        _error(client.post("/v1/code", content=chunks(), headers={"Content-Type": "application/json"}), 413, "E604")
        assert client.post("/v1/code", json={"text": "Egypt condemned Israel."}).status_code == 200


def test_cors_is_off_by_default_and_on_when_configured(tmp_path: Path) -> None:
    origin = {"Origin": "https://example.org"}
    app, _ = _app(tmp_path)
    with TestClient(app) as client:
        assert "access-control-allow-origin" not in client.get("/v1/health", headers=origin).headers
    app2, _ = _app(tmp_path, api_cors_origins=["https://example.org"])
    with TestClient(app2) as client:
        assert client.get("/v1/health", headers=origin).headers["access-control-allow-origin"] == "https://example.org"


def test_openapi_schema_is_valid_and_lists_every_endpoint(loaded: tuple[TestClient, str, str]) -> None:
    from openapi_spec_validator import validate

    client, _, _ = loaded
    schema = client.get("/openapi.json").json()
    assert schema["openapi"].startswith("3.")
    validate(schema)  # the whole document against the OpenAPI 3.1 specification
    paths = {(m.upper(), p) for p, ops in schema["paths"].items() for m in ops}
    assert paths == {
        ("GET", "/v1/health"),
        ("POST", "/v1/code"),
        ("POST", "/v1/documents"),
        ("GET", "/v1/events"),
        ("GET", "/v1/events/{event_id}"),
        ("GET", "/v1/dyads/{a}/{b}"),
        ("GET", "/v1/actors/{code}"),
        ("GET", "/v1/actors"),
        ("GET", "/v1/network"),
        ("GET", "/v1/places"),
        ("GET", "/v1/export"),
    }
    broken = dict(schema, paths={"/x": {"get": {"responses": "not a mapping"}}})
    with pytest.raises(Exception, match=r"not a mapping|is not of type"):
        validate(broken)  # the validator does reject a broken document


def test_keys_cli_creates_lists_and_revokes(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from marsad.cli import cli

    db = f"sqlite:///{tmp_path / 'k.db'}"
    runner = CliRunner()
    created = runner.invoke(cli, ["keys", "create", "--name", "ci", "--scope", "read", "--db", db])
    assert created.exit_code == 0, created.output
    key = created.stdout.strip().splitlines()[0]
    assert key.startswith("marsad_")
    with open_store(db) as store:
        assert verify_key(store, key).scope == "read"
    listed = runner.invoke(cli, ["keys", "list", "--json", "--db", db])
    assert json.loads(listed.stdout)[0]["name"] == "ci" and key.split("_", 2)[2] not in listed.stdout
    key_id = key.split("_")[1]
    assert runner.invoke(cli, ["keys", "revoke", key_id, "--db", db]).exit_code == 0
    bad = runner.invoke(cli, ["keys", "revoke", "nope", "--db", db])
    assert bad.exit_code != 0 and "E608" in str(bad.exception)


# ---------------------------------------------------------------- property-based: no input makes the server fail
# Schemathesis needs the app when tests are collected: a small store in a temporary folder (removed at exit).
_FUZZ_DIR = Path(tempfile.mkdtemp(prefix="marsad-fuzz-"))
atexit.register(shutil.rmtree, _FUZZ_DIR, True)
_FUZZ_APP, _FUZZ_STORE = _app(_FUZZ_DIR, api_rate=10**9, api_write_rate=10**9)
_FUZZ_KEY = create_key(_FUZZ_STORE, "fuzz")[0]
fuzz_schema = schemathesis.openapi.from_asgi("/openapi.json", _FUZZ_APP)


@pytest.fixture(scope="module")
def fuzz_data() -> None:
    with TestClient(_FUZZ_APP) as client:
        r = client.post("/v1/documents", json={"documents": DOCS}, headers={"X-API-Key": _FUZZ_KEY})
        assert r.status_code == 200


@fuzz_schema.parametrize()
@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_property_based_run_finds_no_server_error(case: Any, fuzz_data: None) -> None:
    """Schemathesis generates requests from the OpenAPI schema (valid and invalid ones); none may get a 5xx."""
    case.call_and_validate(headers={"X-API-Key": _FUZZ_KEY}, checks=[not_a_server_error])


def test_marsad_serve_starts_the_app(tmp_path: Path) -> None:
    import socket
    import subprocess
    import sys
    import time
    import urllib.request

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    db = f"sqlite:///{tmp_path / 'serve.db'}"
    cmd = [sys.executable, "-m", "marsad.cli", "serve", "--db", db, "--port", str(port)]
    log = tmp_path / "serve.log"
    with open(log, "wb") as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT)
    try:
        deadline, body = time.monotonic() + 30, None
        while time.monotonic() < deadline and body is None:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/v1/health", timeout=2) as r:
                    body = json.loads(r.read())
            except OSError:
                time.sleep(0.2)
        assert body is not None and body["status"] == "ok" and body["events"] == 0, log.read_text()
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5) as r:
            assert "Marsad" in r.read().decode()
    finally:
        proc.terminate()
        proc.wait(timeout=10)
