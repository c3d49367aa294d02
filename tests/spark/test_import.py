"""``eventwire spark`` then ``eventwire import``: the same store as ``eventwire code --db``.

One Spark run over ``examples/`` (plus an empty file, a reject) is shared by the module.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.filterwarnings("ignore:PySpark does not yet fully support pandas")]

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples"
#: Tables compared row for row (every column but ``run_id``, which names each run).
COMPARED = ("articles", "events", "event_actors", "attributions", "places", "rejects",
            "clusters", "cluster_members")


def _run_cli(*args: str):
    from typer.testing import CliRunner

    from eventwire.cli import _load_commands, app

    _load_commands()
    return CliRunner().invoke(app, list(args))


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> list[str]:
    empty = tmp_path_factory.mktemp("inputs") / "empty.txt"
    empty.write_text("\n", encoding="utf-8")
    return [str(EXAMPLES), str(empty)]


@pytest.fixture(scope="module")
def spark_out(spark, inputs, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("spark") / "out"
    result = _run_cli("spark", *inputs, "--out", str(out), "--master", "local[2]", "--quiet")
    assert result.exit_code == 1, result.output  # the empty file is rejected
    return out


@pytest.fixture(scope="module")
def code_db(inputs, tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("code") / "code.duckdb"
    result = _run_cli("code", *inputs, "--db", str(db), "--quiet")
    assert result.exit_code == 1, result.output
    return db


@pytest.fixture(scope="module")
def imported(spark_out, tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("import") / "imported.duckdb"
    result = _run_cli("import", str(spark_out), "--db", str(db))
    assert result.exit_code == 0, result.output
    return db


def _differences(a: Path, b: Path) -> dict[str, tuple[int, int, int]]:
    """Per table: (rows in a, rows only in a, rows only in b), comparing all columns but run_id."""
    import duckdb

    con = duckdb.connect()
    con.execute(f"ATTACH '{a}' AS a (READ_ONLY)")
    con.execute(f"ATTACH '{b}' AS b (READ_ONLY)")
    out = {}
    for t in COMPARED:
        cols = ", ".join(r[0] for r in con.execute(f"DESCRIBE a.{t}").fetchall() if r[0] != "run_id")
        only_a = con.execute(f"SELECT count(*) FROM (SELECT {cols} FROM a.{t} EXCEPT ALL SELECT {cols} FROM b.{t})").fetchone()[0]
        only_b = con.execute(f"SELECT count(*) FROM (SELECT {cols} FROM b.{t} EXCEPT ALL SELECT {cols} FROM a.{t})").fetchone()[0]
        out[t] = (con.execute(f"SELECT count(*) FROM a.{t}").fetchone()[0], only_a, only_b)
    con.close()
    return out


def _counts(db: Path) -> dict[str, int]:
    from eventwire.store import EventStore

    with EventStore(db, read_only=True) as store:
        return {t: store.sql(f"SELECT count(*) FROM {t}").fetchone()[0] for t in COMPARED}


def test_spark_output_holds_every_store_table(spark_out):
    import pandas as pd

    for table in ("articles", "events", "event_actors", "attributions", "places", "rejects"):
        assert (spark_out / table).is_dir(), table
    articles = pd.read_parquet(spark_out / "articles")
    assert articles["id"].is_unique and len(articles) > 20
    assert articles["run_id"].isna().all()  # the import sets the run


def test_import_builds_the_store_eventwire_code_builds(imported, code_db):
    diff = _differences(code_db, imported)
    for table, (rows, only_code, only_import) in diff.items():
        assert (only_code, only_import) == (0, 0), f"{table}: {diff[table]}"
    for table in ("articles", "events", "event_actors", "attributions", "places", "rejects", "clusters"):
        assert diff[table][0] > 0, table


def test_imported_articles_belong_to_the_import_run(imported, spark_out):
    from eventwire.store import EventStore

    with EventStore(imported, read_only=True) as store:
        runs = store.sql("SELECT id, inputs, status, articles_added, events_added FROM runs").fetchall()
        assert len(runs) == 1
        rid, inputs, status, added, events = runs[0]
        assert status == "finished" and str(spark_out) in inputs
        assert added == store.sql("SELECT count(*) FROM articles WHERE run_id = ?", [rid]).fetchone()[0] > 0
        assert events == store.count_events()


def test_importing_twice_or_over_a_coded_store_adds_nothing(imported, code_db, spark_out, tmp_path):
    before = _counts(imported)
    again = _run_cli("import", str(spark_out), "--db", str(imported))
    assert again.exit_code == 0, again.output
    assert "0 articles added" in again.output
    assert _counts(imported) == before
    # Overlapping outputs: every article is already in a store `eventwire code` filled.
    coded = tmp_path / "coded.duckdb"
    shutil.copy(code_db, coded)
    expected = _counts(coded)
    from eventwire.store import EventStore

    with EventStore(coded) as store:
        counts = store.import_spark(spark_out)
    assert counts.articles_added == 0 and counts.articles_skipped == expected["articles"]
    assert counts.events_added == 0 and counts.rejects == 0
    assert _counts(coded) == expected


def test_a_failing_import_leaves_no_half_article(spark_out, tmp_path):
    # A damaged places file fails the import after articles and events were inserted:
    # the transaction rolls back, so the store holds nothing of the output.
    import duckdb

    from eventwire.store import EventStore

    broken = tmp_path / "out"
    shutil.copytree(spark_out, broken)
    for part in (broken / "places").glob("*.parquet"):
        part.write_bytes(b"not parquet at all")
    with EventStore(tmp_path / "s.duckdb") as store:
        with pytest.raises(duckdb.Error):
            store.import_spark(broken)
        assert {t: store.sql(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("articles", "events", "event_actors", "attributions", "rejects")} == dict.fromkeys(
            ("articles", "events", "event_actors", "attributions", "rejects"), 0)


def test_not_a_spark_output_is_a_usage_error_naming_the_folder(tmp_path, monkeypatch, capsys):
    from eventwire.cli import main

    folder = tmp_path / "plain"
    folder.mkdir()
    (folder / "notes.txt").write_text("not coded\n", encoding="utf-8")
    db = tmp_path / "s.duckdb"
    monkeypatch.setattr("sys.argv", ["eventwire", "import", str(folder), "--db", str(db)])
    with pytest.raises(SystemExit) as exc:
        main()
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert str(folder) in err and "not an `eventwire spark` output" in err
    assert not db.exists()  # nothing created for a wrong folder
    # An output of the older events-only Spark path says what to do.
    (folder / "events").mkdir()
    monkeypatch.setattr("sys.argv", ["eventwire", "import", str(folder), "--db", str(db)])
    with pytest.raises(SystemExit) as exc:
        main()
    assert exc.value.code == 2
    assert "run it again" in capsys.readouterr().err
