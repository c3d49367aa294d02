"""The nlp stage's tokenizer adjustments on top of the spaCy model."""

from __future__ import annotations

import pytest

from eventwire.nlp import load_model


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("lied.”― Ana", ["lied", ".", "”", "―", "Ana"]),
        ("a ―Ana", ["a", "―", "Ana"]),
        ("India test-fired a missile", ["India", "test-fired", "a", "missile"]),
    ],
)
def test_horizontal_bar_is_split_like_other_dashes_and_hyphenated_verbs_stay_whole(text, tokens):
    assert [t.text for t in load_model().tokenizer(text)] == tokens


def _sentences(text: str) -> list[str]:
    return [s.text.strip() for s in load_model()(text).sents if s.text.strip()]


def test_a_closing_quote_after_a_full_stop_stays_with_the_sentence_it_closes():
    text = ('The envoy said the ministry "expects a summit in June."\n'
            "The army said two rockets were fired overnight.")
    assert _sentences(text) == ['The envoy said the ministry "expects a summit in June."',
                                "The army said two rockets were fired overnight."]


def test_a_line_break_ends_a_sentence():
    text = "Talks resume in Oslo on Monday\nThe rebels said they would attend."
    assert _sentences(text) == ["Talks resume in Oslo on Monday", "The rebels said they would attend."]


def test_a_quote_mark_opening_the_next_sentence_is_not_moved():
    text = 'The minister left. "We will not return," she said.'
    assert _sentences(text) == ["The minister left.", '"We will not return," she said.']


def test_a_hard_wrapped_line_running_on_in_lower_case_continues_the_sentence():
    text = "The council voted on Monday to close the\nharbour road for a month.\nThe mayor agreed."
    assert _sentences(text) == ["The council voted on Monday to close the\nharbour road for a month.",
                                "The mayor agreed."]


def test_a_lower_case_speaker_after_a_closing_question_stays_in_the_sentence():
    text = "“Who pays for the road?” she asks. Nobody answered."
    assert _sentences(text) == ["“Who pays for the road?” she asks.", "Nobody answered."]


def test_an_opening_quote_after_a_paragraph_break_starts_a_sentence():
    text = 'The senators sent a letter.\n\n"The program is broken," they wrote.'
    assert _sentences(text) == ["The senators sent a letter.", '"The program is broken," they wrote.']
