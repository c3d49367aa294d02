"""``eventwire query``: filter a store's events, count them by a field, or run SQL."""

from __future__ import annotations

import csv
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Annotated, Any, Optional

import typer
from rich.table import Table

from ..store.counts import COUNT_BY
from . import app
from .common import open_store
from .render import print_events, relation_dicts, wide_console


OUTPUTS = ("table", "csv", "json")


def _jsonable(v: Any) -> Any:
    return v.isoformat() if isinstance(v, (dt.date, dt.datetime)) else v


def _cell(v: Any, sep: str) -> str:
    """A list column as ``sep``-joined text (as the CSV export writes it), not Python's repr."""
    if v is None:
        return ""
    if isinstance(v, (list, tuple)):
        return sep.join("" if x is None else str(x) for x in v)
    return str(v)


def emit(columns: list[str], rows: list[tuple], output: str, title: str | None = None) -> None:
    """Print rows as a rich table, CSV or JSON lines."""
    if output == "csv":
        w = csv.writer(sys.stdout, lineterminator="\n")
        w.writerow(columns)
        w.writerows([[_cell(v, ";") for v in r] for r in rows])
    elif output == "json":
        for r in rows:
            sys.stdout.write(json.dumps({c: _jsonable(v) for c, v in zip(columns, r)}, ensure_ascii=False, default=str) + "\n")
    else:
        table = Table(title=title)
        for c in columns:
            table.add_column(c)
        for r in rows:
            table.add_row(*(_cell(v, ", ") for v in r))
        wide_console().print(table)


@app.command("query")
def query_command(
    db: Annotated[Path, typer.Option("--db", help="Event store")] = Path("eventwire.duckdb"),
    country: Annotated[Optional[list[str]], typer.Option(help="Actor or recipient country (ISO3); repeatable")] = None,
    actor: Annotated[Optional[str], typer.Option(help="Actor name, CAMEO code or kb id (any role)")] = None,
    recipient: Annotated[Optional[str], typer.Option(help="Recipient country (ISO3)")] = None,
    type: Annotated[Optional[list[str]], typer.Option("--type", help="PLOVER event type; repeatable")] = None,  # noqa: A002
    cameo: Annotated[Optional[str], typer.Option(help="CAMEO code prefix, e.g. 04 or 036")] = None,
    since: Annotated[Optional[str], typer.Option(help="Events on or after this date")] = None,
    until: Annotated[Optional[str], typer.Option(help="Events on or before this date")] = None,
    modality: Annotated[Optional[list[str]], typer.Option(help="asserted, negated, future, ...; repeatable")] = None,
    historical: Annotated[Optional[bool], typer.Option("--historical/--current", help="Only historical (or only current) events")] = None,
    claimant: Annotated[Optional[str], typer.Option(help="Anyone in the according-to chain")] = None,
    anonymous: Annotated[Optional[bool], typer.Option("--anonymous/--not-anonymous", help="Only events with an anonymous source in their chain (or only those without)")] = None,
    text: Annotated[Optional[str], typer.Option(help="Words in the sentence")] = None,
    sql: Annotated[Optional[str], typer.Option("--sql", help="Run this SQL instead (tables: events, articles, ...)")] = None,
    count_by: Annotated[Optional[str], typer.Option("--count-by", help=f"Count events by: {', '.join(COUNT_BY)}")] = None,
    clusters: Annotated[bool, typer.Option("--clusters", help="Show deduplicated event clusters instead of event mentions")] = False,
    min_articles: Annotated[Optional[int], typer.Option("--min-articles", help="With --clusters: reported by at least this many articles")] = None,
    cluster: Annotated[Optional[str], typer.Option("--cluster", help="Show one cluster (an id from --clusters) with its member events")] = None,
    output: Annotated[str, typer.Option("--output", "-o", help="table | csv | json")] = "table",
    limit: Annotated[int, typer.Option(help="At most this many rows")] = 100,
) -> None:
    """Find events in a store by who, what, when, modality and source, or with SQL."""
    from ..errors import StoreError

    if output not in OUTPUTS:
        raise typer.BadParameter(f"choose one of {', '.join(OUTPUTS)}", param_hint="--output")
    store = open_store(db, read_only=True)
    if sql:
        try:
            rel = store.sql(sql)
        except StoreError as exc:
            raise typer.BadParameter(str(exc), param_hint="--sql") from exc
        if rel is None:  # a statement without a result
            return
        emit(list(rel.columns), rel.fetchmany(limit), output)
        return
    if cluster:
        _show_cluster(store, cluster, output, limit)
        return
    filters: dict[str, Any] = {
        "country": country, "actor": actor, "recipient_country": recipient, "type": type, "cameo": cameo,
        "since": since, "until": until, "modality": modality, "historical": historical,
        "claimant": claimant, "anonymous": anonymous, "text": text,
    }
    filters = {k: v for k, v in filters.items() if v not in (None, [])}
    if clusters or min_articles is not None:
        _query_clusters(store, filters, min_articles, count_by, output, limit)
        return
    if count_by:
        if count_by not in COUNT_BY:
            raise typer.BadParameter(f"choose one of {', '.join(COUNT_BY)}", param_hint="--count-by")
        if anonymous is not None and store.version < 3:
            raise typer.BadParameter(f"{db} has schema version {store.version}, which does not record anonymous "
                                     "sources; open it for writing and re-code its articles", param_hint="--anonymous")
        rel = store.count_by(count_by, **filters)
        emit(list(rel.columns), rel.fetchmany(limit), output, title=f"events by {count_by}")
        return
    rel = store.events(limit=limit, **filters)
    if output == "table":
        total = store.count_events(**filters)
        print_events(relation_dicts(rel), title=f"{total} events", limit=limit)
    else:
        emit(list(rel.columns), rel.fetchall(), output)


