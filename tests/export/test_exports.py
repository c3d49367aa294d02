"""Exports: PLOVER JSONL fields, GDELT 61-column rows with string CAMEO and FIPS codes, CSV, Parquet."""

from __future__ import annotations

import dataclasses

import csv
import datetime as dt
import io
import json

import pyarrow.parquet as pq
import pytest

from eventwire import ConfigError, Pipeline, make_article
from eventwire.export import EVENT_COLUMNS, MENTION_COLUMNS, PLOVER_FIELDS, event_to_gdelt, event_to_plover, iso3_to_fips
from eventwire.model import Actor, CameoCoding, Event, Place, PloverCoding, Span, TimeRef
from eventwire.store import EventStore

import eventstage

ISSUE_FIELDS = ["id", "date", "enddate", "actor", "recipient", "event", "mode", "context", "event_loc",
                "event_text", "quad_code", "text_info", "cite_info", "cameo", "modality", "historical",
                "according_to", "quantities", "confidence", "evidence"]


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    pipe = Pipeline(eventstage.STAGES)
    arts = [make_article(**a) for a in eventstage.articles(6)]
    s = EventStore(tmp_path_factory.mktemp("exp") / "e.duckdb")
    s.add(pipe.pipe(arts))
    yield s
    s.close()


def sample_event() -> tuple[Event, object]:
    article = make_article("Yesterday Norway hosted Chile in Oslo for fisheries talks.", url="https://news.example/x",
                           title="Talks", outlet="Lake Post", published="2021-03-04T09:30:00+01:00")
    norway = Actor("Norway", "Norway", "NOR", "GOV", "NORGOV", "Q20", "country", 0, [Span(10, 16, 0, "Norway")])
    chile = Actor("Chile", "Chile", "CHL", "GOV", "CHLGOV", None, "country", 1, [Span(24, 29, 0, "Chile")])
    event = Event(
        id="e0123456789abcdef0123", article_id=article.id, sentence=0, trigger=Span(17, 23, 0, "hosted"),
        lemma="host", plover=PloverCoding("CONSULT", "visit", ["economic"]),
        cameo=CameoCoding("043", "04", 1, 2.8), actor=[norway], recipient=[chile],
        when=TimeRef("Yesterday", start=dt.date(2021, 3, 3),
                     end=dt.date(2021, 3, 3), precision="day"),
        where=Place("Oslo", "Oslo", 3143244, 59.91273, 10.74609, "NOR", "Oslo", "P", "PPLC", 4, Span(33, 37, 0, "Oslo"),
                    admin1_code="NO12"),
        modality="asserted", confidence=0.8, evidence="verb:host", text=article.text,
    )
    return event, article


def test_plover_record_has_exactly_the_issue_fields():
    event, article = sample_event()
    rec = event_to_plover(event, article)
    assert list(rec) == ISSUE_FIELDS == list(PLOVER_FIELDS)
    assert rec["actor"] == [{"code": "NOR", "sector": "GOV", "entity_text": "Norway", "name": "Norway"}]
    assert rec["event"] == "CONSULT" and rec["mode"] == "visit" and rec["context"] == ["economic"]
    assert rec["date"] == rec["enddate"] == "2021-03-03"
    assert rec["event_loc"] == {"extracted_place": "Oslo", "resolved_place": "Oslo", "geonameid": 3143244,
                                "lat": 59.91273, "lon": 10.74609, "country_code": "NOR", "resolution": 4}
    assert rec["text_info"] == {"sequence": 0, "start": 17, "end": 23}
    assert article.text[17:23] == "hosted"
    assert rec["cite_info"]["url"] == "https://news.example/x" and rec["cite_info"]["published"].startswith("2021-03-04T09:30")
    assert rec["cameo"]["code"] == "043" and rec["quad_code"] == 1
    json.dumps(rec)  # JSON-ready


def test_plover_event_without_time_or_place_says_so():
    event, article = sample_event()
    event.when, event.where = None, None
    rec = event_to_plover(event, article)
    assert rec["date"] is None and rec["enddate"] is None and rec["event_loc"] is None


def test_gdelt_row_layout():
    event, article = sample_event()
    row = event_to_gdelt(event, article)
    assert len(row) == len(EVENT_COLUMNS) == 61
    col = dict(zip(EVENT_COLUMNS, row))
    assert col["Day"] == "20210303" and col["MonthYear"] == "202103" and col["Year"] == "2021"
    assert col["EventCode"] == "043" and col["EventBaseCode"] == "043" and col["EventRootCode"] == "04"
    assert col["Actor1Code"] == "NORGOV" and col["Actor1CountryCode"] == "NOR" and col["Actor1Type1Code"] == "GOV"
    assert col["Actor2Code"] == "CHLGOV" and col["Actor2Name"] == "CHILE"
    assert col["QuadClass"] == "1" and col["GoldsteinScale"] == "2.8"
    assert col["ActionGeo_CountryCode"] == "NO"  # FIPS, not ISO
    assert col["ActionGeo_ADM1Code"] == "NO12" and col["ActionGeo_Type"] == "4"
    assert col["ActionGeo_Lat"] == "59.91273" and col["ActionGeo_FeatureID"] == "3143244"
    assert col["DATEADDED"] == "20210304083000"  # publication time in UTC
    assert col["SOURCEURL"] == "https://news.example/x"
    assert int(col["GlobalEventID"]) > 0


