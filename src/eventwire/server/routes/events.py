"""``GET /v1/events`` (filter, sort, page) and ``GET /v1/events/{id}``."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import JSONResponse

from ..deps import state_of
from ..errors import ApiError
from ..params import event_filters
from ..queries import SORT_PATTERN, jsonable, page_events
from ..schemas import ERRORS, ErrorBody, EventPage, EventRecord

router = APIRouter(tags=["events"])

MAX_LIMIT = 1000


@router.get("/v1/events", response_model=EventPage, responses=ERRORS, summary="Find events")
def list_events(
    request: Request,
    filters: Annotated[dict[str, Any], Depends(event_filters)],
    sort: Annotated[str, Query(pattern=SORT_PATTERN, description="date, published, confidence, goldstein, type, cameo or id; prefix - for descending. Ties are broken by id.")] = "date",
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Events per page")] = 50,
    offset: Annotated[int, Query(ge=0, le=10_000_000, description="Skip this many events (offset paging)")] = 0,
    cursor: Annotated[str | None, Query(max_length=1000, description="next_cursor of the previous page (cursor paging; stable while events are added)")] = None,
) -> JSONResponse:
    """Events matching every filter, one page at a time (by cursor or by offset)."""
    if cursor is not None and offset:
        raise ApiError(422, "give either cursor or offset, not both")
    page = page_events(state_of(request).store, filters, sort=sort, limit=limit, offset=offset, cursor=cursor)
    return JSONResponse({
        "events": page.rows, "total": page.total, "limit": limit,
        "offset": None if cursor is not None else offset, "sort": sort,
        "next_cursor": page.next_cursor, "next_offset": page.next_offset,
    })


@router.get("/v1/events/{event_id}", response_model=EventRecord,
            responses={404: {"model": ErrorBody, "description": "No such event"}}, summary="One event")
def get_event(event_id: Annotated[str, Path(max_length=500)], request: Request) -> JSONResponse:
    """The full event record with the citation of its article."""
    record = state_of(request).store.event(event_id)
    if record is None:
        raise ApiError(404, f"no event with id {event_id!r}")
    return JSONResponse(jsonable(record))
