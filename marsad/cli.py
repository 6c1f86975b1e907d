"""The ``marsad`` command: thin commands over the library. Only this module prints and exits."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from typing import IO, Any

import click

from marsad.config import Settings, load_settings
from marsad.errors import MarsadError
from marsad.io.exports import EXPORT_FORMATS
from marsad.io.readers import read_path
from marsad.io.writers import write_csv, write_jsonl, write_table
from marsad.model import Document, Event
from marsad.pipeline import load_pipeline

FORMATS = click.Choice(["table", "jsonl", "csv"])


def _settings(ctx: click.Context, **overrides: Any) -> Settings:
    obj = ctx.find_root().obj or {}
    for key in ("dictionaries", "patterns"):
        if obj.get(key):
            overrides.setdefault(key, list(obj[key]))
    if obj.get("patterns_mode"):
        overrides.setdefault("patterns_mode", obj["patterns_mode"])
    try:
        return load_settings(obj.get("config"), **overrides)
    except MarsadError as exc:
        raise click.UsageError(str(exc)) from None


def _write(events: list[Event] | Iterator[Event], fmt: str, out: IO[str]) -> int:
    if fmt == "jsonl":
        return write_jsonl(events, out)
    if fmt == "csv":
        return write_csv(events, out)
    return write_table(events, out)


def _read_all(paths: tuple[str, ...], settings: Settings) -> Iterator[Document]:
    for path in paths:
        yield from read_path(path, lang=settings.lang, date=settings.date)


def _report_errors(docs: list[Document]) -> None:
    for doc in docs:
        if doc.error is not None:
            where = doc.meta.get("path", "")
            line = doc.meta.get("line")
            click.echo(
                f"marsad: {where}{':' + str(line) if line else ''}: {doc.error.code}: {doc.error.message}", err=True
            )


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--config", type=click.Path(exists=True, dir_okay=False), help="A TOML settings file.")
@click.option(
    "--dict",
    "dictionaries",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False),
    help="A user dictionary (Marsad YAML, e.g. from 'marsad dict import'); may be repeated.",
)
@click.option(
    "--patterns",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False),
    help="A user event-pattern file (e.g. from 'marsad dict import-verbs'); may be repeated.",
)
@click.option(
    "--patterns-mode",
    type=click.Choice(["add", "replace"]),
    default=None,
    help="Add user patterns before the built-in ones (default) or use them instead.",
)
@click.version_option(package_name="marsad")
@click.pass_context
def cli(
    ctx: click.Context,
    config: str | None,
    dictionaries: tuple[str, ...],
    patterns: tuple[str, ...],
    patterns_mode: str | None,
) -> None:
    """Marsad: political event data from Arabic and English news."""
    ctx.ensure_object(dict)
    ctx.obj.update(config=config, dictionaries=dictionaries, patterns=patterns, patterns_mode=patterns_mode)


@cli.command()
@click.argument("files", nargs=-1, required=True)
@click.option(
    "--lang",
    type=click.Choice(["auto", "ar", "en"]),
    default=None,
    help="Language of documents that do not say (default: auto-detect).",
)
@click.option("--date", default=None, help="Publication date YYYY-MM-DD for documents that do not give one.")
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-", help="Write here.")
@click.pass_context
def code(
    ctx: click.Context, files: tuple[str, ...], lang: str | None, date: str | None, fmt: str, output: IO[str]
) -> None:
    """Code FILES (plain text or JSONL; '-' for standard input) and print their events."""
    settings = _settings(ctx, lang=lang, date=date)
    pipeline = load_pipeline(settings)
    docs = list(pipeline.pipe(_read_all(files, settings), on_error="record"))
    _write((e for d in docs for e in d.events), fmt, output)
    _report_errors(docs)
    if docs and all(d.error is not None for d in docs):
        ctx.exit(1)


@cli.command()
@click.argument("files", nargs=-1, required=True)
@click.option("--db", default=None, help="Database URL or SQLite path (default: MARSAD_DB or the user data dir).")
@click.option("--lang", type=click.Choice(["auto", "ar", "en"]), default=None)
@click.option("--date", default=None, help="Publication date YYYY-MM-DD for documents that do not give one.")
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True, help="Coding processes.")
@click.option(
    "--dask",
    "dask_address",
    default=None,
    metavar="local|ADDRESS",
    help="Code on dask.distributed: 'local' starts a LocalCluster of --workers processes; an address joins one.",
)
@click.option("--resume", is_flag=True, help="Do not code again documents already stored with the same content.")
@click.option("--progress/--no-progress", default=None, help="A status line on stderr (default: on a terminal).")
@click.pass_context
def ingest(
    ctx: click.Context,
    files: tuple[str, ...],
    db: str | None,
    lang: str | None,
    date: str | None,
    workers: int,
    dask_address: str | None,
    resume: bool,
    progress: bool | None,
) -> None:
    """Code FILES (files, folders, '-') and store their documents and events. Re-ingesting changes
    nothing unless a text or the coder changed (a new Marsad version, dictionary, pattern file or coding
    setting): then the document is coded again and its events replaced. A run that was stopped goes on
    where it stopped with --resume."""
    from marsad.batch import Progress, code_documents, skip_stored
    from marsad.pipeline import coder_fingerprint
    from marsad.store import open_store

    settings = _settings(ctx, db=db, lang=lang, date=date)
    show = sys.stderr.isatty() if progress is None else progress
    counts = {"new": 0, "updated": 0, "unchanged": 0, "failed": 0}
    n_events = 0
    failed: list[Document] = []
    total = sum(1 for _ in _read_all(files, settings)) if show else None
    status = Progress(total=total, write=(lambda line: click.echo("\r" + line, err=True, nl=False)) if show else None)
    coder = coder_fingerprint(settings)
    with open_store(settings.db) as store:
        run = store.start_run(" ".join(files))
        try:
            docs = _read_all(files, settings)
            if resume:
                stored = store.stored_hashes(coder)

                def skipped(doc: Document) -> None:
                    counts["unchanged"] += 1
                    status.update(doc, skipped=True)

                docs = skip_stored(docs, stored, skipped)

            def coded() -> Iterator[Document]:
                for doc in code_documents(docs, settings, workers=workers, dask=dask_address):
                    if doc.error is not None:
                        failed.append(doc)
                    status.update(doc)
                    yield doc

            for result in store.ingest_many(coded(), coder=coder):
                counts[result.status] += 1
                n_events += result.events
        finally:
            store.finish_run(run, counts, n_events)
    if show:
        click.echo("\r" + status.line(), err=True)
    _report_errors(failed)
    click.echo(
        f"run {run}: documents: {counts['new']} new, {counts['updated']} updated, {counts['unchanged']} unchanged, "
        f"{counts['failed']} failed; events stored: {n_events}; database: {settings.db}"
    )


@cli.command()
@click.option("--db", default=None, help="Database URL or SQLite path.")
@click.option("--actor", default=None, help="Source or target actor code prefix, e.g. PAK or IGOEUREEC.")
@click.option("--since", default=None, help="First date, YYYY-MM-DD.")
@click.option("--until", default=None, help="Last date, YYYY-MM-DD.")
@click.option("--cameo", default=None, help="CAMEO code or root prefix, e.g. 03 or 036.")
@click.option("--who", default=None, help="A person or organisation: dictionary id, organisation id or name.")
@click.option("--place", default=None, help="Where: a place name (Quetta) or a country code (PAK).")
@click.option("--limit", type=click.IntRange(min=1), default=None)
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-")
@click.pass_context
def events(
    ctx: click.Context,
    db: str | None,
    actor: str | None,
    since: str | None,
    until: str | None,
    cameo: str | None,
    who: str | None,
    place: str | None,
    limit: int | None,
    fmt: str,
    output: IO[str],
) -> None:
    """Query stored events."""
    from marsad.store import open_store
    from marsad.store.db import EventQuery

    settings = _settings(ctx, db=db)
    _check_dates(since, until)
    with open_store(settings.db) as store:
        found = store.events(
            EventQuery(actor=actor, since=since, until=until, cameo=cameo, who=who, place=place, limit=limit)
        )
    _write(found, fmt, output)


@cli.command("eval")
@click.argument("gold", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option(
    "--format",
    "fmt",
    default="auto",
    show_default=True,
    type=click.Choice(["auto", "petrarch-xml", "plover-json", "arabic-gsr-csv", "arabic-gsr-spans"]),
    help="Format of the gold files.",
)
@click.option(
    "--report",
    "report_fmt",
    type=click.Choice(["summary", "md", "json"]),
    default="summary",
    show_default=True,
    help="One line per file, a Markdown report, or JSON.",
)
@click.option(
    "--worst",
    type=click.IntRange(min=0),
    default=20,
    show_default=True,
    help="How many of the worst errors to list (md/json); 0 lists none.",
)
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-")
@click.pass_context
def eval_command(
    ctx: click.Context, gold: tuple[str, ...], fmt: str, report_fmt: str, worst: int, output: IO[str]
) -> None:
    """Score the coder against gold standards (PETRARCH XML, PLOVER JSON, Arabic event GSR)."""
    from marsad.eval import evaluate, read_gold
    from marsad.eval.report import summary_line, to_json, to_markdown

    settings = _settings(ctx)
    pipeline = load_pipeline(settings)
    reports = [evaluate(read_gold(path, fmt), pipeline) for path in gold]
    if report_fmt == "json":
        output.write(to_json(reports, worst) + "\n")
    elif report_fmt == "md":
        output.write(to_markdown(reports, worst))
    else:
        for r in reports:
            output.write(summary_line(r) + "\n")


@cli.group("dict")
def dict_group() -> None:
    """Dictionaries: import PETRARCH/TABARI files into Marsad's user-dictionary format."""


