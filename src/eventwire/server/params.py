"""Query parameters shared by every endpoint that filters events (list, stats, views, export).

FastAPI validates types and ranges (a bad value is a 422 naming the parameter); this
module turns what passed into the keyword filters of :meth:`EventStore.events`.
Repeated parameters and comma-separated values both give lists: ``country=PRK,KOR``.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Annotated, Any, Literal

from fastapi import Query

from ..model import MODALITIES
from .errors import ApiError

ModalityName = Literal[MODALITIES]  # type: ignore[valid-type]

_SHORT = 200  # longest accepted code or name
_MAX_VALUES = 100  # most values one list filter takes


def _split(values: list[str] | None, *, upper: bool = False, name: str = "value") -> list[str] | None:
    if not values:
        return None
    if len(values) > _MAX_VALUES:
        raise ApiError(422, f"{name}: at most {_MAX_VALUES} values")
    out = [v.strip() for raw in values for v in raw.split(",") if v.strip()]
    if len(out) > _MAX_VALUES or any(len(v) > _SHORT for v in out):
        raise ApiError(422, f"{name}: at most {_MAX_VALUES} values of at most {_SHORT} characters")
    return [v.upper() for v in out] if upper else out or None


def check_date_range(since: dt.date | None, until: dt.date | None) -> None:
    """422 for a range that ends before it starts."""
    if since is not None and until is not None and since > until:
        raise ApiError(422, f"since ({since}) is after until ({until})")


def cameo_roots(values: list[str] | None) -> list[str] | None:
    """CAMEO root codes from the query ("1", "01", "14,19"), checked to lie in 01..20."""
    roots = _split(values, name="cameo_root")
    if roots and not all(r.isdigit() and len(r) <= 2 and 1 <= int(r) <= 20 for r in roots):
        raise ApiError(422, "cameo_root: each value must be a CAMEO root code, 01..20")
    return roots


def parse_bbox(value: str) -> tuple[float, float, float, float]:
    """``min_lon,min_lat,max_lon,max_lat`` in degrees, checked for order and range."""
    parts = value.split(",")
    if len(parts) != 4:
        raise ApiError(422, "bbox must be four numbers: min_lon,min_lat,max_lon,max_lat")
    try:
        min_lon, min_lat, max_lon, max_lat = (float(p) for p in parts)
    except ValueError:
        raise ApiError(422, f"bbox has a value that is not a number: {value!r}") from None
    nums = (min_lon, min_lat, max_lon, max_lat)
    if not all(math.isfinite(x) for x in nums):
        raise ApiError(422, "bbox values must be finite numbers")
    if not (-180 <= min_lon <= max_lon <= 180 and -90 <= min_lat <= max_lat <= 90):
        raise ApiError(422, "bbox must satisfy -180 <= min_lon <= max_lon <= 180 and -90 <= min_lat <= max_lat <= 90")
    return nums


def event_filters(
    country: Annotated[list[str] | None, Query(description="Actor or recipient country (ISO 3166 alpha-3 or PLOVER code such as IGO); repeat or comma-separate for several")] = None,
    actor_country: Annotated[list[str] | None, Query(description="Country of the actor (who did it)")] = None,
    recipient_country: Annotated[list[str] | None, Query(description="Country of the recipient (to whom)")] = None,
    actor: Annotated[str | None, Query(description="Actor name, surface text, CAMEO code or knowledge-base id, any role (substring, case-insensitive)", max_length=_SHORT)] = None,
    recipient: Annotated[str | None, Query(description="Recipient name, text, CAMEO code or kb id (substring)", max_length=_SHORT)] = None,
    type: Annotated[list[str] | None, Query(description="PLOVER event type, e.g. CONSULT, ASSAULT")] = None,  # noqa: A002
    mode: Annotated[list[str] | None, Query(description="PLOVER mode")] = None,
    cameo: Annotated[str | None, Query(description="CAMEO code prefix, e.g. 03 or 036", pattern=r"^\d{1,4}$")] = None,
    cameo_root: Annotated[list[str] | None, Query(description="CAMEO root code, 01..20")] = None,
    quad_class: Annotated[list[int] | None, Query(description="CAMEO quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict")] = None,
    since: Annotated[dt.date | None, Query(description="Events whose time interval ends on or after this day (YYYY-MM-DD)")] = None,
    until: Annotated[dt.date | None, Query(description="Events whose time interval starts on or before this day")] = None,
    modality: Annotated[list[ModalityName] | None, Query(description="Modality: asserted, negated, future, ...")] = None,
    historical: Annotated[bool | None, Query(description="Only events well before (true) or near (false) the publication date")] = None,
    claimant: Annotated[str | None, Query(description="Any source in the according-to chain (name, text or country)", max_length=_SHORT)] = None,
    q: Annotated[str | None, Query(description="Free text matched (as plain text, case-insensitive) in the event's sentence", max_length=500)] = None,
    bbox: Annotated[str | None, Query(description="Place inside min_lon,min_lat,max_lon,max_lat", max_length=_SHORT)] = None,
    place_country: Annotated[list[str] | None, Query(description="Country of the event's place (ISO3)")] = None,
    article_id: Annotated[list[str] | None, Query(description="Only events of these articles")] = None,
    outlet: Annotated[str | None, Query(description="Outlet name (substring)", max_length=_SHORT)] = None,
    min_confidence: Annotated[float | None, Query(ge=0.0, le=1.0, description="Lowest confidence, 0..1")] = None,
) -> dict[str, Any]:
    """The filters as keyword arguments for the store (only those given)."""
    check_date_range(since, until)
    roots = cameo_roots(cameo_root)
    if quad_class and not all(1 <= x <= 4 for x in quad_class):
        raise ApiError(422, "quad_class: each value must be 1, 2, 3 or 4")
    out: dict[str, Any] = {
        "country": _split(country, upper=True, name="country"),
        "actor_country": _split(actor_country, upper=True, name="actor_country"),
        "recipient_country": _split(recipient_country, upper=True, name="recipient_country"),
        "actor": actor or None,
        "recipient": recipient or None,
        "type": _split(type, upper=True, name="type"),
        "mode": _split(mode, name="mode"),
        "cameo": cameo,
        "cameo_root": [r.zfill(2) for r in roots] if roots else None,
        "quad_class": list(quad_class) if quad_class else None,
        "since": since,
        "until": until,
        "modality": list(modality) if modality else None,
        "historical": historical,
        "claimant": claimant or None,
        "text": q or None,
        "bbox": parse_bbox(bbox) if bbox else None,
        "place_country": _split(place_country, upper=True, name="place_country"),
        "article_id": _split(article_id, name="article_id"),
        "outlet": outlet or None,
        "min_confidence": min_confidence,
    }
    return {k: v for k, v in out.items() if v is not None}
