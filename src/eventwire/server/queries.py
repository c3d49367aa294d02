"""Read queries the API needs beyond the store's own: keyset paging and dashboard aggregates.

Every query starts from the store's parameterized WHERE clause
(:func:`eventwire.store.filters.event_filters`); values a client sends only ever travel
as ``?`` parameters. The few SQL fragments formatted into strings (sort expressions,
bucket sizes, grouping columns) come from whitelists in this module.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from ..store import EventStore
from ..store.filters import ORDER_COLUMNS, Where
from ..store.filters import event_filters as where_for
from .errors import ApiError

#: Sort names the API accepts (``-`` prefix = descending).
SORT_KEYS: tuple[str, ...] = tuple(ORDER_COLUMNS)
SORT_PATTERN = r"^-?(" + "|".join(SORT_KEYS) + r")$"


def jsonable(value: Any) -> Any:
    """DuckDB values to JSON values (dates as ISO strings)."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: jsonable(v) for k, v in value.items()}
    return value


def rows_as_dicts(columns: list[str], rows: list[tuple]) -> list[dict[str, Any]]:
    return [{c: jsonable(v) for c, v in zip(columns, r)} for r in rows]


# ----- keyset (cursor) paging -----------------------------------------------------------------
@dataclass
class Page:
    rows: list[dict[str, Any]]
    total: int
    next_cursor: str | None
    next_offset: int | None


def _fingerprint(filters: dict[str, Any], sort: str) -> str:
    raw = json.dumps({"f": filters, "s": sort}, sort_keys=True, default=str)
    return hashlib.blake2b(raw.encode(), digest_size=6).hexdigest()


def encode_cursor(key: Any, event_id: str, fingerprint: str) -> str:
    kind = "d" if isinstance(key, dt.date) else "n" if isinstance(key, (int, float)) else "s"
    payload = {"k": jsonable(key), "t": kind, "i": event_id, "f": fingerprint}
    return base64.urlsafe_b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode().rstrip("=")


