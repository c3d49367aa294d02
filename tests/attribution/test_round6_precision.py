"""Round-six precision: cue verbs in a sense that reports nothing, fixed discourse phrases,
and reports that stay nested in their host's content (free relatives, a noun's
that-complement, a second that-clause)."""

from __future__ import annotations

import pytest


def _cues(doc):
    return [a.cue_span.text for a in doc.attributions if a.cue_span is not None]


def _has_cue(doc, word):
    return any(word in c.split() for c in _cues(doc))


@pytest.mark.parametrize(
    "text, word",
    [
        # telephoning or convening: a bare object, nothing said about it
        ("The governor called her sister and they talked for an hour.", "called"),
        ("The chairman called both candidates on Tuesday night.", "called"),
        ("Volunteers spent the weekend trying to call voters in the suburbs.", "call"),
        # withholding: a thing and someone who does not get it
        ("The clerk denied the couple a marriage licence.", "denied"),
        ("The consulate denied him a visa for the second time.", "denied"),
        ("Court clerks could deny licences to the couples.", "deny"),
        # letting in
        ("The alliance admitted two small states into its ranks last year.", "admitted"),
    ],
)
def test_non_communicative_sense_is_no_cue(attribute, text, word):
    assert not _has_cue(attribute(text), word)


@pytest.mark.parametrize(
    "text, word",
    [
        ("The governor called the plan reckless.", "called"),
        ("The governor called her rival “a coward” on Monday.", "called"),
        ("The senator called for an inquiry into the contract.", "called"),
        ("The clerk denied the report about the licences.", "denied"),
        ("The minister admitted the mistake on Friday.", "admitted"),
    ],
)
def test_communicative_sense_stays_a_cue(attribute, text, word):
    assert _has_cue(attribute(text), word)


@pytest.mark.parametrize(
    "text, word",
    [
        ("The plan, you know, was never going to work.", "know"),
        ("The harbour was a mess, believe me.", "believe"),
        ("It is fair to say the budget is tight this year.", "say"),
        ("The ferry will be late again, you know.", "know"),
    ],
)
def test_discourse_phrase_is_no_cue(attribute, text, word):
    assert not _has_cue(attribute(text), word)


def test_you_know_with_a_clause_stays_a_cue(attribute):
    assert _has_cue(attribute("Voters know that the bridge will close in May."), "know")


def test_report_in_a_free_relative_stays_in_the_host_content(attribute, by_cue):
    doc = attribute("The senator attacked what the mayor called a tax on the poor.")
    host = by_cue(doc, "attacked")
    assert "what the mayor called a tax on the poor" in host.content_span.text


def test_second_that_clause_stays_in_the_host_content(attribute, by_cue):
    doc = attribute("The minister said the plan was sound, but that she would not support the bill.")
    host = by_cue(doc, "said")
    assert "she would not support the bill" in host.text


def test_that_complement_of_a_noun_stays_in_the_host_content(attribute, by_cue):
    doc = attribute("The council rejected the claim that the mayor said the vote was rigged.")
    host = by_cue(doc, "rejected")
    assert "the mayor said the vote was rigged" in host.content_span.text


def test_relative_that_clause_is_still_cut(attribute, by_cue):
    # "a result that he said _ defied the odds": a relative, its own speaker's report
    doc = attribute("The coach praised a result that the owner said defied the odds.")
    host = by_cue(doc, "praised")
    assert "defied" not in host.content_span.text
