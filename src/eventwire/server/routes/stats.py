"""``GET /v1/stats``: counts of the (filtered) events by type, quad class, modality, claimant, country and day."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse

from ...store import TABLES
from ..deps import state_of
from ..params import event_filters
from ..queries import counts
from ..schemas import ERRORS, Stats

router = APIRouter(tags=["stats"])


@router.get("/v1/stats", response_model=Stats, responses=ERRORS, summary="Event counts")
def stats(
    request: Request,
    filters: Annotated[dict[str, Any], Depends(event_filters)],
    top: Annotated[int, Query(ge=1, le=1000, description="Longest list per breakdown (days are never cut)")] = 50,
) -> JSONResponse:
    """Counts of the events matching the filters, plus the row count of every table."""
    store = state_of(request).store
    out = counts(store, filters, top=top)
    cur = store.cursor()
    out["tables"] = {t: cur.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
    return JSONResponse(out)
