"""Greedy, incremental clustering of event mentions into real-world events.

Mentions are added one at a time (in the canonical order of :attr:`EventMention.sort_key`
when a whole set is clustered); each joins the best-scoring existing cluster it matches
(:func:`~eventwire.dedup.compare.match` against the cluster's canonical profile) or founds
a new one. Clusters never merge with each other afterwards, so earlier assignments stay
put when new articles arrive: adding the same mentions again changes nothing.
"""

from __future__ import annotations

import collections
import datetime as dt
import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from ..model import CameoCoding, EventCluster, PloverCoding
from .compare import Features, features, is_fallback, match, resolution
from .mention import EventMention
from .settings import PRECISION_RANK, DedupSettings

#: How an event got its date, from most to least direct (time stage ``TimeRef.basis``).
_BASIS_RANK = {"clause": 0, "sentence": 1, "previous_sentence": 2}
#: Days per index time bucket, and how many buckets an entry may span before it goes to
#: the "any time" list instead (about two years).
_BUCKET_DAYS = 7
_MAX_BUCKETS = 104


def cluster_id(founder_event_id: str) -> str:
    """Stable id of the cluster an event founded."""
    return "c" + hashlib.blake2b(founder_event_id.encode("utf-8"), digest_size=10).hexdigest()


@dataclass(frozen=True, slots=True)
class Assignment:
    """Where one mention went: its cluster, the match score (``None`` for a founder), new or not."""

    event_id: str
    cluster_id: str
    score: float | None
    founded: bool


@dataclass
class Cluster:
    """A cluster under construction: members in joining order and the current canonical profile."""

    id: str
    rank: int  # creation order, the tie-breaker between equally good clusters
    members: list[EventMention] = field(default_factory=list)
    scores: list[float | None] = field(default_factory=list)
    profile: EventMention | None = None
    feats: Features | None = None
    #: CAMEO codes and lemmas of the members, by article (for the re-mention rule).
    by_article: dict[str, set[str]] = field(default_factory=dict)

    def note(self, m: EventMention) -> None:
        self.by_article.setdefault(m.article_id, set()).update(
            x for x in ("c:" + m.cameo_code if m.cameo_code else "", "l:" + m.lemma if m.lemma else "") if x)


# ----- canonical fields -------------------------------------------------------------------
def _first(members: list[EventMention], key) -> EventMention:
    """The member minimising ``key``, ties broken by the canonical order (not joining order)."""
    return min(members, key=lambda m: (key(m), m.sort_key))


def canonical(members: list[EventMention]) -> EventMention:
    """One mention-shaped profile from the most precise members (a pure function of the set)."""
    types = collections.Counter(m.plover_type for m in members)
    typ = _first(members, lambda m: -types[m.plover_type]).plover_type
    of_type = [m for m in members if m.plover_type == typ]
    codes = collections.Counter(m.cameo_code for m in of_type)
    coder = _first(of_type, lambda m: (-codes[m.cameo_code], -len(m.cameo_code)))
    # Actors from the best-identified member: most countries, then most named participants.
    actor_src = _first(members, lambda m: (
        -(len(m.actor_countries) + len(m.recipient_countries)),
        -sum(1 for a in m.actors + m.recipients if a.kb_id or a.name)))
    dated = [m for m in members if not is_fallback(m)]
    intervals = collections.Counter((m.when.start, m.when.end) for m in dated)  # type: ignore[union-attr]
    if dated:
        date_src = _first(dated, lambda m: (PRECISION_RANK.get(m.when.precision, 99),  # type: ignore[union-attr]
                                            _BASIS_RANK.get(m.when.basis or "", 3),  # type: ignore[union-attr]
                                            -intervals[(m.when.start, m.when.end)]))  # type: ignore[union-attr]
    else:
        date_src = _first(members, lambda m: 0)
    placed = [m for m in members if m.where is not None]
    place_ids = collections.Counter(m.where.geonameid for m in placed)  # type: ignore[union-attr]
    place_src = _first(placed, lambda m: (-resolution(m.where), -place_ids[m.where.geonameid])) if placed else None  # type: ignore[arg-type, union-attr]
    modalities = collections.Counter(m.modality for m in members)
    modality = _first(members, lambda m: -modalities[m.modality]).modality
    first = _first(members, lambda m: 0)
    return EventMention(
        event_id=coder.event_id, article_id=coder.article_id, outlet=first.outlet, published=first.published,
        sentence=coder.sentence, trigger_start=coder.trigger_start, plover_type=typ,
        plover_mode=coder.plover_mode, plover_context=coder.plover_context, cameo_code=coder.cameo_code,
        cameo_root=coder.cameo_root, quad_class=coder.quad_class, goldstein=coder.goldstein, lemma=coder.lemma,
        actors=actor_src.actors, recipients=actor_src.recipients, when=date_src.when,
        where=place_src.where if place_src else None, modality=modality,
        historical=all(m.historical for m in members), confidence=max(m.confidence for m in members),
        lemmas=frozenset(m.lemma for m in members if m.lemma),
    )