@dict_group.command("import")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option(
    "--kind",
    type=click.Choice(["auto", "actors", "agents"]),
    default="auto",
    show_default=True,
    help="What the files hold; 'auto' takes files with [~CODE] entries as agents.",
)
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-")
def dict_import(files: tuple[str, ...], kind: str, output: IO[str]) -> None:
    """Convert PETRARCH/TABARI actor and agent dictionaries into one Marsad user dictionary."""
    from pathlib import Path

    from marsad.actors import importer, userdict

    actors: list[importer.ImportedActor] = []
    agents: list[dict[str, Any]] = []
    problems: list[str] = []
    for path in files:
        text = Path(path).read_text(encoding="utf-8", errors="replace")
        file_kind = kind if kind != "auto" else ("agents" if "[~" in text else "actors")
        if file_kind == "agents":
            agents += importer.parse_agents(text, path, problems)
        else:
            actors += importer.parse_actors(text, path, problems)
    output.write(userdict.to_yaml(actors, agents, ", ".join(Path(f).name for f in files)))
    for problem in problems:
        click.echo(f"marsad: {problem}", err=True)
    click.echo(
        f"imported {len(actors)} actors and {sum(len(a['names']) for a in agents)} agent names"
        f"{f'; {len(problems)} malformed lines skipped' if problems else ''}",
        err=True,
    )


