"""TimeML values to inclusive intervals, and calendar shifts."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.time.calendar import add_months, interval_of, shift, union, value_of

D = dt.date


@pytest.mark.parametrize(
    "value, mod, start, end, precision",
    [
        ("2019-11-04", None, D(2019, 11, 4), D(2019, 11, 4), "day"),
        ("2019-11-04T10:35", None, D(2019, 11, 4), D(2019, 11, 4), "day"),
        ("2019-02", None, D(2019, 2, 1), D(2019, 2, 28), "month"),
        ("2019-10", "START", D(2019, 10, 1), D(2019, 10, 10), "month"),
        ("2019-11", "END", D(2019, 11, 21), D(2019, 11, 30), "month"),
        ("2018", "MID", D(2018, 5, 1), D(2018, 8, 31), "year"),
        ("2018", "END", D(2018, 9, 1), D(2018, 12, 31), "year"),
        ("199", "START", D(1990, 1, 1), D(1993, 12, 31), "decade"),
        ("2019-Q3", "END", D(2019, 9, 1), D(2019, 9, 30), "quarter"),
        ("2019-Q3", None, D(2019, 7, 1), D(2019, 9, 30), "quarter"),
        ("2019-H2", None, D(2019, 7, 1), D(2019, 12, 31), "quarter"),
        ("2019-SU", None, D(2019, 6, 1), D(2019, 8, 31), "season"),
        ("2019-WI", None, D(2019, 12, 1), D(2020, 2, 29), "season"),
        ("2019-W45", None, D(2019, 11, 4), D(2019, 11, 10), "week"),
        ("2019-W44-WE", None, D(2019, 11, 2), D(2019, 11, 3), "week"),
        ("199", None, D(1990, 1, 1), D(1999, 12, 31), "decade"),
        ("19", None, D(1900, 1, 1), D(1999, 12, 31), "century"),
    ],
)
def test_interval_of_values(value, mod, start, end, precision):
    iv = interval_of(value, mod)
    assert (iv.start, iv.end, iv.precision) == (start, end, precision)


def test_references_use_the_anchor_and_stay_open():
    a = D(2019, 11, 4)
    assert interval_of("PRESENT_REF", anchor=a)[:2] == (a, a)
    assert interval_of("PAST_REF", anchor=a)[:2] == (None, a)
    assert interval_of("FUTURE_REF", anchor=a)[:2] == (a, None)


def test_durations_and_garbage_give_no_interval():
    assert interval_of("P3D").start is None
    assert interval_of("2019-02-30").precision == "unknown"
    assert interval_of(None).end is None


def test_month_arithmetic_clamps_to_month_end():
    assert add_months(D(2019, 1, 31), 1) == D(2019, 2, 28)
    assert shift(D(2019, 11, 4), "quarter", -1) == D(2019, 8, 4)
    assert shift(D(2019, 11, 4), "week", 1) == D(2019, 11, 11)


def test_value_of_units():
    d = D(2019, 11, 4)
    assert [value_of(d, u) for u in ("day", "week", "month", "quarter", "year", "decade", "century")] == [
        "2019-11-04", "2019-W45", "2019-11", "2019-Q4", "2019", "201", "20"]


def test_union_keeps_the_coarser_precision():
    u = union(interval_of("2019-11", "END"), interval_of("2019-12"))
    assert (u.start, u.end, u.precision) == (D(2019, 11, 21), D(2019, 12, 31), "month")
