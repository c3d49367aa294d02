"""Mental-state and evidential cues must not swallow the events they hold: the event stage
still codes the content, and the event's chain names the holder of the view."""

from __future__ import annotations

import pytest

from eventwire import Pipeline


@pytest.fixture(scope="session")
def full():
    return Pipeline(["nlp", "actors", "timexes", "toponyms", "attributions", "events", "event_sources"])


def _event(doc, plover: str):
    found = [e for e in doc.events if e.plover.type == plover]
    assert found, [(e.trigger.text, e.plover.type) for e in doc.events]
    return found[0]


def test_expecting_to_hold_a_summit_keeps_the_meeting_event(full):
    doc = full("Vietnam is expecting to hold a summit with Laos next month.", outlet="Daily Planet")
    assert [a.cue for a in doc.attributions] == ["expect"]
    e = _event(doc, "AGREE")
    assert e.modality == "expected"
    assert [a.cue for a in e.according_to] == ["expect", "publish"]
    assert e.according_to[0].source.text == "Vietnam"


def test_fear_of_an_attack_is_coded_inside_the_fear(full):
    doc = full("Officials fear that rebels will attack the capital.", outlet="Daily Planet")
    e = next(e for e in doc.events if "attack" in e.trigger.text)
    assert e.according_to[0].cue == "fear"
    assert e.according_to[0].source.text == "Officials"


def test_an_appearance_relays_the_event_without_a_named_source(full):
    doc = full("The army appears to have shelled the town overnight.", outlet="Daily Planet")
    e = _event(doc, "ASSAULT")
    assert e.according_to[0].cue == "appear"
    assert e.according_to[0].source is None
    assert e.modality == "reported"


def test_signing_a_treaty_is_still_an_event_of_its_own(full):
    doc = full("Chile signed the treaty with Peru on Friday.", outlet="Daily Planet")
    assert [a.cue for a in doc.attributions] == ["sign"]  # the treaty's words are Chile's
    assert any("signed" in e.trigger.text for e in doc.events), "the signing itself must still be coded"


def test_an_act_someone_is_accused_of_is_reported_by_the_accuser(full):
    # An allegation is the accuser's claim, not the outlet's observation of an attack.
    doc = full("Ruritania accused Freedonia of shelling three border villages.", outlet="Daily Planet")
    e = _event(doc, "ASSAULT")
    assert e.modality == "reported"
    assert [a.cue for a in e.according_to] == ["accuse", "publish"]
    assert e.according_to[0].source.text == "Ruritania"
    assert _event(doc, "ACCUSE").modality == "asserted"  # the accusation itself is observed


@pytest.mark.parametrize("text", [
    "The ministry dismissed reports that troops had shelled the village.",
    "The ministry rejected claims that troops shelled the village.",
])
def test_rejecting_a_claim_negates_the_claimed_event_for_the_rejecter(full, text):
    # the REJECT frame used to absorb the shelling, so no ASSAULT was coded at all
    doc = full(text, outlet="Daily Planet")
    e = _event(doc, "ASSAULT")
    assert e.modality == "negated"
    assert [a.source.text if a.source else None for a in e.according_to][1:] == ["The ministry", "Daily Planet"]


def test_rejecting_a_plan_is_still_a_rejection(full):
    doc = full("Iran rejected the plan that would send troops to Syria.", outlet="Daily Planet")
    assert [e.cameo.code[:2] for e in doc.events] == ["12"]
