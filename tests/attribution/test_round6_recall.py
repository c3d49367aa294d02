"""Round-six recall: title-case lines inside the body read as headlines, an inquiry's
direct object as what it found, and "cast X as Y"."""

from __future__ import annotations

import pytest


def _cues(doc):
    return [a.cue_span.text for a in doc.attributions if a.cue_span is not None]


# --- title-case lines after the first ------------------------------------------------------
ROUNDUP = (
    "Harbour Town Week In Review\n\n"
    "Here is what our readers clicked on most.\n\n"
    "3. Ferry Captain Questioned The New Timetable.\n\n"
    "The timetable starts in June.\n\n"
    "4 Mayor Praises Volunteers For Their Work On The Dunes\n\n"
    "Local Choir Wins Regional Prize\n"
)


def test_title_line_in_the_body_has_its_cue_source_and_content(attribute, by_cue):
    doc = attribute(ROUNDUP)
    q = by_cue(doc, "Questioned")
    assert q.source_span.text == "Ferry Captain"  # without the list number
    assert q.content_span.text.startswith("The New Timetable")
    p = by_cue(doc, "Praises")
    assert p.source_span.text == "Mayor"
    assert p.content_span.text == "Volunteers For Their Work On The Dunes"


def test_title_line_without_a_cue_verb_gives_nothing(attribute):
    # "Wins" is no reporting verb: the round-up's last line is not an attribution
    doc = attribute(ROUNDUP)
    assert not any("Wins" in c for c in _cues(doc))


def test_sentence_case_line_is_not_read_as_a_title(attribute):
    doc = attribute("Harbour news\n\nThe ferry captain questioned the new timetable at length.\n")
    q = [a for a in doc.attributions if a.cue_span is not None and a.cue_span.text == "questioned"]
    # the ordinary parse finds it once; the title reading adds no second relation
    assert len(q) == 1


# --- an inquiry's object -------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, source, content",
    [
        ("A new survey found broad support for the ferry tax among islanders.", "A new survey", "broad support for the ferry tax among islanders"),
        ("The audit last spring found serious gaps in the harbour accounts.", "The audit", "serious gaps in the harbour accounts"),
    ],
)
def test_inquiry_found_object(attribute, by_cue, text, source, content):
    a = by_cue(attribute(text), "found")
    assert a.source_span.text.startswith(source)
    assert a.content_span.text == content


def test_a_person_finding_a_thing_is_no_report(attribute):
    doc = attribute("The fishermen found an old anchor near the pier.")
    assert not any("found" in c for c in _cues(doc))


# --- cast X as Y ---------------------------------------------------------------------------
def test_cast_as_frame(attribute, by_cue):
    a = by_cue(attribute("The councillor cast her opponent as a friend of the developers."), "cast")
    assert a.source_span.text == "The councillor"
    assert a.content_span.text == "her opponent as a friend of the developers"


@pytest.mark.parametrize(
    "text, cue",
    [
        ("The councillor framed the ferry strike as a threat to the island.", "framed"),
        ("The harbourmaster presented herself as the heir to the old port board.", "presented"),
        ("The union billed the rally as a celebration of the fleet.", "billed"),
    ],
)
def test_other_portrayal_verbs_in_the_as_frame(attribute, by_cue, text, cue):
    a = by_cue(attribute(text), cue)
    assert " as " in a.content_span.text


def test_presenting_an_award_is_no_report(attribute):
    doc = attribute("The harbourmaster presented the award to the ferry crew.")
    assert not any("presented" in c for c in _cues(doc))


def test_casting_a_ballot_is_no_report(attribute):
    doc = attribute("Islanders cast their ballots at the school on Tuesday.")
    assert not any("cast" in c for c in _cues(doc))


# --- a named poll ---------------------------------------------------------------------------
def test_in_a_named_poll_is_its_source(attribute, by_cue):
    # a poll's name in capitals is tagged as a proper noun; it is one poll all the same
    doc = attribute("In a Harbour Gazette/Island Radio Poll last week, 40 percent of islanders backed the ferry tax.")
    a = by_cue(doc, "In")
    assert a.kind == "according_to"
    assert "Poll" in a.source_span.text
    assert "backed the ferry tax" in a.content_span.text


# --- manner-of-speaking verbs next to a quote ---------------------------------------------
@pytest.mark.parametrize(
    "text, cue",
    [
        ("“Back to your seats,” the chairman barked.", "barked"),
        ("“We finally have a ferry,” the harbourmaster gushed.", "gushed"),
        ("“That plan will never float,” the councillor scoffed.", "scoffed"),
    ],
)
def test_manner_of_speaking_verb_next_to_a_quote(attribute, by_cue, text, cue):
    a = by_cue(attribute(text), cue)
    assert a.kind == "direct_quote"
    assert a.content_span.text.startswith("“")


def test_manner_verb_without_a_quote_is_no_report(attribute):
    doc = attribute("The harbour dogs barked all night and the guests laughed at the noise.")
    assert not any(w in c for c in _cues(doc) for w in ("barked", "laughed"))


