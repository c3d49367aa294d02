"""The columns eventwire's Spark jobs read and write, declared once for Spark and for Arrow.

The events output carries every column of the store's ``events`` table (same names, same
meaning; see :mod:`eventwire.store.schema`), plus the actors' CAMEO codes, the
according-to chain as JSON, and ``event_date``, the column the Parquet output is
partitioned by. Each column is declared by a short kind so the Spark schema and the
Arrow schema the Python workers build can never disagree.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import pyarrow as pa

#: Input columns handed to the workers (all strings; see :func:`eventwire.spark.frames.select_articles`).
#: ``origin`` names the record for reject messages; ``problem`` carries a reason found before
#: coding (a malformed JSON line, an unreadable file), making the record a reject.
INPUT_COLUMNS: tuple[str, ...] = ("id", "url", "title", "text", "published", "outlet", "origin", "problem")

#: (column, kind) of one coded event, in output order.
EVENT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "string"), ("article_id", "string"), ("published_date", "date"), ("outlet", "string"),
    ("sentence", "int"), ("sentence_text", "string"), ("trigger_start", "int"),
    ("trigger_end", "int"), ("trigger_text", "string"), ("lemma", "string"),
    ("plover_type", "string"), ("plover_mode", "string"), ("plover_context", "strings"),
    ("plover_intensity", "double"), ("cameo_code", "string"), ("cameo_root", "string"),
    ("quad_class", "tinyint"), ("goldstein", "double"),
    ("date_start", "date"), ("date_end", "date"), ("date_precision", "string"),
    ("date_text", "string"), ("date_value", "string"), ("date_modifier", "string"),
    ("date_basis", "string"), ("date_span_start", "int"), ("date_span_end", "int"),
    ("place_text", "string"), ("place_name", "string"), ("place_geonameid", "bigint"),
    ("place_lat", "double"), ("place_lon", "double"), ("place_country", "string"),
    ("place_admin1", "string"), ("place_feature_class", "string"),
    ("place_feature_code", "string"), ("place_resolution", "tinyint"),
    ("place_span_start", "int"), ("place_span_end", "int"),
    ("actor_names", "strings"), ("actor_countries", "strings"), ("actor_sectors", "strings"),
    ("recipient_names", "strings"), ("recipient_countries", "strings"),
    ("recipient_sectors", "strings"), ("claimant", "string"), ("modality", "string"),
    ("historical", "bool"), ("confidence", "double"), ("evidence", "string"),
    ("quantities", "string"), ("record", "string"),
    # Beyond the store's events table:
    ("actor_cameo", "strings"), ("recipient_cameo", "strings"),
    ("according_to", "string"),  # JSON list, as the PLOVER export's "according_to"
    ("event_date", "date"),  # date_start: the partition column
)

#: (column, kind) of one rejected record.
REJECT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("record_id", "string"), ("url", "string"), ("origin", "string"), ("reason", "string"),
)

#: What one worker output row is: an event or a reject, told apart by ``kind``.
KIND_COLUMN = "kind"
EVENT_COLUMN_NAMES: tuple[str, ...] = tuple(n for n, _ in EVENT_COLUMNS)
REJECT_COLUMN_NAMES: tuple[str, ...] = tuple(n for n, _ in REJECT_COLUMNS)
PARTITION_COLUMN = "event_date"


#: Store tables the workers also emit, unpartitioned, beside ``events`` (one coding pass):
#: the table name is the output folder and, singular, the row ``kind``.
TABLE_KINDS: dict[str, str] = {
    "articles": "article", "event_actors": "event_actor", "attributions": "attribution", "places": "place",
}

#: DuckDB column types of the store, as the short kinds used here.
_DUCKDB_KINDS: dict[str, str] = {
    "VARCHAR": "string", "INTEGER": "int", "TINYINT": "tinyint", "BIGINT": "bigint",
    "DOUBLE": "double", "BOOLEAN": "bool", "DATE": "date", "VARCHAR[]": "strings",
}


@cache
def table_columns(table: str) -> tuple[tuple[str, str], ...]:
    """(column, kind) of a store table, read from the store's own DDL (so they cannot drift)."""
    import duckdb

    from ..store.schema import DDL

    con = duckdb.connect(":memory:")
    try:
        for ddl in DDL:
            con.execute(ddl)
        return tuple((name, _DUCKDB_KINDS[typ]) for name, typ, *_ in con.execute(f"DESCRIBE {table}").fetchall())
    finally:
        con.close()


def table_prefix(table: str) -> str:
    """Prefix of a store table's columns in the worker output (``places__text``): no clash
    with the events' own flattened columns such as ``place_text``."""
    return f"{table}__"


def combined_columns() -> tuple[tuple[str, str], ...]:
    """Worker output: ``kind``, the event columns, the reject columns (``reject_*``), then
    each table of :data:`TABLE_KINDS` (``articles__id``, ...)."""
    rejects = tuple((f"reject_{n}", k) for n, k in REJECT_COLUMNS)
    tables = tuple((table_prefix(t) + n, k) for t in TABLE_KINDS for n, k in table_columns(t))
    return ((KIND_COLUMN, "string"),) + EVENT_COLUMNS + rejects + tables


_ARROW: dict[str, Any] = {
    "string": pa.string(), "int": pa.int32(), "tinyint": pa.int8(), "bigint": pa.int64(),
    "double": pa.float64(), "bool": pa.bool_(), "date": pa.date32(), "strings": pa.list_(pa.string()),
}


@cache
def arrow_schema() -> pa.Schema:
    """The Arrow schema of the record batches the workers yield."""
    return pa.schema([pa.field(n, _ARROW[k]) for n, k in combined_columns()])


def _spark_type(kind: str) -> Any:
    from pyspark.sql import types as T

    simple = {
        "string": T.StringType(), "int": T.IntegerType(), "tinyint": T.ByteType(),
        "bigint": T.LongType(), "double": T.DoubleType(), "bool": T.BooleanType(),
        "date": T.DateType(),
    }
    return simple[kind] if kind in simple else T.ArrayType(T.StringType())


def spark_schema(columns: tuple[tuple[str, str], ...] | None = None) -> Any:
    """The Spark ``StructType`` of ``columns`` (default: the worker output)."""
    from pyspark.sql import types as T

    cols = columns if columns is not None else combined_columns()
    return T.StructType([T.StructField(n, _spark_type(k), True) for n, k in cols])


def input_schema() -> Any:
    """The Spark schema of the article records handed to the workers (all strings)."""
    from pyspark.sql import types as T

    return T.StructType([T.StructField(n, T.StringType(), True) for n in INPUT_COLUMNS])
