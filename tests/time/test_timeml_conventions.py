"""TimeML conventions added in round two: each family with sentences written for these tests.

The anchor is Monday 4 November 2019 unless a test says otherwise.
"""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.time.calendar import easter
from eventwire.time.timexes import find_timexes

D = dt.date
ANCHOR = D(2019, 11, 4)  # a Monday


def found(text: str, anchor: dt.date = ANCHOR, way: str | None = None) -> list[tuple[str, str]]:
    refs = find_timexes(text, anchor, (lambda s, e: way) if way else None)
    return [(r.text, r.value) for r in refs]


# ----- holidays counted from Easter; a holiday's week -----------------------------------------
def test_easter_follows_the_gregorian_computus():
    assert [easter(y) for y in (2019, 2024, 2025)] == [D(2019, 4, 21), D(2024, 3, 31), D(2025, 4, 20)]


def test_easter_holidays_and_holiday_weeks():
    assert found("The shelling stopped on Good Friday 2019.") == [("Good Friday 2019", "2019-04-19")]
    assert found("Crowds gathered as Easter week began.", D(2019, 4, 15), "past") == [("Easter week", "2019-W16")]
    assert found("Shops close on Christmas Day.", D(2019, 12, 1)) == [("Christmas Day", "2019-12-25")]


# ----- years in words ---------------------------------------------------------------------------
def test_spelled_years_after_months_and_seasons():
    assert found("January nineteen ninety-seven was cold.") == [("January nineteen ninety-seven", "1997-01")]
    assert found("Prices fell in the winter of nineteen ninety-four.") == [("the winter of nineteen ninety-four", "1994-WI")]
    assert found("The plan runs to the year two thousand.") == [("the year two thousand", "2000")]


def test_spelled_numbers_that_are_counts_are_not_years():
    assert found("Nineteen people were hurt.") == []
    assert found("The craft is more than two thousand years old in spirit; two thousand years passed.") == []


# ----- months that are names or titles --------------------------------------------------------
def test_a_month_name_followed_by_a_verb_is_a_person():
    assert found("May said the talks would go on.") == []
    assert found("June has refused to comment.") == []
    assert found("In May the talks failed.") == [("May", "2019-05")]


def test_a_month_name_heading_a_title_is_not_a_month():
    assert found("Thousands joined the March for Life in the capital.") == []
    assert found("She led the March of the Mothers.") == []
    assert found("In 2015 the vote was set for March of the following year.")[1] == ("March of the following year", "2016-03")


# ----- names, titles and adjectives that are not times ----------------------------------------
def test_capitalised_time_words_inside_a_sentence_belong_to_a_name():
    assert found('The minister said on the "This Week" programme that talks would resume.') == []
    assert found("He spoke to 60 Minutes about the strike.") == []
    assert found("This is Radio Today, with the news.") == []
    assert found("Today, the minister resigned.") == [("Today", "2019-11-04")]
    assert found("KABUL — Today the minister resigned.") == [("Today", "2019-11-04")]  # after a dateline dash


def test_future_as_an_adjective_is_not_a_time():
    assert found("The ban affects future exports.") == []
    assert found("They will meet again in the future.") == [("the future", "FUTURE_REF")]


def test_sentence_initial_now_with_a_comma_is_a_discourse_marker():
    assert found("Now, the ministry says, the border is shut.") == []
    assert found("The border is now shut.") == [("now", "PRESENT_REF")]


def test_one_day_after_a_modal_is_the_unspecified_future():
    assert found("The country will one day join the bloc.") == [("one day", "FUTURE_REF")]
    assert found("The strike lasted one day.") == [("one day", "P1D")]
    assert found("Someday the wall will fall.") == [("Someday", "FUTURE_REF")]


