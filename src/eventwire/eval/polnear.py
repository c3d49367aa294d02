"""PolNeAR (BRAT standoff) attribution scoring: cue, source and content spans, and relations.

Layout of a split folder (``.../data/dev``)::

    text/<name>.txt                     the article (title on the first line)
    attributions/<name>_<annotator>.ann BRAT: ``T`` spans labelled Source/Cue/Content and
                                        ``E`` events ``Attribution:Tx Cue:Ty Source:Tz Content:Tw``

Each ``.ann`` file is one gold annotation of its text (a few texts were annotated by several
annotators; each annotation is scored, the pipeline runs once per text). A ``metadata.tsv``
one folder up, when present, gives publisher and publication date.

Spans are compared per document as sets (each distinct span counted once):

* **exact**: identical after trimming whitespace and punctuation at both ends
  (``"said:"`` = ``said``; a quote with or without its quotation marks is the same quote);
* **overlap**: predicted and gold share at least one character, matched one to one
  (largest overlap first), so one long prediction cannot match several gold spans.

PolNeAR is univocal: a token belongs to at most one attribution, so a relation nested in
another's content ("A said *B told C that ...*") is never annotated. Predictions are
projected the same way before scoring: a relation whose cue lies inside another predicted
relation's content is left out (it stays in the pipeline's output and in event chains).

``relation_f1``: a predicted relation matches a gold relation (one to one) when their cues
overlap and their sources overlap; a gold relation annotated without a source only needs
the cue to overlap.

``iaa_*``: on the texts that several annotators annotated, each annotator scored against
each other one with the same overlap matching (inter-annotator agreement: how far two
trained people agree on this metric), beside ``iaa_system_*``, the pipeline scored against
the same annotations. Together they tell how far the pipeline is from human agreement.
"""

from __future__ import annotations

import csv
import re
import time
import itertools
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import ConfigError
from .metrics import Counts, EvalResult

if TYPE_CHECKING:
    from ..model import Attribution
    from ..pipeline import Pipeline

#: A span as BRAT gives it: one or more character ranges (discontinuous spans).
Ranges = tuple[tuple[int, int], ...]

_LINE = re.compile(r"^([TE]\d+)\t(.*)$")
_TRIM = " \t\n\r\"'“”‘’«»,.:;!?—–-()[]"
ROLES = ("cue", "source", "content")
#: Chain links that are no relation of their own: the publishing outlet, and a medium that
#: passed words on ("in a statement carried by KCNA"), which PolNeAR does not annotate.
CHAIN_ONLY_KINDS = frozenset({"outlet", "medium"})


@dataclass(frozen=True, slots=True)
class GoldRelation:
    cue: Ranges | None
    source: Ranges | None
    content: Ranges | None


@dataclass(slots=True)
class GoldDocument:
    """One annotator's attributions of one text."""

    name: str
    annotator: str
    text_path: Path
    relations: list[GoldRelation] = field(default_factory=list)


def parse_ann(text: str) -> list[GoldRelation]:
    """Attribution relations of one ``.ann`` file (``E`` lines may precede their ``T`` lines).

    Lines that are neither ``T`` nor ``E`` (notes, continuation lines of span texts that
    contain newlines) are skipped: offsets, not the quoted text, define a span.
    """
    spans: dict[str, tuple[str, Ranges]] = {}
    events: list[str] = []
    for line in text.splitlines():
        m = _LINE.match(line)
        if not m:
            continue
        ident, rest = m.groups()
        if ident[0] == "T":
            head = rest.split("\t", 1)[0]
            label, _, offsets = head.partition(" ")
            ranges = tuple(
                (int(a), int(b)) for a, b in (part.split() for part in offsets.split(";") if part.strip())
            )
            spans[ident] = (label, ranges)
        else:
            events.append(rest)
    relations: list[GoldRelation] = []
    for rest in events:
        args = dict(a.split(":", 1) for a in rest.split()[1:] if ":" in a)

        def get(role: str) -> Ranges | None:
            ref = args.get(role)
            return spans[ref][1] if ref in spans else None

        relations.append(GoldRelation(get("Cue"), get("Source"), get("Content")))
    return relations


def read_split(path: Path) -> list[GoldDocument]:
    """Every annotation file of a split folder, paired with its text."""
    ann_dir, text_dir = path / "attributions", path / "text"
    if not ann_dir.is_dir() or not text_dir.is_dir():
        raise ConfigError(f"{path}: expected a PolNeAR split folder with text/ and attributions/")
    docs = []
    for ann in sorted(ann_dir.glob("*.ann")):
        name, _, annotator = ann.stem.rpartition("_")
        text_path = text_dir / f"{name}.txt"
        if not text_path.is_file():
            raise ConfigError(f"{ann}: no text file {text_path.name}")
        doc = GoldDocument(name, annotator, text_path, parse_ann(ann.read_text(encoding="utf-8")))
        docs.append(doc)
    return docs


