"""Told things, a misread "according to" phrase, and cue words that name no claim here:
criminal charges and bare reactions."""

from __future__ import annotations

import pytest


def _content(a) -> str:
    return " | ".join(p.text for p in a.content_parts) if a.content_parts else a.content_span.text


def _cues(doc) -> list[str]:
    return [a.cue_span.text for a in doc.attributions if a.cue_span is not None]


@pytest.mark.parametrize(("text", "content"), [
    ("The governor told the story of a farmer who lost his land to the river.",
     "the story of a farmer who lost his land to the river"),
    ("At the rally the senator told a joke about the weather.", "a joke about the weather"),
])
def test_a_told_story_is_the_content(attribute, by_cue, text, content):
    assert _content(by_cue(attribute(text), "told")) == content


def test_telling_the_truth_is_a_verdict_not_a_report(attribute):
    assert "told" not in _cues(attribute("Voters believe the mayor told the truth."))


def test_according_to_with_its_noun_read_as_a_verb(hand_parsed):
    from eventwire.attribution.extract import extract

    # "The host mocked guests, according to show insiders." with "show" read as a verb
    doc = hand_parsed(
        ["The", "host", "mocked", "guests", ",", "according", "to", "show", "insiders", "."],
        [True, True, True, False, True, True, True, True, False, False],
        [1, 2, 2, 2, 2, 2, 5, 6, 7, 2],
        ["det", "nsubj", "ROOT", "dobj", "punct", "prep", "prep", "pcomp", "dobj", "punct"],
        ["DT", "NN", "VBD", "NNS", ",", "VBG", "IN", "VB", "NNS", "."],
        ["DET", "NOUN", "VERB", "NOUN", "PUNCT", "VERB", "ADP", "VERB", "NOUN", "PUNCT"],
        ["the", "host", "mock", "guest", ",", "accord", "to", "show", "insider", "."],
    )
    raws = extract(doc)
    (r,) = [r for r in raws if r.kind == "according_to"]
    assert doc[r.source[0]:r.source[1]].text == "show insiders"
    assert doc[r.cue[0]:r.cue[1]].text == "according to"
    assert not [r for r in raws if doc[r.head].text == "show"]  # the misread verb is no cue of its own


def test_criminal_charges_name_no_claim(attribute):
    assert not [c for c in _cues(attribute("Criminal charges against the mayor were dropped in May.")) if "charges" in c]


def test_a_charge_with_its_author_is_a_claim(attribute, by_cue):
    a = by_cue(attribute("The senator's charges against the mayor drew a sharp rebuttal."), "charges")
    assert a.source_span.text == "The senator's"


def test_a_reaction_reports_through_what_was_said(attribute, by_cue):
    doc = attribute("The minister reacted to the verdict, saying it was unjust.")
    assert "reacted" not in " ".join(_cues(doc))
    assert _content(by_cue(doc, "saying")) == "it was unjust"
