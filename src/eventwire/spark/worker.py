"""What runs inside a Spark Python worker: records in, rows of every store table and rejects out.

No pyspark import here: the functions take and yield Arrow record batches, so they run
(and are tested) the same in or out of Spark. The pipeline is built once per worker
process and kept in a module-level cache; Spark reuses Python workers across tasks
(``spark.python.worker.reuse``, on by default), so spaCy loads once per worker, not per task.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable, Iterator
from typing import Any

import pyarrow as pa

from ..config import Config
from ..errors import RecordError
from ..export import event_to_plover
from ..ingest import ReadOptions
from ..ingest.base import article_from_record
from ..document import Document
from ..model import Article, Event
from ..pipeline import Pipeline
from ..store.rows import document_rows, dumps, unique_events
from .schema import KIND_COLUMN, PARTITION_COLUMN, REJECT_COLUMN_NAMES, TABLE_KINDS, arrow_schema, table_prefix

#: Pipelines built in this process, by configuration.
_PIPELINES: dict[str, Pipeline] = {}

#: Rows gathered before a batch goes back to Spark (bounds worker memory on big partitions).
ROWS_PER_BATCH = 2048


def config_key(config: Config) -> str:
    """A stable key for a configuration (Config holds dicts, so it is not hashable)."""
    return json.dumps(dataclasses.asdict(config), sort_keys=True, default=str)


def pipeline_for(config: Config) -> Pipeline:
    """The pipeline for ``config``, built on first use in this process."""
    key = config_key(config)
    pipeline = _PIPELINES.get(key)
    if pipeline is None:
        pipeline = _PIPELINES[key] = Pipeline(config=config)
    return pipeline


def _event_output(row: dict[str, Any], event: Event, article: Article) -> dict[str, Any]:
    """The store's event row plus Spark's extra columns."""
    row[KIND_COLUMN] = "event"
    row["actor_cameo"] = [a.cameo for a in event.actor if a.cameo]
    row["recipient_cameo"] = [a.cameo for a in event.recipient if a.cameo]
    row["according_to"] = dumps(event_to_plover(event, article)["according_to"])
    row[PARTITION_COLUMN] = row["date_start"]
    return row


def document_output(doc: Document) -> list[dict[str, Any]]:
    """Every output row of one coded article: the rows ``eventwire code --db`` stores
    (:func:`~eventwire.store.rows.document_rows`), events with Spark's extras, the other
    tables' columns prefixed and tagged with their ``kind``."""
    tables = document_rows(doc, None)  # no run id: `eventwire import` sets its own
    # document_rows lists the events in unique_events order, so they pair up.
    out = [_event_output(row, e, doc.article) for row, e in zip(tables["events"], unique_events(doc.events))]
    for table, kind in TABLE_KINDS.items():
        prefix = table_prefix(table)
        for row in tables[table]:
            prefixed = {prefix + k: v for k, v in row.items()}
            prefixed[KIND_COLUMN] = kind
            out.append(prefixed)
    return out


def reject_row(record_id: str | None, url: str | None, origin: str, reason: str) -> dict[str, Any]:
    values = dict(zip(REJECT_COLUMN_NAMES, (record_id, url, origin, reason)))
    row: dict[str, Any] = {f"reject_{k}": v for k, v in values.items()}
    row[KIND_COLUMN] = "reject"
    return row


def _origin(record: dict[str, Any]) -> str:
    if record.get("origin"):
        return str(record["origin"])
    return f"record {record['id']}" if record.get("id") else "<dataframe record>"


def _to_batch(rows: list[dict[str, Any]]) -> pa.RecordBatch:
    return pa.RecordBatch.from_pylist(rows, schema=arrow_schema())


def code_records(records: Iterable[dict[str, Any]], config: Config, published: Any = None) -> Iterator[list[dict[str, Any]]]:
    """Code article records (``INPUT_COLUMNS`` keys); yield lists of output rows.

    A record that cannot become an article, or whose coding fails, becomes a reject row
    with its id and the reason; the rest are coded by the same :class:`Pipeline` that
    ``eventwire.code`` uses.
    """
    pipeline = pipeline_for(config)
    opts = ReadOptions(max_chars=config.max_chars, published=published)
    rows: list[dict[str, Any]] = []
    articles: list[Article] = []
    for record in records:
        origin = _origin(record)
        if record.get("problem"):
            rows.append(reject_row(record.get("id"), record.get("url"), origin, str(record["problem"])))
            continue
        try:
            articles.append(article_from_record(record, origin, opts))
        except RecordError as exc:
            rows.append(reject_row(record.get("id"), record.get("url"), exc.origin, exc.reason))
    for outcome in pipeline.pipe(articles):
        a = outcome.article
        if outcome.error or outcome.document is None:
            rows.append(reject_row(a.id, a.url, a.origin or a.id, outcome.error or "failed"))
        else:
            rows.extend(document_output(outcome.document))
        if len(rows) >= ROWS_PER_BATCH:
            yield rows
            rows = []
    if rows:
        yield rows


def code_batches(batches: Iterable[pa.RecordBatch], config: Config, published: Any = None) -> Iterator[pa.RecordBatch]:
    """The ``mapInArrow`` function: article record batches in, output row batches out."""
    for batch in batches:
        for rows in code_records(batch.to_pylist(), config, published):
            yield _to_batch(rows)
