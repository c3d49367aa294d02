"""Small helpers every route uses to reach the server state."""

from __future__ import annotations

from fastapi import Request

from .state import ServerState


def state_of(request: Request) -> ServerState:
    return request.app.state.eventwire
