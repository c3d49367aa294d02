"""The people knowledge base: who held which office when (``data/people.tsv``).

A person is coded by the office held on the article's publication date: a president is
GOV only while in office, ELI (former official) after leaving it, and before taking
office keeps only the country. Offices of armed groups keep their sector (REB).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

from ..resources import load_tsv

PACKAGE = "eventwire.actors"

#: Sectors of state offices: leaving one makes a person ELI (former official).
STATE_SECTORS = frozenset({"GOV", "LEG", "JUD", "MIL", "SPY", "COP"})

#: Which offices answer a title word in a description ("the Russian president").
OFFICE_RANK = {"HOS": 0, "LEADER": 0, "HOG": 1, "FM": 2}


@dataclass(frozen=True, slots=True)
class Term:
    """One stint in one office."""

    country: str
    offices: frozenset[str]
    title: str
    sector: str
    start: dt.date | None
    end: dt.date | None

    def active(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass(frozen=True, slots=True)
class Person:
    id: str
    name: str
    aliases: tuple[str, ...]
    terms: tuple[Term, ...]
    wikidata: str | None

    @property
    def kb_id(self) -> str:
        return self.wikidata or f"person:{self.id}"

    def rank(self, day: dt.date | None) -> int:
        """Lower is more prominent (heads of state first); used to break alias ties."""
        terms = [t for t in self.terms if day is None or t.active(day)]
        ranks = [OFFICE_RANK.get(o, 5) for t in terms for o in t.offices]
        return min(ranks, default=9)


@dataclass(frozen=True, slots=True)
class Status:
    """A person's standing on a given day."""

    country: str | None
    sector: str | None
    term: Term | None  # the office held that day, if any


def _date(text: str) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def slug(name: str) -> str:
    from .lexicon import fold

    return re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-")


@functools.cache
def people() -> dict[str, Person]:
    """Every person in the knowledge base by id (rows with the same name are merged)."""
    rows: dict[str, list[dict[str, str]]] = {}
    for row in load_tsv(PACKAGE, "people.tsv"):
        rows.setdefault(slug(row["name"]), []).append(row)
    out = {}
    for pid, group in rows.items():
        aliases: list[str] = []
        for r in group:
            aliases += [a.strip() for a in r["aliases"].split("|") if a.strip() and a.strip() not in aliases]
        terms = tuple(
            sorted(
                (
                    Term(r["country"], frozenset(r["office"].split("|")), r["title"], r["sector"] or "GOV",
                         _date(r["start"]), _date(r["end"]))
                    for r in group
                ),
                key=lambda t: t.start or dt.date.min,
            )
        )
        wikidata = next((r["wikidata"] for r in group if r["wikidata"]), None)
        out[pid] = Person(pid, group[0]["name"], tuple(aliases), terms, wikidata)
    return out


def status(person: Person, day: dt.date | None) -> Status:
    """Country and sector of ``person`` on ``day``.

    Without a date the most recent office is taken as current (documented fallback).
    """
    if day is None:
        t = person.terms[-1]
        return Status(t.country, t.sector, t)
    active = [t for t in person.terms if t.active(day)]
    if active:
        t = min(active, key=lambda t: min(OFFICE_RANK.get(o, 5) for o in t.offices))
        return Status(t.country, t.sector, t)
    past = [t for t in person.terms if t.end is not None and t.end <= day]
    if past:
        t = max(past, key=lambda t: t.end or dt.date.min)
        return Status(t.country, "ELI" if t.sector in STATE_SECTORS else t.sector, None)
    # Not yet in any recorded office: the country is known, the sector is not.
    return Status(person.terms[0].country, None, None)


def choose(ids: tuple[str, ...], day: dt.date | None, country: str | None = None) -> Person | None:
    """The person an alias most plausibly names on ``day`` (None when undecidable)."""
    kb = people()
    cands = [kb[i] for i in ids if i in kb]
    if country:
        same = [p for p in cands if any(t.country == country for t in p.terms)]
        cands = same or cands
    if len(cands) <= 1:
        return cands[0] if cands else None
    if day is not None:
        active = [p for p in cands if any(t.active(day) for t in p.terms)]
        if active:
            cands = active
    ranked = sorted(cands, key=lambda p: p.rank(day))
    if len(ranked) > 1 and ranked[0].rank(day) == ranked[1].rank(day):
        return None
    return ranked[0]


@functools.cache
def _holders() -> dict[tuple[str, str], tuple[tuple[Term, Person], ...]]:
    index: dict[tuple[str, str], list[tuple[Term, Person]]] = {}
    for p in people().values():
        for t in p.terms:
            for office in t.offices:
                index.setdefault((t.country, office), []).append((t, p))
    return {k: tuple(v) for k, v in index.items()}


def holder(country: str, office: str, day: dt.date | None, title: str | None = None) -> Person | None:
    """Who held ``office`` (HOS, HOG, FM, LEADER) of ``country`` on ``day``.

    ``title`` (e.g. "president") narrows the search where the office differs by country:
    Iran's president is its head of government, not its leader.
    """
    if day is None:
        return None
    offices = [office]
    if office == "LEADER":
        offices = ["LEADER", "HOS"]
    for off in offices:
        found = []
        for term, person in _holders().get((country, off), ()):
            if term.active(day) and (title is None or title in term.title.lower()):
                found.append(person)
        if len(found) == 1:
            return found[0]
    if title is not None:  # "the Iranian president": any office with that title
        for (c, _), entries in _holders().items():
            if c != country:
                continue
            found = {p.id: p for t, p in entries if t.active(day) and title in t.title.lower()}
            if len(found) == 1:
                return next(iter(found.values()))
    return None


#: Abbreviated titles written before names, as the office words in ``people.tsv`` titles.
_TITLE_WORDS = {"gov.": "governor", "sen.": "senator", "rep.": "representative", "gen.": "general",
                "premier": "prime minister", "chancellor": "chancellor"}


def held_title(person: Person, title: str, day: dt.date | None) -> bool:
    """Whether ``person`` held an office called ``title`` that had ended by ``day``."""
    if day is None:
        return False
    word = _TITLE_WORDS.get(title.lower(), title.lower())
    return any(t.end is not None and t.end <= day and word in t.title.lower() for t in person.terms)
