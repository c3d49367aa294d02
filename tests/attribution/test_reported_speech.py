"""Cue, source and content of single relations: indirect speech, direct quotes on either side
of the speaker, split and multi-sentence quotes, "according to", colons and denials."""

from __future__ import annotations

import pytest


def test_indirect_speech_with_that_clause(attribute, by_cue):
    doc = attribute("The foreign minister said that the border would reopen next week.")
    a = by_cue(doc, "said")
    assert a.cue == "say"
    assert a.kind == "indirect"
    assert a.source_span.text == "The foreign minister"
    assert a.content_span.text == "that the border would reopen next week"
    assert a.text == a.content_span.text


def test_quote_after_the_speaker(attribute, by_cue):
    doc = attribute('The mayor said: "We will rebuild the bridge before winter."')
    a = by_cue(doc, "said")
    assert a.kind == "direct_quote"
    assert a.source_span.text == "The mayor"
    assert a.content_span.text == '"We will rebuild the bridge before winter."'


def test_quote_before_the_speaker(attribute, by_cue):
    doc = attribute("“We will rebuild the bridge before winter,” the mayor told reporters.")
    a = by_cue(doc, "told")
    assert a.kind == "direct_quote"
    assert a.source_span.text == "the mayor"
    assert "rebuild the bridge before winter" in a.content_span.text
    assert "reporters" not in a.content_span.text  # the hearer is not what was said


def test_inverted_speaker_after_the_cue(attribute, by_cue):
    doc = attribute('"Our troops are ready," said General Park Jin, the army chief of staff.')
    a = by_cue(doc, "said")
    assert a.source_span.text.startswith("General Park Jin")
    assert a.content_span.text.startswith('"Our troops are ready')


def test_split_quote_is_one_content_in_two_pieces(attribute, by_cue):
    doc = attribute('"The talks are over," the envoy said, "and we are going home."')
    a = by_cue(doc, "said")
    assert [p.text for p in a.content_parts] == ['"The talks are over,"', '"and we are going home."']
    assert a.content_span.start == a.content_parts[0].start
    assert a.content_span.end == a.content_parts[1].end


def test_multi_sentence_quote_is_taken_whole(attribute, by_cue):
    doc = attribute(
        'The navy rejected the report. "We did not fire. Our ships were in port. '
        'The claim is false," a navy spokesman said on Tuesday.'
    )
    a = by_cue(doc, "said")
    assert a.source_span.text == "a navy spokesman"
    assert a.content_span.text.startswith('"We did not fire.')
    assert a.content_span.text.endswith('The claim is false,"')
    assert a.kind == "direct_quote"


def test_quote_running_over_paragraphs(attribute, by_cue):
    text = (
        'The governor said: "The floods destroyed three villages.\n\n'
        '"We need help from the capital now."\n\n'
        "Rescue teams arrived on Friday."
    )
    doc = attribute(text)
    a = by_cue(doc, "said")
    assert "three villages" in a.content_span.text
    assert a.content_span.text.endswith('from the capital now."')
    assert "Rescue teams" not in a.content_span.text


def test_according_to(attribute, by_cue):
    doc = attribute("The convoy was attacked near the border town, according to local officials.")
    a = by_cue(doc, "according to")
    assert a.kind == "according_to"
    assert a.cue == "according to"
    assert a.source_span.text == "local officials"
    assert a.content_span.text == "The convoy was attacked near the border town"


def test_according_to_at_the_start(attribute, by_cue):
    doc = attribute("According to the state news agency, the leader inspected a new submarine.")
    a = by_cue(doc, "According to")
    assert a.source_span.text == "the state news agency"
    assert a.content_span.text == "the leader inspected a new submarine"


def test_colon_after_a_speaker_name(attribute, by_cue):
    doc = attribute("Senator Alvarez: the budget cuts will hurt rural hospitals.")
    a = by_cue(doc, ":")
    assert a.source_span.text == "Senator Alvarez"
    assert a.content_span.text.startswith("the budget cuts will hurt")


def test_label_before_a_colon_is_not_a_speaker(attribute):
    doc = attribute("Editor's note: this story was updated with new casualty figures.")
    assert not [a for a in doc.attributions if a.cue == ":"]


