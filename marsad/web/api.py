"""The REST API, version 1: code text, ingest documents, query events and the analytics over them.

Events are returned exactly as the event record (docs: EVENT_RECORD); errors as
``{"error": {"code": "E6xx", "message": "..."}}`` with the HTTP status the code carries.
"""

from __future__ import annotations

import io
import json
import re
import tempfile
import threading
from collections.abc import Callable, Iterator
from functools import cache, cached_property
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Header, Query, Request
from fastapi import Path as UrlPath
from fastapi.responses import FileResponse, StreamingResponse
from pydantic import BaseModel, ConfigDict, Field
from starlette.background import BackgroundTask

import marsad
from marsad.config import Settings, check_date
from marsad.errors import ApiError, ConfigError
from marsad.lang.normalize import normalize
from marsad.model import Actor, Document, ErrorRecord, Event
from marsad.pipeline import Pipeline, coder_fingerprint, load_pipeline
from marsad.store import analytics
from marsad.store.db import EventQuery, Store
from marsad.store.keys import ApiKey, verify_key
from marsad.web.limits import RateLimiter

DATE = r"^\d{4}-\d{2}-\d{2}$"
ACTOR_CODE = r"^[A-Za-z]{2,40}$"
EXPORT_TYPES = {
    "jsonl": ("application/x-ndjson", "jsonl"),
    "csv": ("text/csv", "csv"),
    "gdelt": ("text/tab-separated-values", "tsv"),
    "plover": ("application/json", "json"),
    "parquet": ("application/vnd.apache.parquet", "parquet"),
}


# ---------------------------------------------------------------- request and response bodies
class DocumentIn(BaseModel):
    """An input document, as in the JSONL input format: only ``text`` is required."""

    model_config = ConfigDict(extra="forbid")
    text: str = Field(description="The document's text (an empty text is recorded as failed, E305).")
    id: str | None = Field(None, min_length=1, max_length=200, description="Defaults to a hash of the content.")
    lang: Literal["ar", "en"] | None = Field(None, description="Detected from the script when absent.")
    date: str | None = Field(None, pattern=DATE, description="Publication date YYYY-MM-DD (resolves relative dates).")
    title: str | None = Field(None, max_length=2000)
    url: str | None = Field(None, max_length=2000)
    source: str | None = Field(None, max_length=500)

    def document(self) -> Document:
        return Document(
            text=self.text,
            id=self.id or "",
            lang=self.lang,
            date=self.date,
            title=self.title,
            url=self.url,
            source=self.source,
        )


class CodeRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    text: str = Field(min_length=1, description="Text to code; nothing is stored.")
    lang: Literal["ar", "en"] | None = None
    date: str | None = Field(None, pattern=DATE)


class CodeResponse(BaseModel):
    lang: str | None
    sentences: int
    events: list[dict[str, Any]] = Field(description="Event records (the public contract).")
    error: dict[str, Any] | None = None


class DocumentsRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    documents: list[DocumentIn] = Field(min_length=1)


class DocumentResult(BaseModel):
    id: str
    status: Literal["new", "unchanged", "updated", "failed"]
    events: int
    error: dict[str, Any] | None = None


class DocumentsResponse(BaseModel):
    results: list[DocumentResult]


class EventPage(BaseModel):
    total: int
    limit: int
    offset: int
    next: str | None = Field(description="URL of the next page, or null on the last one.")
    items: list[dict[str, Any]]


class EventDetail(BaseModel):
    event: dict[str, Any]
    document: dict[str, Any] | None
    gloss: dict[str, Any] = Field(description="The codes in plain English.")


class Health(BaseModel):
    status: Literal["ok"]
    version: str
    schema_version: int
    documents: int
    events: int


class ErrorBody(BaseModel):
    code: str
    message: str


class ErrorResponse(BaseModel):
    error: ErrorBody


ERRORS: dict[int | str, dict[str, Any]] = {
    s: {"model": ErrorResponse, "description": d}
    for s, d in (
        (401, "No API key, or an unknown or revoked one (E601, E602)."),
        (413, "Request body too large (E604)."),
        (422, "Invalid request (E606)."),
        (429, "Too many requests (E605)."),
    )
}
WRITE_ERRORS = {**ERRORS, 403: {"model": ErrorResponse, "description": "A read-only key (E603)."}}

QUAD_CLASSES = {
    0: "Neutral",
    1: "Verbal cooperation",
    2: "Material cooperation",
    3: "Verbal conflict",
    4: "Material conflict",
}


