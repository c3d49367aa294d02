"""Toponym resolution: pick one gazetteer feature per mention, using the whole article.

Rules (from geography and news usage, none fitted to particular documents):

1. **Containment**: "Paris, Texas", "Alexandria, Va.": a qualifier after a comma keeps only
   candidates inside that region or country.
2. **Type cues** in the name: "X Province", "X County", "X City" choose the feature type.
3. **Prior**: population, renown and feature type (countries, capitals, regions), see the
   gazetteer.
4. **Article context**: a candidate in a country (or admin1 region) that the article's other
   toponyms point to gains weight, and so does one near the article's other places (spatial
   minimality) or co-located with possible readings of its other names (one local story's
   towns). A name's own mentions never vote for themselves.
5. **Names the gazetteer lacks**: the finest well-known place named inside the name ("Bank
   of Japan"), or, for buildings and streets, the article's local focus; both flagged
   ``Place.approximate``.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from ..model import Place, Span
from .gazetteer import Candidate, distance_km, get
from .names import key
from .readings import candidates, contained, embedded_places, is_list, part_of, split_qualifier, stands_locally

#: Weight of the article's country context: a share of 1.0 (all other toponyms in the
#: candidate's country) adds this much; merely being mentioned adds _COUNTRY_SEEN.
_COUNTRY_SHARE = 2.5
_COUNTRY_SEEN = 1.0
_ADMIN1_SEEN = 1.5
#: Spatial minimality: a candidate within _NEAR_KM of another resolved place.
_NEAR = 1.0
_NEAR_KM = 150.0
#: Co-location: each other name (up to _COLOCATED_MAX) with a candidate this close.
_COLOCATED = 1.0
_COLOCATED_KM = 50.0
_COLOCATED_MAX = 3
#: A region the article writes as a qualifier ("Camp Murray, Wash."), named bare elsewhere.
_QUALIFIED = 2.0
#: Containment ("Paris, Texas") outweighs every other signal.
_CONTAINED = 6.0


@dataclass(slots=True)
class Toponym:
    """A place name to resolve: its text, optional qualifier ("Texas" in "Paris, Texas"), span."""

    text: str
    qualifier: str | None = None
    span: Span | None = None
    #: Resolve demonyms ("Turkish" → Turkey) too: only for scoring given gold spans.
    allow_demonym: bool = False
    #: The name qualifies the one before it ("Va." in "Alexandria, Va."): a region or country.
    is_qualifier: bool = False
    #: When the gazetteer lacks the name (a street, a building), place it approximately at
    #: the article's local focus: the nearest preceding city or county.
    local_fallback: bool = False


@dataclass(slots=True)
class _Choice:
    toponym: Toponym
    key: str
    cands: list[Candidate] = field(default_factory=list)
    best: Candidate | None = None
    #: For a name the gazetteer lacks: places named inside it ("Bank of Japan" → Japan).
    embedded: list[Candidate] = field(default_factory=list)
    #: The name is a part of its candidates' region ("South Florida", "northern Syria").
    part: bool = False


def _dominant_region(choices: list[_Choice]) -> tuple[str | None, str | None] | None:
    regions = Counter((ch.best.country, ch.best.name if ch.best.feature_code == "ADM1" else ch.best.admin1)
                      for ch in choices if ch.best is not None and ch.best.resolution >= 2 and ch.best.admin1)
    return regions.most_common(1)[0][0] if regions else None


def _focus(i: int, choices: list[_Choice]) -> Candidate | None:
    """The article's local focus for mention ``i``: the nearest preceding city or county of
    the article's most mentioned admin1 region, else the most mentioned city or county."""
    def start(ch: _Choice) -> int:
        return ch.toponym.span.start if ch.toponym.span is not None else choices.index(ch)

    local = [ch for ch in choices if ch.best is not None and ch.best.resolution in (3, 4)]
    if not local:
        return None
    region = _dominant_region(choices)
    in_region = [ch for ch in local if (ch.best.country, ch.best.admin1) == region]  # type: ignore[union-attr]
    pool = in_region or local
    here = start(choices[i])
    before = [ch for ch in pool if start(ch) < here]
    if before:
        return max(before, key=start).best
    counts = Counter(ch.best.row for ch in pool if ch.best is not None)
    row = counts.most_common(1)[0][0]
    return next(ch.best for ch in pool if ch.best is not None and ch.best.row == row)