# --- stance adjectives after their noun -----------------------------------------------------
@pytest.mark.parametrize(
    "text, cue, source, content",
    [
        ("Islanders worried about the ferry fares wrote to the council.", "worried about", "Islanders", "the ferry fares"),
        ("The harbour needs a mayor willing to confront the developers.", "willing", "a mayor", "to confront the developers"),
        ("Fishermen skeptical of the quota plan stayed away from the meeting.", "skeptical of", "Fishermen", "the quota plan"),
    ],
)
def test_postnominal_stance_adjective(attribute, by_cue, text, cue, source, content):
    a = by_cue(attribute(text), cue.split()[0])
    assert a.cue_span.text == cue
    assert a.source_span.text == source
    assert a.content_span.text == content


def test_attributive_stance_adjective_without_complement_is_no_report(attribute):
    doc = attribute("A worried harbourmaster closed the pier early.")
    assert not any("worried" in c for c in _cues(doc))


def test_enamored_of(attribute, by_cue):
    a = by_cue(attribute("Young islanders are not enamored of the ferry plan."), "enamored")
    assert a.source_span.text == "Young islanders"
    assert a.content_span.text == "the ferry plan"


# --- in the eyes of X ------------------------------------------------------------------------
def test_in_the_eyes_of(attribute, by_cue):
    a = by_cue(attribute("In the eyes of many islanders, the ferry tax is a betrayal."), "eyes")
    assert a.kind == "according_to"
    assert a.cue_span.text == "In the eyes of"
    assert a.source_span.text == "many islanders"
    assert a.content_span.text == "the ferry tax is a betrayal"


def test_in_the_view_of(attribute, by_cue):
    a = by_cue(attribute("In the view of most harbour pilots, the channel is too shallow."), "view")
    assert a.source_span.text == "most harbour pilots"
    assert a.content_span.text == "the channel is too shallow"


# --- than X expected ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, cue, source, content",
    [
        ("Ferry traffic grew faster than the planners had predicted.", "had predicted", "the planners", "Ferry traffic grew faster"),
        ("The harbour fee was higher than most skippers expected.", "expected", "most skippers", "The harbour fee was higher"),
    ],
)
def test_than_x_expected(attribute, by_cue, text, cue, source, content):
    a = by_cue(attribute(text), cue.split()[-1])
    assert a.cue_span.text == cue
    assert a.source_span.text == source
    assert a.content_span.text == content


def test_comparison_without_a_holder_is_no_report(attribute):
    # "than expected" names no one; a comparison of two acts reports nothing
    doc = attribute("The new pier cost less than expected, and the crew worked faster than the old one did.")
    assert not any("expected" in c or "did" in c for c in _cues(doc))


# --- verbs of verbal attack ------------------------------------------------------------------
def test_savaged_a_named_rival(attribute, by_cue):
    a = by_cue(attribute("Mayor Olsen savaged Councillor Brandt at the harbour debate."), "savaged")
    assert a.source_span.text == "Mayor Olsen"
    assert a.content_span.text == "Councillor Brandt"


def test_trashing_the_old_boats_is_no_report(attribute):
    doc = attribute("The storm trashed the old boats in the harbour.")
    assert not any("trashed" in c for c in _cues(doc))


def test_comparison_with_a_verb_of_perception_is_no_report(attribute):
    # "as strong as he looks", "than we want": no prior view is reported
    doc = attribute("The mayor may not be as strong as he looks, and the fares are higher than we want.")
    assert not any(w in c for c in _cues(doc) for w in ("looks", "want"))


# --- pro-forms after verbs of belief ---------------------------------------------------------
@pytest.mark.parametrize(
    "text, cue, content",
    [("Most harbour pilots think so.", "think", "so"), ("The skippers know this and plan around it.", "know", "this")],
)
def test_belief_with_a_pro_form(attribute, by_cue, text, cue, content):
    a = by_cue(attribute(text), cue)
    assert a.content_span.text == content


def test_believe_it_or_not_is_no_report(attribute):
    doc = attribute("Believe it or not, the ferry left on time.")
    assert not any("Believe" in c for c in _cues(doc))


def test_suggest_otherwise(attribute, by_cue):
    a = by_cue(attribute("The early returns from the islands suggest otherwise."), "suggest")
    assert a.source_span.text == "The early returns from the islands"
    assert a.content_span.text == "otherwise"


# --- phrasal verbs of promotion and minimising -------------------------------------------------
@pytest.mark.parametrize(
    "text, cue, content",
    [
        ("The senator talked up her plan to cut ferry fares.", "talked up", "her plan to cut ferry fares"),
        ("The harbourmaster played down the risk of flooding.", "played down", "the risk of flooding"),
    ],
)
def test_phrasal_promotion(attribute, by_cue, text, cue, content):
    a = by_cue(attribute(text), cue.split()[0])
    # the parser may tag the particle as a preposition; the cue then spans the verb alone
    assert cue.startswith(a.cue_span.text)
    assert a.content_span.text == content


def test_playing_down_by_the_river_is_no_report(attribute):
    doc = attribute("The children played down by the river all afternoon.")
    assert not any("played" in c for c in _cues(doc))
