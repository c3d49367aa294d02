"""Aggregates behind the dashboard's store views: timeline, map and actor network.

Each takes the same filters as ``/v1/events``, so one filter bar drives all three.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse

from ..deps import state_of
from ..params import event_filters
from ..queries import auto_bucket, geo, network, timeline
from ..schemas import ERRORS

router = APIRouter(tags=["dashboard views"])

Filters = Annotated[dict[str, Any], Depends(event_filters)]


@router.get("/v1/views/timeline", responses=ERRORS, summary="Events per day, week or month, stacked")
def timeline_view(
    request: Request,
    filters: Filters,
    bucket: Annotated[Literal["auto", "day", "week", "month"], Query(description="Bucket size; auto picks day, week or month from the spread of the dates")] = "auto",
    by: Annotated[Literal["quad", "type"], Query(description="Stack by CAMEO quad class or PLOVER type")] = "quad",
) -> JSONResponse:
    """``[{date, key, n}]``: ``n`` events in the bucket starting on ``date`` with this key.
    An event is counted on its start day, or on its article's publication day when undated."""
    store = state_of(request).store
    if bucket == "auto":
        bucket = auto_bucket(store, filters)
    rows = timeline(store, filters, bucket=bucket, by=by)
    return JSONResponse({"bucket": bucket, "by": by, "rows": rows})


@router.get("/v1/views/map", responses=ERRORS, summary="Event places and per-country counts")
def map_view(request: Request, filters: Filters) -> JSONResponse:
    """``points``: places with event counts (and how many were cooperation or conflict);
    ``located``: events per country of their place; ``involved``: events per actor or
    recipient country."""
    return JSONResponse(geo(state_of(request).store, filters))


@router.get("/v1/views/network", responses=ERRORS, summary="Who acts on whom")
def network_view(
    request: Request,
    filters: Filters,
    level: Annotated[Literal["country", "actor"], Query(description="Nodes are countries or individual actors")] = "country",
    limit: Annotated[int, Query(ge=1, le=1000, description="Keep the heaviest edges")] = 150,
) -> JSONResponse:
    """Nodes and directed edges (actor to recipient) weighted by event counts, with the
    cooperation/conflict split and the mean Goldstein score of each edge."""
    return JSONResponse(network(state_of(request).store, filters, level=level, limit=limit))
