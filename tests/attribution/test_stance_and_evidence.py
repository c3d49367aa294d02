"""Cue classes beyond plain reporting verbs: appearances, passive frames, light verbs,
polls and documents as sources, stance predicates, colons and neighbouring clauses."""

from __future__ import annotations

import pytest


def _cues(doc) -> list[str]:
    return [a.cue_span.text for a in doc.attributions]


def _parts(a) -> list[str]:
    return [p.text for p in a.content_parts] or [a.content_span.text]


# --- quotation marks --------------------------------------------------------------------
def test_two_apostrophes_open_and_close_a_quotation(attribute, by_cue):
    doc = attribute("''The bridge will reopen in May,'' the mayor said on Friday.")
    a = by_cue(doc, "said")
    assert a.kind == "direct_quote"
    assert a.content_span.text == "''The bridge will reopen in May,''"
    assert a.source_span.text == "the mayor"


# --- appearances -----------------------------------------------------------------------
def test_seem_puts_its_subject_in_the_content_and_names_no_source(attribute, by_cue):
    a = by_cue(attribute("The ceasefire seems to be holding in the north."), "seems")
    assert a.source is None
    assert _parts(a) == ["The ceasefire", "to be holding in the north"]


def test_it_seems_that_keeps_the_dummy_subject_in_the_cue(attribute, by_cue):
    a = by_cue(attribute("It seems that the talks will resume next week."), "seems")
    assert a.cue_span.text == "It seems"
    assert a.content_span.text == "that the talks will resume next week"


def test_looks_like_is_an_appearance(attribute, by_cue):
    a = by_cue(attribute("The budget deal looks like a defeat for the governor."), "looks")
    assert a.cue_span.text == "looks like"
    assert _parts(a) == ["The budget deal", "a defeat for the governor"]


def test_an_appearance_to_someone_makes_them_the_source(attribute, by_cue):
    a = by_cue(attribute("The reform seemed to many farmers a betrayal."), "seemed")
    assert a.source_span.text == "many farmers"


def test_looking_at_something_is_no_appearance(attribute):
    assert attribute("The inspectors looked at the damaged bridge for an hour.").attributions == []


# --- passive frames ------------------------------------------------------------------------
def test_passive_expectation_takes_the_subject_into_the_content(attribute, by_cue):
    a = by_cue(attribute("The trade bill is expected to pass the lower house in March."), "expected")
    assert a.source is None
    assert _parts(a) == ["The trade bill", "to pass the lower house in March"]


def test_seen_as_with_an_agent_names_the_holder(attribute, by_cue):
    a = by_cue(attribute("The governor is seen by many analysts as a moderate."), "seen")
    assert a.source_span.text == "many analysts"
    assert _parts(a) == ["The governor", "a moderate"]


def test_a_participle_of_view_after_a_noun(attribute, by_cue):
    a = by_cue(attribute("Ohio, a state widely regarded as crucial for both parties, votes in March."), "regarded")
    assert a.text.startswith("a state")
    assert a.text.endswith("crucial for both parties")


def test_a_name_given_by_a_participle_is_no_attribution(attribute):
    doc = attribute("The mayor founded a charity called Open Doors in 2010.")
    assert not [a for a in doc.attributions if "called" in a.cue_span.text]


# --- light verbs ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text,cue,source,content",
    [
        ("The senator made the case for a higher minimum wage.", "made the case for", "The senator",
         "a higher minimum wage"),
        ("The governor took aim at the federal budget on Monday.", "took aim at", "The governor",
         "the federal budget"),
        ("Farm groups raised concerns about the new tariffs.", "raised concerns about", "Farm groups",
         "the new tariffs"),
        ("The minister has made clear that the border will stay closed.", "has made clear", "The minister",
         "that the border will stay closed"),
        ("The mayor has made no secret of her plans for the harbor.", "has made no secret of", "The mayor",
         "her plans for the harbor"),
    ],
)
def test_light_verb_and_noun_are_one_cue(attribute, text, cue, source, content):
    doc = attribute(text)
    found = [a for a in doc.attributions if a.cue_span.text == cue]
    assert found, _cues(doc)
    a = found[0]
    assert a.source_span.text == source
    assert a.content_span.text == content


def test_a_light_verb_with_an_ordinary_object_is_no_cue(attribute):
    assert attribute("The engineers made a new bridge out of steel.").attributions == []


# --- polls and documents ----------------------------------------------------------------
def test_a_poll_is_the_source_of_the_clause_it_holds(attribute, by_cue):
    a = by_cue(attribute("The senator leads her rival by eight points in a new statewide poll."), "in")
    assert a.cue == "in poll"
    assert a.source_span.text == "a new statewide poll"
    assert a.content_span.text.startswith("The senator leads her rival by eight points")


def test_standing_in_the_polls_is_no_attribution(attribute):
    doc = attribute("The governor has risen steadily in the polls since June.")
    assert not [a for a in doc.attributions if a.cue_span.text == "in"]


def test_a_document_a_named_speaker_writes_in_is_only_the_medium(attribute, by_cue):
    doc = attribute("In a memo to staff, the director wrote that the office would close.")
    assert by_cue(doc, "wrote").source_span.text == "the director"
    assert not [a for a in doc.attributions if a.cue_span.text == "In"]


def test_issuing_a_document_attributes_it_to_the_issuer(attribute, by_cue):
    a = by_cue(attribute("The governor signed the bill on Friday."), "signed")
    assert a.source_span.text == "The governor"
    assert a.content_span.text == "the bill"
    assert attribute("The players signed autographs after the game.").attributions == []


