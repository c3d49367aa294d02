"""Whether two event mentions can be one real-world event, and how strongly the evidence says so.

Each dimension (type, modality, actors, named participants, date, place) either vetoes a
merge (returns ``None``) or adds evidence. :func:`score` sums them; the clusterer merges
when the sum reaches the threshold and an anchor (actors, a named participant or a place)
took part, so type and date alone never merge two mentions.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass

from ..model import Actor, Place
from .mention import EventMention
from .settings import DedupSettings

_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)


@dataclass(frozen=True, slots=True)
class Ident:
    """A participant's identity: knowledge-base id and/or name tokens, with its kind."""

    kb: str | None
    tokens: frozenset[str]
    kind: str
    #: Last name token (people are usually re-mentioned by it).
    last: str | None = None


@dataclass(slots=True)
class Features:
    """A mention's comparison features, derived once (see :func:`features`)."""

    mention: EventMention
    type: str
    family: str
    group: str
    symmetric: bool
    window: tuple[dt.date, dt.date] | None
    date_class: str  # precise | coarse | other
    actor_c: frozenset[str]
    recip_c: frozenset[str]
    actor_ids: tuple[Ident, ...]
    recip_ids: tuple[Ident, ...]
    place: Place | None
    resolution: int


@dataclass(frozen=True, slots=True)
class Score:
    """Summed evidence for one pair, and whether the anchors (actors, identity, place) suffice."""

    total: float
    anchored: bool
    parts: tuple[tuple[str, float], ...] = ()


def _shift(day: dt.date, days: int) -> dt.date:
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        return dt.date.max if days > 0 else dt.date.min


def is_fallback(m: EventMention) -> bool:
    """The date is the publication-day fallback (or missing), not read from the text."""
    w = m.when
    return w is None or w.precision == "unknown" or w.basis in ("publication", "none") or (w.start is None and w.end is None)


def window(m: EventMention, s: DedupSettings) -> tuple[dt.date, dt.date] | None:
    """The days the event may have happened on, widened by the precision's tolerance.

    ``None`` when nothing is known (no date and no publication date): compatible with any date.
    """
    w = m.when
    if is_fallback(m):
        anchor = (w.anchor if w is not None else None) or m.published or (w.start if w is not None else None)
        if anchor is None:
            return None
        if s.modality_group.get(m.modality) == "unrealised":
            return anchor, _shift(anchor, s.future_days)
        return _shift(anchor, -s.unknown_before_days), _shift(anchor, s.unknown_after_days)
    assert w is not None
    tol = s.tolerance_days.get(w.precision, 0)
    lo = _shift(w.start, -tol) if w.start is not None else dt.date.min
    hi = _shift(w.end, tol) if w.end is not None else dt.date.max
    return (lo, hi) if lo <= hi else (hi, lo)


def _ident(a: Actor, s: DedupSettings) -> Ident | None:
    if a.kind == "country" or (not a.kb_id and not (a.name or a.text)):
        return None
    words = [t for t in _TOKEN.findall((a.name or a.text).lower()) if len(t) > 1 and t not in s.name_stopwords]
    if not a.kb_id and not words:
        return None
    return Ident(a.kb_id or None, frozenset(words), a.kind, words[-1] if words else None)


def resolution(p: Place) -> int:
    """PLOVER resolution, inferred from the feature code when the gazetteer left it empty."""
    if p.resolution:
        return int(p.resolution)
    code = (p.feature_code or "").upper()
    if code.startswith("PCL"):
        return 1
    if code == "ADM1":
        return 2
    if code.startswith("ADM"):
        return 3
    return 4 if p.lat is not None else 1


def features(m: EventMention, s: DedupSettings) -> Features:
    """Everything :func:`score` compares, computed once per mention or cluster profile."""
    w = window(m, s)
    if is_fallback(m):
        date_class = "other"
    elif m.when is not None and m.when.precision in s.precise:
        date_class = "precise"
    elif m.when is not None and m.when.precision in s.coarse:
        date_class = "coarse"
    else:
        date_class = "other"
    ids = lambda actors: tuple(i for i in (_ident(a, s) for a in actors) if i is not None)  # noqa: E731
    return Features(
        mention=m, type=m.plover_type, family=s.type_family.get(m.plover_type, m.plover_type),
        group=s.modality_group.get(m.modality, "factual"), symmetric=m.plover_type in s.symmetric_types,
        window=w, date_class=date_class, actor_c=m.actor_countries, recip_c=m.recipient_countries,
        actor_ids=ids(m.actors), recip_ids=ids(m.recipients), place=m.where,
        resolution=resolution(m.where) if m.where is not None else 0,
    )


# ----- dimensions -------------------------------------------------------------------------
def type_evidence(a: Features, b: Features, s: DedupSettings) -> float | None:
    if not a.type or not b.type:
        return None
    if a.type == b.type:
        same_code = a.mention.cameo_code and a.mention.cameo_code == b.mention.cameo_code
        return s.weight("type_same") + (s.weight("cameo_same") if same_code else 0.0)
    if a.family == b.family:
        return s.weight("type_family")
    return None


def _side(x: frozenset[str], y: frozenset[str], s: DedupSettings) -> float | None:
    """Country sets of one role: ``None`` conflict, 0 unknown, else the evidence."""
    if not x or not y:
        return 0.0
    if x == y:
        return s.weight("actors_equal")
    if x <= y or y <= x:
        return s.weight("actors_subset")
    return None


