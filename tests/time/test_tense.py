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


@pytest.mark.parametrize(
    "text, value",
    [
        # a deadline set by "until" lies ahead of the act that sets it
        ("Officials postponed the vote until Friday.", "2019-11-08"),
        ("The court has given them until Friday to reply.", "2019-11-08"),
        # what is planned or scheduled lies ahead, unless the plan is told as past
        ("The prosecutor has scheduled a news conference Thursday.", "2019-11-07"),
        ("The accession was planned for early March.", "2020-03"),
        ("On Friday, the government planned to pay the workers.", "2019-11-01"),
        ("The offer had been due to expire Friday.", "2019-11-01"),
        # a participle that is not a plan: "set" here is "established"
        ("The index is near its record high set on May 6.", "2019-05-06"),
        # a plain verb form after a singular subject is a past tense
        ("Weakness in banks hurt the index on Friday.", "2019-11-01"),
        # a stative present speaks of now, not of a timetable
        ("The store accounts for most sales as of May.", "2019-05"),
    ],
)
def test_deadlines_plans_and_ambiguous_past_forms(timexes, text, value):
    assert timexes(text) == [value]


@pytest.mark.parametrize(
    "text, value",
    [
        # "effective" + date: a change announced takes effect ahead, whatever the tense
        ("The board appointed a new treasurer, effective Feb. 1.", "2020-02-01"),
        ("The union signed a wage deal effective June 1.", "2020-06-01"),
        # ... but a date just past stays past (the closest one within two months)
        ("The bank cut its rate, effective Oct. 25.", "2019-10-25"),
        # "through" after a verb of extending or granting ends a period ahead
        ("The lenders have extended the credit line through February.", "2020-02"),
        # a reduced relative naming a planned time
        ("Trade will dominate a summit set for Berlin in April.", "2020-04"),
        # a participle clause takes the tense of the clause it hangs from
        ("The shares have swung widely, climbing to a peak in July from a low in March.", "2019-07 2019-03"),
        ("Exporters are going to start getting hurt in the spring.", "2020-SP"),
        # "could not" tells of a past attempt; a bare "could" of a possibility ahead
        ("The mayor could not be reached for comment on Friday.", "2019-11-01"),
        ("Neither the owner nor his lawyer could be found on Friday.", "2019-11-01"),
        ("The envoys could meet on Friday.", "2019-11-08"),
        # the time of an announced act is not placed by the tense of the announcing
        ("The ministry announced a 10 percent cut in oil exports in December.", "2019-12"),
        ("The ministry cut supplies in December.", "2018-12"),
        # a month naming a thing is not pushed ahead by a progressive clause
        ("The club is trying to sell the stadium under a June agreement with the city.", "2019-06"),
    ],
)
def test_cues_beyond_the_verb_tense(timexes, text, value):
    assert " ".join(timexes(text)) == value


@pytest.mark.parametrize(
    "text, values",
    [
        ("The council will soon vote on the budget.", ["FUTURE_REF"]),
        ("The rebels plan to attack again soon.", ["FUTURE_REF"]),
        # counted from a past event, or a conjunction: no reference to the present
        ("The hostage was soon released.", []),
        ("Talks will start as soon as the ceasefire holds.", []),
        ("He resigned soon after the vote.", []),
    ],
)
def test_soon_is_the_near_future_only_in_a_future_clause(timexes, text, values):
    assert timexes(text) == values
