"""Calendar arithmetic on TimeML values: a value (and mod) to an inclusive date interval.

TimeML writes a normalised time as a string: ``2019-11-04``, ``2019-11``, ``2019``,
``201`` (a decade), ``20`` (a century), ``2019-Q3``, ``2019-H1``, ``2019-SU`` (a season),
``2019-W44`` (an ISO week), ``2019-W44-WE`` (its weekend), ``2019-11-04T10:35`` or
``2019-11-04TMO`` (a time), and ``PRESENT_REF``/``PAST_REF``/``FUTURE_REF``. This module
turns such a value into ``(start, end, precision)`` and shifts dates by calendar units.
Everything here is a pure function; no text is read.
"""

from __future__ import annotations

import calendar as _cal
import datetime as dt
import re
from typing import NamedTuple

from ..model import DatePrecision


class Interval(NamedTuple):
    start: dt.date | None
    end: dt.date | None
    precision: DatePrecision


#: Months covered by a season code (winter runs December to February).
SEASON_MONTHS: dict[str, tuple[int, int]] = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_DECADE = re.compile(r"^(\d{3})$")
_CENTURY = re.compile(r"^(\d{2})$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_WEEK = re.compile(r"^(\d{4})-W(\d{1,2})(-WE)?$")


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, _cal.monthrange(year, month)[1])


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` shifted by whole months, clamped to the last day of the target month."""
    total = day.year * 12 + day.month - 1 + months
    year, month = divmod(total, 12)
    month += 1
    if not 1 <= year <= 9999:
        raise ValueError("year out of range")
    return dt.date(year, month, min(day.day, _cal.monthrange(year, month)[1]))


def shift(day: dt.date, unit: str, n: int) -> dt.date:
    """``day`` moved ``n`` calendar units (day, week, month, quarter, year, decade, century)."""
    if unit == "day":
        return day + dt.timedelta(days=n)
    if unit in ("week", "weekend"):
        return day + dt.timedelta(weeks=n)
    months = {"month": 1, "quarter": 3, "year": 12, "decade": 120, "century": 1200}.get(unit)
    if months is None:
        raise ValueError(f"unknown unit {unit!r}")
    return add_months(day, n * months)


def try_shift(day: dt.date, unit: str, n: int) -> dt.date | None:
    """:func:`shift`, or ``None`` when the result falls outside years 1-9999 ("8,000 years
    ago", "the past 10,000 years"): a count too long for a calendar date, not an error."""
    try:
        return shift(day, unit, n)
    except OverflowError:
        return None
    except ValueError as exc:
        if "out of range" not in str(exc):
            raise  # an unknown unit is a bug, not a long count
        return None


def easter(year: int) -> dt.date:
    """Easter Sunday of ``year`` in the Gregorian calendar (the computus, Gauss/Butcher form)."""
    golden = year % 19
    century, rest = divmod(year, 100)
    leap_c, leap_r = divmod(century, 4)
    moon_fix = (century + 8) // 25
    moon_c = (century - moon_fix + 1) // 3
    epact = (19 * golden + century - leap_c - moon_c + 15) % 30
    leap_y, rest_y = divmod(rest, 4)
    weekday = (32 + 2 * leap_r + 2 * leap_y - epact - rest_y) % 7
    shift = (golden + 11 * epact + 22 * weekday) // 451
    month, day = divmod(epact + weekday - 7 * shift + 114, 31)
    return dt.date(year, month, day + 1)


def week_value(day: dt.date) -> str:
    iso = day.isocalendar()
    return f"{iso[0]}-W{iso[1]:02d}"


def value_of(day: dt.date, unit: str) -> str:
    """The TimeML value of the ``unit`` (day, week, month, ...) containing ``day``."""
    if unit == "day":
        return day.isoformat()
    if unit == "week":
        return week_value(day)
    if unit == "weekend":
        return week_value(day) + "-WE"
    if unit == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if unit == "quarter":
        return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
    if unit == "year":
        return f"{day.year:04d}"
    if unit == "decade":
        return f"{day.year // 10:03d}"
    if unit == "century":
        return f"{day.year // 100:02d}"
    raise ValueError(f"unknown unit {unit!r}")


def _narrow(start: dt.date, end: dt.date, mod: str | None) -> tuple[dt.date, dt.date]:
    """The part of ``[start, end]`` a TimeML mod points at: first, middle or last third.

    Thirds follow the calendar: days 1-10/11-20/21-end of a month, one month each of a
    quarter or season, January-April/May-August/September-December of a year, years
    0-3/4-6/7-9 of a decade.
    """
    if mod not in ("START", "MID", "END", "H1", "H2"):
        return start, end
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    if months >= 3 and start.day == 1:  # a quarter or longer: cut whole months
        cut1, cut2 = {3: (1, 2), 12: (4, 8), 120: (48, 84), 1200: (400, 800)}.get(months, (months // 3, 2 * months // 3))
        if mod in ("H1", "H2"):
            cut1 = cut2 = months // 2
        first_end = add_months(start, cut1) - dt.timedelta(days=1)
        last_start = add_months(start, cut2)
    else:
        days = (end - start).days + 1
        if mod in ("H1", "H2"):
            cut1 = cut2 = days // 2
        else:
            cut1, cut2 = (10, 20) if days >= 28 else (max(1, days // 3), max(1, 2 * days // 3))
        first_end = start + dt.timedelta(days=cut1 - 1)
        last_start = start + dt.timedelta(days=cut2)
    if mod in ("START", "H1"):
        return start, first_end
    if mod in ("END", "H2"):
        return last_start, end
    return first_end + dt.timedelta(days=1), last_start - dt.timedelta(days=1)


def interval_of(value: str | None, mod: str | None = None, anchor: dt.date | None = None) -> Interval:
    """Inclusive interval and precision of a TimeML DATE/TIME ``value``.

    ``mod`` START/MID/END narrow the interval to its first, middle or last third (so
    "early October" is October 1-10); references to the present/past/future use
    ``anchor``. Durations, sets and unreadable values give an empty interval.
    """
    if not value:
        return Interval(None, None, "unknown")
    try:
        return _interval(value, mod, anchor)
    except ValueError:  # a value like 2019-02-30 from a malformed text date
        return Interval(None, None, "unknown")


def _interval(value: str, mod: str | None, anchor: dt.date | None) -> Interval:
    if value == "PRESENT_REF":
        return Interval(anchor, anchor, "unknown")
    if value == "PAST_REF":
        return Interval(None, anchor, "unknown")
    if value == "FUTURE_REF":
        return Interval(anchor, None, "unknown")
    if m := _DAY.match(value):
        d = dt.date(int(m[1]), int(m[2]), int(m[3]))
        return Interval(d, d, "day")
    if m := _MONTH.match(value):
        y, mo = int(m[1]), int(m[2])
        s, e = _narrow(dt.date(y, mo, 1), month_end(y, mo), mod)
        return Interval(s, e, "month")
    if m := _YEAR.match(value):
        y = int(m[1])
        s, e = _narrow(dt.date(y, 1, 1), dt.date(y, 12, 31), mod)
        return Interval(s, e, "year")
    if m := _QUARTER.match(value):
        y, q = int(m[1]), int(m[2])
        s, e = _narrow(dt.date(y, 3 * q - 2, 1), month_end(y, 3 * q), mod)
        return Interval(s, e, "quarter")
    if m := _HALF.match(value):
        y, h = int(m[1]), int(m[2])
        s, e = _narrow(dt.date(y, 6 * h - 5, 1), month_end(y, 6 * h), mod)
        return Interval(s, e, "quarter")
    if m := _SEASON.match(value):
        y, code = int(m[1]), m[2]
        first, last = SEASON_MONTHS[code]
        # Winter 2019 runs from December 2019 into February 2020.
        end = month_end(y + 1, last) if last < first else month_end(y, last)
        s, e = _narrow(dt.date(y, first, 1), end, mod)
        return Interval(s, e, "season")
    if m := _WEEK.match(value):
        y, w = int(m[1]), int(m[2])
        monday = dt.date.fromisocalendar(y, w, 1)
        if m[3]:
            return Interval(monday + dt.timedelta(days=5), monday + dt.timedelta(days=6), "week")
        s, e = _narrow(monday, monday + dt.timedelta(days=6), mod)
        return Interval(s, e, "week")
    if m := _DECADE.match(value):
        y = int(m[1]) * 10
        s, e = _narrow(dt.date(max(1, y), 1, 1), dt.date(y + 9, 12, 31), mod)
        return Interval(s, e, "decade")
    if m := _CENTURY.match(value):
        y = int(m[1]) * 100
        s, e = _narrow(dt.date(max(1, y), 1, 1), dt.date(y + 99, 12, 31), mod)
        return Interval(s, e, "century")
    return Interval(None, None, "unknown")


def union(a: Interval, b: Interval) -> Interval:
    """The smallest interval holding both (for disjunctions and ranges)."""
    starts = [x for x in (a.start, b.start) if x is not None]
    ends = [x for x in (a.end, b.end) if x is not None]
    order: tuple[str, ...] = ("day", "week", "month", "quarter", "season", "year", "decade", "century", "unknown")
    precision = max(a.precision, b.precision, key=order.index)
    return Interval(min(starts) if starts else None, max(ends) if ends else None, precision)
