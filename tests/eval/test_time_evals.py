"""The TempEval-3 and MEANTIME readers and scorers, on files written here and on the shared data."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from eventwire.eval.meantime import GoldEvent, gold_modality, modality_class, read_cat
from eventwire.eval.tempeval3 import GoldTimex, read_tml, score

TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>test1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2019-11-04" temporalFunction="false" functionInDocument="CREATION_TIME">2019-11-04</TIMEX3></DCT>
<TEXT>
Envoys <EVENT eid="e1" class="OCCURRENCE">met</EVENT> <TIMEX3 tid="t1" type="DATE" value="2019-11-01" functionInDocument="NONE">Friday</TIMEX3> &amp; agreed to talk for <TIMEX3 tid="t2" type="DURATION" value="P3D" functionInDocument="NONE">three days</TIMEX3>.
</TEXT>
</TimeML>
"""

CAT = """<?xml version="1.0" ?><Document doc_id="1" doc_name="test" lang="en">
<token number="0" sentence="0" t_id="1">Talks</token>
<token number="1" sentence="0" t_id="2">resume</token>
<token number="2" sentence="1" t_id="3">November</token>
<token number="3" sentence="1" t_id="4">4</token>
<token number="4" sentence="1" t_id="5">,</token>
<token number="5" sentence="1" t_id="6">2019</token>
<token number="6" sentence="2" t_id="7">Envoys</token>
<token number="7" sentence="2" t_id="8">met</token>
<token number="8" sentence="2" t_id="9">on</token>
<token number="9" sentence="2" t_id="10">Friday</token>
<token number="10" sentence="2" t_id="11">.</token>
<token number="11" sentence="3" t_id="12">Unannotated</token>
<token number="12" sentence="3" t_id="13">tail</token>
<Markables>
<EVENT_MENTION certainty="CERTAIN" m_id="20" polarity="POS" time="NON_FUTURE"><token_anchor t_id="8"/></EVENT_MENTION>
<EVENT_MENTION certainty="PROBABLE" m_id="21" polarity="POS" time="FUTURE"><token_anchor t_id="2"/></EVENT_MENTION>
<TIMEX3 functionInDocument="CREATION_TIME" m_id="30" type="DATE" value="2019-11-04"><token_anchor t_id="3"/><token_anchor t_id="4"/><token_anchor t_id="5"/><token_anchor t_id="6"/></TIMEX3>
<TIMEX3 functionInDocument="NONE" m_id="31" type="DATE" value="2019-11-01"><token_anchor t_id="10"/></TIMEX3>
</Markables>
<Relations>
<TLINK r_id="1" reltype="IS_INCLUDED"><source m_id="20"/><target m_id="31"/></TLINK>
</Relations>
</Document>
"""


def test_read_tml_gives_plain_text_offsets_and_the_dct(tmp_path: Path):
    path = tmp_path / "a.tml"
    path.write_text(TML, encoding="utf-8")
    doc = read_tml(path)
    assert doc.dct == dt.date(2019, 11, 4)
    assert [(doc.text[g.start:g.end], g.type, g.value) for g in doc.timexes] == [
        ("Friday", "DATE", "2019-11-01"), ("three days", "DURATION", "P3D")]
    assert "&" in doc.text and "<" not in doc.text


def test_tempeval_scores_strict_relaxed_and_value():
    gold = [GoldTimex(0, 6, "Friday", "DATE", "2019-11-01"), GoldTimex(10, 20, "three days", "DURATION", "P3D")]
    pred = [(0, 6, "DATE", "2019-11-01"), (14, 20, "DURATION", "P4D"), (30, 35, "DATE", "2019")]
    m = score(iter([(gold, pred)]))
    assert m["timex_strict_f1"] == pytest.approx(2 * (1 / 3) * (1 / 2) / (1 / 3 + 1 / 2))
    assert m["timex_relaxed_f1"] == pytest.approx(2 * (2 / 3) * 1 / (2 / 3 + 1))
    assert m["timex_value_f1"] == pytest.approx(2 * (1 / 3) * (1 / 2) / (1 / 3 + 1 / 2))
    assert m["timex_type_accuracy"] == 1.0


def test_read_cat_rebuilds_text_and_finds_anchors(tmp_path: Path):
    path = tmp_path / "b.xml"
    path.write_text(CAT, encoding="utf-8")
    doc = read_cat(path)
    assert doc.text.split("\n")[2] == "Envoys met on Friday ."
    assert doc.dct == dt.date(2019, 11, 4) and doc.text[doc.dct_span[0]:doc.dct_span[1]] == "November 4 , 2019"
    assert [t.value for t in doc.timexes] == ["2019-11-01"]
    met = next(e for e in doc.events if e.text == "met")
    assert met.anchor_value == "2019-11-01"
    assert doc.annotated_end == doc.text.index("\nUnannotated")


def test_meantime_modality_mapping_is_data():
    ev = GoldEvent(0, 1, "x", "PROBABLE", "POS", "FUTURE")
    assert gold_modality(ev) == "expected"
    assert gold_modality(GoldEvent(0, 1, "x", "CERTAIN", "NEG", "FUTURE")) == "negated"
    assert gold_modality(GoldEvent(0, 1, "x", "CERTAIN", "POS", "NON_FUTURE")) == "asserted"
    assert modality_class("reported") == "asserted" and modality_class("intended") == "future"


def test_shared_tempeval3_reader_matches_the_documented_counts(shared_data: Path):
    root = shared_data / "tempeval3" / "Training" / "TBAQ-cleaned"
    counts = {sub: sum(len(read_tml(p).timexes) for p in sorted((root / sub).glob("*.tml"))) for sub in ("TimeBank", "AQUAINT")}
    assert counts == {"TimeBank": 1243, "AQUAINT": 579}  # as ORIGIN.txt states


@pytest.mark.dataset
def test_meantime_end_to_end_on_one_topic(shared_data: Path, pipeline):
    from eventwire.eval import evaluate

    result = evaluate("meantime", shared_data / "meantime_en" / "intra-doc_annotation" / "corpus_airbus", pipeline, quiet=True)
    assert result.details["documents"] == 30
    assert result.metrics["timex_value_f1"] > 0.6
    assert result.metrics["event_date_accuracy"] > 0.7
