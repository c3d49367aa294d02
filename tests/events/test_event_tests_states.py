"""Weapons tests and launches, standing states ("under sanctions"), implied agents, and what
is not a political event (accidents, disaster emergencies, generic statements). Sentences
written for these tests."""

from __future__ import annotations


def _of(events, plover_type):
    return [e for e in events if e.plover.type == plover_type]


def _countries(actors):
    return {a.country for a in actors}


def test_a_light_verb_with_a_nominal_weapons_test(coder):
    (e,) = coder("Pakistan successfully conducted the testing of a new cruise missile on Sunday.")
    assert (e.plover.type, e.plover.mode, e.cameo.code) == ("MOBILIZE", "weapons", "150")
    assert _countries(e.actor) == {"PAK"}


def test_a_hyphenated_test_verb_is_one_verb_with_its_subject(coder):
    # spaCy splits "test-fired" at the hyphen and misparses the clause; the nlp stage keeps it whole
    (e,) = coder("Iran test-fired a new medium-range missile from a desert base on Tuesday.")
    assert (e.plover.type, e.plover.mode, e.trigger.text) == ("MOBILIZE", "weapons", "test-fired")
    assert _countries(e.actor) == {"IRN"}
    (e,) = coder("Test-launching two rockets, Pakistan showed its new range.")
    assert e.plover.type == "MOBILIZE" and _countries(e.actor) == {"PAK"}


def test_a_missile_fired_at_no_one_is_a_show_of_force(coder):
    (e,) = coder("Iran fired two ballistic missiles into the Gulf of Oman on Friday.")
    assert (e.plover.type, e.plover.mode) == ("MOBILIZE", "weapons")


def test_a_missile_fired_at_a_target_is_an_attack(coder):
    types = {e.plover.type for e in coder("Iran fired two ballistic missiles at a military base in Iraq.")}
    assert types == {"ASSAULT"}


def test_a_promised_missile_launch_is_a_threat(coder):
    types = {e.plover.type for e in coder("Pyongyang said it would launch a ballistic missile over Japan.")}
    assert types == {"THREATEN"}


def test_an_agentless_launch_takes_the_actor_of_the_test_just_reported(coder):
    events = coder("Russia tested a new hypersonic missile on Friday. The missile, launched from a "
                   "submarine in the White Sea, flew about 1,000 kilometres.")
    second = [e for e in events if e.trigger.sentence == 1]
    assert len(second) == 1 and second[0].plover.type == "MOBILIZE"
    assert _countries(second[0].actor) == {"RUS"}
    assert second[0].quantities.get("distance_km") == 1000


def test_an_agentless_passive_with_no_such_act_before_has_no_actor(coder):
    events = coder("Prices rose sharply in May. The missile, launched from a submarine, flew 600 kilometres.")
    (e,) = _of(events, "MOBILIZE")
    assert e.actor == []


def test_under_sanctions_is_an_ongoing_sanction_on_the_subject(coder):
    (e,) = _of(coder("Cuba, which is under a US embargo, bought rice from Vietnam."), "SANCTION")
    assert e.modality == "ongoing"
    assert _countries(e.actor) == {"USA"} and _countries(e.recipient) == {"CUB"}


def test_coordinated_senders_of_sanctions_are_both_actors(coder):
    (e,) = _of(coder("Syria, which is under heavy European Union and US sanctions, rejected the plan."), "SANCTION")
    assert _countries(e.actor) == {"IGO", "USA"} and _countries(e.recipient) == {"SYR"}


def test_an_industrial_explosion_is_no_assault(coder):
    assert coder("Four workers were killed when a boiler exploded at a textile factory in Surat.") == []


def test_a_bomb_explosion_is_an_assault(coder):
    assert {e.plover.type for e in coder("A car bomb exploded near a police station in Quetta.")} == {"ASSAULT"}


def test_a_state_of_emergency_over_a_disaster_is_no_event(coder):
    assert coder("The governor declared a state of emergency after floods swept the province.") == []
    (e,) = coder("The junta declared a state of emergency after mass protests in the capital.")
    assert e.plover.type == "COERCE"


def test_a_generic_statement_about_tests_is_no_event(coder):
    assert coder("Missile tests are a tool of coercion.") == []


def test_a_negated_predicate_of_an_event_subject_does_not_deny_the_event(coder):
    (e,) = coder("The Quito talks have not produced any agreement.")
    assert e.plover.type == "CONSULT" and e.modality == "asserted"
    (e,) = coder("The planned summit between Chad and Niger did not take place.")
    assert e.modality == "negated"


def test_a_present_perfect_with_since_is_ongoing(coder):
    (e,) = coder("The rebels have waged an insurgency against the government since 2004.")
    assert e.plover.type == "ASSAULT" and e.modality == "ongoing"


def test_troops_arriving_or_crossing_mobilise(coder):
    assert {e.plover.type for e in coder("Kenyan troops arrived in Mogadishu on Monday.")} == {"MOBILIZE"}
    assert {e.plover.type for e in coder("Turkish troops crossed the border into Syria.")} == {"MOBILIZE"}


def test_a_protest_demand_voiced_by_a_participle_is_its_topic(coder):
    types = [e.plover.type for e in coder("Thousands of teachers marched in Lima, demanding higher pay.")]
    assert types == ["PROTEST"]


def test_a_hyphen_split_protest_noun(coder):
    assert {e.plover.type for e in coder("Students staged a sit-in outside the ministry.")} == {"PROTEST"}


def test_expressed_solidarity_and_concern(coder):
    (e,) = coder("Norway expressed solidarity with Ukraine.")
    assert e.plover.type == "SUPPORT" and _countries(e.recipient) == {"UKR"}
    (e,) = coder("Japan and Australia expressed concern over the incident.")
    assert e.plover.type == "ACCUSE"


def test_releasing_a_substance_is_no_event_releasing_people_is(coder):
    assert coder("The factory released toxic water into the river.") == []
    assert {e.plover.type for e in coder("The rebels released two hostages on Monday.")} == {"RETREAT"}


def test_weapons_supplied_are_aid_deployed_are_mobilised(coder):
    (e,) = coder("Germany provided anti-aircraft missiles to Ukraine.")
    assert e.plover.type == "AID" and e.cameo.code == "072"
    (e,) = coder("Russia deployed missiles to the border region.")
    assert (e.plover.type, e.plover.mode) == ("MOBILIZE", "weapons")
