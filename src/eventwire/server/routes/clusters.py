"""``GET /v1/clusters`` (filter, sort, page) and ``GET /v1/clusters/{id}`` (with its member events).

A cluster is one real-world event as the dedup step merged it from event mentions across
articles (see :mod:`eventwire.dedup`); the store keeps clusters up to date as articles
are added (``eventwire code --db``, ``eventwire dedup``, ``POST /v1/code`` with storing).
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import JSONResponse

from ...store.clusters import CLUSTER_ORDER, cluster_filters
from ..deps import state_of
from ..errors import ApiError
from ..params import ModalityName, _split, cameo_roots, check_date_range
from ..queries import jsonable, keyset_page, rows_as_dicts
from ..schemas import ERRORS, ClusterDetail, ClusterPage, ErrorBody

router = APIRouter(tags=["clusters"])

MAX_LIMIT = 1000
MAX_MEMBERS = 10_000
SORT_KEYS: tuple[str, ...] = tuple(CLUSTER_ORDER)
SORT_PATTERN = r"^-?(" + "|".join(SORT_KEYS) + r")$"
_COUNT = Query(ge=1, le=1_000_000_000)


def filters(
    type: Annotated[list[str] | None, Query(description="PLOVER event type of the cluster, e.g. CONSULT; repeat or comma-separate for several")] = None,  # noqa: A002
    country: Annotated[list[str] | None, Query(description="Actor or recipient country (ISO 3166 alpha-3 or PLOVER code such as IGO)")] = None,
    actor_country: Annotated[list[str] | None, Query(description="Country of the actor (who did it)")] = None,
    recipient_country: Annotated[list[str] | None, Query(description="Country of the recipient (to whom)")] = None,
    place_country: Annotated[list[str] | None, Query(description="Country of the cluster's place (ISO3)")] = None,
    cameo_root: Annotated[list[str] | None, Query(description="CAMEO root code, 01..20")] = None,
    since: Annotated[dt.date | None, Query(description="Clusters whose date range ends on or after this day (undated ones: last reported)")] = None,
    until: Annotated[dt.date | None, Query(description="Clusters whose date range starts on or before this day (undated ones: first reported)")] = None,
    modality: Annotated[list[ModalityName] | None, Query(description="Modality: asserted, negated, future, ...")] = None,
    historical: Annotated[bool | None, Query(description="Only clusters every member of which is a historical mention (true), or none (false)")] = None,
    min_mentions: Annotated[int | None, _COUNT] = None,
    min_articles: Annotated[int | None, _COUNT] = None,
    min_sources: Annotated[int | None, _COUNT] = None,
    article_id: Annotated[list[str] | None, Query(description="Only clusters with a mention in these articles")] = None,
) -> dict[str, Any]:
    """The cluster filters as keyword arguments for :meth:`EventStore.clusters` (only those given)."""
    check_date_range(since, until)
    roots = cameo_roots(cameo_root)
    out: dict[str, Any] = {
        "type": _split(type, upper=True, name="type"),
        "country": _split(country, upper=True, name="country"),
        "actor_country": _split(actor_country, upper=True, name="actor_country"),
        "recipient_country": _split(recipient_country, upper=True, name="recipient_country"),
        "place_country": _split(place_country, upper=True, name="place_country"),
        "cameo_root": [r.zfill(2) for r in roots] if roots else None,
        "since": since,
        "until": until,
        "modality": list(modality) if modality else None,
        "historical": historical,
        "min_mentions": min_mentions,
        "min_articles": min_articles,
        "min_sources": min_sources,
        "article_id": _split(article_id, name="article_id"),
    }
    return {k: v for k, v in out.items() if v is not None}


@router.get("/v1/clusters", response_model=ClusterPage, responses=ERRORS, summary="Find event clusters")
def list_clusters(
    request: Request,
    where: Annotated[dict[str, Any], Depends(filters)],
    sort: Annotated[str, Query(pattern=SORT_PATTERN, description="date, first_seen, last_seen, mentions, articles, sources, type or id; prefix - for descending. Ties are broken by id.")] = "date",
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Clusters per page")] = 50,
    offset: Annotated[int, Query(ge=0, le=10_000_000, description="Skip this many clusters (offset paging)")] = 0,
    cursor: Annotated[str | None, Query(max_length=1000, description="next_cursor of the previous page (cursor paging)")] = None,
) -> JSONResponse:
    """Deduplicated events matching every filter, one page at a time (by cursor or by offset):
    each with its type, date range, place, actors and how many mentions, articles and
    outlets report it."""
    if cursor is not None and offset:
        raise ApiError(422, "give either cursor or offset, not both")
    store = state_of(request).store
    if store.version < 2:  # a read-only schema-1 store has no cluster tables
        raise ApiError(503, "this store has no clusters; open it for writing once (eventwire dedup --db FILE)")
    page = keyset_page(store, "clusters", cluster_filters(**where), CLUSTER_ORDER, where, sort=sort,
                       limit=limit, offset=offset, cursor=cursor, exclude="record, seq")
    return JSONResponse({
        "clusters": page.rows, "total": page.total, "limit": limit,
        "offset": None if cursor is not None else offset, "sort": sort,
        "next_cursor": page.next_cursor, "next_offset": page.next_offset,
    })


@router.get("/v1/clusters/{cluster_id}", response_model=ClusterDetail,
            responses={**ERRORS, 404: {"model": ErrorBody, "description": "No such cluster"}},
            summary="One cluster with its member events")
def get_cluster(
    cluster_id: Annotated[str, Path(max_length=500)],
    request: Request,
    members: Annotated[int, Query(ge=1, le=MAX_MEMBERS, description="Return at most this many member events (in joining order)")] = 1000,
) -> JSONResponse:
    """The cluster's canonical fields and counts, its mentions (article citation and match
    score of each) and its member events as flat rows, founder first."""
    store = state_of(request).store
    record = store.cluster(cluster_id)
    if record is None:
        raise ApiError(404, f"no cluster with id {cluster_id!r}")
    cur = store.cursor().execute(
        "SELECT e.* EXCLUDE (record), m.position AS member_position, m.score AS member_score "
        "FROM cluster_members m JOIN events e ON e.id = m.event_id WHERE m.cluster_id = ? "
        "ORDER BY m.position LIMIT ?", [cluster_id, members])
    columns = [d[0] for d in cur.description]
    record["events"] = rows_as_dicts(columns, cur.fetchall())
    record["members_total"] = len(record["mentions"])
    record["mentions"] = record["mentions"][:members]
    return JSONResponse(jsonable(record))
