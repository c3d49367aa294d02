"""The grammar of English time expressions: compiled patterns, each with a normalising handler.

A :class:`Rule` pairs a regex with a handler that turns the match into a TimeML type,
value and mod, given a :class:`~eventwire.time.resolve.Context` (publication date, the
last date the text mentioned, and which way an underspecified expression points). The
rules live in :mod:`.rules_calendar` and :mod:`.rules_spans`; this module builds the
shared regex fragments from the word lists in ``data/lexicon.yaml`` and compiles them once.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from .lexicon import Lexicon, _alt, lexicon
from .resolve import Context, Handler, Parsed, resolve_day, resolve_month, resolve_weekday


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    handler: Handler
    #: Higher wins between equally long overlapping matches.
    priority: int = 0
    #: A cheap pattern the text must contain for the rule to be tried at all (speed).
    gate: re.Pattern[str] | None = None


@dataclass(frozen=True)
class Fragments:
    """Regex pieces shared by the rules."""

    L: Lexicon
    M: str  # month name
    WD: str  # weekday name
    UNIT: str  # calendar unit, singular or plural
    NUM: str  # cardinal in digits or words, or a vague quantity
    D: str  # day of month
    Y: str  # four-digit year
    Y2: str  # four-digit or '98 year
    SHIFT: str  # last/this/next...
    DPART: str  # morning/night...
    SEASON: str
    QMOD: str  # more than/nearly...
    B: str  # start boundary
    E: str  # end boundary
    ORD: str  # first..fourth
    SY: str  # a year in words: "nineteen ninety-four", "two thousand"


_ONES = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_TENS = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s]" + _ONES + r")?"
         r"|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)")
#: A year in words; "nineteen" and "eighteen" need the rest ("nineteen ninety-four").
SPELLED_YEAR = (rf"(?i:(?:nineteen|eighteen)\s+(?:{_TENS}|(?:hundred|oh)\s+{_ONES})"
                rf"|two\s+thousand(?:\s+(?:and\s+)?(?:{_TENS}|{_ONES}))?)(?![\w-])")

AddRule = Callable[..., None]


@functools.cache
def rules() -> tuple[Rule, ...]:
    """Every rule, compiled once."""
    from . import rules_calendar, rules_spans

    L = lexicon()
    Y = r"(?:1[5-9]\d\d|20\d\d)(?!\d|,\d)"
    F = Fragments(
        L=L, M=L.MONTH, WD=L.WEEKDAY, UNIT=L.UNIT, NUM=L.NUMBER,
        D=r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)",
        Y=Y, Y2=r"(?:" + Y + r"|['’]\d\d(?!\d))",
        SHIFT=_alt(L.shift, "i"), DPART=_alt(L.day_part, "i"), SEASON=_alt(L.season, "i"),
        QMOD=_alt(L.quantity_mod, "i"),
        # A cheap word boundary; a hyphen before is checked afterwards (only "mid-",
        # "early-", "late-", "pre-" may stand right before an expression).
        B=r"(?<!\w)", E=r"(?![\w-])",
        ORD=_alt([k for k in L.ordinal if k not in ("fifth",)], "i"),
        SY=SPELLED_YEAR,
    )
    out: list[Rule] = []

    def add(name: str, pattern: str, handler: Handler, priority: int = 0, gate: str | None = None) -> None:
        out.append(Rule(name, re.compile(pattern), handler, priority, re.compile(gate) if gate else None))

    rules_calendar.add_rules(add, F)
    rules_spans.add_rules(add, F)
    return tuple(out)


__all__ = ["Context", "Parsed", "Rule", "Fragments", "rules", "resolve_month", "resolve_day", "resolve_weekday"]
