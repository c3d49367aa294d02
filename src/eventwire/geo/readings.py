"""What a place name may denote: its gazetteer readings, undoing type cues ("Cook County",
"Plymouth Co."), possessives, qualifiers ("Paris, Texas") and compass parts ("South
Florida"), and the places named inside a longer name the gazetteer lacks ("Bank of Japan").
Choosing among the readings is :mod:`eventwire.geo.disambiguate`'s job."""

from __future__ import annotations

import functools
import re

from ..resources import load_tsv, load_wordlist
from .gazetteer import Candidate, Gazetteer, distance_km
from .names import key


@functools.cache
def _type_cues() -> tuple[tuple[str, frozenset[str], str], ...]:
    rows = load_tsv("eventwire.geo", "type_cues.tsv")
    return tuple((r["word"].lower(), frozenset(r["feature_codes"].split("|")), (r.get("means") or "").strip())
                 for r in rows)


_POSSESSIVE = re.compile(r"[’']s?$")
_LAST_WORD = re.compile(r"[\s\-]+[^\s\-]+$")


def split_qualifier(text: str) -> tuple[str, str | None]:
    """ "Paris, Texas" → ("Paris", "Texas"); a name without a comma is returned whole."""
    if "," in text:
        head, _, qual = text.partition(",")
        if head.strip() and qual.strip():
            return head.strip(), qual.strip()
    return text, None


def candidates(g: Gazetteer, text: str, allow_demonym: bool = False) -> list[Candidate]:
    """Gazetteer candidates for a mention's text, undoing type cues and possessives."""
    text = _POSSESSIVE.sub("", text.strip()) if text.endswith(("'s", "’s", "s'")) else text.strip()
    cands = g.lookup(text)
    k = key(text)
    for word, codes, means in _type_cues():  # "South Pyongan province", "Cook County", "Quebec City"
        if k.endswith(" " + word):
            base = _LAST_WORD.sub("", text).strip(" ,-")  # the cue as written: "County", "Co."
            # "Suffolk County" written out as the region's own name beats a namesake whose
            # name only becomes "Suffolk" once its type words are dropped ("City of Suffolk");
            # an abbreviated cue is looked up written out ("Plymouth Co." → "Plymouth County").
            full = g.lookup(f"{base} {means}") if means else cands
            exact = [c for c in full if not c.alternate and (c.feature_code in codes or c.feature_class in codes)]
            typed = exact or [c for c in g.lookup(base) if c.feature_code in codes or c.feature_class in codes]
            if typed:
                for c in typed:
                    c.prior += 1.0  # the text said what kind of place it is
                return typed + [c for c in cands if c.row not in {t.row for t in typed}]
        elif k.startswith(word + " of "):  # "Province of Quebec", "City of London"
            base = text[len(word) + 4:].strip()
            typed = [c for c in g.lookup(base) if c.feature_code in codes or c.feature_class in codes]
            if typed:
                return typed + cands
    if allow_demonym:  # "Turkish" → Turkey, ahead of any town spelled like the adjective
        c = g.demonym_country(text)
        if c is not None:
            c.prior += 5.0
            cands = [c] + [x for x in cands if x.row != c.row]
    return cands


#: A place embedded in a longer name must be at least this notable to be trusted: "Bank of
#: Japan", "Seoul Central District Court", "Arizona State University" (not "Bend" in
#: "Paddock Hill Bend", which is also some town's name).
_EMBEDDED_MIN_POP = 50_000


