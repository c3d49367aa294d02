"""Why each PolNeAR cue was missed or spurious: an error list for the attribution stage.

Every unmatched cue (same one-to-one overlap matching as ``cue_overlap_*``) gets a reason,
so a developer can tell a gap in the rules from a disagreement about nesting:

missed (gold cue, no predicted cue overlaps it)
    ``nested``: the pipeline found it, but inside another predicted relation's content,
    so the univocal projection left it out; ``in_predicted_content`` /
    ``in_predicted_source``: the words were read as part of another relation;
    ``not_found``: no relation there at all.
spurious (predicted cue, no gold cue overlaps it)
    ``in_gold_content`` / ``in_gold_source``: the annotator read the words as part of
    another relation; ``unannotated``: no gold relation there at all.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

from .polnear import match_overlapping, overlap_chars, trim_span, unique_spans

if TYPE_CHECKING:
    from .polnear import GoldDocument, GoldRelation, Ranges

#: Characters of text shown on each side of the cue in an error record.
CONTEXT_CHARS = 80


def _inside(span: Ranges, relations: list[GoldRelation], role: str) -> bool:
    return any((other := getattr(r, role)) and overlap_chars(span, other) for r in relations)


def _context(text: str, span: Ranges) -> str:
    a, b = span[0][0], span[-1][1]
    left, right = text[max(0, a - CONTEXT_CHARS):a], text[b:b + CONTEXT_CHARS]
    return " ".join(f"{left}[[{text[a:b]}]]{right}".split())


def _missed_reason(span: Ranges, kept: list[GoldRelation], found: list[GoldRelation]) -> str:
    if any(r.cue and overlap_chars(span, r.cue) for r in found):
        return "nested"
    if _inside(span, kept, "content"):
        return "in_predicted_content"
    if _inside(span, kept, "source"):
        return "in_predicted_source"
    return "not_found"


def _spurious_reason(span: Ranges, gold: list[GoldRelation]) -> str:
    if _inside(span, gold, "content"):
        return "in_gold_content"
    if _inside(span, gold, "source"):
        return "in_gold_source"
    return "unannotated"


def cue_errors(
    doc: GoldDocument, text: str, kept: list[GoldRelation], found: list[GoldRelation]
) -> list[dict[str, Any]]:
    """Unmatched cues of one annotation: ``kept`` is what was scored, ``found`` all relations."""
    pred = unique_spans(trim_span(text, r.cue) if r.cue else None for r in kept)
    gold = unique_spans(trim_span(text, r.cue) if r.cue else None for r in doc.relations)
    pairs = match_overlapping(pred, gold)
    matched_pred, matched_gold = {i for i, _ in pairs}, {j for _, j in pairs}
    out = []
    for kind, spans, matched in (("missed", gold, matched_gold), ("spurious", pred, matched_pred)):
        for k, span in enumerate(spans):
            if k in matched:
                continue
            if kind == "missed":
                reason = _missed_reason(span, kept, found)
            else:
                reason = _spurious_reason(span, doc.relations)
            out.append({
                "text": doc.name,
                "annotator": doc.annotator,
                "kind": kind,
                "reason": reason,
                "cue": " ".join(text[a:b] for a, b in span),
                "start": span[0][0],
                "context": _context(text, span),
            })
    return out


def summarise(errors: list[dict[str, Any]]) -> dict[str, int]:
    """Counts by ``kind/reason``, largest first."""
    counts = Counter(f"{e['kind']}/{e['reason']}" for e in errors)
    return dict(counts.most_common())
