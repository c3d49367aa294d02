"""The grammar of English time expressions: compiled patterns, each with a normalising handler.

A :class:`Rule` pairs a regex with a handler that turns the match into a TimeML type,
value and mod, given a :class:`Context` (publication date, the last date the text
mentioned, and which way an underspecified expression points: past or future).
Patterns are built once from the word lists in ``data/lexicon.yaml``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from . import calendar as cal
from .lexicon import Lexicon, _alt, lexicon


@dataclass(slots=True)
class Context:
    """What a handler may use besides the match."""

    anchor: dt.date
    #: The last day-or-coarser date the text mentioned (for "a day later", "the next week").
    ref: dt.date | None = None
    #: The last date of any precision the text mentioned ("that year").
    ref_any: dt.date | None = None
    #: The last quarter mentioned ("the quarter" in an earnings report means that one).
    ref_quarter: str | None = None
    #: "past", "future" or None: which way the clause of the expression points.
    direction: str | None = None

    @property
    def reference(self) -> dt.date:
        return self.ref or self.anchor


@dataclass(slots=True)
class Parsed:
    """A handler's answer: TimeML type, value and mod, plus an explicit interval if any."""

    type: str
    value: str | None
    mod: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    has_interval: bool = False


Handler = Callable[[re.Match[str], Context], Parsed | None]


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    handler: Handler
    #: Higher wins between equally long overlapping matches.
    priority: int = 0


