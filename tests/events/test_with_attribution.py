"""The event stage inside the full pipeline, where the attribution stage has marked the cues."""

from __future__ import annotations


def test_a_demand_carried_by_a_reporting_cue_survives_attribution(pipeline):
    doc = pipeline("The aid agency said Portugal and Spain must ensure safe passage for the convoy.",
                   published="2021-03-01")
    assert any(a.cue == "said" or "said" in (a.cue_span.text if a.cue_span else "") for a in doc.attributions)
    assert [e.plover.type for e in doc.events] == ["REQUEST"]
    assert {a.country for a in doc.events[0].recipient} == {"PRT", "ESP"}


def test_a_bare_reporting_cue_is_not_an_event(pipeline):
    doc = pipeline("The minister said the weather was fine.", published="2021-03-01")
    assert doc.attributions and doc.events == []


def test_a_reporting_verb_whose_object_selects_an_event_reading_is_coded(pipeline):
    doc = pipeline("Iraq recalled its ambassador from Ankara on Tuesday.", published="2021-03-01")
    assert [e.plover.type for e in doc.events] == ["SANCTION"]
    assert {a.country for a in doc.events[0].actor} == {"IRQ"}


def _showcase(pipeline, nk_article):
    from eventwire.ingest.base import ReadOptions
    from eventwire.ingest.text import parse_text

    return pipeline(parse_text(nk_article.encode("utf-8"), "nk-summit", ReadOptions()))


def test_showcase_article_constructions(pipeline, nk_article):
    """The real article in shared/examples: each construction the analyst reading names."""
    doc = _showcase(pipeline, nk_article)
    by_text = {}
    for e in doc.events:
        by_text.setdefault(e.trigger.text, []).append(e)
    # light verb + nominal weapons test, and the agentless launch told right after it
    (test,) = by_text["conducted the testing"]
    assert (test.plover.type, test.plover.mode) == ("MOBILIZE", "weapons")
    (launch,) = by_text["launched"]
    assert launch.plover.type == "MOBILIZE" and {a.country for a in launch.actor} == {"PRK"}
    assert launch.quantities.get("distance_km") == 370
    # "which is under heavy United Nations and US sanctions": an ongoing sanction on Pyongyang
    (sanction,) = [e for e in doc.events if e.plover.type == "SANCTION"]
    assert sanction.modality == "ongoing"
    assert {a.country for a in sanction.actor} == {"IGO", "USA"}
    assert {a.country for a in sanction.recipient} == {"PRK"}
    # hyphenated participants; a city naming the talks is their place
    talks = [e for e in doc.events if e.trigger.text == "talks" and e.lemma == "talk"]
    assert {"PRK", "USA"} <= {a.country for a in talks[0].actor}
    assert all("SWE" not in {a.country for a in e.actor} for e in talks)
    # "the third took place in the Demilitarized Zone": an elided meeting of Trump and Kim
    (third,) = by_text["third"]
    assert third.plover.type == "CONSULT" and {a.country for a in third.actor} == {"USA", "PRK"}
