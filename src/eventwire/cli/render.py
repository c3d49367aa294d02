"""Readable terminal output shared by ``code``, ``query`` and ``show``: event tables and cells.

Renderers take flat event rows (the columns of the ``events`` table as dicts), so events
fresh from the pipeline and events read back from a store look the same.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from rich.console import Console
from rich.table import Table

QUAD_STYLE = {1: "green", 2: "cyan", 3: "yellow", 4: "red"}


def when_cell(row: dict[str, Any]) -> str:
    """``2019-10-05`` or ``2019-10-01..2019-10-10 (month)``; ``?`` when the text gives no date."""
    start, end, prec = row.get("date_start"), row.get("date_end"), row.get("date_precision") or "unknown"
    if start is None and end is None:
        pub = row.get("published_date")
        return f"? (published {pub})" if pub else "?"
    s = start.isoformat() if isinstance(start, dt.date) else str(start or "")
    e = end.isoformat() if isinstance(end, dt.date) else str(end or "")
    text = s if not e or e == s else f"{s}..{e}"
    if prec not in ("day",):
        text += f" ({prec})"
    return text


def _names(names: Sequence[str] | None, countries: Sequence[str] | None) -> str:
    names = list(names or [])
    if not names:
        return "-"
    countries = list(countries or [])
    label = ", ".join(names)
    if countries:
        label += f" [{', '.join(dict.fromkeys(countries))}]"
    return label


def place_cell(row: dict[str, Any]) -> str:
    name = row.get("place_name") or row.get("place_text")
    if not name:
        return "-"
    country = row.get("place_country")
    return f"{name} ({country})" if country else str(name)


def event_table(rows: Iterable[dict[str, Any]], title: str | None = None) -> Table:
    """A rich table: date, actor, event (PLOVER / CAMEO), recipient, place, modality, source."""
    table = Table(title=title, show_lines=False, expand=False)
    table.add_column("date", no_wrap=True)
    for name in ("actor", "event", "recipient", "place", "modality", "according to"):
        table.add_column(name, overflow="fold")
    for r in rows:
        quad = r.get("quad_class")
        style = QUAD_STYLE.get(int(quad)) if quad is not None else None
        event = f"{r.get('plover_type') or '?'} / {r.get('cameo_code') or '?'}"
        trigger = r.get("trigger_text")
        if trigger:
            event += f'\n"{trigger}"'
        modality = r.get("modality") or ""
        if r.get("historical"):
            modality += " (historical)"
        table.add_row(
            when_cell(r),
            _names(r.get("actor_names"), r.get("actor_countries")),
            f"[{style}]{event}[/]" if style else event,
            _names(r.get("recipient_names"), r.get("recipient_countries")),
            place_cell(r), modality, r.get("claimant") or r.get("outlet") or "-",
        )
    return table


def print_events(rows: list[dict[str, Any]], title: str | None = None, limit: int = 200,
                 console: Console | None = None) -> None:
    """Print up to ``limit`` events as a table (and say how many were left out)."""
    console = console or wide_console()
    if not rows:
        console.print("[dim]no events[/]")
        return
    console.print(event_table(rows[:limit], title))
    if len(rows) > limit:
        console.print(f"[dim]... and {len(rows) - limit} more events (see `eventwire query`)[/]")


def wide_console(file: Any = None) -> Console:
    """A console that does not squeeze tables to 80 columns when output goes to a pipe or file."""
    import sys

    out = file or sys.stdout
    return Console(file=out, width=None if out.isatty() else 160, highlight=False)


def relation_dicts(rel: Any, limit: int | None = None) -> list[dict[str, Any]]:
    """Rows of a DuckDB relation as dicts."""
    cols = rel.columns
    rows = rel.fetchmany(limit) if limit is not None else rel.fetchall()
    return [dict(zip(cols, r)) for r in rows]
