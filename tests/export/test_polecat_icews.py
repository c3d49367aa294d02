"""POLECAT- and ICEWS-style TSV: column layouts, string CAMEO codes, multi-actor events,
events without a place, and cells cleaned so every row has the same number of columns."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest

from eventwire import Pipeline, __version__, make_article
from eventwire.document import Document
from eventwire.export import (FORMATS, ICEWS_COLUMNS, POLECAT_COLUMNS, event_to_icews, event_to_polecat,
                              story_from_layers)
from eventwire.export.polecat import Story
from eventwire.export.tabular import cell, country_name, cow_code, joined
from eventwire.model import Actor, CameoCoding, Event, Place, PloverCoding, Span, TimeRef
from eventwire.store import EventStore

TEXT = "Norway and Chile hosted Japanese envoys in Oslo on Tuesday."


def article():
    return make_article(TEXT, url="https://news.example/a", title="Talks", outlet="Lake Post",
                        published="2021-03-04T09:30:00+01:00")


def actor(text: str, country: str | None, sector: str | None, start: int, kind: str = "country") -> Actor:
    # One entity per mention here: its start offset serves as the entity index.
    return Actor(text, text, country, sector, None, None, kind, start, [Span(start, start + len(text), 0, text)])


def event(art, *, actors=None, recipients=None, where="oslo", code="043", sentence=0) -> Event:
    oslo = Place("Oslo", "Oslo", 3143244, 59.91273, 10.74609, "NOR", "Oslo", "P", "PPLC", 4, Span(41, 45, 0, "Oslo"))
    return Event(
        id="e00000000000000000001", article_id=art.id, sentence=sentence, trigger=Span(17, 23, 0, "hosted"),
        lemma="host", plover=PloverCoding("CONSULT", "visit", ["diplomatic", "economic"], intensity=3.0),
        cameo=CameoCoding(code, code[:2], 1, 2.8),
        actor=actors if actors is not None else [actor("Norway", "NOR", "GOV", 0), actor("Chile", "CHL", None, 11)],
        recipient=recipients if recipients is not None else [actor("Japanese envoys", "JPN", "GOV", 24, "group")],
        when=TimeRef("Tuesday", dt.date(2021, 3, 2), dt.date(2021, 3, 2), "day"),
        where=oslo if where == "oslo" else where, confidence=0.8, evidence="verb:host", text=TEXT,
    )


def test_column_layouts():
    assert len(POLECAT_COLUMNS) == 41 and len(set(POLECAT_COLUMNS)) == 41
    assert POLECAT_COLUMNS[:7] == ("Event ID", "Event Date", "Event Type", "Event Mode", "Event Intensity",
                                   "Quad Code", "Contexts")
    assert POLECAT_COLUMNS[-3:] == ("Language", "Version", "Story ID")
    assert ICEWS_COLUMNS == (
        "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text", "CAMEO Code",
        "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID", "Sentence Number",
        "Publisher", "City", "District", "Province", "Country", "Latitude", "Longitude")
    assert {"polecat", "icews"} <= set(FORMATS)


def test_polecat_row_of_a_multi_actor_event():
    art = article()
    story = Story(("Jonas Gahr Store",), ("Foreign Ministry",), ("Oslo", "Santiago"))
    row = dict(zip(POLECAT_COLUMNS, event_to_polecat(event(art), art, story)))
    assert row["Event ID"] == "e00000000000000000001" and row["Event Date"] == "2021-03-02"
    assert row["Event Type"] == "CONSULT" and row["Event Mode"] == "visit" and row["Event Intensity"] == "3"
    assert row["Quad Code"] == "VERBAL COOPERATION" and row["Contexts"] == "diplomatic;economic"
    # Two actors: every actor column lists both, position for position.
    assert row["Actor Name"] == "Norway;Chile" and row["Actor Country"] == "NOR;CHL"
    assert row["Actor COW"] == "385;155"
    assert row["Primary Actor Sector"] == "GOV" and row["Actor Sectors"] == "GOV;"  # Chile's sector unknown
    assert row["Recipient Name Raw"] == "Japanese envoys" and row["Recipient COW"] == "740"
    assert (row["Placename"], row["City"], row["District"], row["Province"], row["Country"]) == \
        ("Oslo", "Oslo", "", "Oslo", "NOR")
    assert (row["Latitude"], row["Longitude"], row["GeoNames ID"], row["Feature Type"]) == \
        ("59.91273", "10.74609", "3143244", "PPLC")
    assert row["Source"] == "Lake Post" and row["Publication Date"] == "2021-03-04"
    assert row["Story People"] == "Jonas Gahr Store" and row["Story Locations"] == "Oslo;Santiago"
    assert row["Version"] == __version__ and row["Story ID"] == art.id and row["Language"] == "en"
    assert row["Actor Title"] == row["Wikipedia Actor ID"] == ""


def test_icews_splits_a_multi_actor_event_into_dyads():
    art = article()
    rows = [dict(zip(ICEWS_COLUMNS, r)) for r in event_to_icews(event(art), art)]
    assert [r["Event ID"] for r in rows] == ["e00000000000000000001-1", "e00000000000000000001-2"]
    assert [r["Source Name"] for r in rows] == ["Norway", "Chile"]
    assert [r["Source Country"] for r in rows] == ["Norway", "Chile"]  # names, not codes
    assert rows[0]["Source Sectors"] == "Government" and rows[1]["Source Sectors"] == ""
    # A group of people is named by its sector and country, ICEWS style.
    assert {r["Target Name"] for r in rows} == {"Government (Japan)"}
    assert {r["Target Country"] for r in rows} == {"Japan"}
    first = rows[0]
    assert first["CAMEO Code"] == "043" and first["Event Text"] == "Host a visit" and first["Intensity"] == "2.8"
    assert first["Sentence Number"] == "1" and first["Story ID"] == art.id and first["Publisher"] == "Lake Post"
    assert (first["City"], first["Province"], first["Country"]) == ("Oslo", "Oslo", "Norway")


def test_icews_single_dyad_keeps_the_event_id_and_a_missing_recipient_leaves_target_empty():
    art = article()
    ev = event(art, actors=[actor("Norway", "NOR", "GOV", 0)], recipients=[], code="010")
    (row,) = [dict(zip(ICEWS_COLUMNS, r)) for r in event_to_icews(ev, art)]
    assert row["Event ID"] == ev.id
    assert row["CAMEO Code"] == "010" and row["Event Text"]  # leading zero kept, code named
    assert row["Target Name"] == row["Target Sectors"] == row["Target Country"] == ""


def test_icews_never_pairs_a_participant_with_itself():
    art = article()
    norway, chile = actor("Norway", "NOR", "GOV", 0), actor("Chile", "CHL", "GOV", 11)
    ev = event(art, actors=[norway, chile], recipients=[norway, chile])
    rows = [dict(zip(ICEWS_COLUMNS, r)) for r in event_to_icews(ev, art)]
    assert [(r["Source Name"], r["Target Name"]) for r in rows] == [("Norway", "Chile"), ("Chile", "Norway")]


def test_event_without_a_place_has_empty_place_columns():
    art = article()
    ev = event(art, where=None)
    prow = dict(zip(POLECAT_COLUMNS, event_to_polecat(ev, art)))
    place_cols = ["Placename", "City", "District", "Province", "Country", "Latitude", "Longitude",
                  "GeoNames ID", "Raw Placename", "Feature Type"]
    assert all(prow[c] == "" for c in place_cols) and prow["Event Type"] == "CONSULT"
    for r in event_to_icews(ev, art):
        irow = dict(zip(ICEWS_COLUMNS, r))
        assert all(irow[c] == "" for c in ("City", "District", "Province", "Country", "Latitude", "Longitude"))
        assert len(r) == 20


def test_undated_event_falls_back_to_the_publication_day():
    art = article()
    ev = event(art)
    ev.when = None
    assert dict(zip(POLECAT_COLUMNS, event_to_polecat(ev, art)))["Event Date"] == "2021-03-04"


def test_place_levels_follow_the_resolution():
    art = article()
    region = Place("South Pyongan", "South Pyongan", 1, 39.3, 125.9, "PRK", "South Pyongan", "A", "ADM1", 2)
    row = dict(zip(POLECAT_COLUMNS, event_to_polecat(event(art, where=region), art)))
    assert (row["City"], row["District"], row["Province"]) == ("", "", "South Pyongan")
    county = Place("Travis County", "Travis County", 2, 30.3, -97.7, "USA", "Texas", "A", "ADM2", 3)
    row = dict(zip(ICEWS_COLUMNS, next(event_to_icews(event(art, where=county), art))))
    assert (row["City"], row["District"], row["Province"], row["Country"]) == \
        ("", "Travis County", "Texas", "United States")


def test_codes_and_names_tables():
    assert (cow_code("USA"), cow_code("PRK"), cow_code("KOR"), cow_code("IGO"), cow_code(None)) == \
        ("2", "731", "732", "", "")
    assert country_name("PRK") == "North Korea" and country_name("CZE") == "Czech Republic"
    assert country_name("RUS") == "Russian Federation" and country_name("XKX") == "Kosovo"
    assert country_name("IGO") == "" and country_name(None) == ""


def test_cells_never_break_a_row():
    assert cell("a\tb\nc\r\nd\u2028e") == "a b c d e"
    assert joined(["x;y", None, "z"]) == "x,y;;z"
    assert joined([None, ""]) == ""


def test_story_lists_from_stored_layers():
    layers = {"entities": [{"kind": "person", "name": "Kim Jong Un", "text": "Kim"},
                           {"kind": "organization", "name": "", "text": "KCNA"},
                           {"kind": "person", "name": "Kim Jong Un", "text": "he"},
                           {"kind": "country", "name": "North Korea", "text": "Pyongyang"}],
              "places": [{"name": "Stockholm", "text": "Stockholm"}, {"name": None, "text": "the DMZ"}]}
    story = story_from_layers(layers)
    assert story == Story(("Kim Jong Un",), ("KCNA",), ("Stockholm", "the DMZ"))
    assert story_from_layers(None) == Story()


# ----- through the store ------------------------------------------------------------------------
MESSY = "Ice\tland\nsent aid to Peru.\r\nThen more."


def messy_events(doc: Document) -> Document:
    """Events whose texts hold tabs and line breaks, as scraped text can."""
    a = doc.article
    ice = Actor("Ice\tland", "Ice\tland\nRepublic", "ISL", "GOV", None, None, "country", 0, [Span(0, 8, 0, "Ice\tland")])
    peru = Actor("Peru", "Peru", "PER", "GOV", None, None, "country", 1, [Span(22, 26, 0, "Peru")])
    unknown = Actor("the\u2028donors", "", None, None, None, None, "group", 2, [Span(0, 3, 0, "Ice")])
    where = Place("Li\nma", "Li\tma", 3936456, -12.04318, -77.02824, "PER", "Lima\r\nRegion", "P", "PPLC", 4)
    doc.events.append(Event(
        id="e0000000000000000000a", article_id=a.id, sentence=0, trigger=Span(9, 13, 0, "sent"), lemma="send",
        plover=PloverCoding("AID", "economic", ["humanitarian"]), cameo=CameoCoding("070", "07", 2, 7.0),
        actor=[ice, unknown], recipient=[peru], where=where, text=MESSY))
    doc.events.append(Event(
        id="e0000000000000000000b", article_id=a.id, sentence=1, trigger=Span(28, 32, 1, "Then"), lemma="give",
        plover=PloverCoding("AID", None, []), cameo=CameoCoding("073", "07", 2, 7.4),
        actor=[peru], recipient=[], text="Then more."))
    return doc


@pytest.fixture(scope="module")
def messy_store(tmp_path_factory):
    pipe = Pipeline([("messy_events", messy_events)])
    art = make_article(MESSY, id="messy", outlet="Tab\tTimes\nDaily", published="2022-05-06", title="a\tb")
    store = EventStore(tmp_path_factory.mktemp("tsv") / "m.duckdb")
    store.add(pipe.pipe([art]))
    yield store
    store.close()


@pytest.mark.parametrize("fmt, width, rows", [("polecat", 41, 2), ("icews", 20, 3)])
def test_store_export_rows_all_have_the_header_width(messy_store, fmt, width, rows):
    buf = io.StringIO()
    assert messy_store.export(fmt, buf) == 2  # events, whatever the number of lines
    text = buf.getvalue()
    lines = text.splitlines()  # splits on every line break Python knows, not just \n
    assert len(lines) == 1 + rows == text.count("\n")
    assert all(len(line.split("\t")) == width for line in lines)
    table = list(csv.reader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE))
    assert [len(r) for r in table] == [width] * (1 + rows)
    assert "".join(messy_store.export_lines(fmt)) == text  # the streamed form is the same


def test_store_export_content(messy_store):
    buf = io.StringIO()
    messy_store.export("polecat", buf)
    rows = list(csv.DictReader(io.StringIO(buf.getvalue()), delimiter="\t", quoting=csv.QUOTE_NONE))
    first = rows[0]
    assert first["Actor Name"] == "Ice land Republic;the donors" and first["Actor Country"] == "ISL;"
    assert first["Placename"] == "Li ma" and first["Province"] == "Lima Region" and first["Source"] == "Tab Times Daily"
    assert rows[1]["Event Mode"] == "" and rows[1]["Recipient Name"] == "" and rows[1]["Placename"] == ""
    buf = io.StringIO()
    messy_store.export("icews", buf, type="AID")
    rows = list(csv.DictReader(io.StringIO(buf.getvalue()), delimiter="\t", quoting=csv.QUOTE_NONE))
    assert [r["CAMEO Code"] for r in rows] == ["070", "070", "073"]
    assert [r["Source Name"] for r in rows] == ["Iceland", "the donors", "Peru"]
    assert rows[0]["Country"] == "Peru" and rows[0]["Sentence Number"] == "1" and rows[2]["Sentence Number"] == "2"


def test_cli_export_polecat_and_icews(tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    db = tmp_path / "cli.duckdb"
    pipe = Pipeline([("messy_events", messy_events)])
    with EventStore(db) as store:
        store.add(pipe.pipe([make_article(MESSY, id="messy", published="2022-05-06")]))
    runner = Path(__file__).resolve().parents[1] / "run_cli.py"
    for fmt, width in (("polecat", 41), ("icews", 20)):
        out = tmp_path / f"out.{fmt}.tsv"
        p = subprocess.run([sys.executable, str(runner), "export", "--db", str(db), "--format", fmt,
                            "--out", str(out), "--country", "PER"], capture_output=True, timeout=120)
        assert p.returncode == 0, p.stderr.decode()
        assert "wrote 2 events" in p.stderr.decode()
        lines = out.read_text(encoding="utf-8").splitlines()
        assert lines[0].split("\t")[0] == "Event ID" and all(len(x.split("\t")) == width for x in lines)