def gloss(e: Event) -> dict[str, Any]:
    """An English reading of an event's codes."""

    def who(a: Actor | None) -> str | None:
        if a is None:
            return None
        return a.name or a.code

    return {
        "cameo": f"{e.cameo} {e.cameo_label}",
        "plover": e.plover,
        "quad_class": QUAD_CLASSES.get(e.quad_class, str(e.quad_class)),
        "goldstein": e.goldstein,
        "summary": " ".join(
            x
            for x in (
                who(e.source) or "(unknown)",
                "did not" if e.negated else None,
                e.cameo_label.lower(),
                "→",
                who(e.target) or "(no target)",
                "(hypothetical)" if e.hypothetical else None,
            )
            if x
        ),
    }


# ---------------------------------------------------------------- shared state
class Service:
    """What the endpoints share: settings, the store, one coding pipeline (built on first use) and
    the rate limiters."""

    def __init__(self, settings: Settings, store: Store) -> None:
        self.settings, self.store = settings, store
        self._pipeline: Pipeline | None = None
        self._lock = threading.Lock()
        self.reads = RateLimiter(settings.api_rate)
        self.writes = RateLimiter(settings.api_write_rate)

    def code(self, docs: list[Document]) -> list[Document]:
        with self._lock:
            if self._pipeline is None:
                self._pipeline = load_pipeline(self.settings)
            return list(self._pipeline.pipe(docs, on_error="record"))

    @cached_property
    def coder(self) -> str:
        """What codes documents here (stored with each, so an upgrade codes stored texts again)."""
        return coder_fingerprint(self.settings)


def service(request: Request) -> Service:
    svc: Service = request.app.state.service
    return svc


def _client(request: Request, key: ApiKey | None) -> str:
    if key is not None:
        return f"key:{key.key_id}"
    return f"ip:{request.client.host if request.client else '-'}"


def _presented(x_api_key: str | None, authorization: str | None) -> str | None:
    if x_api_key:
        return str(x_api_key)
    if authorization and authorization.lower().startswith("bearer "):
        return str(authorization[7:]).strip()
    return None


def reader(
    request: Request,
    svc: Annotated[Service, Depends(service)],
    x_api_key: Annotated[str | None, Header(description="API key (or Authorization: Bearer KEY).")] = None,
    authorization: Annotated[str | None, Header(include_in_schema=False)] = None,
) -> ApiKey | None:
    """Read access: open when the configuration says so (a key given is still checked), else a key."""
    presented = _presented(x_api_key, authorization)
    key = None
    if presented is not None or not svc.settings.api_read_open:
        key = verify_key(svc.store, presented)
    svc.reads.hit(_client(request, key))
    return key


def writer(
    request: Request,
    svc: Annotated[Service, Depends(service)],
    x_api_key: Annotated[str | None, Header(description="API key with write scope.")] = None,
    authorization: Annotated[str | None, Header(include_in_schema=False)] = None,
) -> ApiKey:
    key = verify_key(svc.store, _presented(x_api_key, authorization))
    if not key.allows("write"):
        raise ApiError("E603")
    svc.reads.hit(_client(request, key))
    svc.writes.hit(_client(request, key))
    return key


Reader = Annotated[ApiKey | None, Depends(reader)]
Writer = Annotated[ApiKey, Depends(writer)]
Svc = Annotated[Service, Depends(service)]
Since = Annotated[str | None, Query(pattern=DATE, description="First day, YYYY-MM-DD.")]
Until = Annotated[str | None, Query(pattern=DATE, description="Last day, YYYY-MM-DD.")]
By = Annotated[Literal["day", "week", "month", "year"], Query(description="Period of the series.")]


def _check_range(since: str | None, until: str | None) -> None:
    try:
        for d in (since, until):
            if d is not None:
                check_date(d)
    except ConfigError as exc:
        raise ApiError("E606", detail=exc.message) from None


class EventFilters(BaseModel):
    actor: str | None = Field(None, pattern=ACTOR_CODE, description="Source or target code prefix.")
    who: str | None = Field(None, max_length=200, description="Actor id (person:asim_munir), organisation or name.")
    place: str | None = Field(None, max_length=200, description="Place name or ISO country code.")
    cameo: str | None = Field(None, pattern=r"^\d{2,4}$", description="CAMEO code or root prefix.")
    plover: str | None = Field(None, pattern=r"^[A-Za-z_]{3,20}$", description="PLOVER event type.")
    quad_class: int | None = Field(None, ge=0, le=4)
    doc_id: str | None = Field(None, max_length=200)
    since: str | None = Field(None, pattern=DATE)
    until: str | None = Field(None, pattern=DATE)

    def query(self, limit: int | None = None, offset: int = 0) -> EventQuery:
        _check_range(self.since, self.until)
        return EventQuery(
            actor=self.actor,
            who=self.who,
            place=self.place,
            cameo=self.cameo,
            plover=self.plover,
            quad_class=self.quad_class,
            doc_id=self.doc_id,
            since=self.since,
            until=self.until,
            limit=limit,
            offset=offset,
        )


