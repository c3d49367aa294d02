"""DataFrames of article records from files: natively by Spark (Parquet, JSON Lines), or
through eventwire's own ingest readers (every format ``eventwire code`` accepts).

Native reading scales (executors read the files); ingest reading runs on the driver and
suits folders of text/HTML/feeds. Either way a record that cannot be used becomes a row
with a ``problem``, which the workers turn into a reject, so all rejects land in one place.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..errors import ConfigError
from ..ingest import FIELD_NAMES, ReadOptions, Reject, read
from .schema import INPUT_COLUMNS, input_schema

NATIVE_SUFFIXES: dict[str, str] = {".parquet": "parquet", ".pq": "parquet", ".jsonl": "json", ".ndjson": "json"}

#: Column Spark's JSON reader fills with a line it cannot parse (PERMISSIVE mode).
_CORRUPT = "_corrupt_record"


def _dataset_format(path: str) -> str | None:
    """``parquet``/``json`` for a native file, or a folder of them (a Spark-written dataset)."""
    p = Path(path)
    if p.is_file():
        return NATIVE_SUFFIXES.get(p.suffix.lower())
    if p.is_dir():
        kinds = {NATIVE_SUFFIXES.get(f.suffix.lower()) for f in p.rglob("*")
                 if f.is_file() and not f.name.startswith((".", "_"))}
        return kinds.pop() if len(kinds) == 1 and None not in kinds else None
    return None


def native_format(inputs: Iterable[str]) -> str | None:
    """The format Spark can read every input in, or None (then ingest reads them)."""
    paths: list[str] = []
    for item in inputs:
        if not os.path.exists(item) and glob.has_magic(item):
            matches = sorted(glob.glob(item, recursive=True))
            if not matches:
                return None  # the ingest readers report the empty pattern as a reject
            paths.extend(matches)
        else:
            paths.append(item)
    formats = {_dataset_format(p) for p in paths}
    return formats.pop() if len(formats) == 1 and None not in formats else None


def read_native(spark: Any, inputs: list[str], fmt: str, fields: dict[str, str]) -> tuple[Any, str, str | None]:
    """``(df, origin_column, problem_column)`` for Parquet or JSON Lines read by Spark."""
    from pyspark.sql import functions as F
    from pyspark.sql import types as T

    paths = [os.path.abspath(i) for i in inputs]  # Spark expands globs itself
    if fmt == "parquet":
        df = spark.read.parquet(*paths)
        problem = None
    else:
        # An explicit all-string schema: numbers and dates arrive as text, bad lines as rejects.
        names = [fields.get(n, n) for n in FIELD_NAMES]
        schema = T.StructType([T.StructField(n, T.StringType(), True) for n in names]
                              + [T.StructField(_CORRUPT, T.StringType(), True)])
        df = (spark.read.schema(schema).option("mode", "PERMISSIVE")
              .option("columnNameOfCorruptRecord", _CORRUPT).json(paths))
        df = df.withColumn("_problem", F.when(F.col(_CORRUPT).isNotNull(), F.lit("malformed JSON line")))
        problem = "_problem"
    df = df.withColumn("_origin", F.col("_metadata.file_path"))
    return df, "_origin", problem


def _record(item: Any) -> dict[str, Any]:
    if isinstance(item, Reject):
        return {"origin": item.origin, "problem": item.reason}
    published = item.published.isoformat() if item.published is not None else None
    return {"id": item.id, "url": item.url, "title": item.title, "text": item.text,
            "published": published, "outlet": item.outlet, "origin": item.origin}


def read_ingest(spark: Any, inputs: list[str], opts: ReadOptions, partitions: int) -> tuple[Any, int]:
    """``(df, n_duplicates)``: records read on the driver by the ingest readers.

    Like ``eventwire code``, an article id seen earlier in the same input is skipped.
    """
    import pyarrow as pa

    seen: set[str] = set()
    rows: list[dict[str, Any]] = []
    duplicates = 0
    for item in read(inputs, opts):
        if not isinstance(item, Reject):
            if item.id in seen:
                duplicates += 1
                continue
            seen.add(item.id)
        rows.append(_record(item))
    if not rows:
        raise ConfigError("no input records")
    table = pa.Table.from_pylist(rows, schema=pa.schema([pa.field(n, pa.string()) for n in INPUT_COLUMNS]))
    df = spark.createDataFrame(table, schema=input_schema())
    return df.repartition(max(1, min(partitions, len(rows)))), duplicates
