"""``GET /v1/meta``: vocabularies and server facts the dashboard needs (types, countries, policy)."""

from __future__ import annotations

import functools
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from ... import __version__
from ...model import MODALITIES
from ...resources import load_json
from ..deps import state_of
from ..queries import SORT_KEYS
from .ui import assets_ready

router = APIRouter(tags=["meta"])


@functools.cache
def countries() -> list[dict[str, Any]]:
    """ISO 3166 countries with their numeric code (the world map's feature ids)."""
    import pycountry

    out = [{"iso3": c.alpha_3, "numeric": c.numeric, "name": getattr(c, "common_name", None) or c.name}
           for c in pycountry.countries]
    out.extend(load_json("eventwire.server", "vocab.json")["extra_countries"])
    return sorted(out, key=lambda c: c["iso3"])


@router.get("/v1/meta", summary="Vocabularies and server settings")
def meta(request: Request) -> JSONResponse:
    """PLOVER types, quad classes, modalities, countries, sort keys and whether storing
    needs a token; the dashboard builds its menus and legends from this."""
    state = state_of(request)
    vocab = load_json("eventwire.server", "vocab.json")
    return JSONResponse({
        "version": __version__,
        "plover_types": vocab["plover_types"],
        "quad_classes": vocab["quad_classes"],
        "modalities": list(MODALITIES),
        "countries": countries(),
        "sort_keys": list(SORT_KEYS),
        "store": {"path": state.store.path, "read_only": state.policy.read_only},
        "writing": {"token_required": state.policy.token_required,
                    "enabled": not state.policy.read_only and (state.policy.token is not None or not state.policy.token_required)},
        "assets_ready": assets_ready(),
    })
