"""Each family of time expressions, found in plain text and normalised against an anchor.

All sentences are written for these tests. The anchor is Monday 4 November 2019.
"""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.time.timexes import find_timexes, normalize

D = dt.date
ANCHOR = D(2019, 11, 4)  # a Monday


def one(text: str, anchor: dt.date = ANCHOR, future: bool = False, past: bool = False):
    way = "future" if future else "past" if past else None
    refs = find_timexes(text, anchor, (lambda s, e: way) if way else None)
    assert len(refs) == 1, [r.text for r in refs]
    return refs[0]


# ----- explicit dates in any common order ---------------------------------------------------
@pytest.mark.parametrize(
    "text, surface, value",
    [
        ("The deal was signed on 2017 January 5 in Hanoi.", "2017 January 5", "2017-01-05"),
        ("Talks opened in 2017 January.", "2017 January", "2017-01"),
        ("The ceasefire began on Nov. 4, 2018.", "Nov. 4, 2018", "2018-11-04"),
        ("The ceasefire began on 4 November 2018.", "4 November 2018", "2018-11-04"),
        ("The ceasefire began on the 4th of November, 2018.", "the 4th of November, 2018", "2018-11-04"),
        ("Elections were held in January 2017.", "January 2017", "2017-01"),
        ("The court ruled on Tuesday, March 5, 2019.", "Tuesday, March 5, 2019", "2019-03-05"),
        ("The record shows 2019-03-05 as the day.", "2019-03-05", "2019-03-05"),
    ],
)
def test_explicit_dates(text, surface, value):
    r = one(text)
    assert (r.text, r.value, r.type, r.precision) == (surface, value, "DATE", "day" if len(value) == 10 else "month")


def test_yearless_day_takes_the_closest_year():
    assert one("Rebels attacked on Nov. 1.").value == "2019-11-01"
    assert one("The vote is due on Jan. 12.").value == "2020-01-12"


def test_numeric_dates_follow_the_documented_day_month_rule():
    assert one("It was filed on 4/11/2019.").value == "2019-04-11"  # month first (US)
    assert one("It was filed on 24/11/2019.").value == "2019-11-24"  # only day-first reads
    assert one("It was filed on 4.11.2019.").value == "2019-11-04"  # dotted: day first


def test_a_month_after_a_capitalised_name_is_a_name():
    assert find_timexes("Prime Minister Theresa May told parliament.", ANCHOR) == []
    assert one("In May the talks failed.").value == "2019-05"


def test_abbreviations_need_a_dot_or_a_number():
    assert find_timexes("The Sun reported it; Mar Roxas spoke.", ANCHOR) == []
    assert find_timexes("You may go.", ANCHOR) == []


# ----- weekdays and relative days -----------------------------------------------------------
@pytest.mark.parametrize(
    "text, value",
    [
        ("A rocket launcher was tested last Thursday.", "2019-10-31"),
        ("They met on Monday.", "2019-11-04"),
        ("They met on Friday.", "2019-11-01"),
        ("They will meet next Friday.", "2019-11-08"),
        ("Troops withdrew yesterday.", "2019-11-03"),
        ("The envoy arrives tomorrow.", "2019-11-05"),
        ("The minister spoke today.", "2019-11-04"),
        ("Protests grew this week.", "2019-W45"),
        ("Protests grew last week.", "2019-W44"),
        ("Protests grew last month.", "2019-10"),
        ("Protests grew over the weekend.", "2019-W44-WE"),
    ],
)
def test_weekdays_and_relative_days(text, value):
    assert one(text).value == value


def test_a_future_clause_moves_a_bare_weekday_forward():
    assert one("They meet on Friday.", future=True).value == "2019-11-08"


def test_times_of_day_take_the_day_written_next_to_them():
    # a clock time and its day are one TIME expression, as TimeML annotates them
    r = one("The strike hit at 10:35 a.m. Friday.")
    assert (r.text, r.type, r.value, r.start) == ("10:35 a.m. Friday", "TIME", "2019-11-01T10:35", D(2019, 11, 1))
    r = one("Talks broke off at noon Thursday.")
    assert (r.text, r.value) == ("noon Thursday", "2019-10-31T12:00")
    r = one("The offer expires at 5 p.m. EST, Nov. 6.")
    assert (r.text, r.value) == ("5 p.m. EST, Nov. 6", "2019-11-06T17:00")
    # "at" between them keeps two expressions; the clock still takes that day
    refs = find_timexes("They met on Friday at 10:35 a.m.", ANCHOR)
    assert [r.value for r in refs] == ["2019-11-01", "2019-11-01T10:35"]
    assert one("Shelling resumed last night.").value == "2019-11-03TNI"