def embedded_places(g: Gazetteer, text: str) -> list[Candidate]:
    """Places named inside an unknown name; of several, the finest ("British Embassy Tokyo"
    → Tokyo, not Britain). Generic words ("West", "Central") never count alone, and a part
    of a longer match never counts ("York" inside "New York Auto Show")."""
    generic = load_wordlist("eventwire.geo", "generic_words.txt")
    words = text.split()
    n = len(words)
    heads = load_wordlist("eventwire.geo", "feature_heads.txt")
    if n > 1 and (key(words[-1]) in heads or key(words[0]) in heads):
        return []  # "Mississippi River", "Lake Chad": a feature of its own, not a place in it
    found: list[list[Candidate]] = []
    matched: list[tuple[int, int]] = []
    for size in range(n - 1, 0, -1):
        for start in range(0, n - size + 1):
            if any(a <= start and start + size <= b for a, b in matched):
                continue
            part = " ".join(words[start:start + size])
            if not part[:1].isupper() or key(part) in generic:
                continue
            if len(part) < 3 and not (part.isupper() and any(g.fcode[i] == "PCLI" for i in g.rows(part))):
                continue  # two letters only as a country's code: "US Federal Reserve"
            dem = g.demonym_country(part)
            if dem is not None:
                dem.alternate = True  # marks "named by a demonym": origin more than location
            # An alternate spelling counts when it starts a town's own name
            # ("New York" for New York City), not one of its many other names.
            cands = [dem] if dem is not None else [
                c for c in g.lookup(part)
                if (not c.alternate or c.feature_class == "P" and key(c.name).startswith(key(part)))
                and (c.resolution <= 2 or c.population >= _EMBEDDED_MIN_POP)]
            if cands:
                found.append(cands)
                matched.append((start, start + size))
    if not found:
        return []
    return max(found, key=lambda cs: (max(c.resolution for c in cs), -found.index(cs)))


def stands_locally(text: str) -> bool:
    """ "Russian Embassy", "Embassy of Armenia", "Percy French Hotel": a foreign mission or a
    hotel stands in the story's town, not in the country its name mentions."""
    words = load_wordlist("eventwire.geo", "local_building_words.txt")
    return any(key(w) in words for w in text.split())


def part_of(g: Gazetteer, text: str) -> list[Candidate]:
    """ "South Florida", "northern Syria", "Western US": a compass word before a country,
    first-level region or world region the gazetteer knows names a part of it; the region
    locates it (approximately). Towns do not count ("South Side" is not Side, Turkey)."""
    first, _, rest = text.strip().partition(" ")
    if not rest or key(first) not in load_wordlist("eventwire.geo", "compass_words.txt"):
        return []
    return [c for c in candidates(g, rest) if c.resolution <= 2]


#: A second-level region ("Oulton Park, Cheshire", "Croft, Yorkshire") holds the towns
#: within this distance of its point: candidates carry no county, only a point.
_COUNTY_RADIUS_KM = 100.0


def contained(g: Gazetteer, cands: list[Candidate], qualifier: str) -> list[Candidate]:
    """Candidates inside the region or country ``qualifier`` names (may be empty)."""
    rows = g.qualifier_rows(qualifier)
    if not rows:
        return []
    countries = {g.iso3.get(g.cc[i]) for i in rows if g.fcode[i] == "PCLI"}
    regions = {(g.iso3.get(g.cc[i]), g.names[i]) for i in rows if g.fcode[i] != "PCLI"}
    counties = [(g.iso3.get(g.cc[i]), g.lat[i], g.lon[i]) for i in rows if g.fcode[i] in ("ADM2", "RGN")]
    return [c for c in cands if c.country in countries or (c.country, c.admin1) in regions
            or (c.country, c.name) in regions and c.feature_code != "ADM1"
            or c.resolution >= 4 and any(c.country == cc and distance_km(c.lat, c.lon, la, lo) <= _COUNTY_RADIUS_KM
                                         for cc, la, lo in counties)]


def is_list(cands: list[Candidate], g: Gazetteer, qualifier: str) -> bool:
    """ "Russia, U.S. officials", "Mexico, Canada": a country's own name before a comma
    starts a list, not a containment, unless the qualifier holds a region of that name
    ("Georgia, USA"); a town named like the country ("Russia, Ohio") needs its qualifier
    to be a region, not a country."""
    if not any(c.feature_code == "PCLI" and not c.alternate for c in cands):
        return False
    rows = g.qualifier_rows(qualifier)
    if not rows or not all(g.fcode[i] == "PCLI" for i in rows):
        return False
    return not any(c.resolution <= 3 for c in contained(g, cands, qualifier))