@dict_group.command("import-verbs")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--lang", type=click.Choice(["ar", "en"]), required=True, help="Language of the verb dictionary.")
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-")
def dict_import_verbs(file: str, lang: str, output: IO[str]) -> None:
    """Convert a PETRARCH/UniversalPetrarch verb dictionary into a Marsad pattern file (use with --patterns)."""
    from pathlib import Path

    import yaml

    from marsad.events import importer

    problems: list[str] = []
    blocks = importer.parse_verbs(Path(file).read_text(encoding="utf-8", errors="replace"), file, problems)
    from marsad import data

    patterns = importer.to_patterns(blocks, lang, frozenset(data.load("ontology.json")["codes"]), problems)
    output.write(f"# Marsad event patterns imported from {Path(file).name} by 'marsad dict import-verbs'.\n")
    output.write(yaml.safe_dump({"lang": lang, "patterns": patterns}, allow_unicode=True, sort_keys=False, width=120))
    click.echo(
        f"imported {len(blocks)} verb blocks as {len(patterns)} patterns; {len(problems)} lines skipped "
        "(patterns with words before the verb, or without a usable code)",
        err=True,
    )


@cli.command()
@click.argument("text")
@click.option("--date", default=None, help="Date (YYYY-MM-DD) on which roles are resolved.")
@click.option("--lang", type=click.Choice(["auto", "ar", "en"]), default=None)
@click.pass_context
def actors(ctx: click.Context, text: str, date: str | None, lang: str | None) -> None:
    """Print the actors found in TEXT with their codes and the words they were found in."""
    settings = _settings(ctx, date=date, lang=lang)
    pipeline = load_pipeline(settings, stages=("language", "text", "actors"))
    doc = pipeline(Document(text=text, date=settings.date, lang=None if settings.lang == "auto" else settings.lang))
    for m in doc.mentions:
        a = m.actor
        if a is None:
            continue
        details = ", ".join(
            f"{k}={v}" for k, v in (("country", a.country), ("sector", a.sector), ("org", a.org), ("name", a.name)) if v
        )
        click.echo(f"{a.code:12} «{a.text}» [{m.start}:{m.end}] {details}  ({a.id})")


