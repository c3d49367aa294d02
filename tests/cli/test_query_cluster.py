"""``eventwire query --cluster ID``: one cluster's member events, in real subprocesses."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from eventwire import Pipeline, make_article
from eventwire.document import Document
from eventwire.ids import event_id
from eventwire.model import Actor, CameoCoding, Event, PloverCoding, Span

pytestmark = pytest.mark.slow

RUNNER = Path(__file__).resolve().parents[1] / "run_cli.py"
TEXT = "Ghana signed a trade deal with Peru."


def deal(doc: Document) -> Document:
    """The one event of TEXT: Ghana agrees with Peru (the same event in every article)."""
    a = doc.article
    ghana = Actor("Ghana", "Ghana", "GHA", "GOV", "GHAGOV", None, "country", 0, [Span(0, 5, 0, "Ghana")])
    peru = Actor("Peru", "Peru", "PER", "GOV", "PERGOV", None, "country", 1, [Span(31, 35, 0, "Peru")])
    doc.events.append(Event(
        id=event_id(a.id, 0, 6, "AGREE"), article_id=a.id, sentence=0, trigger=Span(6, 12, 0, "signed"),
        lemma="sign", plover=PloverCoding("AGREE", None, ["economic"]), cameo=CameoCoding("057", "05", 1, 8.0),
        actor=[ghana], recipient=[peru], text=TEXT))
    return doc


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(RUNNER), *args], capture_output=True, timeout=120)


def test_query_one_cluster(tmp_path):
    from eventwire.store import EventStore

    db = tmp_path / "c.duckdb"
    arts = [make_article(TEXT, id=f"a{i}", outlet=outlet, published="2023-02-0" + str(i + 1))
            for i, outlet in enumerate(["North Star", "South Wind", "North Star"])]
    with EventStore(db) as store:
        store.add(Pipeline([("deal", deal)]).pipe(arts))
        store.update_clusters()
    listed = [json.loads(x) for x in cli("query", "--db", str(db), "--clusters", "-o", "json").stdout.splitlines()]
    assert len(listed) == 1 and listed[0]["num_articles"] == 3 and listed[0]["num_sources"] == 2
    cid = listed[0]["id"]
    p = cli("query", "--db", str(db), "--cluster", cid, "-o", "json")
    assert p.returncode == 0, p.stderr.decode()
    rows = [json.loads(x) for x in p.stdout.splitlines()]
    assert [r["member_position"] for r in rows] == [0, 1, 2]
    assert [r["article_id"] for r in rows] == ["a0", "a1", "a2"] and {r["cameo_code"] for r in rows} == {"057"}
    table = cli("query", "--db", str(db), "--cluster", cid).stdout.decode()
    assert "3 mentions in 3 articles from 2 outlets" in table and "AGREE" in table
    missing = cli("query", "--db", str(db), "--cluster", "c-none")
    assert missing.returncode == 2 and "no cluster" in missing.stderr.decode()


def test_cluster_list_columns_print_as_joined_text(tmp_path):
    from eventwire.store import EventStore

    db = tmp_path / "c.duckdb"
    arts = [make_article(TEXT, id="a0", outlet="North Star", published="2023-02-01")]
    with EventStore(db) as store:
        store.add(Pipeline([("deal", deal)]).pipe(arts))
        store.update_clusters()
    p = cli("query", "--db", str(db), "--clusters", "-o", "csv")
    assert p.returncode == 0, p.stderr.decode()
    out = p.stdout.decode()
    assert "GHA" in out and "['GHA']" not in out and "[" not in out.splitlines()[1]
