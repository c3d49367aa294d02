"""The geo evaluation harness: layout detection and scoring on small files written here."""

from __future__ import annotations

from pathlib import Path

from eventwire import Pipeline
from eventwire.eval.geo import detect_layout, evaluate, read
import xml.etree.ElementTree as ET

TEXT = "Officials met in Stockholm on Monday before flying to Nairobi."


def _write(tmp_path: Path, name: str, body: str) -> Path:
    p = tmp_path / name
    p.write_text(f"<?xml version='1.0'?>\n<articles>{body}</articles>", encoding="utf-8")
    return p


def _gwn(tmp_path):
    return _write(tmp_path, "gwn.xml", f"""<article file="0"><title>t</title><text>{TEXT}</text><toponyms>
      <toponym><extractedName>Stockholm</extractedName><type>Literal</type><start>17</start><end>26</end>
        <geonamesID>2673730</geonamesID><latitude>59.33</latitude><longitude>18.07</longitude></toponym>
      <toponym><extractedName>Monday</extractedName><type>Non_Toponym</type><start>30</start><end>36</end></toponym>
      <toponym><extractedName>Nairobi</extractedName><type>Literal</type><start>54</start><end>61</end>
        <geonamesID/><latitude>-1.28</latitude><longitude>36.82</longitude></toponym>
    </toponyms></article>""")


def _trnews(tmp_path):
    return _write(tmp_path, "tr.xml", f"""<article docid="7"><text>{TEXT}</text><toponyms>
      <toponym><phrase>Stockholm</phrase><start>17</start><end>26</end><gaztag geonameid="2673730">
        <name>Stockholm</name><fclass>P</fclass><fcode>PPLC</fcode><lat>59.33</lat><lon>18.07</lon></gaztag></toponym>
      <toponym><phrase>Nairobi</phrase><start>55</start><end>62</end><gaztag geonameid="184745">
        <name>Nairobi</name><fclass>P</fclass><fcode>PPLC</fcode><lat>-1.28</lat><lon>36.82</lon></gaztag></toponym>
    </toponyms></article>""")


def _geovirus(tmp_path):
    return _write(tmp_path, "gv.xml", f"""<article><source>x</source><text>{TEXT}</text><locations>
      <location><name>Stockholm</name><start>17</start><end>26</end><lat>59.33</lat><lon>18.07</lon><page>p</page></location>
    </locations></article>""")


def test_layouts_are_detected(tmp_path):
    for make, layout in ((_gwn, "gwn"), (_trnews, "trnews"), (_geovirus, "geovirus")):
        assert detect_layout(ET.parse(make(tmp_path)).getroot()) == layout


def test_reader_keeps_scored_toponyms_and_realigns_offsets(tmp_path):
    _, arts = read(_gwn(tmp_path))
    assert [t.text for t in arts[0].toponyms] == ["Stockholm", "Nairobi"]  # no coordinates: not scored
    _, arts = read(_trnews(tmp_path))  # Nairobi's offsets are one off in that file
    assert [t.text for t in arts[0].toponyms] == ["Stockholm", "Nairobi"]


def test_evaluate_scores_gold_spans_and_end_to_end(tmp_path):
    result = evaluate(_trnews(tmp_path), Pipeline(["nlp", "toponyms"]), quiet=True)
    m = result.metrics
    assert result.n == 2
    assert m["accuracy_161km"] == 1.0 and m["geonameid_accuracy"] == 1.0 and m["country_accuracy"] == 1.0
    assert m["recall"] == 1.0 and m["e2e_accuracy_161km"] == 1.0
    assert result.details["cpu_seconds_nlp"] >= 0 and "toponyms_share_of_parse" in result.details
