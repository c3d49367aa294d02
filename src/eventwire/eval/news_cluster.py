"""Giveme5W1H ``news_cluster``: articles grouped by the real-world event they report.

Layout: a folder (or its ``data/`` subfolder) of JSON files, one article each, with
``title``, ``description``, ``text``, ``date_publish``, ``source_domain``, ``url`` and
``newsCluster`` (``EventId`` is the gold event of the article).

Every article is coded and all events are clustered with
:func:`eventwire.dedup.cluster_events`. An article's *main event* is, among its events,
the one whose cluster is reported by the most articles (then the earliest in the text),
historical mentions only when the article has nothing else;
articles are grouped by their main event's cluster, and articles without events stay
alone. Scores: B-cubed, pairwise, MUC, CEAF-e, ARI against ``EventId``, next to the
every-article-alone reference (``singleton_*``) and the share of articles with any event.
"""

from __future__ import annotations

import ast
import json
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import ConfigError
from .clustering import scores
from .metrics import EvalResult

if TYPE_CHECKING:
    from ..pipeline import Pipeline


def _cluster_field(value: Any) -> dict[str, Any]:
    # Some dumps store ``newsCluster`` as a Python-literal string rather than an object.
    if isinstance(value, dict):
        return value
    if isinstance(value, str) and value.strip():
        try:
            parsed = ast.literal_eval(value)
        except (ValueError, SyntaxError):
            return {}
        return parsed if isinstance(parsed, dict) else {}
    return {}


def _clean(value: Any) -> str | None:
    if value is None:
        return None
    value = str(value).strip()
    return None if not value or value.lower() in ("none", "null") else value


def read_articles(path: Path) -> list[tuple[Any, str]]:
    """``(Article, gold event id)`` for every JSON article with a gold event."""
    from ..articles import make_article
    from ..errors import RecordError

    folder = path / "data" if (path / "data").is_dir() else path
    files = [folder] if folder.is_file() else sorted(folder.glob("*.json"))
    if not files:
        raise ConfigError(f"{path}: no news_cluster .json articles found")
    out = []
    for f in files:
        d = json.loads(f.read_text(encoding="utf-8"))
        gold = _cluster_field(d.get("newsCluster")).get("EventId")
        text, title = _clean(d.get("text")), _clean(d.get("title"))
        if gold is None or not text:
            continue
        if title and title not in text[: len(title) + 200]:
            text = f"{title}\n\n{text}"  # the title is part of what the article reports
        try:
            art = make_article(text, id=f.stem, url=_clean(d.get("url")), title=title,
                               outlet=_clean(d.get("source_domain")), published=_clean(d.get("date_publish")),
                               origin=str(f))
        except RecordError:
            continue
        out.append((art, str(gold)))
    return out


def evaluate(path: Path, pipeline: Pipeline, quiet: bool = False) -> EvalResult:
    from ..progress import track

    pairs = read_articles(path)
    articles = [a for a, _ in pairs]
    gold = {a.id: g for a, g in pairs}
    t0 = time.process_time()
    events, n_failed = [], 0
    for outcome in track(pipeline.pipe(articles), total=len(articles), description="news-cluster", quiet=quiet):
        if outcome.document is None:
            n_failed += 1
        events.extend(outcome.events)
    t_pipe = time.process_time() - t0
    result = score_events(articles, gold, events)
    result.details.update({"failed_articles": n_failed, "pipeline_cpu_seconds": round(t_pipe, 2)})
    return result


def score_events(articles: list, gold: dict[str, str], events: list, settings=None) -> EvalResult:
    """Cluster coded ``events``, group articles by their main event, score against ``gold``."""
    from ..dedup import cluster_events

    t0 = time.process_time()
    clusters = cluster_events(events, articles, settings=settings)
    t_dedup = time.process_time() - t0
    of_event = {eid: c for c in clusters for eid in c.members}
    main: dict[str, str] = {}
    best: dict[str, tuple] = {}
    for e in events:
        c = of_event[e.id]
        # Background (historical) mentions are not what the article reports.
        key = (e.historical, -c.num_articles, e.sentence, e.trigger.start, c.id)
        if e.article_id not in best or key < best[e.article_id]:
            best[e.article_id] = key
            main[e.article_id] = c.id
    metrics = scores(gold, main)
    metrics.update({k: v for k, v in scores(gold, {}, prefix="singleton_").items() if k.endswith(("_f1", "ari"))})
    metrics["articles_with_events"] = len(main) / len(gold) if gold else 0.0
    predicted_groups: dict[str, int] = {}
    for c in main.values():
        predicted_groups[c] = predicted_groups.get(c, 0) + 1
    details = {
        "articles": len(articles), "gold_events": len(set(gold.values())),
        "events": len(events), "clusters": len(clusters),
        "clusters_over_1_article": sum(1 for c in clusters if c.num_articles > 1),
        "predicted_article_groups_over_1": sum(1 for n in predicted_groups.values() if n > 1),
        "dedup_cpu_seconds": round(t_dedup, 3),
    }
    return EvalResult("news-cluster", len(gold), metrics, details)
