"""``POST /v1/code``: code one posted article, optionally storing it."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Header, Request
from fastapi.responses import JSONResponse

from ...articles import make_article
from ...document import Document
from ...model import to_dict
from ...pipeline import Outcome
from ...store.rows import layers, published_iso, unique_events
from ..deps import state_of
from ..errors import ApiError
from ..queries import jsonable
from ..schemas import ERRORS, CodeRequest, CodeResult, ErrorBody

router = APIRouter(tags=["code"])


def document_json(doc: Document) -> dict[str, Any]:
    """The same shape as ``GET /v1/articles/{id}``, so one renderer shows both."""
    a = doc.article
    out: dict[str, Any] = {
        "id": a.id, "url": a.url, "title": a.title, "outlet": a.outlet, "published": published_iso(a),
        "language": a.language, "origin": a.origin, "text": a.text,
        "sentences": [list(s) for s in doc.sentence_offsets()],
    }
    out.update(layers(doc))
    out["events"] = to_dict(unique_events(doc.events))
    return jsonable(out)


@router.post(
    "/v1/code",
    response_model=CodeResult,
    summary="Code an article: text and metadata in, events out",
    responses={**ERRORS, 401: {"model": ErrorBody, "description": "Storing needs the bearer token"},
               403: {"model": ErrorBody, "description": "Storing is disabled on this server"},
               413: {"model": ErrorBody, "description": "Body over the size limit"}},
)
def code_article(
    body: CodeRequest,
    request: Request,
    authorization: Annotated[str | None, Header(description="Bearer token, needed with store=true when the server is not on loopback")] = None,
) -> JSONResponse:
    """Run the pipeline on the posted article and return it with every annotation and its events.

    With ``store: true`` the article and its events are also written to the store (an
    article whose id is already stored is not added twice).
    """
    state = state_of(request)
    if body.store:
        refusal = state.policy.check(authorization)
        if refusal is not None:
            raise ApiError(*refusal)
    pipeline = state.pipeline()
    article = make_article(body.text, id=body.id, url=body.url, title=body.title, outlet=body.outlet,
                           published=body.published, origin="http", max_chars=pipeline.config.max_chars)
    with state.code_lock:
        doc = pipeline(article)
    out = document_json(doc)
    out["stored"] = out["already_stored"] = False
    if body.store:
        counts = state.store.add([Outcome(article, doc)])
        if counts.articles_added:
            state.store.update_clusters()  # new events join (or found) their clusters at once
        out["stored"] = counts.articles_added == 1
        out["already_stored"] = counts.articles_skipped == 1
    return JSONResponse(out)
