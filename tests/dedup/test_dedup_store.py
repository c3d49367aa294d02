"""Clusters in the DuckDB store: incremental updates, idempotence, filters, upgrade, exports."""

from __future__ import annotations

import datetime as dt
import io

import pytest

from dedup_builders import HANOI, KIM, SINGAPORE, TRUMP, actors, article, event, outcome
from eventwire import StoreError
from eventwire.store import EventStore

D = dt.date
SUMMIT = D(2018, 6, 12)


def summit_day():
    """Three outlets on the Singapore summit, one on an unrelated protest."""
    a1, a2, a3 = (article("s1", "Harbor Times", SUMMIT), article("s2", "Daily Ledger", SUMMIT),
                  article("s3", "Harbor Times", D(2018, 6, 13)))
    return [
        outcome(a1, [event(a1, "CONSULT", actors(TRUMP), actors(KIM), day=SUMMIT, place=SINGAPORE),
                     event(a1, "PROTEST", actors("KOR"), actors("USA"), day=SUMMIT, lemma="protest")]),
        outcome(a2, [event(a2, "CONSULT", actors("PRK"), actors("USA"), day=SUMMIT, place=SINGAPORE)]),
        outcome(a3, [event(a3, "CONSULT", actors("USA"), actors("PRK"), place=SINGAPORE, lemma="summit")]),
    ]


def rows(store: EventStore) -> dict[str, list[tuple]]:
    return {t: store.sql(f"SELECT * FROM {t} ORDER BY ALL").fetchall() for t in ("clusters", "cluster_members")}


@pytest.fixture()
def store(tmp_path):
    s = EventStore(tmp_path / "c.duckdb")
    yield s
    s.close()


def test_update_clusters_fills_both_tables_and_counts(store):
    store.add(summit_day())
    counts = store.update_clusters()
    assert counts.events_assigned == 4 and counts.clusters_created == 2 and counts.clusters_total == 2
    top = store.clusters(order="-mentions").fetchone()
    cols = store.clusters().columns
    c = dict(zip(cols, top))
    assert c["plover_type"] == "CONSULT" and (c["num_mentions"], c["num_articles"], c["num_sources"]) == (3, 3, 2)
    assert c["date_start"] == SUMMIT and c["date_precision"] == "day" and c["place_name"] == "Singapore"
    assert c["first_seen"] == SUMMIT and c["last_seen"] == D(2018, 6, 13)
    assert sorted(c["outlets"]) == ["daily ledger", "harbor times"]
    assert store.sql("SELECT count(*) FROM cluster_members").fetchone()[0] == 4


def test_updating_again_changes_nothing(store):
    store.add(summit_day())
    store.update_clusters()
    before = rows(store)
    again = store.update_clusters()
    assert again.events_assigned == 0 and again.clusters_total == 2
    assert rows(store) == before


def test_new_articles_join_existing_clusters_incrementally(store):
    store.add(summit_day())
    store.update_clusters()
    [(cid,)] = store.clusters(columns="id", type="CONSULT").fetchall()
    late = article("s4", "Evening Post", D(2018, 6, 14))
    store.add([outcome(late, [event(late, "CONSULT", actors(TRUMP), actors(KIM), day=SUMMIT, place=SINGAPORE)])])
    counts = store.update_clusters()
    assert counts.events_assigned == 1 and counts.clusters_created == 0 and counts.clusters_updated == 1
    c = store.cluster(cid)
    assert c["num_articles"] == 4 and c["num_sources"] == 3
    assert [m["position"] for m in c["mentions"]] == [0, 1, 2, 3]
    assert c["mentions"][-1]["article_id"] == "s4" and c["mentions"][-1]["score"] >= 2.0


def test_historical_mention_in_a_later_article_joins_the_stored_cluster(store):
    store.add(summit_day())
    store.update_clusters()
    later = article("y2019", "Weekly Review", D(2019, 11, 4))
    back = event(later, "CONSULT", actors(TRUMP), actors(KIM), day=D(2018, 1, 1), end=D(2018, 12, 31),
                 precision="year", place=SINGAPORE, historical=True, lemma="summit")
    hanoi = event(later, "CONSULT", actors(TRUMP), actors(KIM), day=D(2019, 2, 28), place=HANOI, historical=True)
    store.add([outcome(later, [back, hanoi])])
    counts = store.update_clusters()
    assert counts.clusters_created == 1  # Hanoi has no earlier reports here: its own (historical) cluster
    [(sg,)] = store.clusters(columns="id", event_id=back.id).fetchall()
    [(hn, hist)] = store.clusters(columns="id, historical", event_id=hanoi.id).fetchall()
    assert sg != hn and hist is True
    assert store.cluster(sg)["num_articles"] == 4


