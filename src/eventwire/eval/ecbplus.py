"""ECB+ cross-document event coreference: our event clusters scored on the gold event mentions.

Layout: a folder of topic folders (``1/``, ``2/``...) holding ``*ecb.xml`` / ``*ecbplus.xml``
documents; each lists its tokens, its markables (``ACTION_*`` and ``NEG_ACTION_*`` are event
mentions, anchored to tokens) and coreference relations (``CROSS_DOC_COREF`` with the
instance id in ``note``; ``INTRA_DOC_COREF`` within one document).

Every document is rebuilt as text (sentences on their own lines), coded by the pipeline,
and all events are clustered together with :func:`eventwire.dedup.cluster_events`. A gold
mention takes the cluster of the event whose trigger overlaps it; a mention with no such
event is a singleton in the prediction (we say nothing about it). Gold mentions outside
any chain are gold singletons. Scores: B-cubed, MUC, CEAF-e, CoNLL (their mean), pairwise,
ARI; over all gold mentions (``*``) and over the ones we coded (``covered_*``). Reference
points on the same mentions: every mention alone (``singleton_*``) and the classic
same-head-lemma-in-the-same-topic baseline (``lemma_*``, and ``covered_lemma_*`` on the
coded mentions only), which is told the gold topics our clustering never sees. ECB+ has no
publication dates, so dates never separate two events here (in a news store they do).
"""

from __future__ import annotations

import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import ConfigError
from .clustering import scores
from .metrics import EvalResult

if TYPE_CHECKING:
    from ..pipeline import Pipeline


@dataclass(slots=True)
class GoldMention:
    key: str  # doc name + markable id
    doc: str
    topic: str
    start: int
    end: int
    text: str
    chain: str  # gold cluster label


@dataclass(slots=True)
class GoldDoc:
    name: str
    topic: str
    text: str
    mentions: list[GoldMention] = field(default_factory=list)


def _is_event(tag: str) -> bool:
    return tag.startswith("ACTION_") or tag.startswith("NEG_ACTION_")


def read_doc(path: Path, topic: str) -> GoldDoc:
    """Tokens joined by spaces (one sentence per line), event mentions as character spans."""
    root = ET.parse(path).getroot()
    name = root.get("doc_name") or path.name
    offsets: dict[str, tuple[int, int]] = {}
    parts: list[str] = []
    pos, sentence = 0, None
    for tok in root.iter("token"):
        s = tok.get("sentence")
        if sentence is not None and s != sentence:
            parts.append("\n")
            pos += 1
        elif parts:
            parts.append(" ")
            pos += 1
        sentence = s
        word = tok.text or ""
        offsets[tok.get("t_id", "")] = (pos, pos + len(word))
        parts.append(word)
        pos += len(word)
    text = "".join(parts)
    spans: dict[str, tuple[int, int]] = {}
    markables = root.find("Markables")
    for m in markables if markables is not None else []:
        anchors = [offsets[a.get("t_id", "")] for a in m.findall("token_anchor") if a.get("t_id") in offsets]
        if _is_event(m.tag) and anchors:
            spans[m.get("m_id", "")] = (min(a[0] for a in anchors), max(a[1] for a in anchors))
    chain: dict[str, str] = {}
    relations = root.find("Relations")
    for rel in relations if relations is not None else []:
        label = rel.get("note") if rel.tag == "CROSS_DOC_COREF" else f"{name}#{rel.get('r_id')}"
        if rel.tag not in ("CROSS_DOC_COREF", "INTRA_DOC_COREF") or not label:
            continue
        for src in rel.findall("source"):
            mid = src.get("m_id", "")
            if mid in spans:
                chain[mid] = label
    doc = GoldDoc(name, topic, text)
    for mid, (start, end) in sorted(spans.items(), key=lambda kv: kv[1]):
        key = f"{name}#{mid}"
        doc.mentions.append(GoldMention(key, name, topic, start, end, text[start:end], chain.get(mid, key)))
    return doc