@pytest.mark.parametrize("heading", [
    "OUTLOOK: Analysts expect the central bank to hold rates through the winter.",
    "YOUR PENSION: What the new rules mean for savers who retire next year.",
    "Morning Headlines: Get the news from Asia delivered to your inbox every day.",
])
def test_a_heading_before_a_colon_is_not_a_speaker(attribute, heading):
    doc = attribute("The bank met on Tuesday.\n" + heading)
    assert not [a for a in doc.attributions if a.cue == ":"]


def test_a_transcript_speaker_in_capitals_is_a_speaker(attribute, by_cue):
    # named in the introduction, then written in capitals before what they say
    doc = attribute("Our reporter Lena Okafor joins us from Abuja.\n"
                    "OKAFOR: The curfew is holding, and the markets stayed shut today.")
    a = by_cue(doc, ":")
    assert a.source_span.text == "OKAFOR"
    assert a.source.name.endswith("Okafor")  # the person the introduction names
    assert a.content_span.text.startswith("The curfew is holding")


def test_a_title_glued_to_a_stance_adjective_holds_no_stance(attribute):
    # a tweet's opening words read as a title the adjective modifies
    doc = attribute('The president tweeted, "Caught RED HANDED - very angry that the ship left port."')
    assert all(a.source_span is None or "HANDED" not in a.source_span.text for a in doc.attributions)


def test_denial_is_flagged(attribute, by_cue):
    doc = attribute("The defence ministry denied that its troops had crossed the border.")
    a = by_cue(doc, "denied")
    assert a.denial is True
    assert a.content_span.text == "that its troops had crossed the border"
    assert by_cue(attribute("The ministry said its troops had crossed the border."), "said").denial is False


def test_passive_report_with_agent(attribute, by_cue):
    doc = attribute("The resignation was first reported by the regional newspaper.")
    a = by_cue(doc, "reported")
    assert a.source_span.text == "the regional newspaper"
    assert a.content_span.text == "The resignation"
    assert "was" in a.cue_span.text and "by" in a.cue_span.text


def test_parenthetical_cue_inside_the_clause(attribute, by_cue):
    doc = attribute("The ceasefire, the commander said, will hold until Monday.")
    a = by_cue(doc, "said")
    assert a.source_span.text == "the commander"
    assert [p.text for p in a.content_parts] == ["The ceasefire", "will hold until Monday"]


def test_speaking_in_the_first_person_is_not_a_new_source(attribute):
    doc = attribute('"I think the deal is dead," the envoy said.')
    cues = [a.cue for a in doc.attributions]
    assert cues == ["say"]


def test_attitude_verbs_and_adjectives(attribute, by_cue):
    doc = attribute("Opposition leaders want early elections. Aides were confident that the bill would pass.")
    want = by_cue(doc, "want")
    assert want.source_span.text == "Opposition leaders"
    assert want.content_span.text == "early elections"
    confident = by_cue(doc, "confident")
    assert confident.source_span.text == "Aides"
    assert confident.content_span.text == "that the bill would pass"


def test_physical_attack_is_not_a_stance(attribute):
    doc = attribute("Rebels attacked the army base on Sunday.")
    assert doc.attributions == []
    doc = attribute("The senator attacked the governor for the delays.")
    assert [a.cue for a in doc.attributions] == ["attack for"]


def test_plain_narration_has_no_attribution(attribute):
    doc = attribute("Troops crossed the river at dawn and took the bridge.")
    assert doc.attributions == []


def test_appear_is_an_unsourced_appearance_with_its_subject_in_the_content(attribute):
    doc = attribute("The senator appeared to reject the offer.")
    assert [a.cue for a in doc.attributions] == ["appear"]
    a = doc.attributions[0]
    assert a.source is None and a.source_span is None  # the writer's hedge, not the senator's claim
    assert [p.text for p in a.content_parts] == ["The senator", "to reject the offer"]
    # "appeared on television" is a showing up, not an appearance of something being so
    assert attribute("The senator appeared on television on Sunday.").attributions == []


def test_field_labels_are_not_cues(attribute):
    doc = attribute("Published: 2019-11-04\nReported: by staff\n\nThe port reopened on Monday.")
    assert doc.attributions == []


def test_reportedly_marks_a_relayed_claim_without_a_source(attribute, by_cue):
    doc = attribute("The envoy reportedly left the capital on Friday.")
    a = by_cue(doc, "reportedly")
    assert a.kind == "report"
    assert a.source is None and a.source_span is None
    assert [p.text for p in a.content_parts] == ["The envoy", "left the capital on Friday"]


