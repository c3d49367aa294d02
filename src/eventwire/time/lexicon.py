"""The word lists of ``data/lexicon.yaml``, loaded once, as lookup dicts and regex fragments."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..resources import load_yaml


def _alt(words: list[str] | set[str] | frozenset[str], flags: str = "") -> str:
    """A regex alternation of ``words``, longest first, spaces matching any whitespace."""
    parts = [re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)]
    body = "|".join(parts)
    return f"(?{flags}:{body})" if flags else f"(?:{body})"


def _capitalised(table: dict) -> str:
    """Case-sensitive alternation of ``Name`` and ``NAME`` forms.

    The first form of each entry is the full name; the others are abbreviations, which
    only count with a final dot or before a digit ("Jan. 5", "Jan 5", not "Sun" or "Mar").
    """
    full, abbr = set(), set()
    for forms in table.values():
        for i, f in enumerate(forms):
            (abbr if i else full).update({f, f.upper()})
    full_alt = "|".join(re.escape(f) for f in sorted(full, key=len, reverse=True))
    abbr_alt = "|".join(re.escape(f) for f in sorted(abbr, key=len, reverse=True))
    return rf"(?:(?:{full_alt})\b|(?:{abbr_alt})(?:\.|\b(?=\s*\d)))"


@dataclass(frozen=True)
class Lexicon:
    month: dict[str, int]
    weekday: dict[str, int]
    day_part: dict[str, str]
    season: dict[str, tuple[str, int, int]]
    unit: dict[str, tuple[str, str, str]]
    number: dict[str, float]
    vague: frozenset[str]
    ordinal: dict[str, int]
    shift: dict[str, int]
    part: dict[str, str]
    bound_before: dict[str, str]
    bound_after: dict[str, str]
    approx: frozenset[str]
    quantity_mod: dict[str, str]
    set_word: dict[str, str]
    reference: dict[str, str]
    relative_day: dict[str, int]
    fixed_holiday: dict[str, tuple[int, int]]
    weekday_holiday: dict[str, tuple[int, int, int]]
    easter_holiday: dict[str, int]
    year_blockers: frozenset[str]
    future_cues: frozenset[str]
    deadline_verbs: frozenset[str]
    stative_verbs: frozenset[str]
    name_months: frozenset[str]
    capitalised_before_month: frozenset[str]
    name_month_followers: frozenset[str]
    # regex fragments
    MONTH: str
    WEEKDAY: str
    UNIT: str
    NUMBER: str
    cumulative_periods: frozenset[str] = frozenset()
    announcing_verbs: frozenset[str] = frozenset()

    def unit_of(self, word: str) -> str | None:
        """Singular unit for ``word`` ("years" → "year"), or None."""
        w = word.lower()
        if w in self.unit:
            return w
        if w in self._plurals:
            return self._plurals[w]
        if w.endswith("s") and w[:-1] in self.unit:
            return w[:-1]
        return None

    @property
    def _plurals(self) -> dict[str, str]:
        return _plurals()

    def month_of(self, word: str) -> int:
        return self.month[word.rstrip(".").lower()]

    def weekday_of(self, word: str) -> int:
        return self.weekday[word.rstrip(".").lower()]

    def number_of(self, text: str) -> float | None:
        """Value of a cardinal written in digits or words ("twenty-five", "3", "a"); None if vague."""
        t = re.sub(r"\s+", " ", text.lower().strip())
        if t in self.vague:
            return None
        if re.fullmatch(r"\d+(?:\.\d+)?", t.replace(",", "")):
            return float(t.replace(",", ""))
        if t in self.number:
            return self.number[t]
        total = 0.0
        for piece in re.split(r"[-\s]+", t):
            if piece in ("and",):
                continue
            if piece not in self.number:
                return None
            v = self.number[piece]
            total = total * v if v == 100 and total else total + v
        return total


@functools.cache
def _plurals() -> dict[str, str]:
    return dict(load_yaml("eventwire.time", "lexicon.yaml").get("unit_plurals", {}))


@functools.cache
def lexicon() -> Lexicon:
    """The lexicon, built once per process."""
    data = load_yaml("eventwire.time", "lexicon.yaml")
    month = {f.lower(): int(n) for n, forms in data["months"].items() for f in forms}
    weekday = {f.lower(): int(n) for n, forms in data["weekdays"].items() for f in forms}
    units = {k: tuple(v) for k, v in data["units"].items()}
    unit_words = set(units) | {u + "s" for u in units} | set(data.get("unit_plurals", {}))
    numbers = {str(k): float(v) for k, v in data["numbers"].items()}
    number_words = [w for w in numbers if w not in ("a", "an")]
    tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    ones = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    compound = rf"(?:{'|'.join(tens)})[-\s](?:{'|'.join(ones)})"
    NUMBER = (
        rf"(?i:{compound}|{_alt(data['vague_numbers'])[3:-1]}|\d{{1,3}}(?:,\d{{3}})*(?:\.\d+)?|"
        rf"{_alt(number_words)[3:-1]}|an?)"
    )
    return Lexicon(
        month=month,
        weekday=weekday,
        day_part=dict(data["day_parts"]),
        season={k: tuple(v) for k, v in data["seasons"].items()},
        unit=units,
        number=numbers,
        vague=frozenset(data["vague_numbers"]),
        ordinal={str(k): int(v) for k, v in data["ordinals"].items()},
        shift=dict(data["shifts"]),
        part=dict(data["parts"]),
        bound_before=dict(data["bounds_before"]),
        bound_after=dict(data["bounds_after"]),
        approx=frozenset(data["approx_words"]),
        quantity_mod=dict(data["quantity_mods"]),
        set_word=dict(data["set_words"]),
        reference=dict(data["references"]),
        relative_day=dict(data["relative_days"]),
        fixed_holiday={k: tuple(v) for k, v in data["fixed_holidays"].items()},
        weekday_holiday={k: tuple(v) for k, v in data["weekday_holidays"].items()},
        easter_holiday={k: int(v) for k, v in data.get("easter_holidays", {}).items()},
        year_blockers=frozenset(data["year_blockers"]),
        future_cues=frozenset(data["future_cues"]),
        deadline_verbs=frozenset(data.get("deadline_verbs", [])),
        stative_verbs=frozenset(data.get("stative_verbs", [])),
        name_months=frozenset(data["name_months"]),
        capitalised_before_month=frozenset(data["capitalised_before_month"]),
        name_month_followers=frozenset(data.get("name_month_followers", [])),
        MONTH=_capitalised(data["months"]),
        WEEKDAY=_capitalised(data["weekdays"]),
        UNIT=_alt(unit_words, "i"),
        NUMBER=NUMBER,
        cumulative_periods=frozenset(data.get("cumulative_periods", [])),
        announcing_verbs=frozenset(data.get("announcing_verbs", [])),
    )


__all__ = ["Lexicon", "lexicon"]
