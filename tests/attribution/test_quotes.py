"""Finding quotations on characters: curly and straight marks, paragraphs, unbalanced marks."""

from __future__ import annotations

from eventwire.attribution.quotes import QuoteIndex, find_quotes


def _texts(text: str) -> list[str]:
    return [text[q.start:q.end] for q in find_quotes(text)]


def test_curly_and_straight_quotes():
    text = 'He said “yes” and she said "no".'
    assert _texts(text) == ["“yes”", '"no"']


def test_multi_paragraph_quote_is_joined():
    text = '“First part.\n“Second part.”\nNarration.'
    assert _texts(text) == ['“First part.\n“Second part.”']


def test_unclosed_quote_stops_at_its_paragraph():
    text = '“An unclosed quote\nNarration resumes here.'
    assert _texts(text) == ["“An unclosed quote"]


def test_stray_closing_mark_is_ignored():
    assert _texts("A stray ” mark and “a real quote”.") == ["“a real quote”"]


def test_straight_mark_glued_to_a_word_closes_a_lost_quote():
    # the opening mark of the first quote is missing: its closing mark opens nothing
    text = 'We will rebuild the pier," the mayor said.\n\nThe council met later. "Good," Ruiz said.'
    assert _texts(text) == ['"Good,"']


def test_index_lookups():
    text = '“We are ready,” he said. Later: “We left.”'
    idx = QuoteIndex(text)
    first, second = idx.quotes
    assert idx.covering(1, 5) == first
    assert idx.ending_before(text.index("he")) == first
    assert idx.starting_after(text.index(":") + 1) == second
    assert idx.overlapping(0, len(text)) == [first, second]


def test_closing_mark_glued_to_a_paragraphs_first_word_opens_a_quote():
    # web text sometimes opens a quote with the closing mark; the next quote must still pair
    text = "Photo.\n\n”We are tired. We vote.” ― Ana Ruiz\n“Next quote.”― Luis Gil\n"
    assert _texts(text) == ["”We are tired. We vote.”", "“Next quote.”"]


def test_the_speaker_not_the_quotes_own_subject_is_the_source(attribute, by_cue):
    # the parser makes both "My answer" (inside the quote) and "manager" subjects of "said"
    doc = attribute("“My answer, that was a disgrace,” the mayor's former campaign manager said "
                    "in an interview with the Harbor Gazette.")
    assert by_cue(doc, "said").source_span.text == "the mayor's former campaign manager"


def test_a_speaker_hung_on_the_quote_and_a_quoted_title_after_the_verb(attribute, by_cue):
    # the parser hangs "Flynn" on the quote's last noun and makes the show's title the subject
    doc = attribute("“The port is a disgrace for this city and our harbor,” Flynn, a top Trump surrogate, "
                    "said Thursday morning on Fox News’s “Morning Joe.”")
    said = by_cue(doc, "said")
    assert said.source_span.text == "Flynn, a top Trump surrogate"
    assert said.content_span.text == "“The port is a disgrace for this city and our harbor,”"


def test_a_quoted_title_after_the_cue_is_not_the_quote_resumed(attribute, by_cue):
    doc = attribute("“The port is a disgrace for this city and our harbor,” Okafor, a top council ally, "
                    "said Thursday morning on Harbor Radio’s “Morning Desk.”")
    said = by_cue(doc, "said")
    assert [p.text for p in said.content_parts or [said.content_span]] == [
        "“The port is a disgrace for this city and our harbor,”"]


def test_a_cue_the_parser_joined_to_the_quotes_verb_does_not_take_the_quotes_subject(hand_parsed, raw_headed_by):
    """'“We will win this case,” Harbor Chief Ana Ruiz said.' parsed as the small model does on
    some real text (built by hand): "said" a conjunct of the quote's verb, "Harbor" a verb.
    The source is not "We", whose words the quote is; with the name unreadable, it is unknown."""
    words = ["“", "We", "will", "win", "this", "case", ",", "”", "Harbor", "Chief", "Ana", "Ruiz", "said", "."]
    spaces = [False, True, True, True, True, False, False, True, True, True, True, True, False, False]
    heads = [3, 3, 3, 3, 5, 3, 3, 3, 3, 8, 11, 9, 3, 3]
    deps = ["punct", "nsubj", "aux", "ROOT", "det", "dobj", "punct", "punct", "dep", "dobj", "compound",
            "appos", "conj", "punct"]
    tags = ["``", "PRP", "MD", "VB", "DT", "NN", ",", "''", "VB", "NNP", "NNP", "NNP", "VBD", "."]
    pos = ["PUNCT", "PRON", "AUX", "VERB", "DET", "NOUN", "PUNCT", "PUNCT", "VERB", "PROPN", "PROPN", "PROPN",
           "VERB", "PUNCT"]
    lemmas = ["“", "we", "will", "win", "this", "case", ",", "”", "harbor", "Chief", "Ana", "Ruiz", "say", "."]
    doc = hand_parsed(words, spaces, heads, deps, tags, pos, lemmas)
    said = raw_headed_by(doc, "said")
    assert said.source is None or "We" not in doc[said.source[0]:said.source[1]].text
    assert doc.text[said.content[0][0]:said.content[0][1]].startswith("“We will win this case,”")