# --- stance predicates -------------------------------------------------------------------
def test_stance_verbs_of_harsh_criticism_need_no_stated_reason(attribute, by_cue):
    a = by_cue(attribute("The senator blasted the governor's budget."), "blasted")
    assert a.content_span.text == "the governor's budget"


@pytest.mark.parametrize(
    "text,cue,source,content",
    [
        ("His argument was that the tax would hurt farmers.", "argument was", "His",
         "that the tax would hurt farmers"),
        ("Many farmers are against the new tariff.", "are against", "Many farmers", "the new tariff"),
        ("The union was critical of the merger.", "was critical of", "The union", "the merger"),
        ("Party leaders were divided on the question of a recount.", "were divided on", "Party leaders",
         "the question of a recount"),
    ],
)
def test_copular_stance(attribute, text, cue, source, content):
    doc = attribute(text)
    found = [a for a in doc.attributions if a.cue_span.text == cue]
    assert found, _cues(doc)
    assert found[0].source_span.text == source
    assert found[0].content_span.text == content


def test_it_is_unsure_whether_has_no_source(attribute, by_cue):
    a = by_cue(attribute("It is uncertain whether the court will hear the case."), "uncertain")
    assert a.source is None
    assert a.content_span.text == "whether the court will hear the case"


def test_portray_as(attribute, by_cue):
    a = by_cue(attribute("The new ad portrays the senator as a career politician."), "portrays")
    assert a.source_span.text == "The new ad"
    assert "a career politician" in a.text


# --- questions and reports fronted ---------------------------------------------------------
def test_asked_if(attribute, by_cue):
    a = by_cue(attribute("The host asked the senator if the tax plan would pass."), "asked")
    assert a.source_span.text == "The host"
    assert a.content_span.text == "if the tax plan would pass"


def test_an_asked_participle_has_no_source(attribute, by_cue):
    doc = attribute("Asked whether he would run again, the governor said he had not decided.")
    asked = by_cue(doc, "Asked")
    assert asked.source is None
    assert asked.content_span.text == "whether he would run again"
    assert by_cue(doc, "said").source_span.text == "the governor"


def test_fronted_as_reported_by(attribute, by_cue):
    a = by_cue(attribute("As first reported by the Daily Planet, the mayor will resign next week."), "reported")
    assert a.source_span.text == "the Daily Planet"
    assert a.content_span.text == "the mayor will resign next week"


# --- colons and paragraphs -----------------------------------------------------------------
def test_a_clause_ending_in_a_colon_introduces_a_quotation(attribute, by_cue):
    a = by_cue(attribute('The senator then turned to the crowd: "We will win this state."'), "turned")
    assert a.source_span.text == "The senator"
    assert a.content_span.text == '"We will win this state."'


def test_a_reporting_clause_ending_in_a_colon_introduces_the_next_paragraph(attribute, by_cue):
    a = by_cue(attribute("The columnist writes:\n\nThe council has not met since the flood.\n\nRain fell."), "writes")
    assert a.content_span.text == "The council has not met since the flood."


def test_a_listing_clause_before_a_colon_is_no_attribution(attribute):
    assert attribute("The plan has three parts: a tax cut, a new road and a school.").attributions == []


def test_a_cue_alone_in_its_paragraph_reports_the_quotation_before(attribute, by_cue):
    a = by_cue(attribute("“We will rebuild the harbor first.”\n\nThe mayor said.\n\nRain fell."), "said")
    assert a.content_span.text == "“We will rebuild the harbor first.”"


# --- neighbouring clauses ------------------------------------------------------------------
def test_a_contrasting_report_is_not_part_of_the_first(attribute, by_cue):
    doc = attribute("The mayor said the bridge was safe, while engineers said it needed repairs.")
    first = [a for a in doc.attributions if a.source_span is not None and a.source_span.text == "The mayor"][0]
    second = [a for a in doc.attributions if a.source_span is not None and a.source_span.text == "engineers"][0]
    assert "engineers" not in first.text
    assert second.content_span.text == "it needed repairs"


def test_said_but_added_is_a_second_report_of_the_same_speaker(attribute, by_cue):
    doc = attribute("The minister said it was too early to celebrate but added that the talks had gone well.")
    said, added = by_cue(doc, "said"), by_cue(doc, "added")
    assert said.content_span.text == "it was too early to celebrate"
    assert added.source_span.text == "The minister"
    assert added.content_span.text == "that the talks had gone well"


def test_coordinated_stances_inside_a_report_stay_nested(attribute, by_cue):
    doc = attribute("The senator said he supports the tax cut and opposes the wall.")
    assert by_cue(doc, "said").content_span.text == "he supports the tax cut and opposes the wall"


def test_as_someone_put_it(attribute, by_cue):
    a = by_cue(attribute("As the senator put it, the deal is dead."), "put it")
    assert a.source_span.text == "the senator"
    assert a.content_span.text == "the deal is dead"


# --- headlines ------------------------------------------------------------------------------
def test_a_title_case_headline_verb_is_read_as_a_verb(attribute, by_cue):
    doc = attribute("Senate Leader Praises Governor's Flood Plan.\nThe governor unveiled the plan on Monday.")
    a = by_cue(doc, "Praises")
    assert a.cue == "praise"
    assert a.source_span.text == "Senate Leader"
    assert a.content_span.text == "Governor's Flood Plan"


def test_a_headline_without_a_cue_verb_gives_nothing(attribute):
    doc = attribute("Flood Waters Rise Along The River.\nThe water rose on Monday.")
    assert doc.attributions == []
