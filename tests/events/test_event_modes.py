"""PLOVER modes from the manual's definitions (sentences written for these tests)."""

from __future__ import annotations


def _only(events, plover_type):
    found = [e for e in events if e.plover.type == plover_type]
    assert len(found) == 1, [(e.plover.type, e.trigger.text) for e in events]
    return found[0]


def test_opening_fire_is_firearms_not_primitive(coder):
    # "fire" alone is a primitive weapon (arson); "opened fire" is shooting
    e = _only(coder("Police opened fire on protesters in Lagos."), "ASSAULT")
    assert e.plover.mode == "firearms" and e.cameo.code == "193"


def test_arson_stays_primitive(coder):
    e = _only(coder("Rioters attacked the police station with fire and stones."), "ASSAULT")
    assert e.plover.mode == "primitive"


def test_a_threats_mode_is_its_content(coder):
    e = _only(coder("Hamas threatened to deliver devastating blows to Israel."), "THREATEN")
    assert e.plover.mode == "violence"


def test_a_threat_without_violent_content_has_no_violence_mode(coder):
    e = _only(coder("The union threatened to publish the salaries of the ministers."), "THREATEN")
    assert e.plover.mode != "violence"


def test_preparing_to_shell_readies_weapons(coder):
    e = _only(coder("The Serbian army prepared to resume shelling rebel positions."), "MOBILIZE")
    assert e.plover.mode == "weapons"


def test_preparing_an_infantry_attack_mobilizes_troops(coder):
    e = _only(coder("The Serbian army prepared to attack rebel positions."), "MOBILIZE")
    assert e.plover.mode == "troops"
