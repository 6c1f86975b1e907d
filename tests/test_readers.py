"""Readers: folders, gzip, HTML main text, RSS and Atom feeds, PETRARCH XML, detected encodings, and
files that cannot be read recorded with their error. Every fixture is written here."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from marsad.io.formats import html_text, iso_date
from marsad.io.readers import read_path

AR = "اتفقت باكستان والاتحاد الأوروبي على تعزيز التعاون الأمني."
EN = "Egypt and Jordan agreed to reopen the border crossing."

PAGE = f"""<!DOCTYPE html><html lang="ar-EG"><head><title>عنوان الموقع</title>
<meta property="og:title" content="باكستان والاتحاد الأوروبي">
<meta property="article:published_time" content="2025-07-17T10:00:00Z">
<link rel="canonical" href="https://example.org/news/1">
<script>var tracking = "اشترك الآن";</script><style>p {{color: red}}</style></head>
<body><header><nav><a href="/">الرئيسية</a> <a href="/sport">رياضة</a></nav></header>
<article><h1>باكستان والاتحاد الأوروبي</h1><p>{AR}</p><p>وقال الجانبان إن الحوار سيستمر.</p></article>
<aside>الأكثر قراءة</aside><footer>جميع الحقوق محفوظة</footer></body></html>"""

RSS = f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Wire</title>
<language>en-us</language>
<item><title>Border deal</title><link>https://example.org/a</link><guid>wire-1</guid>
<pubDate>Fri, 18 Jul 2025 08:30:00 GMT</pubDate><description>&lt;p&gt;{EN}&lt;/p&gt;</description></item>
<item><title>Second</title><link>https://example.org/b</link>
<description>Talks went on.</description></item></channel></rss>"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ar">
<title>وكالة</title><entry><title>خبر</title><id>urn:uuid:1</id><link href="https://example.org/ar/1"/>
<published>2025-07-16T09:00:00+03:00</published><summary>{AR}</summary></entry></feed>"""

PETRARCH = f"""<Sentences>
<Sentence date="20080801" id="AFP-1" sentence="True" source="afp"><Text>
{EN}
</Text><Parse>(ROOT (S))</Parse></Sentence>
<Sentence date="20080802" id="AFP-2" sentence="True" source="afp"><Text>Talks went on.</Text></Sentence>
</Sentences>"""


def test_html_keeps_the_story_and_drops_the_chrome() -> None:
    text, info = html_text(PAGE)
    assert AR in text and "وقال الجانبان" in text
    for chrome in ("الرئيسية", "اشترك", "color", "الأكثر قراءة", "جميع الحقوق"):
        assert chrome not in text
    assert info == {
        "title": "باكستان والاتحاد الأوروبي",
        "lang": "ar-EG",
        "date": "2025-07-17T10:00:00Z",
        "url": "https://example.org/news/1",
    }


def test_dates_from_pages_and_feeds() -> None:
    assert iso_date("2025-07-17T10:00:00Z") == "2025-07-17"
    assert iso_date("Fri, 18 Jul 2025 08:30:00 GMT") == "2025-07-18"
    assert iso_date("20080801") == "2008-08-01"
    assert iso_date("last week") is None and iso_date(None) is None


def test_a_folder_of_every_format(tmp_path: Path) -> None:
    (tmp_path / "html").mkdir()
    (tmp_path / "html" / "page.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "feeds").mkdir()
    (tmp_path / "feeds" / "wire.rss").write_text(RSS, encoding="utf-8")
    (tmp_path / "feeds" / "agency.xml").write_text(ATOM, encoding="utf-8")
    (tmp_path / "petrarch.xml.gz").write_bytes(gzip.compress(PETRARCH.encode()))
    line = json.dumps({"id": "j1", "text": EN, "date": "2025-01-02"})
    (tmp_path / "docs.jsonl.gz").write_bytes(gzip.compress(line.encode()))
    (tmp_path / "cp1256.txt").write_bytes((AR + " وقال المتحدث إن المحادثات كانت مثمرة وبناءة.").encode("cp1256"))
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + EN.encode())
    (tmp_path / "notes.md").write_text("not news", encoding="utf-8")  # not a known suffix: reported, not read
    (tmp_path / ".hidden.txt").write_text(EN, encoding="utf-8")  # hidden files are not input
    (tmp_path / "broken.xml").write_text("<rss><channel><item>", encoding="utf-8")
    (tmp_path / "broken.txt.gz").write_bytes(b"\x1f\x8bnot gzip at all")

    docs = list(read_path(str(tmp_path)))
    by_path = {}
    for d in docs:
        by_path.setdefault(Path(d.meta["path"]).name, []).append(d)
    assert sorted(by_path) == [
        "agency.xml",
        "bom.txt",
        "broken.txt.gz",
        "broken.xml",
        "cp1256.txt",
        "docs.jsonl.gz",
        "notes.md",
        "page.html",
        "petrarch.xml.gz",
        "wire.rss",
    ]
    (notes,) = by_path["notes.md"]
    assert notes.error is not None and notes.error.code == "E309" and notes.text == ""
    (page,) = by_path["page.html"]
    assert (page.lang, page.date, page.url) == ("ar", "2025-07-17", "https://example.org/news/1")
    first, second = by_path["wire.rss"]
    assert (first.id, first.date, first.url, first.lang) == ("wire-1", "2025-07-18", "https://example.org/a", "en")
    assert first.text == "Border deal\n" + EN and second.id == "https://example.org/b"
    (entry,) = by_path["agency.xml"]
    assert (entry.id, entry.lang, entry.date, entry.url) == (
        "urn:uuid:1",
        "ar",
        "2025-07-16",
        "https://example.org/ar/1",
    )
    assert [(d.id, d.date, d.source, d.text) for d in by_path["petrarch.xml.gz"]] == [
        ("AFP-1", "2008-08-01", "afp", EN),
        ("AFP-2", "2008-08-02", "afp", "Talks went on."),
    ]
    assert [(d.id, d.text) for d in by_path["docs.jsonl.gz"]] == [("j1", EN)]
    assert by_path["cp1256.txt"][0].text.startswith(AR)
    assert by_path["bom.txt"][0].text == EN
    for broken in ("broken.xml", "broken.txt.gz"):
        (doc,) = by_path[broken]
        assert doc.error is not None and doc.error.code == "E301" and broken in doc.error.message
    assert sum(d.error is None for d in docs) == 9
