"""Finding and normalising time expressions in plain text: ``find_timexes(text, anchor)``.

Works without spaCy. Steps: every grammar rule proposes matches; the longest
non-overlapping ones win; prefixes are attached ("early", "the end of", "around"); each
expression is normalised in text order (so "a day later" counts from the date last
mentioned); ranges and disjunctions become one interval ("at the end of November or in
December"); bound words before or after set the modifier ("no later than early December").
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from ..model import Span, TimeRef
from . import calendar as cal
from .grammar import Context, Parsed, Rule, rules
from .lexicon import _alt, lexicon

#: Tells which way the clause around characters ``[start, end)`` points: "past", "future" or None.
DirectionFn = Callable[[int, int], "str | None"]


@dataclass(slots=True)
class _Cand:
    start: int
    end: int
    rule: Rule
    match: re.Match[str]
    parsed: Parsed | None = None
    mod: str | None = None
    #: Set for "earlier this year" / "later this month": the part of the period before/after now.
    clamp: str | None = None


@functools.cache
def _affixes() -> dict[str, re.Pattern[str]]:
    L = lexicon()
    return {
        # "early", "mid-", "the end of", "late" right before an expression.
        "part": re.compile(rf"(?<![\w-])(?P<w>{_alt(L.part, 'i')})(?:\s*-\s*|\s+)(?:(?i:of)\s+)?$"),
        "approx": re.compile(rf"(?<![\w-])(?P<w>{_alt(L.approx, 'i')})\s+$"),
        "bound": re.compile(rf"(?<![\w-])(?P<w>{_alt(L.bound_before, 'i')})\s+(?:(?i:the)\s+)?$"),
        "bound_after": re.compile(rf"^\s*,?\s*(?P<w>{_alt(L.bound_after, 'i')})(?!\w)"),
        "range_mid": re.compile(r"^\s*(?:-|–|—|(?i:to|through|until|till|and|thru))\s*(?:(?i:in|on|the)\s+)?$"),
        "range_open": re.compile(r"(?<![\w-])(?i:from|between)\s+$"),
        "dash": re.compile(r"^\s*[-–—]\s*$"),
        "or": re.compile(r"^\s*,?\s+(?i:or|and/or)\s+(?:(?i:in|on|at|during|by|early|late)\s+)?$"),
    }


_QUARTER = re.compile(r"^\d{4}-Q[1-4]$")
_DATED = re.compile(r"^\d{4}-(?:\d\d|Q\d|H\d|SP|SU|FA|WI)")
_YEAR_WRITTEN = re.compile(r"\d{4}|['’]\d\d\b")
_HYPHEN_OK = re.compile(r"(?<![\w-])(?i:mid|early|late|pre|post)-$")
_SOON = re.compile(r"(?i:as\s+soon\s+as|no\s+later\s+than)\s+$")

#: "the" before a hyphenated adjective belongs to the noun phrase, not the expression.
_THE_ADJ = re.compile(r"^(?i:the)\s+[\w]+-[\w]+$")

#: Values whose granularity can take a part-of modifier ("early October", "mid-2018").
_PARTABLE = re.compile(r"^(?:\d{4}(?:-\d{2}|-Q\d|-H\d|-SP|-SU|-FA|-WI|-W\d\d)?|\d{2,3})$")


@functools.cache
def _common_words() -> frozenset[str]:
    """Lower-case time words that, capitalised inside a sentence, belong to a name."""
    L = lexicon()
    words = set(L.unit) | {u + "s" for u in L.unit} | set(L.day_part) | set(L.relative_day)
    words |= {"noon", "midnight", "midday", "now", "future", "past"}
    return frozenset(w for w in words if " " not in w)


_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n—–_]|``|\"|“|‘|\(|--)[\s\"'“‘`(]*$")


def _is_title(text: str, m: re.Match[str]) -> bool:
    """"This Week", "60 Minutes", "High Noon", "VOA Today": a capitalised time word inside
    a sentence is part of a name (of a programme, film, event), not a time."""
    common = _common_words()
    for w in re.finditer(r"[A-Z][a-z]+", m[0]):
        if w[0].lower() not in common:
            continue
        start = m.start() + w.start()
        if not _SENTENCE_START.search(text, max(0, start - 6), start):
            return True
    return False


def _candidates(text: str, ctx: Context) -> list[_Cand]:
    found: list[_Cand] = []
    for rule in rules():
        if rule.gate is not None and rule.gate.search(text) is None:
            continue
        for m in rule.pattern.finditer(text):
            if m.end() == m.start():
                continue
            if rule.name != "holiday" and not m[0].islower() and _is_title(text, m):
                continue
            if m.start() and text[m.start() - 1] == "-" and not _HYPHEN_OK.search(text, max(0, m.start() - 8), m.start()):
                continue  # "1,000-year", "X-Day": only "mid-", "early-", "late-", "pre-" may precede
            parsed = rule.handler(m, ctx)
            if parsed is not None:
                start = m.start()
                for g in ("core", "core2"):
                    if g in rule.pattern.groupindex and m[g]:
                        start = m.start(g)
                if _THE_ADJ.match(m[0]):
                    start += len(m[0]) - len(m[0].split(None, 1)[1])  # "the [third-quarter] loss"
                found.append(_Cand(start, m.end(), rule, m, parsed))
    # Longest first, then higher priority, then earlier; keep those overlapping nothing kept.
    found.sort(key=lambda c: (-(c.end - c.start), -c.rule.priority, c.start))
    taken: list[_Cand] = []
    for c in found:
        if all(c.end <= t.start or c.start >= t.end for t in taken):
            taken.append(c)
    taken.sort(key=lambda c: c.start)
    return taken


def _attach_prefixes(text: str, cands: list[_Cand]) -> None:
    aff = _affixes()
    L = lexicon()
    prev_end = 0
    for c in cands:
        before = text[max(prev_end, c.start - 40):c.start]
        assert c.parsed is not None
        partable = c.parsed.value and (_PARTABLE.match(c.parsed.value) or c.rule.name == "relday")
        if c.parsed.type in ("DATE", "TIME") and partable and not c.parsed.has_interval:
            if m := aff["part"].search(before):
                word = re.sub(r"\s+", " ", m["w"].lower()).rstrip("-")
                mod = L.part.get(word) or L.part.get(m["w"].lower())
                if word in ("earlier", "later"):
                    c.clamp = word
                else:
                    c.mod = mod
                c.start -= len(before) - m.start()
                before = text[max(prev_end, c.start - 40):c.start]
        if (m := aff["approx"].search(before)) and c.parsed.value and c.parsed.value[:1].isdigit():
            c.start -= len(before) - m.start()
            c.mod = c.mod or "APPROX"
        prev_end = c.end


def _context_refs(ctx: Context, ref: TimeRef, rule: str) -> None:
    """Remember the last mentioned day and quarter, for anaphoric expressions."""
    if ref.type not in ("DATE", "TIME") or ref.start is None:
        return
    if ref.precision == "day" and ref.start == ref.end:
        ctx.ref = ref.start
    if ref.value and ref.value[:1].isdigit() and rule not in ("that_unit",):
        ctx.ref_any = ref.start
    if ref.value and _QUARTER.match(ref.value):
        ctx.last_quarter = ref.value
    if ref.precision == "quarter" and ref.value and "-Q" in ref.value and rule in ("quarter", "the_quarter"):
        # A report is about the latest quarter it names that has ended; earlier ones are
        # compared with it, coming ones forecast.
        ended = ref.end is not None and ref.end < ctx.anchor
        cur = ctx.ref_quarter
        cur_ended = cur is not None and (cal.interval_of(cur).end or ctx.anchor) < ctx.anchor
        if cur is None or (ended and (not cur_ended or ref.value > cur)):
            ctx.ref_quarter = ref.value


def _make(text: str, c: _Cand, anchor: dt.date, ctx: Context) -> TimeRef:
    p = c.parsed
    assert p is not None
    mod = c.mod or p.mod
    if mod in ("H1", "H2"):
        if p.value and re.fullmatch(r"\d{4}", p.value):
            p.value, mod = f"{p.value}-{mod}", None  # "the first half of 2019": 2019-H1
        else:
            mod = "START" if mod == "H1" else "END"
    if p.has_interval:
        start, end = p.start, p.end
        order = ("day", "week", "month", "quarter", "season", "year", "decade", "century")
        precision = "day"
        if p.value and "/" in p.value:
            first = p.value.split("/")[0]
            precision = cal.interval_of(first).precision
        elif p.type == "DURATION":
            precision = "unknown"
        assert precision in order or precision == "unknown"
    elif p.type in ("DATE", "TIME"):
        start, end, precision = cal.interval_of(p.value, mod, anchor)
    else:
        start, end, precision = None, None, "unknown"
    if c.clamp and start is not None and end is not None:
        if c.clamp == "earlier" and start <= anchor:
            end = min(end, anchor)
        elif c.clamp == "later" and end >= anchor:
            start = max(start, anchor)
    return TimeRef(
        text=text[c.start:c.end],
        start=start,
        end=end,
        precision=precision,  # type: ignore[arg-type]
        type=p.type,  # type: ignore[arg-type]
        value=p.value,
        modifier=mod.lower() if mod else None,
        anchor=anchor,
        span=Span(c.start, c.end, -1, text[c.start:c.end]),
    )


def _merge(text: str, refs: list[TimeRef]) -> list[TimeRef]:
    """Join ranges ("from March to May", "2010-2012") and disjunctions into one interval."""
    aff = _affixes()
    out: list[TimeRef] = []
    for r in refs:
        if out:
            p = out[-1]
            between = text[p.span.end:r.span.start]  # type: ignore[union-attr]
            dated = p.type in ("DATE", "TIME") and r.type in ("DATE", "TIME") and p.start and r.start
            opened = aff["range_open"].search(text[max(0, p.span.start - 12):p.span.start])  # type: ignore[union-attr]
            word = between.strip().lower().split(" ")[0] if between.strip() else ""
            # "to"/"and" make a range after "from"/"between", or between two ends of one
            # granularity ("March to May"); not "a revision Friday to December's figures"
            alike = p.precision == r.precision and not text.startswith(("'s", "’s"), r.span.end)  # type: ignore[union-attr]
            joined = bool(aff["or"].match(between)) or (
                bool(aff["range_mid"].match(between)) and (opened is not None or (word != "and" and (alike or word in ("-", "–", "—")))))
            if dated and joined:
                if (p.value and r.value and _DATED.match(p.value) and _DATED.match(r.value)
                        and not _YEAR_WRITTEN.search(p.text) and _YEAR_WRITTEN.search(r.text)):
                    # "from March to May 2019": the written year covers the whole range
                    v = r.value[:4] + p.value[4:]
                    iv = cal.interval_of(v, p.modifier.upper() if p.modifier else None)
                    p = TimeRef(p.text, iv.start, iv.end, iv.precision, p.type, v, p.modifier, p.anchor, p.span)
                if r.end and p.start and r.end < p.start and r.value and re.fullmatch(r"\d{4}-\d{2}", r.value):
                    # "November or December", said in December: a range runs forward in time.
                    fwd = cal.interval_of(f"{int(r.value[:4]) + 1}{r.value[4:]}")
                    r = TimeRef(r.text, fwd.start, fwd.end, fwd.precision, r.type, f"{int(r.value[:4]) + 1}{r.value[4:]}",
                                r.modifier, r.anchor, r.span)
                u = cal.union(cal.Interval(p.start, p.end, p.precision), cal.Interval(r.start, r.end, r.precision))
                s, e = p.span.start, r.span.end  # type: ignore[union-attr]
                out[-1] = TimeRef(
                    text=text[s:e], start=u.start, end=u.end, precision=u.precision, type="DATE",
                    value=f"{p.value}/{r.value}", modifier=None, anchor=p.anchor, span=Span(s, e, -1, text[s:e]),
                    parts=(p.parts or [p]) + [r])
                continue
        out.append(r)
    return out


_CLOCK = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}Z?$")
_CLOCK_GAP = re.compile(r"[\s,]*(?:(?i:on)\s+)?")


def _date_clock_times(text: str, refs: list[TimeRef]) -> list[TimeRef]:
    """"10:35 a.m. Friday", "noon Saturday", "5 p.m., Nov. 6": a clock time and the day
    written next to it are one TIME expression, as TimeML annotates them."""
    out: list[TimeRef] = []
    i = 0
    while i < len(refs):
        r = refs[i]
        if r.type == "TIME" and r.value and _CLOCK.match(r.value) and r.span is not None:
            for j in (i + 1, i - 1):
                o = refs[j] if 0 <= j < len(refs) else None
                if (o is None or o.span is None or o.precision != "day" or o.start is None
                        or not o.value or len(o.value) != 10 or (j == i - 1 and out and out[-1] is not o)):
                    continue
                gap = text[min(r.span.end, o.span.end):max(r.span.start, o.span.start)]
                if len(gap) <= 5 and _CLOCK_GAP.fullmatch(gap):
                    s, e = min(r.span.start, o.span.start), max(r.span.end, o.span.end)
                    merged = TimeRef(
                        text=text[s:e], start=o.start, end=o.end, precision="day", type="TIME",
                        value=o.value + r.value[10:], modifier=r.modifier or o.modifier, anchor=r.anchor,
                        span=Span(s, e, -1, text[s:e]))
                    if j == i - 1:
                        out[-1] = merged
                        i += 1
                    else:
                        out.append(merged)
                        i += 2
                    break
            else:
                out.append(r)
                i += 1
            continue
        out.append(r)
        i += 1
    return out


_BOUND_SHAPE = {
    "ON_OR_BEFORE": "on_or_before", "BEFORE": "before", "AFTER": "after",
    "ON_OR_AFTER": "on_or_after", "APPROX_ON_OR_AFTER": "on_or_after",
}


def _apply_bounds(text: str, refs: list[TimeRef]) -> None:
    """Bound words around a date open its interval on one side ("before 2017": up to 2016)."""
    aff = _affixes()
    L = lexicon()
    for r in refs:
        if r.type not in ("DATE", "TIME") or r.start is None or r.end is None or r.span is None:
            continue
        if r.value and "/" in r.value:
            continue  # a range carries its own bounds
        after_text = text[r.span.end:r.span.end + 20]
        if after_text.startswith(("'s", "’s")):
            continue  # "after Monday's meeting": the date belongs to the meeting
        kind = None
        if m := aff["bound"].search(text[max(0, r.span.start - 25):r.span.start]):
            kind = L.bound_before[re.sub(r"\s+", " ", m["w"].lower())]
        elif m := aff["bound_after"].match(after_text):
            kind = L.bound_after[re.sub(r"\s+", " ", m["w"].lower())]
        if kind is None:
            continue
        if kind == "APPROX":
            r.modifier = "approx"
            continue
        anchor = r.anchor
        future = anchor is not None and r.start > anchor
        if kind == "BEFORE":
            r.start, r.end = (anchor if future else None), r.start - dt.timedelta(days=1)
        elif kind == "ON_OR_BEFORE":
            r.start = anchor if future else None
        elif kind == "AFTER":
            r.start, r.end = r.end + dt.timedelta(days=1), None
        else:
            r.end = None
        r.modifier = _BOUND_SHAPE[kind]


def find_timexes(
    text: str, anchor: dt.date | dt.datetime | str | None = None, direction: DirectionFn | None = None
) -> list[TimeRef]:
    """Every time expression in ``text``, normalised against ``anchor`` (default: today).

    ``direction(start, end)`` may say whether the clause around an expression is about
    the past or the future; it decides year-less months and bare weekdays ("in
    October" said of a planned summit is the coming October). Without it, a bare
    weekday is the last one (as in news reporting) and a year-less month or day is
    taken in the year that brings it closest to the anchor. ``span.sentence`` is left
    at -1 (no sentence split here).
    """
    if isinstance(anchor, str):
        anchor = dt.date.fromisoformat(anchor[:10])
    if isinstance(anchor, dt.datetime):
        anchor = anchor.date()
    anchor = anchor or dt.date.today()
    ctx = Context(anchor)
    cands = _candidates(text, ctx)
    _attach_prefixes(text, cands)
    refs: list[TimeRef] = []
    ctx.resolving = True
    for c in cands:
        ctx.direction = direction(c.start, c.end) if direction else None
        if _SOON.search(text[max(0, c.start - 20):c.start]):
            ctx.direction = "future"  # "as soon as Tuesday" looks ahead
        c.parsed = c.rule.handler(c.match, ctx)  # again, now with the running reference date
        if c.parsed is None:
            continue
        ref = _make(text, c, anchor, ctx)
        refs.append(ref)
        _context_refs(ctx, ref, c.rule.name)
    refs = _date_clock_times(text, refs)
    refs = _merge(text, refs)
    _apply_bounds(text, refs)
    return refs


def normalize(text: str, anchor: dt.date | dt.datetime | str | None = None, future: bool = False) -> TimeRef | None:
    """The one time expression that ``text`` is (e.g. "early October"), or None.

    ``future=True`` resolves underspecified expressions forward ("October" → the coming one).
    """
    fn: DirectionFn | None = (lambda s, e: "future") if future else None
    refs = find_timexes(text, anchor, fn)
    return refs[0] if len(refs) == 1 else None


__all__ = ["find_timexes", "normalize", "DirectionFn"]