def decode_cursor(cursor: str, fingerprint: str) -> tuple[Any, str]:
    """``(last sort key, last id)``; 422 for a cursor that is garbled or from another query."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        payload = json.loads(raw)
        key, kind, event_id, fp = payload["k"], payload["t"], payload["i"], payload["f"]
        if not isinstance(event_id, str) or kind not in ("d", "n", "s"):
            raise ValueError
        if key is not None:
            if kind == "d":
                key = dt.date.fromisoformat(key)
            elif kind == "n":
                if isinstance(key, bool) or not isinstance(key, (int, float)):
                    raise ValueError
            else:
                key = str(key)
    except (binascii.Error, ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise ApiError(422, "cursor is not valid: pass the next_cursor of a previous page unchanged") from None
    if fp != fingerprint:
        raise ApiError(422, "cursor belongs to a query with other filters or another sort")
    return key, event_id


def page_events(store: EventStore, filters: dict[str, Any], *, sort: str, limit: int, offset: int,
                cursor: str | None) -> Page:
    """One page of events (flat columns), ordered by ``sort`` then id.

    With ``cursor`` the page starts right after the row the cursor names (stable under
    concurrent inserts); otherwise after ``offset`` rows.
    """
    return keyset_page(store, "events", where_for(**filters), ORDER_COLUMNS, filters,
                       sort=sort, limit=limit, offset=offset, cursor=cursor)


def keyset_page(store: EventStore, table: str, where: Where, order: dict[str, str], filters: dict[str, Any], *,
                sort: str, limit: int, offset: int, cursor: str | None, exclude: str = "record") -> Page:
    """One page of ``table`` rows matching ``where``, ordered by ``order[sort]`` then id.

    ``table``, ``order`` and ``exclude`` come from this package, never from a client.
    """
    desc = sort.startswith("-")
    key_sql = order[sort.lstrip("-")]
    fp = _fingerprint(filters, sort)
    total = store.cursor().execute(f"SELECT count(*) FROM {table}{where.sql}", where.params).fetchone()[0]
    if cursor is not None:
        last_key, last_id = decode_cursor(cursor, fp)
        if last_key is None:  # nulls sort last: only null keys with a later id remain
            where.add(f"({key_sql} IS NULL AND id > ?)", last_id)
        else:
            op = "<" if desc else ">"
            where.add(f"({key_sql} {op} ? OR ({key_sql} = ? AND id > ?) OR {key_sql} IS NULL)",
                      last_key, last_key, last_id)
        offset = 0
    direction = "DESC" if desc else "ASC"
    q = (f"SELECT * EXCLUDE ({exclude}), {key_sql} AS _sort_key FROM {table}{where.sql} "
         f"ORDER BY _sort_key {direction} NULLS LAST, id LIMIT ? OFFSET ?")
    cur = store.cursor().execute(q, [*where.params, limit + 1, offset])
    columns = [d[0] for d in cur.description]
    raw = cur.fetchall()
    more = len(raw) > limit
    raw = raw[:limit]
    rows = rows_as_dicts(columns, raw)
    for r in rows:
        del r["_sort_key"]
    next_cursor = encode_cursor(raw[-1][columns.index("_sort_key")], rows[-1]["id"], fp) if more and rows else None
    next_offset = offset + len(rows) if more and cursor is None else None
    return Page(rows, total, next_cursor, next_offset)


# ----- aggregates for /v1/stats and the dashboard views ---------------------------------------
#: Day an event is plotted on: its own start, else the day the article was published.
EVENT_DAY = "COALESCE(date_start, published_date)"
BUCKETS = {"day": "day", "week": "week", "month": "month"}
TIMELINE_KEYS = {"quad": "CAST(quad_class AS VARCHAR)", "type": "plover_type"}


def _query(store: EventStore, sql: str, params: list[Any]) -> list[tuple]:
    return store.cursor().execute(sql, params).fetchall()


#: Breakdowns of ``/v1/stats`` by how each claim is sourced (see ``store.counts.COUNT_BY``).
SOURCING_COUNTS = ("claimant_code", "sourcing", "media_code")


def counts(store: EventStore, filters: dict[str, Any], *, top: int = 50) -> dict[str, Any]:
    """Totals of the filtered events by PLOVER type, quad class, modality, claimant, country and
    day, and by the claimant's code, its anonymity and the news medium the claim went through."""
    w = where_for(**filters)
    total = _query(store, f"SELECT count(*) FROM events{w.sql}", w.params)[0][0]

    def by(expr: str, limit: int | None = top) -> list[dict[str, Any]]:
        lim = f" LIMIT {int(limit)}" if limit else ""
        rows = _query(store, f"SELECT {expr} AS k, count(*) AS n FROM events{w.sql} GROUP BY 1 "
                             f"ORDER BY n DESC, k NULLS LAST{lim}", w.params)
        return [{"key": jsonable(k), "n": n} for k, n in rows]

    countries = _query(store, (
        "SELECT c, count(*) AS n FROM (SELECT unnest(list_distinct(list_concat(actor_countries, "
        f"recipient_countries))) AS c FROM events{w.sql}) GROUP BY c ORDER BY n DESC, c LIMIT {int(top)}"),
        w.params)
    days = _query(store, f"SELECT {EVENT_DAY} AS d, count(*) FROM events{w.sql} GROUP BY 1 ORDER BY 1 NULLS LAST", w.params)
    return {
        "total": total,
        "by_type": by("plover_type"),
        "by_quad_class": by("quad_class"),
        "by_modality": by("modality"),
        "by_root": by("cameo_root"),
        # the original claimant: the chain's first named source (the outlet for its own assertions); null: none named
        "by_claimant": by("claimant"),
        "by_country": [{"key": c, "n": n} for c, n in countries],
        "by_day": [{"key": jsonable(d), "n": n} for d, n in days],
        # how the claims are sourced, labelled as `eventwire query --count-by` labels them
        **{f"by_{field}": [{"key": k, "n": n} for k, n in store.count_by(field, **filters).fetchmany(top)]
           for field in SOURCING_COUNTS},
    }


def auto_bucket(store: EventStore, filters: dict[str, Any]) -> str:
    """Day, week or month, so the bulk of the events' dates (the middle 60%; background
    mentions of old events are the tails) fits in a few hundred bars."""
    w = where_for(**filters)
    lo, hi = _query(store, f"SELECT quantile_disc({EVENT_DAY}, 0.2), quantile_disc({EVENT_DAY}, 0.8) "
                           f"FROM events{w.sql}", w.params)[0]
    if lo is None or hi is None:
        return "day"
    days = (hi - lo).days
    return "day" if days <= 150 else "week" if days <= 3 * 365 else "month"


def timeline(store: EventStore, filters: dict[str, Any], *, bucket: str, by: str) -> list[dict[str, Any]]:
    """Events per time bucket and per quad class or PLOVER type (for a stacked chart)."""
    w = where_for(**filters)
    q = (f"SELECT date_trunc('{BUCKETS[bucket]}', {EVENT_DAY})::DATE AS b, {TIMELINE_KEYS[by]} AS k, count(*) "
         f"FROM events{w.sql} GROUP BY 1, 2 HAVING b IS NOT NULL ORDER BY 1, 2 NULLS LAST")
    return [{"date": jsonable(b), "key": k, "n": n} for b, k, n in _query(store, q, w.params)]


