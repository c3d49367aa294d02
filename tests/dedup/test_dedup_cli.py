"""Dedup through the real command line: short written articles coded into a store, clustered
after the run, listed by ``query --clusters``, re-clustered by ``dedup``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from eventwire.store import EventStore

RUN_CLI = Path(__file__).resolve().parents[1] / "run_cli.py"
pytestmark = pytest.mark.slow

#: Written for this test: two outlets report one meeting, a third outlet another one.
ARTICLES = [
    {"id": "m1", "outlet": "Harbor Times", "published": "2021-03-02",
     "text": "Norway met Vietnam in Oslo on Tuesday to discuss fishing quotas."},
    {"id": "m2", "outlet": "Daily Ledger", "published": "2021-03-03",
     "text": "Officials said Norway met Vietnam in Oslo this week, the first such talks in years."},
    {"id": "m3", "outlet": "Evening Post", "published": "2021-03-03",
     "text": "Kenya met Chile in Hanoi for a trade conference."},
]


def cli(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "EVENTWIRE_QUIET": "1"}
    return subprocess.run([sys.executable, str(RUN_CLI), *args], capture_output=True, env=env, timeout=600)


@pytest.fixture(scope="module")
def coded(tmp_path_factory):
    d = tmp_path_factory.mktemp("dedupcli")
    (d / "stages.toml").write_text('stages = ["nlp", "actors", "test_events"]\n', encoding="utf-8")
    corpus = d / "news.jsonl"
    corpus.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    db = d / "news.duckdb"
    p = cli("code", str(corpus), "--db", str(db), "--config", str(d / "stages.toml"))
    assert p.returncode == 0, p.stderr.decode()[-2000:]
    assert "3 events clustered, 2 clusters" in p.stderr.decode()
    return d, db


def test_same_meeting_from_two_outlets_is_one_cluster(coded):
    _, db = coded
    p = cli("query", "--db", str(db), "--clusters", "--output", "json")
    assert p.returncode == 0, p.stderr.decode()
    recs = [json.loads(x) for x in p.stdout.decode().splitlines()]
    by_articles = sorted(recs, key=lambda r: -r["num_articles"])
    assert [r["num_articles"] for r in by_articles] == [2, 1]
    assert set(by_articles[0]["actor_countries"] + by_articles[0]["recipient_countries"]) == {"NOR", "VNM"}
    assert by_articles[0]["num_sources"] == 2 and by_articles[0]["place_name"] == "Oslo"
    table = cli("query", "--db", str(db), "--clusters", "--country", "NOR").stdout.decode()
    assert "1 clusters" in table and "CONSULT" in table
    assert cli("query", "--db", str(db), "--clusters", "--claimant", "x").returncode == 2


def test_dedup_command_is_idempotent_and_rebuild_reproduces_the_clusters(coded):
    _, db = coded
    with EventStore(db, read_only=True) as s:
        before = s.sql("SELECT * FROM clusters ORDER BY id").fetchall()
    p = cli("dedup", "--db", str(db))
    assert p.returncode == 0 and "0 events clustered" in p.stderr.decode()
    p = cli("dedup", "--db", str(db), "--rebuild")
    assert p.returncode == 0 and "3 events clustered" in p.stderr.decode()
    with EventStore(db, read_only=True) as s:
        assert s.sql("SELECT * FROM clusters ORDER BY id").fetchall() == before
    assert cli("dedup", "--db", str(db.parent / "missing.duckdb")).returncode == 2
