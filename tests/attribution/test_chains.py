"""Chains of relays ("A said B told C ...", "X reported, citing Y") and the event_sources stage:
each event's according_to runs from the original claimant to the publishing outlet."""

from __future__ import annotations

import dataclasses

import pytest

from eventwire.attribution.stage import source_events
from eventwire.document import Document
from eventwire.model import Actor, Attribution, CameoCoding, Event, PloverCoding, Span


def _event(doc: Document, word: str, modality: str = "asserted") -> Event:
    """An event triggered by ``word``, placed the way the event stage places its triggers."""
    assert doc.doc is not None
    tok = next(t for t in doc.doc if t.text == word)
    return Event(
        id=f"e-{tok.i}", article_id=doc.article.id, sentence=doc.sentence_index(tok),
        trigger=doc.span(tok.i, tok.i + 1), lemma=tok.lemma_, plover=PloverCoding("ASSAULT"),
        cameo=CameoCoding("190"), modality=modality,
    )


def _sourced_event(doc: Document, word: str, modality: str = "asserted") -> Event:
    """The event of ``word`` as the only event of ``doc``, after the event_sources stage."""
    event = _event(doc, word, modality)
    doc.events = [event]
    source_events(doc)
    return event


def test_nested_speech_is_relayed_by_the_outer_speaker(attribute, by_cue):
    doc = attribute("The senator said the ambassador told him that the army had withdrawn.")
    said, told = by_cue(doc, "said"), by_cue(doc, "told")
    assert told.via == said.id
    assert said.via is None
    assert told.content_span.text == "that the army had withdrawn"


def test_report_citing_a_source(attribute, by_cue):
    doc = attribute(
        "The Korea Herald reported, citing two officials in Seoul, that the summit had been postponed."
    )
    report, citing = by_cue(doc, "reported"), by_cue(doc, "citing")
    assert report.kind == "report"
    assert report.source_span.text == "The Korea Herald"
    assert report.content_span.text == "that the summit had been postponed"
    assert citing.kind == "citing"
    assert citing.source_span.text == "two officials in Seoul"
    assert citing.via == report.id
    assert citing.content_span.text == report.content_span.text


def test_event_chain_runs_from_claimant_to_outlet(attribute):
    doc = attribute(
        "The Korea Herald reported, citing two officials in Seoul, that the army fired two missiles."
    )
    event = _sourced_event(doc, "fired")
    chain = [(a.kind, a.source.text if a.source else None) for a in event.according_to]
    assert chain == [
        ("citing", "two officials in Seoul"),
        ("report", "The Korea Herald"),
        ("outlet", "Daily Planet"),
    ]
    assert event.modality == "reported"
    outlet = event.according_to[-1].source
    assert (outlet.name, outlet.sector, outlet.cameo) == ("Daily Planet", "JRN", None)  # an outlet of unknown home


def test_nested_chain_on_an_event(attribute):
    doc = attribute("The senator said the ambassador told him that rebels attacked the convoy.")
    event = _sourced_event(doc, "attacked")
    assert [a.cue for a in event.according_to] == ["tell", "say", "publish"]


def test_unattributed_event_is_the_outlets_own_assertion(attribute):
    doc = attribute("Rebels attacked a convoy near the border on Sunday.")
    event = _sourced_event(doc, "attacked")
    assert [a.kind for a in event.according_to] == ["outlet"]
    assert event.modality == "asserted"


def test_outlet_link_without_a_known_outlet(attribute):
    doc = attribute("Rebels attacked a convoy.", outlet=None)
    event = _sourced_event(doc, "attacked")
    assert len(event.according_to) == 1
    assert event.according_to[0].kind == "outlet"
    assert event.according_to[0].source is None


def test_denial_negates_the_event_for_that_source(attribute):
    doc = attribute("The defence ministry denied that its troops had shelled the village.")
    event = _sourced_event(doc, "shelled")
    assert event.modality == "negated"
    assert event.according_to[0].denial is True
    assert event.according_to[0].source.text == "The defence ministry"


def test_other_modalities_are_kept(attribute):
    doc = attribute("The general said the army would attack the city.")
    event = _sourced_event(doc, "attack", modality="future")
    assert event.modality == "future"
    assert [a.cue for a in event.according_to] == ["say", "publish"]