def _coarse_focus(choices: list[_Choice]) -> Candidate | None:
    """For an article that names no town: its one country, or that country's most mentioned
    first-level region ("a reserve in North West province", "Saint Lucia's parks"). None when
    the article's places lie in several countries: then nothing says where a building is."""
    picks = [ch.best for ch in choices if ch.best is not None and ch.best.country]
    if not picks or len({c.country for c in picks}) > 1:
        return None
    regions = Counter(c.row for c in picks if c.resolution == 2)
    if regions:
        row = regions.most_common(1)[0][0]
        return next(c for c in picks if c.row == row)
    return next((c for c in picks if c.resolution == 1), None)


#: "X in Y", "X, Y", "X at Y": the gap between a name and the place that locates it.
_FOLLOWING_GAP = 8


def _following(i: int, choices: list[_Choice]) -> Candidate | None:
    """The place named right after mention ``i`` ("Palais des Nations in Geneva"), if any."""
    span = choices[i].toponym.span
    if span is None:
        return None
    # A town or county only: a country or state right after a building is too coarse to beat
    # the article's local focus ("City Hall ... United States").
    nxt = [ch for ch in choices if ch.toponym.span is not None and ch.best is not None
           and ch.best.resolution >= 3 and 0 < ch.toponym.span.start - span.end <= _FOLLOWING_GAP]
    return min(nxt, key=lambda ch: ch.toponym.span.start).best if nxt else None  # type: ignore[union-attr]


def _inside(inner: Candidate, outer: Candidate) -> bool:
    if inner.country != outer.country or inner.resolution <= outer.resolution:
        return False
    if outer.resolution == 1:
        return True
    return outer.resolution == 2 and inner.admin1 in (outer.name, outer.admin1)


def _approximate(c: Candidate, t: Toponym, finer: bool = True) -> Place:
    """A place for a name the gazetteer lacks, at the coordinates of ``c`` (which holds it);
    ``finer``: the name is something inside ``c`` (a building, a district), so one step finer."""
    p = to_place(c, t)
    p.approximate = True
    if finer:
        p.resolution = max(c.resolution, 3 if c.resolution <= 2 else 5)
    return p


def _score(c: Candidate, countries: Counter, admin1s: Counter, total: int, near: bool,
           names_country: bool = False) -> float:
    s = c.prior
    if c.country and total:
        n = countries.get(c.country, 0)
        if n:
            s += _COUNTRY_SEEN + _COUNTRY_SHARE * n / total
    elif total:
        # Seas, continents, world regions lie in no country: they fit any article's
        # context as well as its best-fitting country does.
        s += _COUNTRY_SEEN + _COUNTRY_SHARE * max(countries.values()) / total
    if c.alternate and names_country:
        # A country's own name denotes the country: context does not turn "Mexico" into
        # Mexico City (one of whose alternate names it is) because the article also
        # talks about places in the city.
        return s
    if c.admin1 and admin1s.get((c.country, c.admin1)):
        s += _ADMIN1_SEEN
    if near:
        s += _NEAR
    return s