Filters = Annotated[EventFilters, Query()]


# ---------------------------------------------------------------- the router
def router() -> APIRouter:
    api = APIRouter(prefix="/v1", tags=["v1"])

    @api.get("/health", response_model=Health, summary="Is the service up, and what does it hold")
    def health(svc: Svc) -> Health:
        return Health(
            status="ok",
            version=marsad.__version__,
            schema_version=svc.store.version(),
            documents=svc.store.count_documents(),
            events=svc.store.count_events(),
        )

    @api.post("/code", response_model=CodeResponse, responses=ERRORS, summary="Code a text without storing it")
    def code(body: CodeRequest, svc: Svc, _key: Reader) -> CodeResponse:
        _check_range(body.date, None)
        (doc,) = svc.code([Document(text=body.text, lang=body.lang, date=body.date)])
        return CodeResponse(
            lang=doc.lang,
            sentences=len(doc.sentences),
            events=[e.to_dict() for e in doc.events],
            error=_error(doc.error),
        )

    @api.post(
        "/documents",
        response_model=DocumentsResponse,
        responses=WRITE_ERRORS,
        summary="Code documents and store them with their events",
    )
    def documents(body: DocumentsRequest, svc: Svc, _key: Writer) -> DocumentsResponse:
        if len(body.documents) > svc.settings.api_max_documents:
            raise ApiError("E606", detail=f"at most {svc.settings.api_max_documents} documents per request")
        for d in body.documents:
            _check_range(d.date, None)
        coded = svc.code([d.document() for d in body.documents])
        results = list(svc.store.ingest_many(coded, coder=svc.coder))
        return DocumentsResponse(
            results=[
                DocumentResult(id=r.doc_id, status=r.status, events=r.events, error=_error(d.error))
                for r, d in zip(results, coded, strict=True)
            ]
        )

    @api.get("/events", response_model=EventPage, responses=ERRORS, summary="Stored events, filtered and paged")
    def events(
        request: Request,
        svc: Svc,
        _key: Reader,
        filters: Filters,
        limit: Annotated[int, Query(ge=1, description="Page size (at most the configured api_max_page).")] = 50,
        offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
    ) -> EventPage:
        if limit > svc.settings.api_max_page:
            raise ApiError("E606", detail=f"limit is at most {svc.settings.api_max_page}")
        total = svc.store.count_events(filters.query())
        items = svc.store.events(filters.query(limit, offset))
        nxt = None
        if offset + len(items) < total:
            nxt = str(request.url.include_query_params(limit=limit, offset=offset + limit))
        return EventPage(total=total, limit=limit, offset=offset, next=nxt, items=[e.to_dict() for e in items])

    @api.get(
        "/events/{event_id}",
        response_model=EventDetail,
        responses={**ERRORS, 404: {"model": ErrorResponse, "description": "No such event (E607)."}},
        summary="One event with its evidence: sentence, trigger and actor offsets, document",
    )
    def event(event_id: Annotated[str, UrlPath(max_length=64)], svc: Svc, _key: Reader) -> EventDetail:
        found = svc.store.event(event_id)
        if found is None:
            raise ApiError("E607", event_id=event_id)
        return EventDetail(event=found.to_dict(), document=svc.store.document(found.doc_id), gloss=gloss(found))

    @api.get("/dyads/{a}/{b}", responses=ERRORS, summary="Relations between two actors over time")
    def dyad(
        a: Annotated[str, UrlPath(pattern=ACTOR_CODE)],
        b: Annotated[str, UrlPath(pattern=ACTOR_CODE)],
        svc: Svc,
        _key: Reader,
        by: By = "month",
        since: Since = None,
        until: Until = None,
    ) -> dict[str, Any]:
        _check_range(since, until)
        return {
            "a": a.upper(),
            "b": b.upper(),
            "by": by,
            "series": analytics.dyad(svc.store, a, b, by, since, until),
            "top_events": analytics.dyad_events(svc.store, a, b, since, until),
        }

    @api.get("/actors/{code}", responses=ERRORS, summary="An actor's profile and event series")
    def actor(
        code: Annotated[str, UrlPath(pattern=ACTOR_CODE)],
        svc: Svc,
        _key: Reader,
        by: By = "month",
        since: Since = None,
        until: Until = None,
    ) -> dict[str, Any]:
        _check_range(since, until)
        profile = analytics.actor(svc.store, code, since, until)
        profile["by"] = by
        profile["series"] = analytics.actor_series(svc.store, code, by, since, until)
        return profile

    @api.get("/actors", responses=ERRORS, summary="Find actors by name, code or id")
    def actors(
        svc: Svc,
        _key: Reader,
        q: Annotated[str, Query(min_length=1, max_length=100, description="Name (Arabic or English), code or id.")],
        limit: Annotated[int, Query(ge=1, le=100)] = 20,
    ) -> dict[str, Any]:
        return {"query": q, "items": search_actors(svc.store, q, limit)}

    @api.get("/network", responses=ERRORS, summary="Actor network: nodes and weighted directed edges")
    def network(
        svc: Svc,
        _key: Reader,
        since: Since = None,
        until: Until = None,
        min_weight: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
    ) -> dict[str, Any]:
        _check_range(since, until)
        return analytics.network(svc.store, since=since, until=until, min_weight=min_weight)

    @api.get("/places", responses=ERRORS, summary="Where events happened, with coordinates")
    def places(svc: Svc, _key: Reader, filters: Filters) -> dict[str, Any]:
        return {"items": svc.store.places(filters.query())}

    @api.get(
        "/export",
        responses={**ERRORS, 200: {"content": {t: {} for t, _ in EXPORT_TYPES.values()}, "description": "A file."}},
        summary="Download events as jsonl, csv, parquet, gdelt or plover",
    )
    def export(
        svc: Svc,
        _key: Reader,
        filters: Filters,
        format: Annotated[Literal["jsonl", "csv", "parquet", "gdelt", "plover"], Query()] = "jsonl",
    ) -> Any:
        found = svc.store.events(filters.query())
        media, ext = EXPORT_TYPES[format]
        headers = {"Content-Disposition": f'attachment; filename="marsad-events.{ext}"'}
        if format == "parquet":
            from marsad.io import exports

            tmp = tempfile.NamedTemporaryFile(suffix=".parquet", delete=False)  # noqa: SIM115
            tmp.close()
            exports.write_parquet(found, tmp.name)
            return FileResponse(
                tmp.name, media_type=media, headers=headers, background=BackgroundTask(Path(tmp.name).unlink)
            )
        urls = svc.store.urls() if format == "gdelt" else {}
        return StreamingResponse(_export_text(found, format, urls), media_type=media, headers=headers)

    return api