@cli.command("explain")
@click.argument("text")
@click.option("--date", default=None, help="Publication date YYYY-MM-DD.")
@click.option("--lang", type=click.Choice(["auto", "ar", "en"]), default=None)
@click.option("--json", "as_json", is_flag=True, help="Print the explanation as JSON.")
@click.pass_context
def explain_command(ctx: click.Context, text: str, date: str | None, lang: str | None, as_json: bool) -> None:
    """Show tokens, clitic readings, actors, the patterns each trigger could select, and why each event
    was or was not emitted."""
    import json

    from marsad.explain import explain
    from marsad.stages import event_coder

    settings = _settings(ctx, date=date, lang=lang)
    pipeline = load_pipeline(settings, stages=("language", "text", "actors", "dates"))
    coder = event_coder(settings)
    report = explain(pipeline, coder, text, settings.date, None if settings.lang == "auto" else settings.lang)
    if as_json:
        click.echo(json.dumps(report, ensure_ascii=False, indent=1))
        return
    for s in report:
        click.echo(f"sentence ({s['lang']}): {s['sentence']}")
        split = [f"{t['text']}[{', '.join(t['readings'])}]" if t["readings"] else t["text"] for t in s["tokens"]]
        click.echo("  tokens: " + " ".join(split))
        for a in s["actors"]:
            click.echo(f"  actor: «{a['text']}» -> {a['code']} ({a['kind']}, {a['id']})")
        for tr in s["triggers"]:
            click.echo(f"  trigger «{tr['text']}» as {tr['as']}: chose {tr['chosen'] or 'nothing'}")
            for c in tr["candidates"]:
                click.echo(f"      could be: {c}")
            for e in tr["events"]:
                flags = ", ".join(f for f in ("negated", "hypothetical") if e[f])
                click.echo(
                    f"      event: {e['source'] or '-'} {e['cameo']} {e['target'] or '-'}  {e['label']}"
                    + (f" [{flags}]" if flags else "")
                )
            if tr["why_not"]:
                click.echo(f"      no event: {tr['why_not']}")


def _check_dates(*values: str | None) -> None:
    from marsad.config import check_date

    try:
        for value in values:
            if value:
                check_date(value)
    except MarsadError as exc:
        raise click.UsageError(str(exc)) from None


def _emit_rows(rows: list[dict[str, Any]], as_json: bool, out: IO[str]) -> None:
    if as_json:
        out.write(json.dumps(rows, ensure_ascii=False, indent=1) + "\n")
        return
    if not rows:
        out.write("(none)\n")
        return
    cols = list(rows[0])
    widths = [max(len(c), *(len("" if r[c] is None else str(r[c])) for r in rows)) for c in cols]
    out.write("  ".join(c.ljust(w) for c, w in zip(cols, widths, strict=True)).rstrip() + "\n")
    for r in rows:
        cells = ("" if r[c] is None else str(r[c]) for c in cols)
        out.write("  ".join(v.ljust(w) for v, w in zip(cells, widths, strict=True)).rstrip() + "\n")


_DB = click.option("--db", default=None, help="Database URL or SQLite path.")
_SINCE = click.option("--since", default=None, help="First date, YYYY-MM-DD.")
_UNTIL = click.option("--until", default=None, help="Last date, YYYY-MM-DD.")
_JSON = click.option("--json", "as_json", is_flag=True, help="JSON instead of a table.")


