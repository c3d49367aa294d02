"""POLECAT-style TSV: one row per event in the column layout of the POLECAT weekly files.

POLECAT codes PLOVER events, so the mapping is direct: PLOVER type, mode, intensity and
contexts; every actor and recipient in ``;``-joined cells (positions line up across the
Name, Country, COW and Sector columns); the event's place; and the story's people,
organisations and places. The column list is ``data/polecat_columns.tsv``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .. import __version__
from ..model import Actor, Article, Event
from ..pubdate import as_date
from .tabular import cell, columns, cow_code, day, event_day, joined, number, place_levels, quad_name

COLUMNS: tuple[str, ...] = columns("polecat_columns.tsv")


@dataclass(frozen=True)
class Story:
    """What the whole article names: POLECAT's Story People/Organizations/Locations."""

    people: tuple[str, ...] = ()
    organizations: tuple[str, ...] = ()
    locations: tuple[str, ...] = ()


def _distinct(values: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(v for v in values if v))


def story_from_layers(layers: Mapping[str, Any] | None) -> Story:
    """The story lists from an article's stored annotation layers (``entities``, ``places``)."""
    if not layers:
        return Story()
    people, orgs = [], []
    for e in layers.get("entities") or ():
        name = (e.get("name") or e.get("text") or "").strip()
        if e.get("kind") == "person":
            people.append(name)
        elif e.get("kind") == "organization":
            orgs.append(name)
    places = [(p.get("name") or p.get("text") or "").strip() for p in layers.get("places") or ()]
    return Story(_distinct(people), _distinct(orgs), _distinct(places))


def _names(actors: list[Actor]) -> str:
    return joined(a.name or a.text for a in actors)


def _role(actors: list[Actor]) -> list[str]:
    """Name, Country, COW, Primary Sector, Sectors, Title, Name Raw, Wikipedia ID."""
    return [
        _names(actors),
        joined(a.country for a in actors),
        joined(cow_code(a.country) for a in actors),
        cell(actors[0].sector) if actors else "",
        joined(a.sector for a in actors),
        "",  # Title: eventwire keeps no titles apart from names
        joined(a.text for a in actors),
        "",  # Wikipedia ID: the knowledge base has its own and Wikidata ids, not Wikipedia's
    ]


def event_to_polecat(event: Event, article: Article, story: Story | None = None) -> list[str]:
    """The POLECAT-layout cells of one event, as strings (``len(COLUMNS)`` of them)."""
    story = story or Story()
    p = event.where
    city, district, province = place_levels(p)
    mode = event.plover.mode if event.plover.mode not in (None, "unspecified") else ""
    row = [
        cell(event.id),
        day(event_day(event, article)),
        cell(event.plover.type),
        cell(mode),
        number(event.plover.intensity, 2),
        quad_name(event.cameo.quad_class),
        joined(event.plover.context),
        *_role(event.actor),
        *_role(event.recipient),
        cell((p.name or p.text) if p else None),
        cell(city), cell(district), cell(province),
        cell(p.country if p else None),
        number(p.lat if p else None), number(p.lon if p else None),
        cell(p.geonameid if p else None),
        cell(p.text if p else None),
        cell(p.feature_code if p else None),
        cell(article.outlet),
        day(as_date(article.published)),
        joined(story.people), joined(story.organizations), joined(story.locations),
        cell(article.language),
        cell(__version__),
        cell(article.id),
    ]
    assert len(row) == len(COLUMNS)
    return row
