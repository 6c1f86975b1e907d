"""Reading documents: plain text, JSONL (one document per line, EVENT_RECORD.md's input shape), HTML,
RSS/Atom and PETRARCH XML (:mod:`marsad.io.formats`), from files, folders, gzip and standard input.

A line or file that cannot be read becomes a Document carrying an ErrorRecord, so the run
report shows it and the rest of the batch goes on.
"""

from __future__ import annotations

import gzip
import json
import sys
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from marsad.config import check_date
from marsad.errors import ConfigError, InputError
from marsad.io.formats import decode, read_html, read_xml
from marsad.model import Document, ErrorRecord, content_hash

FIELDS = ("id", "text", "lang", "date", "title", "url", "source")


#: the files a folder is searched for (each may also be gzip-compressed: name.gz)
SUFFIXES = (".txt", ".text", ".jsonl", ".ndjson", ".json", ".html", ".htm", ".xml", ".rss", ".atom")


def read_path(path: str, lang: str | None = None, date: str | None = None) -> Iterator[Document]:
    """Documents from a file, a folder (recursively, in name order), or standard input (``-``).
    Files may be gzip-compressed; the format follows the name (HTML, RSS/Atom/PETRARCH XML, JSONL,
    else plain text)."""
    if path == "-":
        yield from read_stream(sys.stdin, "<stdin>", lang, date)
        return
    if Path(path).is_dir():
        for child in sorted(Path(path).rglob("*")):
            name = child.name.lower().removesuffix(".gz")
            if not child.is_file() or any(part.startswith(".") for part in child.relative_to(path).parts):
                continue  # hidden files and folders (.git, .DS_Store) are not input
            if name.endswith(SUFFIXES):
                yield from read_path(str(child), lang, date)
            else:  # reported, not silently dropped
                err = InputError("E309", path=str(child), suffixes=" ".join(SUFFIXES))
                yield _unreadable(str(child), err)
        return
    try:
        data = Path(path).read_bytes()
        if path.lower().endswith(".gz") or data[:2] == b"\x1f\x8b":
            data = gzip.decompress(data)
        text = decode(data, path)
        yield from read_text(text, path, lang, date)
    except (OSError, EOFError, gzip.BadGzipFile, zlib.error, InputError) as exc:
        err = exc if isinstance(exc, InputError) else InputError("E301", path=path, detail=str(exc))
        yield _unreadable(path, err)


def _unreadable(path: str, err: InputError) -> Document:
    """A placeholder for input that could not be read: it carries the error into the run report."""
    return Document(
        text="", id=f"unreadable:{content_hash(path)}", error=ErrorRecord(err.code, err.message), meta={"path": path}
    )


def read_text(text: str, name: str, lang: str | None = None, date: str | None = None) -> Iterator[Document]:
    """The documents in ``text`` read as its name or content says; a file that holds none (an empty
    JSONL file, a feed without items) is reported as such rather than passing unseen."""
    found = False
    for doc in _read_text(text, name, lang, date):
        found = True
        yield doc
    if not found:
        yield _unreadable(name, InputError("E310", path=name))


def _read_text(text: str, name: str, lang: str | None = None, date: str | None = None) -> Iterator[Document]:
    kind = name.lower().removesuffix(".gz")
    head = text.lstrip()[:300].lower()
    if kind.endswith((".html", ".htm")) or head.startswith(("<!doctype html", "<html")):
        yield from read_html(text, name, _lang(lang), date)
    elif kind.endswith((".xml", ".rss", ".atom")) or head.startswith("<?xml"):
        yield from read_xml(text, name, _lang(lang), date)
    elif _looks_like_jsonl(text, kind):
        yield from parse_jsonl(text, name, lang, date)
    else:
        yield Document(text=text, lang=_lang(lang), date=date, meta={"path": name})


def read_stream(fh: IO[str], name: str, lang: str | None = None, date: str | None = None) -> Iterator[Document]:
    try:
        yield from read_text(fh.read(), name, lang, date)
    except InputError as err:
        yield Document(text="", id=f"unreadable:{content_hash(name)}", error=ErrorRecord(err.code, err.message))


def _looks_like_jsonl(text: str, name: str) -> bool:
    if name.endswith((".jsonl", ".ndjson")):
        return True
    return text.lstrip().startswith("{")


def _lang(lang: str | None) -> str | None:
    return None if lang in (None, "auto") else lang


def parse_jsonl(text: str, name: str, lang: str | None = None, date: str | None = None) -> Iterator[Document]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            yield document_from_json(line, name, number, lang, date)
        except InputError as err:
            yield Document(
                text=line,
                id=f"{Path(name).name}:{number}:{content_hash(line)}",
                error=ErrorRecord(err.code, err.message),
                meta={"path": name, "line": number},
            )


def document_from_json(line: str, name: str, number: int, lang: str | None, date: str | None) -> Document:
    try:
        data: Any = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError("E302", path=name, line=number, detail=exc.msg) from None
    if not isinstance(data, dict) or not isinstance(data.get("text"), str) or not data["text"].strip():
        raise InputError("E303", path=name, line=number)
    fields: dict[str, Any] = {}
    for key in FIELDS:
        value = data.get(key)
        if value is not None and not isinstance(value, str):
            raise InputError("E304", path=name, line=number, field=key, detail="must be a string")
        fields[key] = value
    if fields["lang"] not in (None, "ar", "en"):
        raise InputError("E304", path=name, line=number, field="lang", detail="must be 'ar' or 'en'")
    if fields["date"] is not None:
        try:
            check_date(fields["date"][:10])
        except ConfigError:
            raise InputError("E304", path=name, line=number, field="date", detail="must be YYYY-MM-DD") from None
        fields["date"] = fields["date"][:10]
    return Document(
        text=fields["text"],
        id=fields["id"] or "",
        lang=fields["lang"] or _lang(lang),
        date=fields["date"] or date,
        title=fields["title"],
        url=fields["url"],
        source=fields["source"],
        meta={"path": name, "line": number},
    )
