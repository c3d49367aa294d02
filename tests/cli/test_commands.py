"""The real ``eventwire`` command line in subprocesses: code, show, query, export, stats,
exit codes, idempotent re-runs, SIGKILL-and-resume, and workers."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from eventwire.store import TABLES, EventStore

import eventstage

RUN_CLI = Path(__file__).resolve().parents[1] / "run_cli.py"
pytestmark = pytest.mark.slow


def cli(*args: str, check_code: int | None = None, input: bytes | None = None, cwd: Path | None = None):
    env = {**os.environ, "EVENTWIRE_QUIET": "1"}
    proc = subprocess.run([sys.executable, str(RUN_CLI), *args], capture_output=True, input=input, env=env,
                          cwd=cwd, timeout=600)
    if check_code is not None:
        assert proc.returncode == check_code, proc.stderr.decode()[-3000:]
    return proc


@pytest.fixture(scope="module")
def work(tmp_path_factory):
    """A folder of generated inputs, a stage config, and a JSONL with some bad lines."""
    d = tmp_path_factory.mktemp("cli")
    (d / "stages.toml").write_text('stages = ["nlp", "actors", "test_events"]\nbatch_size = 8\n', encoding="utf-8")
    inputs = d / "in"
    inputs.mkdir()
    for a in eventstage.articles(6):
        (inputs / f"{a['id']}.txt").write_text(
            f"title: {a['title']}\noutlet: {a['outlet']}\npublished: {a['published']}\n\n{a['text']}\n", encoding="utf-8")
    (inputs / "broken.jsonl").write_text('{"text": "Kenya met Ghana."}\n{"text": oops}\n', encoding="utf-8")
    (inputs / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    return d


def table_rows(path: Path, skip=("runs",)) -> dict[str, list[tuple]]:
    with EventStore(path, read_only=True) as s:
        return {t: sorted(s.sql(f"SELECT * FROM {t}").fetchall(), key=repr) for t in TABLES if t not in skip}


def test_code_file_prints_plover_lines(work):
    f = work / "in" / "t0001.txt"
    p = cli("code", str(f), "--published", "2019-11-04", "--format", "plover", "--config", str(work / "stages.toml"),
            check_code=0)
    recs = [json.loads(line) for line in p.stdout.decode().splitlines()]
    assert len(recs) == 3
    for r in recs:
        assert list(r)[:13] == ["id", "date", "enddate", "actor", "recipient", "event", "mode", "context",
                                "event_loc", "event_text", "quad_code", "text_info", "cite_info"]
        assert r["cite_info"]["published"] == "2019-11-04" and r["date"] == "2019-11-04"
        assert isinstance(r["cameo"]["code"], str)


def test_code_twice_into_db_leaves_same_rows_and_exit_codes(work, tmp_path):
    db = tmp_path / "x.duckdb"
    args = ["code", str(work / "in"), "--db", str(db), "--config", str(work / "stages.toml")]
    first = cli(*args, check_code=1)  # the bad JSON line and the PNG are rejected
    err = first.stderr.decode()
    assert "broken.jsonl:2: malformed JSON" in err and "picture.png: unknown file type .png" in err
    rows1 = table_rows(db)
    assert len(rows1["articles"]) == 7 and len(rows1["events"]) == 19 and len(rows1["rejects"]) == 2
    cli(*args, check_code=1)
    assert table_rows(db) == rows1
    with EventStore(db, read_only=True) as s:
        assert s.sql("SELECT count(*), max(executions), max(articles_skipped) FROM runs").fetchone() == (1, 2, 7)
    # Only good inputs: exit 0.
    assert cli("code", str(work / "in" / "t0000.txt"), "--db", str(db), "--config", str(work / "stages.toml")).returncode == 0


def test_usage_errors_exit_2(work, tmp_path):
    assert cli("code", str(work / "in"), "--format", "yaml").returncode == 2
    assert cli("query", "--db", str(tmp_path / "none.duckdb")).returncode == 2
    assert cli("code", str(work / "in"), "--published", "not a date").returncode == 2
    assert cli("nonsense").returncode == 2


@pytest.fixture(scope="module")
def db(work, tmp_path_factory):
    path = tmp_path_factory.mktemp("db") / "s.duckdb"
    cli("code", str(work / "in"), "--db", str(path), "--config", str(work / "stages.toml"), "--quiet")
    return path


def test_code_table_format_lists_events(work, db):
    p = cli("code", str(work / "in" / "t0002.txt"), "--db", str(db), "--format", "table",
            "--config", str(work / "stages.toml"), check_code=0)
    out = p.stdout.decode()
    assert "CONSULT" in out and "AGREE" in out and "ASSAULT" in out and "Canada" in out


def test_export_gdelt_has_61_columns(db, tmp_path):
    out = tmp_path / "g.tsv"
    cli("export", "--db", str(db), "--format", "gdelt", "--out", str(out), check_code=0)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 19 and all(len(line.split("\t")) == 61 for line in lines)
    p = cli("export", "--db", str(db), "--format", "plover", "--country", "JPN", check_code=0)
    recs = [json.loads(x) for x in p.stdout.decode().splitlines()]
    assert recs and all("JPN" in [a["code"] for a in r["actor"] + r["recipient"]] for r in recs)
    assert cli("export", "--db", str(db), "--format", "parquet").returncode == 2


def test_query_filters_count_by_and_sql(db):
    p = cli("query", "--db", str(db), "--type", "AGREE", "--output", "json", check_code=0)
    recs = [json.loads(x) for x in p.stdout.decode().splitlines()]
    assert len(recs) == 6 and {r["plover_type"] for r in recs} == {"AGREE"}
    p = cli("query", "--db", str(db), "--count-by", "claimant", "--output", "csv", check_code=0)
    lines = p.stdout.decode().splitlines()
    assert lines[0] == "claimant,events" and "Daily Ledger,6" in lines
    p = cli("query", "--db", str(db), "--count-by", "claimant_code", "--output", "csv", check_code=0)
    codes = dict(line.rsplit(",", 1) for line in p.stdout.decode().splitlines()[1:])
    with EventStore(db, read_only=True) as s:
        total = s.sql("SELECT count(*) FROM events").fetchone()[0]
        sourced = s.sql("SELECT count(DISTINCT event_id) FROM attributions WHERE kind <> 'outlet'").fetchone()[0]
    assert sum(int(n) for n in codes.values()) == total  # every event counted once
    assert int(codes.get("(the article itself)", 0)) <= total - sourced
    p = cli("query", "--db", str(db), "--sql", "SELECT count(*) AS n FROM events WHERE cameo_code = '036'",
            "--output", "csv", check_code=0)
    assert p.stdout.decode().splitlines() == ["n", "7"]
    assert cli("query", "--db", str(db), "--sql", "SELECT * FROM nowhere").returncode == 2


def test_show_stored_article_and_file(work, db):
    with EventStore(db, read_only=True) as s:
        article_id = s.sql("SELECT id FROM articles WHERE title = 'Talks number 1'").fetchone()[0]
    p = cli("show", article_id, "--db", str(db), check_code=0)
    out = p.stdout.decode()
    for needle in ("#1 CONSULT / CAMEO 036", "who", "whom", "when", "where", "according to", "actors (one row per entity",
                   "test:meet", "Hanoi"):
        assert needle in out, needle
    p = cli("show", str(work / "in" / "t0004.txt"), "--config", str(work / "stages.toml"), check_code=0)
    assert "ASSAULT" in p.stdout.decode()
    assert cli("show", "no-such-id", "--db", str(db)).returncode == 2


def test_stats_json(db):
    st = json.loads(cli("stats", "--db", str(db), "--json", check_code=0).stdout)
    assert st["tables"]["articles"] == 7 and st["tables"]["events"] == 19


def test_stdin_input(work):
    text = (work / "in" / "t0005.txt").read_bytes()
    p = cli("code", "-", "--config", str(work / "stages.toml"), input=text, check_code=0)
    assert len(p.stdout.decode().splitlines()) == 3


@pytest.mark.timeout(900)
def test_sigkill_mid_run_then_resume_equals_uninterrupted_run(work, tmp_path):
    corpus = tmp_path / "many.jsonl"
    with corpus.open("w", encoding="utf-8") as fh:
        for i, a in enumerate(eventstage.articles(160)):
            fh.write(json.dumps(a) + "\n")
            if i in (5, 100):
                fh.write('{"text": "unterminated\n')
    cfg = str(work / "stages.toml")
    clean = tmp_path / "clean.duckdb"
    cli("code", str(corpus), "--db", str(clean), "--config", cfg, "--quiet")

    killed = tmp_path / "killed.duckdb"
    env = {**os.environ, "EVENTWIRE_QUIET": "1"}
    proc = subprocess.Popen([sys.executable, str(RUN_CLI), "code", str(corpus), "--db", str(killed), "--config", cfg,
                             "--quiet", "--verbose"], stderr=subprocess.PIPE, env=env)
    assert proc.stderr is not None
    while True:  # wait for the first committed batch, then kill without warning
        line = proc.stderr.readline().decode()
        assert line, "the run ended before committing a batch"
        if "stored" in line:
            break
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    with EventStore(killed, read_only=True) as s:
        partial = s.sql("SELECT count(*) FROM articles").fetchone()[0]
    assert 0 < partial < 160  # the kill landed mid-run

    cli("code", str(corpus), "--db", str(killed), "--config", cfg, "--quiet")
    resumed, expected = table_rows(killed), table_rows(clean)
    assert len(expected["articles"]) == 160 and len(expected["rejects"]) == 2
    assert resumed == expected


def test_workers_give_the_same_events_as_one_process(work, tmp_path):
    corpus = tmp_path / "w.jsonl"
    corpus.write_text("".join(json.dumps(a) + "\n" for a in eventstage.articles(24)), encoding="utf-8")
    cfg = str(work / "stages.toml")
    one = cli("code", str(corpus), "--config", cfg, "--workers", "1", check_code=0).stdout.decode().splitlines()
    two = cli("code", str(corpus), "--config", cfg, "--workers", "2", check_code=0).stdout.decode().splitlines()
    assert len(one) == 72
    assert sorted(one) == sorted(two)
    db1, db2 = tmp_path / "w1.duckdb", tmp_path / "w2.duckdb"
    cli("code", str(corpus), "--db", str(db1), "--config", cfg, "--workers", "1", check_code=0)
    cli("code", str(corpus), "--db", str(db2), "--config", cfg, "--workers", "2", check_code=0)
    assert table_rows(db1) == table_rows(db2)


def test_bench_reports_rates_ratio_rss_and_stage_times(work, tmp_path):
    out = tmp_path / "bench.json"
    p = cli("bench", "--corpus", str(work / "in"), "--limit", "5", "--json", str(out),
            "--config", str(work / "stages.toml"), check_code=0)
    text = p.stdout.decode()
    assert "parse only (spaCy)" in text and "full pipeline + DuckDB" in text and "peak RSS" in text
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["articles"] == 5 and data["tokens"] > 0 and data["events"] == 13  # "Kenya met Ghana." + 4 articles x 3
    assert data["parse_articles_per_s"] > 0 and data["full_articles_per_s"] > 0
    assert data["ratio_full_to_parse"] == pytest.approx(data["full_articles_per_s"] / data["parse_articles_per_s"], rel=0.01)
    assert set(data["stage_seconds"]) == {"nlp", "actors", "test_events"}
    assert data["peak_rss_mb"] >= data["rss_mb_after_load"] > 50
