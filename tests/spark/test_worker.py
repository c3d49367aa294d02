"""The worker side without Spark: records in, event and reject rows out, typed by one schema."""

from __future__ import annotations

import pyarrow as pa

from eventwire.config import Config
from eventwire.spark.schema import (EVENT_COLUMN_NAMES, INPUT_COLUMNS, TABLE_KINDS, arrow_schema,
                                    combined_columns, table_prefix)
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
    events = [r for r in rows if r["kind"] == "event"]
    assert events and {r["published_date"] for r in events} == {dt.date(2022, 3, 4)}
    [article] = [r for r in rows if r["kind"] == "article"]
    assert article["articles__published_date"] == dt.date(2022, 3, 4)


def test_one_pass_yields_every_store_table_as_eventwire_code_stores_it(pipeline):
    # The rows of each table are document_rows' rows for the same article, prefixed by table.
    from eventwire import make_article
    from eventwire.store.rows import document_rows

    record = {k: GOOD[0].get(k) for k in INPUT_COLUMNS}
    rows = [r for chunk in code_records([record], Config()) for r in chunk]
    article = make_article(GOOD[0]["text"], id=GOOD[0]["id"], url=GOOD[0]["url"], title=GOOD[0]["title"],
                           outlet=GOOD[0]["outlet"], published=GOOD[0]["published"],
                           origin="record sp-1")  # the worker names a record without origin so
    expected = document_rows(pipeline(article), None)
    for table, kind in TABLE_KINDS.items():
        prefix = table_prefix(table)
        got = [{k[len(prefix):]: v for k, v in r.items() if k.startswith(prefix)} for r in rows if r["kind"] == kind]
        assert got == expected[table], table
    assert expected["event_actors"] and expected["places"] and expected["attributions"]
    events = [r for r in rows if r["kind"] == "event"]
    assert [e["id"] for e in events] == [e["id"] for e in expected["events"]]
    # Store column types are taken from the store's DDL, so the Arrow batch holds every row.
    table = pa.Table.from_batches(list(code_batches([pa.RecordBatch.from_pylist(
        [record], schema=pa.schema([pa.field(n, pa.string()) for n in INPUT_COLUMNS]))], Config())))
    assert table.schema.field("places__geonameid").type == pa.int64()
    assert table.schema.field("articles__n_events").type == pa.int32()
    assert table.num_rows == len(rows)
