"""The store's event clusters: incremental dedup over the ``events`` table, and cluster queries.

:func:`update_clusters` assigns every event not yet in ``cluster_members`` (in canonical
order: publication day, article, position) to an existing or new cluster, and writes the
changed clusters and the new memberships in one transaction. A run killed before or
during it leaves the events unassigned, and the next update assigns them exactly as an
uninterrupted run would; with nothing unassigned it changes nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

import duckdb

from ..model import EventCluster, to_dict
from .filters import Where, _values, add_shared_filters, order_clause, to_date
from .rows import dumps

if TYPE_CHECKING:
    from ..dedup import Clusterer, DedupSettings, EventMention

#: Columns of ``events`` (plus aggregated actors) that dedup reads.
_MENTION_SQL = """
SELECT e.id, e.article_id, e.published_date, e.outlet, e.sentence, e.trigger_start, e.lemma,
       e.plover_type, e.plover_mode, e.plover_context, e.cameo_code, e.cameo_root, e.quad_class,
       e.goldstein, e.date_start, e.date_end, e.date_precision, e.date_text, e.date_value,
       e.date_modifier, e.date_basis, e.place_text, e.place_name, e.place_geonameid, e.place_lat,
       e.place_lon, e.place_country, e.place_admin1, e.place_feature_class, e.place_feature_code,
       e.place_resolution, e.modality, e.historical, e.confidence, e.actor_names, e.actor_countries,
       e.recipient_names, e.recipient_countries,
       (SELECT list({{'text': ea.text, 'name': ea.name, 'country': ea.country, 'sector': ea.sector,
                      'cameo': ea.cameo, 'kb_id': ea.kb_id, 'kind': ea.kind}} ORDER BY ea.position)
          FROM event_actors ea WHERE ea.event_id = e.id AND ea.role = 'actor') AS actors,
       (SELECT list({{'text': ea.text, 'name': ea.name, 'country': ea.country, 'sector': ea.sector,
                      'cameo': ea.cameo, 'kb_id': ea.kb_id, 'kind': ea.kind}} ORDER BY ea.position)
          FROM event_actors ea WHERE ea.event_id = e.id AND ea.role = 'recipient') AS recipients
       {extra}
