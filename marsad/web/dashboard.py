"""The dashboard: server-rendered pages over the same service as the API. Every piece of document text
goes through Jinja's autoescaping; charts and the map are drawn by /static/app.js from JSON data blocks
(no inline scripts, so the Content-Security-Policy forbids any script the page did not ship)."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from jinja2 import Environment, FileSystemLoader, select_autoescape

import marsad
from marsad.config import check_date
from marsad.errors import ApiError, MarsadError
from marsad.events.ontology import Ontology
from marsad.model import Document, Event
from marsad.store import analytics
from marsad.store.db import EventQuery
from marsad.web.api import ACTOR_CODE, QUAD_CLASSES, Service, gloss, search_actors, service

TEMPLATES = Path(__file__).parent / "templates"
env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html"]), auto_reload=False)
PAGE = 25
ONTOLOGY = Ontology.default()
NAV = [
    ("/", "Overview"),
    ("/relations", "Relations"),
    ("/actor", "Actors"),
    ("/map", "Map"),
    ("/events", "Events"),
    ("/code", "Code a text"),
    ("/api", "API"),
]


def render(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    html = env.get_template(name).render(
        request=request, nav=NAV, path=request.url.path, version=marsad.__version__, **context
    )
    return HTMLResponse(html, status_code=status)


def not_found(request: Request) -> HTMLResponse:
    return render(request, "message.html", 404, title="Not found", message="There is no page at this address.")


def segments(record: dict[str, Any]) -> list[dict[str, Any]]:
    """The sentence cut into runs of plain text, trigger and actor words, for highlighting."""
    sentence = record.get("sentence") or ""
    labels: list[str | None] = [None] * len(sentence)
    label: str | None
    marks: list[tuple[dict[str, Any] | None, str]] = [
        (record.get("target"), "target"),
        (record.get("source"), "source"),
        (record.get("trigger"), "trigger"),
    ]
    for span, mark in marks:  # later ones win where spans overlap: trigger over source over target
        if not span or span.get("start") is None or span.get("end") is None:
            continue
        for i in range(max(0, span["start"]), min(len(sentence), span["end"])):
            labels[i] = mark
    out: list[dict[str, Any]] = []
    for ch, label in zip(sentence, labels, strict=True):
        if out and out[-1]["cls"] == label:
            out[-1]["text"] += ch
        else:
            out.append({"text": ch, "cls": label})
    return out


def card(event: Event) -> dict[str, Any]:
    """What the event templates show: the record, its sentence cut for highlighting, its gloss."""
    record = event.to_dict()
    return {"e": record, "parts": segments(record), "gloss": gloss(event)}


def _reads_open(svc: Service) -> None:
    if not svc.settings.api_read_open:
        raise ApiError("E601")


def _dashboard(request: Request, svc: Annotated[Service, Depends(service)]) -> Service:
    _reads_open(svc)
    svc.reads.hit(f"ip:{request.client.host if request.client else '-'}")
    return svc


Svc = Annotated[Service, Depends(_dashboard)]


def _code(value: str | None) -> str | None:
    value = (value or "").strip().upper()
    return value if value and re.fullmatch(ACTOR_CODE, value) else None


def _date(value: str | None) -> str | None:
    try:
        return check_date(value) if value else None
    except MarsadError:
        return None


def router() -> APIRouter:
    pages = APIRouter(include_in_schema=False)

    @pages.get("/", response_class=HTMLResponse)
    def overview(request: Request, svc: Svc) -> Response:
        net = analytics.network(svc.store)
        edges = sorted(net["edges"], key=lambda x: (-x["weight"], x["source"], x["target"]))[:12]
        nodes = sorted(net["nodes"], key=lambda x: (-x["events"], x["id"]))[:12]
        recent = [card(e) for e in _latest(svc, EventQuery(), 5)]
        return render(
            request,
            "overview.html",
            title="Overview",
            documents=svc.store.count_documents(),
            events=svc.store.count_events(),
            edges=edges,
            nodes=nodes,
            recent=recent,
        )

    @pages.get("/relations", response_class=HTMLResponse)
    def relations(
        request: Request,
        svc: Svc,
        a: Annotated[str | None, Query(max_length=40)] = None,
        b: Annotated[str | None, Query(max_length=40)] = None,
        by: Annotated[str, Query(pattern="^(day|week|month|year)$")] = "month",
    ) -> Response:
        ca, cb = _code(a), _code(b)
        context: dict[str, Any] = {"a": ca or "", "b": cb or "", "by": by, "chart": None, "cards": []}
        if ca and cb:
            series = analytics.dyad(svc.store, ca, cb, by)
            top = analytics.dyad_events(svc.store, ca, cb)
            pair = _latest(svc, EventQuery(actor=ca, other=cb), PAGE)
            context.update(
                chart={"kind": "series", "series": series, "labels": QUAD_CLASSES},
                top=top,
                total=sum(r["events"] for r in series),
                cards=[card(e) for e in pair],
            )
        return render(request, "relations.html", title="Relations", actors=_top_actors(svc), **context)

    @pages.get("/actor", response_class=HTMLResponse)
    def actor(
        request: Request,
        svc: Svc,
        code: Annotated[str | None, Query(max_length=40)] = None,
        q: Annotated[str | None, Query(max_length=100)] = None,
    ) -> Response:
        c = _code(code)
        context: dict[str, Any] = {"code": c or "", "q": q or "", "profile": None, "found": []}
        if q:
            context["found"] = search_actors(svc.store, q, 20)
        if c:
            profile = analytics.actor(svc.store, c)
            series = analytics.actor_series(svc.store, c)
            for row in profile["event_mix"]:
                row["label"] = ONTOLOGY[row["cameo_root"]].label if row["cameo_root"] in ONTOLOGY else row["cameo_root"]
            context.update(
                profile=profile,
                chart={"kind": "actor", "series": series, "mix": profile["event_mix"], "labels": QUAD_CLASSES},
                cards=[card(e) for e in _latest(svc, EventQuery(actor=c), 10)],
            )
        return render(request, "actor.html", title=f"Actor {c}" if c else "Actors", actors=_top_actors(svc), **context)

    @pages.get("/map", response_class=HTMLResponse)
    def world_map(
        request: Request,
        svc: Svc,
        actor: Annotated[str | None, Query(max_length=40)] = None,
        since: Annotated[str | None, Query(max_length=10)] = None,
        until: Annotated[str | None, Query(max_length=10)] = None,
    ) -> Response:
        query = EventQuery(actor=_code(actor), since=_date(since), until=_date(until))
        places = svc.store.places(query)
        return render(
            request,
            "map.html",
            title="Map",
            places=places,
            chart={"kind": "map", "places": places},
            actor=_code(actor) or "",
            since=_date(since) or "",
            until=_date(until) or "",
        )

    @pages.get("/events", response_class=HTMLResponse)
    def explorer(
        request: Request,
        svc: Svc,
        actor: Annotated[str | None, Query(max_length=40)] = None,
        who: Annotated[str | None, Query(max_length=200)] = None,
        place: Annotated[str | None, Query(max_length=200)] = None,
        cameo: Annotated[str | None, Query(max_length=4)] = None,
        quad_class: Annotated[str | None, Query(max_length=1)] = None,
        since: Annotated[str | None, Query(max_length=10)] = None,
        until: Annotated[str | None, Query(max_length=10)] = None,
        page: Annotated[int, Query(ge=1, le=100_000)] = 1,
    ) -> Response:
        quad = int(quad_class) if quad_class and quad_class.isdigit() and int(quad_class) <= 4 else None
        filters = {
            "actor": _code(actor),
            "who": (who or "").strip() or None,
            "place": (place or "").strip() or None,
            "cameo": cameo if cameo and cameo.isdigit() else None,
            "quad_class": quad,
            "since": _date(since),
            "until": _date(until),
        }
        query = EventQuery(**filters)  # type: ignore[arg-type]
        total = svc.store.count_events(query)
        found = svc.store.events(replace(query, limit=PAGE, offset=(page - 1) * PAGE))
        shown = {k: ("" if v is None else v) for k, v in filters.items()}
        return render(
            request,
            "events.html",
            title="Events",
            cards=[card(e) for e in found],
            total=total,
            page=page,
            pages=max(1, -(-total // PAGE)),
            filters=shown,
            quads=QUAD_CLASSES,
            query={k: v for k, v in shown.items() if v != ""},
        )

    @pages.get("/events/{event_id}", response_class=HTMLResponse)
    def event_page(request: Request, svc: Svc, event_id: str) -> Response:
        found = svc.store.event(event_id[:64])
        if found is None:
            return render(request, "message.html", 404, title="No such event", message=f"No event {event_id[:64]}.")
        return render(
            request,
            "event.html",
            title="Event",
            c=card(found),
            document=svc.store.document(found.doc_id),
        )

    @pages.get("/code", response_class=HTMLResponse)
    def code_form(request: Request, svc: Svc) -> Response:
        return render(request, "code.html", title="Code a text", text="", date="", lang="", result=None)

    @pages.post("/code", response_class=HTMLResponse)
    def code_text(
        request: Request,
        svc: Svc,
        text: Annotated[str, Form(max_length=200_000)] = "",
        date: Annotated[str, Form(max_length=10)] = "",
        lang: Annotated[str, Form(max_length=4)] = "",
    ) -> Response:
        day = _date(date)
        doc = svc.code([Document(text=text, date=day, lang=lang if lang in ("ar", "en") else None)])[0]
        result = {
            "lang": doc.lang,
            "sentences": len(doc.sentences),
            "error": doc.error,
            "cards": [card(e) for e in doc.events],
        }
        return render(request, "code.html", title="Code a text", text=text, date=day or "", lang=lang, result=result)

    @pages.get("/api", response_class=HTMLResponse)
    def api_page(request: Request, svc: Svc) -> Response:
        schema = request.app.openapi()
        rows = [
            {"method": m.upper(), "path": p, "summary": op.get("summary", "")}
            for p, ops in schema["paths"].items()
            for m, op in ops.items()
        ]
        return render(request, "api.html", title="API", rows=rows, read_open=svc.settings.api_read_open)

    @pages.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return RedirectResponse("/static/favicon.svg")

    return pages


def _latest(svc: Service, query: EventQuery, n: int) -> list[Any]:
    """The ``n`` most recent events of a query, newest first."""
    total = svc.store.count_events(query)
    return list(reversed(svc.store.events(replace(query, limit=n, offset=max(0, total - n)))))


def _top_actors(svc: Service) -> list[dict[str, Any]]:
    nodes = analytics.network(svc.store)["nodes"]
    return sorted(nodes, key=lambda x: (-x["events"], x["id"]))[:40]
