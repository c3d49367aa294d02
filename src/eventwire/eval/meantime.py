"""MEANTIME (NewsReader CAT XML): time values, event dating and event modality.

Reads every CAT ``.xml`` under a folder (when both the intra-doc and the cross-doc
versions of a document are present, the intra-doc one is used). The text is rebuilt
from the tokens (one space between tokens, one newline between sentences); the anchor
is the document creation time. Metrics:

* ``timex_value_f1``: TempEval-3 value F1 on the TIMEX3s other than the creation time
  (predictions overlapping the creation-time dateline, or after the last annotated
  sentence, are not scored: MEANTIME annotates only the first sentences of each article);
* ``event_date_accuracy``: gold events with a time anchor (a TLINK event–TIMEX3 of
  type SIMULTANEOUS, IS_INCLUDED/INCLUDES in the containing direction, or DURING)
  whose predicted interval contains or equals the anchor's interval. Events are dated
  with :func:`eventwire.time.dating.date_token` at the gold trigger token;
  ``event_date_accuracy_text`` counts only predictions taken from the text (not the
  publication-date fallback);
* ``modality_accuracy``: the gold certainty/polarity/time mapped to our modality values
  (``eval/data/meantime_modality.tsv``) against ``eventwire.events.modality.modality_of``
  at the trigger, both folded onto the classes MEANTIME distinguishes
  (``eval/data/modality_classes.tsv``).
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..resources import load_tsv
from .metrics import EvalResult
from .tempeval3 import GoldTimex, score, timeml_view, timex_pipeline

if TYPE_CHECKING:
    from ..pipeline import Pipeline

#: TLINK types that put an event inside (or at) a time, by the direction of the link.
_EVENT_IN_TIME = frozenset({"SIMULTANEOUS", "IS_INCLUDED", "DURING"})
_TIME_HOLDS_EVENT = frozenset({"SIMULTANEOUS", "INCLUDES", "DURING"})


@dataclass(slots=True)
class GoldEvent:
    start: int
    end: int
    text: str
    certainty: str
    polarity: str
    time: str
    #: Value of the anchoring TIMEX3, if any.
    anchor_value: str | None = None


@dataclass(slots=True)
class CatDoc:
    name: str
    text: str
    dct: dt.date
    dct_span: tuple[int, int] | None
    timexes: list[GoldTimex]
    #: MEANTIME annotates only the first sentences of an article: the end of that part.
    annotated_end: int
    events: list[GoldEvent] = field(default_factory=list)


def read_cat(path: Path) -> CatDoc:
    """Text, creation date, gold TIMEX3s and EVENT_MENTIONs (character offsets)."""
    root = ET.parse(path).getroot()
    offsets: dict[str, tuple[int, int]] = {}
    sentence_of: dict[str, int] = {}
    parts: list[str] = []
    pos, sentence = 0, None
    for tok in root.iter("token"):
        s = tok.get("sentence")
        if parts:
            sep = "\n" if s != sentence else " "
            parts.append(sep)
            pos += 1
        word = tok.text or ""
        offsets[tok.get("t_id", "")] = (pos, pos + len(word))
        sentence_of[tok.get("t_id", "")] = int(s or 0)
        parts.append(word)
        pos += len(word)
        sentence = s
    text = "".join(parts)

    def extent(el: ET.Element) -> tuple[int, int] | None:
        spans = [offsets[a.get("t_id", "")] for a in el.findall("token_anchor") if a.get("t_id") in offsets]
        return (min(s for s, _ in spans), max(e for _, e in spans)) if spans else None

    markables = root.find("Markables")
    anchored = [sentence_of[a.get("t_id", "")] for a in root.iter("token_anchor") if a.get("t_id") in sentence_of]
    last = max(anchored, default=-1)
    annotated_end = max((e for t, (_, e) in offsets.items() if sentence_of[t] <= last), default=0)
    timex_by_id: dict[str, ET.Element] = {}
    dct: dt.date | None = None
    dct_span = None
    gold_timexes: list[GoldTimex] = []
    events: dict[str, GoldEvent] = {}
    for el in markables if markables is not None else []:
        mid = el.get("m_id", "")
        if el.tag == "TIMEX3":
            timex_by_id[mid] = el
            span = extent(el)
            if el.get("functionInDocument") == "CREATION_TIME":
                dct = dt.date.fromisoformat((el.get("value") or "")[:10])
                dct_span = span
            elif span is not None:
                gold_timexes.append(GoldTimex(span[0], span[1], text[span[0]:span[1]], el.get("type", ""), el.get("value", "")))
        elif el.tag == "EVENT_MENTION":
            span = extent(el)
            if span is not None:
                events[mid] = GoldEvent(span[0], span[1], text[span[0]:span[1]], el.get("certainty", ""),
                                        el.get("polarity", ""), el.get("time", ""))
    if dct is None:
        # A few files lack the CREATION_TIME mark; their dateline (sentence 1) is the DCT.
        line = [g for g in gold_timexes if text.count("\n", 0, g.start) == 1 and len(g.value) >= 10]
        if not line:
            raise ValueError(f"{path}: no creation time")
        dct = dt.date.fromisoformat(line[0].value[:10])
        dct_span = (line[0].start, line[0].end)
        gold_timexes.remove(line[0])
    relations = root.find("Relations")
    for rel in relations.iter("TLINK") if relations is not None else []:
        src, tgt = rel.find("source"), rel.find("target")
        if src is None or tgt is None:
            continue
        s, t, kind = src.get("m_id", ""), tgt.get("m_id", ""), rel.get("reltype", "")
        if s in events and t in timex_by_id and kind in _EVENT_IN_TIME:
            ev, tx = events[s], timex_by_id[t]
        elif t in events and s in timex_by_id and kind in _TIME_HOLDS_EVENT:
            ev, tx = events[t], timex_by_id[s]
        else:
            continue
        if ev.anchor_value is None:
            ev.anchor_value = tx.get("value")
    return CatDoc(path.stem, text, dct, dct_span, gold_timexes, annotated_end, list(events.values()))


def cat_files(path: Path) -> list[Path]:
    """Each document once, preferring the intra-doc annotation version."""
    if path.is_file():
        return [path]
    chosen: dict[str, Path] = {}
    for p in sorted(path.rglob("*.xml")):
        if p.name not in chosen or "intra-doc" in str(p.parent):
            chosen[p.name] = p
    return sorted(chosen.values())


def gold_modality(ev: GoldEvent) -> str:
    """Our modality value for MEANTIME's polarity/time/certainty (first matching row)."""
    for row in load_tsv("eventwire.eval", "meantime_modality.tsv"):
        if all(row[k] in ("*", v) for k, v in (("polarity", ev.polarity), ("time", ev.time), ("certainty", ev.certainty))):
            return row["modality"]
    return "asserted"


