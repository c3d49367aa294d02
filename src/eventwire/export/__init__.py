"""Exports: PLOVER JSONL (native), GDELT 2.0 events and mentions tables, POLECAT- and
ICEWS-style TSV, CSV and Parquet.

Record builders (:func:`event_to_plover`, :func:`event_to_gdelt`) take model objects, so
``eventwire code --format plover`` and ``eventwire export`` write identical lines.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from ..errors import ConfigError
from .gdelt import EVENT_COLUMNS, MENTION_COLUMNS, event_to_gdelt, event_to_gdelt_mention, iso3_to_fips
from .icews import COLUMNS as ICEWS_COLUMNS
from .icews import event_to_icews
from .polecat import COLUMNS as POLECAT_COLUMNS
from .polecat import Story, event_to_polecat, story_from_layers
from .plover import FIELDS as PLOVER_FIELDS
from .plover import event_to_plover, plover_line

if TYPE_CHECKING:
    from ..store import EventStore

FORMATS: tuple[str, ...] = ("plover", "gdelt", "gdelt-mentions", "polecat", "icews", "csv", "parquet")
#: Formats :func:`export_lines` streams, and those whose first line is a header.
LINE_FORMATS: tuple[str, ...] = ("plover", "gdelt", "gdelt-mentions", "polecat", "icews", "csv")
HEADER_FORMATS: tuple[str, ...] = ("gdelt-mentions", "polecat", "icews", "csv")


@contextlib.contextmanager
def _open_out(out: Any) -> Iterator[IO[str]]:
    if out is None or out == "-":
        yield sys.stdout
    elif hasattr(out, "write"):
        yield out
    else:
        with open(out, "w", encoding="utf-8", newline="\n") as fh:
            yield fh


def export_lines(store: EventStore, format: str, **filters: Any) -> Iterator[str]:  # noqa: A002
    """The export as lines (each ending in a newline), streamed: for HTTP responses and pipes.

    Formats: plover, gdelt, gdelt-mentions, polecat, icews, csv (Parquet is a file format;
    use :func:`export_store`). An ICEWS line is one dyad, so an event may give several.
    """
    from ..store.codec import article_from, event_from

    if format == "csv":
        yield from _csv_lines(store, **filters)
        return
    if format not in LINE_FORMATS:
        raise ConfigError(f"cannot stream format {format!r}; choose from {', '.join(LINE_FORMATS)}")
    header = {"gdelt-mentions": MENTION_COLUMNS, "polecat": POLECAT_COLUMNS, "icews": ICEWS_COLUMNS}.get(format)
    if header:
        yield "\t".join(header) + "\n"
    articles: dict[str, Any] = {}
    stories: dict[str, Story] = {}
    for record, arow in store.iter_records(layers=format == "polecat", **filters):
        article = articles.get(arow["id"])
        if article is None:  # events come in date order, so an article's events are near each other
            if len(articles) > 256:
                articles.clear()
                stories.clear()
            article = articles[arow["id"]] = article_from(arow)
            if format == "polecat":
                stories[arow["id"]] = story_from_layers(json.loads(arow["layers"] or "{}"))
        event = event_from(record)
        if format == "polecat":
            yield "\t".join(event_to_polecat(event, article, stories[arow["id"]])) + "\n"
        elif format == "icews":
            for row in event_to_icews(event, article):
                yield "\t".join(row) + "\n"
        elif format == "plover":
            yield plover_line(event, article) + "\n"
        elif format == "gdelt":
            counts = None
            if arow.get("num_mentions") is not None:  # the event's dedup cluster
                counts = (arow["num_mentions"], arow["num_sources"], arow["num_articles"])
            yield "\t".join(event_to_gdelt(event, article, counts)) + "\n"
        else:
            yield "\t".join(event_to_gdelt_mention(event, article)) + "\n"


def export_store(store: EventStore, format: str, out: Any = None, **filters: Any) -> int:  # noqa: A002
    """Write the store's events (optionally filtered) in ``format``; returns the event count."""
    if format not in FORMATS:
        raise ConfigError(f"unknown export format {format!r}; choose from {', '.join(FORMATS)}")
    if format in ("csv", "parquet") and not (out is None or out == "-" or hasattr(out, "write")):
        return _export_file(store, format, out, **filters)
    if format == "parquet":
        raise ConfigError("Parquet export needs a file path (--out FILE.parquet)")
    n = 0
    with _open_out(out) as fh:
        for line in export_lines(store, format, **filters):
            fh.write(line)
            n += 1
    if format == "icews":  # lines are dyads; report events like every other format
        return store.count_events(**filters)
    return n - (1 if format in HEADER_FORMATS else 0)


def _flat(store: EventStore, **filters: Any) -> Any:
    # Flat columns only; lists become ";"-joined strings so any spreadsheet reads them.
    rel = store.events(**filters)
    cols = [f"array_to_string({name}, ';') AS {name}" if str(typ).endswith("[]") else name
            for name, typ in zip(rel.columns, rel.types)]
    return rel.select(", ".join(cols))


def _csv_lines(store: EventStore, **filters: Any) -> Iterator[str]:
    flat = _flat(store, **filters)
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")

    def line(values: Any) -> str:
        buf.seek(0)
        buf.truncate()
        writer.writerow(values)
        return buf.getvalue()

    yield line(flat.columns)
    while rows := flat.fetchmany(1000):
        for r in rows:
            # Same spelling of booleans as DuckDB's CSV writer uses for files.
            yield line([("true" if v else "false") if isinstance(v, bool) else v for v in r])


def _export_file(store: EventStore, format: str, out: Any, **filters: Any) -> int:  # noqa: A002
    n = store.count_events(**filters)
    if format == "parquet":
        store.events(**filters).write_parquet(str(Path(out)))
    else:
        _flat(store, **filters).write_csv(str(Path(out)), header=True)
    return n


__all__ = [
    "EVENT_COLUMNS", "FORMATS", "ICEWS_COLUMNS", "LINE_FORMATS", "MENTION_COLUMNS", "PLOVER_FIELDS",
    "POLECAT_COLUMNS", "event_to_gdelt", "event_to_gdelt_mention", "event_to_icews", "event_to_plover",
    "event_to_polecat", "export_lines", "export_store", "iso3_to_fips", "plover_line", "story_from_layers",
]
