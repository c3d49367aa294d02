"""EventStore: schema, idempotent adds, filters (parameterized), article/event views, conversions."""

from __future__ import annotations

import duckdb
import pytest

import eventwire
from eventwire import Pipeline, StoreError, make_article
from eventwire.pipeline import Outcome
from eventwire.store import TABLES, EventStore

import eventstage


@pytest.fixture(scope="module")
def outcomes():
    pipe = Pipeline(eventstage.STAGES)
    arts = [make_article(**a) for a in eventstage.articles(12)]
    return list(pipe.pipe(arts))


@pytest.fixture()
def store(tmp_path, outcomes):
    s = EventStore(tmp_path / "t.duckdb")
    s.add(outcomes, rejects=[("feed.jsonl:3", "malformed JSON")])
    yield s
    s.close()


def counts(s: EventStore) -> dict[str, int]:
    return {t: s.sql(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def test_add_fills_every_table(store):
    c = counts(store)
    assert c["articles"] == 12
    assert c["events"] == 36  # three events per generated article
    assert c["event_actors"] > 0 and c["attributions"] == 24 and c["places"] == 12
    assert c["rejects"] == 1


def test_readding_the_same_outcomes_adds_nothing(store, outcomes):
    before = counts(store)
    result = store.add(outcomes, rejects=[("feed.jsonl:3", "malformed JSON")])
    assert result.articles_added == 0 and result.articles_skipped == 12 and result.rejects == 0
    assert counts(store) == before


def test_a_duplicate_article_within_one_batch_is_stored_once(tmp_path, outcomes):
    s = EventStore(tmp_path / "dup.duckdb")
    r = s.add([outcomes[0], outcomes[0], outcomes[1]])
    assert r.articles_added == 2 and r.articles_skipped == 1
    assert counts(s)["articles"] == 2


def test_failed_outcome_becomes_a_reject(tmp_path):
    s = EventStore(tmp_path / "f.duckdb")
    art = make_article("Kenya signed.", origin="x.txt")
    r = s.add([Outcome(art, None, "stage 'events' failed: ValueError: boom")])
    assert r.rejects == 1 and r.articles_added == 0
    assert s.sql("SELECT origin, reason FROM rejects").fetchall() == [("x.txt", "stage 'events' failed: ValueError: boom")]
    assert s.add_reject("x.txt", "stage 'events' failed: ValueError: boom") is False


def test_a_failing_transaction_leaves_nothing_behind(store):
    before = counts(store)
    with pytest.raises(RuntimeError), store.transaction() as cur:
        cur.execute("DELETE FROM events")
        cur.execute("INSERT INTO rejects VALUES ('k', 'o', 'r', NULL)")
        raise RuntimeError("stop half-way")
    assert counts(store) == before
    with store.transaction() as cur:
        cur.execute("INSERT INTO rejects VALUES ('k', 'o', 'r', NULL)")
    assert counts(store)["rejects"] == before["rejects"] + 1


def test_cameo_codes_are_strings_with_leading_zeros(store):
    codes = {r[0] for r in store.sql("SELECT cameo_code FROM events").fetchall()}
    assert "036" in codes and "057" in codes
    assert store.sql("SELECT typeof(cameo_code) FROM events LIMIT 1").fetchone()[0] == "VARCHAR"


def test_event_filters(store):
    assert store.count_events() == 36
    assert store.count_events(type="assault") == 12
    assert store.count_events(type=["AGREE", "CONSULT"]) == 24
    assert store.count_events(cameo_root="19") == 12 == store.count_events(quad_class=4)
    assert store.count_events(cameo="03") == 12
    assert store.count_events(modality="reported") == 24
    assert store.count_events(historical=True) == 0
    nor = store.events(country="NOR").df()
    assert len(nor) > 0
    assert all("NOR" in list(a) + list(r) for a, r in zip(nor.actor_countries, nor.recipient_countries))
    assert store.count_events(actor_country="NOR") < store.count_events(country="NOR")
    # The name filter matches text or name; the country filter also catches "Oslo" etc.
    by_name = store.events(actor="norway").df()
    assert 0 < len(by_name) <= store.count_events(country="NOR")
    names = store.sql("SELECT event_id, lower(text || ' ' || coalesce(name, '')) FROM event_actors").fetchall()
    matched = {e for e, t in names if "norway" in t}
    assert set(by_name.id) == matched
    assert store.count_events(claimant="ledger") == 12
    assert store.count_events(text="trade pact") == 12
    assert store.count_events(bbox=(0, 50, 20, 70)) == 4  # Oslo only
    assert store.count_events(place_country="VNM") == 4
    assert store.count_events(since="2021-03-05", until="2021-03-06") == 6
    assert store.count_events(article_id=["t0000", "t0001"]) == 6
    assert store.count_events(outlet="harbor") == 18


def test_filter_values_cannot_inject_sql(store):
    evil = "x') OR 1=1 --"
    assert store.count_events(actor=evil) == 0
    assert store.count_events(type=evil) == 0
    assert store.count_events(claimant="'; DROP TABLE events; --") == 0
    assert counts(store)["events"] == 36


def test_bad_filter_values_are_clear_errors(store):
    with pytest.raises(eventwire.ConfigError, match="since"):
        store.events(since="not a date")
    with pytest.raises(eventwire.ConfigError, match="sort"):
        store.events(order="id; DROP TABLE events")
    with pytest.raises(TypeError):
        store.events(colour="red")


def test_relation_converts_to_pandas_polars_arrow(store):
    rel = store.events(country="VNM", order="-date", limit=5)
    df = rel.df()
    assert len(df) == 5 and "cameo_code" in df.columns and "record" not in df.columns
    assert rel.pl().shape == (5, len(df.columns))
    arrow = rel.arrow()
    table = arrow.read_all() if hasattr(arrow, "read_all") else arrow
    assert table.num_rows == 5
    dates = list(df.date_start)
    assert dates == sorted(dates, reverse=True)


def test_opening_via_eventwire_open(tmp_path, outcomes):
    path = tmp_path / "o.duckdb"
    with eventwire.open(path) as s:
        s.add(outcomes[:2])
    with eventwire.open(path, read_only=True) as s:
        assert s.events().df().shape[0] == 6
        with pytest.raises(StoreError, match="read-only"):
            s.add(outcomes[2:3])


def test_article_view_has_text_layers_and_events(store, outcomes):
    doc = outcomes[1].document
    a = store.article(doc.article.id)
    assert a["text"] == doc.article.text and a["title"] == doc.article.title
    assert a["sentences"] and all(a["text"][s:e].strip() for s, e in a["sentences"])
    assert len(a["events"]) == 3 and {e["plover"]["type"] for e in a["events"]} == {"CONSULT", "AGREE", "ASSAULT"}
    assert len(a["entities"]) == len(doc.entities)
    for m in a["mentions"]:  # mention offsets point at the mention text
        assert a["text"][m["start"]:m["end"]] == m["text"]
    assert a["places"][0]["name"] in ("Oslo", "Hanoi", "Texas")
    assert store.article("nope") is None


def test_event_view_has_record_and_citation(store):
    eid = store.events(type="AGREE", limit=1).fetchone()[0]
    e = store.event(eid)
    assert e["id"] == eid and e["cameo"]["code"] == "057"
    assert e["article"]["outlet"] in ("Daily Ledger", "Harbor Times")
    assert store.event("missing") is None


def test_articles_listing_and_stats(store):
    df = store.articles(outlet="ledger").df()
    assert len(df) == 6 and set(df.n_events) == {3}
    assert "text" not in df.columns
    st = store.stats()
    assert st["tables"]["events"] == 36 and st["by_type"]["ASSAULT"] == 12
    assert st["event_dates"]["first"] == "2021-03-01"


def test_sql_with_parameters(store):
    rel = store.sql("SELECT count(*) FROM events WHERE plover_type = ?", ["AGREE"])
    assert rel.fetchone()[0] == 12
    with pytest.raises(StoreError):
        store.sql("SELECT * FROM no_such_table")


def test_claimant_is_one_group_by(store):
    rows = store.sql("SELECT source_name, count(DISTINCT event_id) FROM attributions "
                     "WHERE position = 0 GROUP BY 1 ORDER BY 1").fetchall()
    assert rows == [("Daily Ledger", 12), ("Harbor Times", 12)]


def test_runs_are_upserted_not_duplicated(store):
    r1 = store.begin_run(["/in/a"], {"model": "m"})
    r2 = store.begin_run(["/in/a"], {"model": "m"})
    r3 = store.begin_run(["/in/b"], {"model": "m"})
    assert r1 == r2 != r3
    rows = dict(store.sql("SELECT id, executions FROM runs").fetchall())
    assert rows == {r1: 2, r3: 1}


def test_wrong_schema_version_is_refused(tmp_path):
    path = tmp_path / "old.duckdb"
    EventStore(path).close()
    con = duckdb.connect(str(path))
    con.execute("UPDATE schema_version SET version = 99")
    con.close()
    with pytest.raises(StoreError, match="schema version 99"):
        EventStore(path)
    with pytest.raises(StoreError, match="no such event store"):
        EventStore(tmp_path / "missing.duckdb", read_only=True)


def test_store_is_usable_from_threads(store):
    import threading

    results: list[int] = []

    def worker():
        results.append(store.count_events(type="AGREE"))

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [12] * 4


def test_loosely_typed_stage_output_is_coerced_not_fatal(tmp_path):
    """A stage that writes an int admin1 code or an int CAMEO code must not break the batch."""
    from eventwire.document import Document
    from eventwire.model import Actor, CameoCoding, Event, Place, PloverCoding, Span

    art = make_article("Kenya met Ghana in Nairobi.", id="k1", published="2020-01-02")
    doc = Document(art)
    doc.notes["sentences"] = [(0, 27)]
    place = Place("Nairobi", "Nairobi", 184745, 1, 36.8, "KEN", 5, "P", "PPLC", 4, Span(19, 26, 0))  # ints
    doc.places.append(place)
    doc.events.append(Event("e1", "k1", 0, Span(6, 9, 0, "met"), "meet", PloverCoding("CONSULT"),
                            CameoCoding(36, "03", 1, 4), actor=[Actor("Kenya", country="KEN", sector="GOV")],
                            where=place))  # type: ignore[arg-type]
    s = EventStore(tmp_path / "c.duckdb")
    assert s.add([Outcome(art, doc)]).events_added == 1
    row = s.sql("SELECT cameo_code, place_admin1, place_lat FROM events").fetchone()
    assert row == ("36", "5", 1.0)


def test_version_2_store_gains_the_anonymous_column_when_opened_for_writing(tmp_path, outcomes):
    path = tmp_path / "v2.duckdb"
    with EventStore(path) as s:  # make it look like a store written before anonymity was recorded
        s.add(outcomes[:2])
        s.sql("ALTER TABLE attributions DROP COLUMN anonymous")
        s.sql("DELETE FROM schema_version")
        s.sql("INSERT INTO schema_version VALUES (2, 'eventwire 0.1.0')")
    with EventStore(path, read_only=True) as s:
        stored = s.sql("SELECT count(*) FROM attributions").fetchone()[0]
        assert stored > 0 and s.version == 2
    with EventStore(path) as s:
        assert s.sql("SELECT max(version) FROM schema_version").fetchone()[0] == 3
        assert s.sql("SELECT count(*) FROM attributions WHERE anonymous IS NULL").fetchone()[0] == stored
        s.add(outcomes[2:4])
        assert s.sql("SELECT count(*) FROM attributions WHERE anonymous IS NOT NULL").fetchone()[0] > 0
