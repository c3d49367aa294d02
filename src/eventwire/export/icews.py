"""ICEWS-style TSV: dyadic CAMEO events in the column layout of the ICEWS coded-event files.

ICEWS rows have one source and one target, so an event with several actors or recipients
becomes one row per (actor, recipient) pair; an event without a recipient keeps one row
with empty target columns. Country columns hold names, as ICEWS writes them. The column
list is ``data/icews_columns.tsv``.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Actor, Article, Event
from .tabular import cameo_name, cell, columns, country_name, day, event_day, number, place_levels, sector_name

COLUMNS: tuple[str, ...] = columns("icews_columns.tsv")

#: Actor kinds that stand for a whole country (named by the country in ICEWS).
_COUNTRY_KINDS = frozenset({"country"})


def actor_name(actor: Actor) -> str:
    """The ICEWS-style name: a country by its name, a group of people by "Sector (Country)",
    anyone else (a person, an organisation) by their canonical name."""
    country = country_name(actor.country)
    if actor.kind in _COUNTRY_KINDS and country:
        return country
    if actor.kind == "group" and actor.sector and country:
        return f"{sector_name(actor.sector)} ({country})"
    return actor.name or actor.text


def _party(actor: Actor | None) -> list[str]:
    if actor is None:
        return ["", "", ""]
    return [cell(actor_name(actor)), cell(sector_name(actor.sector) if actor.sector else ""),
            cell(country_name(actor.country))]


def _same(a: Actor | None, b: Actor | None) -> bool:
    if a is None or b is None:
        return False
    if a.entity >= 0 and a.entity == b.entity:
        return True
    return (a.name or a.text) == (b.name or b.text) and a.country == b.country


def dyads(event: Event) -> list[tuple[Actor | None, Actor | None]]:
    """(actor, recipient) pairs of an event: the product of its actors and recipients,
    without pairing a participant with itself (a reciprocal "A and B met each other" listing
    both on both sides gives A-B and B-A) unless that is all there is."""
    actors: list[Actor | None] = list(event.actor) or [None]
    recipients: list[Actor | None] = list(event.recipient) or [None]
    pairs = [(a, r) for a in actors for r in recipients]
    return [(a, r) for a, r in pairs if not _same(a, r)] or pairs


def event_to_icews(event: Event, article: Article) -> Iterator[list[str]]:
    """The ICEWS-layout rows of one event (one per dyad), as lists of strings."""
    code = str(event.cameo.code or "")
    p = event.where
    city, district, province = place_levels(p)
    pairs = dyads(event)
    for n, (source, target) in enumerate(pairs, 1):
        row = [
            cell(event.id if len(pairs) == 1 else f"{event.id}-{n}"),
            day(event_day(event, article)),
            *_party(source),
            cell(cameo_name(code)),
            cell(code),
            number(event.cameo.goldstein, 2),
            *_party(target),
            cell(article.id),
            str(event.sentence + 1),
            cell(article.outlet),
            cell(city), cell(district), cell(province),
            cell(country_name(p.country) if p else None),
            number(p.lat if p else None), number(p.lon if p else None),
        ]
        assert len(row) == len(COLUMNS)
        yield row