def test_reporting_verb_is_not_governed_by_its_own_claim(attribute):
    doc = attribute("The general said the army would attack the city.")
    event = _event(doc, "said")
    doc.events = [dataclasses.replace(event)]
    source_events(doc)
    assert [a.kind for a in doc.events[0].according_to] == ["outlet"]


def test_source_resolves_to_an_actor(attribute, by_cue):
    doc = attribute("North Korea's foreign ministry said the talks had failed.")
    a = by_cue(doc, "said")
    assert a.source is not None
    assert a.source.country == "PRK"
    assert a.source.text == "North Korea's foreign ministry"


def test_relative_pronoun_source_resolves_to_its_noun(attribute, by_cue):
    doc = attribute("The claim was backed by Kenyan lawmakers, who also said the army had crossed the border.")
    said = by_cue(doc, "said")
    assert said.source_span.text == "who"
    assert said.source.country == "KEN"  # the lawmakers', though the words are "who"


def test_a_source_leaves_out_a_relative_clause_that_reports(attribute, by_cue):
    doc = attribute("The claim was backed by Kenyan lawmakers, who also said the army had crossed the border.")
    assert by_cue(doc, "backed").source_span.text == "Kenyan lawmakers"
    # a relative clause that reports nothing stays part of the speaker's description
    doc = attribute("Senator Ruto, who chairs the defence committee, said the army had crossed the border.")
    assert by_cue(doc, "said").source_span.text == "Senator Ruto, who chairs the defence committee"


def test_quoted_as_saying_relays_the_quoted_speaker(attribute, by_cue):
    doc = attribute("The state broadcaster quoted an army spokesman as saying that the border had been closed.")
    quoted, saying = by_cue(doc, "quoted"), by_cue(doc, "saying")
    assert quoted.source_span.text == "The state broadcaster"
    assert quoted.content_span.text.startswith("an army spokesman")
    assert saying.source_span.text == "an army spokesman"
    assert saying.content_span.text == "that the border had been closed"
    assert saying.via == quoted.id  # the spokesman's claim, as the broadcaster relays it


@pytest.mark.parametrize(
    ("text", "speaker", "relay"),
    [
        ("The general was quoted by state television as saying that the border had been closed.",
         "The general", "state television"),
        ("The mayor is quoted in The Valley Herald as saying that the bridge had collapsed.",
         "The mayor", "The Valley Herald"),
        ("The minister, quoted by a news agency as saying that the talks had failed, left the capital.",
         "The minister", "a news agency"),
        ("The colonel was quoted as saying that the border had been closed.", "The colonel", None),
        ("The colonel was quoted in Tehran as saying that the border had been closed.", "The colonel", None),
    ],
)
def test_quoted_as_saying_in_the_passive_is_the_subjects_claim(attribute, by_cue, text, speaker, relay):
    doc = attribute(text)
    quoted, saying = by_cue(doc, "quoted"), by_cue(doc, "saying")
    assert saying.source_span.text == speaker  # before, the relay (or no one) was the speaker
    assert saying.via == quoted.id
    assert (quoted.source_span.text if quoted.source_span else None) == relay


@pytest.mark.parametrize(
    "text",
    [
        "The general said the army had shelled the border town, according to the state news agency.",
        "The general said in a statement carried by the state news agency that the army had shelled the border town.",
        "In remarks published by the state news agency, the general said the army had shelled the border town.",
    ],
)
def test_a_medium_that_passes_the_words_on_relays_the_speaker(attribute, text):
    event = _sourced_event(attribute(text), "shelled")
    chain = [a.source.text if a.source else None for a in event.according_to]
    assert chain == ["The general" if text.startswith("The") else "the general", "the state news agency", "Daily Planet"]


@pytest.mark.parametrize(
    ("text", "medium"),
    [
        ("The minister told state television that the army had shelled the border town.", "state television"),
        ("The minister said on state television that the army had shelled the border town.", "state television"),
        ("The minister said in an interview with CNN that the army had shelled the border town.", "CNN"),
        ("In a CNN interview, the minister said the army had shelled the border town.", "CNN"),
        ("The minister told The Times that the army had shelled the border town.", "The Times"),
    ],
)
def test_a_medium_the_words_were_said_to_relays_them(attribute, text, medium):
    event = _sourced_event(attribute(text), "shelled")
    assert [(a.kind, a.source.text if a.source else None) for a in event.according_to] == [
        ("indirect", "The minister" if text.startswith("The") else "the minister"),
        ("medium", medium),
        ("outlet", "Daily Planet"),
    ]


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("The minister told CNN that the army had shelled the border town.", "CNN"),  # the outlet itself
        ("The minister told The Times that the army had shelled the border town.", "The Valley Times"),  # its short name
        ("The minister told the newspaper that the army had shelled the border town.", "Daily Planet"),
        ("The minister told reporters that the army had shelled the border town.", "Daily Planet"),
    ],
)
def test_the_outlet_itself_or_a_bare_newspaper_is_no_medium(attribute, text, outlet):
    event = _sourced_event(attribute(text, outlet=outlet), "shelled")
    assert [a.kind for a in event.according_to] == ["indirect", "outlet"]


