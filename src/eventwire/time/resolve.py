"""What a grammar rule's handler works with: the context, its answer, and year resolution.

:class:`Context` carries the publication date, the dates the text last mentioned and
which way the clause points; the ``resolve_*`` functions place year-less months, days
and weekdays; the small patterns at the end are checks the handlers share.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from . import calendar as cal


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
    #: The last quarter named ("that quarter" is that one, whatever dates followed it).
    last_quarter: str | None = None
    #: "past", "future" or None: which way the clause of the expression points.
    direction: str | None = None
    #: False while candidates are proposed, True when they are normalised in text order
    #: (then ``direction`` is known): a rule that needs the direction decides only then.
    resolving: bool = False

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


@functools.cache
def _cumulative() -> re.Pattern[str]:
    from .lexicon import _alt, lexicon

    return re.compile(rf"(?<![\w-]){_alt(lexicon().cumulative_periods, 'i')}(?![\w-])")


_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z\"'`])")


def cumulative_focus(text: str, pos: int) -> bool:
    """Whether the sentence up to ``pos`` is about a span of several months ("For the nine
    months, net rose 5% from a year earlier"), named after any quarter it mentions: then
    "a year earlier" is that span a year before, a year-granular date, not a quarter."""
    start = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, pos - 400), pos + 1)), default=max(0, pos - 400))
    head = text[start:pos]
    last = None
    for last in _cumulative().finditer(head):
        pass
    return last is not None and "quarter" not in head[last.end():].lower()


def year_of(text: str, anchor: dt.date) -> int:
    """Four-digit year, or a two-digit one ('98, 98) placed in the anchor's century window."""
    t = text.lstrip("'’")
    if len(t) == 4:
        return int(t)
    y = int(t) + (anchor.year // 100) * 100
    return y - 100 if y > anchor.year + 10 else y


_SPELLED_CENTURY = {"nineteen": 1900, "eighteen": 1800, "two thousand": 2000}


def spelled_year_of(text: str) -> int | None:
    """A year written in words ("nineteen ninety-four", "two thousand and one"), or None."""
    from .lexicon import lexicon

    words = re.sub(r"\s+", " ", text.lower().strip())
    for head, base in _SPELLED_CENTURY.items():
        if words == head:
            return base if base == 2000 else None  # "nineteen" alone is a number
        if words.startswith(head + " "):
            rest = words[len(head) + 1:]
            rest = rest[4:] if rest.startswith("and ") else rest
            n = lexicon().number_of(rest)
            return base + int(n) if n is not None and n == int(n) and 0 < n < 100 else None
    return None


def day_of(text: str) -> int:
    return int(re.sub(r"\D", "", text))


def nearest(candidates: list[dt.date | tuple[dt.date, dt.date]], anchor: dt.date, direction: str | None,
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


def month_span(year: int, month: int) -> tuple[dt.date, dt.date]:
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
    spans = [month_span(y, month) for y in years]
    if shift == -1:
        return [y for y, s in zip(years, spans) if s[1] < dt.date(a.year, a.month, 1)][-1]
    if shift == 1:
        return [y for y, s in zip(years, spans) if s[0] > cal.month_end(a.year, a.month)][0]
    return years[nearest(spans, a, ctx.direction, default="closest")]


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
    best = nearest(cands, a, None, default="closest")
    gap = (cands[best] - a).days
    if (ctx.direction == "past" and gap > 60) or (ctx.direction == "future" and gap < -60):
        best = nearest(cands, a, ctx.direction)
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


def season_year(code: str, ctx: Context, shift: int | None) -> int:
    a = ctx.anchor
    # Two years back: in January, "last winter" is the winter before the one now running.
    years = [a.year - 2, a.year - 1, a.year, a.year + 1]
    spans = [(cal.interval_of(f"{y}-{code}").start, cal.interval_of(f"{y}-{code}").end) for y in years]
    cur = next((i for i, (s, e) in enumerate(spans) if s <= a <= e), None)
    if shift == 0:
        return years[cur] if cur is not None else a.year
    if shift == -1:
        return [y for y, (s, e) in zip(years, spans) if e < a][-1]
    if shift == 1:
        return [y for y, (s, e) in zip(years, spans) if s > a][0]
    return years[nearest(spans, a, ctx.direction)]


def make_date(year: int, month: int, day: int) -> Parsed | None:
    try:
        return Parsed("DATE", dt.date(year, month, day).isoformat())
    except ValueError:
        return None


#: Half of a unit, written in the next smaller one (kind, TimeML letter) -> value part.
HALF_OF = {("date", "Y"): "6M", ("date", "M"): "15D", ("date", "W"): "3DT12H", ("date", "D"): "T12H",
            ("time", "H"): "30M", ("time", "M"): "30S"}

#: The capitalised word right before a month ("Theresa May").
PREV_WORD = re.compile(r"\b([A-Z][a-z]+\.?)\s+$")

#: "the year ended ...", "the quarter ending ...".
ENDED = re.compile(r"\s+(?:that\s+)?(?:ended|ending|ends|to\s+end)\b", re.I)

#: What follows a "duration" that is really an age, or a quarter that is a fraction.
FRACTION = re.compile(r"^\s+of\b", re.I)
AGE = re.compile(r"^[\s-]+old\b", re.I)
#: An amount right before "a year"/"a week" makes it a rate ("358,000 a month").
RATE = re.compile(r"(?:\d[\d,.]*%?|\b(?:million|billion|thousand|hundred|dozen|one|two|three|four|five|six|seven|eight|nine|ten|twice|once|times))(?:\s+[a-z]+){0,2}\s+$", re.I)