def actor_evidence(a: Features, b: Features, s: DedupSettings) -> float | None:
    """Country-level agreement of the participants (in either direction for symmetric types)."""
    if a.symmetric and b.symmetric:
        return _side(a.actor_c | a.recip_c, b.actor_c | b.recip_c, s)
    v1 = _side(a.actor_c, b.actor_c, s)
    v2 = _side(a.recip_c, b.recip_c, s)
    if v1 is None or v2 is None:
        return None
    known1 = bool(a.actor_c and b.actor_c)
    known2 = bool(a.recip_c and b.recip_c)
    if known1 and known2:
        return (v1 + v2) / 2
    if known1 or known2:
        return (v1 + v2) * s.weight("actors_one_side")
    return 0.0


def _same(x: Ident, y: Ident) -> bool:
    """One participant: the same kb id, or one name inside the other ("Trump" in "Donald
    Trump"), or, for people, the same last name token ("Comedian Ellen DeGeneres")."""
    if x.kb and y.kb:
        return x.kb == y.kb
    if not x.tokens or not y.tokens:
        return False
    if x.tokens <= y.tokens or y.tokens <= x.tokens:
        return True
    return x.kind == "person" and y.kind == "person" and x.last is not None and x.last == y.last


def _different(x: Ident, y: Ident) -> bool:
    """Surely two people: different kb ids, or names without a word in common."""
    if x.kb and y.kb:
        return x.kb != y.kb
    return bool(x.tokens and y.tokens) and not (x.tokens & y.tokens)


def _role_identity(xs: tuple[Ident, ...], ys: tuple[Ident, ...], s: DedupSettings) -> bool | None:
    """True: a named participant recurs; False: only different named people; None: no information."""
    if not xs or not ys:
        return None
    if any(_same(x, y) for x in xs for y in ys):
        return True
    px = [x for x in xs if x.kind in s.identity_kinds]
    py = [y for y in ys if y.kind in s.identity_kinds]
    if px and py and all(_different(x, y) for x in px for y in py):
        return False
    return None


def identity_evidence(a: Features, b: Features, s: DedupSettings) -> float | None:
    if a.symmetric and b.symmetric:
        roles = [_role_identity(a.actor_ids + a.recip_ids, b.actor_ids + b.recip_ids, s)]
    else:
        roles = [_role_identity(a.actor_ids, b.actor_ids, s), _role_identity(a.recip_ids, b.recip_ids, s)]
    if False in roles:
        return None
    return s.weight("identity") if True in roles else 0.0


def _open(w: tuple[dt.date, dt.date]) -> bool:
    return w[0] == dt.date.min or w[1] == dt.date.max


def date_evidence(a: Features, b: Features, s: DedupSettings) -> float | None:
    if a.window is None or b.window is None:
        return 0.0
    if _open(a.window) != _open(b.window):
        # "since 2009", "no later than ...": a span of time, not the day of one event.
        return None
    if a.window[1] < b.window[0] or b.window[1] < a.window[0]:
        return None
    classes = {a.date_class, b.date_class}
    if classes == {"precise"}:
        return s.weight("date_precise")
    if classes <= {"precise", "coarse"}:
        return s.weight("date_coarse")
    return 0.0


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def place_evidence(a: Features, b: Features, s: DedupSettings) -> float | None:
    """Same feature, nearby points, or containment; different countries or distant points veto."""
    p, q = a.place, b.place
    if p is None or q is None:
        return 0.0
    if p.geonameid is not None and p.geonameid == q.geonameid:
        return s.weight("place_same")
    if p.country and q.country and p.country != q.country:
        return None
    rp, rq = a.resolution, b.resolution
    if rp == 1 and rq == 1:
        return s.weight("place_same") if p.country and p.country == q.country else 0.0
    if rp == 1 or rq == 1:  # a country contains everything in it
        return s.weight("place_contains") if p.country and q.country else 0.0
    dist = None
    if None not in (p.lat, p.lon, q.lat, q.lon):
        dist = haversine_km(p.lat, p.lon, q.lat, q.lon)  # type: ignore[arg-type]
    if rp >= 3 and rq >= 3:
        if dist is None:
            return 0.0
        return s.weight("place_near") if dist <= s.near_km else None
    # At least one admin1-level region: same admin1 code (or a near point) means containment.
    if p.admin1 and q.admin1 and p.country == q.country:
        return s.weight("place_contains") if p.admin1 == q.admin1 else None
    if dist is not None:
        return s.weight("place_contains") if dist <= s.region_km else None
    return 0.0


def lemma_evidence(a: Features, b: Features, s: DedupSettings) -> float:
    return s.weight("lemma_same") if a.mention.lemmas & b.mention.lemmas else 0.0


def score(a: Features, b: Features, s: DedupSettings) -> Score | None:
    """Evidence that ``a`` and ``b`` are one event, or ``None`` when something rules it out."""
    if a.group != b.group:
        return None
    parts: list[tuple[str, float]] = []
    # Cheapest and most often vetoing first.
    for name, fn in (("date", date_evidence), ("type", type_evidence), ("actors", actor_evidence),
                     ("place", place_evidence), ("identity", identity_evidence)):
        v = fn(a, b, s)
        if v is None:
            return None
        parts.append((name, v))
    parts.append(("lemma", lemma_evidence(a, b, s)))
    d = dict(parts)
    anchored = d["actors"] + d["identity"] + d["place"] >= s.min_anchor
    return Score(round(sum(v for _, v in parts), 6), anchored, tuple(parts))


def match(a: Features, b: Features, s: DedupSettings) -> Score | None:
    """The score when it is high enough to merge, else ``None``."""
    sc = score(a, b, s)
    if sc is None or not sc.anchored or sc.total < s.merge_threshold:
        return None
    return sc