#: Columns of ``eventwire query --clusters`` in table output.
CLUSTER_COLUMNS = ("id", "date", "type", "cameo", "actors", "recipients", "place", "modality",
                   "mentions", "articles", "sources", "first_seen", "last_seen")
_CLUSTER_FILTERS = ("country", "recipient_country", "type", "since", "until", "modality", "historical")


def _query_clusters(store: Any, filters: dict[str, Any], min_articles: int | None, count_by: str | None,
                    output: str, limit: int) -> None:
    """``--clusters``: one row per real-world event, with how many mentions/articles/outlets report it."""
    unsupported = sorted(set(filters) - set(_CLUSTER_FILTERS)) + (["count_by"] if count_by else [])
    if unsupported:
        raise typer.BadParameter(f"not available with --clusters: {', '.join(unsupported)}", param_hint="--clusters")
    if min_articles is not None:
        filters["min_articles"] = min_articles
    total = store.count_clusters(**filters)
    rel = store.clusters(limit=limit, **filters)
    if output != "table":
        emit(list(rel.columns), rel.fetchall(), output)
        return
    rows = []
    for r in relation_dicts(rel):
        day = r["date_start"]
        if day is not None and r["date_end"] not in (None, day):
            day = f"{day}..{r['date_end']}"
        rows.append((r["id"], f"{day or ''} ({r['date_precision']})", r["plover_type"], r["cameo_code"],
                     ";".join(r["actor_countries"] or r["actor_names"] or []),
                     ";".join(r["recipient_countries"] or r["recipient_names"] or []),
                     r["place_name"] or "", r["modality"] + (" (historical)" if r["historical"] else ""),
                     r["num_mentions"], r["num_articles"], r["num_sources"], r["first_seen"], r["last_seen"]))
    emit(list(CLUSTER_COLUMNS), rows, output, title=f"{total} clusters")


def _show_cluster(store: Any, cluster_id: str, output: str, limit: int) -> None:
    """``--cluster ID``: the cluster's member events (founder first), titled with its counts."""
    record = store.cluster(cluster_id)
    if record is None:
        raise typer.BadParameter(f"no cluster with id {cluster_id!r} (list them with --clusters)", param_hint="--cluster")
    rel = store.sql("SELECT e.* EXCLUDE (record), m.position AS member_position, m.score AS member_score "
                    "FROM cluster_members m JOIN events e ON e.id = m.event_id WHERE m.cluster_id = ? "
                    "ORDER BY m.position LIMIT ?", [cluster_id, limit])
    if output != "table":
        emit(list(rel.columns), rel.fetchall(), output)
        return
    when = record.get("when") or {}
    title = (f"cluster {record['id']}: {record['plover']['type']} {when.get('start') or 'undated'}, "
             f"{record['num_mentions']} mentions in {record['num_articles']} articles "
             f"from {record['num_sources']} outlets")
    print_events(relation_dicts(rel), title=title, limit=limit)