def test_participle_on_a_released_document_takes_the_releaser(attribute, by_cue):
    doc = attribute("The campaign director released a statement confirming that the rally was cancelled.")
    a = by_cue(doc, "confirming")
    assert a.source_span.text == "The campaign director"
    assert a.content_span.text == "that the rally was cancelled"


def test_inverted_speaker_after_a_comma(attribute, by_cue):
    doc = attribute("The vote marks the end of an era for the alliance, said Maria Lopez, a former envoy.")
    a = by_cue(doc, "said")
    assert a.source_span.text.startswith("Maria Lopez")
    assert a.content_span.text == "The vote marks the end of an era for the alliance"


def test_phrasal_speech_verbs(attribute, by_cue):
    doc = attribute('"That plan will never work," the governor shot back. The mayor fired back at the council.')
    shot = by_cue(doc, "shot")
    assert shot.cue == "shoot back"
    assert shot.source_span.text == "the governor"
    assert shot.content_span.text == '"That plan will never work,"'
    assert by_cue(doc, "fired").cue == "fire back at"
    assert attribute("The battery fired two shells at the port.").attributions == []


def test_in_someones_view(attribute, by_cue):
    doc = attribute("In the minister's view, the new tariffs would hurt exporters.")
    a = by_cue(doc, "view")
    assert a.source_span.text == "the minister's"
    assert a.content_span.text == "the new tariffs would hurt exporters"


def test_hearer_of_a_promise_is_not_the_content(attribute):
    doc = attribute("The governor promised voters on Monday.")
    assert doc.attributions == []
    doc = attribute("The governor promised tax cuts.")
    assert [a.content_span.text for a in doc.attributions] == ["tax cuts"]


def test_a_clause_joined_by_but_is_no_parenthetical_of_the_report_before_it(attribute, by_cue):
    # the parser joins "add" to "says", not to the reported clause
    doc = attribute("The treasury says the tariff would cut income at first as importers delayed orders, "
                    "but would eventually add $12 billion over five years.")
    says = by_cue(doc, "says")
    assert says.content_span.text == "the tariff would cut income at first as importers delayed orders"
    assert not [a for a in doc.attributions if a.cue_span is not None and "add" in a.cue_span.text]


def test_a_source_standing_for_two_actors_is_a_group_not_the_first_of_them(attribute, by_cue):
    doc = attribute("President Trump met Kim Jong-Un in Singapore in 2018. "
                    "Both sides said the talks had been useful.")
    said = by_cue(doc, "said")
    assert said.source.text == "Both sides"
    assert said.source.kind == "group"
    assert said.source.country is None and said.source.name == "Both sides"


def test_a_coordinated_source_keeps_the_sector_its_parts_share(attribute, by_cue):
    said = by_cue(attribute("Senior Hungarian and Romanian officials said the border would reopen."), "said")
    assert (said.source.country, said.source.sector, said.source.kind) == (None, "GOV", "group")
    assert said.source.cameo is None  # no country in common, no CAMEO code


@pytest.mark.parametrize(("text", "country", "sector", "cameo"), [
    ("The Indian army and the Indian air force said the pilots were safe.", "IND", "MIL", "INDMIL"),
    ("The Israeli army and the Israeli police said the crossing would reopen.", "ISR", None, "ISR"),
])
def test_coordinated_bodies_are_one_group_with_what_they_share(attribute, by_cue, text, country, sector, cameo):
    said = by_cue(attribute(text), "said")
    assert said.source.kind == "group"
    assert said.source.text == text.split(" said")[0]
    assert (said.source.country, said.source.sector, said.source.cameo) == (country, sector, cameo)


@pytest.mark.parametrize(("text", "content"), [
    ("The mayor said after the vote she would not sign the budget if it reached her desk.",
     "after the vote she would not sign the budget if it reached her desk"),
    ("Okafor said after the summit he would not back the treaty unless it were amended.",
     "after the summit he would not back the treaty unless it were amended"),
])
def test_a_clause_with_its_own_subject_read_as_adverbial_is_the_content(attribute, by_cue, text, content):
    assert by_cue(attribute(text), "said").content_span.text == content


