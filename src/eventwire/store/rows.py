"""Flattening one annotated article into table rows (pure functions, no database).

Rows are plain dicts keyed by column name; :mod:`eventwire.store.store` writes them in
one transaction per batch. Everything here is deterministic: the same document always
gives the same rows, which is what makes re-runs and resumed runs identical.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any

from ..document import Document
from ..model import Actor, Article, Event, Span, to_dict
from ..pubdate import as_date


def dumps(obj: Any) -> str:
    """Compact, key-ordered JSON (stable bytes for identical content)."""
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"), sort_keys=True, default=str)


def published_iso(article: Article) -> str | None:
    p = article.published
    return p.isoformat() if isinstance(p, (dt.date, dt.datetime)) else None


def reject_key(origin: str, reason: str) -> str:
    """The same file/line rejected for the same reason is one row, however often it is seen."""
    return hashlib.blake2b(f"{origin}\x1f{reason}".encode("utf-8"), digest_size=12).hexdigest()


def _start(span: Span | None) -> int | None:
    return span.start if span is not None else None


def _end(span: Span | None) -> int | None:
    return span.end if span is not None else None


def layers(doc: Document) -> dict[str, Any]:
    """Every annotation layer of the article, JSON-ready, with character offsets only."""
    chars = doc.mention_chars()
    if len(chars) < len(doc.mentions):  # a hand-built document without a parse: offsets unknown
        chars = chars + [(None, None)] * (len(doc.mentions) - len(chars))
    mentions = []
    for m, (start, end) in zip(doc.mentions, chars):
        mentions.append({
            "start": start, "end": end, "entity": m.entity, "text": m.text, "kind": m.kind,
            "actor": _actor_brief(m.actor) if m.actor is not None else None,
        })
    return {
        "entities": to_dict(doc.entities),
        "mentions": mentions,
        "timexes": to_dict(doc.timexes),
        "places": to_dict(doc.places),
        "attributions": to_dict(doc.attributions),
    }


def _actor_brief(actor: Actor) -> dict[str, Any]:
    # The per-mention actor without its span list (the entity already holds all spans).
    d = to_dict(actor)
    d.pop("spans", None)
    return d


def article_row(doc: Document, run_id: str | None) -> dict[str, Any]:
    a = doc.article
    sentences = doc.sentence_offsets()
    return {
        "id": a.id, "url": a.url, "title": a.title, "outlet": a.outlet,
        "published": published_iso(a), "published_date": as_date(a.published),
        "language": a.language, "origin": a.origin, "text": a.text,
        "n_sentences": len(sentences), "n_events": len(unique_events(doc.events)),
        "sentences": dumps([list(s) for s in sentences]), "layers": dumps(layers(doc)),
        "run_id": run_id,
    }


def unique_events(events: list[Event]) -> list[Event]:
    """Events with distinct ids, first one kept (a stage bug must not break a whole batch)."""
    seen: set[str] = set()
    out = []
    for e in events:
        if e.id not in seen:
            seen.add(e.id)
            out.append(e)
    return out


def _names(actors: list[Actor]) -> list[str]:
    return [a.name or a.text for a in actors]


def _countries(actors: list[Actor]) -> list[str]:
    return [a.country for a in actors if a.country]


def _sectors(actors: list[Actor]) -> list[str]:
    return [a.sector for a in actors if a.sector]


def event_row(event: Event, article: Article) -> dict[str, Any]:
    w, p = event.when, event.where
    # the original claimant is the first link with a named source ("it appears ..., Lee said": Lee)
    claim = next((link for link in event.according_to if link.source is not None), None)
    claimant = (claim.source.name or claim.source.text or None) if claim is not None else None
    return {
        "id": event.id, "article_id": article.id, "published_date": as_date(article.published),
        "outlet": article.outlet, "sentence": event.sentence, "sentence_text": event.text,
        "trigger_start": event.trigger.start, "trigger_end": event.trigger.end,
        "trigger_text": event.trigger.text or article.text[event.trigger.start:event.trigger.end],
        "lemma": event.lemma, "plover_type": event.plover.type, "plover_mode": event.plover.mode,
        "plover_context": list(event.plover.context), "plover_intensity": event.plover.intensity,
        "cameo_code": str(event.cameo.code) if event.cameo.code is not None else None,
        "cameo_root": event.cameo.root or (str(event.cameo.code)[:2] if event.cameo.code else None),
        "quad_class": event.cameo.quad_class, "goldstein": event.cameo.goldstein,
        "date_start": w.start if w else None, "date_end": w.end if w else None,
        "date_precision": w.precision if w else "unknown", "date_text": w.text if w else None,
        "date_value": w.value if w else None, "date_modifier": w.modifier if w else None,
        "date_basis": w.basis if w else None,
        "date_span_start": _start(w.span) if w else None, "date_span_end": _end(w.span) if w else None,
        "place_text": p.text if p else None, "place_name": p.name if p else None,
        "place_geonameid": p.geonameid if p else None, "place_lat": p.lat if p else None,
        "place_lon": p.lon if p else None, "place_country": p.country if p else None,
        "place_admin1": p.admin1 if p else None, "place_feature_class": p.feature_class if p else None,
        "place_feature_code": p.feature_code if p else None,
        "place_resolution": p.resolution if p else None,
        "place_span_start": _start(p.span) if p else None, "place_span_end": _end(p.span) if p else None,
        "actor_names": _names(event.actor), "actor_countries": _countries(event.actor),
        "actor_sectors": _sectors(event.actor), "recipient_names": _names(event.recipient),
        "recipient_countries": _countries(event.recipient),
        "recipient_sectors": _sectors(event.recipient), "claimant": claimant,
        "modality": event.modality, "historical": bool(event.historical),
        "confidence": event.confidence, "evidence": event.evidence,
        "quantities": dumps(event.quantities), "record": dumps(to_dict(event)),
    }


def actor_rows(event: Event, article_id: str) -> list[dict[str, Any]]:
    rows = []
    for role, actors in (("actor", event.actor), ("recipient", event.recipient)):
        for i, a in enumerate(actors):
            # The span of this role filler: the mention in the event's sentence if known.
            span = next((s for s in a.spans if s.sentence == event.sentence), a.spans[0] if a.spans else None)
            rows.append({
                "event_id": event.id, "article_id": article_id, "role": role, "position": i,
                "text": a.text, "name": a.name or a.text, "country": a.country, "sector": a.sector,
                "cameo": a.cameo, "kb_id": a.kb_id, "kind": a.kind, "entity": a.entity,
                "span_start": _start(span), "span_end": _end(span),
            })
    return rows


def attribution_rows(event: Event, article_id: str) -> list[dict[str, Any]]:
    rows = []
    for i, at in enumerate(event.according_to):
        s = at.source
        rows.append({
            "event_id": event.id, "article_id": article_id, "position": i,
            "relation_id": at.id, "via": at.via,
            "source_text": s.text if s else None, "source_name": (s.name or s.text) if s else None,
            "source_country": s.country if s else None, "source_sector": s.sector if s else None,
            "source_cameo": s.cameo if s else None, "source_kb_id": s.kb_id if s else None,
            "cue": at.cue, "kind": at.kind, "text": at.text, "denial": bool(at.denial),
            "anonymous": bool(at.anonymous), "cue_start": _start(at.cue_span), "cue_end": _end(at.cue_span),
            "source_start": _start(at.source_span), "source_end": _end(at.source_span),
            "content_start": _start(at.content_span), "content_end": _end(at.content_span),
        })
    return rows


def place_rows(doc: Document) -> list[dict[str, Any]]:
    rows = []
    for i, p in enumerate(doc.places):
        rows.append({
            "article_id": doc.article.id, "position": i, "text": p.text, "name": p.name,
            "geonameid": p.geonameid, "lat": p.lat, "lon": p.lon, "country": p.country,
            "admin1": p.admin1, "feature_class": p.feature_class, "feature_code": p.feature_code,
            "resolution": p.resolution, "sentence": p.span.sentence if p.span else None,
            "span_start": _start(p.span), "span_end": _end(p.span),
        })
    return rows


def document_rows(doc: Document, run_id: str | None) -> dict[str, list[dict[str, Any]]]:
    """All rows of one article, by table name."""
    out: dict[str, list[dict[str, Any]]] = {
        "articles": [article_row(doc, run_id)], "events": [], "event_actors": [],
        "attributions": [], "places": place_rows(doc),
    }
    for e in unique_events(doc.events):
        out["events"].append(event_row(e, doc.article))
        out["event_actors"].extend(actor_rows(e, doc.article.id))
        out["attributions"].extend(attribution_rows(e, doc.article.id))
    return out


def article_view(doc: Document) -> dict[str, Any]:
    """The article with every layer and its events, in the shape :meth:`EventStore.article` returns."""
    a = doc.article
    out: dict[str, Any] = {
        "id": a.id, "url": a.url, "title": a.title, "outlet": a.outlet, "published": published_iso(a),
        "language": a.language, "origin": a.origin, "text": a.text,
        "sentences": [list(s) for s in doc.sentence_offsets()],
    }
    out.update(json.loads(dumps(layers(doc))))
    out["events"] = json.loads(dumps([to_dict(e) for e in unique_events(doc.events)]))
    return out