def geo(store: EventStore, filters: dict[str, Any], *, limit: int = 2000) -> dict[str, Any]:
    """Event places as points (with counts) and event counts per country, two ways.

    ``located``: events whose place lies in the country; ``involved``: events with an
    actor or recipient from the country.
    """
    w = where_for(**filters)
    pts = _query(store, (
        "SELECT any_value(place_name), any_value(place_text), place_lat, place_lon, any_value(place_country), "
        "count(*) AS n, count(*) FILTER (WHERE quad_class IN (1, 2)), count(*) FILTER (WHERE quad_class IN (3, 4)) "
        f"FROM events{w.sql}{' AND' if w.parts else ' WHERE'} place_lat IS NOT NULL AND place_lon IS NOT NULL "
        f"GROUP BY place_lat, place_lon ORDER BY n DESC LIMIT {int(limit)}"), w.params)
    located = _query(store, (
        f"SELECT place_country, count(*) FROM events{w.sql}{' AND' if w.parts else ' WHERE'} "
        "place_country IS NOT NULL GROUP BY 1"), w.params)
    involved = _query(store, (
        "SELECT c, count(*) FROM (SELECT unnest(list_distinct(list_concat(actor_countries, recipient_countries))) "
        f"AS c FROM events{w.sql}) GROUP BY c"), w.params)
    return {
        "points": [{"name": nm or tx, "lat": la, "lon": lo, "country": c, "n": n, "cooperation": co,
                    "conflict": cf} for nm, tx, la, lo, c, n, co, cf in pts],
        "located": {c: n for c, n in located},
        "involved": {c: n for c, n in involved},
    }


def network(store: EventStore, filters: dict[str, Any], *, level: str, limit: int = 150) -> dict[str, Any]:
    """Who acts on whom: weighted directed edges between countries or actors.

    Each edge counts events, how many were cooperation (quad 1-2) or conflict (3-4), and
    the mean Goldstein score. Self-loops (a country acting on itself) are kept in the
    data and flagged; the heaviest ``limit`` edges are returned.
    """
    w = where_for(**filters)
    if level == "country":
        q = (
            "WITH ev AS (SELECT id, quad_class, goldstein, list_distinct(actor_countries) AS ac, "
            f"list_distinct(recipient_countries) AS rc FROM events{w.sql}), "
            "pairs AS (SELECT id, quad_class, goldstein, a, unnest(rc) AS r FROM "
            "(SELECT id, quad_class, goldstein, unnest(ac) AS a, rc FROM ev)) "
            "SELECT a, a, r, r, count(DISTINCT id) AS n, count(DISTINCT id) FILTER (WHERE quad_class IN (1, 2)), "
            "count(DISTINCT id) FILTER (WHERE quad_class IN (3, 4)), avg(goldstein) "
            f"FROM pairs GROUP BY a, r ORDER BY n DESC, a, r LIMIT {int(limit)}")
    else:
        node = "COALESCE(NULLIF({t}.kb_id, ''), lower({t}.name))"
        q = (
            f"WITH ev AS (SELECT id, quad_class, goldstein FROM events{w.sql}) "
            f"SELECT {node.format(t='x')}, any_value(x.name), {node.format(t='y')}, any_value(y.name), "
            "count(DISTINCT ev.id) AS n, count(DISTINCT ev.id) FILTER (WHERE ev.quad_class IN (1, 2)), "
            "count(DISTINCT ev.id) FILTER (WHERE ev.quad_class IN (3, 4)), avg(ev.goldstein) "
            "FROM ev JOIN event_actors x ON x.event_id = ev.id AND x.role = 'actor' "
            "JOIN event_actors y ON y.event_id = ev.id AND y.role = 'recipient' "
            f"GROUP BY 1, 3 ORDER BY n DESC, 1, 3 LIMIT {int(limit)}")
    edges, nodes = [], {}
    for src, src_label, dst, dst_label, n, coop, conf, gold in _query(store, q, w.params):
        if src is None or dst is None:
            continue
        edges.append({"source": src, "target": dst, "n": n, "cooperation": coop, "conflict": conf,
                      "goldstein": round(gold, 3) if gold is not None else None, "self": src == dst})
        for key, label in ((src, src_label), (dst, dst_label)):
            node = nodes.setdefault(key, {"id": key, "label": label or key, "n": 0})
            node["n"] += n
    return {"level": level, "nodes": list(nodes.values()), "edges": edges}