def test_incremental_equals_one_pass_when_reports_arrive_in_order(tmp_path):
    outs = summit_day()
    one = EventStore(tmp_path / "one.duckdb")
    one.add(outs)
    one.update_clusters()
    inc = EventStore(tmp_path / "inc.duckdb")
    for o in outs:
        inc.add([o])
        inc.update_clusters()
    assert rows(inc) == rows(one)
    rebuilt = one.update_clusters(rebuild=True)
    assert rebuilt.events_assigned == 4 and rows(one) == rows(inc)


def test_cluster_filters(store):
    store.add(summit_day())
    store.update_clusters()
    assert store.count_clusters() == 2
    assert store.count_clusters(country="PRK") == 1 and store.count_clusters(type="PROTEST") == 1
    assert store.count_clusters(min_articles=2) == 1 and store.count_clusters(min_sources=3) == 0
    assert store.count_clusters(since="2018-06-13") == 0 and store.count_clusters(until="2018-06-12") == 2
    assert store.count_clusters(article_id="s2") == 1 and store.count_clusters(outlet="Daily Ledger") == 1
    assert store.count_clusters(modality="asserted", historical=False) == 2
    assert store.clusters(order="-articles", columns=["num_articles"]).fetchall() == [(3,), (1,)]


def test_gdelt_export_uses_cluster_counts(store):
    store.add(summit_day())
    buf = io.StringIO()
    store.export("gdelt", buf)  # before clustering: every event counts once
    assert {tuple(line.split("\t")[31:34]) for line in buf.getvalue().splitlines()} == {("1", "1", "1")}
    store.update_clusters()
    buf = io.StringIO()
    store.export("gdelt", buf)
    counts = sorted(tuple(line.split("\t")[31:34]) for line in buf.getvalue().splitlines())
    assert counts == [("1", "1", "1"), ("3", "2", "3"), ("3", "2", "3"), ("3", "2", "3")]


def test_version_1_store_is_readable_and_upgraded_when_opened_for_writing(tmp_path):
    path = tmp_path / "old.duckdb"
    with EventStore(path) as s:  # make it look like a store written before dedup existed
        s.add(summit_day())
        s.sql("DROP TABLE cluster_members")
        s.sql("DROP TABLE clusters")
        s.sql("DELETE FROM schema_version")
        s.sql("INSERT INTO schema_version VALUES (1, 'eventwire 0.1.0')")
    with EventStore(path, read_only=True) as s:
        assert s.count_events() == 4 and s.stats()["tables"]["events"] == 4
        assert "clusters" not in s.stats()["tables"]
        buf = io.StringIO()
        assert s.export("gdelt", buf) == 4
        with pytest.raises(StoreError, match="upgrade"):
            s.clusters()
    with EventStore(path) as s:
        assert s.sql("SELECT max(version) FROM schema_version").fetchone()[0] == 3
        assert s.update_clusters().clusters_total == 2
    with EventStore(path, read_only=True) as s:
        assert s.count_clusters() == 2


def test_read_only_store_refuses_to_cluster(tmp_path):
    path = tmp_path / "r.duckdb"
    EventStore(path).close()
    with EventStore(path, read_only=True) as s, pytest.raises(StoreError):
        s.update_clusters()


def test_cluster_events_reads_the_events_table_as_relation_rows_or_dataframe(store):
    from eventwire.dedup import cluster_events

    store.add(summit_day())
    store.update_clusters()
    stored = sorted(sorted(json_members) for (json_members,) in
                    store.sql("SELECT list(event_id) FROM cluster_members GROUP BY cluster_id").fetchall())
    rel = store.events(columns="*")
    for source in (rel, rel.df()):
        got = sorted(sorted(c.members) for c in cluster_events(source))
        assert got == stored
