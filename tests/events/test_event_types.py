"""One or more sentences per PLOVER type, written for these tests (not from any corpus)."""

from __future__ import annotations

import pytest

CASES = [
    # AGREE: intent to cooperate, and a future cooperative act folded into AGREE
    ("Chile agreed to resume trade talks with Peru next month.", "AGREE"),
    ("Norway will provide emergency food aid to Malawi.", "AGREE"),
    # CONSULT
    ("The foreign ministers of Ghana and Togo met in Accra on Friday.", "CONSULT"),
    ("Kenya held talks with Ethiopia on the disputed water project.", "CONSULT"),
    ("The Danish prime minister visited Finland last week.", "CONSULT"),
    # SUPPORT
    ("Portugal praised Angola's efforts to hold fair elections.", "SUPPORT"),
    ("Mexico and Canada signed a treaty on fishing rights.", "SUPPORT"),
    # CONCEDE
    ("The Interior Ministry lifted the curfew in the northern province.", "CONCEDE"),
    ("The teachers' union called off its strike after the pay offer.", "CONCEDE"),
    # COOPERATE
    ("Ecuador extradited two smuggling suspects to Colombia.", "COOPERATE"),
    ("Thai and Malaysian navies launched joint exercises in the strait.", "COOPERATE"),
    # AID
    ("Japan donated medical equipment to hospitals in Laos.", "AID"),
    ("Ireland granted asylum to three dissidents.", "AID"),
    # RETREAT
    ("The militia released twenty hostages on Tuesday.", "RETREAT"),
    ("Armenian troops withdrew from the border villages.", "RETREAT"),
    # REQUEST
    ("Bolivia demanded the release of its detained sailors.", "REQUEST"),
    ("The opposition urged the president to call early elections.", "REQUEST"),
    # ACCUSE
    ("Lithuania condemned the cyber attack on its tax office.", "ACCUSE"),
    ("Prosecutors accused the former mayor of taking bribes.", "ACCUSE"),
    ("The commission opened an investigation into the killings.", "ACCUSE"),
    # REJECT
    ("Serbia rejected the proposal for new talks on the border.", "REJECT"),
    ("The rebels refused to hand over their weapons.", "REJECT"),
    # THREATEN
    ("Turkey threatened to close its airspace to Cypriot flights.", "THREATEN"),
    ("The general warned that the army would shell the rebel positions.", "THREATEN"),
    # PROTEST
    ("Thousands of farmers protested in Delhi against the new farm laws.", "PROTEST"),
    ("Dock workers went on strike in Rotterdam.", "PROTEST"),
    # SANCTION
    ("The European Union imposed sanctions on Belarus.", "SANCTION"),
    ("Estonia expelled two Russian diplomats on Monday.", "SANCTION"),
    # MOBILIZE
    ("Pakistan put its air force on high alert along the frontier.", "MOBILIZE"),
    ("India test-fired a new ballistic missile on Thursday.", "MOBILIZE"),
    # COERCE
    ("Police arrested the opposition leader in Minsk.", "COERCE"),
    ("The authorities imposed a curfew in the capital.", "COERCE"),
    ("The navy seized a Liberian-flagged tanker in the strait.", "COERCE"),  # vessels are property
    ("The coast guard seized two fishing boats off the island.", "COERCE"),
    # ASSAULT
    ("Gunmen kidnapped a priest in northern Nigeria.", "ASSAULT"),
    ("Artillery shelled the outskirts of the town overnight.", "ASSAULT"),
]


@pytest.mark.parametrize("text,plover_type", CASES)
def test_type(coder, text, plover_type):
    types = [e.plover.type for e in coder(text)]
    assert plover_type in types, f"{text!r} -> {types}"


def test_all_sixteen_types_are_covered():
    assert {t for _, t in CASES} == {
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
        "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
    }


def test_codings_are_consistent(coder):
    """CAMEO codes are strings with leading zeros and agree with PLOVER through one table."""
    events = coder("Japan donated medical equipment to hospitals in Laos.")
    (aid,) = [e for e in events if e.plover.type == "AID"]
    assert isinstance(aid.cameo.code, str) and aid.cameo.code.startswith("07")
    assert aid.cameo.root == "07" and aid.cameo.quad_class == 2
    assert aid.cameo.goldstein is not None and aid.cameo.goldstein > 0
    assert aid.plover.intensity is not None and aid.plover.intensity > 0


def test_specific_cameo_codes(coder):
    (e,) = coder("Turkey threatened to close its airspace to Cypriot flights.")
    assert e.cameo.code.startswith("13")
    (e,) = coder("Bolivia demanded the release of its detained sailors.")
    assert e.cameo.code == "1053" and e.plover.mode == "yield"
    (e,) = coder("Estonia expelled two Russian diplomats on Monday.")
    assert e.cameo.code == "166" and e.plover.mode == "expel"


def test_no_event_in_a_sentence_without_one(coder):
    assert coder("The weather in Lisbon was mild and sunny all week.") == []
    assert coder("The museum reopened its modern art wing.") == []


def test_reporting_verb_alone_is_not_an_event(coder):
    assert coder("The spokesman said the minister was in good health.") == []


def test_reported_content_is_an_event(coder):
    events = coder("A ministry spokesman said Ghana had accused Togo of harbouring rebels.")
    assert [e.plover.type for e in events] == ["ACCUSE"]
    assert events[0].lemma == "accuse"


def test_evidence_names_the_rule_and_trigger(coder):
    (e,) = coder("The European Union imposed sanctions on Belarus.")
    assert "impose" in e.evidence and "sanction" in e.evidence
    assert e.trigger.text == "imposed sanctions"
    assert e.text == "The European Union imposed sanctions on Belarus."


def test_disasters_and_accidents_are_not_assaults(coder):
    assert [e.plover.type for e in coder("The earthquake killed forty people in the valley.")] == []
    assert [e.plover.type for e in coder("Three people were injured in the crash.")] == []


def test_a_casualty_with_a_weapon_is_an_assault(coder):
    assert "ASSAULT" in {e.plover.type for e in coder("Two policemen were killed in a bomb attack.")}


def test_strike_as_subject_is_the_event(coder):
    assert {e.plover.type for e in coder("A strike by dock workers closed the port.")} == {"PROTEST"}


def test_must_in_a_reported_clause_is_a_demand(coder):
    events = coder("Russia said Georgia must withdraw its troops from the border.")
    assert [e.plover.type for e in events] == ["REQUEST"]
    assert [a.text for a in events[0].recipient] == ["Georgia"]