def test_a_report_closing_a_sentence_that_opens_with_an_adverbial_clause(hand_parsed, raw_headed_by):
    # "As Kim spoke on Monday, a boy was hurt by a stone, police said." with the reported
    # clause hung on the "As ..." clause, not on "said"
    doc = hand_parsed(
        ["As", "Kim", "spoke", "on", "Monday", ",", "a", "boy", "was", "hurt", "by", "a", "stone", ",", "police",
         "said", "."],
        [True, True, True, True, False, True, True, True, True, True, True, True, False, True, True, False, False],
        [2, 2, 15, 2, 3, 2, 7, 9, 9, 2, 9, 12, 10, 15, 15, 15, 15],
        ["mark", "nsubj", "advcl", "prep", "pobj", "punct", "det", "nsubjpass", "auxpass", "advcl", "agent", "det",
         "pobj", "punct", "nsubj", "ROOT", "punct"],
        ["IN", "NNP", "VBD", "IN", "NNP", ",", "DT", "NN", "VBD", "VBN", "IN", "DT", "NN", ",", "NNS", "VBD", "."],
        ["SCONJ", "PROPN", "VERB", "ADP", "PROPN", "PUNCT", "DET", "NOUN", "AUX", "VERB", "ADP", "DET", "NOUN",
         "PUNCT", "NOUN", "VERB", "PUNCT"],
        ["as", "kim", "speak", "on", "monday", ",", "a", "boy", "be", "hurt", "by", "a", "stone", ",", "police",
         "say", "."],
    )
    r = raw_headed_by(doc, "said")
    assert doc[r.source[0]:r.source[1]].text == "police"
    assert [doc.text[a:b] for a, b in r.content] == ["As Kim spoke on Monday, a boy was hurt by a stone"]


@pytest.mark.parametrize("text", ["She spoke when the minister arrived.", "He spoke after the meeting ended."])
def test_a_subordinate_clause_after_a_verb_of_saying_is_no_content(attribute, text):
    assert not [a for a in attribute(text).attributions if a.cue_span is not None and "spoke" in a.cue_span.text]


def test_a_reporting_verb_the_tagger_read_as_a_plural_noun_keeps_its_subject(attribute, by_cue):
    claims = by_cue(attribute("Yet Trump claims that he must be the exception."), "claims")
    assert (claims.source_span.text, claims.content_span.text) == ("Trump", "that he must be the exception")


def test_an_event_announcing_something_speaks_for_whoever_held_it(attribute, by_cue):
    doc = attribute("“We will get there,” the minister said at a news conference "
                    "announcing that the port would reopen.")
    announcing = by_cue(doc, "announcing")
    assert announcing.source_span.text == "the minister"
    assert announcing.content_span.text == "that the port would reopen"


@pytest.mark.parametrize(("text", "cue", "source"), [
    # a subject the parser joined to a fronted phrase as a conjunct after its comma
    ("In a panel discussion this weekend in Nairobi, Grace Wanjiku, the chief executive of the Kenya "
     "Port League, forcefully told a young reporter that she was wrong.",
     "told", "Grace Wanjiku, the chief executive of the Kenya Port League"),
    ('When rebels are caught as part of the northern front, Okafor and Mbeki call them "bandits" '
     "and describe their raids as crimes.", "describe", "Okafor and Mbeki"),
    # two subjects before the verb ("promises" and "analyses"): the nearer
    ("His promises to tax the rich notwithstanding, independent analyses agree "
     "the top earners would gain most.", "agree", "independent analyses"),
    # the named object a verb hands its infinitive to
    ("The landslide win led party chairman Ana Ruiz to declare the race over.", "declare", "party chairman Ana Ruiz"),
    # a verb after "able to" / "unable to" is the subject's
    ("The race is close, so the mayor won't be able to brag about her lead in the polls.", "brag", "the mayor"),
    ("The governor was unable to tout his record on the port and accuse his rivals of stalling.",
     "accuse", "The governor"),
])
def test_a_source_the_parser_misplaced_is_found(attribute, by_cue, text, cue, source):
    assert by_cue(attribute(text), cue).source_span.text == source