def modality_class(value: str) -> str:
    table = {r["modality"]: r["meantime_class"] for r in load_tsv("eventwire.eval", "modality_classes.tsv")}
    return table.get(value, value)


def _modality_fn():
    try:
        from ..events.modality import modality_of
    except ImportError:
        return None
    return modality_of


def evaluate(path: Path, pipeline: Pipeline, quiet: bool = False) -> EvalResult:
    from ..progress import track
    from ..time.calendar import interval_of
    from ..time.dating import date_token

    docs = [read_cat(p) for p in cat_files(path)]
    pipe = timex_pipeline(pipeline)
    modality_of = _modality_fn()
    pairs = []
    dated = dated_ok = dated_text = dated_text_ok = 0
    mod_n = mod_ok = 0
    basis: Counter[str] = Counter()
    for d in track(docs, total=len(docs), description="meantime", unit="docs", quiet=quiet):
        out = pipe(d.text, published=d.dct.isoformat(), origin=d.name)
        pred = []
        for t in timeml_view(out.timexes):
            assert t.span is not None
            if d.dct_span and t.span.start < d.dct_span[1] and d.dct_span[0] < t.span.end:
                continue  # the dateline is the creation time, which is not scored
            if t.span.start >= d.annotated_end:
                continue  # beyond the annotated sentences
            pred.append((t.span.start, t.span.end, t.type, t.value or ""))
        pairs.append((d.timexes, pred))
        sdoc = out.doc
        assert sdoc is not None
        for ev in d.events:
            span = sdoc.char_span(ev.start, ev.end, alignment_mode="expand")
            if span is None or not len(span):
                continue
            tok_i = span.root.i
            predicted_modality = modality_of(out, tok_i) if modality_of else None
            if predicted_modality is not None:
                mod_n += 1
                mod_ok += modality_class(predicted_modality) == modality_class(gold_modality(ev))
            if ev.anchor_value is None:
                continue
            gold = interval_of(ev.anchor_value, None, d.dct)
            if gold.start is None or gold.end is None:
                continue  # durations, PAST_REF and the like name no interval
            when = date_token(out, tok_i, predicted_modality)
            ok = when.start is not None and when.end is not None and when.start <= gold.start and gold.end <= when.end
            dated += 1
            dated_ok += ok
            basis[when.basis or "none"] += 1
            if when.basis != "publication":
                dated_text += 1
                dated_text_ok += ok
    metrics = score(iter(pairs))
    result = {
        "timex_value_f1": metrics["timex_value_f1"],
        "timex_relaxed_f1": metrics["timex_relaxed_f1"],
        "timex_strict_f1": metrics["timex_strict_f1"],
        "event_date_accuracy": dated_ok / dated if dated else 0.0,
        "event_date_accuracy_text": dated_text_ok / dated_text if dated_text else 0.0,
    }
    details: dict = {"documents": len(docs), "gold_timexes": sum(len(d.timexes) for d in docs),
                     "dated_events": dated, "dating_basis": dict(basis)}
    if modality_of is not None:
        result["modality_accuracy"] = mod_ok / mod_n if mod_n else 0.0
        details["modality_events"] = mod_n
    else:
        details["modality"] = "not scored: eventwire.events.modality is not available"
    return EvalResult("meantime", dated, result, details)


__all__ = ["evaluate", "read_cat", "gold_modality", "CatDoc", "GoldEvent"]