def to_event_cluster(cluster: Cluster) -> EventCluster:
    """The public record of a cluster: canonical fields, members and counts."""
    p = cluster.profile or canonical(cluster.members)
    articles = list(dict.fromkeys(m.article_id for m in cluster.members))
    outlets = sorted({m.outlet for m in cluster.members if m.outlet})
    days = [m.published for m in cluster.members if m.published is not None]
    return EventCluster(
        id=cluster.id,
        plover=PloverCoding(p.plover_type, p.plover_mode, list(p.plover_context)),
        cameo=CameoCoding(p.cameo_code, p.cameo_root, p.quad_class, p.goldstein),
        actor=list(p.actors), recipient=list(p.recipients), when=p.when, where=p.where,
        modality=p.modality, historical=p.historical, canonical_event=p.event_id,
        members=[m.event_id for m in cluster.members], articles=articles, outlets=outlets,
        num_mentions=len(cluster.members), num_articles=len(articles), num_sources=len(outlets),
        first_seen=min(days) if days else None, last_seen=max(days) if days else None,
    )


# ----- blocking ---------------------------------------------------------------------------
def _anchor_keys(f: Features) -> set[str]:
    """Keys two matching mentions must share: a country, a place, a named participant."""
    keys = {"c:" + c for c in f.actor_c | f.recip_c}
    for i in f.actor_ids + f.recip_ids:
        if i.kb:
            keys.add("k:" + i.kb)
        keys.update("n:" + t for t in i.tokens)
    if f.place is not None:
        if f.place.geonameid is not None:
            keys.add(f"g:{f.place.geonameid}")
        if f.place.country:
            keys.add("p:" + f.place.country)
    return keys


def _buckets(w: tuple[dt.date, dt.date] | None) -> range | None:
    """Week buckets a window covers, or ``None`` when it is open or too wide to bucket."""
    if w is None or w[0] == dt.date.min or w[1] == dt.date.max:
        return None
    a, b = w[0].toordinal() // _BUCKET_DAYS, w[1].toordinal() // _BUCKET_DAYS
    if b - a > _MAX_BUCKETS:
        return None
    return range(a, b + 1)


class _Index:
    """Clusters by (type family, anchor key), bucketed by week; wide windows go to "any time"."""

    def __init__(self) -> None:
        self.by_month: dict[tuple[str, str, int], set[str]] = collections.defaultdict(set)
        self.any_time: dict[tuple[str, str], set[str]] = collections.defaultdict(set)
        self.all: dict[tuple[str, str], set[str]] = collections.defaultdict(set)

    def add(self, cid: str, f: Features) -> None:
        months = _buckets(f.window)
        for k in _anchor_keys(f):
            fk = (f.family, k)
            self.all[fk].add(cid)
            if months is None:
                self.any_time[fk].add(cid)
            else:
                for mo in months:
                    self.by_month[(f.family, k, mo)].add(cid)

    def candidates(self, f: Features) -> set[str]:
        months = _buckets(f.window)
        out: set[str] = set()
        for k in _anchor_keys(f):
            fk = (f.family, k)
            if months is None:
                out |= self.all.get(fk, set())
                continue
            out |= self.any_time.get(fk, set())
            for mo in months:
                out |= self.by_month.get((f.family, k, mo), set())
        return out


