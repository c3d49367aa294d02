"""An event as one article reports it, flattened for clustering (:class:`EventMention`).

Built from a pipeline :class:`~eventwire.model.Event` (plus its article) or from a row of
the store's ``events`` table, so the same clustering runs on fresh output and on a
DuckDB file.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ..model import Actor, Article, Event, Place, TimeRef
from ..pubdate import as_date, parse_published

_FAR_FUTURE = dt.date.max


@dataclass(slots=True)
class EventMention:
    """What dedup needs to know about one event mention (see :func:`from_event`, :func:`from_row`)."""

    event_id: str
    article_id: str
    outlet: str | None = None
    published: dt.date | None = None
    sentence: int = 0
    trigger_start: int = 0
    plover_type: str = ""
    plover_mode: str | None = None
    plover_context: tuple[str, ...] = ()
    cameo_code: str = ""
    cameo_root: str = ""
    quad_class: int | None = None
    goldstein: float | None = None
    lemma: str = ""
    actors: tuple[Actor, ...] = ()
    recipients: tuple[Actor, ...] = ()
    when: TimeRef | None = None
    where: Place | None = None
    modality: str = "asserted"
    historical: bool = False
    confidence: float = 0.5
    #: Trigger lemmas of every member (a cluster's profile); ``{lemma}`` for one mention.
    lemmas: frozenset[str] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        if not self.lemmas and self.lemma:
            self.lemmas = frozenset({self.lemma})

    @property
    def actor_countries(self) -> frozenset[str]:
        return frozenset(a.country for a in self.actors if a.country)

    @property
    def recipient_countries(self) -> frozenset[str]:
        return frozenset(a.country for a in self.recipients if a.country)

    @property
    def sort_key(self) -> tuple:
        """Canonical processing order: publication day, article, position in the article."""
        return (self.published or _FAR_FUTURE, self.article_id, self.sentence, self.trigger_start, self.event_id)


def _outlet(value: str | None) -> str | None:
    value = (value or "").strip().lower()
    return value or None


def from_event(event: Event, article: Article | None = None) -> EventMention:
    """An :class:`EventMention` from a coded event; ``article`` supplies outlet and date."""
    published = as_date(article.published) if article is not None else None
    if published is None and event.when is not None:
        published = event.when.anchor
    return EventMention(
        event_id=event.id, article_id=event.article_id,
        outlet=_outlet(article.outlet if article is not None else None), published=published,
        sentence=event.sentence, trigger_start=event.trigger.start,
        plover_type=event.plover.type or "", plover_mode=event.plover.mode,
        plover_context=tuple(event.plover.context),
        cameo_code=str(event.cameo.code or ""),
        cameo_root=event.cameo.root or str(event.cameo.code or "")[:2],
        quad_class=event.cameo.quad_class, goldstein=event.cameo.goldstein, lemma=event.lemma or "",
        actors=tuple(event.actor), recipients=tuple(event.recipient), when=event.when, where=event.where,
        modality=event.modality or "asserted", historical=bool(event.historical), confidence=event.confidence,
    )


def _date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return as_date(value) if isinstance(value, dt.datetime) else value
    return as_date(parse_published(value))


def _actors_from(value: Any) -> tuple[Actor, ...] | None:
    """Actors from a list of ``event_actors``-like dicts (as the store's loader aggregates them)."""
    if value is None:
        return None
    out = []
    for d in value:
        if d is None:
            continue
        out.append(Actor(text=d.get("text") or d.get("name") or "", name=d.get("name") or "",
                         country=d.get("country"), sector=d.get("sector"), cameo=d.get("cameo"),
                         kb_id=d.get("kb_id"), kind=d.get("kind") or "unknown"))
    return tuple(out)


def _actors_from_columns(names: Any, countries: Any) -> tuple[Actor, ...]:
    # The flat columns do not align names with countries (countries skip unknowns), so
    # countries become anonymous country actors and names stay country-less.
    out = [Actor(text=n, name=n) for n in names or []]
    out.extend(Actor(text=c, name=c, country=c, kind="country") for c in countries or [])
    return tuple(out)


def from_row(row: Mapping[str, Any]) -> EventMention:
    """An :class:`EventMention` from an ``events`` row (a dict of column values).

    With a ``record`` column (the event's JSON) the full event is used; otherwise the flat
    columns, plus ``actors``/``recipients`` lists of actor dicts when the caller joined them.
    """
    if row.get("record"):
        from ..store.codec import event_from

        event = event_from(json.loads(row["record"]) if isinstance(row["record"], str) else row["record"])
        m = from_event(event)
        m.outlet = _outlet(row.get("outlet"))
        m.published = _date(row.get("published_date")) or m.published
        return m
    actors = _actors_from(row.get("actors"))
    recipients = _actors_from(row.get("recipients"))
    if actors is None:
        actors = _actors_from_columns(row.get("actor_names"), row.get("actor_countries"))
    if recipients is None:
        recipients = _actors_from_columns(row.get("recipient_names"), row.get("recipient_countries"))
    published = _date(row.get("published_date"))
    when = None
    if row.get("date_start") is not None or row.get("date_end") is not None or row.get("date_precision"):
        when = TimeRef(text=row.get("date_text") or "", start=_date(row.get("date_start")),
                       end=_date(row.get("date_end")), precision=row.get("date_precision") or "unknown",
                       value=row.get("date_value"), modifier=row.get("date_modifier"), anchor=published,
                       basis=row.get("date_basis"))
    where = None
    if row.get("place_text") is not None or row.get("place_geonameid") is not None or row.get("place_country"):
        where = Place(text=row.get("place_text") or "", name=row.get("place_name"),
                      geonameid=row.get("place_geonameid"), lat=row.get("place_lat"), lon=row.get("place_lon"),
                      country=row.get("place_country"), admin1=row.get("place_admin1"),
                      feature_class=row.get("place_feature_class"), feature_code=row.get("place_feature_code"),
                      resolution=row.get("place_resolution"))
    code = row.get("cameo_code") or ""
    return EventMention(
        event_id=row["id"], article_id=row["article_id"], outlet=_outlet(row.get("outlet")),
        published=published, sentence=row.get("sentence") or 0, trigger_start=row.get("trigger_start") or 0,
        plover_type=row.get("plover_type") or "", plover_mode=row.get("plover_mode"),
        plover_context=tuple(row.get("plover_context") or ()), cameo_code=code,
        cameo_root=row.get("cameo_root") or code[:2], quad_class=row.get("quad_class"),
        goldstein=row.get("goldstein"), lemma=row.get("lemma") or "", actors=actors, recipients=recipients,
        when=when, where=where, modality=row.get("modality") or "asserted",
        historical=bool(row.get("historical")), confidence=row.get("confidence") or 0.5,
    )