def read_metadata(path: Path) -> dict[str, dict[str, str]]:
    """``metadata.tsv`` rows by file name, looked for beside or above the split folder."""
    for candidate in (path / "metadata.tsv", path.parent / "metadata.tsv"):
        if candidate.is_file():
            with candidate.open(encoding="utf-8", newline="") as fh:
                return {row["filename"]: row for row in csv.DictReader(fh, delimiter="\t")}
    return {}


# ----- span comparison ---------------------------------------------------------------------
def trim_span(text: str, ranges: Ranges) -> Ranges:
    """Ranges with whitespace and punctuation trimmed off both ends of the whole span."""
    out = [list(r) for r in ranges if r[1] > r[0]]
    while out:
        a, b = out[0]
        while a < b and text[a] in _TRIM:
            a += 1
        if a < b:
            out[0][0] = a
            break
        out.pop(0)
    while out:
        a, b = out[-1]
        while b > a and text[b - 1] in _TRIM:
            b -= 1
        if b > a:
            out[-1][1] = b
            break
        out.pop()
    return tuple((a, b) for a, b in out)


def overlap_chars(a: Ranges, b: Ranges) -> int:
    return sum(max(0, min(x2, y2) - max(x1, y1)) for x1, x2 in a for y1, y2 in b)


def match_overlapping(pred: list[Ranges], gold: list[Ranges]) -> list[tuple[int, int]]:
    """One-to-one pairs ``(pred_i, gold_j)`` of overlapping spans, largest overlap first."""
    pairs = sorted(
        ((ov, i, j) for i, p in enumerate(pred) for j, g in enumerate(gold) if (ov := overlap_chars(p, g)) > 0),
        reverse=True,
    )
    used_p: set[int] = set()
    used_g: set[int] = set()
    out = []
    for _, i, j in pairs:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            out.append((i, j))
    return out


def unique_spans(spans: Iterable[Ranges | None]) -> list[Ranges]:
    return list(dict.fromkeys(s for s in spans if s))


def score_spans(text: str, pred: Iterable[Ranges | None], gold: Iterable[Ranges | None]) -> tuple[Counts, Counts]:
    """Exact and overlap counts for one role in one document."""
    p = unique_spans(trim_span(text, s) if s else None for s in pred)
    g = unique_spans(trim_span(text, s) if s else None for s in gold)
    exact = len(set(p) & set(g))
    ov = len(match_overlapping(p, g))
    return Counts(exact, len(p) - exact, len(g) - exact), Counts(ov, len(p) - ov, len(g) - ov)


def score_relations(pred: list[GoldRelation], gold: list[GoldRelation]) -> Counts:
    """One-to-one matching of relations whose cues and sources overlap (see module doc)."""
    pairs = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            if not (p.cue and g.cue and overlap_chars(p.cue, g.cue)):
                continue
            if g.source and not (p.source and overlap_chars(p.source, g.source)):
                continue
            pairs.append((overlap_chars(p.cue, g.cue), i, j))
    used_p: set[int] = set()
    used_g: set[int] = set()
    for _, i, j in sorted(pairs, reverse=True):
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
    tp = len(used_p)
    return Counts(tp, len(pred) - tp, len(gold) - tp)


def as_relation(a: Attribution) -> GoldRelation:
    """A predicted :class:`~eventwire.model.Attribution` in the gold's terms."""

    def rng(span) -> Ranges | None:  # noqa: ANN001 - Span | None
        return ((span.start, span.end),) if span is not None and span.end > span.start else None

    content: Ranges | None
    if a.content_parts:
        content = tuple((s.start, s.end) for s in a.content_parts if s.end > s.start) or None
    else:
        content = rng(a.content_span)
    return GoldRelation(rng(a.cue_span), rng(a.source_span), content)


def outermost(relations: list[GoldRelation]) -> list[GoldRelation]:
    """Relations whose cue lies in no other relation's content (the univocal projection)."""
    return [
        r for r in relations
        if not (r.cue and any(o is not r and o.content and overlap_chars(r.cue, o.content) for o in relations))
    ]


def _score_docs(
    docs: list[GoldDocument], texts: dict[str, str], predicted: dict[str, list[GoldRelation]]
) -> tuple[dict[str, Counts], dict[str, Counts], Counts]:
    """Exact and overlap counts per role, and relation counts, summed over annotations."""
    exact = {r: Counts() for r in ROLES}
    overlap = {r: Counts() for r in ROLES}
    relations = Counts()
    for d in docs:
        text, pred = texts[d.name], predicted[d.name]
        for role in ROLES:
            e, o = score_spans(text, (getattr(p, role) for p in pred), (getattr(g, role) for g in d.relations))
            exact[role].add(e.tp, e.fp, e.fn)
            overlap[role].add(o.tp, o.fp, o.fn)
        r = score_relations(pred, d.relations)
        relations.add(r.tp, r.fp, r.fn)
    return exact, overlap, relations


@dataclass(slots=True)
class Agreement:
    """Pairwise overlap counts between annotators of the texts annotated more than once."""

    texts: set[str] = field(default_factory=set)
    overlap: dict[str, Counts] = field(default_factory=lambda: {r: Counts() for r in ROLES})