def _remention(m: EventMention, c: Cluster) -> bool:
    """Whether ``m`` may join ``c`` as far as its own article goes: a cluster already holding
    an event of the same article takes ``m`` only as a re-mention (same CAMEO code or lemma)."""
    seen = c.by_article.get(m.article_id)
    return not seen or (bool(m.cameo_code) and "c:" + m.cameo_code in seen) or (bool(m.lemma) and "l:" + m.lemma in seen)


# ----- the clusterer ------------------------------------------------------------------------
class Clusterer:
    """Incremental clustering state: ``add`` mentions, read ``clusters()``.

    ``seed`` restores clusters built earlier (e.g. loaded from a store) so that new mentions
    can join them; ``touched`` names the clusters changed since the clusterer was made.
    """

    def __init__(self, settings: DedupSettings | None = None, next_rank: int = 0) -> None:
        self.settings = settings or DedupSettings.load()
        #: Creation rank of the next new cluster (ranks break ties: the older cluster wins).
        self.next_rank = next_rank
        self._clusters: dict[str, Cluster] = {}
        self._of_event: dict[str, Assignment] = {}
        self._index = _Index()
        self.touched: set[str] = set()

    def __len__(self) -> int:
        return len(self._clusters)

    def seed(self, cid: str, members: list[EventMention], scores: list[float | None] | None = None,
             rank: int | None = None) -> None:
        """Restore a stored cluster with its members in joining order (and its creation rank)."""
        if rank is None:
            rank = self.next_rank
        self.next_rank = max(self.next_rank, rank + 1)
        c = Cluster(cid, rank, list(members), list(scores or [None] * len(members)))
        for m in c.members:
            c.note(m)
        self._clusters[cid] = c
        for m, sc in zip(c.members, c.scores):
            self._of_event[m.event_id] = Assignment(m.event_id, cid, sc, sc is None)
        self._refresh(c)

    def _refresh(self, c: Cluster) -> None:
        c.profile = canonical(c.members)
        c.feats = features(c.profile, self.settings)
        self._index.add(c.id, c.feats)

    def assignment(self, event_id: str) -> Assignment | None:
        return self._of_event.get(event_id)

    def add(self, m: EventMention) -> Assignment:
        """Put one mention into its best-matching cluster, or found a new one."""
        done = self._of_event.get(m.event_id)
        if done is not None:
            return done
        s = self.settings
        f = features(m, s)
        scored = []
        for cid in self._index.candidates(f):
            c = self._clusters[cid]
            if s.same_article_needs_same_code and not _remention(m, c):
                continue
            sc = match(f, c.feats, s)  # type: ignore[arg-type]
            if sc is not None:
                scored.append((sc.total, -c.rank, c))
        scored.sort(key=lambda x: (x[0], x[1]), reverse=True)
        best = scored[0] if scored else None
        if best is not None and m.historical and f.date_class != "precise" and len(scored) > 1:
            # A vague look back that fits several events equally well: do not guess.
            if best[0] - scored[1][0] < s.historical_ambiguity_margin:
                best = None
        if best is None:
            cid = cluster_id(m.event_id)
            c = Cluster(cid, self.next_rank, [m], [None])
            c.note(m)
            self.next_rank += 1
            self._clusters[cid] = c
            out = Assignment(m.event_id, cid, None, True)
        else:
            c = best[2]
            c.members.append(m)
            c.scores.append(best[0])
            c.note(m)
            out = Assignment(m.event_id, c.id, best[0], False)
        self._refresh(c)
        self._of_event[m.event_id] = out
        self.touched.add(c.id)
        return out

    def add_all(self, mentions: Iterable[EventMention]) -> list[Assignment]:
        """Add mentions in the canonical order (publication day, article, position)."""
        return [self.add(m) for m in sorted(mentions, key=lambda m: m.sort_key)]

    def cluster(self, cid: str) -> Cluster:
        return self._clusters[cid]

    def __iter__(self) -> Iterator[Cluster]:
        return iter(self._clusters.values())

    def clusters(self) -> list[EventCluster]:
        """Every cluster as an :class:`~eventwire.model.EventCluster`, in creation order."""
        return [to_event_cluster(c) for c in self._clusters.values()]