def _error(error: ErrorRecord | None) -> dict[str, Any] | None:
    return {"code": error.code, "message": error.message, "stage": error.stage} if error else None


def _export_text(found: list[Event], fmt: str, urls: dict[str, str]) -> Iterator[str]:
    from marsad.io import exports
    from marsad.io.writers import write_csv

    buf = io.StringIO()
    writers: dict[str, Callable[[], Any]] = {
        "gdelt": lambda: exports.write_gdelt(found, buf, urls, header=True),
        "plover": lambda: exports.write_plover(found, buf),
        "csv": lambda: write_csv(found, buf),
    }
    if fmt in writers:
        writers[fmt]()
        yield buf.getvalue()
        return
    for e in found:
        yield json.dumps(e.to_dict(), ensure_ascii=False) + "\n"


def search_actors(store: Store, q: str, limit: int = 20) -> list[dict[str, Any]]:
    """Dictionary actors whose name, code, id or any written form matches ``q`` (normalised, so
    Arabic spelling variants match), with the number of stored events for each code."""
    wanted = normalize(q.strip())
    code = q.strip().upper() if re.fullmatch(r"[A-Za-z]{3,40}", q.strip()) else None
    found: dict[str, dict[str, Any]] = {}
    for rec, text in _actor_index():
        if rec["id"] in found or not ((wanted and wanted in text) or (code and rec["code"].startswith(code))):
            continue
        found[rec["id"]] = {k: rec.get(k) for k in ("id", "code", "name", "kind", "country", "sector")}
        if len(found) >= limit:
            break
    items = list(found.values())
    counts = store.code_counts([i["code"] for i in items])
    for i in items:
        i["events"] = counts.get(i["code"], 0)
    return sorted(items, key=lambda i: (-i["events"], i["kind"] != "country", i["name"] or i["id"]))


@cache
def _actor_index() -> list[tuple[dict[str, Any], str]]:
    """Each dictionary actor (not role nouns) with its name, id and written forms normalised once,
    joined by a separator no query contains."""
    from marsad import data

    return [
        (rec, "\n".join(normalize(n) for n in (rec.get("name") or "", rec["id"], *(" ".join(k) for k in rec["keys"]))))
        for rec in data.load("actors.json")["entries"]
        if rec["kind"] not in ("agent", "backref")
    ]
