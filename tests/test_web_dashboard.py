"""Dashboard pages rendered by the server (no browser): content, highlighting, right-to-left Arabic,
escaping of document text and the security headers. tests/test_browser.py drives the same pages in
Chromium."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from web_docs import DOCS, XSS_DOCS

from marsad.config import Settings
from marsad.store.db import Store
from marsad.store.keys import create_key
from marsad.web import create_app
from marsad.web.dashboard import segments


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    settings = Settings(db=f"sqlite:///{tmp_path_factory.mktemp('dash') / 'd.db'}")
    store = Store(settings.db)
    key, _ = create_key(store, "t")
    with TestClient(create_app(settings, store)) as c:
        r = c.post("/v1/documents", json={"documents": DOCS + XSS_DOCS}, headers={"X-API-Key": key})
        assert r.status_code == 200
        yield c


def test_segments_mark_trigger_source_and_target() -> None:
    record = {
        "sentence": "أدانت مصر إسرائيل.",
        "trigger": {"start": 0, "end": 5},
        "source": {"start": 6, "end": 9},
        "target": {"start": 10, "end": 17},
    }
    assert segments(record) == [
        {"text": "أدانت", "cls": "trigger"},
        {"text": " ", "cls": None},
        {"text": "مصر", "cls": "source"},
        {"text": " ", "cls": None},
        {"text": "إسرائيل", "cls": "target"},
        {"text": ".", "cls": None},
    ]
    # overlapping spans: the trigger wins over an actor, and out-of-range offsets are clipped
    assert segments({"sentence": "abc", "trigger": {"start": 1, "end": 9}, "source": {"start": 0, "end": 2}}) == [
        {"text": "a", "cls": "source"},
        {"text": "bc", "cls": "trigger"},
    ]
    assert segments({"sentence": "", "trigger": None}) == []


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("/", ["Busiest relations", "IGOEUREEC", 'id="n-events"']),
        ("/relations?a=PAK&b=IGOEUREEC", ["series-chart", "4 events between", "Express intent to cooperate"]),
        ("/relations", ["Pick two actors"]),
        ("/actor?code=PAK", ["Top partners", "IGOEUREEC", "mix-chart"]),
        ("/actor?q=ترامب", ["Donald Trump", "USAGOV"]),
        ("/map", ["world-map", "Quetta", "Brussels"]),
        ("/events", ["events", '<mark class="trigger"', "Verbal cooperation"]),
        ("/events?place=Quetta", ["2 events", "كويتا"]),
        ("/code", ["Paste an article"]),
        ("/api", ["/v1/events", "X-API-Key"]),
    ],
)
def test_pages_render_their_content(client: TestClient, url: str, expected: list[str]) -> None:
    r = client.get(url)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    for text in expected:
        assert text in r.text, text


def test_arabic_sentences_are_right_to_left_with_highlights(client: TestClient) -> None:
    html = client.get("/events?actor=PAKGOV").text
    (sentence,) = re.findall(r'<p class="sentence" lang="ar" dir="rtl">(.*?)</p>', html, re.S)
    assert '<mark class="trigger" title="trigger">أدانت</mark>' in sentence
    assert '<mark class="source" title="source">وزارة الخارجية الباكستانية</mark>' in sentence
    assert 'lang="en" dir="auto"' in client.get("/events?actor=EGY").text


def test_document_text_is_escaped_everywhere(client: TestClient) -> None:
    for url in ("/events?actor=EGY", "/", "/relations?a=EGY&b=ISR", "/actor?code=EGY"):
        html = client.get(url).text
        assert "<script>window" not in html and "<img src=x" not in html, url
    html = client.get("/events?actor=EGY").text
    assert "&lt;script&gt;window.__pwned" in html and "&lt;img src=x onerror=" in html
    # the event page and the live coder escape too
    eid = re.search(r'data-event-id="([0-9a-f]+)"', html)
    assert eid is not None
    assert "<script>window" not in client.get(f"/events/{eid.group(1)}").text
    coded = client.post("/code", data={"text": XSS_DOCS[1]["text"], "date": "2025-09-04"}).text
    assert "<script>window" not in coded and "&lt;script&gt;" in coded


def test_pages_send_a_strict_content_security_policy(client: TestClient) -> None:
    r = client.get("/events")
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "object-src 'none'" in csp
    assert r.headers["x-content-type-options"] == "nosniff"
    assert "<script>" not in r.text  # no inline scripts at all: data goes in JSON blocks
    assert "cdn" not in r.text.lower() and "https://" not in r.text


def test_code_page_codes_a_pasted_article(client: TestClient) -> None:
    text = "اتفقت باكستان والاتحاد الأوروبي يوم الخميس على تعزيز التعاون الأمني."
    html = client.post("/code", data={"text": text, "date": "2025-07-18", "lang": ""}).text
    assert "2 events in 1 sentences (ar)" in html and "Nothing was stored" in html
    assert html.count('class="event quad-1"') == 2 and "2025-07-17" in html


def test_unknown_pages_and_events_are_404_pages(client: TestClient) -> None:
    assert client.get("/no/such/page").status_code == 404
    r = client.get("/events/0000")
    assert r.status_code == 404 and "No event" in r.text


def test_bad_filters_are_ignored_not_errors(client: TestClient) -> None:
    for url in ("/events?since=yesterday&actor=<b>", "/relations?a=1&b=2", "/map?since=nope", "/events?quad_class=9"):
        r = client.get(url)
        assert r.status_code == 200 and "<b>" not in r.text.split("<main>")[1].split("</form>")[0], url


def test_vendored_libraries_are_served(client: TestClient) -> None:
    for path in ("/static/vendor/chart.umd.min.js", "/static/vendor/topojson-client.min.js", "/static/app.js"):
        r = client.get(path)
        assert r.status_code == 200 and len(r.content) > 1000, path
    world = client.get("/static/vendor/countries-110m.json").json()
    assert world["type"] == "Topology" and "countries" in world["objects"]
    assert (Path(__file__).parent.parent / "marsad/web/static/vendor/README.md").is_file()
