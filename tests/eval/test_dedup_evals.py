"""The ECB+ and news_cluster readers on small files written here, and both evaluators end to
end on a slice of the shared dev data (skipped when it is absent)."""

from __future__ import annotations

import json
import os

import pytest

from eventwire.eval.ecbplus import read_doc, score_events
from eventwire.eval.news_cluster import read_articles
from eventwire.model import Article, CameoCoding, Event, PloverCoding, Span

#: A two-sentence document in the ECB+ layout, written for this test.
ECB_DOC = """<Document doc_name="9_1ecb.xml" doc_id="X">
<token t_id="1" sentence="0" number="0">Rebels</token>
<token t_id="2" sentence="0" number="1">attacked</token>
<token t_id="3" sentence="0" number="2">the</token>
<token t_id="4" sentence="0" number="3">port</token>
<token t_id="5" sentence="0" number="4">.</token>
<token t_id="6" sentence="1" number="0">The</token>
<token t_id="7" sentence="1" number="1">assault</token>
<token t_id="8" sentence="1" number="2">ended</token>
<token t_id="9" sentence="1" number="3">quickly</token>
<token t_id="10" sentence="1" number="4">.</token>
<Markables>
<ACTION_OCCURRENCE m_id="1"><token_anchor t_id="2"/></ACTION_OCCURRENCE>
<ACTION_OCCURRENCE m_id="2"><token_anchor t_id="7"/></ACTION_OCCURRENCE>
<ACTION_ASPECTUAL m_id="3"><token_anchor t_id="8"/></ACTION_ASPECTUAL>
<HUMAN_PART_ORG m_id="4"><token_anchor t_id="1"/></HUMAN_PART_ORG>
<ACTION_OCCURRENCE m_id="9" RELATED_TO="" TAG_DESCRIPTOR="t9_attack" instance_id="ACT123"/>
</Markables>
<Relations>
<CROSS_DOC_COREF r_id="50" note="ACT123"><source m_id="1"/><source m_id="2"/><target m_id="9"/></CROSS_DOC_COREF>
</Relations>
</Document>
"""


def test_ecb_reader_rebuilds_text_offsets_and_chains(tmp_path):
    f = tmp_path / "9_1ecb.xml"
    f.write_text(ECB_DOC, encoding="utf-8")
    doc = read_doc(f, "9")
    assert doc.text == "Rebels attacked the port .\nThe assault ended quickly ."
    got = [(m.text, m.chain) for m in doc.mentions]
    assert got == [("attacked", "ACT123"), ("assault", "ACT123"), ("ended", "9_1ecb.xml#3")]  # no entity mentions
    # Our events on both triggers, in one cluster: perfect scores on this document.
    art = Article(id=doc.name, text=doc.text)
    events = [Event(id=f"e{i}", article_id=doc.name, sentence=i, trigger=Span(m.start, m.end), lemma="attack",
                    plover=PloverCoding("ASSAULT"), cameo=CameoCoding("190", "19"))
              for i, m in enumerate(doc.mentions[:2])]
    result = score_events([doc], [art], events, {})
    assert result.metrics["coverage"] == pytest.approx(2 / 3)
    # No anchors (actors, places) in these events: dedup keeps them apart, MUC finds no link.
    assert result.metrics["muc_r"] == 0.0 and result.details["clusters"] == 2


def test_news_cluster_reader(tmp_path):
    (tmp_path / "data").mkdir()
    rec = {"title": "Harbour strike ends", "text": "Dock workers ended a strike on Monday.",
           "date_publish": "2018-01-02 10:00:00", "source_domain": "example.org", "url": "http://example.org/a",
           "newsCluster": "{'CategoryId': 1, 'Topic': 'x', 'EventId': 7, 'Event': 'strike'}"}
    (tmp_path / "data" / "a.json").write_text(json.dumps(rec), encoding="utf-8")
    (tmp_path / "data" / "b.json").write_text(json.dumps({**rec, "newsCluster": None}), encoding="utf-8")
    [(art, gold)] = read_articles(tmp_path)
    assert gold == "7" and art.outlet == "example.org" and art.text.startswith("Harbour strike ends\n\nDock")
    assert art.published_date.isoformat() == "2018-01-02"


@pytest.mark.slow
@pytest.mark.dataset
def test_ecbplus_and_news_cluster_end_to_end(shared_data, pipeline, tmp_path):
    from eventwire.eval import evaluate

    ecb = evaluate("ecbplus", shared_data / "ecbplus" / "3", pipeline, quiet=True)
    assert ecb.details["documents"] > 10 and ecb.details["gold_chains_over_1"] > 0
    assert 0 < ecb.metrics["coverage"] <= 1 and ecb.details["covered_mentions"] <= ecb.n
    assert all(0.0 <= v <= 1.0 for k, v in ecb.metrics.items() if k != "ari" and not k.endswith("_ari"))
    # Twenty articles of the news_cluster set, read in place through links in a temporary folder.
    files = sorted((shared_data / "giveme5w1h_news_cluster" / "data").glob("*.json"))[:20]
    for f in files:
        os.symlink(f, tmp_path / f.name)
    nc = evaluate("news-cluster", tmp_path, pipeline, quiet=True)
    assert nc.n == 20 and nc.details["events"] > 0
    assert 0.0 < nc.metrics["articles_with_events"] <= 1.0 and 0.0 <= nc.metrics["b3_f1"] <= 1.0
