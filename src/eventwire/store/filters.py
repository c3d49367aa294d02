"""Event filters as parameterized SQL: every value a user gives travels as a ``?`` parameter.

Only column names chosen here (never user text) are spliced into the SQL string.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ..errors import ConfigError
from ..pubdate import as_date, parse_published

#: ``order=`` names a user may sort by (prefix ``-`` for descending).
ORDER_COLUMNS: dict[str, str] = {
    "date": "COALESCE(date_start, published_date)",
    "published": "published_date",
    "confidence": "confidence",
    "goldstein": "goldstein",
    "type": "plover_type",
    "cameo": "cameo_code",
    "id": "id",
}


def _values(value: Any) -> list[Any]:
    if isinstance(value, str) or not isinstance(value, Iterable):
        return [value]
    return list(value)


def _upper(value: Any) -> list[str]:
    return [str(v).strip().upper() for v in _values(value) if str(v).strip()]


def to_date(value: Any, name: str) -> dt.date:
    """A filter date from a date, datetime or string (ISO 8601 and the formats ingest reads)."""
    try:
        parsed = as_date(parse_published(value))
    except ValueError as exc:
        raise ConfigError(f"{name}: {exc}") from exc
    if parsed is None:
        raise ConfigError(f"{name}: empty date")
    return parsed


@dataclass
class Where:
    """Accumulates ``AND``-joined conditions and their parameters."""

    parts: list[str] = field(default_factory=list)
    params: list[Any] = field(default_factory=list)

    def add(self, sql: str, *params: Any) -> None:
        self.parts.append(sql)
        self.params.extend(params)

    @property
    def sql(self) -> str:
        return (" WHERE " + " AND ".join(self.parts)) if self.parts else ""


def add_shared_filters(
    w: Where,
    *,
    country: str | Iterable[str] | None = None,
    actor_country: str | Iterable[str] | None = None,
    recipient_country: str | Iterable[str] | None = None,
    type: str | Iterable[str] | None = None,  # noqa: A002 - the PLOVER field is called "type"
    cameo_root: str | Iterable[str] | None = None,
    modality: str | Iterable[str] | None = None,
    historical: bool | None = None,
    place_country: str | Iterable[str] | None = None,
) -> None:
    """Conditions on the columns that events and clusters both have, under the same names."""
    if country is not None:
        codes = _upper(country)
        w.add("(list_has_any(actor_countries, ?::VARCHAR[]) OR list_has_any(recipient_countries, ?::VARCHAR[]))",
              codes, codes)
    if actor_country is not None:
        w.add("list_has_any(actor_countries, ?::VARCHAR[])", _upper(actor_country))
    if recipient_country is not None:
        w.add("list_has_any(recipient_countries, ?::VARCHAR[])", _upper(recipient_country))
    if type is not None:
        w.add("plover_type IN (SELECT unnest(?::VARCHAR[]))", _upper(type))
    if cameo_root is not None:
        w.add("cameo_root IN (SELECT unnest(?::VARCHAR[]))", [str(r).strip().zfill(2) for r in _values(cameo_root)])
    if modality is not None:
        w.add("modality IN (SELECT unnest(?::VARCHAR[]))", [m.lower() for m in _upper(modality)])
    if historical is not None:
        w.add("historical = ?", bool(historical))
    if place_country is not None:
        w.add("place_country IN (SELECT unnest(?::VARCHAR[]))", _upper(place_country))


def event_filters(
    *,
    country: str | Iterable[str] | None = None,
    actor_country: str | Iterable[str] | None = None,
    recipient_country: str | Iterable[str] | None = None,
    actor: str | None = None,
    recipient: str | None = None,
    type: str | Iterable[str] | None = None,  # noqa: A002 - the PLOVER field is called "type"
    mode: str | Iterable[str] | None = None,
    cameo: str | None = None,
    cameo_root: str | Iterable[str] | None = None,
    quad_class: int | Iterable[int] | None = None,
    since: Any = None,
    until: Any = None,
    modality: str | Iterable[str] | None = None,
    historical: bool | None = None,
    claimant: str | None = None,
    anonymous: bool | None = None,
    text: str | None = None,
    bbox: tuple[float, float, float, float] | None = None,
    place_country: str | Iterable[str] | None = None,
    article_id: str | Iterable[str] | None = None,
    outlet: str | None = None,
    min_confidence: float | None = None,
) -> Where:
    """Build the WHERE clause for :meth:`EventStore.events` (see its docstring)."""
    w = Where()
    add_shared_filters(w, country=country, actor_country=actor_country, recipient_country=recipient_country,
                       type=type, cameo_root=cameo_root, modality=modality, historical=historical,
                       place_country=place_country)
    for value, role in ((actor, None), (recipient, "recipient")):
        if value is None:
            continue
        needle = str(value).strip().lower()
        role_sql = "AND ea.role = 'recipient' " if role else ""
        w.add("EXISTS (SELECT 1 FROM event_actors ea WHERE ea.event_id = events.id " + role_sql
              + "AND (contains(lower(ea.name), ?) OR contains(lower(ea.text), ?) "
              "OR lower(ea.cameo) = ? OR lower(ea.kb_id) = ?))", needle, needle, needle, needle)
    if mode is not None:
        w.add("lower(plover_mode) IN (SELECT unnest(?::VARCHAR[]))", [m.lower() for m in _upper(mode)])
    if cameo is not None:
        w.add("starts_with(cameo_code, ?)", str(cameo).strip())
    if quad_class is not None:
        try:
            quads = [int(q) for q in _values(quad_class)]
        except (TypeError, ValueError) as exc:
            raise ConfigError(f"quad_class must be 1..4, got {quad_class!r}") from exc
        w.add("quad_class IN (SELECT unnest(?::INTEGER[]))", quads)
    # An event matches a date range when its interval overlaps it; undated events fall
    # back to the publication day (the only day we know the text existed).
    if since is not None:
        w.add("COALESCE(date_end, date_start, published_date) >= ?", to_date(since, "since"))
    if until is not None:
        w.add("COALESCE(date_start, date_end, published_date) <= ?", to_date(until, "until"))
    if claimant is not None:
        needle = str(claimant).strip().lower()
        w.add("EXISTS (SELECT 1 FROM attributions atr WHERE atr.event_id = events.id AND "
              "(contains(lower(atr.source_name), ?) OR contains(lower(atr.source_text), ?) "
              "OR lower(atr.source_country) = ?))", needle, needle, needle)
    if anonymous is not None:  # an anonymous source anywhere in the chain (schema version 3)
        w.add(("" if anonymous else "NOT ") + "EXISTS (SELECT 1 FROM attributions atr "
              "WHERE atr.event_id = events.id AND atr.anonymous)")
    if text is not None:
        w.add("contains(lower(sentence_text), ?)", str(text).lower())
    if bbox is not None:
        try:
            min_lon, min_lat, max_lon, max_lat = (float(x) for x in bbox)
        except (TypeError, ValueError) as exc:
            raise ConfigError(f"bbox must be (min_lon, min_lat, max_lon, max_lat), got {bbox!r}") from exc
        w.add("place_lon BETWEEN ? AND ? AND place_lat BETWEEN ? AND ?", min_lon, max_lon, min_lat, max_lat)
    if article_id is not None:
        w.add("article_id IN (SELECT unnest(?::VARCHAR[]))", [str(a) for a in _values(article_id)])
    if outlet is not None:
        w.add("contains(lower(outlet), ?)", str(outlet).lower())
    if min_confidence is not None:
        w.add("confidence >= ?", float(min_confidence))
    return w


def order_clause(order: str | None, columns: dict[str, str], default: str, tiebreak: str, what: str = "") -> str:
    """``ORDER BY`` for a whitelisted name such as ``date`` or ``-confidence`` (``-`` reverses)."""
    if not order:
        return f" ORDER BY {default}"
    desc = order.startswith("-")
    key = order.lstrip("-+")
    if key not in columns:
        raise ConfigError(f"cannot sort {what}by {order!r}; choose from {sorted(columns)} (prefix - to reverse)")
    return f" ORDER BY {columns[key]} {'DESC' if desc else 'ASC'} NULLS LAST, {tiebreak}"


def order_sql(order: str | None) -> str:
    """``ORDER BY`` for events."""
    return order_clause(order, ORDER_COLUMNS,
                        "COALESCE(date_start, published_date), article_id, sentence, trigger_start, id", "id")
