"""Cross-article dedup: event mentions from many articles merged into real-world events.

>>> from eventwire.dedup import cluster_events
>>> clusters = cluster_events(events, articles)          # Event objects (+ their articles)
>>> clusters = cluster_events(store.events(columns="*"))  # or rows of a store's events table

Mentions merge when they share a type family and modality group, their actors, dates and
places are compatible, and enough evidence agrees (``data/dedup.yaml``). Historical
mentions join the cluster of the original event when it is present.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from ..model import Article, Event, EventCluster
from .cluster import Assignment, Cluster, Clusterer, canonical, cluster_id, to_event_cluster
from .compare import Score, features, match, score
from .mention import EventMention, from_event, from_row
from .settings import DedupSettings


def _plain(value: Any) -> Any:
    """pandas cells as plain Python: NaN/NaT -> None, arrays -> lists."""
    if hasattr(value, "tolist") and not isinstance(value, (str, bytes)):
        value = value.tolist()
    if isinstance(value, float) and value != value:
        return None
    if value.__class__.__name__ in ("NaTType", "NAType"):
        return None
    return value


def mentions_of(events: Any, articles: Mapping[str, Article] | Iterable[Article] | None = None) -> list[EventMention]:
    """:class:`EventMention` records from Events, Documents/Outcomes, row dicts or a DuckDB relation."""
    if articles is not None and not isinstance(articles, Mapping):
        articles = {a.id: a for a in articles}
    arts: Mapping[str, Article] = articles or {}
    if hasattr(events, "fetchall") and hasattr(events, "columns"):  # a DuckDB relation
        cols = list(events.columns)
        events = [dict(zip(cols, r)) for r in events.fetchall()]
    elif hasattr(events, "to_dict") and hasattr(events, "columns"):  # a pandas DataFrame
        events = [{k: _plain(v) for k, v in r.items()} for r in events.to_dict("records")]
    out: list[EventMention] = []
    for item in events:
        if isinstance(item, EventMention):
            out.append(item)
        elif isinstance(item, Event):
            out.append(from_event(item, arts.get(item.article_id)))
        elif isinstance(item, Mapping):
            out.append(from_row(item))
        elif hasattr(item, "events") and hasattr(item, "article"):  # Document or pipeline Outcome
            out.extend(from_event(e, item.article) for e in item.events)
        else:
            raise TypeError(f"cannot cluster {type(item).__name__}; give Events, rows or a relation")
    return out


def cluster_events(events: Any, articles: Mapping[str, Article] | Iterable[Article] | None = None,
                   settings: DedupSettings | None = None) -> list[EventCluster]:
    """Cluster event mentions into real-world events (a pure function of its input).

    ``events``: :class:`~eventwire.model.Event` objects (pass ``articles`` for outlets and
    publication dates), Documents or pipeline Outcomes, rows of the ``events`` table as
    dicts, or a DuckDB relation over it. Mentions are taken in canonical order, so the
    result does not depend on the order given.
    """
    clusterer = Clusterer(settings)
    clusterer.add_all(mentions_of(events, articles))
    return clusterer.clusters()


__all__ = [
    "Assignment", "Cluster", "Clusterer", "DedupSettings", "EventCluster", "EventMention", "Score",
    "canonical", "cluster_events", "cluster_id", "features", "from_event", "from_row", "match",
    "mentions_of", "score", "to_event_cluster",
]
