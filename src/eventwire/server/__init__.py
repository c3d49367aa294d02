"""The HTTP API and web dashboard: ``eventwire serve --db eventwire.duckdb``.

>>> from eventwire.server import create_app
>>> app = create_app("eventwire.duckdb")   # an ASGI app; run it with uvicorn
"""

from __future__ import annotations

from .app import create_app
from .state import DEFAULT_MAX_BODY, is_loopback

__all__ = ["DEFAULT_MAX_BODY", "create_app", "is_loopback"]
