"""Exports: PLOVER JSONL (native), GDELT 2.0 events and mentions tables, CSV and Parquet.

Record builders (:func:`event_to_plover`, :func:`event_to_gdelt`) take model objects, so
``eventwire code --format plover`` and ``eventwire export`` write identical lines.
"""

from __future__ import annotations

import contextlib
import csv
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from ..errors import ConfigError
from .gdelt import EVENT_COLUMNS, MENTION_COLUMNS, event_to_gdelt, event_to_gdelt_mention, iso3_to_fips
from .plover import FIELDS as PLOVER_FIELDS
from .plover import event_to_plover, plover_line

if TYPE_CHECKING:
    from ..store import EventStore

FORMATS: tuple[str, ...] = ("plover", "gdelt", "gdelt-mentions", "csv", "parquet")


@contextlib.contextmanager
def _open_out(out: Any) -> Iterator[IO[str]]:
    if out is None or out == "-":
        yield sys.stdout
    elif hasattr(out, "write"):
        yield out
    else:
        with open(out, "w", encoding="utf-8", newline="\n") as fh:
            yield fh


def export_store(store: EventStore, format: str, out: Any = None, **filters: Any) -> int:  # noqa: A002
    """Write the store's events (optionally filtered) in ``format``; returns the count."""
    from ..store.codec import article_from, event_from

    if format not in FORMATS:
        raise ConfigError(f"unknown export format {format!r}; choose from {', '.join(FORMATS)}")
    if format in ("csv", "parquet"):
        return _export_table(store, format, out, **filters)
    n = 0
    with _open_out(out) as fh:
        if format == "gdelt-mentions":
            fh.write("\t".join(MENTION_COLUMNS) + "\n")
        articles: dict[str, Any] = {}
        for record, arow in store.iter_records(**filters):
            article = articles.get(arow["id"])
            if article is None:  # records come grouped loosely by date; keep a small cache
                if len(articles) > 256:
                    articles.clear()
                article = articles[arow["id"]] = article_from(arow)
            event = event_from(record)
            if format == "plover":
                fh.write(plover_line(event, article) + "\n")
            elif format == "gdelt":
                fh.write("\t".join(event_to_gdelt(event, article)) + "\n")
            else:
                fh.write("\t".join(event_to_gdelt_mention(event, article)) + "\n")
            n += 1
    return n


def _export_table(store: EventStore, format: str, out: Any, **filters: Any) -> int:  # noqa: A002
    # Flat columns only; lists become ";"-joined strings so any spreadsheet reads them.
    rel = store.events(**filters)
    cols = []
    for name, typ in zip(rel.columns, rel.types):
        cols.append(f"array_to_string({name}, ';') AS {name}" if str(typ).endswith("[]") else name)
    flat = rel.select(", ".join(cols)) if format == "csv" else rel
    n = store.count_events(**filters)
    if out is None or out == "-" or hasattr(out, "write"):
        if format == "parquet":
            raise ConfigError("Parquet export needs a file path (--out FILE.parquet)")
        with _open_out(out) as fh:
            writer = csv.writer(fh, lineterminator="\n")
            writer.writerow(flat.columns)
            while rows := flat.fetchmany(1000):
                # Same spelling as DuckDB's CSV writer uses for files.
                writer.writerows([("true" if v else "false") if isinstance(v, bool) else v for v in r] for r in rows)
    elif format == "parquet":
        rel.write_parquet(str(Path(out)))
    else:
        flat.write_csv(str(Path(out)), header=True)
    return n


__all__ = [
    "EVENT_COLUMNS", "FORMATS", "MENTION_COLUMNS", "PLOVER_FIELDS", "event_to_gdelt",
    "event_to_gdelt_mention", "event_to_plover", "export_store", "iso3_to_fips", "plover_line",
]
