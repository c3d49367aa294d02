"""Modality of a clause from grammar, one test per value (sentences written for these tests)."""

from __future__ import annotations

import pytest

from eventwire.events.modality import modality_of
from eventwire.model import MODALITIES

CASES = [
    ("The two foreign ministers met in Oslo on Tuesday.", "met", "asserted"),
    ("The envoy did not meet the rebel commanders.", "meet", "negated"),
    ("The militia refused to release the aid workers.", "release", "negated"),
    ("Peru will host the regional summit next year.", "host", "future"),
    ("Chile is expected to sign the trade pact in March.", "sign", "expected"),
    ("The president plans to visit Nairobi in the spring.", "visit", "intended"),
    ("Iran threatened to close the strait.", "close", "threatened"),
    ("If the talks collapse, the army would resume shelling.", "collapse", "hypothetical"),
    ("If the talks collapse, the army would resume shelling.", "resume", "conditional"),
    ("The navy could focus its patrols on the northern coast.", "focus", "possible"),
    ("Farmers are blocking the main highway.", "blocking", "ongoing"),
    ("The country has lived under sanctions for a decade.", "sanctions", "ongoing"),
]


@pytest.mark.parametrize("text,word,expected", CASES)
def test_modality_values(parse, token_index, text, word, expected):
    doc = parse(text)
    assert modality_of(doc, token_index(doc, word)) == expected


def test_every_value_is_covered_and_known():
    values = {case[2] for case in CASES}
    assert values <= set(MODALITIES)
    assert values == set(MODALITIES) - {"reported"}


def test_reported_would_is_future_not_hypothetical(parse, token_index):
    doc = parse("The ministry said it would send inspectors to the plant.")
    assert modality_of(doc, token_index(doc, "send")) == "future"


def test_governing_clause_itself_stays_asserted(parse, token_index):
    doc = parse("The militia refused to release the aid workers.")
    assert modality_of(doc, token_index(doc, "refused")) == "asserted"


def test_coordinated_verb_shares_the_auxiliary(parse, token_index):
    doc = parse("The delegations will meet and sign a border accord.")
    assert modality_of(doc, token_index(doc, "sign")) == "future"


def test_nominal_event_modifiers(parse, token_index):
    doc = parse("The planned summit in Hanoi drew wide attention.")
    assert modality_of(doc, token_index(doc, "summit")) == "intended"


def test_noun_governed_infinitive(parse, token_index):
    doc = parse("His plan to visit Havana surprised the diplomats.")
    assert modality_of(doc, token_index(doc, "visit")) == "intended"
    doc = parse("Attempts to end the strike failed.")
    assert modality_of(doc, token_index(doc, "end")) == "possible"


def test_an_earlier_clause_after_a_preposition_keeps_its_own_modality(parse, token_index):
    doc = parse("The rebels will advance after seizing the town.")
    assert modality_of(doc, token_index(doc, "seizing")) == "asserted"
    doc = parse("Moscow would respond by expelling the envoys.")
    assert modality_of(doc, token_index(doc, "expelling")) == "hypothetical"
