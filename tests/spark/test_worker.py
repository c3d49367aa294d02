"""The worker side without Spark: records in, event and reject rows out, typed by one schema."""

from __future__ import annotations

import pyarrow as pa

from eventwire.config import Config
from eventwire.spark.schema import (EVENT_COLUMN_NAMES, INPUT_COLUMNS, arrow_schema, combined_columns)
from eventwire.spark.worker import code_batches, code_records, config_key, pipeline_for
from eventwire.store.rows import event_row

from .articles import BAD, GOOD


def test_event_columns_cover_the_store_events_table(pipeline):
    # The Spark output keeps every column of the store's events table, under the same name.
    events = pipeline.code(GOOD[2]["text"], published=GOOD[2]["published"])
    assert events
    from eventwire import make_article

    store_columns = list(event_row(events[0], make_article(GOOD[2]["text"])))
    assert list(EVENT_COLUMN_NAMES[:len(store_columns)]) == store_columns
    assert EVENT_COLUMN_NAMES[-1] == "event_date"


def test_pipeline_is_built_once_per_configuration():
    cfg = Config()
    assert pipeline_for(cfg) is pipeline_for(Config())
    assert config_key(cfg) != config_key(Config(batch_size=3))


def test_bad_records_become_rejects_and_good_ones_events():
    records = [{k: r.get(k) for k in INPUT_COLUMNS} for r in GOOD[:1] + BAD]
    records.append({"id": None, "origin": "feed.jsonl:7", "problem": "malformed JSON line"})
    rows = [row for chunk in code_records(records, Config()) for row in chunk]
    rejects = {r["reject_record_id"]: r["reject_reason"] for r in rows if r["kind"] == "reject"}
    assert rejects["sp-empty"] == "empty or whitespace-only text"
    assert "unparseable date" in rejects["sp-baddate"]
    assert rejects[None] == "malformed JSON line"
    events = [r for r in rows if r["kind"] == "event"]
    assert events and {e["article_id"] for e in events} == {"sp-1"}
    assert all(e["event_date"] == e["date_start"] for e in events)


def test_batches_carry_the_declared_arrow_types():
    batch = pa.RecordBatch.from_pylist([{k: r.get(k) for k in INPUT_COLUMNS} for r in GOOD],
                                       schema=pa.schema([pa.field(n, pa.string()) for n in INPUT_COLUMNS]))
    out = list(code_batches([batch], Config()))
    assert out and all(b.schema == arrow_schema() for b in out)
    assert [f.name for f in arrow_schema()] == [n for n, _ in combined_columns()]
    table = pa.Table.from_batches(out)
    assert table.schema.field("quad_class").type == pa.int8()
    assert table.schema.field("event_date").type == pa.date32()


def test_published_override_fills_every_article():
    import datetime as dt

    record = {k: GOOD[2].get(k) for k in INPUT_COLUMNS}
    record["published"] = None
    rows = [r for chunk in code_records([record], Config(), dt.date(2022, 3, 4)) for r in chunk]
    assert rows and {r["published_date"] for r in rows} == {dt.date(2022, 3, 4)}