def test_a_medium_relays_what_was_said_not_who_said_it(attribute):
    doc = attribute("Survivors of the shelling told state television that the army had withdrawn.")
    assert [a.kind for a in _sourced_event(doc, "shelling").according_to] == ["outlet"]
    assert [a.kind for a in _sourced_event(doc, "withdrawn").according_to] == ["indirect", "medium", "outlet"]


def test_a_statement_with_no_medium_has_no_relay(attribute):
    event = _sourced_event(attribute("The general said in a statement on Sunday that the army had shelled the town."),
                           "shelled")
    assert [a.kind for a in event.according_to] == ["indirect", "outlet"]


def test_a_name_split_into_two_subjects_is_one_source(attribute, by_cue):
    a = by_cue(attribute("The state news agency Xinhua said the border had been closed."), "said")
    assert a.source_span.text == "The state news agency Xinhua"
    assert a.source.country == "CHN"


def test_a_participle_inherits_a_subject_split_by_a_dateline(attribute, by_cue):
    # the parser takes the dateline for a first subject
    doc = attribute("KINSHASA — The Democratic Republic of Congo has expelled Uganda's envoy, accusing Kampala of arming rebels.")
    accusing = by_cue(doc, "accusing")
    assert accusing.source_span.text == "The Democratic Republic of Congo"
    assert accusing.source.country == "COD"


def test_a_gerund_after_accused_x_of_belongs_to_x(attribute, by_cue):
    doc = attribute("The mayor accused Governor Lee of backing the strikers, and thanked Senator Park for criticizing him.")
    assert by_cue(doc, "backing").source_span.text == "Governor Lee"
    assert by_cue(doc, "criticizing").source_span.text == "Senator Park"
    # with no object, or after "by", the gerund is the subject's own
    sorry = attribute("The minister apologized for saying the rebels had won.")
    assert by_cue(sorry, "saying").source_span.text == "The minister"
    won = attribute("The governor won over Senator Park by arguing that the plan was sound.")
    assert by_cue(won, "arguing").source_span.text == "The governor"


def test_the_speaker_after_a_trailing_apposition_is_the_source(attribute, by_cue):
    doc = attribute("Troops crossed the river at dawn, most of them Syrian Kurds, an official in Ankara said.")
    said = by_cue(doc, "said")
    assert said.source_span.text == "an official in Ankara"
    assert said.source.country == "TUR"
    kept = by_cue(attribute("The talks will resume in May, Kim Jong Un, the North's leader, said."), "said")
    assert kept.source.name == "Kim Jong Un"


def test_a_spokesman_for_a_body_speaks_for_its_country_and_sector(attribute, by_cue):
    a = by_cue(attribute("A spokesman for the People's Liberation Army said the border had been closed."), "said")
    assert (a.source.country, a.source.sector, a.source.kind) == ("CHN", "MIL", "person")
    # a named person keeps their own name
    b = by_cue(attribute("Wang Yi said the border had been closed."), "said")
    assert b.source.name == "Wang Yi"


def test_it_names_a_source_unless_the_verb_takes_a_dummy_it(attribute, by_cue):
    doc = attribute("The agency issued a report on Monday. It said that the talks had failed.")
    assert by_cue(doc, "said").source_span.text == "It"
    doc = attribute("It seems that the talks have failed, the minister said.")
    assert not any(a.source_span is not None and a.source_span.text == "It" for a in doc.attributions)


def test_unresolved_source_keeps_its_words(attribute, by_cue):
    doc = attribute("People close to the negotiations said the deal was nearly done.")
    a = by_cue(doc, "said")
    assert a.source.text == "People close to the negotiations"
    assert a.source.country is None


