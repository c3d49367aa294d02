"""Model objects from their JSON form (the inverse of :func:`eventwire.model.to_dict`).

The store keeps each event as JSON so exports and the dashboard rebuild the very
:class:`~eventwire.model.Event` the pipeline produced, without re-parsing.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..model import (Actor, Article, Attribution, CameoCoding, Event, Place, PloverCoding, Span,
                     TimeRef)
from ..pubdate import parse_published


def _date(value: Any) -> dt.date | None:
    return dt.date.fromisoformat(value[:10]) if value else None


def span_from(d: dict | None) -> Span | None:
    if not d:
        return None
    return Span(d.get("start", 0), d.get("end", 0), d.get("sentence", -1), d.get("text", ""))


def actor_from(d: dict | None) -> Actor | None:
    if d is None:
        return None
    return Actor(
        text=d.get("text", ""), name=d.get("name", ""), country=d.get("country"),
        sector=d.get("sector"), cameo=d.get("cameo"), kb_id=d.get("kb_id"),
        kind=d.get("kind", "unknown"), entity=d.get("entity", -1),
        spans=[s for s in (span_from(x) for x in d.get("spans") or []) if s is not None],
    )


def timeref_from(d: dict | None) -> TimeRef | None:
    if d is None:
        return None
    return TimeRef(
        text=d.get("text", ""), start=_date(d.get("start")), end=_date(d.get("end")),
        precision=d.get("precision", "unknown"), type=d.get("type", "DATE"), value=d.get("value"),
        modifier=d.get("modifier"), anchor=_date(d.get("anchor")), span=span_from(d.get("span")),
        basis=d.get("basis"),
    )


def place_from(d: dict | None) -> Place | None:
    if d is None:
        return None
    return Place(
        text=d.get("text", ""), name=d.get("name"), geonameid=d.get("geonameid"), lat=d.get("lat"),
        lon=d.get("lon"), country=d.get("country"), admin1=d.get("admin1"),
        feature_class=d.get("feature_class"), feature_code=d.get("feature_code"),
        resolution=d.get("resolution"), span=span_from(d.get("span")),
        approximate=bool(d.get("approximate", False)), admin1_code=d.get("admin1_code"),
    )


def attribution_from(d: dict) -> Attribution:
    return Attribution(
        source=actor_from(d.get("source")), cue=d.get("cue", ""), text=d.get("text", ""),
        cue_span=span_from(d.get("cue_span")), source_span=span_from(d.get("source_span")),
        content_span=span_from(d.get("content_span")), kind=d.get("kind", "indirect"),
        id=d.get("id", -1), via=d.get("via"), denial=bool(d.get("denial", False)),
        anonymous=bool(d.get("anonymous", False)),
    )


def event_from(d: dict) -> Event:
    """Rebuild an :class:`Event` from ``to_dict(event)``."""
    p = d.get("plover") or {}
    c = d.get("cameo") or {}
    return Event(
        id=d["id"], article_id=d["article_id"], sentence=d.get("sentence", -1),
        trigger=span_from(d.get("trigger")) or Span(0, 0), lemma=d.get("lemma", ""),
        plover=PloverCoding(p.get("type", ""), p.get("mode"), list(p.get("context") or []), p.get("intensity")),
        cameo=CameoCoding(str(c.get("code", "")), c.get("root", ""), c.get("quad_class"), c.get("goldstein")),
        actor=[a for a in (actor_from(x) for x in d.get("actor") or []) if a],
        recipient=[a for a in (actor_from(x) for x in d.get("recipient") or []) if a],
        when=timeref_from(d.get("when")), where=place_from(d.get("where")),
        modality=d.get("modality", "asserted"), historical=bool(d.get("historical", False)),
        according_to=[attribution_from(x) for x in d.get("according_to") or []],
        quantities=dict(d.get("quantities") or {}), confidence=d.get("confidence", 0.5),
        evidence=d.get("evidence", ""), text=d.get("text", ""),
    )


def article_from(row: dict) -> Article:
    """Rebuild an :class:`Article` from a row of the ``articles`` table."""
    return Article(
        id=row["id"], text=row["text"], url=row.get("url"), title=row.get("title"),
        outlet=row.get("outlet"), published=parse_published(row.get("published")),
        language=row.get("language") or "en", origin=row.get("origin"),
    )