def annotator_agreement(docs: list[GoldDocument], texts: dict[str, str]) -> Agreement:
    """Each annotator of a text scored against each other one (ordered pairs, so F1 is symmetric)."""
    by_text: dict[str, list[GoldDocument]] = defaultdict(list)
    for d in docs:
        by_text[d.name].append(d)
    out = Agreement()
    for name, annotations in by_text.items():
        if len(annotations) < 2:
            continue
        out.texts.add(name)
        for pred, gold in itertools.permutations(annotations, 2):
            for role in ROLES:
                _, o = score_spans(
                    texts[name], (getattr(p, role) for p in pred.relations), (getattr(g, role) for g in gold.relations)
                )
                out.overlap[role].add(o.tp, o.fp, o.fn)
    return out


# ----- the evaluator -----------------------------------------------------------------------
def _articles(path: Path, docs: list[GoldDocument]) -> Iterator[tuple[str, str, dict[str, str]]]:
    meta = read_metadata(path)
    seen: set[str] = set()
    for d in docs:
        if d.name not in seen:
            seen.add(d.name)
            yield d.name, d.text_path.read_text(encoding="utf-8"), meta.get(d.name, {})


def evaluate(path: Path, pipeline: Pipeline, quiet: bool = False) -> EvalResult:
    """Score the pipeline's ``attributions`` against every annotation in a PolNeAR split."""
    from ..articles import make_article
    from ..document import Document
    from ..progress import track
    from .polnear_errors import cue_errors, summarise

    docs = read_split(path)
    if not docs:
        raise ConfigError(f"{path}: no .ann files under attributions/")
    predicted: dict[str, list[GoldRelation]] = {}
    found: dict[str, list[GoldRelation]] = {}  # before the univocal projection
    texts: dict[str, str] = {}
    stage_seconds = {name: 0.0 for name in pipeline.stage_names}
    failed: dict[str, str] = {}
    tokens = 0
    names = list(_articles(path, docs))
    for name, text, meta in track(names, total=len(names), description="polnear", quiet=quiet):
        article = make_article(
            text,
            id=name,
            outlet=meta.get("publisher") or None,
            published=meta.get("publication_date") or None,
            origin=name,
        )
        doc = Document(article)
        try:
            for stage_name in pipeline.stage_names:  # stage by stage, to report each one's time
                # CPU time of this process: wall time on a shared machine mostly measures the neighbours
                t0 = time.process_time()
                doc = pipeline.get_stage(stage_name)(doc)
                stage_seconds[stage_name] += time.process_time() - t0
        except Exception as exc:  # noqa: BLE001 - one failing article must not stop the evaluation
            failed[name] = f"stage {stage_name!r}: {type(exc).__name__}: {exc}"
            predicted[name] = found[name] = []
            texts[name] = article.text
            continue
        tokens += len(doc.doc) if doc.doc is not None else 0
        found[name] = [as_relation(a) for a in doc.attributions if a.kind not in CHAIN_ONLY_KINDS]
        predicted[name] = outermost(found[name])
        texts[name] = article.text

    exact, overlap, relations = _score_docs(docs, texts, predicted)
    n_gold = sum(len(d.relations) for d in docs)
    metrics: dict[str, float] = {}
    for role in ROLES:
        for variant, counts in (("exact", exact[role]), ("overlap", overlap[role])):
            metrics[f"{role}_{variant}_precision"] = counts.precision
            metrics[f"{role}_{variant}_recall"] = counts.recall
            metrics[f"{role}_{variant}_f1"] = counts.f1
    metrics["relation_precision"] = relations.precision
    metrics["relation_recall"] = relations.recall
    metrics["relation_f1"] = relations.f1
    agreement = annotator_agreement(docs, texts)
    shared = [d for d in docs if d.name in agreement.texts]
    if shared:
        _, system_overlap, _ = _score_docs(shared, texts, predicted)
        for role in ROLES:
            metrics[f"iaa_{role}_overlap_f1"] = agreement.overlap[role].f1
            metrics[f"iaa_system_{role}_overlap_f1"] = system_overlap[role].f1
    errors = [e for d in docs for e in cue_errors(d, texts[d.name], predicted[d.name], found[d.name])]
    details = {
        "annotations": len(docs),
        "texts": len(texts),
        "gold_relations": n_gold,
        "predicted_relations": sum(len(p) for p in predicted.values()),
        "tokens": tokens,
        "iaa_texts": len(agreement.texts),
        "cpu_seconds_by_stage": {k: round(v, 3) for k, v in stage_seconds.items()},
        # articles a stage failed on: scored with no predictions (all their gold relations missed)
        "failed": failed,
        # why cues were missed or spurious (see eventwire.eval.polnear_errors), then each one
        "cue_errors_by_reason": summarise(errors),
        "cue_errors": errors,
    }
    parse = stage_seconds.get("nlp", 0.0)
    ours = stage_seconds.get("attributions", 0.0) + stage_seconds.get("event_sources", 0.0)
    if parse:
        details["attribution_time_vs_parse"] = round(ours / parse, 4)
    return EvalResult("polnear", len(docs), metrics, details)