@cli.command()
@click.argument("a")
@click.argument("b")
@click.option("--by", type=click.Choice(["day", "week", "month", "year"]), default="month", show_default=True)
@_DB
@_SINCE
@_UNTIL
@_JSON
@click.pass_context
def dyad(
    ctx: click.Context, a: str, b: str, by: str, db: str | None, since: str | None, until: str | None, as_json: bool
) -> None:
    """Relations between actors A and B over time (codes are prefixes: PAK matches PAKGOV): events
    per QuadClass (1 verbal coop., 2 material coop., 3 verbal conflict, 4 material conflict), summed
    and mean Goldstein. Negated and hypothetical events are not counted."""
    from marsad.store import open_store
    from marsad.store.analytics import dyad as dyad_series
    from marsad.store.analytics import dyad_events

    _check_dates(since, until)
    with open_store(_settings(ctx, db=db).db) as store:
        rows = dyad_series(store, a, b, by=by, since=since, until=until)
        top = dyad_events(store, a, b, since=since, until=until)
    if as_json:
        result = {"dyad": [a.upper(), b.upper()], "by": by, "series": rows, "top_events": top}
        sys.stdout.write(json.dumps(result, ensure_ascii=False, indent=1) + "\n")
        return
    _emit_rows(rows, False, sys.stdout)
    if top:
        sys.stdout.write("\ntop event types\n")
        _emit_rows(top, False, sys.stdout)


@cli.command("actor")
@click.argument("code")
@click.option("--top", type=click.IntRange(min=1), default=10, show_default=True)
@_DB
@_SINCE
@_UNTIL
@_JSON
@click.pass_context
def actor_command(
    ctx: click.Context, code: str, top: int, db: str | None, since: str | None, until: str | None, as_json: bool
) -> None:
    """An actor's profile: events as source and target, mean Goldstein, event mix, top partners."""
    from marsad.store import open_store
    from marsad.store.analytics import actor as actor_profile

    _check_dates(since, until)
    with open_store(_settings(ctx, db=db).db) as store:
        profile = actor_profile(store, code, since=since, until=until, top=top)
    out = sys.stdout
    if as_json:
        out.write(json.dumps(profile, ensure_ascii=False, indent=1) + "\n")
        return
    out.write(
        f"{profile['actor']}: {profile['events']} events ({profile['as_source']} as source, "
        f"{profile['as_target']} as target); mean Goldstein {profile['goldstein_mean']}\n\nevent mix\n"
    )
    _emit_rows(profile["event_mix"], False, out)
    out.write("\ntop partners\n")
    _emit_rows(profile["top_partners"], False, out)


@cli.command()
@click.option("--min-weight", type=click.IntRange(min=1), default=1, show_default=True)
@_DB
@_SINCE
@_UNTIL
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-")
@click.pass_context
def network(
    ctx: click.Context, min_weight: int, db: str | None, since: str | None, until: str | None, output: IO[str]
) -> None:
    """The actor network for a period as JSON: nodes (actors, event counts) and directed weighted
    edges (events, mean Goldstein)."""
    from marsad.store import open_store
    from marsad.store.analytics import network as actor_network

    _check_dates(since, until)
    with open_store(_settings(ctx, db=db).db) as store:
        net = actor_network(store, since=since, until=until, min_weight=min_weight)
    output.write(json.dumps(net, ensure_ascii=False, indent=1) + "\n")


@cli.command()
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), required=True)
@click.option("-o", "--output", required=True, help="Output file ('-' for standard output, not for parquet).")
@click.option("--actor", default=None, help="Source or target actor code prefix.")
@click.option("--cameo", default=None, help="CAMEO code or root prefix.")
@click.option("--gdelt-header", is_flag=True, help="GDELT: write a header line (GDELT's own files have none).")
@_DB
@_SINCE
@_UNTIL
@click.pass_context
def export(
    ctx: click.Context,
    fmt: str,
    output: str,
    actor: str | None,
    cameo: str | None,
    gdelt_header: bool,
    db: str | None,
    since: str | None,
    until: str | None,
) -> None:
    """Export stored events: jsonl (the contract), csv, parquet, gdelt (GDELT 2.0 event table, 61
    tab-separated columns) or plover (a JSON array of PLOVER records)."""
    from marsad.io import exports
    from marsad.store import open_store
    from marsad.store.db import EventQuery

    _check_dates(since, until)
    if fmt == "parquet" and output == "-":
        raise click.UsageError("parquet needs a file: -o FILE.parquet")
    with open_store(_settings(ctx, db=db).db) as store:
        found = store.events(EventQuery(actor=actor, since=since, until=until, cameo=cameo))
        urls = store.urls() if fmt == "gdelt" else {}
    if fmt == "parquet":
        n = exports.write_parquet(found, output)
    else:
        with click.open_file(output, "w", encoding="utf-8") as out:
            if fmt == "gdelt":
                n = exports.write_gdelt(found, out, urls, header=gdelt_header)
            elif fmt == "plover":
                n = exports.write_plover(found, out)
            else:
                n = _write(found, fmt, out)
    click.echo(f"exported {n} events as {fmt} to {output}", err=True)