FROM events e {join}
WHERE {where}
ORDER BY {order}
"""

#: ``order=`` names for :meth:`EventStore.clusters` (prefix ``-`` for descending).
CLUSTER_ORDER: dict[str, str] = {
    "date": "COALESCE(date_start, first_seen)",
    "first_seen": "first_seen",
    "last_seen": "last_seen",
    "mentions": "num_mentions",
    "articles": "num_articles",
    "sources": "num_sources",
    "type": "plover_type",
    "id": "id",
}


@dataclass
class ClusterCounts:
    """What one :func:`update_clusters` call did."""

    events_assigned: int = 0
    clusters_created: int = 0
    clusters_updated: int = 0
    clusters_total: int = 0

    def as_dict(self) -> dict[str, int]:
        return asdict(self)


def _rows(cur: duckdb.DuckDBPyConnection, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    cur.execute(sql, params)
    cols = [d[0] for d in cur.description]
    out = []
    while chunk := cur.fetchmany(2000):
        out.extend(dict(zip(cols, r)) for r in chunk)
    return out


def _unassigned(cur: duckdb.DuckDBPyConnection) -> list[EventMention]:
    from ..dedup import from_row

    sql = _MENTION_SQL.format(
        extra="", join="", order="e.published_date NULLS LAST, e.article_id, e.sentence, e.trigger_start, e.id",
        where="NOT EXISTS (SELECT 1 FROM cluster_members m WHERE m.event_id = e.id)")
    return [from_row(r) for r in _rows(cur, sql, [])]


def _span(mentions: list[EventMention], settings: DedupSettings) -> tuple[dt.date, dt.date] | None:
    """The days the new mentions may match; ``None`` when one of them matches any date."""
    from ..dedup.compare import window

    lo, hi = dt.date.max, dt.date.min
    for m in mentions:
        w = window(m, settings)
        if w is None:
            return None
        lo, hi = min(lo, w[0]), max(hi, w[1])
    return lo, hi


def _seed(cur: duckdb.DuckDBPyConnection, clusterer: Clusterer, span: tuple[dt.date, dt.date] | None) -> None:
    """Load the stored clusters a new mention could match (by date), with their members."""
    from ..dedup import from_row

    s = clusterer.settings
    where, params = "TRUE", []
    if span is not None:
        # A cluster's matching window is its canonical date widened by at most this much.
        pad = max(list(s.tolerance_days.values()) + [s.unknown_before_days, s.unknown_after_days, s.future_days]) + 1
        lo, hi = span
        lo = lo - dt.timedelta(days=pad) if lo > dt.date.min + dt.timedelta(days=pad) else dt.date.min
        hi = hi + dt.timedelta(days=pad) if hi < dt.date.max - dt.timedelta(days=pad) else dt.date.max
        where = ("(c.date_start IS NULL AND c.date_end IS NULL) OR "
                 "(COALESCE(c.date_end, DATE '9999-12-31') >= ? AND COALESCE(c.date_start, DATE '0001-01-01') <= ?)")
        params = [lo, hi]
    sql = _MENTION_SQL.format(
        extra=", m.cluster_id AS _cluster, m.position AS _position, m.score AS _score, c.seq AS _seq",
        join="JOIN cluster_members m ON m.event_id = e.id JOIN clusters c ON c.id = m.cluster_id",
        where=where, order="c.seq, m.position")
    current: str | None = None
    members: list[EventMention] = []
    scores: list[float | None] = []
    rank = 0
    for r in _rows(cur, sql, params):
        if r["_cluster"] != current:
            if current is not None:
                clusterer.seed(current, members, scores, rank)
            current, members, scores, rank = r["_cluster"], [], [], r["_seq"]
        members.append(from_row(r))
        scores.append(r["_score"])
    if current is not None:
        clusterer.seed(current, members, scores, rank)


def cluster_row(ec: EventCluster, seq: int) -> dict[str, Any]:
    """The ``clusters`` row of one cluster."""
    w, p = ec.when, ec.where
    return {
        "id": ec.id, "seq": seq, "canonical_event": ec.canonical_event,
        "plover_type": ec.plover.type, "plover_mode": ec.plover.mode, "cameo_code": ec.cameo.code or None,
        "cameo_root": ec.cameo.root or None, "quad_class": ec.cameo.quad_class, "goldstein": ec.cameo.goldstein,
        "actor_names": [a.name or a.text for a in ec.actor], "actor_countries": [a.country for a in ec.actor if a.country],
        "recipient_names": [a.name or a.text for a in ec.recipient],
        "recipient_countries": [a.country for a in ec.recipient if a.country],
        "date_start": w.start if w else None, "date_end": w.end if w else None,
        "date_precision": w.precision if w else "unknown",
        "place_name": (p.name or p.text) if p else None, "place_geonameid": p.geonameid if p else None,
        "place_lat": p.lat if p else None, "place_lon": p.lon if p else None,
        "place_country": p.country if p else None, "place_admin1": p.admin1 if p else None,
        "place_resolution": p.resolution if p else None, "modality": ec.modality, "historical": ec.historical,
        "num_mentions": ec.num_mentions, "num_articles": ec.num_articles, "num_sources": ec.num_sources,
        "first_seen": ec.first_seen, "last_seen": ec.last_seen, "outlets": list(ec.outlets),
        "record": dumps(to_dict(ec)),
    }


def update_clusters(store: Any, *, rebuild: bool = False, settings: DedupSettings | None = None) -> ClusterCounts:
    """Assign unassigned events to clusters (all events, from scratch, with ``rebuild``)."""
    from ..dedup import Clusterer, to_event_cluster
    from .store import _insert

    counts = ClusterCounts()
    with store.transaction() as cur:
        if rebuild:
            new = _all_mentions(cur)
            clusterer = Clusterer(settings)
        else:
            new = _unassigned(cur)
            if not new:
                counts.clusters_total = cur.execute("SELECT count(*) FROM clusters").fetchone()[0]
                return counts
            next_rank = cur.execute("SELECT COALESCE(max(seq) + 1, 0) FROM clusters").fetchone()[0]
            clusterer = Clusterer(settings, next_rank=next_rank)
            _seed(cur, clusterer, _span(new, clusterer.settings))
        known = set(clusterer.touched) | {c.id for c in clusterer}
        member_rows = []
        for m in sorted(new, key=lambda m: m.sort_key):
            a = clusterer.add(m)
            c = clusterer.cluster(a.cluster_id)
            member_rows.append({
                "event_id": m.event_id, "cluster_id": a.cluster_id, "position": len(c.members) - 1,
                "score": a.score, "article_id": m.article_id, "outlet": m.outlet,
                "published_date": m.published, "historical": m.historical,
            })
        touched = sorted(clusterer.touched, key=lambda cid: clusterer.cluster(cid).rank)
        cluster_rows = [cluster_row(to_event_cluster(clusterer.cluster(cid)), clusterer.cluster(cid).rank)
                        for cid in touched]
        counts.events_assigned = len(member_rows)
        counts.clusters_created = sum(1 for cid in touched if cid not in known)
        counts.clusters_updated = len(touched) - counts.clusters_created
        if rebuild:
            cur.execute("DELETE FROM cluster_members")
            cur.execute("DELETE FROM clusters")
        elif touched:
            cur.execute("DELETE FROM clusters WHERE id IN (SELECT unnest(?::VARCHAR[]))", [touched])
        if cluster_rows:
            _insert(cur, "clusters", cluster_rows)
        if member_rows:
            _insert(cur, "cluster_members", member_rows)
        counts.clusters_total = cur.execute("SELECT count(*) FROM clusters").fetchone()[0]
    return counts


def _all_mentions(cur: duckdb.DuckDBPyConnection) -> list[EventMention]:
    from ..dedup import from_row

    sql = _MENTION_SQL.format(extra="", join="", where="TRUE",
                              order="e.published_date NULLS LAST, e.article_id, e.sentence, e.trigger_start, e.id")
    return [from_row(r) for r in _rows(cur, sql, [])]


def cluster_filters(
    *,
    country: str | Iterable[str] | None = None,
    actor_country: str | Iterable[str] | None = None,
    recipient_country: str | Iterable[str] | None = None,
    type: str | Iterable[str] | None = None,  # noqa: A002 - the PLOVER field is called "type"
    cameo_root: str | Iterable[str] | None = None,
    since: Any = None,
    until: Any = None,
    modality: str | Iterable[str] | None = None,
    historical: bool | None = None,
    place_country: str | Iterable[str] | None = None,
    min_mentions: int | None = None,
    min_articles: int | None = None,
    min_sources: int | None = None,
    event_id: str | Iterable[str] | None = None,
    article_id: str | Iterable[str] | None = None,
    outlet: str | None = None,
) -> Where:
    """The WHERE clause for :meth:`EventStore.clusters` (values travel as parameters)."""
    w = Where()
    add_shared_filters(w, country=country, actor_country=actor_country, recipient_country=recipient_country,
                       type=type, cameo_root=cameo_root, modality=modality, historical=historical,
                       place_country=place_country)
    # Undated clusters fall back to the days they were reported.
    if since is not None:
        w.add("COALESCE(date_end, date_start, last_seen) >= ?", to_date(since, "since"))
    if until is not None:
        w.add("COALESCE(date_start, date_end, first_seen) <= ?", to_date(until, "until"))
    for col, value in (("num_mentions", min_mentions), ("num_articles", min_articles), ("num_sources", min_sources)):
        if value is not None:
            w.add(f"{col} >= ?", int(value))
    if event_id is not None:
        w.add("id IN (SELECT cluster_id FROM cluster_members WHERE event_id IN (SELECT unnest(?::VARCHAR[])))",
              [str(e) for e in _values(event_id)])
    if article_id is not None:
        w.add("id IN (SELECT cluster_id FROM cluster_members WHERE article_id IN (SELECT unnest(?::VARCHAR[])))",
              [str(a) for a in _values(article_id)])
    if outlet is not None:
        w.add("list_has_any(outlets, ?::VARCHAR[])", [str(outlet).strip().lower()])
    return w


def cluster_order(order: str | None) -> str:
    """``ORDER BY`` for clusters."""
    return order_clause(order, CLUSTER_ORDER, "COALESCE(date_start, first_seen) NULLS LAST, seq", "seq", "clusters ")
