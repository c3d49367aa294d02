"""``eventwire stats``: what a store holds (row counts, date range, top types and countries)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from . import app
from .render import wide_console
from .common import open_store


@app.command("stats")
def stats_command(
    db: Annotated[Path, typer.Option("--db", help="Event store")] = Path("eventwire.duckdb"),
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of tables")] = False,
) -> None:
    """Summarise an event store."""
    stats = open_store(db, read_only=True).stats()
    if as_json:
        typer.echo(json.dumps(stats, indent=2, default=str))
        return
    console = wide_console()
    tables = Table(title=f"{stats['path']} (schema v{stats['schema_version']})")
    tables.add_column("table")
    tables.add_column("rows", justify="right")
    for name, n in stats["tables"].items():
        tables.add_row(name, f"{n:,}")
    console.print(tables)
    dates = stats["event_dates"]
    console.print(f"events dated {dates['first']} .. {dates['last']}")
    for key in ("by_type", "by_modality", "by_quad_class", "by_country", "by_claimant"):
        if stats[key]:
            t = Table(title=key.replace("_", " "))
            t.add_column(key.removeprefix("by_"))
            t.add_column("events", justify="right")
            for k, v in stats[key].items():
                t.add_row(k, f"{v:,}")
            console.print(t)
