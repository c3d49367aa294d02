"""Round-five cues: reports inside relative clauses stand apart from the host's content,
received judgements ("drew criticism from X"), ", and B said Y" after A's report,
markup tag names, and what a speaker "says" as a plain object."""

from __future__ import annotations

import pytest


def _contents(doc, surface):
    return [a.content_span.text for a in doc.attributions if a.cue_span is not None and surface in a.cue_span.text]


@pytest.mark.parametrize(
    "text, host, inner, inner_source",
    [
        ("The treasurer promised a new roof, which he said the tenants should pay for.", "promised", "said", "he"),
        ("The auditor criticized the loans, which the inquiry said were hidden from the board.", "criticized", "said", "the inquiry"),
        ("I asked the court for a fine, which I said was not a jail term.", "asked", "said", "I"),
    ],
)
def test_report_in_a_relative_clause_is_cut_from_the_host(attribute, by_cue, text, host, inner, inner_source):
    doc = attribute(text)
    h = by_cue(doc, host)
    i = by_cue(doc, inner)
    # the host keeps the noun it takes, not what someone else said about it
    assert inner not in h.content_span.text
    assert i.source_span.text == inner_source
    assert h.content_span.end <= i.cue_span.start


def test_relative_report_with_a_relative_pronoun_subject_stays_nested(attribute, by_cue):
    # "who said" has no subject of its own: the host noun is the speaker, nothing is cut
    doc = attribute("The board thanked the engineer, who said the bridge was safe.")
    said = by_cue(doc, "said")
    assert said.content_span.text == "the bridge was safe"


@pytest.mark.parametrize(
    "text, cue, content, source",
    [
        ("The ferry plan has drawn harsh criticism from island residents.", "has drawn harsh criticism", "The ferry plan", "island residents"),
        ("The harbour tax quickly drew sharp criticism from both parties.", "quickly drew sharp criticism", "The harbour tax", "both parties"),
        ("The senator has won broad support from local mayors.", "has won broad support", "The senator", "local mayors"),
        ("The governor came under heavy criticism last spring.", "came under heavy criticism", "The governor", None),
    ],
)
def test_received_judgement(attribute, by_cue, text, cue, content, source):
    a = by_cue(attribute(text), cue.split()[-1])
    assert a.cue_span.text == cue
    assert a.content_span.text == content
    assert (a.source_span.text if a.source_span else None) == source


def test_received_judgement_after_a_relative_pronoun(attribute, by_cue):
    a = by_cue(attribute("The mayor, who has faced criticism over the budget, will resign."), "criticism")
    assert a.content_span.text == "The mayor"


@pytest.mark.parametrize(
    "text",
    ["The team drew a crowd of thousands.", "She won the race with ease.", "The rally drew his support to the east."],
)
def test_receiving_verbs_without_a_judgement_noun_report_nothing(attribute, text):
    doc = attribute(text)
    assert not any(a.cue_span is not None and a.cue_span.text.split()[0] in ("drew", "won") for a in doc.attributions)


def test_second_report_joined_by_comma_and(attribute):
    from eventwire.attribution.nesting import _next_report
    from eventwire.attribution.syntax import Raw

    doc = attribute("Most voters said they were worried about jobs, and more than half said the mayor was honest.")
    sp = doc.doc
    # build the parse the rule guards against: the second "said" joined to "were" inside A's content
    second = next(t for t in sp if t.text == "said" and t.i > 5)
    raw = Raw(cue=(second.i, second.i + 1), lemma="say", cls="speech", kind="indirect",
              source_head=next(c.i for c in second.children if c.dep_ == "nsubj"), head=second.i)
    assert second.dep_ == "conj"
    assert _next_report(sp, raw)
    contents = _contents(doc, "said")
    assert contents[0] == "they were worried about jobs"
    assert contents[1] == "the mayor was honest"


def test_markup_tag_name_is_not_a_cue(attribute):
    doc = attribute('Replies came fast.</tweet>. <tweet pic="" author="harbourmaster" timestamp="1449075600" '
                    'tweet_id="12">Ferries are running late today</tweet>.')
    assert not any(a.cue_span is not None and a.cue_span.text == "tweet" for a in doc.attributions)


