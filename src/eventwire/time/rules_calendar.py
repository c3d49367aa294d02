"""Grammar rules for calendar dates: explicit dates, weekdays, relative days and units,
seasons, quarters, years, decades and centuries."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import TYPE_CHECKING

from . import calendar as cal
from .lexicon import _alt
from .resolve import (
    ENDED,
    PREV_WORD,
    Context,
    Parsed,
    cumulative_focus,
    make_date,
    day_of,
    nearest,
    season_year,
    spelled_year_of,
    year_of,
    resolve_day,
    resolve_month,
    resolve_weekday,
)

if TYPE_CHECKING:
    from .grammar import AddRule, Fragments


#: Shift words that count from the date last mentioned, not from the publication date.
ANAPHORIC = frozenset({"previous", "preceding", "prior", "following"})

#: "the early", "late", "mid-" right before a season.
PART_BEFORE = re.compile(r"(?i:\bthe\s+(?:early|late)|\bmid-?)\s*$")

#: The two words after a month name.
NEXT_WORDS = re.compile(r"\s+([\w’']+)(?:\s+(?:the\s+)?(\S+))?")


def add_rules(add: AddRule, F: Fragments) -> None:
    """Register this module's rules, in order."""
    L, M, WD, UNIT, NUM = F.L, F.M, F.WD, F.UNIT, F.NUM
    D, Y, Y2, SHIFT, DPART, SEASON, QMOD, B, E, ORD = F.D, F.Y, F.Y2, F.SHIFT, F.DPART, F.SEASON, F.QMOD, F.B, F.E, F.ORD

    # --- explicit dates ---------------------------------------------------------------
    def iso(m: re.Match[str], ctx: Context) -> Parsed | None:
        p = make_date(int(m["y"]), int(m["mo"]), int(m["d"]))
        if p and m["h"]:
            return Parsed("TIME", f"{p.value}T{m['h']}:{m['mi']}")
        return p

    add("iso", rf"{B}(?P<y>\d{{4}})-(?P<mo>\d{{2}})-(?P<d>\d{{2}})(?:[T ](?P<h>\d{{2}}):(?P<mi>\d{{2}})(?::\d{{2}})?)?(?!\d)", iso, 5)

    def numeric(m: re.Match[str], ctx: Context) -> Parsed | None:
        a, b, y = int(m["a"]), int(m["b"]), year_of(m["y"], ctx.anchor)
        if m["sep"] == ".":  # 4.11.2019: European day.month.year
            day, month = a, b
        elif a > 12:  # 24/11/2019: only day-first reads
            day, month = a, b
        else:  # 4/11/2019: month first, the American news convention (see the README, "Time")
            month, day = a, b
        return make_date(y, month, day) if 1 <= month <= 12 else None

    add("numeric", rf"{B}(?P<a>\d{{1,2}})(?P<sep>[/.])(?P<b>\d{{1,2}})(?P=sep)(?P<y>\d{{4}}|\d{{2}})(?![\d/.]\d)", numeric, 4)

    def month_day(m: re.Match[str], ctx: Context) -> Parsed | None:
        month, day = L.month_of(m["m"]), day_of(m["d"])
        if m["s"] and not m["y"]:  # "last Oct. 23": the one before the anchor, "next": after
            way = "past" if L.shift.get(m["s"].lower(), 0) < 0 else "future"
            ctx = dataclasses.replace(ctx, direction=way)
            years = [ctx.anchor.year - 1, ctx.anchor.year, ctx.anchor.year + 1]
            cands = [dt.date(y, month, min(day, 28 if month == 2 else day)) for y in years]
            return make_date(years[nearest(cands, ctx.anchor, way)], month, day)
        if m["d2"]:  # Nov. 4-6: one interval
            year = year_of(m["y"], ctx.anchor) if m["y"] else resolve_day(month, day, ctx)
            try:
                s, e = dt.date(year, month, day), dt.date(year, month, day_of(m["d2"]))
            except ValueError:
                return None
            return Parsed("DATE", f"{s.isoformat()}/{e.isoformat()}", None, s, e, True) if s <= e else None
        year = year_of(m["y"], ctx.anchor) if m["y"] else resolve_day(month, day, ctx)
        return make_date(year, month, day)

    WDP = rf"(?:{WD},?\s+)?"
    add("month_day", rf"{B}(?:(?P<s>(?i:last|next|this\s+past|this\s+coming))\s+)?{WDP}(?P<m>{M})\s*(?P<d>{D})(?:\s*[-–]\s*(?P<d2>{D}))?(?:(?:\s*,\s*|\s+)(?P<y>{Y2}))?{E}", month_day, 3)

    def day_and(m: re.Match[str], ctx: Context) -> Parsed | None:
        # "April 24 and 25": the second day is a date of its own, in the same month
        month, day = L.month_of(m["m"]), day_of(m["d2"])
        year = year_of(m["y"], ctx.anchor) if m["y"] else resolve_day(month, day, ctx)
        return make_date(year, month, day)

    add("day_and", rf"{B}(?P<m>{M})\s*{D}\s*,?\s+(?i:and|or|&)\s+(?P<core>(?P<d2>{D})){E}(?!\s*(?:%|{_alt(L.year_blockers, 'i')}\b))(?:\s*,?\s+(?P<y>{Y}))?", day_and, 3, r"\s(?i:and|or|&)\s+\d")

    def day_month(m: re.Match[str], ctx: Context) -> Parsed | None:
        month, day = L.month_of(m["m"]), day_of(m["d"])
        year = year_of(m["y"], ctx.anchor) if m["y"] else resolve_day(month, day, ctx)
        return make_date(year, month, day)

    add("day_month", rf"{B}{WDP}(?:the\s+)?(?P<d>{D})(?:\s+of)?\s+(?P<m>{M})(?:\s*,?\s+(?P<y>{Y2}))?{E}", day_month, 3)

    def year_month(m: re.Match[str], ctx: Context) -> Parsed | None:
        y, month = int(m["y"]), L.month_of(m["m"])
        if m["d"]:
            return make_date(y, month, day_of(m["d"]))
        return Parsed("DATE", f"{y:04d}-{month:02d}")

    add("year_month", rf"{B}(?P<y>{Y})\s+(?P<m>{M})(?:\s+(?P<d>{D}))?{E}", year_month, 2)

    def month_year(m: re.Match[str], ctx: Context) -> Parsed | None:
        year = year_of(m["y"], ctx.anchor) if m["y"] else spelled_year_of(m["sy"])
        return Parsed("DATE", f"{year:04d}-{L.month_of(m['m']):02d}") if year else None

    add("month_year", rf"{B}(?P<m>{M}),?\s+(?:of\s+)?(?:(?P<y>{Y2})|(?P<sy>{F.SY})){E}", month_year, 2)

    def month_of_year(m: re.Match[str], ctx: Context) -> Parsed | None:
        # "February this year", "June last year", "in April of next year"
        word = re.sub(r"\s+", " ", m["s"].lower()).replace("the ", "")
        base = (ctx.ref_any or ctx.anchor) if word in ANAPHORIC else ctx.anchor
        year = base.year + L.shift.get(word, 0)
        if m["d"]:
            return make_date(year, L.month_of(m["m"]), day_of(m["d"]))
        return Parsed("DATE", f"{year:04d}-{L.month_of(m['m']):02d}")

    add("month_of_year", rf"{B}(?P<m>{M})(?:\s*(?P<d>{D}))?,?\s+(?:(?i:of)\s+)?(?P<s>(?i:this|last|next|the\s+previous|the\s+following))\s+(?i:year){E}", month_of_year, 3, r"(?i:year)")

    def month_only(m: re.Match[str], ctx: Context) -> Parsed | None:
        month = L.month_of(m["m"])
        nxt = NEXT_WORDS.match(m.string, m.end())
        if not m["s"] and m["m"] in L.name_months:
            prev = PREV_WORD.search(m.string, max(0, m.start() - 30), m.start())
            if prev and prev[1] not in L.capitalised_before_month:
                return None  # "Theresa May", "Prime Minister May": a name
            if nxt and nxt[1] in L.name_month_followers:
                return None  # "May said", "June has": a month is not the subject of a verb
        if nxt and nxt[1] in ("of", "for") and nxt[2][:1].isupper():
            return None  # "the March of the Mothers", "the March for Life": a title
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
        if m["s"] and m["s"].lower() in ANAPHORIC and ctx.ref:
            # "the previous Friday", "the following Monday": counted from the day last mentioned
            ctx = dataclasses.replace(ctx, anchor=ctx.ref)
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
        anaphoric = word in ANAPHORIC
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
            return Parsed("DATE", f"{year_of(m['y'], ctx.anchor):04d}-{code}")
        if m["sy"]:
            y = spelled_year_of(m["sy"])
            return Parsed("DATE", f"{y:04d}-{code}") if y else None
        shift = L.shift[m["s"].lower()] if m["s"] else None
        if not m["s"] and not m["the"] and not PART_BEFORE.search(m.string, max(0, m.start() - 12), m.start()):
            return None  # a bare "summer" is generic; "the early summer" is not
        return Parsed("DATE", f"{season_year(code, ctx, shift):04d}-{code}")

    add("season", rf"{B}(?:(?P<s>{SHIFT})\s+|(?P<the>(?i:the)\s+))?(?P<n>{SEASON})(?:\s+(?:of\s+)?(?:(?P<y>{Y2})|(?P<sy>{F.SY})))?{E}", season, 1)

    def ago(m: re.Match[str], ctx: Context) -> Parsed | None:
        unit = L.unit_of(m["u"])
        if unit is None or unit in ("night", "fortnight", "weekend"):
            return None
        n = L.number_of(m["n"])
        direction = m["dir"].lower()
        sign = 1 if direction in ("later", "from now", "hence", "after") else -1
        base = ctx.reference if direction in ("earlier", "later", "before", "after") else ctx.anchor
        if n is None:  # "a few days ago": only the direction is known
            if base is ctx.reference and direction in ("earlier", "later", "before", "after"):
                # "a few days later": counted from the date last mentioned, not from now,
                # so no reference to past or future; an unknown number of units
                letter = L.unit[unit][0]
                clock = "T" if unit in ("second", "minute", "hour") else ""
                return Parsed("DURATION", f"P{clock}X{'Y' if letter == 'DE' else letter}")
            return Parsed("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
        if n != int(n):
            return None
        if unit in ("second", "minute", "hour"):
            return Parsed("TIME", "PAST_REF" if sign < 0 else "FUTURE_REF")
        if unit == "year" and ctx.ref_quarter:
            # "profit rose from a year ago": the same quarter as the one under discussion,
            # or the year when the sentence is about the nine months to date
            year = int(ctx.ref_quarter[:4]) + sign * int(n)
            if cumulative_focus(m.string, m.start()):
                return Parsed("DATE", f"{year:04d}")
            return Parsed("DATE", f"{year:04d}{ctx.ref_quarter[4:]}")
        day = cal.try_shift(base, unit, sign * int(n))
        if day is None:  # "8,000 years ago": before year 1 of the calendar
            return Parsed("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
        return Parsed("DATE", cal.value_of(day, unit))

    add("ago", rf"{B}(?:(?:{QMOD})\s+)?(?P<n>{NUM})\s+(?P<u>{UNIT})\s+(?P<dir>(?i:ago|earlier|later|from\s+now|hence|back)){E}", ago, 3)

    def anaphoric_day(m: re.Match[str], ctx: Context) -> Parsed | None:
        word = re.sub(r"\s+", " ", m[0].lower())
        ref = ctx.reference
        n = -1 if any(w in word for w in ("before", "previous", "prior", "earlier", "eve")) else (
            1 if any(w in word for w in ("next", "following", "after", "later")) else 0)
        if "same" in word or word.startswith("that"):
            n = 0
        return Parsed("DATE", (ref + dt.timedelta(days=n)).isoformat())

    add("anaphoric_day", rf"{B}(?i:the\s+(?:next|following|previous|same)\s+day|that\s+day|the\s+day\s+(?:before|after)(?!\s+[\w$])|a\s+day\s+(?:earlier|later|before)(?!\s+[\w$])|the\s+(?:next|following)\s+morning){E}", anaphoric_day, 4)

    def week_of(m: re.Match[str], ctx: Context) -> Parsed | None:
        month, day = L.month_of(m["m"]), day_of(m["d"])
        year = year_of(m["y"], ctx.anchor) if m["y"] else resolve_day(month, day, ctx)
        try:
            return Parsed("DATE", cal.week_value(dt.date(year, month, day)))
        except ValueError:
            return None

    add("week_of", rf"{B}(?i:the\s+week\s+of)\s+(?P<m>{M})\s*(?P<d>{D})(?:\s*,?\s+(?P<y>{Y2}))?{E}", week_of, 4, r"(?i:week\s+of)")

    def that_unit(m: re.Match[str], ctx: Context) -> Parsed | None:
        unit = m["u"].lower()
        if unit == "quarter" and ctx.last_quarter:
            # "the second quarter ended Oct. 31 ... that quarter": the quarter named, not
            # the quarter of the date that followed it
            return Parsed("DATE", ctx.last_quarter)
        return Parsed("DATE", cal.value_of(ctx.ref_any or ctx.anchor, unit))

    add("that_unit", rf"{B}(?i:that|the\s+same)\s+(?P<u>(?i:week|month|year|quarter)){E}", that_unit, 3)

    def spelled_decade(m: re.Match[str], ctx: Context) -> Parsed | None:
        tens = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                "eighties": 8, "nineties": 9}[m["d"].lower()]
        century = 19 if not m["c"] or m["c"].lower() == "nineteen" else 18
        return Parsed("DATE", f"{century}{tens}")

    add("spelled_decade", rf"{B}(?i:the)\s+(?:(?P<c>(?i:nineteen|eighteen))[\s-]+)?(?P<d>(?i:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)){E}", spelled_decade, 2, r"(?i:ties\b)")

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
            return Parsed("DATE", f"{year_of(m['y'] or m['y0'], ctx.anchor):04d}-Q{q}")
        a = ctx.anchor
        if m["sy"]:  # this year's / last year's / next year's third quarter
            return Parsed("DATE", f"{a.year + L.shift[m['sy'].lower()]:04d}-Q{q}")
        years = [a.year - 1, a.year, a.year + 1]
        spans = [(cal.interval_of(f"{y}-Q{q}").start, cal.interval_of(f"{y}-Q{q}").end) for y in years]
        way = "past" if ctx.direction == "past" else None  # a report on a quarter follows its end
        return Parsed("DATE", f"{years[nearest(spans, a, way, default='closest')]:04d}-Q{q}")

    QPRE = rf"(?:(?P<y0>{Y})\s+|(?P<sy>(?i:this|last|next))\s+(?i:year)['’]s\s+|(?i:fiscal)[\s-]+)?"
    add("quarter", rf"{B}(?:(?i:the)\s+)?{QPRE}(?:(?P<o>{ORD})[\s-]+(?i:quarter)|Q(?P<q>[1-4]))(?:\s+(?:(?i:of|in)\s+)?(?:(?i:fiscal)\s+)?(?P<y>{Y2}))?{E}", quarter, 2)

    ENDED_ON = re.compile(rf"\s+(?:(?i:that|which)\s+)?(?i:ended|ending|ends|closed)\s+(?:(?i:on)\s+)?(?P<m>{M})\s*(?P<d>{D})(?:\s*,\s*(?P<y>{Y}))?")

    def the_quarter(m: re.Match[str], ctx: Context) -> Parsed | None:
        word = re.sub(r"\s+", " ", (m["w"] or "").lower())
        if (e := ENDED_ON.match(m.string, m.end())) and not m["y"]:
            # "the quarter ended Sept. 30": the calendar quarter holding that day
            month, day = L.month_of(e["m"]), day_of(e["d"])
            year = int(e["y"]) if e["y"] else resolve_day(month, day, dataclasses.replace(ctx, direction="past"))
            # Three months ending then; the calendar quarter holding most of them is that
            # of the middle month (ended July 31: May-July, mostly the second quarter).
            last = dt.date(year, month, 1)
            if day < 20:  # ended early in a month ("Jan. 2"): its months end with the one before
                last = cal.add_months(last, -1)
            mid = cal.add_months(last, -1)
            return Parsed("DATE", f"{mid.year:04d}-Q{(mid.month - 1) // 3 + 1}")
        if m["y"]:  # "the 1988 quarter": that year's quarter like the one under discussion
            q = ctx.ref_quarter[-1] if ctx.ref_quarter else None
            if m[0].lower().endswith("period") and cumulative_focus(m.string, m.start()):
                q = None  # "in the first nine months ... in the 1988 period": that year
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
        if ENDED.match(m.string, m.end()):
            return Parsed("DURATION", "P1Y")  # "the year ended Sept. 30": a twelve-month span
        word = (m["w"] or "").lower()
        if word == "latest fiscal":
            return Parsed("DATE", f"{ctx.anchor.year - 1:04d}")
        return Parsed("DATE", f"{ctx.anchor.year:04d}")

    add("the_year", rf"{B}(?i:the)\s+(?:(?P<w>(?i:full|fiscal|current|current\s+fiscal|latest\s+fiscal|calendar))\s+)?(?i:year){E}(?![-\s]+(?i:earlier|ago|before|later|after|old))", the_year, 0)

    def fiscal(m: re.Match[str], ctx: Context) -> Parsed | None:
        return Parsed("DATE", f"{year_of(m['y'], ctx.anchor):04d}")

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

    add("century", rf"{B}(?:(?i:the)\s+)?(?:(?P<n>\d{{1,2}})(?:st|nd|rd|th)|(?P<w>(?i:eighteenth|nineteenth|twentieth|twenty-first)))\s+(?i:century){E}", century, 2, r"(?i:century)")
