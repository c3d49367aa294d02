"""Loading an ``eventwire spark`` output folder into an event store (``eventwire import``).

The Spark workers write the same rows ``eventwire code --db`` stores (one Parquet dataset
per table: ``articles/``, ``events/`` partitioned by ``event_date``, ``event_actors/``,
``attributions/``, ``places/``, ``rejects/``). Importing follows :meth:`EventStore.add`'s
rule: an article whose id is already stored is skipped with all its rows, so importing the
same output twice, or overlapping outputs, never duplicates anything. Everything one
import adds commits in one transaction: a crash leaves the store as it was.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import ConfigError
from .rows import reject_key

if TYPE_CHECKING:
    from .store import AddCounts, EventStore

#: Tables written by the Spark workers, each with its primary key (a key seen twice in
#: one output, e.g. an article id given to two input records, is imported once).
TABLE_KEYS: dict[str, tuple[str, ...]] = {
    "articles": ("id",),
    "events": ("id",),
    "event_actors": ("event_id", "role", "position"),
    "attributions": ("event_id", "position"),
    "places": ("article_id", "position"),
}

#: Folders a Spark output must hold (the other tables may be absent when empty).
REQUIRED = ("articles", "events")

#: Temporary table of the article ids this import adds (connection-local).
_NEW = "_eventwire_import_new"


class NotSparkOutputError(ConfigError):
    """The folder is not an ``eventwire spark`` output (a usage error: exit code 2)."""


def _parquet_glob(folder: Path, table: str) -> str | None:
    """A DuckDB glob over the table's Parquet files, or None if it has none."""
    path = folder / table
    if not path.is_dir() or not any(path.rglob("*.parquet")):
        return None
    return str(path / "**" / "*.parquet").replace("'", "''")


def spark_output_tables(folder: str | Path) -> dict[str, str | None]:
    """Parquet globs of each table in a Spark output folder (None: no rows written).

    Raises :class:`NotSparkOutputError`, naming the folder, if it is not one.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise NotSparkOutputError(f"{folder}: no such folder")
    missing = [t for t in REQUIRED if not (folder / t).is_dir()]
    if missing:
        hint = (" (written by an older `eventwire spark` that wrote events only: run it again)"
                if "articles" in missing and (folder / "events").is_dir() else "")
        raise NotSparkOutputError(f"{folder}: not an `eventwire spark` output folder, "
                                  f"no {' or '.join(m + '/' for m in missing)} in it{hint}")
    return {t: _parquet_glob(folder, t) for t in (*TABLE_KEYS, "rejects")}


def _columns(cur: Any, table: str) -> list[str]:
    return [r[0] for r in cur.execute(f"DESCRIBE {table}").fetchall()]


def _source(glob: str) -> str:
    # Events sit in event_date=... folders: hive columns are not store columns, so leave them out.
    return f"read_parquet('{glob}', hive_partitioning = false, union_by_name = true)"


def _insert_new_rows(cur: Any, table: str, glob: str, run_id: str | None) -> int:
    """Insert the table's rows of the articles in ``_NEW``; returns the number inserted."""
    cols = _columns(cur, table)
    select = ", ".join("$run AS run_id" if c == "run_id" else c for c in cols)
    article = "id" if table == "articles" else "article_id"
    key = ", ".join(TABLE_KEYS[table])
    sql = (f"INSERT INTO {table} ({', '.join(cols)}) SELECT {select} FROM {_source(glob)} "
           f"WHERE {article} IN (SELECT id FROM {_NEW}) "
           f"QUALIFY row_number() OVER (PARTITION BY {key}) = 1")
    params = {"run": run_id} if "run_id" in cols else None
    return cur.execute(sql, params).fetchone()[0]


def _insert_rejects(cur: Any, glob: str, run_id: str | None) -> int:
    """Rejects not stored yet (the store keeps one row per origin and reason)."""
    import pyarrow as pa

    rows = cur.execute(f"SELECT DISTINCT origin, reason FROM {_source(glob)}").fetchall()
    if not rows:
        return 0
    keys = [reject_key(o or "", r or "") for o, r in rows]
    table = pa.table({"key": keys, "origin": [o or "" for o, _ in rows], "reason": [r or "" for _, r in rows]})
    cur.register("_eventwire_import_rejects", table)
    try:
        return cur.execute(
            "INSERT INTO rejects (key, origin, reason, run_id) SELECT key, origin, reason, $run "
            "FROM _eventwire_import_rejects WHERE key NOT IN (SELECT key FROM rejects) "
            "QUALIFY row_number() OVER (PARTITION BY key) = 1", {"run": run_id}).fetchone()[0]
    finally:
        cur.unregister("_eventwire_import_rejects")


def import_spark_output(store: EventStore, folder: str | Path, *, run_id: str | None = None) -> AddCounts:
    """Add a Spark output folder's articles (and their rows) that the store lacks, and its rejects.

    Stored articles are skipped with all their rows; new articles get ``run_id``. One
    transaction. Clusters are not updated: call :meth:`EventStore.update_clusters` after.
    """
    from .store import AddCounts

    globs = spark_output_tables(folder)
    counts = AddCounts()
    with store.transaction() as cur:
        if globs["articles"] is not None:
            cur.execute(f"CREATE OR REPLACE TEMP TABLE {_NEW} AS SELECT DISTINCT id FROM {_source(globs['articles'])} "
                        "WHERE id IS NOT NULL")
            counts.articles_seen = cur.execute(f"SELECT count(*) FROM {_NEW}").fetchone()[0]
            cur.execute(f"DELETE FROM {_NEW} WHERE id IN (SELECT id FROM articles)")
            counts.articles_skipped = counts.articles_seen - cur.execute(f"SELECT count(*) FROM {_NEW}").fetchone()[0]
            for table in TABLE_KEYS:
                if globs[table] is None:
                    continue
                n = _insert_new_rows(cur, table, globs[table], run_id)
                if table == "articles":
                    counts.articles_added = n
                elif table == "events":
                    counts.events_added = n
            cur.execute(f"DROP TABLE {_NEW}")
        if globs["rejects"] is not None:
            counts.rejects = _insert_rejects(cur, globs["rejects"], run_id)
    return counts
