"""Importing a Spark output folder, without Spark: the worker's rows written as Parquet by pyarrow."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from eventwire.config import Config
from eventwire.spark.schema import (EVENT_COLUMNS, INPUT_COLUMNS, REJECT_COLUMNS, TABLE_KINDS, arrow_schema,
                                    table_columns, table_prefix)
from eventwire.spark.worker import code_records
from eventwire.store import EventStore
from eventwire.store.imports import NotSparkOutputError

ARTICLE = {"id": "imp-1", "url": "https://example.test/imp-1", "title": "Envoys expelled",
           "text": "Ghana expelled two Nigerian diplomats on Monday. Nigeria condemned the decision.",
           "published": "2022-04-11", "outlet": "Test Wire", "origin": "feed.jsonl:1"}


def _write_output(records: list[dict], out: Path, parts: int = 1) -> None:
    """The layout `eventwire spark` writes, from the worker's rows (``parts`` files per table)."""
    rows = [r for chunk in code_records([{k: rec.get(k) for k in INPUT_COLUMNS} for rec in records], Config())
            for r in chunk]
    full = pa.Table.from_pylist(rows, schema=arrow_schema())
    layout = {"events": ("event", "", [n for n, _ in EVENT_COLUMNS]),
              "rejects": ("reject", "reject_", [n for n, _ in REJECT_COLUMNS])}
    layout.update({t: (kind, table_prefix(t), [n for n, _ in table_columns(t)]) for t, kind in TABLE_KINDS.items()})
    for table, (kind, prefix, names) in layout.items():
        folder = out / table
        folder.mkdir(parents=True)
        mask = pa.compute.equal(full.column("kind"), kind)
        part = full.filter(mask).select([prefix + n for n in names]).rename_columns(names)
        if part.num_rows:
            for i in range(parts):  # the same rows again, as a duplicated input record would give
                pq.write_table(part, folder / f"part-{i}.parquet")


def _count(store: EventStore, table: str) -> int:
    return store.sql(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_an_article_given_twice_in_one_output_is_imported_once(tmp_path, pipeline):
    _write_output([ARTICLE], tmp_path / "out", parts=2)
    with EventStore(tmp_path / "s.duckdb") as store:
        counts = store.import_spark(tmp_path / "out", run_id="r1")
        assert counts.articles_seen == counts.articles_added == 1
        n_events = len(pipeline(ARTICLE["text"], published=ARTICLE["published"]).events)
        assert counts.events_added == _count(store, "events") == n_events > 0
        assert _count(store, "event_actors") == store.sql(
            "SELECT sum(len(actor_names) + len(recipient_names)) FROM events").fetchone()[0]
        # The Spark-only columns (event_date, according_to, ...) are dropped, the run id set.
        assert store.sql("SELECT DISTINCT run_id FROM articles").fetchall() == [("r1",)]
        assert store.events().columns[:2] == ["id", "article_id"]


def test_an_output_of_rejects_only_fills_the_rejects_table_once(tmp_path):
    bad = dict(ARTICLE, id="imp-bad", text="  ", origin="feed.jsonl:2")
    _write_output([bad], tmp_path / "out")
    assert not list((tmp_path / "out" / "articles").glob("*.parquet"))
    with EventStore(tmp_path / "s.duckdb") as store:
        store.add_reject("feed.jsonl:2", "empty or whitespace-only text")  # already known
        counts = store.import_spark(tmp_path / "out")
        assert (counts.articles_added, counts.rejects) == (0, 0)
        assert store.sql("SELECT origin, reason FROM rejects").fetchall() == [
            ("feed.jsonl:2", "empty or whitespace-only text")]


def test_a_folder_without_the_tables_is_refused_before_touching_the_store(tmp_path):
    (tmp_path / "out" / "articles").mkdir(parents=True)
    with EventStore(tmp_path / "s.duckdb") as store:
        with pytest.raises(NotSparkOutputError, match="no events/"):
            store.import_spark(tmp_path / "out")
        with pytest.raises(NotSparkOutputError, match="no such folder"):
            store.import_spark(tmp_path / "missing")
        assert _count(store, "runs") == 0