def test_relations_are_numbered_in_text_order(attribute):
    doc = attribute(
        "The minister said the plan was ready. The opposition denied it. "
        "According to the Times, the vote was delayed."
    )
    assert [a.id for a in doc.attributions] == list(range(len(doc.attributions)))
    starts = [a.cue_span.start for a in doc.attributions]
    assert starts == sorted(starts)


def test_closing_report_relays_the_whole_statement(attribute, by_cue):
    doc = attribute(
        '"The border will stay closed," the interior minister said, the state broadcaster reported.'
    )
    said, reported = by_cue(doc, "said"), by_cue(doc, "reported")
    assert said.via == reported.id
    assert "the interior minister said" in reported.content_span.text
    assert "reported" not in said.content_span.text
    event = _sourced_event(doc, "closed")
    assert [a.cue for a in event.according_to] == ["say", "report", "publish"]


def test_a_holderless_view_inside_a_quote_is_the_speakers_own(attribute):
    doc = attribute('"The time appears to be coming for the army to attack the town," the governor said.')
    event = _sourced_event(doc, "attack")
    assert [(a.cue, a.source.text if a.source else None) for a in event.according_to] == [
        ("say", "the governor"),
        ("publish", "Daily Planet"),
    ]
    assert event.modality == "reported"


def test_a_sourceless_report_inside_a_quote_stays_a_link(attribute):
    doc = attribute('"It was reported that rebels attacked the town," the governor said.')
    event = _sourced_event(doc, "attacked")
    chain = [(a.cue, a.source.text if a.source else None) for a in event.according_to]
    assert chain[0] == ("report", None)
    assert chain[1:] == [("say", "the governor"), ("publish", "Daily Planet")]


def test_a_clause_on_a_raised_subject_is_not_part_of_the_expectation(attribute):
    doc = attribute("Rebel commanders meeting in the capital are expected to attack the port.")
    meeting, attack = _event(doc, "meeting"), _event(doc, "attack")
    doc.events = [meeting, attack]
    source_events(doc)
    assert [a.kind for a in meeting.according_to] == ["outlet"]
    assert meeting.modality == "asserted"
    assert [a.cue for a in attack.according_to] == ["expect", "publish"]


@pytest.mark.parametrize("cue", ["said", "reported"])
def test_a_citing_phrase_before_the_verb_feeds_it(attribute, by_cue, cue):
    doc = attribute(f"The Harbour Gazette, citing two port officials, {cue} that gunmen shelled the depot.")
    outer, citing = by_cue(doc, cue), by_cue(doc, "citing")
    assert citing.kind == "citing" and citing.source_span.text == "two port officials"
    assert citing.via == outer.id
    assert outer.source_span.text == "The Harbour Gazette"
    event = _sourced_event(doc, "shelled")
    chain = [a.source.text if a.source else None for a in event.according_to]
    assert chain == ["two port officials", "The Harbour Gazette", "Daily Planet"]


def test_citing_a_reason_is_the_speakers_own_claim_not_a_relayed_source(attribute, by_cue):
    doc = attribute("The port has changed for the better, Mayor Okafor said in June, "
                    "citing the release of the harbor funds.")
    said, citing = by_cue(doc, "said"), by_cue(doc, "citing")
    assert citing.kind != "citing" and citing.source_span.text == "Mayor Okafor"
    assert citing.content_span.text == "the release of the harbor funds"
    assert said.via is None and said.source_span.text == "Mayor Okafor"


def test_a_named_source_takes_the_side_its_apposition_names(attribute, by_cue):
    doc = attribute("Anna Kovacs, a senior aide to Prime Minister Viktor Orbán, told reporters the laws would pass this week.")
    src = by_cue(doc, "told").source
    assert (src.country, src.sector) == ("HUN", "GOV")


def test_a_source_takes_no_side_from_its_relative_clause(attribute, by_cue):
    doc = attribute("Ana Ruiz, who met the Mexican foreign minister on Monday, said the talks would resume.")
    src = by_cue(doc, "said").source
    assert src.country != "MEX" and src.cameo != "MEXGOV"


def test_an_event_as_source_is_no_link_of_a_chain(attribute):
    doc = attribute("The spokesman said the ceasefire did not signal any end to the war that began when rebels shelled the port.")
    event = _sourced_event(doc, "shelled")
    assert [(a.kind, a.source.text if a.source else None) for a in event.according_to] == [
        ("indirect", "The spokesman"), ("outlet", "Daily Planet"),
    ]


