"""Real local-mode Spark: the same events as ``eventwire.code``, partitioned Parquet, rejects, CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .articles import BAD, GOOD

# pyspark warns that it has not been tested with pandas 3; eventwire's Spark path uses Arrow only.
pytestmark = [pytest.mark.slow, pytest.mark.filterwarnings("ignore:PySpark does not yet fully support pandas")]

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples"


def _key(event_id, article_id, ptype, cameo, actors, recipients, date):
    return (event_id, article_id, ptype, cameo, tuple(actors), tuple(recipients), str(date) if date else None)


@pytest.fixture(scope="module")
def written(spark, tmp_path_factory):
    """GOOD + BAD coded by Spark and written to Parquet (the articles are coded once)."""
    from eventwire.spark import code_articles, write_coded

    df = spark.createDataFrame(GOOD + BAD, "id string, url string, title string, text string, published string, outlet string")
    out = tmp_path_factory.mktemp("spark") / "out"
    return write_coded(code_articles(df.repartition(2)), out)


def test_events_equal_eventwire_code(written, pipeline):
    import duckdb

    expected = set()
    for a in GOOD:
        for e in pipeline.code(a["text"], id=a["id"], url=a["url"], title=a["title"],
                               outlet=a["outlet"], published=a["published"]):
            expected.add(_key(e.id, e.article_id, e.plover.type, e.cameo.code,
                              [x.name or x.text for x in e.actor], [x.name or x.text for x in e.recipient],
                              e.when.start if e.when else None))
    rows = duckdb.sql(
        f"SELECT id, article_id, plover_type, cameo_code, actor_names, recipient_names, date_start "
        f"FROM read_parquet('{written.events_path}/*/*.parquet', hive_partitioning = true)").fetchall()
    got = {_key(*r) for r in rows}
    assert len(expected) >= 4
    assert got == expected
    assert written.events == len(rows)


def test_parquet_is_partitioned_by_event_date(written):
    import duckdb
    import pandas as pd

    folders = sorted(p.name for p in written.events_path.iterdir() if p.is_dir())
    assert folders and all(f.startswith("event_date=") for f in folders)
    frame = pd.read_parquet(written.events_path)
    assert len(frame) == written.events
    assert {"event_date", "according_to", "actor_cameo", "plover_context"} <= set(frame.columns)
    # The partition folder is the event's date, as DuckDB reads it back.
    mismatched = duckdb.sql(
        f"SELECT count(*) FROM read_parquet('{written.events_path}/*/*.parquet', hive_partitioning = true) "
        f"WHERE event_date IS DISTINCT FROM date_start").fetchone()[0]
    assert mismatched == 0
    for value in frame["according_to"]:
        assert isinstance(json.loads(value), list)


def test_bad_records_go_to_rejects_and_the_rest_is_coded(written):
    import pandas as pd

    rejects = pd.read_parquet(written.rejects_path)
    reasons = dict(zip(rejects["record_id"], rejects["reason"]))
    assert set(reasons) == {"sp-empty", "sp-baddate"}
    assert reasons["sp-empty"] == "empty or whitespace-only text"
    assert "unparseable date" in reasons["sp-baddate"]
    assert written.rejects == 2
    coded = set(pd.read_parquet(written.events_path)["article_id"])
    assert coded == {a["id"] for a in GOOD}


def _run_cli(*args: str):
    from typer.testing import CliRunner

    from eventwire.cli import _load_commands, app

    _load_commands()
    return CliRunner().invoke(app, list(args))


def test_cli_on_examples_matches_code(spark, tmp_path, pipeline):
    """``eventwire spark`` end to end on a few example files plus an empty one (a reject)."""
    from eventwire.ingest import ReadOptions, read
    from eventwire.model import Article

    files = sorted(EXAMPLES.glob("20*.txt"))[:3]
    assert len(files) == 3
    empty = tmp_path / "empty.txt"
    empty.write_text("\n", encoding="utf-8")
    inputs = [str(f) for f in files] + [str(empty)]
    out = tmp_path / "out"
    result = _run_cli("spark", *inputs, "--out", str(out), "--master", "local[2]")
    assert result.exit_code == 1, result.output  # 1: some records rejected, the rest coded
    import pandas as pd

    events = pd.read_parquet(out / "events")
    articles = [a for a in read(inputs, ReadOptions()) if isinstance(a, Article)]
    expected = {e.id for o in pipeline.pipe(articles) for e in o.events}
    assert set(events["id"]) == expected and expected
    rejects = pd.read_parquet(out / "rejects")
    assert list(rejects["origin"]) == [str(empty)]


def test_cli_reads_jsonl_natively_and_rejects_malformed_lines(spark, tmp_path):
    src = tmp_path / "articles.jsonl"
    lines = [json.dumps({"id": a["id"], "body": a["text"], "date": a["published"]}) for a in GOOD[:2]]
    lines.insert(1, '{"id": "broken", "body": ')
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    result = _run_cli("spark", str(src), "--out", str(out), "--reader", "spark",
                      "--fields", "text=body,published=date", "--quiet")
    assert result.exit_code == 1, result.output
    import pandas as pd

    assert set(pd.read_parquet(out / "events")["article_id"]) == {"sp-1", "sp-2"}
    rejects = pd.read_parquet(out / "rejects")
    assert list(rejects["reason"]) == ["malformed JSON line"]
    assert rejects["origin"][0].endswith("articles.jsonl")


def test_events_load_into_the_store_events_table(written, tmp_path):
    # The Spark events carry the store's events columns: plain SQL fills a store from them.
    from eventwire.store import EventStore
    from eventwire.store.codec import event_from

    store = EventStore(tmp_path / "s.duckdb")
    columns = [r[0] for r in store.con.execute("DESCRIBE events").fetchall()]
    store.con.execute(
        f"INSERT INTO events SELECT {', '.join(columns)} "
        f"FROM read_parquet('{written.events_path}/*/*.parquet', hive_partitioning = true)")
    assert store.count_events() == written.events
    record = store.con.execute("SELECT record FROM events LIMIT 1").fetchone()[0]
    assert event_from(json.loads(record)).article_id in {a["id"] for a in GOOD}
    store.close()


def test_cli_reads_parquet_natively_with_timestamp_dates(spark, tmp_path):
    # A Parquet timestamp column reaches the pipeline as ISO 8601 with its offset.
    import datetime as dt

    import pyarrow as pa
    import pyarrow.parquet as pq

    when = dt.datetime(2021, 6, 2, 4, 30, tzinfo=dt.timezone.utc)
    table = pa.table({"id": ["sp-1", "sp-3"], "text": [GOOD[0]["text"], GOOD[2]["text"]],
                      "published": pa.array([when, when], pa.timestamp("us", tz="UTC"))})
    src = tmp_path / "in.parquet"
    pq.write_table(table, src)
    out = tmp_path / "out"
    result = _run_cli("spark", str(src), "--out", str(out), "--quiet")
    assert result.exit_code == 0, result.output
    import pandas as pd

    events = pd.read_parquet(out / "events")
    assert set(events["article_id"]) == {"sp-1", "sp-3"}
    assert {str(d) for d in events["published_date"]} == {"2021-06-02"}
    assert not (out / "rejects").exists() or pd.read_parquet(out / "rejects").empty
