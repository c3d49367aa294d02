"""Event nouns that point elsewhere for their participants: ellipsis ("the third took place
in X"), ordinal and existential references, hyphenated participants, a city naming an event,
and possessive pronouns (sentences written for these tests)."""

from __future__ import annotations


def _of(events, plover_type):
    return [e for e in events if e.plover.type == plover_type]


def _countries(actors):
    return {a.country for a in actors}


def test_an_ordinal_subject_stands_for_the_event_noun_just_mentioned(coder):
    events = coder("The Sudan-Chad summits have drawn little attention. The first was held in Khartoum "
                   "in 2019 and the second took place in Abeche.")
    elided = [e for e in events if e.evidence.startswith("rules:ellipsis")]
    assert len(elided) == 2, [(e.plover.type, e.trigger.text, e.evidence) for e in events]
    assert {e.trigger.text for e in elided} == {"first", "second"}
    for e in elided:
        assert e.plover.type == "CONSULT" and e.lemma == "summit"
        assert _countries(e.actor) == {"SDN", "TCD"}


def test_an_ordinal_that_names_no_occurrence_is_not_an_ellipsis(coder):
    events = coder("Twelve countries recognised Kosovo after the summit. The first was Japan.")
    assert not [e for e in events if e.evidence.startswith("rules:ellipsis")]


def test_an_ordinal_event_noun_shares_the_participants_of_earlier_mentions(coder):
    events = coder("The Armenia-Azerbaijan meetings stalled in May. There have been four meetings since "
                   "then. The second meeting was held in Brussels.")
    last = [e for e in events if e.trigger.sentence == 2]
    assert last and _countries(last[0].actor) == {"ARM", "AZE"}


def test_hyphenated_capitals_are_both_participants(coder):
    (e,) = _of(coder("Tokyo-Seoul talks resumed on Monday after a long pause."), "CONSULT")
    assert _countries(e.actor) == {"JPN", "KOR"} and e.recipient == []


def test_a_city_modifying_an_event_noun_is_its_place_not_a_participant(coder):
    events = coder("The Geneva talks ended without a deal.")
    assert all("Geneva" not in [a.text for a in e.actor + e.recipient] for e in events)


def test_a_possessive_pronoun_on_an_event_noun_is_bound_to_the_clause_subject(coder):
    events = coder("Ethiopia and Eritrea settled several disputes in their Nairobi talks.")
    (e,) = _of(events, "CONSULT")
    assert _countries(e.actor) == {"ETH", "ERI"}


def test_the_subject_of_an_attitude_verb_takes_no_part_in_the_event(coder):
    events = coder("Japanese officials expected the talks to resume in May.")
    assert events and all("JPN" not in _countries(e.actor) for e in events)


def test_a_verbless_fragment_with_an_unnamed_event_is_not_coded(coder):
    assert coder("Futile talks?") == []


def test_a_named_agent_acting_on_an_event_noun_is_reported(coder):
    events = coder("Serbia and Kosovo agreed on a plan after twelve hours of talks hosted by the European Union.")
    hosted = [e for e in events if e.plover.type == "CONSULT"]
    assert hosted and _countries(hosted[0].actor) == {"IGO"}


def test_an_act_inside_a_participle_clause_stays_background(coder):
    events = coder("Libya offered to hand over two men suspected by Britain of bombing a plane.")
    assert "ASSAULT" not in {e.plover.type for e in events}
