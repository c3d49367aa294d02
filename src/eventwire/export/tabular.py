"""Helpers shared by the tab-separated layouts (POLECAT, ICEWS): cells, days, codes, names.

TSV files of this kind have no quoting, so every cell is cleaned of tabs and line breaks
(:func:`cell`), and lists inside one cell are ``;``-joined with ``;`` removed from the
items (:func:`joined`). Code tables live in ``data/`` and are loaded once.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable
from typing import Any

import pycountry

from ..model import Article, Event, Place
from ..pubdate import as_date
from ..resources import load_tsv

PACKAGE = "eventwire.export"


def cell(value: Any) -> str:
    """One TSV cell: ``None`` is empty; tabs, newlines and other line breaks become spaces."""
    if value is None:
        return ""
    text = str(value)
    if text.isprintable():  # the common case: no tab, no line break, no control character
        return text
    # str.splitlines() breaks on these too, so a reader splitting lines would see extra rows.
    return " ".join(text.replace("\t", " ").splitlines())


def joined(values: Iterable[Any]) -> str:
    """Several values in one cell, ``;``-separated (positions kept); empty if all are empty."""
    items = [cell(v).replace(";", ",") for v in values]
    return ";".join(items) if any(items) else ""


def day(value: dt.date | None) -> str:
    return value.isoformat() if value is not None else ""


def event_day(event: Event, article: Article) -> dt.date | None:
    """The event's start day, else the publication day (the only day the text is known to exist)."""
    if event.when is not None and event.when.start is not None:
        return event.when.start
    return as_date(article.published)


def number(value: float | None, digits: int = 5) -> str:
    """A float without trailing noise (``59.91273``, ``-10``); empty for ``None``."""
    if value is None or value != value:  # None or NaN
        return ""
    text = f"{float(value):.{digits}f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


@functools.cache
def columns(name: str) -> tuple[str, ...]:
    """The column names listed in ``data/<name>`` (first field of each row)."""
    return tuple(r["column"] for r in load_tsv(PACKAGE, name))


@functools.cache
def _table(name: str, key: str, value: str, package: str = PACKAGE) -> dict[str, str]:
    return {r[key]: r[value] for r in load_tsv(package, name)}


def cow_code(iso3: str | None) -> str:
    """Correlates of War state number for an ISO3 country code; empty if it has none."""
    return _table("cow_codes.tsv", "iso3", "cow").get(iso3 or "", "")


def quad_name(quad: int | None) -> str:
    return _table("quad_names.tsv", "quad", "name").get(str(quad), "") if quad is not None else ""


@functools.cache
def country_name(iso3: str | None) -> str:
    """The country's name as ICEWS writes it; empty for non-country codes (IGO, NGO...)."""
    if not iso3:
        return ""
    override = _table("icews_country_names.tsv", "iso3", "name").get(iso3)
    if override:
        return override
    c = pycountry.countries.get(alpha_3=iso3)
    return (getattr(c, "common_name", None) or c.name) if c is not None else ""


def sector_name(sector: str | None) -> str:
    """ICEWS-style sector name for a PLOVER sector code (the code itself when unnamed)."""
    return _table("icews_sectors.tsv", "sector", "name").get(sector or "", sector or "")


@functools.cache
def cameo_name(code: str) -> str:
    """The CAMEO event name of ``code`` (of its nearest listed parent when the code is unlisted)."""
    names = _table("cameo_codes.tsv", "code", "name", "eventwire.events")
    while code:
        if code in names:
            return names[code]
        code = code[:-1]
    return ""


def place_levels(place: Place | None) -> tuple[str, str, str]:
    """``(city, district, province)`` of a place by its PLOVER resolution.

    A city or a spot inside one (resolution 4-5) fills City; a second-level division (3)
    fills District; Province is the first-level division's name (the place itself at 2).
    """
    if place is None:
        return "", "", ""
    name = place.name or place.text
    res = place.resolution or 0
    city = name if res >= 4 else ""
    district = name if res == 3 else ""
    province = name if res == 2 else ((place.admin1 or "") if res > 2 else "")
    return city, district, province

