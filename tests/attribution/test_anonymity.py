"""Anonymous sources (attribution/anonymity.py): unnamed people, or anyone granted anonymity."""

from __future__ import annotations

import pytest

from eventwire.model import Attribution


def _relation(doc, cue_word: str) -> Attribution:
    found = [a for a in doc.attributions if a.cue_span is not None and a.cue_span.text == cue_word]
    assert found, [(a.cue_span and a.cue_span.text) for a in doc.attributions]
    return found[0]


#: Unnamed people speaking off the record are anonymous sources.
UNNAMED = [
    "Two senior Nigerian officials said the convoy had been ambushed near Maiduguri.",
    "The convoy had been ambushed near Maiduguri, sources in the Nigerian army said.",
    "People familiar with the negotiations said the ceasefire would hold until Friday.",
    "A person close to the governor said the convoy had been ambushed near Maiduguri.",
    "A farmer who asked not to be named said the convoy had been ambushed near Maiduguri.",
    "According to a diplomat in Abuja, the convoy had been ambushed near Maiduguri.",
    "The convoy had been ambushed near Maiduguri, an unnamed driver quoted by Le Monde said.",
    "Two senior Nigerian officials said the bridge was closed. They said it would reopen on Monday.",
]
#: Named people, bodies and spokespeople are on the record.
ON_RECORD = [
    "Nigerian army spokesman Onyema Nwachukwu said the convoy had been ambushed near Maiduguri.",
    "The Nigerian army said the convoy had been ambushed near Maiduguri.",
    "Nigeria said the convoy had been ambushed near Maiduguri.",
    "A spokesman for the Nigerian army said the convoy had been ambushed near Maiduguri.",
    "Onyema Nwachukwu, who spoke on condition of anonymity, said the convoy had been ambushed.",
    "People for the Ethical Treatment of Animals said the convoy had carried caged monkeys.",
    "Army spokesman Onyema Nwachukwu said the bridge was closed. He said it would reopen on Monday.",
    "Many people in Maiduguri said they had heard gunfire near the market.",  # ordinary people, not insiders
]


@pytest.mark.parametrize("text, anonymous", [(t, True) for t in UNNAMED] + [(t, False) for t in ON_RECORD])
def test_unnamed_people_are_anonymous_sources_and_others_are_not(attribute, text, anonymous):
    doc = attribute(text)
    relations = [a for a in doc.attributions if a.kind != "outlet" and a.source is not None]
    assert relations and all(a.anonymous is anonymous for a in relations)


def test_a_source_granted_anonymity_later_in_the_sentence_is_anonymous(attribute):
    doc = attribute("A police commander said, speaking on condition of anonymity, that four officers were hurt.")
    assert _relation(doc, "said").anonymous


def test_the_outlet_link_is_never_anonymous(attribute):
    doc = attribute("Sources said the talks had collapsed.")
    assert [a.anonymous for a in doc.attributions if a.kind == "outlet"] in ([], [False])