def test_plain_object_of_say_is_what_was_said(attribute, by_cue):
    a = by_cue(attribute("The governor said the same words again."), "said")
    assert a.source_span.text == "The governor"
    assert a.content_span.text.startswith("the same words")


@pytest.mark.parametrize(
    "text, content",
    [
        ("Young voters saw that the mayor could actually win.", "that the mayor could actually win"),
        ("The president sees the premier as captured by hard-liners.", "the premier as captured by hard-liners"),
    ],
)
def test_see_with_a_that_clause_or_an_as_clause(attribute, by_cue, text, content):
    a = by_cue(attribute(text), "s")
    assert a.cue_span.text in ("saw", "sees")
    assert a.content_span.text == content


def test_see_without_a_clause_reports_nothing(attribute):
    doc = attribute("The mayor saw the fire from her office.")
    assert not any(a.cue_span is not None and a.cue_span.text == "saw" for a in doc.attributions)


def test_closing_show_the_tagger_takes_for_a_noun(attribute, by_cue):
    a = by_cue(attribute("The mayor gave twice to the fund, records compiled by the county show."), "show")
    assert a.source_span.text == "records compiled by the county"
    assert a.content_span.text == "The mayor gave twice to the fund"


def test_closing_compound_noun_show_is_no_cue(attribute):
    doc = attribute("The plant closed, the town show.")
    assert not any(a.cue_span is not None and "show" in a.cue_span.text for a in doc.attributions)


def test_self_described_label_is_the_holders_own(attribute, by_cue):
    doc = attribute("Young voters are drawn to the senator, a self-described socialist, a new poll shows.")
    a = by_cue(doc, "described")
    assert a.source_span.text == "the senator"
    assert a.content_span.text == "socialist"
    # the poll does not vouch for the label
    assert "socialist" not in by_cue(doc, "shows").content_span.text


def test_described_without_self_is_no_self_description(attribute):
    doc = attribute("The senator, a widely described moderate, voted no.")
    assert not any(a.cue_span is not None and a.cue_span.text == "described" for a in doc.attributions)


def test_self_described_label_naming_the_subject_is_no_cue(attribute):
    doc = attribute("The self-described socialist said he would win the state.")
    assert not any(a.cue_span is not None and a.cue_span.text == "described" for a in doc.attributions)


def test_known_as_a_reputation_stays_a_cue(attribute, by_cue):
    assert by_cue(attribute("The senator is known as a moderate."), "known").content_span.text.startswith("The senator")


def test_aside_with_who_is_not_the_hosts_content(attribute, by_cue):
    doc = attribute("The mayor made no mention of the judge, who announced he is leaving the bench.")
    host = by_cue(doc, "mention")
    assert host.content_span.text == "the judge"
    assert by_cue(doc, "announced").content_span.text == "he is leaving the bench"


def test_participle_after_a_comma_inside_a_quotation(attribute, by_cue):
    doc = attribute('The senator insisted that he has "grown the party," claiming that turnout was up.')
    assert "claiming" not in by_cue(doc, "insisted").content_span.text
    c = by_cue(doc, "claiming")
    assert c.source_span.text == "The senator"
    assert c.content_span.text == "that turnout was up"


def test_next_report_joined_to_the_content_in_the_hosts_form(attribute, by_cue):
    doc = attribute('He says he respects the judge and calls her "a fine lawyer."')
    assert by_cue(doc, "says").content_span.text == "he respects the judge"
    calls = by_cue(doc, "calls")
    assert calls.source_span.text == "He"
    assert calls.content_span.text == 'her "a fine lawyer."'


def test_protests_sparked_are_events_not_judgements(attribute):
    doc = attribute("The ruling sparked violent protests in the capital.")
    assert not any(a.cue_span is not None and "sparked" in a.cue_span.text for a in doc.attributions)


def test_poll_found_that_the_tagger_takes_for_a_participle(attribute, by_cue):
    a = by_cue(attribute("A university poll found last week that the mayor would win by six points."), "found")
    assert a.source_span.text == "A university poll"
    assert a.content_span.text == "that the mayor would win by six points"


def test_described_x_as_y_keeps_the_as_phrase(attribute, by_cue):
    a = by_cue(attribute('The host described the mayor as "a fraud" on Monday.'), "described")
    assert a.content_span.text.startswith('the mayor as "a fraud"')
