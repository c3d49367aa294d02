"""``GET /v1/articles`` and ``GET /v1/articles/{id}`` (text with every annotation and span)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import JSONResponse

from ..deps import state_of
from ..errors import ApiError
from ..queries import jsonable
from ..schemas import ERRORS, ArticleDetail, ArticlePage, ErrorBody

router = APIRouter(tags=["articles"])


@router.get("/v1/articles", response_model=ArticlePage, responses=ERRORS, summary="List stored articles")
def list_articles(
    request: Request,
    since: Annotated[dt.date | None, Query(description="Published on or after this day")] = None,
    until: Annotated[dt.date | None, Query(description="Published on or before this day")] = None,
    outlet: Annotated[str | None, Query(max_length=200, description="Outlet name (substring)")] = None,
    q: Annotated[str | None, Query(max_length=500, description="Free text in the title or text (plain text, case-insensitive)")] = None,
    has_events: Annotated[bool | None, Query(description="Only articles with (true) or without (false) events")] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 50,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
) -> JSONResponse:
    """Article metadata and event counts (not the text), oldest first."""
    if since is not None and until is not None and since > until:
        raise ApiError(422, f"since ({since}) is after until ({until})")
    store = state_of(request).store
    kw = {"since": since, "until": until, "outlet": outlet or None, "text": q or None, "has_events": has_events}
    rel = store.articles(**kw)
    total = rel.aggregate("count(*)").fetchone()[0]
    page = store.articles(**kw, limit=limit + 1, offset=offset)
    rows = [dict(zip(page.columns, r)) for r in page.fetchall()]
    more = len(rows) > limit
    rows = rows[:limit]
    return JSONResponse({"articles": jsonable(rows), "total": total, "limit": limit, "offset": offset,
                         "next_offset": offset + limit if more else None})


@router.get("/v1/articles/{article_id}", response_model=ArticleDetail,
            responses={404: {"model": ErrorBody, "description": "No such article"}},
            summary="One article with its annotations and events")
def get_article(article_id: Annotated[str, Path(max_length=500)], request: Request) -> JSONResponse:
    """The text, sentence offsets, every annotation layer (entities, mentions, timexes,
    places, attributions, all with character offsets into ``text``) and the events."""
    article = state_of(request).store.article(article_id)
    if article is None:
        raise ApiError(404, f"no article with id {article_id!r}")
    return JSONResponse(jsonable(article))
