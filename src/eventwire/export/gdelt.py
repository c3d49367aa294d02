"""GDELT 2.0 layouts: the 61-column events table and the mentions table, tab-separated.

CAMEO codes stay strings with their leading zeros; geographic country columns use FIPS
10-4 codes as GDELT defines them (``data/iso3_fips.tsv``), actor country columns CAMEO
country codes. An actor's location is the event's place where the actor must be there (see
:func:`actor_place`); tone, which eventwire does not measure, stays empty.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

import pycountry

from ..model import Actor, Article, Event, Place
from ..pubdate import as_date
from ..resources import load_tsv, load_wordlist

EVENT_COLUMNS: tuple[str, ...] = (
    "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
    *(f"Actor{n}{c}" for n in (1, 2) for c in (
        "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
        "Religion2Code", "Type1Code", "Type2Code", "Type3Code")),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"{p}Geo_{c}" for p in ("Actor1", "Actor2", "Action") for c in (
        "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")),
    "DATEADDED", "SOURCEURL",
)
assert len(EVENT_COLUMNS) == 61

MENTION_COLUMNS: tuple[str, ...] = (
    "GlobalEventID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
    "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset",
    "InRawText", "Confidence", "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras",
)


@functools.cache
def _fips() -> dict[str, str]:
    return {r["iso3"]: r["fips"] for r in load_tsv("eventwire.export", "iso3_fips.tsv")}


@functools.cache
def _cameo_country() -> dict[str, str]:
    return {r["iso3"]: r["cameo"] for r in load_tsv("eventwire.export", "cameo_country.tsv")}


@functools.cache
def _sector_type() -> dict[str, str]:
    return {r["sector"]: r["cameo_type"] for r in load_tsv("eventwire.export", "sector_cameo_type.tsv")}


@functools.cache
def _copresent() -> tuple[str, ...]:
    return tuple(load_wordlist("eventwire.export", "copresent_cameo.txt"))


def actor_place(actor: Actor | None, event: Event) -> Place | None:
    """Where an actor was: the event's place if it lies in the actor's country, or if the
    event brings its participants together (a visit, a meeting: ``data/copresent_cameo.txt``)."""
    place = event.where
    if actor is None or place is None:
        return None
    if actor.country and actor.country == place.country:
        return place
    if str(event.cameo.code or "").startswith(_copresent()):
        return place
    return None


@functools.cache
def _is_country(code: str) -> bool:
    return code == "XKX" or pycountry.countries.get(alpha_3=code) is not None


def iso3_to_fips(iso3: str | None) -> str:
    """FIPS 10-4 code for an ISO3 country code; empty if unknown."""
    return _fips().get(iso3 or "", "")


def global_event_id(event_id: str) -> int:
    """A stable positive 60-bit integer from eventwire's event id (GDELT ids are integers)."""
    return int(event_id.lstrip("e")[:15], 16)


def _event_day(event: Event, article: Article) -> dt.date | None:
    if event.when is not None and event.when.start is not None:
        return event.when.start
    return as_date(article.published)


def _clean(value: Any) -> str:
    # Tabs and newlines would break the row; GDELT has no quoting.
    return "" if value is None else str(value).replace("\t", " ").replace("\n", " ").replace("\r", " ")


def _actor_cols(actor: Actor | None) -> list[str]:
    if actor is None:
        return [""] * 10
    country = actor.country or ""
    is_country = bool(country) and _is_country(country)
    cameo_country = _cameo_country().get(country, country) if is_country else ""
    known_group = country if country and not is_country else ""
    type1 = _sector_type().get(actor.sector or "", "")
    code = actor.cameo or (cameo_country + type1) or known_group
    name = (actor.name or actor.text or "").upper()
    return [code, name, cameo_country, known_group, "", "", "", type1, "", ""]


def _geo_type(place: Place) -> int:
    """GDELT geo type: 1 country, 2 US state, 3 US city, 4 world city, 5 world state."""
    us = place.country == "USA"
    if place.resolution == 1:
        return 1
    if place.resolution in (2, 3):
        return 2 if us else 5
    return 3 if us else 4


def _geo_cols(place: Place | None) -> list[str]:
    if place is None or (place.lat is None and not place.country):
        return ["0", "", "", "", "", "", "", ""]
    fips = iso3_to_fips(place.country)
    # GDELT's ADM1Code: the country's FIPS code for a country, FIPS country + FIPS admin1
    # ("USTX") below it; empty where the admin1 code is unknown rather than a made-up one.
    if place.resolution == 1:
        adm1 = fips
    else:
        adm1 = place.admin1_code or ""
    feature = place.geonameid if place.resolution != 1 else fips
    return [str(_geo_type(place)), _clean(place.name or place.text), fips, adm1, "",
            "" if place.lat is None else f"{place.lat:.5f}", "" if place.lon is None else f"{place.lon:.5f}",
            _clean(feature)]


def _stamp(article: Article, day: dt.date | None) -> str:
    p = article.published
    if isinstance(p, dt.datetime):
        if p.tzinfo is not None:
            p = p.astimezone(dt.timezone.utc)
        return p.strftime("%Y%m%d%H%M%S")
    d = as_date(p) or day
    return d.strftime("%Y%m%d000000") if d else ""


def event_to_gdelt(event: Event, article: Article, counts: tuple[int, int, int] | None = None) -> list[str]:
    """The 61 GDELT 2.0 event columns of one event, as strings.

    ``counts`` = (mentions, sources, articles) of the event's dedup cluster; without one the
    event counts as its own single mention.
    """
    mentions, sources, articles = counts or (1, 1, 1)
    day = _event_day(event, article)
    code = str(event.cameo.code or "")
    fraction = ""
    if day is not None:
        fraction = f"{day.year + (day.timetuple().tm_yday / 365.0):.4f}"
    row = [
        str(global_event_id(event.id)),
        day.strftime("%Y%m%d") if day else "",
        day.strftime("%Y%m") if day else "",
        str(day.year) if day else "",
        fraction,
        *_actor_cols(event.actor[0] if event.actor else None),
        *_actor_cols(event.recipient[0] if event.recipient else None),
        "1" if event.sentence == 0 else "0",
        code, code[:3], event.cameo.root or code[:2],
        "" if event.cameo.quad_class is None else str(event.cameo.quad_class),
        "" if event.cameo.goldstein is None else f"{event.cameo.goldstein:g}",
        str(mentions), str(max(1, sources)), str(articles), "",
        *_geo_cols(actor_place(event.actor[0] if event.actor else None, event)),
        *_geo_cols(actor_place(event.recipient[0] if event.recipient else None, event)),
        *_geo_cols(event.where),
        _stamp(article, day),
        _clean(article.url or article.id),
    ]
    return [_clean(x) for x in row]


def event_to_gdelt_mention(event: Event, article: Article) -> list[str]:
    """The GDELT 2.0 mentions-table row linking the event to the article that reports it."""
    day = _event_day(event, article)
    stamp = _stamp(article, day)
    first_actor = event.actor[0].spans[0].start if event.actor and event.actor[0].spans else -1
    first_recip = event.recipient[0].spans[0].start if event.recipient and event.recipient[0].spans else -1
    return [_clean(x) for x in (
        global_event_id(event.id), stamp, stamp, 1, article.outlet or "", article.url or article.id,
        event.sentence + 1, first_actor, first_recip, event.trigger.start, 1,
        round(100 * float(event.confidence)), len(article.text), "", "", "",
    )]
