"""Modality on events and PLOVER's folding of modality into the type (own sentences)."""

from __future__ import annotations

from eventwire.model import NON_FACTUAL


def _one(events, plover_type):
    found = [e for e in events if e.plover.type == plover_type]
    assert found, [(e.plover.type, e.modality) for e in events]
    return found[0]


def test_asserted(coder):
    assert _one(coder("Police arrested the mayor of Lyon."), "COERCE").modality == "asserted"


def test_negated_meeting(coder):
    assert _one(coder("The envoy did not meet the rebel commanders."), "CONSULT").modality == "negated"


def test_refusal_is_reject_with_negated_content(coder):
    e = _one(coder("The rebels refused to release the hostages."), "REJECT")
    assert e.modality == "negated" and e.cameo.code.startswith("124")


def test_an_appeal_not_to_act_is_made_not_denied(coder):
    # The "not" belongs to what is asked; the appeal itself was made.
    e = _one(coder("The bishop urged the strikers not to block the port."), "REQUEST")
    assert e.modality == "asserted"


def test_a_promise_not_to_use_force_is_no_threat(coder):
    # A promise of force is a threat; a promise to refrain from it is intent to de-escalate.
    e = _one(coder("The two militias agreed not to attack each other's positions."), "AGREE")
    assert (e.cameo.code, e.modality) == ("0356", "intended")
    assert not [x for x in coder("The two militias agreed not to attack each other's positions.")
                if x.plover.type == "THREATEN"]


def test_will_not_accept_is_a_refusal(coder):
    e = _one(coder("Hungary said it will not accept any more migrants."), "REJECT")
    assert e.modality == "negated"


def test_future_cooperation_is_agree(coder):
    e = _one(coder("Norway will send medical supplies to Yemen."), "AGREE")
    assert e.modality == "future"


def test_expected_meeting_is_agree(coder):
    e = _one(coder("Vietnam is expected to hold talks with Laos in May."), "AGREE")
    assert e.modality == "expected" and e.cameo.code == "036"


def test_intended(coder):
    e = _one(coder("The president plans to visit Nairobi in the spring."), "AGREE")
    assert e.modality == "intended"


def test_threatened(coder):
    e = _one(coder("Iran threatened to close the Strait of Hormuz."), "THREATEN")
    assert e.modality == "threatened"
    e = _one(coder("The ministry said the army would shell the rebel camps."), "THREATEN")
    assert e.modality == "threatened"


def test_conditional_and_hypothetical(coder):
    events = coder("If the talks collapse, Ruritania would attack the border posts.")
    attack = _one(events, "THREATEN")
    assert attack.modality == "conditional"
    talks = _one(events, "CONSULT")
    assert talks.modality == "hypothetical"
    assert talks.modality in NON_FACTUAL and attack.modality in NON_FACTUAL


def test_possible(coder):
    e = _one(coder("The navy could blockade the port."), "COERCE")
    assert e.modality == "possible"


def test_ongoing(coder):
    e = _one(coder("Thousands of students are protesting in Santiago."), "PROTEST")
    assert e.modality == "ongoing"


def test_a_negated_if_clause_is_hypothetical(coder):
    events = coder("Iran said it would close the strait if the sanctions were not lifted.")
    threat = _one(events, "THREATEN")
    assert threat.modality == "conditional"
    lifted = [e for e in events if e.plover.type != "THREATEN"]
    assert all(e.modality == "hypothetical" for e in lifted)
