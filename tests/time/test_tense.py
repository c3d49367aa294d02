"""Tense decides which way an underspecified expression points (through the timexes stage)."""

from __future__ import annotations

import pytest

from eventwire import Pipeline


@pytest.fixture(scope="module")
def timexes():
    pipe = Pipeline(["nlp", "timexes"])

    def run(text: str) -> list[str]:
        return [t.value for t in pipe(text, published="2019-11-06").timexes]  # a Wednesday

    return run


@pytest.mark.parametrize(
    "text, value",
    [
        ("The envoys met on Friday.", "2019-11-01"),
        ("The envoys will meet on Friday.", "2019-11-08"),
        ("The envoys meet Friday in Geneva.", "2019-11-08"),
        ("The envoys are meeting on Friday.", "2019-11-08"),
        ("The envoys could meet as soon as Friday.", "2019-11-08"),
        ("The envoys had met on Friday.", "2019-11-01"),
        ("The vote is expected in March.", "2020-03"),
        ("The vote was held in March.", "2019-03"),
        ("The rules are to be published in December.", "2019-12"),
        ("The ministry says the strike happened on Monday.", "2019-11-04"),
    ],
)
def test_tense_sets_the_direction(timexes, text, value):
    assert timexes(text) == [value]
