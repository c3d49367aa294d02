"""Round-three frames: 'calling for X to Y', pro-form content, ', adding that' as its own
report, and phrasal verbs of attack and advocacy."""

from __future__ import annotations

import pytest


def test_calling_for_a_clause_opened_by_for(attribute, by_cue):
    a = by_cue(attribute("The senator is calling for the state to repay the farmers."), "calling")
    assert a.cue_span.text == "is calling for"
    assert a.source_span.text == "The senator"
    assert a.content_span.text == "the state to repay the farmers"


def test_said_so_takes_the_pro_form_as_content(attribute, by_cue):
    doc = attribute("Most of the fishermen said so in March.")
    a = by_cue(doc, "said")
    assert a.source_span.text == "Most of the fishermen"
    assert a.content_span.text == "so"


def test_said_yes_is_a_report(attribute, by_cue):
    a = by_cue(attribute("Asked whether she would sign the treaty, the minister said yes."), "said")
    assert a.source_span.text == "the minister"
    assert a.content_span.text == "yes"


def test_adding_that_is_a_second_report_by_the_same_speaker(attribute, by_cue):
    doc = attribute(
        "The mayor said the new ferry would be late because the steel had arrived damaged, "
        "adding that the city would sue the shipyard."
    )
    said, adding = by_cue(doc, "said"), by_cue(doc, "adding")
    assert "adding" not in said.text
    assert adding.source_span.text == "The mayor"
    assert "the city would sue the shipyard" in adding.text


def test_phrasal_verbs_of_attack_and_advocacy(attribute, by_cue):
    doc = attribute("The governor went after the union leaders over the strike.")
    a = by_cue(doc, "went after")
    assert a.source_span.text == "The governor"
    assert a.content_span.text.startswith("the union leaders")
    b = by_cue(attribute("The archbishop spoke out against the new border fence."), "spoke out")
    assert b.cue_span.text == "spoke out against"
    assert b.content_span.text == "the new border fence"


def test_bare_cue_sentence_after_a_closed_quote(attribute, by_cue):
    doc = attribute('"The ferry will run again by June." Ortiz said. "We have the parts now."')
    a = by_cue(doc, "said")
    assert a.source_span.text == "Ortiz"
    assert a.content_span.text.startswith('"The ferry will run again by June.')


def test_asked_about_it_after_a_closed_quote_is_not_the_speaker(attribute):
    doc = attribute('"The ferry will run again by June." Asked about the cost, the mayor smiled.')
    assert not any(a.content_span is not None and "ferry" in a.content_span.text for a in doc.attributions)


def test_said_the_same(attribute, by_cue):
    a = by_cue(attribute("A third of the dockworkers said the same."), "said")
    assert a.content_span.text == "the same"


def test_sentence_case_headline_verb_tagged_as_a_noun(attribute, by_cue):
    doc = attribute("Teachers union rejects offer.\nThe union met on Monday in the capital.")
    a = by_cue(doc, "rejects")
    assert a.source_span.text == "Teachers union"
    assert a.content_span.text == "offer"


def test_that_clause_hung_on_the_noun_after_the_verb(attribute, by_cue):
    doc = attribute("The mayor is telling diners at a popular harbor cafe that she needs their votes.")
    a = by_cue(doc, "telling")
    assert a.source_span.text == "The mayor"
    assert a.content_span.text == "that she needs their votes"


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    ("The Harbor Gazette reported at the time that the ferry operator was bankrupt.",
     "reported", "The Harbor Gazette", "that the ferry operator was bankrupt"),
    ("The senator tweeted in the early hours that the budget was “a disgrace”.",
     "tweeted", "The senator", "that the budget was “a disgrace”"),
])
def test_that_clause_read_as_a_relative_clause_of_the_noun_after_the_verb(attribute, by_cue, text, cue, source, content):
    a = by_cue(attribute(text), cue)
    assert (a.source_span.text, a.content_span.text) == (source, content)


def test_a_report_inside_a_that_clause_read_as_a_relative_stays_nested(attribute, by_cue):
    doc = attribute("The Harbor Gazette reported at the time that the port director, Ana Ruiz, "
                    "told the crew that the ferry would not sail.")
    reported, told = by_cue(doc, "reported"), by_cue(doc, "told")
    assert reported.content_span.text.startswith("that the port director")
    assert told.content_span.text == "that the ferry would not sail"
    assert reported.content_span.start <= told.cue_span.start < reported.content_span.end


def test_a_true_relative_clause_after_the_verb_is_no_content(attribute):
    doc = attribute("The mayor spoke at the hearing that the council chaired.")
    assert not [a for a in doc.attributions if a.cue_span is not None and a.cue_span.text == "spoke"]


def test_according_to_is_not_part_of_the_reported_content(attribute, by_cue):
    doc = attribute("The league announced that it had fined the club, according to the Harbor Gazette.")
    announced = by_cue(doc, "announced")
    according = by_cue(doc, "according to")
    assert "Gazette" not in announced.text
    assert according.source_span.text == "the Harbor Gazette"


def test_as_the_agency_revealed_reports_the_clause_after_it(attribute, by_cue):
    a = by_cue(attribute("As the wire agency revealed, the party agreed to share its donor lists."), "revealed")
    assert a.source_span.text == "the wire agency"
    assert a.content_span.text == "the party agreed to share its donor lists"


def test_noun_of_fear_with_a_clause_without_that(attribute, by_cue):
    a = by_cue(attribute("There are fears the crowds will spread the virus."), "fears")
    assert a.content_span.text == "the crowds will spread the virus"


def test_attack_with_a_reason_given_by_a_participle_of_saying(attribute, by_cue):
    doc = attribute("Kerry attacked the senator, saying he would raise taxes.")
    a = by_cue(doc, "attacked")
    assert a.source_span.text == "Kerry"
    assert a.content_span.text == "the senator"


def test_physical_attack_on_people_is_no_attribution(attribute):
    doc = attribute("Rebels attacked the soldiers near the border.")
    assert not any(a.cue_span.text == "attacked" for a in doc.attributions)


def test_it_is_unclear_whether_has_no_source(attribute, by_cue):
    a = by_cue(attribute("It was unclear how many ballots were lost in the flood."), "unclear")
    assert a.source is None
    assert a.content_span.text == "how many ballots were lost in the flood"
