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
