"""Told things, a misread "according to" phrase, and cue words that name no claim here:
criminal charges, bare reactions and an event that recalls or echoes another."""

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


@pytest.mark.parametrize("text", [
    "Two guards were found dead in the watchtower on Sunday.",
    "Rescuers found the climber hanging from a ledge.",
    "The missing fishermen were found alive on a sandbank.",
])
def test_finding_someone_in_a_bodily_state_reports_nothing(attribute, text):
    assert not [c for c in _cues(attribute(text)) if "found" in c]


@pytest.mark.parametrize(("text", "content"), [
    ("The former mayor was found guilty of bribery.", "guilty of bribery"),
    ("The audit found that the ledgers were forged.", "that the ledgers were forged"),
])
def test_a_verdict_or_a_finding_is_still_a_report(attribute, by_cue, text, content):
    assert _content(by_cue(attribute(text), "found")).endswith(content)


def test_the_aim_of_talks_held_is_no_content(attribute, by_cue):
    assert not [c for c in _cues(attribute("Negotiators held talks to end the strike.")) if "talks" in c]
    a = by_cue(attribute("Envoys from both capitals held talks about the disputed island."), "talks")
    assert _content(a) == "the disputed island"


def test_an_as_label_read_as_a_clause_belongs_to_the_content(hand_parsed, raw_headed_by):
    # "The envoy described the vote as unfair." with "as unfair" read as a clause of its own
    doc = hand_parsed(
        ["The", "envoy", "described", "the", "vote", "as", "unfair", "."],
        [True, True, True, True, True, True, False, False],
        [1, 2, 2, 4, 2, 6, 2, 2],
        ["det", "nsubj", "ROOT", "det", "dobj", "advmod", "advcl", "punct"],
        ["DT", "NN", "VBD", "DT", "NN", "RB", "JJ", "."],
        ["DET", "NOUN", "VERB", "DET", "NOUN", "ADV", "ADJ", "PUNCT"],
        ["the", "envoy", "describe", "the", "vote", "as", "unfair", "."],
    )
    r = raw_headed_by(doc, "described")
    text = doc.text
    assert " ".join(text[a:b] for a, b in r.content) == "the vote as unfair"


def test_a_comment_clause_with_as_is_not_a_label(attribute, by_cue):
    a = by_cue(attribute("Critics backed the merger, as shown by the senator's vote."), "backed")
    assert _content(a) == "the merger"


def test_charges_stated_as_a_clause_need_no_author(attribute, by_cue):
    a = by_cue(attribute("Charges that its nurses had lied were rejected by the clinic."), "Charges")
    assert _content(a) == "that its nurses had lied"


@pytest.mark.parametrize(("text", "content"), [
    ("The port authority said on Monday it would reopen the terminal.", "it would reopen the terminal"),
    ("The port authority said on Monday that it would reopen the terminal.", "that it would reopen the terminal"),
    ("The port authority has said earlier it would reopen the terminal.", "it would reopen the terminal"),
])
def test_a_date_after_the_cue_dates_the_saying(attribute, by_cue, text, content):
    assert _content(by_cue(attribute(text), "said")) == content


def test_a_finite_verb_misread_as_a_participle_after_a_relative_clause_speaks_for_the_opening_names(
    hand_parsed, raw_headed_by
):
    from spacy.tokens import Span

    # "Chile and Peru, which shun Ortega, offered to host talks." with "offered" read as a
    # participle on "Ortega" and "Chile" as the root
    doc = hand_parsed(
        ["Chile", "and", "Peru", ",", "which", "shun", "Ortega", ",", "offered", "to", "host", "talks", "."],
        [True, True, False, True, True, True, False, True, True, True, True, False, False],
        [0, 0, 0, 0, 5, 0, 5, 6, 6, 10, 8, 10, 0],
        ["ROOT", "cc", "conj", "punct", "nsubj", "relcl", "dobj", "punct", "acl", "aux", "xcomp", "dobj", "punct"],
        ["NNP", "CC", "NNP", ",", "WDT", "VBP", "NNP", ",", "VBN", "TO", "VB", "NNS", "."],
        ["PROPN", "CCONJ", "PROPN", "PUNCT", "PRON", "VERB", "PROPN", "PUNCT", "VERB", "PART", "VERB", "NOUN", "PUNCT"],
        ["Chile", "and", "Peru", ",", "which", "shun", "Ortega", ",", "offer", "to", "host", "talk", "."],
    )
    doc.ents = [Span(doc, 0, 1, label="GPE"), Span(doc, 2, 3, label="GPE")]
    r = raw_headed_by(doc, "offered")
    assert doc[r.source[0]:r.source[1]].text == "Chile and Peru"
    assert [doc.text[a:b] for a, b in r.content] == ["to host talks"]


def test_an_adjective_with_an_object_is_no_clause_of_the_cue(hand_parsed, raw_headed_by):
    # "The junta declared a truce, handing power to army chief Ko Lin." with "chief" read as
    # an adjective clause of "declared" whose object is "Ko Lin"
    doc = hand_parsed(
        ["The", "junta", "declared", "a", "truce", ",", "handing", "power", "to", "army", "chief", "Ko", "Lin", "."],
        [True, True, True, True, False, True, True, True, True, True, True, True, False, False],
        [1, 2, 2, 4, 2, 2, 2, 6, 6, 8, 2, 12, 10, 2],
        ["det", "nsubj", "ROOT", "det", "dobj", "punct", "conj", "dobj", "dative", "pobj", "ccomp", "compound",
         "dobj", "punct"],
        ["DT", "NN", "VBD", "DT", "NN", ",", "VBG", "NN", "IN", "NNS", "JJ", "NNP", "NNP", "."],
        ["DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT", "VERB", "NOUN", "ADP", "NOUN", "ADJ", "PROPN", "PROPN", "PUNCT"],
        ["the", "junta", "declare", "a", "truce", ",", "hand", "power", "to", "army", "chief", "Ko", "Lin", "."],
    )
    r = raw_headed_by(doc, "declared")
    assert [doc.text[a:b] for a, b in r.content] == ["a truce"]


def test_charges_a_cue_verb_rejects_are_not_its_subjects_own(attribute, by_cue):
    doc = attribute("The clinic rejected charges that its nurses had lied.")
    assert by_cue(doc, "rejected").source_span.text == "The clinic"
    assert by_cue(doc, "charges").source_span is None  # made by someone the sentence does not name


@pytest.mark.parametrize("text", [
    "Relief teams\n\nThe arrival of the Chilean medics recalled the flood relief of 2010.",
    "Border standoff\n\nThe confrontation echoes a dispute over grazing land last spring.",
])
def test_an_event_that_recalls_or_echoes_another_reports_nothing(attribute, text):
    assert not [c for c in _cues(attribute(text)) if c.startswith(("recalled", "echoes"))]


@pytest.mark.parametrize(("text", "cue"), [
    ("Relief teams\n\nThe old envoy recalled the flood relief of 2010.", "recalled"),
    ("Border standoff\n\nThe senator echoed the governor's appeal for calm.", "echoed"),
])
def test_a_person_who_recalls_or_echoes_reports(attribute, text, cue):
    assert cue in _cues(attribute(text))