# ----- parts of months and years, seasons ----------------------------------------------------
def test_parts_of_periods():
    r = one("Talks broke down in early October.")
    assert (r.text, r.value, r.modifier, r.start, r.end) == ("early October", "2019-10", "start", D(2019, 10, 1), D(2019, 10, 10))
    r = one("Growth slowed in mid-2018.")
    assert (r.text, r.value, r.modifier, r.start, r.end) == ("mid-2018", "2018", "mid", D(2018, 5, 1), D(2018, 8, 31))
    r = one("A summit is planned for the end of November.")
    assert (r.value, r.start, r.end) == ("2019-11", D(2019, 11, 21), D(2019, 11, 30))
    r = one("Unrest spread late last year.")
    assert (r.text, r.value, r.start, r.end) == ("late last year", "2018", D(2018, 9, 1), D(2018, 12, 31))
    r = one("Sanctions were eased in the first half of 2019.")
    assert (r.value, r.start, r.end) == ("2019-H1", D(2019, 1, 1), D(2019, 6, 30))
    r = one("Prices rose earlier this year.")
    assert (r.value, r.start, r.end) == ("2019", D(2019, 1, 1), ANCHOR)


def test_seasons():
    r = one("Fighting flared in the summer of 2018.")
    assert (r.value, r.precision, r.start, r.end) == ("2018-SU", "season", D(2018, 6, 1), D(2018, 8, 31))
    assert one("Fighting flared last spring.").value == "2019-SP"
    assert find_timexes("Prices fall when supply grows.", ANCHOR) == []  # the verb "fall"


# ----- bare years and months -------------------------------------------------------------------
def test_bare_years_months_decades_and_quarters():
    r = one("The treaty was signed in 2017.")
    assert (r.value, r.precision, r.start, r.end) == ("2017", "year", D(2017, 1, 1), D(2017, 12, 31))
    assert one("The talks in Stockholm failed in October.").value == "2019-10"
    assert one("Aid flowed in the 1990s.").value == "199"
    assert one("Exports fell in the third quarter.").value == "2019-Q3"


def test_a_yearless_month_points_forward_for_future_clauses():
    assert one("The summit will be held in March.", future=True).value == "2020-03"
    assert one("The summit was held in March.", past=True).value == "2019-03"
    assert one("The summit in March.").value == "2020-03"  # no tense: the closest March


def test_counts_and_amounts_are_not_years():
    assert find_timexes("Police deployed 2000 troops and paid $1990.", ANCHOR) == []


# ----- ranges and disjunctions ---------------------------------------------------------------
def test_a_disjunction_is_one_interval():
    r = one("The talks could resume at the end of November or in December.", future=True)
    assert (r.start, r.end, r.precision) == (D(2019, 11, 21), D(2019, 12, 31), "month")
    assert [p.value for p in r.parts] == ["2019-11", "2019-12"]


@pytest.mark.parametrize(
    "text, start, end",
    [
        ("The mission ran from March to May 2019.", D(2019, 3, 1), D(2019, 5, 31)),
        ("Casualties rose between 2010 and 2012.", D(2010, 1, 1), D(2012, 12, 31)),
        ("Casualties rose in 2010-2012.", D(2010, 1, 1), D(2012, 12, 31)),
        ("Voting ran Nov. 4-6, 2018.", D(2018, 11, 4), D(2018, 11, 6)),
    ],
)
def test_ranges(text, start, end):
    r = one(text)
    assert (r.start, r.end) == (start, end)


# ----- bounds ----------------------------------------------------------------------------------
def test_bounds_open_the_interval():
    r = one("Troops must leave no later than early December.", future=True)
    assert (r.text, r.modifier, r.start, r.end) == ("early December", "on_or_before", ANCHOR, D(2019, 12, 10))
    r = one("The programme existed as early as 2017.")
    assert (r.modifier, r.start, r.end) == ("on_or_after", D(2017, 1, 1), None)
    r = one("The camp was built before 2015.")
    assert (r.modifier, r.start, r.end) == ("before", None, D(2014, 12, 31))
    r = one("A deal is expected by 2021 at the latest.")
    assert r.modifier == "on_or_before"


def test_a_possessive_date_is_not_bounded():
    r = one("Talks stalled after Monday's vote.")
    assert (r.modifier, r.start) == (None, ANCHOR)


