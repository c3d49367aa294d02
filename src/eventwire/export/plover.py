"""PLOVER JSONL: one event per line, with the PLOVER manual's field names plus eventwire's own.

:func:`event_to_plover` is the single place the record is built; ``eventwire code
--format plover`` and ``eventwire export --format plover`` both call it.
"""

from __future__ import annotations

import json
from typing import Any

from ..model import Actor, Article, Attribution, Event

#: Field order of a record (PLOVER's fields first, then eventwire's).
FIELDS: tuple[str, ...] = (
    "id", "date", "enddate", "actor", "recipient", "event", "mode", "context", "event_loc",
    "event_text", "quad_code", "text_info", "cite_info",
    "cameo", "modality", "historical", "according_to", "quantities", "confidence", "evidence",
)


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def actor_to_plover(actor: Actor) -> dict[str, Any]:
    """``{code, sector, entity_text, name}``; ``code`` is ISO3 or an IGO/NGO-type code."""
    return {"code": actor.country, "sector": actor.sector, "entity_text": actor.text,
            "name": actor.name or actor.text}


def _attribution(at: Attribution) -> dict[str, Any]:
    s = at.source
    return {
        "source": ({"name": s.name or s.text, "entity_text": s.text, "code": s.country,
                    "sector": s.sector, "cameo": s.cameo} if s else None),
        "cue": at.cue, "kind": at.kind, "text": at.text, "denial": at.denial, "anonymous": at.anonymous,
    }


def event_to_plover(event: Event, article: Article) -> dict[str, Any]:
    """The PLOVER JSONL record of one event of ``article`` (see the README's output schema)."""
    w, p = event.when, event.where
    event_loc = None
    if p is not None:
        event_loc = {
            "extracted_place": p.text, "resolved_place": p.name, "geonameid": p.geonameid,
            "lat": p.lat, "lon": p.lon, "country_code": p.country, "resolution": p.resolution,
        }
    return {
        "id": event.id,
        "date": _iso(w.start) if w else None,
        "enddate": _iso(w.end) if w else None,
        "actor": [actor_to_plover(a) for a in event.actor],
        "recipient": [actor_to_plover(a) for a in event.recipient],
        "event": event.plover.type,
        "mode": event.plover.mode,
        "context": list(event.plover.context),
        "event_loc": event_loc,
        "event_text": event.text,
        "quad_code": event.cameo.quad_class,
        "text_info": {"sequence": event.sentence, "start": event.trigger.start, "end": event.trigger.end},
        "cite_info": {"id": article.id, "url": article.url, "title": article.title,
                      "outlet": article.outlet, "published": _iso(article.published)},
        "cameo": {"code": str(event.cameo.code), "root": event.cameo.root,
                  "goldstein": event.cameo.goldstein},
        "modality": event.modality,
        "historical": event.historical,
        "according_to": [_attribution(at) for at in event.according_to],
        "quantities": dict(event.quantities),
        "confidence": event.confidence,
        "evidence": event.evidence,
    }


def plover_line(event: Event, article: Article) -> str:
    """One JSON line (no trailing newline)."""
    return json.dumps(event_to_plover(event, article), ensure_ascii=False)