# ----- clock times and parts of the day -------------------------------------------------------
def test_clock_times_in_words_and_parts_of_the_reference_day():
    assert found("The convoy leaves at 4 in the morning.") == [("4 in the morning", "2019-11-04T04:00")]
    assert found("Shares rose on Friday. Buyers placed orders in the morning.") == [
        ("Friday", "2019-11-01"), ("the morning", "2019-11-01TMO")]
    assert found("By mid-afternoon, the rebels had withdrawn.") == [("mid-afternoon", "2019-11-04TAF")]


# ----- anaphora -----------------------------------------------------------------------------
def test_previous_and_following_weekdays_count_from_the_day_last_mentioned():
    assert found("The index closed lower on Friday, 3% below the previous Friday.") == [
        ("Friday", "2019-11-01"), ("previous Friday", "2019-10-25")]


def test_the_day_before_an_event_is_not_the_day_before_the_last_date():
    # "the day before authorities acted" names the day of another event, not Oct. 30
    assert found("He was seen on Oct. 31, the day before authorities issued a warrant.") == [("Oct. 31", "2019-10-31")]
    assert found("He was seen on Oct. 31 and left the day after.") == [("Oct. 31", "2019-10-31"), ("the day after", "2019-11-01")]


def test_month_with_a_deictic_year():
    assert found("Ratification began in February this year and ends in April next year.") == [
        ("February this year", "2019-02"), ("April next year", "2020-04")]
    assert found("The group split in July last year.") == [("July last year", "2018-07")]
    assert found("It began in 2015. In June the following year, it ended.")[1] == ("June the following year", "2016-06")


def test_a_second_day_joined_by_and_is_a_date_of_its_own():
    assert found("The summit is on April 24 and 25.", D(2019, 2, 10)) == [("April 24", "2019-04-24"), ("25", "2019-04-25")]
    assert found("Turnout was April 24 and 25 percent.", D(2019, 2, 10)) == [("April 24", "2019-04-24")]


# ----- ranges ---------------------------------------------------------------------------------
def test_to_joins_a_range_only_after_from_or_between_like_ends():
    assert found("A revision Friday to December's figures was small.") == [("Friday", "2019-11-01"), ("December", "2019-12")]
    assert found("Talks ran from Monday to December.") == [("Monday to December", "2019-11-04/2019-12")]
    assert found("Talks ran March to May 2019.") == [("March to May 2019", "2019-03/2019-05")]


# ----- reporting periods ------------------------------------------------------------------------
def test_a_quarter_ended_on_a_day_is_the_calendar_quarter_holding_most_of_it():
    assert found("In the quarter ended July 31, sales fell.")[0] == ("the quarter", "2019-Q2")
    assert found("In the quarter ended Sept. 30, sales fell.")[0] == ("the quarter", "2019-Q3")
    assert found("For the quarter ended Jan. 2, 2019, sales fell.")[0] == ("the quarter", "2018-Q4")


def test_year_ago_periods_are_the_reported_quarter_a_year_before():
    text = ("Net rose in the third quarter. It compares with a loss in the second quarter and "
            "with the corresponding period last year. Sales for last year's quarter fell; "
            "for the quarter a year ago, too; in the comparable year-ago quarter as well.")
    values = dict(found(text))
    assert values["the corresponding period last year"] == "2018-Q3"
    assert values["last year's quarter"] == "2018-Q3"
    assert values["the quarter a year ago"] == "2018-Q3"
    assert values["the comparable year-ago quarter"] == "2018-Q3"


def test_halves_written_as_two_quarters():
    assert found("Demand stays weak through the first two quarters of 2020.") == [("the first two quarters of 2020", "2020-H1")]
    assert found("after several quarters of losses") == [("several quarters", "PXQ")]
    assert found("She won three quarters of the vote.") == []