# ----- durations and sets ----------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, surface, type_, value",
    [
        ("The strike lasted for three days.", "three days", "DURATION", "P3D"),
        ("Rebels held the town for more than two years.", "two years", "DURATION", "P2Y"),
        ("He faces a five-year sentence.", "five-year", "DURATION", "P5Y"),
        ("Talks lasted six hours.", "six hours", "DURATION", "PT6H"),
        ("Patrols run every week.", "every week", "SET", "P1W"),
        ("Patrols run every Monday.", "every Monday", "SET", "XXXX-WXX-1"),
        ("Ministers meet twice a month.", "twice a month", "SET", "P1M"),
        ("Figures are published daily.", "daily", "SET", "P1D"),
    ],
)
def test_durations_and_sets(text, surface, type_, value):
    r = one(text)
    assert (r.text, r.type, r.value) == (surface, type_, value)


def test_halves_are_written_in_the_next_smaller_unit():
    assert one("Refugees waited for 2 1/2 years.").value == "P2Y6M"
    assert one("The vote took an hour and a half.").value == "PT1H30M"
    assert one("They talked for two and a half days.").value == "P2DT12H"


def test_quantity_modifiers_are_kept_as_modifier():
    assert one("The siege lasted more than two years.").modifier == "more_than"


def test_the_past_n_units_is_anchored_to_publication():
    r = one("Attacks doubled over the past two months.")
    assert (r.type, r.value, r.start, r.end) == ("DURATION", "P2M", D(2019, 9, 5), ANCHOR)


def test_rates_ages_and_fractions_are_not_durations():
    text = "He earns $2 million a year, is 52 years old and owns three-quarters of it."
    assert find_timexes(text, ANCHOR) == []


# ----- anaphora, relative counts, references ---------------------------------------------------
@pytest.mark.parametrize(("text", "value"), [
    ("People farmed the valley 8,000 years ago.", "PAST_REF"),
    ("The waste stays dangerous for 10,000 centuries from now.", "FUTURE_REF"),
    ("The comet last passed 5,000,000 days ago.", "PAST_REF"),  # past the date type, not only the year
])
def test_a_count_back_past_the_calendar_is_a_past_or_future_reference(text, value):
    # before, "8,000 years ago" raised "year out of range" and the whole article was rejected
    assert one(text).value == value


@pytest.mark.parametrize("text", ["The rocks formed over the past 10,000 years.",
                                  "The waste stays dangerous for the next 10,000 years."])
def test_a_span_past_the_calendar_is_a_duration_without_ends(text):
    # before, computing the span's ends raised "year out of range" and the article was rejected
    r = one(text)
    assert (r.type, r.value, r.start, r.end) == ("DURATION", "P10000Y", None, None)


def test_ago_counts_from_publication_and_later_from_the_last_date():
    assert one("The town fell two years ago.").value == "2017"
    refs = find_timexes("Fighting began on March 3, 2015. Two days later the town fell.", ANCHOR)
    assert [r.value for r in refs] == ["2015-03-03", "2015-03-05"]
    refs = find_timexes("Voting closed on Sept. 9, 2018, and results came the following day.", ANCHOR)
    assert refs[-1].value == "2018-09-10"
    refs = find_timexes("The envoy left in November 2012 and returned the following year.", ANCHOR)
    assert refs[-1].value == "2013"


def test_present_past_and_future_references():
    assert one("Officials are now negotiating.").value == "PRESENT_REF"
    r = one("The army recently withdrew.")
    assert (r.value, r.start, r.end) == ("PAST_REF", None, ANCHOR)


def test_normalize_reads_one_expression():
    assert normalize("early October", ANCHOR).value == "2019-10"
    assert normalize("October", ANCHOR, future=True).value == "2020-10"
    assert normalize("no time here", ANCHOR) is None


def test_holidays_are_calendar_facts():
    assert one("Shops closed on Christmas Day 2018.").value == "2018-12-25"
    assert one("Turkeys were pardoned before Thanksgiving 2019.").end == D(2019, 11, 27)


def test_last_winter_in_january_is_the_winter_before_the_current_one():
    (t,) = find_timexes("He left last winter.", dt.date(2016, 1, 20))
    assert (t.start, t.end) == (dt.date(2014, 12, 1), dt.date(2015, 2, 28))


def test_holiday_with_a_typographic_apostrophe():
    (t,) = find_timexes("They met on New Year\u2019s Eve.", dt.date(2016, 1, 20))
    assert t.start == t.end == dt.date(2015, 12, 31)
