"""eventwire over Spark: code a DataFrame of articles with the same pipeline as ``eventwire.code``.

>>> from eventwire.spark import local_session, code_articles, write_coded
>>> spark = local_session("local[4]")
>>> coded = code_articles(spark.read.parquet("articles/"))
>>> write_coded(coded, "out/")   # out/events/event_date=.../*.parquet, out/rejects/, out/articles/, ...

``out/`` then holds every table ``eventwire code --db`` fills; ``eventwire import out/ --db FILE``
(:meth:`eventwire.store.EventStore.import_spark`) loads it into a store.

Needs the ``spark`` extra (``pip install 'eventwire[spark]'``) and a Java 17+ runtime.
"""

from __future__ import annotations

from .frames import Coded, Written, code_articles, code_dataframe, select_articles, write_coded
from .schema import EVENT_COLUMN_NAMES, PARTITION_COLUMN, REJECT_COLUMN_NAMES, spark_schema
from .session import local_session, require_java, require_pyspark

__all__ = [
    "Coded", "EVENT_COLUMN_NAMES", "PARTITION_COLUMN", "REJECT_COLUMN_NAMES", "Written",
    "code_articles", "code_dataframe", "local_session", "require_java", "require_pyspark",
    "select_articles", "spark_schema", "write_coded",
]
