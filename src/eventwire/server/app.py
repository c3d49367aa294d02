"""``create_app``: the FastAPI application serving one event store and its dashboard."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Callable
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from .. import __version__
from ..pipeline import Pipeline
from . import errors
from .limits import BodyLimitMiddleware
from .routes import ROUTERS
from .routes.ui import STATIC
from .state import DEFAULT_MAX_BODY, ServerState, WritePolicy

DESCRIPTION = """\
Who did what to whom, when, where, how certain and according to whom: code news articles
into PLOVER/CAMEO events and query the event store.

Errors are JSON (`status`, `error`, `message`, `detail`); bad parameters are 422, bodies
over the size limit 413. Storing (`POST /v1/code` with `store: true`) needs
`Authorization: Bearer <token>` when the server is bound to a non-loopback address.
"""


def create_app(
    db_path: str | Path,
    token: str | None = None,
    max_body: int = DEFAULT_MAX_BODY,
    *,
    host: str | None = "127.0.0.1",
    read_only: bool = False,
    pipeline: Pipeline | Callable[[], Pipeline] | None = None,
) -> FastAPI:
    """An app serving the store at ``db_path`` (created if missing, unless ``read_only``).

    ``host`` is the address the server binds to: on anything but loopback, storing needs
    ``token``. ``pipeline`` is a :class:`Pipeline` or a factory for one; by default the
    standard pipeline is built on the first ``POST /v1/code``.
    """
    if max_body < 1:
        raise ValueError("max_body must be positive")
    factory: Callable[[], Pipeline]
    if pipeline is None:
        factory = Pipeline
    elif isinstance(pipeline, Pipeline):
        factory = lambda: pipeline  # noqa: E731
    else:
        factory = pipeline
    state = ServerState.open(db_path, WritePolicy(token=token, host=host, read_only=read_only),
                             max_body=max_body, pipeline_factory=factory)

    @contextlib.asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        try:
            yield
        finally:
            state.close()

    app = FastAPI(
        title="eventwire", version=__version__, description=DESCRIPTION, lifespan=lifespan,
        docs_url=None, redoc_url=None,  # /docs is served from local files (see routes.ui)
    )
    app.state.eventwire = state
    errors.install(app)
    app.add_middleware(BodyLimitMiddleware, max_body=max_body)
    for router in ROUTERS:
        app.include_router(router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app
