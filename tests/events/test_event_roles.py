"""Actor and recipient assignment (sentences written for these tests)."""

from __future__ import annotations


def _texts(actors):
    return [a.text for a in actors]


def _only(events, plover_type):
    found = [e for e in events if e.plover.type == plover_type]
    assert len(found) == 1, [(e.plover.type, e.trigger.text) for e in events]
    return found[0]


def test_active_voice_subject_and_object(coder):
    e = _only(coder("Estonia expelled two diplomats from Russia."), "SANCTION")
    assert _texts(e.actor) == ["Estonia"]
    assert _texts(e.recipient) == ["Russia"]


def test_passive_voice_agent_is_the_actor(coder):
    e = _only(coder("Kenya was accused by Somalia of violating its airspace."), "ACCUSE")
    assert _texts(e.actor) == ["Somalia"]
    assert _texts(e.recipient) == ["Kenya"]


def test_coordinated_subjects_are_both_actors(coder):
    e = _only(coder("France and Germany condemned the coup in Mali."), "ACCUSE")
    assert sorted(_texts(e.actor)) == ["France", "Germany"]


def test_reciprocal_meeting_has_all_participants_as_actors(coder):
    e = _only(coder("Kenya and Uganda met in Nairobi on Monday."), "CONSULT")
    assert sorted(_texts(e.actor)) == ["Kenya", "Uganda"] and e.recipient == []
    e = _only(coder("Chile held talks with Argentina on Tuesday."), "CONSULT")
    assert sorted(_texts(e.actor)) == ["Argentina", "Chile"] and e.recipient == []
    e = _only(coder("Talks between Egypt and Sudan resumed in Cairo."), "CONSULT")
    assert sorted(_texts(e.actor)) == ["Egypt", "Sudan"]


def test_prepositional_recipient(coder):
    e = _only(coder("Canada imposed sanctions against Iran on Friday."), "SANCTION")
    assert _texts(e.actor) == ["Canada"] and _texts(e.recipient) == ["Iran"]


def test_controlled_verb_takes_the_governing_subject(coder):
    e = _only(coder("Vietnam is expected to hold talks with Laos in May."), "AGREE")
    assert "Vietnam" in _texts(e.actor)


def test_object_control_recipient(coder):
    e = _only(coder("Sweden urged Poland to release the detained activists."), "REQUEST")
    assert _texts(e.actor) == ["Sweden"] and _texts(e.recipient) == ["Poland"]


def test_possessive_nominal_event_actor(coder):
    e = _only(coder("Brazil's test of a new rocket alarmed its neighbours."), "MOBILIZE")
    assert _texts(e.actor) == ["Brazil"]


def test_actor_is_a_copy_with_the_mention_text(coder):
    e = _only(coder("Estonia expelled two diplomats from Russia."), "SANCTION")
    assert e.actor[0].text == "Estonia"
    assert e.actor[0].spans, "the copied actor keeps the entity's spans"


def test_place_stands_for_the_recipient_when_none_is_named(coder):
    e = _only(coder("The army imposed a curfew in Mosul."), "COERCE")
    assert "Mosul" in _texts(e.recipient)


def test_meeting_place_is_not_a_recipient(coder):
    e = _only(coder("Chile held talks with Argentina in Madrid."), "CONSULT")
    assert "Madrid" not in _texts(e.actor) + _texts(e.recipient)


def test_recipient_from_a_purpose_clause(coder):
    e = _only(coder("Farmers blocked a highway to protest against Bolivia's new tax."), "PROTEST")
    assert "Bolivia" in _texts(e.recipient)


def test_pronoun_subject_of_a_reported_clause_is_the_reporter(coder):
    e = _only(coder("Peru said it will send medical supplies to Ecuador."), "AGREE")
    # the actor keeps the mention's surface ("it") and the resolved identity (Peru)
    assert [a.name for a in e.actor] == ["Peru"] and "Ecuador" in _texts(e.recipient)


def test_the_object_of_accused_of_is_the_actor_of_the_gerund(coder):
    events = coder("Peru accused Bolivian police of shooting three Peruvian farmers.")
    assert [a.country for a in _only(events, "ACCUSE").actor] == ["PER"]
    shot = _only(events, "ASSAULT")
    assert [a.country for a in shot.actor] == ["BOL"]


def test_quoted_as_saying_is_said_by_the_one_quoted(coder):
    events = coder("State television quoted an Iranian general as saying that Iraq must withdraw its forces.")
    demand = _only(events, "REQUEST")
    assert [a.country for a in demand.actor] == ["IRN"] and [a.country for a in demand.recipient] == ["IRQ"]
