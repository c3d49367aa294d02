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


def combined_columns() -> tuple[tuple[str, str], ...]:
    """Worker output: ``kind``, the event columns, then the reject columns (``reject_*``)."""
    rejects = tuple((f"reject_{n}", k) for n, k in REJECT_COLUMNS)
    return ((KIND_COLUMN, "string"),) + EVENT_COLUMNS + rejects


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