def test_a_relative_clause_set_off_by_a_comma_is_the_writers_background(attribute):
    doc = attribute("The minister said the talks had not eased relations, which soured after the rebels "
                    "shelled the port in March.")
    event = _sourced_event(doc, "shelled")
    assert [a.kind for a in event.according_to] == ["outlet"]


@pytest.mark.parametrize("text", [
    # no comma: the clause picks out which port, inside what the minister said
    "The minister said the navy would rebuild the port that the rebels shelled in March.",
    # in the speaker's own quoted words the clause is the speaker's
    '“The talks failed to ease relations, which soured after the rebels shelled the port,” the minister said.',
])
def test_a_restrictive_or_quoted_relative_clause_stays_the_speakers(attribute, text):
    first, outlet = _sourced_event(attribute(text), "shelled").according_to
    assert first.source.text.lower() == "the minister"
    assert outlet.kind == "outlet"


def test_we_outside_any_quotation_is_the_writer_published_by_the_outlet(attribute, by_cue):
    doc = attribute("The rebels attacked the town. As we reported last week, the army withdrew.")
    a = by_cue(doc, "reported")
    assert (a.source_span.text, a.source.name) == ("we", "Daily Planet")


def _first_person_pair(text: str, speaker: Actor | None, relay_kind: str) -> list[Attribution]:
    """A relay (id 0) and an "I ..." relation nested in it (id 1), as the stage links them."""
    i = text.index("I ")
    relay = Attribution(source=speaker, cue="say", kind=relay_kind, id=0,
                        content_span=Span(0, len(text), 0, text))
    nested = Attribution(source=Actor(text="I", kind="pronoun"), cue="think", id=1, via=0,
                         source_span=Span(i, i + 1, 0, "I"), cue_span=Span(i + 2, i + 7, 0, "think"))
    return [relay, nested]


def test_i_in_a_quotation_is_its_speaker():
    from eventwire.attribution.sources import first_person_speakers

    text = '"I think the town will fall," the governor said.'
    pair = _first_person_pair(text, Actor(text="the governor", name="Ali Musa", kind="person"), "direct_quote")
    first_person_speakers(pair, text, "Daily Planet")
    assert (pair[1].source.text, pair[1].source.name) == ("I", "Ali Musa")


@pytest.mark.parametrize("speaker, kind", [
    (None, "direct_quote"),  # a speaker the stage could not name gives nobody
    (Actor(text="the governor", name="Ali Musa", kind="person"), "indirect"),  # not quoted: not their "I"
])
def test_i_without_a_quoted_speaker_stays_unresolved(speaker, kind):
    from eventwire.attribution.sources import first_person_speakers

    text = '"I think the town will fall," the governor said.'
    pair = _first_person_pair(text, speaker, kind)
    first_person_speakers(pair, text, "Daily Planet")
    assert pair[1].source.name == ""


def test_i_in_an_unattributed_quotation_is_not_the_outlet():
    from eventwire.attribution.sources import first_person_speakers

    text = 'The town fell. "I think it was a mistake."'
    i = text.index("I ")
    lone = Attribution(source=Actor(text="I", kind="pronoun"), cue="think", id=0,
                       source_span=Span(i, i + 1, 1, "I"), cue_span=Span(i + 2, i + 7, 1, "think"))
    first_person_speakers([lone], text, "Daily Planet")
    assert lone.source.name == ""


def test_the_publishing_outlet_is_coded_from_its_site(attribute):
    doc = attribute("Rebels attacked a convoy near the border on Friday.", outlet="www.rt.com")
    (outlet,) = _sourced_event(doc, "attacked").according_to  # the outlet's own assertion
    assert (outlet.kind, outlet.source.name, outlet.source.cameo) == ("outlet", "Russia Today", "RUSMED")


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        # the actor layer alone would place "state television" in the US, the country named last
        ("After talks in Washington, Zarif told state television that the army had shelled the town.", "IRNMED"),
        ("After talks in Tehran, Zarif told Russian state television that the army had shelled the town.", "RUSMED"),
    ],
)
def test_unnamed_state_media_are_the_speakers_countrys(attribute, text, cameo):
    (medium,) = [a for a in attribute(text).attributions if a.kind == "medium"]
    assert medium.source.cameo == cameo
