"""Mental-state cues (think, hope, expect, want ...) need someone who can hold a view."""

from __future__ import annotations


def test_reduced_passive_after_an_event_noun_has_no_source(attribute):
    doc = attribute("The border talks thought to be the turning point were called off in March.")
    thought = [a for a in doc.attributions if a.cue_span.text == "thought"]
    assert thought, [a.cue_span.text for a in doc.attributions]
    a = thought[0]
    assert a.source is None and a.source_span is None
    assert "to be the turning point" in a.text


def test_event_noun_never_hopes(attribute):
    doc = attribute("The summit hoped to produce a treaty on fishing rights.")
    assert not any(a.source_span is not None and "summit" in a.source_span.text for a in doc.attributions)


def test_people_still_hold_beliefs(attribute, by_cue):
    a = by_cue(attribute("Farmers in the valley believe the dam will ruin the harvest."), "believe")
    assert a.source_span.text == "Farmers in the valley"
    assert a.content_span.text == "the dam will ruin the harvest"