def test_an_inverted_speaker_the_tagger_read_as_an_adverb_is_the_source(hand_parsed):
    from eventwire.attribution.extract import extract

    # '“We are ready,” said Skelly, explaining he left.' with "Skelly" tagged RB
    doc = hand_parsed(
        ["“", "We", "are", "ready", ",", "”", "said", "Skelly", ",", "explaining", "he", "left", "."],
        [False, True, True, False, False, True, True, False, True, True, True, False, False],
        [2, 2, 6, 2, 6, 6, 6, 6, 6, 6, 11, 9, 6],
        ["punct", "nsubj", "ccomp", "acomp", "punct", "punct", "ROOT", "advmod", "punct", "advcl", "nsubj", "ccomp",
         "punct"],
        ["``", "PRP", "VBP", "JJ", ",", "''", "VBD", "RB", ",", "VBG", "PRP", "VBD", "."],
        ["PUNCT", "PRON", "AUX", "ADJ", "PUNCT", "PUNCT", "VERB", "ADV", "PUNCT", "VERB", "PRON", "VERB", "PUNCT"],
        ["“", "we", "be", "ready", ",", "”", "say", "skelly", ",", "explain", "he", "leave", "."],
    )
    sources = {doc[r.head].text: doc[r.source[0]:r.source[1]].text for r in extract(doc) if r.source}
    assert sources == {"said": "Skelly", "explaining": "Skelly"}


def test_a_name_read_as_a_modifier_of_a_verb_read_as_a_noun_is_the_source(hand_parsed, raw_headed_by):
    # "Trump estimates that he spent $5 million." with "Trump estimates" read as a noun compound
    doc = hand_parsed(
        ["Trump", "estimates", "that", "he", "spent", "$", "5", "million", "."],
        [True, True, True, True, True, False, True, False, False],
        [1, 1, 4, 4, 1, 7, 7, 4, 1],
        ["compound", "ROOT", "mark", "nsubj", "ccomp", "quantmod", "compound", "dobj", "punct"],
        ["NN", "NNS", "IN", "PRP", "VBD", "$", "CD", "CD", "."],
        ["NOUN", "NOUN", "SCONJ", "PRON", "VERB", "SYM", "NUM", "NUM", "PUNCT"],
        ["trump", "estimate", "that", "he", "spend", "$", "5", "million", "."],
    )
    r = raw_headed_by(doc, "estimates")
    assert doc[r.source[0]:r.source[1]].text == "Trump"


def test_a_subject_the_parser_made_an_apposition_in_a_fronted_phrase_is_the_source(hand_parsed, raw_headed_by):
    # "Campaigning for Ana Ruiz, former mayor Tomas Ruiz said she was ready." with the speaker
    # hung on "Ana Ruiz" as its apposition and "said" left without a subject
    doc = hand_parsed(
        ["Campaigning", "for", "Ana", "Ruiz", ",", "former", "mayor", "Tomas", "Ruiz", "said", "she", "was", "ready",
         "."],
        [True, True, True, False, True, True, True, True, True, True, True, True, False, False],
        [9, 0, 3, 1, 3, 6, 8, 8, 3, 9, 11, 9, 11, 9],
        ["advcl", "prep", "compound", "pobj", "punct", "amod", "compound", "compound", "appos", "ROOT", "nsubj",
         "ccomp", "acomp", "punct"],
        ["VBG", "IN", "NNP", "NNP", ",", "JJ", "NN", "NNP", "NNP", "VBD", "PRP", "VBD", "JJ", "."],
        ["VERB", "ADP", "PROPN", "PROPN", "PUNCT", "ADJ", "NOUN", "PROPN", "PROPN", "VERB", "PRON", "AUX", "ADJ",
         "PUNCT"],
        ["campaign", "for", "Ana", "Ruiz", ",", "former", "mayor", "Tomas", "Ruiz", "say", "she", "be", "ready", "."],
    )
    said = raw_headed_by(doc, "said")
    assert doc[said.source[0]:said.source[1]].text == "former mayor Tomas Ruiz"


@pytest.mark.parametrize("text, cue, name", [
    ("Shares fell after a brokerage report that said the company might lose its biggest client.", "said",
     "a brokerage report"),
    ("The guards stopped a man who claimed he was a courier for the embassy.", "claimed", "a man"),
])
def test_a_relative_pronoun_source_is_named_by_the_noun_it_stands_for(attribute, by_cue, text, cue, name):
    a = by_cue(attribute(text), cue)
    assert a.source_span.text in ("that", "who")  # the span stays the pronoun the text has
    assert a.source.name == name


@pytest.mark.parametrize(("text", "cue", "source"), [
    ("Jones, the author of “The Long War,” said the army had withdrawn.", "said",
     "Jones, the author of “The Long War,”"),
    ("Okafor, one of the stars of “River Town,” was quoted as saying that the army had withdrawn.", "saying",
     "Okafor, one of the stars of “River Town,”"),
])
def test_a_source_keeps_the_closing_mark_of_a_title_it_quotes(attribute, by_cue, text, cue, source):
    assert by_cue(attribute(text), cue).source_span.text == source
