"""``GET /v1/export?format=plover|gdelt|gdelt-mentions|polecat|icews|csv``: the filtered events, streamed."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import StreamingResponse

from ...store.filters import event_filters as where_for
from ..deps import state_of
from ..params import event_filters
from ..schemas import ERRORS
from ..streaming import stream

router = APIRouter(tags=["export"])

#: format -> (media type, file suffix)
MEDIA: dict[str, tuple[str, str]] = {
    "plover": ("application/x-ndjson; charset=utf-8", "jsonl"),
    "gdelt": ("text/tab-separated-values; charset=utf-8", "tsv"),
    "gdelt-mentions": ("text/tab-separated-values; charset=utf-8", "mentions.tsv"),
    "polecat": ("text/tab-separated-values; charset=utf-8", "polecat.tsv"),
    "icews": ("text/tab-separated-values; charset=utf-8", "icews.tsv"),
    "csv": ("text/csv; charset=utf-8", "csv"),
}


@router.get("/v1/export", responses={**ERRORS, 200: {"content": {m: {} for m, _ in MEDIA.values()},
                                                       "description": "The events, one per line"}},
            response_class=StreamingResponse, summary="Export events")
def export(
    request: Request,
    filters: Annotated[dict[str, Any], Depends(event_filters)],
    format: Annotated[Literal["plover", "gdelt", "gdelt-mentions", "polecat", "icews", "csv"], Query(description="plover: PLOVER JSONL; gdelt: GDELT 2.0 events TSV (61 columns); gdelt-mentions: its mentions table; polecat: POLECAT-style TSV (one row per event); icews: ICEWS-style TSV (one row per actor-recipient pair); csv: flat event rows")] = "plover",  # noqa: A002
) -> StreamingResponse:
    """Stream every event matching the filters in the chosen format, in date order."""
    store = state_of(request).store
    where_for(**filters)  # refuse bad filters now, with a 422, not halfway through the body
    media, suffix = MEDIA[format]
    body = stream(lambda out: store.export(format, out, **filters))
    return StreamingResponse(body, media_type=media,
                             headers={"Content-Disposition": f'attachment; filename="eventwire-events.{suffix}"'})