class _Grid:
    """Points in grid cells, each tagged with the name it stands for: "which other names
    have a place within X km of here" without comparing every pair."""

    def __init__(self, cell_deg: float) -> None:
        self.cell = cell_deg
        self.cells: dict[tuple[int, int], list[tuple[float, float, str]]] = {}

    def add(self, lat: float, lon: float, tag: str) -> None:
        self.cells.setdefault((int(lat // self.cell), int(lon // self.cell)), []).append((lat, lon, tag))

    def tags_near(self, lat: float, lon: float, km: float, exclude: str, limit: int) -> int:
        """How many distinct tags other than ``exclude`` have a point within ``km`` (up to ``limit``)."""
        dy = int(km / (111.0 * self.cell)) + 1
        dx = int(km / (111.0 * max(math.cos(math.radians(min(abs(lat), 85.0))), 0.05) * self.cell)) + 1
        cy, cx = int(lat // self.cell), int(lon // self.cell)
        found: set[str] = set()
        for y in range(cy - dy, cy + dy + 1):
            for x in range(cx - dx, cx + dx + 1):
                for la, lo, tag in self.cells.get((y, x), ()):
                    if tag != exclude and tag not in found and distance_km(lat, lon, la, lo) < km:
                        found.add(tag)
                        if len(found) >= limit:
                            return len(found)
        return len(found)


def _colocation(choices: list[_Choice]) -> dict[tuple[str, int], int]:
    """(name key, row) → how many other names of the article could denote a place within
    _COLOCATED_KM of that candidate: small towns of one local story sit together, whichever
    big namesakes exist."""
    grid = _Grid(0.5)
    seen: set[str] = set()
    for ch in choices:
        if ch.cands and ch.key not in seen:
            seen.add(ch.key)
            for c in ch.cands[:10]:
                if c.resolution >= 3:
                    grid.add(c.lat, c.lon, ch.key)
    out: dict[tuple[str, int], int] = {}
    for ch in choices:
        if len(ch.cands) < 2:
            continue
        for c in ch.cands:
            if (ch.key, c.row) not in out:
                out[(ch.key, c.row)] = grid.tags_near(c.lat, c.lon, _COLOCATED_KM, ch.key, _COLOCATED_MAX) \
                    if c.resolution >= 3 else 0
    return out


#: A first-level region's reading of a name ("New York" the state) when the article's other
#: places are mostly regions ("Michigan, Pennsylvania and Wisconsin").
_REGION_SENSE = 1.0


def _kinds(picks: list[tuple[str, Candidate]]) -> dict[str, tuple[int, int]]:
    """Name key → (first-level regions, finer places) among that name's own picks."""
    out: dict[str, tuple[int, int]] = {}
    for k, c in picks:
        r, t = out.get(k, (0, 0))
        out[k] = (r + (c.feature_code == "ADM1"), t + (c.resolution >= 3))
    return out


def _lists_regions(kinds: dict[str, tuple[int, int]], total: tuple[int, int], own: str) -> bool:
    """The article's other sub-national places are mostly first-level regions (two or more,
    three in four): a name with a region reading is then the region too."""
    r, t = kinds.get(own, (0, 0))
    regions, towns = total[0] - r, total[1] - t
    return regions >= 2 and regions >= 3 * towns


def _choose(choices: list[_Choice], given: Counter) -> None:
    """Two passes: each mention's best candidate given the other names' current choices; then,
    for an article of few names, other readings tried as a whole (see _joint)."""
    coloc = _colocation(choices)
    for _ in range(2):
        _pass(choices, given, coloc)
    if len({ch.key for ch in choices if ch.cands}) <= _JOINT_MAX_NAMES:
        _joint(choices, given, coloc)


#: Articles with at most this many distinct names get their readings tried as a whole.
_JOINT_MAX_NAMES = 8
#: Readings per name tried as a seed: the best few by prior, in another country, towns or
#: counties only, at most this far below the current reading's prior.
_JOINT_ALTS = 3
_JOINT_GAP = 3.0


def _joint(choices: list[_Choice], given: Counter, coloc: dict[tuple[str, int], int]) -> None:
    """Greedy passes stick to the first guess of the biggest name: "Edmonton" and "Enfield"
    read as the Canadian city and a Nova Scotia village, though the two London districts, a
    mile apart, fit together better. Seed each name with its other readings in turn, settle
    the rest, and keep the reading of the whole article that scores highest."""
    best_total = _pass(choices, given, coloc, assign=False)
    by_key: dict[str, list[_Choice]] = {}
    for ch in choices:
        if ch.cands and ch.best is not None:
            by_key.setdefault(ch.key, []).append(ch)
    for k, chs in by_key.items():
        current = chs[0].best
        if current is None or current.resolution < 3:
            continue  # a country or region reads the same whatever the towns around it
        ranked = sorted(chs[0].cands, key=lambda c: -c.prior)[:_JOINT_ALTS]
        # Only a reading that other names of the article could stand beside (co-located)
        # can make a better whole.
        for alt in (c for c in ranked if c.country != current.country and c.resolution >= 3
                    and c.prior >= current.prior - _JOINT_GAP and coloc.get((k, c.row), 0) > 0):
            saved = [ch.best for ch in choices]
            for ch in chs:
                ch.best = next((c for c in ch.cands if c.row == alt.row), ch.best)
            _pass(choices, given, coloc, fixed=k)
            _pass(choices, given, coloc)
            total = _pass(choices, given, coloc, assign=False)
            if total > best_total + 1e-9:
                best_total = total
            else:
                for ch, b in zip(choices, saved):
                    ch.best = b


def _pass(choices: list[_Choice], given: Counter, coloc: dict[tuple[str, int], int],
          assign: bool = True, fixed: str | None = None) -> float:
    """One pass: each name's best reading given the others' current ones (``assign``), or
    only the score of the current readings; ``fixed`` keeps one name as it is. Returns the
    sum of the readings' scores."""
    picks = [(ch.key, ch.best) for ch in choices if ch.best is not None]
    all_countries = Counter(c.country for _, c in picks if c.country)
    all_admin1s = Counter((c.country, c.admin1 if c.feature_code != "ADM1" else c.name)
                          for _, c in picks if c.admin1)
    own_countries: dict[str, Counter] = {}
    own_admin1s: dict[str, Counter] = {}
    grid = _Grid(2.0)
    for k, c in picks:
        own_countries.setdefault(k, Counter())[c.country] += bool(c.country)
        if c.admin1:
            own_admin1s.setdefault(k, Counter())[
                (c.country, c.admin1 if c.feature_code != "ADM1" else c.name)] += 1
        if c.resolution >= 3:  # a region's point says little about what lies near it
            grid.add(c.lat, c.lon, k)
    # Regions written as qualifiers ("Camp Murray, Wash.") are the article's own: the
    # same region named bare elsewhere in it is that one ("at home in Washington").
    qualified = {ch.best.row for ch in choices if ch.toponym.is_qualifier and ch.best is not None}
    kinds = _kinds(picks)
    kinds_total = (sum(r for r, _ in kinds.values()), sum(t for _, t in kinds.values()))
    context: dict[str, tuple[Counter, Counter, int]] = {}
    total_score = 0.0
    near: dict[tuple[str, int], bool] = {}
    for ch in choices:
        if not ch.cands:
            continue
        if ch.key not in context:  # the name's own mentions never vote for it
            countries = all_countries - own_countries.get(ch.key, Counter()) + given
            admin1s = all_admin1s - own_admin1s.get(ch.key, Counter())
            context[ch.key] = (countries, admin1s, sum(countries.values()))
        countries, admin1s, total = context[ch.key]
        is_country = any(c.feature_code == "PCLI" and not c.alternate for c in ch.cands)

        regions_listed = _lists_regions(kinds, kinds_total, ch.key)

        def score(c: Candidate) -> float:
            nk = (ch.key, c.row)
            if nk not in near:
                near[nk] = c.resolution >= 3 and grid.tags_near(c.lat, c.lon, _NEAR_KM, ch.key, 1) > 0
            bonus = 0 if c.alternate and is_country else _COLOCATED * coloc.get(nk, 0)
            if c.row in qualified and not ch.toponym.is_qualifier:
                bonus += _QUALIFIED
            if c.feature_code == "ADM1" and regions_listed:
                bonus += _REGION_SENSE
            return _score(c, countries, admin1s, total, near[nk], is_country) + bonus

        if assign and ch.key != fixed:
            ch.best = max(ch.cands, key=score)
        if ch.best is not None:
            total_score += score(ch.best)
    return total_score


#: A village abroad: a place this small, in a country none of the article's other (at least
#: _STRAY_CONTEXT) places lie in, is a namesake of something local the gazetteer lacks.
_STRAY_POP = 10_000
_STRAY_CONTEXT = 3


def _drop_strays(choices: list[_Choice]) -> None:
    """Forget picks that are small towns in a country the article is otherwise not about
    ("Glenrock", a Newcastle, Australia park, is not Glenrock, Wyoming): the name is then
    handled like one the gazetteer lacks."""
    countries = Counter(ch.best.country for ch in choices if ch.best is not None)
    for ch in choices:
        c = ch.best
        if (c is None or c.resolution < 4 or c.population >= _STRAY_POP or ch.toponym.qualifier
                or ch.toponym.is_qualifier):
            continue
        # The name's own mentions, and other names read as the same town ("Glenrock",
        # "Glenrock's"), are no evidence that the article is about that country.
        own = sum(1 for o in choices if o.key == ch.key or o.best is not None and o.best.row == c.row)
        others = sum(countries.values()) - own
        if others >= _STRAY_CONTEXT and countries.get(c.country, 0) - own <= 0:
            ch.best = None


#: A bare name follows the county the article writes out only if its own best reading is a
#: town smaller than this (not "Washington" beside "Washington County").
_COUNTY_NAME_MAX_POP = 100_000


def _counties_written_out(choices: list[_Choice]) -> None:
    """ "Suffolk County police ... arrested in Suffolk": a bare name the article also writes
    with "County" means that county (as read there), unless the name is a capital's, a big
    city's, a region's or a country's."""
    counties: dict[str, Candidate] = {}
    for ch in choices:
        k = key(ch.toponym.text)
        if k.endswith(" county") and ch.best is not None and ch.best.feature_code == "ADM2":
            counties.setdefault(k[: -len(" county")], ch.best)
    if not counties:
        return
    for ch in choices:
        county = counties.get(key(ch.toponym.text))
        top = max(ch.cands, key=lambda c: c.prior, default=None)
        if county is None or top is not None and (top.feature_code in ("PPLC", "PCLI", "ADM1") or
                                                  top.feature_class == "P" and top.population >= _COUNTY_NAME_MAX_POP):
            continue
        ch.best = replace(county)


def resolve_all(toponyms: Sequence[Toponym], context_countries: Iterable[str] = ()) -> list[Place | None]:
    """Resolve every toponym of one article together (context flows between mentions)."""
    g = get()
    choices: list[_Choice] = []
    for t in toponyms:
        text, qual = (t.text, t.qualifier) if t.qualifier else split_qualifier(t.text)
        ch = _Choice(t, key(text), candidates(g, text, t.allow_demonym))
        if t.is_qualifier:
            rows = set(g.qualifier_rows(text))
            regions = [c for c in ch.cands if c.row in rows]
            known = {c.row for c in regions}
            ch.cands = regions + [g.candidate(i) for i in rows if i not in known] or ch.cands
        if not ch.cands and not t.is_qualifier and text.endswith(".") and len(text) > 2:
            # "Walker County (Ga.)": a state abbreviation written apart from its town is
            # still the state, though the abbreviation is kept for qualifiers only. Only a
            # dotted one: bare codes are words too ("OR", "ME", "n't" keyed as "NT").
            ch.cands = [g.candidate(i) for i in dict.fromkeys(g.qualifier_rows(text))]
        if not ch.cands and not t.is_qualifier:
            ch.cands = part_of(g, text)
            ch.part = bool(ch.cands)
        if qual and ch.cands and not is_list(ch.cands, g, qual):
            inside = contained(g, ch.cands, qual)
            for c in inside:
                c.prior += _CONTAINED
            if inside:
                ch.cands = inside
        if not ch.cands:
            ch.embedded = embedded_places(g, text)
        ch.best = max(ch.cands, key=lambda c: c.prior, default=None)
        choices.append(ch)

    # Spellings with the same readings ("Plymouth Co.", "Plymouth County") are one name: they
    # must not vote for each other's first guess.
    same: dict[frozenset[int], str] = {}
    for ch in choices:
        if ch.cands:
            ch.key = same.setdefault(frozenset(c.row for c in ch.cands), ch.key)
    given: Counter = Counter()
    for code in context_countries:
        cc = g.country_iso2(code)
        if cc and g.iso3.get(cc):
            given[g.iso3[cc]] += 1
    _choose(choices, given)
    _counties_written_out(choices)
    _drop_strays(choices)
    out: list[Place | None] = []
    for i, ch in enumerate(choices):
        if ch.best is not None:
            out.append(_approximate(ch.best, ch.toponym, finer=False) if ch.part else to_place(ch.best, ch.toponym))
            continue
        focus = _focus(i, choices) if ch.toponym.local_fallback or ch.embedded else None
        after = _following(i, choices) if ch.toponym.local_fallback or ch.embedded else None
        countries = Counter(c.best.country for c in choices if c.best is not None and c.best.country)
        # A town named inside a longer name counts only in a country the article is about
        # ("Marigny Plantation" in New Orleans is not Plantation, Florida).
        embedded = [c for c in ch.embedded if c.resolution <= 2 or countries.get(c.country)]
        if after is not None and (not embedded or any(after.country == c.country for c in embedded)):
            # "the Palais des Nations in Geneva", "Alder Hey Hospital, Liverpool": the place
            # written right after the name locates it, before any guess from elsewhere.
            out.append(_approximate(after, ch.toponym))
        elif embedded:
            emb = max(embedded, key=lambda c: c.prior + 2.0 * countries.get(c.country, 0))
            # "University of Alberta" in an article about Edmonton: the finer place that lies
            # inside the named one is the better location. A foreign mission ("Russian
            # Embassy", "Embassy of Armenia") stands in the host city: the local focus.
            # Otherwise a demonym names where the body is ("European Central Bank").
            use_focus = focus is not None and (
                _inside(focus, emb) or stands_locally(ch.toponym.text) and focus.country != emb.country)
            out.append(_approximate(focus if use_focus else emb, ch.toponym))
        elif ch.toponym.local_fallback and focus is not None:
            out.append(_approximate(focus, ch.toponym))
        elif ch.toponym.local_fallback and (coarse := _coarse_focus(choices)) is not None:
            # Somewhere in the article's one country or region: as coarse as that.
            out.append(_approximate(coarse, ch.toponym, finer=False))
        else:
            out.append(None)
    return out


def resolve(name: str, context_countries: Iterable[str] = (), allow_demonym: bool = False) -> Place | None:
    """The place ``name`` most likely denotes, given countries the text is about (ISO3/ISO2/names).

    >>> resolve("Georgia", context_countries=["USA"]).admin1
    'Georgia'
    """
    return resolve_all([Toponym(name, allow_demonym=allow_demonym)], context_countries)[0]


def to_place(c: Candidate, t: Toponym) -> Place:
    return Place(
        text=t.text,
        name=c.name,
        geonameid=c.geonameid,
        lat=round(c.lat, 5),
        lon=round(c.lon, 5),
        country=c.country,
        admin1=c.admin1,
        admin1_code=c.admin1_code or None,
        feature_class=c.feature_class,
        feature_code=c.feature_code,
        resolution=c.resolution,
        span=t.span,
    )


__all__ = ["Toponym", "candidates", "resolve", "resolve_all", "split_qualifier", "to_place"]
