"""Documents from the formats news arrives in: HTML pages (main text only), RSS and Atom feeds saved
as files, and PETRARCH XML. Bytes are decoded here too: UTF-8 (with or without a byte-order mark),
else the encoding charset-normalizer detects (Windows-1256 and ISO-8859-6 Arabic pages are common)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date as _date
from email.utils import parsedate_to_datetime

from marsad.errors import InputError
from marsad.model import Document

#: elements that are never the story: navigation, scripts, forms, asides, site chrome
BOILERPLATE = "script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, button"
_BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, td"
_ATOM = "{http://www.w3.org/2005/Atom}"


def decode(data: bytes, name: str) -> str:
    """Text from bytes: UTF-8 first (it is what almost all news is), else the detected encoding."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    for bom, codec in (
        (b"\xff\xfe\x00\x00", "utf-32"),
        (b"\x00\x00\xfe\xff", "utf-32"),
        (b"\xff\xfe", "utf-16"),
        (b"\xfe\xff", "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return _text_or_binary(data.decode(codec), name)
            except UnicodeDecodeError:
                break
    head = data[:8192]
    if head.count(0) >= 4 and head.count(0) > len(head) // 100:
        raise InputError("E301", path=name, detail="binary data (NUL bytes), not text")
    try:
        return _text_or_binary(data.decode("utf-8"), name)
    except UnicodeDecodeError:
        pass
    # UTF-8 with a few broken bytes (a cut multi-byte character, a stray byte): keep it as UTF-8 with
    # U+FFFD for what cannot be read, rather than guessing another encoding for the whole text
    text = data.decode("utf-8", errors="replace")
    if text.count("\ufffd") <= max(3, len(text) // 200) and len(text) < len(data):
        return _text_or_binary(text, name)
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError("E301", path=name, detail="not text in any encoding that could be detected")
    return _text_or_binary(str(best), name)


def _text_or_binary(text: str, name: str) -> str:
    """``text``, unless it is mostly control characters: binary data that happened to decode."""
    sample = text[:8192]
    odd = sum(1 for ch in sample if (ch < " " and ch not in "\t\n\r\f") or "\x7f" <= ch <= "\x9f" or ch == "\ufffd")
    if sample and odd > 0.1 * len(sample):
        raise InputError("E301", path=name, detail="binary data (control characters), not text")
    return text


def html_text(html: str) -> tuple[str, dict[str, str | None]]:
    """The main text of a page (its <article> or <main> if it has one, else the body) without
    boilerplate, one block per line; and what the page says of itself: title, language, date, url."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)

    def meta(*names: str) -> str | None:
        for n in names:
            node = tree.css_first(f'meta[property="{n}"], meta[name="{n}"]')
            if node is not None and node.attributes.get("content"):
                return node.attributes["content"]
        return None

    title_node = tree.css_first("title")
    html_node = tree.css_first("html")
    time_node = tree.css_first("time[datetime]")
    canonical = tree.css_first('link[rel="canonical"]')
    info: dict[str, str | None] = {
        "title": meta("og:title") or (title_node.text(strip=True) if title_node else None),
        "lang": (html_node.attributes.get("lang") or None) if html_node else None,
        "date": meta("article:published_time", "datePublished", "date", "pubdate")
        or (time_node.attributes.get("datetime") if time_node else None),
        "url": meta("og:url") or (canonical.attributes.get("href") if canonical else None),
    }
    for node in tree.css(BOILERPLATE):
        node.decompose()
    root = tree.css_first("article") or tree.css_first("main") or tree.body or tree.root
    if root is None:
        return "", info
    blocks = [b.text(separator=" ", strip=True) for b in root.css(_BLOCKS)]
    blocks = [" ".join(b.split()) for b in blocks if b.strip()]
    text = "\n".join(blocks) if blocks else " ".join(root.text(separator=" ", strip=True).split())
    return text, info


def iso_date(value: str | None) -> str | None:
    """YYYY-MM-DD from the dates pages and feeds give: ISO 8601, RFC 822 (RSS), PETRARCH's YYYYMMDD."""
    if not value:
        return None
    value = value.strip()
    for candidate in (value[:10], f"{value[:4]}-{value[4:6]}-{value[6:8]}" if value[:8].isdigit() else ""):
        try:
            return _date.fromisoformat(candidate).isoformat()
        except ValueError:
            continue
    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def _lang(value: str | None) -> str | None:
    code = (value or "").split("-")[0].lower()
    return code if code in ("ar", "en") else None


def read_html(text: str, name: str, lang: str | None, date: str | None) -> Iterator[Document]:
    body, info = html_text(text)
    if not body:
        raise InputError("E305", doc_id=name)
    yield Document(
        text=body,
        lang=lang or _lang(info["lang"]),
        date=iso_date(info["date"]) or date,
        title=info["title"],
        url=info["url"],
        meta={"path": name},
    )


def _child(el: ET.Element, *tags: str) -> str | None:
    for tag in tags:
        node = el.find(tag)
        if node is not None:
            if tag.endswith("link") and node.get("href"):
                return node.get("href")
            if node.text and node.text.strip():
                return node.text.strip()
    return None


def read_xml(text: str, name: str, lang: str | None, date: str | None) -> Iterator[Document]:
    """PETRARCH XML (<Sentences><Sentence id= date=><Text>), RSS 2.0 (<item>) or Atom (<entry>)."""
    try:
        root = ET.fromstring(text)
    except ET.ParseError as exc:
        raise InputError("E301", path=name, detail=f"not well-formed XML ({exc})") from None
    if root.tag == "Sentences" or root.find("Sentence") is not None:
        for s in root.iter("Sentence"):
            body = " ".join((s.findtext("Text") or "").split())
            if body:
                yield Document(
                    text=body,
                    id=s.get("id") or "",
                    lang=lang,
                    date=iso_date(s.get("date")) or date,
                    source=s.get("source"),
                    meta={"path": name},
                )
        return
    items = list(root.iter("item")) + list(root.iter(f"{_ATOM}entry"))
    if root.tag not in ("rss", f"{_ATOM}feed", "{http://purl.org/rss/1.0/}RDF") and not items:
        raise InputError("E301", path=name, detail=f"unknown XML document <{root.tag}>")
    feed_lang = _lang(_child(root, "channel/language")) or _lang(root.get("{http://www.w3.org/XML/1998/namespace}lang"))
    for item in items:
        title = _child(item, "title", f"{_ATOM}title")
        summary = _child(item, "description", f"{_ATOM}content", f"{_ATOM}summary") or ""
        body = html_text(summary)[0] if "<" in summary else summary
        body = "\n".join(x for x in (title, body) if x)
        if not body.strip():
            continue
        link = _child(item, "link", f"{_ATOM}link")
        yield Document(
            text=body,
            id=_child(item, "guid", f"{_ATOM}id") or link or "",
            lang=lang or feed_lang,
            date=iso_date(_child(item, "pubDate", f"{_ATOM}published", f"{_ATOM}updated")) or date,
            title=title,
            url=link,
            meta={"path": name},
        )
