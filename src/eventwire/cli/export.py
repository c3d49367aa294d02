"""``eventwire export``: write a store's events as PLOVER JSONL, GDELT/POLECAT/ICEWS TSV, CSV or Parquet."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from . import app
from .common import open_store, warn


@app.command("export")
def export_command(
    db: Annotated[Path, typer.Option("--db", help="Event store")] = Path("eventwire.duckdb"),
    format: Annotated[str, typer.Option("--format", "-f", help="plover | gdelt | gdelt-mentions | polecat | icews | csv | parquet")] = "plover",  # noqa: A002
    out: Annotated[Optional[Path], typer.Option("--out", "-o", help="Output file (default stdout; Parquet needs one)")] = None,
    country: Annotated[Optional[list[str]], typer.Option(help="Only events with this actor/recipient country")] = None,
    since: Annotated[Optional[str], typer.Option(help="Only events on or after this date")] = None,
    until: Annotated[Optional[str], typer.Option(help="Only events on or before this date")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q")] = False,
) -> None:
    """Export events in a standard format."""
    from ..export import FORMATS

    if format not in FORMATS:
        raise typer.BadParameter(f"choose one of {', '.join(FORMATS)}", param_hint="--format")
    if format == "parquet" and out is None:
        raise typer.BadParameter("Parquet export needs --out FILE.parquet", param_hint="--out")
    store = open_store(db, read_only=True)
    filters = {k: v for k, v in {"country": country, "since": since, "until": until}.items() if v}
    n = store.export(format, str(out) if out else None, **filters)
    if not quiet and out:
        warn(f"wrote {n} events to {out} ({format})")
