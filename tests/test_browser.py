"""The dashboard in a real browser: headless Chromium (Debian's chromium and chromium-driver packages,
installed by .ci/run) driven by Selenium against `marsad serve`'s app on a test database.

Screenshots are saved under ci-artifacts/screenshots/ (or $MARSAD_SCREENSHOTS) as CI artefacts. Without
Chromium the tests skip with a message, unless MARSAD_REQUIRE_BROWSER=1 (set by .ci/run) makes that a
failure."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from web_docs import DOCS, XSS_DOCS

from marsad.config import Settings
from marsad.store.db import Store
from marsad.store.keys import create_key
from marsad.web import create_app

REPO = Path(__file__).resolve().parent.parent
SHOTS = Path(os.environ.get("MARSAD_SCREENSHOTS") or REPO / "ci-artifacts" / "screenshots")
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
DRIVER = shutil.which("chromedriver")

ARTICLE = (
    "اتفقت باكستان والاتحاد الأوروبي يوم الخميس على تعزيز التعاون الأمني خلال الجولة العاشرة من الحوار "
    "السياسي في بروكسل. وكان الرئيس الأمريكي دونالد ترامب قد استقبل قائد الجيش الباكستاني المشير عاصم منير "
    "في البيت الأبيض الشهر الماضي."
)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    import uvicorn

    settings = Settings(db=f"sqlite:///{tmp_path_factory.mktemp('browser') / 'b.db'}")
    store = Store(settings.db)
    key, _ = create_key(store, "browser-tests")
    app = create_app(settings, store)
    with TestClient(app) as client:
        r = client.post("/v1/documents", json={"documents": DOCS + XSS_DOCS}, headers={"X-API-Key": key})
        assert r.status_code == 200
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "the test server did not start"
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not (CHROMIUM and DRIVER):
        message = "headless browser tests need Debian's chromium and chromium-driver packages (.ci/run installs them)"
        if os.environ.get("MARSAD_REQUIRE_BROWSER") == "1":
            pytest.fail(message)
        pytest.skip(message)
    os.environ.setdefault("SE_OFFLINE", "true")  # never let Selenium Manager try to download a driver
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    options = Options()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1100", "--lang=en"):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(executable_path=DRIVER), options=options)
    driver.set_page_load_timeout(30)
    SHOTS.mkdir(parents=True, exist_ok=True)
    yield driver
    driver.quit()


def _open(driver: Any, url: str) -> None:
    from selenium.webdriver.support.ui import WebDriverWait

    driver.get(url)
    WebDriverWait(driver, 15).until(lambda d: d.execute_script("return document.body.dataset.ready === '1'"))


def _shot(driver: Any, name: str) -> Path:
    path = SHOTS / f"{name}.png"
    driver.save_screenshot(str(path))
    assert path.stat().st_size > 10_000, f"screenshot {path} looks empty"
    return path


def _css(driver: Any, selector: str) -> list[Any]:
    from selenium.webdriver.common.by import By

    found: list[Any] = driver.find_elements(By.CSS_SELECTOR, selector)
    return found


def test_relations_view_draws_the_series(browser: Any, base_url: str) -> None:
    _open(browser, f"{base_url}/relations?a=PAK&b=IGOEUREEC")
    datasets = browser.execute_script(
        "const c = Chart.getChart(document.getElementById('series-chart'));"
        "return c ? c.data.datasets.map(d => [d.label, d.data]) : null;"
    )
    assert datasets is not None, "no chart was drawn"
    by_label = dict((label, data) for label, data in datasets)
    assert by_label["Verbal cooperation"] == [2, 2] and by_label["Material conflict"] == [0, 0]
    # the Arabic report agrees on security cooperation (0312, +5.2 both ways)
    assert by_label["Mean Goldstein"][0] == 5.2 and len(by_label["Mean Goldstein"]) == 2
    assert "4 events between" in _css(browser, "#dyad-summary")[0].text
    assert len(_css(browser, "article.event")) == 4
    _shot(browser, "relations")


def test_event_explorer_highlights_an_arabic_sentence_right_to_left(browser: Any, base_url: str) -> None:
    _open(browser, f"{base_url}/events?actor=PAK")
    arabic = _css(browser, 'p.sentence[lang="ar"]')
    assert arabic, "no Arabic sentence on the page"
    sentence = arabic[0]
    assert browser.execute_script("return getComputedStyle(arguments[0]).direction", sentence) == "rtl"
    marks = {m.get_attribute("class"): m.text for m in sentence.find_elements("css selector", "mark")}
    assert set(marks) >= {"trigger", "source"} and marks["trigger"] in sentence.text
    # the highlighted trigger is drawn right of the source when the source follows it in Arabic
    trigger = sentence.find_element("css selector", "mark.trigger").rect
    source = sentence.find_element("css selector", "mark.source").rect
    if abs(trigger["y"] - source["y"]) < 5:
        assert trigger["x"] > source["x"]
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", sentence)
    _shot(browser, "explorer-arabic")


def test_actor_view_overview_and_map(browser: Any, base_url: str) -> None:
    _open(browser, f"{base_url}/actor?code=PAK")
    assert browser.execute_script("return Chart.getChart(document.getElementById('mix-chart')) !== undefined")
    assert "IGOEUREEC" in _css(browser, "#partners")[0].text
    _shot(browser, "actor")
    _open(browser, f"{base_url}/")
    assert int(_css(browser, "#n-events")[0].text) >= 8
    _shot(browser, "overview")
    browser.get(f"{base_url}/map")
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(browser, 15).until(
        lambda d: d.execute_script("return !!document.querySelector('#world-map[data-places]')")
    )
    assert len(_css(browser, "#world-map path.land")) > 100
    places = _css(browser, "#world-map circle.place")
    assert len(places) == int(_css(browser, "#world-map")[0].get_attribute("data-places")) >= 3
    _shot(browser, "map")


def test_code_a_pasted_article_live(browser: Any, base_url: str) -> None:
    _open(browser, f"{base_url}/code")
    _css(browser, "textarea[name=text]")[0].send_keys(ARTICLE)
    browser.execute_script("document.querySelector('input[name=date]').value = '2025-07-18'")
    _css(browser, "form.code button")[0].click()
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(browser, 30).until(lambda d: d.find_elements("css selector", "#code-summary"))
    codes = [e.text for e in _css(browser, "article.event .gloss .code")]
    assert "PAK" in codes and "IGOEUREEC" in codes
    assert "Nothing was stored" in _css(browser, "#code-summary")[0].text
    _shot(browser, "code")


@pytest.mark.parametrize("url", ["/events?actor=EGY", "/relations?a=EGY&b=ISR", "/", "/actor?code=EGY"])
def test_script_in_document_text_never_runs(browser: Any, base_url: str, url: str) -> None:
    _open(browser, base_url + url)
    assert browser.execute_script("return window.__pwned === undefined")
    assert not _css(browser, "main img"), "an <img> from document text became an element"


def test_script_pasted_into_the_coder_never_runs(browser: Any, base_url: str) -> None:
    _open(browser, f"{base_url}/code")
    _css(browser, "textarea[name=text]")[0].send_keys(XSS_DOCS[0]["text"] + "\n" + XSS_DOCS[1]["text"])
    _css(browser, "form.code button")[0].click()
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(browser, 30).until(lambda d: d.find_elements("css selector", "#code-summary"))
    assert browser.execute_script("return window.__pwned === undefined")
    assert "onerror" in " ".join(p.text for p in _css(browser, "p.sentence"))  # shown as text, not run
