"""``eventwire dedup``: bring a store's event clusters up to date (or rebuild them).

``eventwire code --db`` already clusters after every run; this command is for stores whose
last run was interrupted, or to re-cluster everything after changing the dedup settings.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from . import app
from .common import open_store, warn


@app.command("dedup")
def dedup_command(
    db: Annotated[Path, typer.Option("--db", help="Event store")] = Path("eventwire.duckdb"),
    rebuild: Annotated[bool, typer.Option("--rebuild", help="Forget all clusters and cluster every event again")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No summary line")] = False,
) -> None:
    """Cluster stored events that are not yet in a cluster (cross-article dedup)."""
    if not Path(db).exists():
        raise typer.BadParameter(f"{db}: no such event store", param_hint="--db")
    store = open_store(db, read_only=False)
    try:
        counts = store.update_clusters(rebuild=rebuild)
    finally:
        store.close()
    if not quiet:
        warn(f"{db}: {counts.events_assigned} events clustered ({counts.clusters_created} new clusters, "
             f"{counts.clusters_updated} grown); {counts.clusters_total} clusters in the store")