# ----- small helpers ----------------------------------------------------------------------
def _year(text: str, anchor: dt.date) -> int:
    """Four-digit year, or a two-digit one ('98, 98) placed in the anchor's century window."""
    t = text.lstrip("'’")
    if len(t) == 4:
        return int(t)
    y = int(t) + (anchor.year // 100) * 100
    return y - 100 if y > anchor.year + 10 else y


def _day(text: str) -> int:
    return int(re.sub(r"\D", "", text))


def _nearest(candidates: list[dt.date | tuple[dt.date, dt.date]], anchor: dt.date, direction: str | None,
             default: str = "past") -> int:
    """Index of the candidate period a direction picks: last one starting on/before the
    anchor (past), first one ending on/after it (future), or the closest (None + default)."""
    spans = [(c, c) if isinstance(c, dt.date) else c for c in candidates]
    way = direction or default
    if way == "past":
        ok = [i for i, (s, _) in enumerate(spans) if s <= anchor]
        return ok[-1] if ok else 0
    if way == "future":
        ok = [i for i, (_, e) in enumerate(spans) if e >= anchor]
        return ok[0] if ok else len(spans) - 1

    def dist(i: int) -> int:
        s, e = spans[i]
        return 0 if s <= anchor <= e else min(abs((s - anchor).days), abs((e - anchor).days))

    return min(range(len(spans)), key=dist)


def _month_span(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), cal.month_end(year, month)


def resolve_month(month: int, ctx: Context, shift: int | None = None) -> int:
    """Year of a year-less month: nearest past one, or coming one for future clauses.

    ``shift`` -1 ("last October") skips the current month, +1 ("next October") too,
    0 ("this October") keeps the anchor's year.
    """
    a = ctx.anchor
    if shift == 0:
        return a.year
    years = [a.year - 1, a.year, a.year + 1]
    spans = [_month_span(y, month) for y in years]
    if shift == -1:
        return [y for y, s in zip(years, spans) if s[1] < dt.date(a.year, a.month, 1)][-1]
    if shift == 1:
        return [y for y, s in zip(years, spans) if s[0] > cal.month_end(a.year, a.month)][0]
    return years[_nearest(spans, a, ctx.direction, default="closest")]


def resolve_day(month: int, day: int, ctx: Context) -> int:
    """Year of a year-less day ("Nov. 4"): past, future, or closest to the anchor."""
    a = ctx.anchor
    years = [a.year - 1, a.year, a.year + 1]
    cands = []
    for y in years:
        try:
            cands.append(dt.date(y, month, day))
        except ValueError:
            cands.append(dt.date(y, month, 28))
    # An explicit day and month is taken in the year that puts it closest to the anchor,
    # unless the tense contradicts that by more than two months ("the year ended March
    # 31", written in November, is the past March; "has set Nov. 10 as the deadline",
    # written Nov. 2, keeps the coming one).
    best = _nearest(cands, a, None, default="closest")
    gap = (cands[best] - a).days
    if (ctx.direction == "past" and gap > 60) or (ctx.direction == "future" and gap < -60):
        best = _nearest(cands, a, ctx.direction)
    return years[best]


def resolve_weekday(weekday: int, ctx: Context, shift: int | None = None) -> dt.date:
    """Date of a weekday name: "last Thursday" (strictly before), "next Thursday" (strictly
    after), "this Thursday" (in the anchor's week) or bare (past or future by the clause)."""
    a = ctx.anchor
    delta = weekday - a.isoweekday()
    if shift == 0:
        return a + dt.timedelta(days=delta)
    if shift == -1:
        back = (a.isoweekday() - weekday) % 7 or 7
        return a - dt.timedelta(days=back)
    if shift == 1:
        ahead = (weekday - a.isoweekday()) % 7 or 7
        return a + dt.timedelta(days=ahead)
    if ctx.direction == "future":
        return a + dt.timedelta(days=(weekday - a.isoweekday()) % 7)
    return a - dt.timedelta(days=(a.isoweekday() - weekday) % 7)


def _season_year(code: str, ctx: Context, shift: int | None) -> int:
    a = ctx.anchor
    years = [a.year - 1, a.year, a.year + 1]
    spans = [(cal.interval_of(f"{y}-{code}").start, cal.interval_of(f"{y}-{code}").end) for y in years]
    cur = next((i for i, (s, e) in enumerate(spans) if s <= a <= e), None)
    if shift == 0:
        return years[cur] if cur is not None else a.year
    if shift == -1:
        return [y for y, (s, e) in zip(years, spans) if e < a][-1]
    if shift == 1:
        return [y for y, (s, e) in zip(years, spans) if s > a][0]
    return years[_nearest(spans, a, ctx.direction)]


def _date(year: int, month: int, day: int) -> Parsed | None:
    try:
        return Parsed("DATE", dt.date(year, month, day).isoformat())
    except ValueError:
        return None


#: Half of a unit, written in the next smaller one (kind, TimeML letter) -> value part.
_HALF_OF = {("date", "Y"): "6M", ("date", "M"): "15D", ("date", "W"): "3DT12H", ("date", "D"): "T12H",
            ("time", "H"): "30M", ("time", "M"): "30S"}

_PREV_WORD = re.compile(r"\b([A-Z][a-z]+\.?)\s+$")

_ENDED = re.compile(r"\s+(?:that\s+)?(?:ended|ending|ends|to\s+end)\b", re.I)

#: What follows a "duration" that is really an age, or a quarter that is a fraction.
_FRACTION = re.compile(r"^\s+of\b", re.I)
_AGE = re.compile(r"^[\s-]+old\b", re.I)
#: An amount right before "a year"/"a week" makes it a rate ("358,000 a month").
_RATE = re.compile(r"(?:\d[\d,.]*%?|\b(?:million|billion|thousand|hundred|dozen|one|two|three|four|five|six|seven|eight|nine|ten|twice|once|times))(?:\s+[a-z]+){0,2}\s+$", re.I)


# ----- the patterns -----------------------------------------------------------------------
@functools.cache
def rules() -> tuple[Rule, ...]:
    """Every rule, compiled once."""
    L = lexicon()
    M, WD, UNIT, NUM = L.MONTH, L.WEEKDAY, L.UNIT, L.NUMBER
    D = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
    Y = r"(?:1[5-9]\d\d|20\d\d)(?!\d|,\d)"
    Y2 = r"(?:" + Y + r"|['’]\d\d(?!\d))"
    SHIFT = _alt(L.shift, "i")
    DPART = _alt(L.day_part, "i")
    SEASON = _alt(L.season, "i")
    QMOD = _alt(L.quantity_mod, "i")
    # A cheap word boundary; a hyphen before is checked afterwards (only "mid-",
    # "early-", "late-", "pre-" may stand right before an expression).
    B = r"(?<!\w)"
    E = r"(?![\w-])"
    ORD = _alt([k for k in L.ordinal if k not in ("fifth",)], "i")
    out: list[Rule] = []

    def add(name: str, pattern: str, handler: Handler, priority: int = 0) -> None:
        out.append(Rule(name, re.compile(pattern), handler, priority))

    # --- explicit dates ---------------------------------------------------------------
    def iso(m: re.Match[str], ctx: Context) -> Parsed | None:
        p = _date(int(m["y"]), int(m["mo"]), int(m["d"]))
        if p and m["h"]:
            return Parsed("TIME", f"{p.value}T{m['h']}:{m['mi']}")
        return p

    add("iso", rf"{B}(?P<y>\d{{4}})-(?P<mo>\d{{2}})-(?P<d>\d{{2}})(?:[T ](?P<h>\d{{2}}):(?P<mi>\d{{2}})(?::\d{{2}})?)?(?!\d)", iso, 5)

    def numeric(m: re.Match[str], ctx: Context) -> Parsed | None:
        a, b, y = int(m["a"]), int(m["b"]), _year(m["y"], ctx.anchor)
        if m["sep"] == ".":  # 4.11.2019: European day.month.year
            day, month = a, b
        elif a > 12:  # 24/11/2019: only day-first reads
            day, month = a, b
        else:  # 4/11/2019: month first, the American news convention (see docs/time.md)
            month, day = a, b
        return _date(y, month, day) if 1 <= month <= 12 else None

    add("numeric", rf"{B}(?P<a>\d{{1,2}})(?P<sep>[/.])(?P<b>\d{{1,2}})(?P=sep)(?P<y>\d{{4}}|\d{{2}})(?![\d/.]\d)", numeric, 4)

    def month_day(m: re.Match[str], ctx: Context) -> Parsed | None:
        month, day = L.month_of(m["m"]), _day(m["d"])
        if m["s"] and not m["y"]:  # "last Oct. 23": the one before the anchor, "next": after
            way = "past" if L.shift.get(m["s"].lower(), 0) < 0 else "future"
            ctx = dataclasses.replace(ctx, direction=way)
            years = [ctx.anchor.year - 1, ctx.anchor.year, ctx.anchor.year + 1]
            cands = [dt.date(y, month, min(day, 28 if month == 2 else day)) for y in years]
            return _date(years[_nearest(cands, ctx.anchor, way)], month, day)
        if m["d2"]:  # Nov. 4-6: one interval
            year = _year(m["y"], ctx.anchor) if m["y"] else resolve_day(month, day, ctx)
            try:
                s, e = dt.date(year, month, day), dt.date(year, month, _day(m["d2"]))
            except ValueError:
                return None
            return Parsed("DATE", f"{s.isoformat()}/{e.isoformat()}", None, s, e, True) if s <= e else None
        year = _year(m["y"], ctx.anchor) if m["y"] else resolve_day(month, day, ctx)
        return _date(year, month, day)

    WDP = rf"(?:{WD},?\s+)?"
    add("month_day", rf"{B}(?:(?P<s>(?i:last|next|this\s+past|this\s+coming))\s+)?{WDP}(?P<m>{M})\s*(?P<d>{D})(?:\s*[-–]\s*(?P<d2>{D}))?(?:(?:\s*,\s*|\s+)(?P<y>{Y2}))?{E}", month_day, 3)

    def day_month(m: re.Match[str], ctx: Context) -> Parsed | None:
        month, day = L.month_of(m["m"]), _day(m["d"])
        year = _year(m["y"], ctx.anchor) if m["y"] else resolve_day(month, day, ctx)
        return _date(year, month, day)

    add("day_month", rf"{B}{WDP}(?:the\s+)?(?P<d>{D})(?:\s+of)?\s+(?P<m>{M})(?:\s*,?\s+(?P<y>{Y2}))?{E}", day_month, 3)

    def year_month(m: re.Match[str], ctx: Context) -> Parsed | None:
        y, month = int(m["y"]), L.month_of(m["m"])
        if m["d"]:
            return _date(y, month, _day(m["d"]))
        return Parsed("DATE", f"{y:04d}-{month:02d}")

    add("year_month", rf"{B}(?P<y>{Y})\s+(?P<m>{M})(?:\s+(?P<d>{D}))?{E}", year_month, 2)

    def month_year(m: re.Match[str], ctx: Context) -> Parsed | None:
        return Parsed("DATE", f"{_year(m['y'], ctx.anchor):04d}-{L.month_of(m['m']):02d}")

    add("month_year", rf"{B}(?P<m>{M}),?\s+(?:of\s+)?(?P<y>{Y2}){E}", month_year, 2)

    def month_only(m: re.Match[str], ctx: Context) -> Parsed | None:
        month = L.month_of(m["m"])
        if not m["s"] and m["m"] in L.name_months:
            prev = _PREV_WORD.search(m.string, max(0, m.start() - 30), m.start())
            if prev and prev[1] not in L.capitalised_before_month:
                return None  # "Theresa May", "Prime Minister May": a name
        shift = L.shift[m["s"].lower()] if m["s"] else None
        if m["s"] and m["s"].lower() == "past":
            shift = -1
        return Parsed("DATE", f"{resolve_month(month, ctx, shift):04d}-{month:02d}")

    add("month", rf"{B}(?:(?P<s>{SHIFT})\s+)?(?P<m>{M}){E}", month_only, 1)

    # --- weekdays, today, tonight ------------------------------------------------------------
    def weekday(m: re.Match[str], ctx: Context) -> Parsed | None:
        shift = L.shift[m["s"].lower()] if m["s"] else None
        if m.string.startswith(("'s", "’s"), m.end()):
            ctx = dataclasses.replace(ctx, direction="past")  # "Wednesday's ruling" is done
        d = resolve_weekday(L.weekday_of(m["w"]), ctx, shift)
        part = m["p"] or m["p0"]
        if part:
            return Parsed("TIME", f"{d.isoformat()}T{L.day_part[part.lower()]}")
        return Parsed("DATE", d.isoformat())

    add("weekday", rf"{B}(?:(?P<s>{SHIFT})\s+)?(?:(?P<p0>{DPART})\s+(?:of\s+)?)?(?P<w>{WD})(?:\s+(?P<p>{DPART}))?{E}", weekday, 1)

    def relday(m: re.Match[str], ctx: Context) -> Parsed | None:
        word = re.sub(r"\s+", " ", m["r"].lower())
        d = ctx.anchor + dt.timedelta(days=L.relative_day[word])
        part = m["p"]
        if word == "tonight":
            part = "night"
        if part:
            return Parsed("TIME", f"{d.isoformat()}T{L.day_part[part.lower()]}")
        return Parsed("DATE", d.isoformat())

    add("relday", rf"{B}(?P<r>{_alt(L.relative_day, 'i')})(?:\s+(?P<p>{DPART}))?{E}", relday, 2)

    def this_part(m: re.Match[str], ctx: Context) -> Parsed | None:
        word = m["s"].lower()
        d = ctx.anchor - dt.timedelta(days=1) if word == "last" else ctx.anchor
        return Parsed("TIME", f"{d.isoformat()}T{L.day_part[m['p'].lower()]}")

    add("this_part", rf"{B}(?P<s>(?i:this|last|earlier\s+this|later\s+this))\s+(?P<p>{DPART}){E}", this_part, 2)

    # --- deictic and anaphoric units: last week, this year, the following day ----------------
    def unit_shift(m: re.Match[str], ctx: Context) -> Parsed | None:
        unit = L.unit_of(m["u"])
        word = m["s"].lower()
        if unit is None or unit in ("second", "minute", "hour", "night"):
            return None
        if m["the"] and word in ("past", "last", "next", "coming", "first"):
            # "the past week" is the seven days up to now: a duration ending at the anchor.
            letter = L.unit[unit][0]
            value = {"WE": "P2D", "W2": "P2W", "DE": "P10Y", "CE": "P100Y"}.get(letter, f"P1{letter}")
            if word in ("past", "last"):
                return Parsed("DURATION", value, None, cal.shift(ctx.anchor, unit, -1) + dt.timedelta(days=1), ctx.anchor, True)
            return Parsed("DURATION", value, None, ctx.anchor, cal.shift(ctx.anchor, unit, 1), True)
        anaphoric = word in ("previous", "following", "preceding", "prior")
        # "the following year" counts from the date last mentioned, at any precision
        base = ((ctx.ref if unit == "day" else ctx.ref_any) or ctx.anchor) if anaphoric else ctx.anchor
        n = L.shift.get(word, 0)
        if unit == "fortnight":
            return None
        return Parsed("DATE", cal.value_of(cal.shift(base, "week" if unit == "weekend" else unit, n), unit))

    add("unit_shift", rf"{B}(?P<the>(?i:the)\s+)?(?:(?i:this)\s+)?(?P<s>{SHIFT})\s+(?P<u>(?i:week|weekend|month|year|quarter|decade|century|day|fortnight)){E}", unit_shift, 1)

    def season(m: re.Match[str], ctx: Context) -> Parsed | None:
        code = L.season[m["n"].lower()][0]
        if m["y"]:
            return Parsed("DATE", f"{_year(m['y'], ctx.anchor):04d}-{code}")
        shift = L.shift[m["s"].lower()] if m["s"] else None
        if not m["s"] and not m["the"]:
            return None
        return Parsed("DATE", f"{_season_year(code, ctx, shift):04d}-{code}")

    add("season", rf"{B}(?:(?P<s>{SHIFT})\s+|(?P<the>(?i:the)\s+))?(?P<n>{SEASON})(?:\s+(?:of\s+)?(?P<y>{Y2}))?{E}", season, 1)

    def ago(m: re.Match[str], ctx: Context) -> Parsed | None:
        unit = L.unit_of(m["u"])
        if unit is None or unit in ("night", "fortnight", "weekend"):
            return None
        n = L.number_of(m["n"])
        direction = m["dir"].lower()
        sign = 1 if direction in ("later", "from now", "hence", "after") else -1
        base = ctx.reference if direction in ("earlier", "later", "before", "after") else ctx.anchor
        if n is None:  # "a few days ago": only the direction is known
            return Parsed("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
        if n != int(n):
            return None
        if unit in ("second", "minute", "hour"):
            return Parsed("TIME", "PAST_REF" if sign < 0 else "FUTURE_REF")
        if unit == "year" and ctx.ref_quarter:
            # "profit rose from a year ago": the same quarter as the one under discussion
            return Parsed("DATE", f"{int(ctx.ref_quarter[:4]) + sign * int(n):04d}{ctx.ref_quarter[4:]}")
        return Parsed("DATE", cal.value_of(cal.shift(base, unit, sign * int(n)), unit))

    add("ago", rf"{B}(?:(?:{QMOD})\s+)?(?P<n>{NUM})\s+(?P<u>{UNIT})\s+(?P<dir>(?i:ago|earlier|later|from\s+now|hence|back)){E}", ago, 3)

    def anaphoric_day(m: re.Match[str], ctx: Context) -> Parsed | None:
        word = re.sub(r"\s+", " ", m[0].lower())
        ref = ctx.reference
        n = -1 if any(w in word for w in ("before", "previous", "prior", "earlier", "eve")) else (
            1 if any(w in word for w in ("next", "following", "after", "later")) else 0)
        if "same" in word or word.startswith("that"):
            n = 0
        return Parsed("DATE", (ref + dt.timedelta(days=n)).isoformat())

    add("anaphoric_day", rf"{B}(?i:the\s+(?:next|following|previous|same)\s+day|that\s+day|the\s+day\s+(?:before|after)|a\s+day\s+(?:earlier|later|before)|the\s+(?:next|following)\s+morning){E}", anaphoric_day, 4)

    def week_of(m: re.Match[str], ctx: Context) -> Parsed | None:
        month, day = L.month_of(m["m"]), _day(m["d"])
        year = _year(m["y"], ctx.anchor) if m["y"] else resolve_day(month, day, ctx)
        try:
            return Parsed("DATE", cal.week_value(dt.date(year, month, day)))
        except ValueError:
            return None

    add("week_of", rf"{B}(?i:the\s+week\s+of)\s+(?P<m>{M})\s*(?P<d>{D})(?:\s*,?\s+(?P<y>{Y2}))?{E}", week_of, 4)

    def that_unit(m: re.Match[str], ctx: Context) -> Parsed | None:
        unit = m["u"].lower()
        return Parsed("DATE", cal.value_of(ctx.ref_any or ctx.anchor, unit))

    add("that_unit", rf"{B}(?i:that|the\s+same)\s+(?P<u>(?i:week|month|year|quarter)){E}", that_unit, 3)

    def spelled_decade(m: re.Match[str], ctx: Context) -> Parsed | None:
        tens = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                "eighties": 8, "nineties": 9}[m["d"].lower()]
        century = 19 if not m["c"] or m["c"].lower() == "nineteen" else 18
        return Parsed("DATE", f"{century}{tens}")

    add("spelled_decade", rf"{B}(?i:the)\s+(?:(?P<c>(?i:nineteen|eighteen))[\s-]+)?(?P<d>(?i:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)){E}", spelled_decade, 2)

    def weekend(m: re.Match[str], ctx: Context) -> Parsed | None:
        a = ctx.anchor
        if ctx.direction == "future":
            sat = a + dt.timedelta(days=(6 - a.isoweekday()) % 7)
        else:
            sat = a - dt.timedelta(days=(a.isoweekday() - 6) % 7)
            if a.isoweekday() == 7:
                sat = a - dt.timedelta(days=1)
        return Parsed("DATE", cal.week_value(sat) + "-WE")

    add("weekend", rf"{B}(?i:the\s+weekend){E}", weekend, 0)

    # --- quarters, halves, fiscal years ------------------------------------------------------

    def quarter(m: re.Match[str], ctx: Context) -> Parsed | None:
        q = L.ordinal.get((m["o"] or "").lower()) if m["o"] else int(m["q"])
        if q is None or q > 4:
            return None
        if q == -1:
            q = 4
        if m["y"] or m["y0"]:
            return Parsed("DATE", f"{_year(m['y'] or m['y0'], ctx.anchor):04d}-Q{q}")
        a = ctx.anchor
        if m["sy"]:  # this year's / last year's / next year's third quarter
            return Parsed("DATE", f"{a.year + L.shift[m['sy'].lower()]:04d}-Q{q}")
        years = [a.year - 1, a.year, a.year + 1]
        spans = [(cal.interval_of(f"{y}-Q{q}").start, cal.interval_of(f"{y}-Q{q}").end) for y in years]
        way = "past" if ctx.direction == "past" else None  # a report on a quarter follows its end
        return Parsed("DATE", f"{years[_nearest(spans, a, way, default='closest')]:04d}-Q{q}")

    QPRE = rf"(?:(?P<y0>{Y})\s+|(?P<sy>(?i:this|last|next))\s+(?i:year)['’]s\s+|(?i:fiscal)[\s-]+)?"
    add("quarter", rf"{B}(?:(?i:the)\s+)?{QPRE}(?:(?P<o>{ORD})[\s-]+(?i:quarter)|Q(?P<q>[1-4]))(?:\s+(?:(?i:of|in)\s+)?(?:(?i:fiscal)\s+)?(?P<y>{Y2}))?{E}", quarter, 2)

    ENDED_ON = re.compile(rf"\s+(?:(?i:that|which)\s+)?(?i:ended|ending|ends|closed)\s+(?:(?i:on)\s+)?(?P<m>{M})\s*(?P<d>{D})(?:\s*,\s*(?P<y>{Y}))?")

    def the_quarter(m: re.Match[str], ctx: Context) -> Parsed | None:
        word = re.sub(r"\s+", " ", (m["w"] or "").lower())
        if (e := ENDED_ON.match(m.string, m.end())) and not m["y"]:
            # "the quarter ended Sept. 30": the calendar quarter holding that day
            month, day = L.month_of(e["m"]), _day(e["d"])
            year = int(e["y"]) if e["y"] else resolve_day(month, day, dataclasses.replace(ctx, direction="past"))
            return Parsed("DATE", f"{year:04d}-Q{(month - 1) // 3 + 1}")
        if m["y"]:  # "the 1988 quarter": that year's quarter like the one under discussion
            q = ctx.ref_quarter[-1] if ctx.ref_quarter else None
            return Parsed("DATE", f"{m['y']}-Q{q}" if q else m["y"])
        if word == "current":
            return Parsed("DATE", cal.value_of(ctx.anchor, "quarter"))
        last_done = cal.value_of(cal.shift(ctx.anchor, "quarter", -1), "quarter")
        if word in ("year-ago", "year-earlier"):
            base = ctx.ref_quarter or last_done
            return Parsed("DATE", f"{int(base[:4]) - 1:04d}{base[4:]}")
        if word and word != "same":
            return Parsed("DATE", last_done)  # "the latest quarter": the last one that has ended
        return Parsed("DATE", ctx.ref_quarter or last_done)

    add("the_quarter", rf"{B}(?i:the)\s+(?:(?P<w>(?i:latest|current|most\s+recent|recent|just-ended|year-ago|year-earlier|same))\s+|(?P<y>{Y})\s+)?(?i:quarter){E}", the_quarter, 0)
    # "the latest period" of a periodic report is its latest quarter
    add("the_period", rf"{B}(?i:the)\s+(?:(?P<w>(?i:latest|most\s+recent|year-ago|year-earlier))\s+|(?P<y>{Y})\s+)(?i:period){E}", the_quarter, 0)

    def the_year(m: re.Match[str], ctx: Context) -> Parsed | None:
        if _ENDED.match(m.string, m.end()):
            return Parsed("DURATION", "P1Y")  # "the year ended Sept. 30": a twelve-month span
        word = (m["w"] or "").lower()
        if word == "latest fiscal":
            return Parsed("DATE", f"{ctx.anchor.year - 1:04d}")
        return Parsed("DATE", f"{ctx.anchor.year:04d}")

    add("the_year", rf"{B}(?i:the)\s+(?:(?P<w>(?i:full|fiscal|current|current\s+fiscal|latest\s+fiscal|calendar))\s+)?(?i:year){E}(?![-\s]+(?i:earlier|ago|before|later|after|old))", the_year, 0)

    def fiscal(m: re.Match[str], ctx: Context) -> Parsed | None:
        return Parsed("DATE", f"{_year(m['y'], ctx.anchor):04d}")

    add("fiscal", rf"{B}(?:(?i:fiscal)(?:\s+(?i:year))?\s+|FY\s?)(?P<y>{Y2}){E}", fiscal, 3)

    # --- years, decades, centuries -----------------------------------------------------------
    blockers = _alt(L.year_blockers, "i")

    def year(m: re.Match[str], ctx: Context) -> Parsed | None:
        return Parsed("DATE", m["y"])

    add("year", rf"(?<![\w$£€¥.,/])(?:(?i:the\s+year)\s+)?(?P<y>{Y})(?![\w%/-])(?!\s+{blockers}\b)(?!\.\d)", year, 0)

    def year_range(m: re.Match[str], ctx: Context) -> Parsed | None:
        y1 = int(m["a"])
        y2 = int(m["b"]) if len(m["b"]) == 4 else (y1 // 100) * 100 + int(m["b"])
        if y2 <= y1 or y2 - y1 > 100:
            return None
        s, e = dt.date(y1, 1, 1), dt.date(y2, 12, 31)
        return Parsed("DATE", f"{y1}/{y2}", None, s, e, True)

    add("year_range", rf"(?<![\w$.,/-])(?P<a>{Y})\s*[-–]\s*(?P<b>\d{{4}}|\d{{2}})(?![\w%/-])", year_range, 3)

    def decade(m: re.Match[str], ctx: Context) -> Parsed | None:
        if m["d"]:
            return Parsed("DATE", m["d"][:3])
        yy = int(m["dd"])
        century = ctx.anchor.year // 100
        base = century * 100 + yy
        if base > ctx.anchor.year:
            base -= 100
        return Parsed("DATE", f"{base // 10:03d}")

    add("decade", rf"{B}(?:(?i:the)\s+)?(?:(?P<d>1[5-9]\d0|20[0-9]0)['’]?s|['’](?P<dd>\d0)['’]?s){E}", decade, 2)

    def century(m: re.Match[str], ctx: Context) -> Parsed | None:
        n = int(m["n"]) if m["n"] else {"nineteenth": 19, "twentieth": 20, "twenty-first": 21, "eighteenth": 18}[m["w"].lower()]
        return Parsed("DATE", f"{n - 1:02d}")

    add("century", rf"{B}(?:(?i:the)\s+)?(?:(?P<n>\d{{1,2}})(?:st|nd|rd|th)|(?P<w>(?i:eighteenth|nineteenth|twentieth|twenty-first)))\s+(?i:century){E}", century, 2)

    # --- references and sets -------------------------------------------------------------------
    def reference(m: re.Match[str], ctx: Context) -> Parsed | None:
        return Parsed("DATE", L.reference[re.sub(r"\s+", " ", m[0].lower())])

    add("reference", rf"{B}{_alt(L.reference, 'i')}{E}", reference, 0)

    def recent_units(m: re.Match[str], ctx: Context) -> Parsed | None:
        unit = L.unit_of(m["u"])
        letter = L.unit[unit][0] if unit else "X"
        return Parsed("DURATION", f"PX{'Y' if letter == 'DE' else letter}")

    add("recent_units", rf"{B}(?P<w>(?i:recent|coming))\s+(?P<u>(?i:days|weeks|months|years|decades)){E}", recent_units, 1)

    def setword(m: re.Match[str], ctx: Context) -> Parsed | None:
        return Parsed("SET", L.set_word[m[0].lower()])

    add("setword", rf"{B}{_alt(L.set_word, 'i')}{E}", setword, 0)

    def every(m: re.Match[str], ctx: Context) -> Parsed | None:
        if m["w"]:
            return Parsed("SET", f"XXXX-WXX-{L.weekday_of(m['w'])}")
        if m["m"]:
            return Parsed("SET", f"XXXX-{L.month_of(m['m']):02d}")
        unit = L.unit_of(m["u"])
        if unit is None or unit in ("weekend", "fortnight", "night"):
            return None
        letter = L.unit[unit][0]
        n = L.number_of(m["n"]) if m["n"] else 1
        n = int(n) if n else 1
        return Parsed("SET", f"PT{n}{letter}" if L.unit[unit][2] == "time" else f"P{n}{letter}")

    add("every", rf"{B}(?i:every|each)\s+(?:(?i:other)\s+)?(?:(?P<w>{WD})|(?P<m>{M})|(?:(?P<n>{NUM})\s+)?(?P<u>{UNIT})){E}", every, 2)

    def times_per(m: re.Match[str], ctx: Context) -> Parsed | None:
        unit = L.unit_of(m["u"])
        if unit is None:
            return None
        letter = L.unit[unit][0]
        return Parsed("SET", f"PT1{letter}" if L.unit[unit][2] == "time" else f"P1{letter}")

    add("times_per", rf"{B}(?i:once|twice|thrice|(?:{NUM})\s+times)\s+(?i:a|an|per|each)\s+(?P<u>{UNIT}){E}", times_per, 2)

    # --- holidays -------------------------------------------------------------------------------
    def holiday(m: re.Match[str], ctx: Context) -> Parsed | None:
        name = re.sub(r"\s+", " ", m["h"])
        a = ctx.anchor

        def on(y: int) -> dt.date:
            if name in L.fixed_holiday:
                mo, d = L.fixed_holiday[name]
                return dt.date(y, mo, d)
            mo, wd, n = L.weekday_holiday[name]
            first = dt.date(y, mo, 1)
            if n > 0:
                return first + dt.timedelta(days=(wd - first.isoweekday()) % 7 + 7 * (n - 1))
            last = cal.month_end(y, mo)
            return last - dt.timedelta(days=(last.isoweekday() - wd) % 7)

        if m["y"]:
            return Parsed("DATE", on(_year(m["y"], a)).isoformat())
        years = [a.year - 1, a.year, a.year + 1]
        cands = [on(y) for y in years]
        return Parsed("DATE", cands[_nearest(cands, a, ctx.direction, default="closest")].isoformat())

    HOL = "|".join(re.escape(h).replace(r"\ ", r"\s+").replace("'", "['’]") for h in sorted(
        list(L.fixed_holiday) + list(L.weekday_holiday), key=len, reverse=True))
    add("holiday", rf"{B}(?P<h>{HOL})(?:,?\s+(?P<y>{Y}))?{E}", holiday, 2)

    # --- times of day ---------------------------------------------------------------------------
    def clock(m: re.Match[str], ctx: Context) -> Parsed | None:
        h = int(m["h"])
        mi = int(m["mi"] or 0)
        ap = (m["ap"] or "").lower().replace(".", "").replace(" ", "")
        if ap == "pm" and h < 12:
            h += 12
        elif ap == "am" and h == 12:
            h = 0
        if h > 23 or mi > 59:
            return None
        zone = "Z" if (m["tz"] or "").upper() in ("UTC", "GMT") else ""
        return Parsed("TIME", f"{ctx.reference.isoformat()}T{h:02d}:{mi:02d}{zone}")

    TZ = r"(?:\s+(?P<tz>[ECMP][SD]T|GMT|UTC|BST|CET|CEST|KST|JST|local\s+time))?"
    add("clock", rf"{B}(?P<h>[01]?\d|2[0-3])(?::(?P<mi>[0-5]\d))?\s*(?P<ap>(?i:a\.\s?m\.|p\.\s?m\.|am|pm)(?![\w]))(?:{TZ})", clock, 2)
    add("clock24", rf"{B}(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)(?P<ap>)\s+(?P<tz>[ECMP][SD]T|GMT|UTC|BST|CET|CEST|KST|JST|local\s+time)(?!\w)", clock, 2)

    def noon(m: re.Match[str], ctx: Context) -> Parsed | None:
        return Parsed("TIME", f"{ctx.reference.isoformat()}T{'24:00' if m[0].lower() == 'midnight' else '12:00'}")

    add("noon", rf"{B}(?i:noon|midday|midnight){E}", noon, 1)

    def year_ago_adj(m: re.Match[str], ctx: Context) -> Parsed | None:
        if m["o"] and L.ordinal.get(m["o"].lower(), 9) in (1, 2, 3, 4):
            return Parsed("DATE", f"{ctx.anchor.year - 1:04d}-Q{L.ordinal[m['o'].lower()]}")
        if ctx.ref_quarter and (m["n"] or "").lower() != "year":
            return Parsed("DATE", f"{int(ctx.ref_quarter[:4]) - 1:04d}{ctx.ref_quarter[4:]}")
        return Parsed("DATE", f"{ctx.anchor.year - 1:04d}")

    add("year_ago_adj", rf"{B}(?:(?i:the)\s+)?(?i:year-(?:earlier|ago))(?:\s+(?:(?P<o>{ORD})[\s-]+)?(?P<n>(?i:quarter|period|year)))?{E}", year_ago_adj, 1)

    def period_part(m: re.Match[str], ctx: Context) -> Parsed | None:
        unit = m["u"].lower()
        mod = {"end": "END", "close": "END", "beginning": "START", "start": "START", "middle": "MID"}[m["p"].lower()]
        return Parsed("DATE", cal.value_of(ctx.anchor, unit), mod)

    add("period_part", rf"{B}(?:(?i:the)\s+)?(?P<p>(?i:end|close|beginning|start|middle))\s+(?i:of)\s+(?i:the|this)\s+(?P<u>(?i:year|month|week|quarter|decade|century)){E}", period_part, 2)

    def year_end(m: re.Match[str], ctx: Context) -> Parsed | None:
        return Parsed("DATE", f"{ctx.anchor.year:04d}", "END")

    add("year_end", rf"{B}(?i:year[-\s]end|year['’]s\s+end){E}", year_end, 1)

    def spelled_year(m: re.Match[str], ctx: Context) -> Parsed | None:
        head = {"nineteen": 1900, "eighteen": 1800, "two thousand": 2000}[re.sub(r"\s+", " ", m["c"].lower())]
        rest = L.number_of(m["r"]) if m["r"] else 0
        if rest is None or rest >= 100:
            return None
        return Parsed("DATE", f"{head + int(rest):04d}")

    TENS = r"(?i:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
    add("spelled_year", rf"{B}(?:(?i:the\s+year)\s+)?(?P<c>(?i:nineteen|two\s+thousand))(?:\s+(?:(?i:and)\s+)?(?P<r>{TENS}|(?i:one|two|three|four|five|six|seven|eight|nine)))?{E}(?!\s+(?i:dollars|people|percent))", spelled_year, 0)

    # --- durations ------------------------------------------------------------------------------
    def duration(m: re.Match[str], ctx: Context) -> Parsed | None:
        unit = L.unit_of(m["u"])
        if unit is None:
            return None
        after = m.string[m.end():m.end() + 8]
        if _AGE.match(after) or (unit == "quarter" and _FRACTION.match(after)):
            return None  # "52 years old", "three-quarters of": not a time
        if m["n"].lower() in ("a", "an") and not m["lead"]:
            if unit == "second" or _RATE.search(m.string[max(0, m.start() - 30):m.start()]):
                return None  # "a second group"; "$2 million a year" is a rate
        letter, _, kind = L.unit[unit]
        n = L.number_of(m["n"])
        if (m["half"] or m["half2"]) and n is not None:
            n += 0.5
        if n is None:
            amount = "X"
        elif n == int(n):
            amount = str(int(n))
        elif n * 2 == int(n * 2) and (kind, letter) in _HALF_OF:
            # "2 1/2 years" is P2Y6M, "5 1/2 hours" PT5H30M: the half in the next smaller unit
            whole = f"{int(n)}{letter}" if int(n) else ""
            value = ("PT" if kind == "time" else "P") + whole + _HALF_OF[(kind, letter)]
            mod = L.quantity_mod.get(re.sub(r"\s+", " ", m["q"].lower())) if m["q"] else None
            return Parsed("DURATION", value, mod)
        else:
            amount = str(n)
        if letter == "WE":
            letter = "WE" if amount == "X" else "D"
            amount = amount if amount == "X" else str(int(float(amount) * 2))
        if letter in ("DE", "CE"):  # TimeML writes decades and centuries in years
            mult = 10 if letter == "DE" else 100
            letter, amount = "Y", (amount if amount == "X" else str(int(float(amount) * mult)))
        if letter == "W2":
            letter, amount = "W", (amount if amount == "X" else str(int(float(amount) * 2)))
        value = f"PT{amount}{letter}" if kind == "time" else f"P{amount}{letter}"
        mod = L.quantity_mod.get(re.sub(r"\s+", " ", m["q"].lower())) if m["q"] else None
        lead = (m["lead"] or "").lower().split()
        if lead and lead[-1] in ("past", "last") and n is not None and n == int(n) and kind == "date":
            start = cal.shift(ctx.anchor, "week" if unit == "weekend" else unit, -int(n)) + dt.timedelta(days=1)
            return Parsed("DURATION", value, mod, start, ctx.anchor, True)
        if lead and lead[-1] in ("next", "coming") and n is not None and n == int(n) and kind == "date":
            return Parsed("DURATION", value, mod, ctx.anchor, cal.shift(ctx.anchor, "week" if unit == "weekend" else unit, int(n)), True)
        return Parsed("DURATION", value, mod)

    LEAD = r"(?P<lead>(?i:the\s+(?:past|last|next|first|previous|coming|following|final|remaining|entire|whole|full)|(?:past|last|next|first|another|the)))\s+"
    # A quantity modifier ("more than", "nearly") sets the mod but stays outside the
    # extent, as in TimeBank; "over the past 20 years" has no quantity modifier.
    add("duration", rf"{B}(?:(?P<q>{QMOD})\s+(?=[\d\w])(?!(?i:the)\s))?(?P<core>(?:{LEAD})?(?P<n>{NUM})(?P<half>\s+(?i:and\s+a\s+half)|\s+1/2|\s*½)?(?:[\s-]+(?i:more|full|straight|consecutive|calendar))?[\s-]+(?P<u>{UNIT})(?P<half2>\s+(?i:and\s+a\s+half))?){E}(?!\s+(?i:ago|earlier|later|from\s+now|hence)\b)", duration, 1)

    def bare_units(m: re.Match[str], ctx: Context) -> Parsed | None:
        unit = L.unit_of(m["u"])
        if unit is None:
            return None
        letter, _, kind = L.unit[unit]
        return Parsed("DURATION", f"PTX{letter}" if kind == "time" else f"PX{letter}")

    add("bare_units", rf"(?<=(?i:for)\s)(?P<u>(?i:years|months|weeks|days|decades|hours|centuries)){E}", bare_units, 0)

    return tuple(out)


__all__ = ["Context", "Parsed", "Rule", "rules", "resolve_month", "resolve_day", "resolve_weekday"]