@cli.command()
@_DB
@_JSON
@click.pass_context
def runs(ctx: click.Context, db: str | None, as_json: bool) -> None:
    """The ingest runs recorded in the store: when, which version, what each stored."""
    from marsad.store import open_store

    with open_store(_settings(ctx, db=db).db) as store:
        _emit_rows(store.runs(), as_json, sys.stdout)


@cli.command()
@_DB
@_JSON
@click.pass_context
def failures(ctx: click.Context, db: str | None, as_json: bool) -> None:
    """The documents the store holds as failed, with the error code and message of each."""
    from marsad.store import open_store

    with open_store(_settings(ctx, db=db).db) as store:
        _emit_rows(store.failed_documents(), as_json, sys.stdout)


@cli.command()
@_DB
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.pass_context
def serve(ctx: click.Context, db: str | None, host: str, port: int) -> None:
    """Serve the REST API (/v1, schema at /openapi.json) and the dashboard (/) over the store.

    For several server processes run uvicorn itself with the settings in MARSAD_* variables:
    ``uvicorn --factory marsad.web.app:from_env --workers 4``."""
    import uvicorn

    from marsad.web import create_app

    settings = _settings(ctx, db=db)
    click.echo(f"Marsad on http://{host}:{port}/ (API: /v1, schema: /openapi.json), store {settings.db}", err=True)
    uvicorn.run(create_app(settings), host=host, port=port, log_level="info")


@cli.group()
def keys() -> None:
    """API keys for the REST API: create, list, revoke. Keys are stored hashed; a new key is shown once."""


@keys.command("create")
@click.option("--name", required=True, help="Who or what the key is for.")
@click.option("--scope", type=click.Choice(["write", "read"]), default="write", show_default=True)
@_DB
@click.pass_context
def keys_create(ctx: click.Context, name: str, scope: str, db: str | None) -> None:
    """Create a key and print it (it cannot be shown again)."""
    from marsad.store import open_store
    from marsad.store.keys import create_key

    with open_store(_settings(ctx, db=db).db) as store:
        secret, key = create_key(store, name, scope)
    click.echo(secret)
    click.echo(f"key {key.key_id} ({scope}) for {name!r}: keep it now, only its hash is stored", err=True)


@keys.command("list")
@_DB
@_JSON
@click.pass_context
def keys_list(ctx: click.Context, db: str | None, as_json: bool) -> None:
    """The keys, without their secrets."""
    from dataclasses import asdict

    from marsad.store import open_store
    from marsad.store.keys import list_keys

    with open_store(_settings(ctx, db=db).db) as store:
        _emit_rows([asdict(k) for k in list_keys(store)], as_json, sys.stdout)


@keys.command("revoke")
@click.argument("key_id")
@_DB
@click.pass_context
def keys_revoke(ctx: click.Context, key_id: str, db: str | None) -> None:
    """Revoke a key by its id (the part after 'marsad_')."""
    from marsad.store import open_store
    from marsad.store.keys import revoke_key

    with open_store(_settings(ctx, db=db).db) as store:
        key = revoke_key(store, key_id)
    click.echo(f"revoked {key.key_id} ({key.name}) at {key.revoked_at}", err=True)


def main() -> None:
    try:
        cli(standalone_mode=True)
    except MarsadError as exc:
        click.echo(f"marsad: {exc}", err=True)
        sys.exit(2)


if __name__ == "__main__":
    main()
