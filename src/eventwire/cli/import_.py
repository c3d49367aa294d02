"""``eventwire import OUT --db FILE``: load an ``eventwire spark`` output folder into a store.

The store then holds what ``eventwire code --db`` would have stored for the same articles:
articles already in it are skipped with their rows (importing twice adds nothing), rejects
go to ``rejects``, and the new events are clustered as ``code --db`` clusters them.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from . import EXIT_OK, app
from .common import open_store, warn


@app.command("import")
def import_command(
    out: Annotated[Path, typer.Argument(help="Output folder of `eventwire spark --out`")],
    db: Annotated[Path, typer.Option("--db", help="Event store (created if missing)")] = Path("eventwire.duckdb"),
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No summary line")] = False,
) -> None:
    """Load the Parquet tables written by `eventwire spark` into an event store."""
    from ..store import AddCounts
    from ..store.imports import spark_output_tables

    # Checked before the store is created or opened; not an output is a ConfigError (exit 2).
    spark_output_tables(out)
    store = open_store(db, read_only=False)
    status, counts = "failed", AddCounts()
    try:
        run = store.begin_run([os.path.abspath(out)], {"import": "spark"})
        try:
            counts = store.import_spark(out, run_id=run)
            clusters = store.update_clusters()
            status = "finished"
        finally:
            store.finish_run(run, counts, status)
        if not quiet:
            warn(f"{db}: {counts.articles_added} articles added ({counts.events_added} events), "
                 f"{counts.articles_skipped} already stored, {counts.rejects} new rejects; "
                 f"{clusters.events_assigned} events clustered, {clusters.clusters_total} clusters "
                 f"({store.count_events()} events in the store)")
    finally:
        store.close()
    raise typer.Exit(EXIT_OK)