def read_corpus(path: Path) -> Iterator[GoldDoc]:
    """Documents of a corpus folder (topic subfolders) or of one topic folder or file."""
    files = [path] if path.is_file() else sorted(path.rglob("*.xml"))
    if not files:
        raise ConfigError(f"{path}: no ECB+ .xml documents found")
    for f in files:
        yield read_doc(f, f.parent.name)


def _head_lemma(sdoc, start: int, end: int, fallback: str) -> str:
    span = sdoc.char_span(start, end, alignment_mode="expand") if sdoc is not None else None
    if span is None or not len(span):
        return fallback.lower()
    return span.root.lemma_.lower()


def evaluate(path: Path, pipeline: Pipeline, quiet: bool = False) -> EvalResult:
    from ..model import Article
    from ..progress import track

    docs = list(read_corpus(path))
    articles = [Article(id=d.name, text=d.text) for d in docs]
    by_name = {d.name: d for d in docs}
    t0 = time.process_time()
    events, lemma_of, n_failed = [], {}, 0
    for outcome in track(pipeline.pipe(articles), total=len(articles), description="ecbplus", quiet=quiet):
        if outcome.document is None:
            n_failed += 1
            continue
        events.extend(outcome.events)
        sdoc = outcome.document.doc
        for m in by_name[outcome.article.id].mentions:
            lemma_of[m.key] = _head_lemma(sdoc, m.start, m.end, m.text)
    t_pipe = time.process_time() - t0
    result = score_events(docs, articles, events, lemma_of)
    result.details.update({"failed_documents": n_failed, "pipeline_cpu_seconds": round(t_pipe, 2)})
    return result


def score_events(docs: list[GoldDoc], articles: list, events: list, lemma_of: dict[str, str],
                 settings=None) -> EvalResult:
    """Cluster coded ``events`` and score them against the gold mentions of ``docs``."""
    from ..dedup import cluster_events

    t0 = time.process_time()
    clusters = cluster_events(events, articles, settings=settings)
    t_dedup = time.process_time() - t0
    cluster_of = {eid: c.id for c in clusters for eid in c.members}
    by_doc: dict[str, list] = {}
    for e in events:
        by_doc.setdefault(e.article_id, []).append(e)

    gold: dict[str, str] = {}
    predicted: dict[str, str] = {}
    lemma: dict[str, str] = {}
    for d in docs:
        for m in d.mentions:
            gold[m.key] = m.chain
            lemma[m.key] = f"{m.topic}/{lemma_of.get(m.key, m.text.lower())}"
            hits = [e for e in by_doc.get(d.name, []) if e.trigger.start < m.end and m.start < e.trigger.end]
            if hits:
                best = min(hits, key=lambda e: (abs(e.trigger.start - m.start), e.id))
                predicted[m.key] = cluster_of[best.id]
    covered = set(predicted)
    metrics = scores(gold, predicted)
    metrics.update(scores({k: gold[k] for k in covered}, predicted, prefix="covered_"))
    metrics.update({k: v for k, v in scores(gold, {}, prefix="singleton_").items()
                    if k.endswith(("_f1", "ari"))})
    metrics.update({k: v for k, v in scores(gold, lemma, prefix="lemma_").items() if k.endswith(("_f1", "ari"))})
    # The lemma baseline on just the mentions we coded: the like-for-like comparison.
    metrics.update({k: v for k, v in scores({k: gold[k] for k in covered}, {k: lemma[k] for k in covered},
                                            prefix="covered_lemma_").items() if k.endswith(("_f1", "ari"))})
    metrics["coverage"] = len(covered) / len(gold) if gold else 0.0
    chains = {}
    for k, c in gold.items():
        chains.setdefault(c, []).append(k)
    details = {
        "documents": len(docs), "gold_mentions": len(gold),
        "gold_chains": len(chains), "gold_chains_over_1": sum(1 for v in chains.values() if len(v) > 1),
        "covered_mentions": len(covered), "events": len(events), "clusters": len(clusters),
        "clusters_over_1_article": sum(1 for c in clusters if c.num_articles > 1),
        "dedup_cpu_seconds": round(t_dedup, 3),
    }
    return EvalResult("ecbplus", len(gold), metrics, details)
