"""Recipient rules, round two: parser repairs, implied recipients, and what is not one.

Every sentence is written for these tests; each rule family has a case that must find the
recipient and, where the rule could over-reach, a case that must not.
"""

from __future__ import annotations

import pytest


def _only(events, plover_type):
    found = [e for e in events if e.plover.type == plover_type]
    assert len(found) == 1, [(e.plover.type, e.trigger.text) for e in events]
    return found[0]


def _countries(actors):
    return sorted(a.country for a in actors)


# ----- attachment errors of the small parser ------------------------------------------------------
def test_up_to_a_number_is_the_object_not_a_goal(coder):
    e = _only(coder("Gunmen kidnapped up to 30 Chinese engineers at a mine."), "ASSAULT")
    assert _countries(e.recipient) == ["CHN"]


def test_up_to_a_number_is_never_a_to_recipient(coder):
    e = _only(coder("The army sent up to 500 troops to Mali."), "MOBILIZE")
    assert [a.text for a in e.recipient] == ["Mali"]


def test_a_preposition_left_without_object_takes_the_phrase_after_it(coder):
    e = _only(coder("Ecuador granted asylum to two Bolivian ministers holed up in a consulate since the coup."),
              "AID")
    assert _countries(e.actor) == ["ECU"] and _countries(e.recipient) == ["BOL"]


def test_a_shared_preposition_takes_the_last_conjuncts_object(coder):
    e = _only(coder("Uruguay has established diplomatic ties with and opened a consulate in Hanoi."), "SUPPORT")
    assert _countries(e.actor) == ["URY"] and _countries(e.recipient) == ["VNM"]


def test_a_heavy_object_shifted_after_as(coder):
    e = _only(coder("Ghana condemned as a grave provocation Togo's closure of the border."), "ACCUSE")
    assert _countries(e.recipient) == ["TGO"]


def test_the_object_of_allow_read_as_a_complement_subject(coder):
    e = _only(coder("Ghana decided to allow Ivorian traders to return to the market."), "CONCEDE")
    assert _countries(e.actor) == ["GHA"] and _countries(e.recipient) == ["CIV"]


def test_every_conjunct_of_a_counted_phrase(coder):
    e = _only(coder("Border guards beat dozens of Afghan and Pakistani migrants."), "ASSAULT")
    assert _countries(e.recipient) == ["AFG", "PAK"]


# ----- recipients named outside the verb's own arguments --------------------------------------------
def test_a_threat_is_aimed_at_the_subject_of_its_condition(coder):
    e = _only(coder("Iran threatened to cut oil exports if France imposes new tariffs."), "THREATEN")
    assert _countries(e.actor) == ["IRN"] and _countries(e.recipient) == ["FRA"]


def test_a_pronoun_in_the_condition_is_not_a_recipient(coder):
    e = _only(coder("Brazil threatened to close the border if it is attacked."), "THREATEN")
    assert e.recipient == []


def test_a_refusal_despite_calls_refuses_the_caller(coder):
    e = _only(coder("Peru refused to extradite the suspect despite calls from Chile."), "REJECT")
    assert _countries(e.actor) == ["PER"] and _countries(e.recipient) == ["CHL"]


def test_despite_a_non_request_names_no_recipient(coder):
    e = _only(coder("Peru refused to resign from the council despite the floods in Chile."), "REJECT")
    assert "CHL" not in _countries(e.recipient)


def test_in_protest_at_an_act_protests_its_author(coder):
    e = _only(coder("Nurses went on strike in protest at the Zambian government's pay freeze."), "PROTEST")
    assert _countries(e.recipient) == ["ZMB"] and [a.sector for a in e.recipient] == ["GOV"]


def test_a_protest_against_abuses_by_someone_protests_the_agent(coder):
    e = _only(coder("Lawyers rallied against the torture of detainees by Ugandan police."), "PROTEST")
    assert [a.text for a in e.recipient] == ["Ugandan police"]


def test_a_strike_over_a_decree_protests_its_author(coder):
    e = _only(coder("Bus drivers struck over a decree issued by Nigeria's president."), "PROTEST")
    assert [a.sector for a in e.recipient] == ["GOV"] and _countries(e.recipient) == ["NGA"]


def test_a_concession_after_talks_yields_to_the_other_side(coder):
    e = _only(coder("Rebels freed the hostages after talks with the Ghanaian government."), "RETREAT")
    assert _countries(e.recipient) == ["GHA"]


def test_a_purpose_clause_object_is_whom_the_act_serves(coder):
    e = _only(coder("Poland sent medical supplies to help Ukraine treat the wounded."), "AID")
    assert _countries(e.actor) == ["POL"] and _countries(e.recipient) == ["UKR"]


def test_a_meetings_purpose_adds_no_participant(coder):
    e = _only(coder("Sudan and Chad met to discuss the plight of Libyan refugees."), "CONSULT")
    assert _countries(e.actor) == ["SDN", "TCD"] and e.recipient == []


def test_a_content_clause_is_not_a_purpose_clause(coder):
    # "to conclude a pact" is what failed, not its purpose: the topic names no recipient
    e = _only(coder("Sudan and Chad failed to conclude a pact on the return of Libyan refugees."), "REJECT")
    assert e.recipient == [] and _countries(e.actor) == ["SDN", "TCD"]


def test_a_place_inside_the_objects_description(coder):
    e = _only(coder("Insurgents bombed a railway running into Mosul."), "ASSAULT")
    assert _countries(e.recipient) == ["IRQ"]


@pytest.mark.parametrize("noun", ["relations", "ties"])
def test_establishing_relations_is_directed(coder, noun):
    # PLOVER folds participants into the actor only for meetings; relations have a recipient
    e = _only(coder(f"Fiji established diplomatic {noun} with Kosovo."), "SUPPORT")
    assert [a.text for a in e.actor] == ["Fiji"] and [a.text for a in e.recipient] == ["Kosovo"]


def test_meetings_stay_reciprocal(coder):
    e = _only(coder("Chile held talks with Argentina on Tuesday."), "CONSULT")
    assert _countries(e.actor) == ["ARG", "CHL"] and e.recipient == []