# ----- durations and vague spans ------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, expected",
    [
        ("It was the first rise in years.", [("years", "PXY")]),
        ("Troops are due within weeks.", [("weeks", "PXW")]),
        ("Over the years the town grew.", [("the years", "PXY")]),
        ("The loan may run for an additional year.", [("an additional year", "P1Y")]),
        ("Eight trading days after Oct. 12, it recovered.", [("Eight trading days", "P8D"), ("Oct. 12", "2019-10-12")]),
        ("It will not change for a couple of years.", [("a couple of years", "P2Y")]),
        ("They met for a third day-long session.", [("day-long", "P1D")]),
        ("It ended a decades-long feud.", [("decades-long", "PXY")]),
        ("Funds may sell bonds in the weeks ahead.", [("the weeks ahead", "PXW")]),
        ("It bodes ill for coming quarters.", [("coming quarters", "PXQ")]),
    ],
)
def test_vague_and_adjectival_durations(text, expected):
    assert found(text) == expected


def test_in_n_units_in_a_future_clause_is_a_date():
    assert found("The notes will be redeemed in five years.", way="future") == [("five years", "2024")]
    assert found("Prices doubled in five years.", way="past") == [("five years", "P5Y")]


def test_seasons_with_a_part_and_references():
    assert found("Orders recovered from the low levels of the early summer.") == [("the early summer", "2019-SU")]
    assert found("Summer is hot here.") == []
    assert found("The bonds will be sold at a later date.") == [("a later date", "FUTURE_REF")]
    assert found("He would not travel at this crucial moment.") == [("this crucial moment", "PRESENT_REF")]
    assert found("the post-1989 order") == [("1989", "1989")]


def test_a_year_earlier_after_a_cumulative_span_is_that_year():
    # in an earnings report, "a year earlier" is the quarter under discussion a year
    # before, unless the sentence is about the nine months (or half) to date
    text = ("Acme said third-quarter profit rose 8% to $40 million from $37 million a year earlier. "
            "For the nine months, profit rose to $120 million from $101 million a year earlier. "
            "In the first half, sales fell, compared with year-earlier sales of $9 million, and the 2018 period had a gain. "
            "Third-quarter sales fell 2% from a year ago.")
    assert found(text) == [
        ("third-quarter", "2019-Q3"), ("a year earlier", "2018-Q3"),
        ("the nine months", "P9M"), ("a year earlier", "2018"),
        ("year-earlier", "2018"), ("the 2018 period", "2018"),
        ("Third-quarter", "2019-Q3"), ("a year ago", "2018-Q3"),
    ]


def test_a_vague_count_later_is_a_span_not_a_future_reference():
    # "a few days later" is counted from the date last mentioned, so it names neither the
    # future nor the past of the writer; "a few days ago" is counted from now
    text = "The strike began on Monday. A few days later, the union gave in. A few hours later it ended. A few years ago it was worse."
    assert found(text) == [("Monday", "2019-11-04"), ("A few days later", "PXD"),
                           ("A few hours later", "PTXH"), ("A few years ago", "PAST_REF")]


def test_that_quarter_is_the_quarter_last_named():
    # not the quarter of the closing date that followed it (a fiscal quarter ending Oct. 31)
    text = "In the second quarter, which ended Oct. 31, Acme lost money. Results for that quarter included a charge."
    assert found(text) == [("the second quarter", "2019-Q2"), ("Oct. 31", "2019-10-31"), ("that quarter", "2019-Q2")]


def test_a_weekday_in_the_plural_recurs():
    assert found("The museum is closed on Mondays.") == [("Mondays", "XXXX-WXX-1")]
    assert found("The ferry sails on Tuesday nights and Sunday mornings.") == [
        ("Tuesday nights", "XXXX-WXX-2TNI"), ("Sunday mornings", "XXXX-WXX-7TMO")]
    # one weekday is still one day
    assert found("The ferry sailed on Tuesday night.") == [("Tuesday night", "2019-10-29TNI")]


def test_future_as_a_noun_is_a_reference_but_as_an_adjective_is_not():
    assert found("The court will decide the boy's future in the spring.")[0] == ("future", "FUTURE_REF")
    assert found("Analysts doubt future earnings.") == []
