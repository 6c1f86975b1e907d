"""Relations over time: dyad time series, an actor's profile, the actor network. The same SQL runs on
SQLite and PostgreSQL (grouping by date prefixes), so both backends give the same answers."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

from sqlalchemy import and_, func, literal_column, or_, select

from marsad.store.db import Store, prefix
from marsad.store.schema import events

PERIODS = {"day": 10, "month": 7, "year": 4}


def _period(by: str) -> Any:
    if by == "week":
        return events.c.date
    # literal lengths: PostgreSQL only groups by an expression identical to the selected one, and two
    # bound parameters are not identical
    return func.substr(events.c.date, literal_column("1"), literal_column(str(PERIODS[by])))


def _week(day: str) -> str:
    y, w, _ = date.fromisoformat(day).isocalendar()
    return f"{y}-W{w:02d}"


def _dates(since: str | None, until: str | None) -> list[Any]:
    """Dated events that happened: negated ('did not attack') and hypothetical ('may attack') events
    stay in the store, with their flags, but are not counted as relations."""
    out: list[Any] = [events.c.date.is_not(None), events.c.negated.is_(False), events.c.hypothetical.is_(False)]
    if since:
        out.append(events.c.date >= since)
    if until:
        out.append(events.c.date <= until)
    return out


def _code_match(column: Any, code: str) -> Any:
    return column.like(prefix(code.upper()), escape="\\")


def _pair(a: str, b: str) -> Any:
    return or_(
        and_(_code_match(events.c.source_code, a), _code_match(events.c.target_code, b)),
        and_(_code_match(events.c.source_code, b), _code_match(events.c.target_code, a)),
    )


def dyad(
    store: Store, a: str, b: str, by: str = "month", since: str | None = None, until: str | None = None
) -> list[dict[str, Any]]:
    """Events between actors ``a`` and ``b`` (either direction; codes match as prefixes, PAK matches
    PAKGOV) per period: counts per QuadClass, summed and mean Goldstein."""
    return _series(store, _pair(a, b), by, since, until)


def actor_series(
    store: Store, code: str, by: str = "month", since: str | None = None, until: str | None = None
) -> list[dict[str, Any]]:
    """Events with ``code`` as source or target per period, in the same shape as :func:`dyad`."""
    where = or_(_code_match(events.c.source_code, code), _code_match(events.c.target_code, code))
    return _series(store, where, by, since, until)


def _series(store: Store, where: Any, by: str, since: str | None, until: str | None) -> list[dict[str, Any]]:
    if by not in (*PERIODS, "week"):
        raise ValueError(f"by must be day, week, month or year, not {by!r}")
    period = _period(by).label("period")
    stmt = (
        select(period, events.c.quad_class, func.count().label("n"), func.sum(events.c.goldstein).label("g"))
        .where(where, *_dates(since, until))
        .group_by(period, events.c.quad_class)
        .order_by(period)
    )
    rows: dict[str, dict[str, Any]] = {}
    with store.engine.connect() as conn:
        for r in conn.execute(stmt):
            key = _week(r.period) if by == "week" else r.period
            row = rows.setdefault(
                key, {"period": key, "events": 0, "goldstein_sum": 0.0, **{f"quad_{q}": 0 for q in range(5)}}
            )
            row[f"quad_{r.quad_class}"] += int(r.n)
            row["events"] += int(r.n)
            row["goldstein_sum"] += float(r.g or 0.0)
    for row in rows.values():
        row["goldstein_sum"] = round(row["goldstein_sum"], 3)
        row["goldstein_mean"] = round(row["goldstein_sum"] / row["events"], 3) if row["events"] else None
    return [rows[k] for k in sorted(rows)]


def dyad_events(
    store: Store, a: str, b: str, since: str | None = None, until: str | None = None, top: int = 10
) -> list[dict[str, Any]]:
    """The most frequent event types between ``a`` and ``b`` (either direction), by CAMEO code."""
    stmt = (
        select(events.c.cameo, func.count().label("n"), func.avg(events.c.goldstein).label("g"))
        .where(_pair(a, b), *_dates(since, until))
        .group_by(events.c.cameo)
        .order_by(func.count().desc(), events.c.cameo)
        .limit(top)
    )
    with store.engine.connect() as conn:
        return [{"cameo": r.cameo, "events": int(r.n), "goldstein": round(float(r.g), 3)} for r in conn.execute(stmt)]


def actor(store: Store, code: str, since: str | None = None, until: str | None = None, top: int = 10) -> dict[str, Any]:
    """An actor's events as source and target, top partners, event mix by CAMEO root, mean Goldstein."""
    as_source = _code_match(events.c.source_code, code)
    as_target = _code_match(events.c.target_code, code)
    where = [or_(as_source, as_target), *_dates(since, until)]
    with store.engine.connect() as conn:
        n_source = conn.execute(select(func.count()).where(as_source, *_dates(since, until))).scalar() or 0
        n_target = conn.execute(select(func.count()).where(as_target, *_dates(since, until))).scalar() or 0
        mean = conn.execute(select(func.avg(events.c.goldstein)).where(*where)).scalar()
        mix = conn.execute(
            select(events.c.cameo_root, func.count().label("n"))
            .where(*where)
            .group_by(events.c.cameo_root)
            .order_by(func.count().desc(), events.c.cameo_root)
        ).all()
        partners: dict[str, int] = defaultdict(int)
        for column, other in (
            (events.c.source_code, events.c.target_code),
            (events.c.target_code, events.c.source_code),
        ):
            stmt = (
                select(other, func.count().label("n"))
                .where(_code_match(column, code), other.is_not(None), *_dates(since, until))
                .group_by(other)
            )
            for r in conn.execute(stmt):
                partners[r[0]] += int(r.n)
    return {
        "actor": code.upper(),
        "events": int(n_source) + int(n_target),
        "as_source": int(n_source),
        "as_target": int(n_target),
        "goldstein_mean": round(float(mean), 3) if mean is not None else None,
        "event_mix": [{"cameo_root": r.cameo_root, "events": int(r.n)} for r in mix],
        "top_partners": [
            {"actor": k, "events": v} for k, v in sorted(partners.items(), key=lambda kv: (-kv[1], kv[0]))
        ][:top],
    }


def network(
    store: Store, since: str | None = None, until: str | None = None, min_weight: int = 1
) -> dict[str, list[dict[str, Any]]]:
    """Actors as nodes and their directed relations as weighted edges (events, mean Goldstein)."""
    stmt = (
        select(
            events.c.source_code, events.c.target_code, func.count().label("n"), func.avg(events.c.goldstein).label("g")
        )
        .where(events.c.source_code.is_not(None), events.c.target_code.is_not(None), *_dates(since, until))
        .group_by(events.c.source_code, events.c.target_code)
        .order_by(events.c.source_code, events.c.target_code)
    )
    edges: list[dict[str, Any]] = []
    nodes: defaultdict[str, int] = defaultdict(int)
    with store.engine.connect() as conn:
        for r in conn.execute(stmt):
            if int(r.n) >= min_weight:
                edges.append(
                    {
                        "source": r.source_code,
                        "target": r.target_code,
                        "weight": int(r.n),
                        "goldstein_mean": round(float(r.g), 3),
                    }
                )
                nodes[r.source_code] += int(r.n)
                nodes[r.target_code] += int(r.n)
    return {"nodes": [{"id": k, "events": v} for k, v in sorted(nodes.items())], "edges": edges}
