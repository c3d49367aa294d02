"""Grammar rules for the rest: present/past/future references, sets, holidays, clock
times, earnings-report periods, spelled years, and durations."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from . import calendar as cal
from .lexicon import _alt
from .resolve import AGE, FRACTION, HALF_OF, RATE, Context, Parsed, cumulative_focus, nearest, spelled_year_of, year_of

if TYPE_CHECKING:
    from .grammar import AddRule, Fragments


#: The start of a sentence (or of a quotation) right before.
SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s|[\n\"“`'(—–_])\s*$")

#: "in" right before ("in five years").
IN_BEFORE = re.compile(r"\b(?i:in)\s+$")

#: A lower-case word right after: the expression premodifies a noun.
PREMODIFIER = re.compile(r"[ \t]+(?!(?:and|or|but|is|was|are|were|will|would|looks?|holds?|lies?|remains?|depends?|of|in|on|at|for|with|from|to|into|away|as|than)\b)[a-z]")


def add_rules(add: AddRule, F: Fragments) -> None:
    """Register this module's rules, in order."""
    L, M, WD, UNIT, NUM = F.L, F.M, F.WD, F.UNIT, F.NUM
    Y, QMOD, B, E, ORD = F.Y, F.QMOD, F.B, F.E, F.ORD

    # --- references and sets -------------------------------------------------------------------
    def reference(m: re.Match[str], ctx: Context) -> Parsed | None:
        word = re.sub(r"\s+", " ", m[0].lower())
        if word == "future" and PREMODIFIER.match(m.string, m.end()):
            return None  # "future earnings", "a future president": an adjective, not a time (TIDES)
        if word == "now" and m.string.startswith(",", m.end()) and SENTENCE_START.search(m.string, max(0, m.start() - 4), m.start()):
            return None  # "Now, he says ...": a discourse marker, not the present
        return Parsed("DATE", L.reference[word])

    add("reference", rf"{B}{_alt(L.reference, 'i')}{E}", reference, 0)

    def soon(m: re.Match[str], ctx: Context) -> Parsed | None:
        if not ctx.resolving:
            return Parsed("DATE", "FUTURE_REF")  # kept until the clause's direction is known
        # "will soon decide", "plans to act soon": the near future. In a past clause
        # ("was soon released") it is counted from a past event, so it is no reference to now.
        return Parsed("DATE", "FUTURE_REF") if ctx.direction == "future" else None

    # not "as soon as", "soon after", "sooner", "how soon"
    add("soon", rf"{B}(?<!(?i:as) )(?<!(?i:how) )(?<!(?i:too) )(?i:soon)(?!\s+(?i:as|after|afterwards?|thereafter|enough)\b){E}", soon, 0, r"(?i:soon)")

    MODAL_BEFORE = re.compile(r"\b(?i:will|would|could|might|shall|should|may|must|can|to)\s+$")

    def some_day(m: re.Match[str], ctx: Context) -> Parsed | None:
        if m[0].lower().startswith("one") and not MODAL_BEFORE.search(m.string, max(0, m.start() - 8), m.start()):
            return None  # "it lasted one day" is a duration
        return Parsed("DATE", "FUTURE_REF")

    # "will one day be", "hopes to one day follow", "someday": an unspecified future time
    add("some_day", rf"{B}(?i:one\s+day|some\s*day){E}", some_day, 3, r"(?i:day)")

    def this_moment(m: re.Match[str], ctx: Context) -> Parsed | None:
        return Parsed("DATE", "PRESENT_REF")

    # "at this crucial moment", "at this time": the present
    add("this_moment", rf"{B}(?i:this)\s+(?:(?i:crucial|critical|difficult|important|very|particular|delicate|sensitive)\s+)?(?i:moment|juncture|point\s+in\s+time){E}", this_moment, 1, r"(?i:moment|juncture|point\s+in\s+time)")

    def recent_units(m: re.Match[str], ctx: Context) -> Parsed | None:
        # "recent years", "coming months", "the weeks ahead": an unknown number of units
        unit = L.unit_of(m["u"] or m["u2"])
        letter = L.unit[unit][0] if unit else "X"
        return Parsed("DURATION", f"PX{'Y' if letter == 'DE' else letter}")

    add("recent_units", rf"{B}(?:(?P<w>(?i:recent|coming))\s+(?P<u>(?i:days|weeks|months|quarters|years|decades))|(?i:the)\s+(?P<u2>(?i:days|weeks|months|years))\s+(?i:ahead)){E}", recent_units, 1)

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

    add("every", rf"{B}(?i:every|each)\s+(?:(?i:other)\s+)?(?:(?P<w>{WD})|(?P<m>{M})|(?:(?P<n>{NUM})\s+)?(?P<u>{UNIT})){E}", every, 2, r"\b(?i:every|each)\s")

    def weekday_plural(m: re.Match[str], ctx: Context) -> Parsed | None:
        part = L.day_part.get(m["p"].lower()[:-1]) if m["p"] else None
        return Parsed("SET", f"XXXX-WXX-{L.weekday_of(m['w'])}" + (f"T{part}" if part else ""))

    # "closed on Mondays", "flights on Tuesday nights": a weekday in the plural recurs (a SET)
    full_days = {}
    for form, n in L.weekday.items():
        if len(form) > len(full_days.get(n, "")):
            full_days[n] = form
    day_names = "|".join(f.capitalize() for f in full_days.values())
    parts = "|".join(p + "s" for p in L.day_part if p != "overnight")
    add("weekday_plural", rf"{B}(?P<w>{day_names})(?:s|\s+(?P<p>(?i:{parts}))){E}", weekday_plural, 2,
        r"(?:day|days)\b")

    def times_per(m: re.Match[str], ctx: Context) -> Parsed | None:
        unit = L.unit_of(m["u"])
        if unit is None:
            return None
        letter = L.unit[unit][0]
        return Parsed("SET", f"PT1{letter}" if L.unit[unit][2] == "time" else f"P1{letter}")

    add("times_per", rf"{B}(?i:once|twice|thrice|(?:{NUM})\s+times)\s+(?i:a|an|per|each)\s+(?P<u>{UNIT}){E}", times_per, 2, r"(?i:once|twice|thrice|times)\s+(?i:a|an|per|each)\b")

    # --- holidays -------------------------------------------------------------------------------
    def holiday(m: re.Match[str], ctx: Context) -> Parsed | None:
        # Typographic apostrophes ("New Year’s Eve") name the same holiday.
        name = re.sub(r"\s+", " ", m["h"]).replace("\u2019", "'").replace("\u02bc", "'")
        a = ctx.anchor

        def on(y: int) -> dt.date:
            if name in L.fixed_holiday:
                mo, d = L.fixed_holiday[name]
                return dt.date(y, mo, d)
            if name in L.easter_holiday:
                return cal.easter(y) + dt.timedelta(days=L.easter_holiday[name])
            mo, wd, n = L.weekday_holiday[name]
            first = dt.date(y, mo, 1)
            if n > 0:
                return first + dt.timedelta(days=(wd - first.isoweekday()) % 7 + 7 * (n - 1))
            last = cal.month_end(y, mo)
            return last - dt.timedelta(days=(last.isoweekday() - wd) % 7)

        if m["y"]:
            day = on(year_of(m["y"], a))
        else:
            years = [a.year - 1, a.year, a.year + 1]
            days = [on(y) for y in years]
            if m["wk"]:  # choose among the weeks, not the days ("as Easter week began")
                mondays = [d - dt.timedelta(days=d.isoweekday() - 1) for d in days]
                cands = [(mo, mo + dt.timedelta(days=6)) for mo in mondays]
            else:
                cands = days
            day = days[nearest(cands, a, ctx.direction, default="closest")]
        if m["wk"]:  # "Christmas week", "Easter week": the week holding the holiday
            return Parsed("DATE", cal.week_value(day))
        return Parsed("DATE", day.isoformat())

    HOL = "|".join(re.escape(h).replace(r"\ ", r"\s+").replace("'", "['’]") for h in sorted(
        list(L.fixed_holiday) + list(L.weekday_holiday) + list(L.easter_holiday), key=len, reverse=True))
    add("holiday", rf"{B}(?P<h>{HOL})(?:(?P<wk>\s+week)|,?\s+(?P<y>{Y}))?{E}", holiday, 2)

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

    def clock_words(m: re.Match[str], ctx: Context) -> Parsed | None:
        h = int(m["h"])
        if not 1 <= h <= 12:
            return None
        if m["p"].lower() != "morning" and h < 12:
            h += 12  # "8 in the evening"
        elif m["p"].lower() == "morning" and h == 12:
            h = 0
        return Parsed("TIME", f"{ctx.reference.isoformat()}T{h:02d}:{int(m['mi'] or 0):02d}")

    add("clock_words", rf"{B}(?P<h>1[0-2]|0?[1-9])(?::(?P<mi>[0-5]\d))?\s+(?:(?i:o['’]clock)\s+)?(?i:in\s+the)\s+(?P<p>(?i:morning|afternoon|evening)){E}", clock_words, 2, r"\d\s+(?:(?i:o['’]clock)\s+)?(?i:in\s+the)\s")

    def part_of_day(m: re.Match[str], ctx: Context) -> Parsed | None:
        # "placed orders in the morning": that part of the day the text is about
        return Parsed("TIME", f"{ctx.reference.isoformat()}T{L.day_part[m['p'].lower()]}")

    add("part_of_day", rf"{B}(?i:in|during|throughout|by)\s+(?P<core>(?i:the\s+)?(?:(?i:mid)[-\s]?)?(?P<p>(?i:morning|afternoon|evening))){E}(?!\s+(?i:of|hours|papers?|news|session|shift|rush)\b)", part_of_day, 0, r"(?i:morning|afternoon|evening)")

    def noon(m: re.Match[str], ctx: Context) -> Parsed | None:
        return Parsed("TIME", f"{ctx.reference.isoformat()}T{'24:00' if m[0].lower() == 'midnight' else '12:00'}")

    add("noon", rf"{B}(?i:noon|midday|midnight){E}", noon, 1)

    def year_ago_adj(m: re.Match[str], ctx: Context) -> Parsed | None:
        if m["o"] and L.ordinal.get(m["o"].lower(), 9) in (1, 2, 3, 4):
            return Parsed("DATE", f"{ctx.anchor.year - 1:04d}-Q{L.ordinal[m['o'].lower()]}")
        if ctx.ref_quarter and (m["n"] or "").lower() != "year" and not cumulative_focus(m.string, m.start()):
            return Parsed("DATE", f"{int(ctx.ref_quarter[:4]) - 1:04d}{ctx.ref_quarter[4:]}")
        return Parsed("DATE", f"{ctx.anchor.year - 1:04d}")

    add("year_ago_adj", rf"{B}(?:(?i:the)\s+)?(?:(?i:comparable|corresponding|same)\s+)?(?i:year-(?:earlier|ago))(?:\s+(?:(?P<o>{ORD})[\s-]+)?(?P<n>(?i:quarter|period|year)))?{E}", year_ago_adj, 1, r"(?i:year-(?:earlier|ago))")

    def quarter_year_ago(m: re.Match[str], ctx: Context) -> Parsed | None:
        # the quarter under discussion, a year before: "last year's quarter", "the same
        # period a year earlier"; without one, the last quarter that has ended
        base = ctx.ref_quarter or cal.value_of(cal.shift(ctx.anchor, "quarter", -1), "quarter")
        return Parsed("DATE", f"{int(base[:4]) - 1:04d}{base[4:]}")

    YEAR_BACK = r"(?i:last\s+year|a\s+year\s+(?:ago|earlier|before))"
    add("quarter_year_ago", rf"{B}(?:(?i:last\s+year['’]s)\s+(?i:quarter|period)|(?i:the)\s+(?:(?i:corresponding|comparable|same)\s+)?(?i:quarter|period)\s+(?:(?i:of)\s+)?{YEAR_BACK}){E}", quarter_year_ago, 3, r"(?i:quarter|period)")

    def period_part(m: re.Match[str], ctx: Context) -> Parsed | None:
        unit = m["u"].lower()
        mod = {"end": "END", "close": "END", "beginning": "START", "start": "START", "middle": "MID"}[m["p"].lower()]
        return Parsed("DATE", cal.value_of(ctx.anchor, unit), mod)

    add("period_part", rf"{B}(?:(?i:the)\s+)?(?P<p>(?i:end|close|beginning|start|middle))\s+(?i:of)\s+(?i:the|this)\s+(?P<u>(?i:year|month|week|quarter|decade|century)){E}", period_part, 2)

    def year_end(m: re.Match[str], ctx: Context) -> Parsed | None:
        return Parsed("DATE", f"{ctx.anchor.year:04d}", "END")

    add("year_end", rf"{B}(?i:year[-\s]end|year['’]s\s+end){E}", year_end, 1)

    def spelled_year(m: re.Match[str], ctx: Context) -> Parsed | None:
        y = spelled_year_of(m["y"])
        return Parsed("DATE", f"{y:04d}") if y else None

    # not a count: "two thousand years", "nineteen ninety people"
    NOT_COUNTED = _alt(set(L.year_blockers) | {u + "s" for u in L.unit} | {"dollars", "percent", "people"}, "i")
    add("spelled_year", rf"{B}(?:(?i:the\s+year)\s+)?(?P<y>{F.SY})(?!\s+(?:{NOT_COUNTED})\b)", spelled_year, 0, r"(?i:nineteen|eighteen|two\s+thousand)")

    # --- durations ------------------------------------------------------------------------------
    def duration(m: re.Match[str], ctx: Context) -> Parsed | None:
        unit = L.unit_of(m["u"])
        if unit is None:
            return None
        after = m.string[m.end():m.end() + 8]
        if AGE.match(after) or (unit == "quarter" and FRACTION.match(after) and L.number_of(m["n"]) is not None):
            return None  # "52 years old", "three-quarters of": not a time ("several quarters of losses" is)
        if m["n"].lower() in ("a", "an") and not m["lead"]:
            if unit == "second" or RATE.search(m.string[max(0, m.start() - 30):m.start()]):
                return None  # "a second group"; "$2 million a year" is a rate
        letter, _, kind = L.unit[unit]
        n = L.number_of(m["n"])
        if (m["half"] or m["half2"]) and n is not None:
            n += 0.5
        if n is None:
            amount = "X"
        elif n == int(n):
            amount = str(int(n))
        elif n * 2 == int(n * 2) and (kind, letter) in HALF_OF:
            # "2 1/2 years" is P2Y6M, "5 1/2 hours" PT5H30M: the half in the next smaller unit
            whole = f"{int(n)}{letter}" if int(n) else ""
            value = ("PT" if kind == "time" else "P") + whole + HALF_OF[(kind, letter)]
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
        step = "week" if unit == "weekend" else unit
        # (a count past the calendar, "the past 10,000 years", stays a plain duration)
        if lead and lead[-1] in ("past", "last") and n is not None and n == int(n) and kind == "date" \
                and (start := cal.try_shift(ctx.anchor, step, -int(n))) is not None:
            return Parsed("DURATION", value, mod, start + dt.timedelta(days=1), ctx.anchor, True)
        if lead and lead[-1] in ("next", "coming") and n is not None and n == int(n) and kind == "date" \
                and (end := cal.try_shift(ctx.anchor, step, int(n))) is not None:
            return Parsed("DURATION", value, mod, ctx.anchor, end, True)
        if (not lead and not m["q"] and ctx.direction == "future" and n is not None and n == int(n) and kind == "date"
                and unit in ("day", "week", "month", "year") and IN_BEFORE.search(m.string, max(0, m.start() - 4), m.start())
                and (point := cal.try_shift(ctx.anchor, unit, int(n))) is not None):
            # "will be redeemed in five years": the point that far ahead, not a span (TIDES)
            return Parsed("DATE", cal.value_of(point, unit))
        return Parsed("DURATION", value, mod)

    LEAD = r"(?P<lead>(?i:the\s+(?:past|last|next|first|previous|coming|following|final|remaining|entire|whole|full)|(?:past|last|next|first|another|the)))\s+"
    # A quantity modifier ("more than", "nearly") sets the mod but stays outside the
    # extent, as in TimeBank; "over the past 20 years" has no quantity modifier.
    add("duration", rf"{B}(?:(?P<q>{QMOD})\s+(?=[\d\w])(?!(?i:the)\s))?(?P<core>(?:{LEAD})?(?P<n>{NUM})(?P<half>\s+(?i:and\s+a\s+half)|\s+1/2|\s*½)?(?:[\s-]+(?i:more|full|straight|consecutive|calendar|additional|extra|trading|business|working))?[\s-]+(?P<u>{UNIT})(?P<half2>\s+(?i:and\s+a\s+half))?){E}(?!\s+(?i:ago|earlier|later|from\s+now|hence)\b)", duration, 1)

    def long_adj(m: re.Match[str], ctx: Context) -> Parsed | None:
        # "a day-long meeting" (P1D), "a decades-long battle" (PXY)
        unit = L.unit_of(m["u"])
        if unit is None or unit in ("weekend", "fortnight", "night"):
            return None
        letter, _, kind = L.unit[unit]
        amount = "X" if m["u"].lower() != unit else "1"
        if letter in ("DE", "CE"):
            letter, amount = "Y", (amount if amount == "X" else ("10" if letter == "DE" else "100"))
        return Parsed("DURATION", f"PT{amount}{letter}" if kind == "time" else f"P{amount}{letter}")

    add("long_adj", rf"{B}(?P<u>(?i:day|week|month|year|decade|century|hour|minute)s?|(?i:centuries))-(?i:long){E}", long_adj, 1, r"-(?i:long)\b")

    def bare_units(m: re.Match[str], ctx: Context) -> Parsed | None:
        unit = L.unit_of(m["u"] or m["u2"])
        if unit is None:
            return None
        letter, _, kind = L.unit[unit]
        return Parsed("DURATION", f"PTX{letter}" if kind == "time" else f"PX{letter}")

    # "for years", "within weeks", "for the first time in years", "over the years": an
    # unknown number of units (the preposition stays outside the extent)
    add("bare_units", rf"{B}(?:(?i:for|within|in)\s+(?P<core>(?P<u>(?i:years|months|weeks|days|decades|hours|centuries)))|(?i:over)\s+(?P<core2>(?i:the)\s+(?P<u2>(?i:years|decades|centuries)))){E}(?!\s+(?i:ago|of|before|after|later|earlier)\b)", bare_units, 0)
