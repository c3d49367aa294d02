"""Nominal and light-verb triggers, and quantities tied to events (own sentences)."""

from __future__ import annotations


def test_nominal_event_without_a_verb(coder):
    events = coder("The Oslo talks between Norway and Sweden ended without a deal.")
    assert "CONSULT" in {e.plover.type for e in events}


def test_light_verb_constructions(coder):
    (e,) = coder("The junta declared martial law across the country.")
    assert e.plover.type == "COERCE" and e.plover.mode == "martial-law" and e.cameo.code == "1724"
    (e,) = coder("The two governments broke off diplomatic relations.")
    assert e.plover.type == "SANCTION"


def test_nominal_strike_by_workers_is_protest_not_attack(coder):
    types = {e.plover.type for e in coder("A strike by dock workers closed the port.")}
    assert types == {"PROTEST"}
    types = {e.plover.type for e in coder("An air strike hit a convoy near the border.")}
    assert types == {"ASSAULT"}


def test_event_in_a_speech_act_is_absorbed(coder):
    events = coder("Chile agreed to resume trade talks with Peru.")
    assert [e.plover.type for e in events] == ["AGREE"]


def test_background_relative_clause_is_not_coded(coder):
    events = coder("Uganda granted asylum to refugees who fled the fighting in Sudan.")
    assert [e.plover.type for e in events] == ["AID"]


def test_quantities_killed_injured_arrested(coder):
    events = coder("Soldiers shelled the village, killing 12 civilians and wounding 30 others.")
    assault = [e for e in events if e.plover.type == "ASSAULT"]
    merged = {k: v for e in assault for k, v in e.quantities.items()}
    assert merged.get("killed") == 12 and merged.get("injured") == 30
    (e,) = coder("Police arrested 45 people in Lagos.")
    assert e.quantities == {"arrested": 45}


def test_quantities_protesters_projectiles_distance(coder):
    (e,) = coder("About 3,000 protesters marched in Lima against the decree.")
    assert e.quantities.get("protesters") == 3000
    events = coder("The army fired four rockets that flew 370 km.")
    q = {k: v for e in events for k, v in e.quantities.items()}
    assert q.get("projectiles") == 4 and q.get("distance_km") == 370


def test_ids_are_stable(coder):
    a = coder("Police arrested the opposition leader in Minsk.")
    b = coder("Police arrested the opposition leader in Minsk.")
    assert [e.id for e in a] == [e.id for e in b] and a[0].id.startswith("e")
