"""eventwire over Spark DataFrames: the same pipeline as ``eventwire.code``, run by ``mapInArrow``.

>>> from eventwire.spark import code_dataframe
>>> events = code_dataframe(spark.read.parquet("articles.parquet"), published="2019-11-04")
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, NamedTuple

from ..config import Config
from ..errors import ConfigError
from ..ingest import FIELD_NAMES
from ..pubdate import parse_published
from .schema import (EVENT_COLUMN_NAMES, INPUT_COLUMNS, KIND_COLUMN, PARTITION_COLUMN,
                     REJECT_COLUMN_NAMES, TABLE_KINDS, spark_schema, table_columns, table_prefix)
from .worker import code_batches

#: ISO 8601 with offset, for timestamp columns (the session time zone gives the offset).
_TIMESTAMP_FORMAT = "yyyy-MM-dd'T'HH:mm:ss.SSSXXX"


class Coded(NamedTuple):
    """The result of coding a DataFrame: events, rejects, the other store tables, and the
    worker output they all come from.

    ``events``, ``rejects`` and each of ``tables`` (``articles``, ``event_actors``,
    ``attributions``, ``places``: the store's columns) are views of ``combined``: persist
    ``combined`` (as :func:`write_coded` does) before using several, or the articles are
    coded more than once.
    """

    events: Any
    rejects: Any
    combined: Any
    tables: dict[str, Any] | None = None


def _as_string(df: Any, column: str) -> Any:
    from pyspark.sql import functions as F
    from pyspark.sql import types as T

    dtype = df.schema[column].dataType
    col = F.col(f"`{column}`")
    if isinstance(dtype, T.TimestampType):
        return F.date_format(col, _TIMESTAMP_FORMAT)
    if isinstance(dtype, T.TimestampNTZType):
        return F.date_format(col, "yyyy-MM-dd'T'HH:mm:ss.SSS")
    if isinstance(dtype, T.StringType):
        return col
    return col.cast("string")


def select_articles(df: Any, fields: dict[str, str] | None = None, origin: str | None = None,
                    problem: str | None = None) -> Any:
    """The article columns the workers read (``INPUT_COLUMNS``), as strings, from ``df``.

    ``fields`` maps article fields to column names, as ``--fields`` does for the ingest
    readers; absent optional columns become nulls. ``origin`` and ``problem`` name optional
    columns holding a record's origin and a reason to reject it before coding.
    """
    from pyspark.sql import functions as F

    fields = dict(fields or {})
    unknown = set(fields) - set(FIELD_NAMES)
    if unknown:
        raise ConfigError(f"unknown article fields {sorted(unknown)}; fields: {', '.join(FIELD_NAMES)}")
    columns = set(df.columns)
    text = fields.get("text", "text")
    if text not in columns:
        raise ConfigError(f"missing text field {text!r} (columns: {', '.join(df.columns)})")
    picked = []
    sources = {name: fields.get(name, name) for name in FIELD_NAMES}
    sources["origin"] = origin
    sources["problem"] = problem
    for name in INPUT_COLUMNS:
        src = sources.get(name)
        if src is not None and src in columns:
            picked.append(_as_string(df, src).alias(name))
        else:
            picked.append(F.lit(None).cast("string").alias(name))
    return df.select(*picked)


def _config(config: Config | dict | None) -> Config:
    if isinstance(config, dict):
        return Config.from_dict(config)
    return config or Config()


def code_articles(df: Any, *, config: Config | dict | None = None, published: Any = None,
                  fields: dict[str, str] | None = None, origin: str | None = None,
                  problem: str | None = None) -> Coded:
    """Code a DataFrame of articles into events and rejects (lazily: nothing runs yet).

    ``published`` replaces (or fills) every article's publication date, like ``--published``.
    """
    cfg = _config(config)
    try:
        pub = parse_published(published)
    except ValueError as exc:
        raise ConfigError(f"published: {exc}") from exc
    from pyspark.sql import functions as F

    records = select_articles(df, fields, origin, problem)
    combined = records.mapInArrow(lambda batches: code_batches(batches, cfg, pub), spark_schema())
    events = combined.filter(F.col(KIND_COLUMN) == "event").select(*EVENT_COLUMN_NAMES)
    rejects = combined.filter(F.col(KIND_COLUMN) == "reject").select(
        *[F.col(f"reject_{n}").alias(n) for n in REJECT_COLUMN_NAMES])
    tables = {
        table: combined.filter(F.col(KIND_COLUMN) == kind).select(
            *[F.col(table_prefix(table) + n).alias(n) for n, _ in table_columns(table)])
        for table, kind in TABLE_KINDS.items()
    }
    return Coded(events, rejects, combined, tables)


def code_dataframe(df: Any, *, config: Config | dict | None = None, published: Any = None,
                   fields: dict[str, str] | None = None) -> Any:
    """One row per event of the articles in ``df`` (columns id,url,title,text,published,outlet).

    The same pipeline as ``eventwire.code``, loaded once per Python worker. Records that
    cannot be coded are left out; :func:`code_articles` returns them as rejects.
    """
    return code_articles(df, config=config, published=published, fields=fields).events


class Written(NamedTuple):
    """Row counts and paths of what :func:`write_coded` wrote; ``tables`` counts the rows
    of ``articles``, ``event_actors``, ``attributions`` and ``places``."""

    events: int
    rejects: int
    events_path: Path
    rejects_path: Path
    tables: dict[str, int] | None = None


def write_coded(coded: Coded, out: str | Path, *, mode: str = "overwrite") -> Written:
    """Write events to ``out/events`` (Parquet partitioned by ``event_date``), rejects to
    ``out/rejects``, and the other store tables to ``out/articles``, ``out/event_actors``,
    ``out/attributions`` and ``out/places`` (unpartitioned), ready for ``eventwire import``.

    The worker output is persisted first, so each article is coded once for all outputs.
    """
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    out = Path(out)
    combined = coded.combined.persist(StorageLevel.MEMORY_AND_DISK)
    try:
        # One shuffle by date: each event_date folder gets one file, not one per coding task.
        (coded.events.repartition(PARTITION_COLUMN).write.mode(mode)
         .partitionBy(PARTITION_COLUMN).parquet(str(out / "events")))
        coded.rejects.coalesce(1).write.mode(mode).parquet(str(out / "rejects"))
        for table, df in (coded.tables or {}).items():
            df.write.mode(mode).parquet(str(out / table))
        counts = {r[KIND_COLUMN]: r["n"] for r in combined.groupBy(KIND_COLUMN).agg(F.count("*").alias("n")).collect()}
    finally:
        combined.unpersist()
    tables = {t: counts.get(kind, 0) for t, kind in TABLE_KINDS.items() if coded.tables and t in coded.tables}
    return Written(counts.get("event", 0), counts.get("reject", 0), out / "events", out / "rejects", tables)
