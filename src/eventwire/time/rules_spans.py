"""Grammar rules for the rest: present/past/future references, sets, holidays, clock
times, earnings-report periods, spelled years, and durations."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from . import calendar as cal
from .lexicon import _alt
from .resolve import AGE, FRACTION, HALF_OF, RATE, Context, Parsed, nearest, year_of

if TYPE_CHECKING:
    from .grammar import AddRule, Fragments


def add_rules(add: AddRule, F: Fragments) -> None:
    """Register this module's rules, in order."""
    L, M, WD, UNIT, NUM = F.L, F.M, F.WD, F.UNIT, F.NUM
    Y, QMOD, B, E, ORD = F.Y, F.QMOD, F.B, F.E, F.ORD

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
            return Parsed("DATE", on(year_of(m["y"], a)).isoformat())
        years = [a.year - 1, a.year, a.year + 1]
        cands = [on(y) for y in years]
        return Parsed("DATE", cands[nearest(cands, a, ctx.direction, default="closest")].isoformat())

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
        if AGE.match(after) or (unit == "quarter" and FRACTION.match(after)):
            return None  # "52 years old", "three-quarters of": not a time
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
