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