def test_gdelt_actor_geo_is_the_place_where_the_actor_must_be():
    event, article = sample_event()  # Norway hosts Chile in Oslo: both sides are there
    col = dict(zip(EVENT_COLUMNS, event_to_gdelt(event, article)))
    for actor in ("Actor1", "Actor2"):
        assert col[f"{actor}Geo_FeatureID"] == col["ActionGeo_FeatureID"] == "3143244"
        assert col[f"{actor}Geo_Lat"] == col["ActionGeo_Lat"] and col[f"{actor}Geo_Type"] == "4"
    event.cameo = dataclasses.replace(event.cameo, code="190")  # a strike on Oslo: Chile is not there
    col = dict(zip(EVENT_COLUMNS, event_to_gdelt(event, article)))
    assert col["Actor1Geo_FeatureID"] == "3143244"  # Norway's own capital
    assert col["Actor2Geo_Type"] == "0" and col["Actor2Geo_FeatureID"] == "" and col["Actor2Geo_Lat"] == ""


def test_gdelt_adm1_code_is_a_code_never_a_region_name():
    event, article = sample_event()
    event.where = Place("Leeds", "Leeds", 2644688, 53.79648, -1.54785, "GBR", "England", "P", "PPL", 4)
    col = dict(zip(EVENT_COLUMNS, event_to_gdelt(event, article)))
    assert col["ActionGeo_CountryCode"] == "UK" and col["ActionGeo_ADM1Code"] == ""  # no FIPS code known
    event.where = Place("Texas", "Texas", 4736286, 31.25, -99.25, "USA", "Texas", "A", "ADM1", 2, admin1_code="USTX")
    col = dict(zip(EVENT_COLUMNS, event_to_gdelt(event, article)))
    assert col["ActionGeo_ADM1Code"] == "USTX" and col["ActionGeo_Type"] == "2"
    event.where = Place("Chile", "Chile", 3895114, -30.0, -71.0, "CHL", None, "A", "PCLI", 1)
    col = dict(zip(EVENT_COLUMNS, event_to_gdelt(event, article)))
    assert col["ActionGeo_ADM1Code"] == "CI"  # a country's ADM1Code is its FIPS code


def test_fips_codes_differ_from_iso_where_gdelt_says():
    assert iso3_to_fips("DEU") == "GM" and iso3_to_fips("GBR") == "UK" and iso3_to_fips("PRK") == "KN"
    assert iso3_to_fips("KOR") == "KS" and iso3_to_fips("CHN") == "CH" and iso3_to_fips("SGP") == "SN"
    assert iso3_to_fips("USA") == "US" and iso3_to_fips("XXX") == ""


def test_gdelt_romania_uses_cameo_country_code():
    event, article = sample_event()
    event.actor = [Actor("Romania", "Romania", "ROU", "GOV", None)]
    event.recipient = [Actor("NATO", "NATO", "NATO", "IGO", None)]
    col = dict(zip(EVENT_COLUMNS, event_to_gdelt(event, article)))
    assert col["Actor1CountryCode"] == "ROM" and col["Actor1Code"] == "ROMGOV"
    assert col["Actor2CountryCode"] == "" and col["Actor2KnownGroupCode"] == "NATO"


def test_store_gdelt_export_every_row_61_columns(store):
    buf = io.StringIO()
    n = store.export("gdelt", buf)
    lines = buf.getvalue().splitlines()
    assert n == len(lines) == 18
    for line in lines:
        cols = line.split("\t")
        assert len(cols) == 61
        assert cols[26] in {"036", "057", "190"}  # EventCode as written, leading zero kept


def test_store_gdelt_mentions(store):
    buf = io.StringIO()
    store.export("gdelt-mentions", buf)
    lines = buf.getvalue().splitlines()
    assert lines[0].split("\t") == list(MENTION_COLUMNS)
    assert all(len(line.split("\t")) == 16 for line in lines[1:]) and len(lines) == 19


def test_store_plover_export_matches_code_output(store):
    buf = io.StringIO()
    store.export("plover", buf, type="AGREE")
    recs = [json.loads(line) for line in buf.getvalue().splitlines()]
    assert len(recs) == 6 and all(list(r) == ISSUE_FIELDS for r in recs)
    # The record built from the store equals the one built from the pipeline's Event.
    art = make_article(**eventstage.articles(6)[0])
    doc = Pipeline(eventstage.STAGES)(art)
    fresh = [event_to_plover(e, art) for e in doc.events if e.plover.type == "AGREE"][0]
    stored = [r for r in recs if r["id"] == fresh["id"]][0]
    fresh["cite_info"]["published"] = stored["cite_info"]["published"]
    assert stored == json.loads(json.dumps(fresh))


def test_store_csv_and_parquet(store, tmp_path):
    buf = io.StringIO()
    n = store.export("csv", buf)
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert n == len(rows) == 18
    assert {r["cameo_code"] for r in rows} == {"036", "057", "190"}
    assert any(";" in r["recipient_names"] or r["recipient_names"] for r in rows)
    path = tmp_path / "e.parquet"
    assert store.export("parquet", path) == 18
    table = pq.read_table(path)
    assert table.num_rows == 18 and str(table.schema.field("cameo_code").type) == "string"
    with pytest.raises(ConfigError, match="file path"):
        store.export("parquet", io.StringIO())
    with pytest.raises(ConfigError, match="unknown export format"):
        store.export("xml", buf)


def test_export_lines_streams_the_same_content(store):
    for fmt in ("plover", "gdelt", "gdelt-mentions", "csv"):
        buf = io.StringIO()
        store.export(fmt, buf)
        lines = list(store.export_lines(fmt))
        assert "".join(lines) == buf.getvalue()
        assert all(line.endswith("\n") for line in lines)
    assert len(list(store.export_lines("csv", type="AGREE"))) == 1 + 6
    with pytest.raises(ConfigError):
        list(store.export_lines("parquet"))
