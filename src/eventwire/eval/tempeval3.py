"""TempEval-3 (TimeML ``.tml``): time expression recognition and normalisation.

Reads every ``.tml`` file under a folder (or one file); the text is the ``<TEXT>``
element with its tags removed, the anchor is the document creation time. Scoring
follows TempEval-3's definitions:

* ``timex_strict_f1``: predicted extents equal to a gold extent;
* ``timex_relaxed_f1``: predicted extents overlapping a gold extent (one-to-one);
* ``timex_value_f1``: relaxed matches whose normalised value equals the gold value,
  over all predictions (precision) and all gold expressions (recall);
* ``timex_type_accuracy``: share of relaxed matches with the gold TimeML type.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..model import TimeRef
from .metrics import Counts, EvalResult

if TYPE_CHECKING:
    from ..pipeline import Pipeline


@dataclass(slots=True)
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(slots=True)
class TmlDoc:
    name: str
    text: str
    dct: dt.date
    timexes: list[GoldTimex]


def read_tml(path: Path) -> TmlDoc:
    """Plain text, creation date and gold TIMEX3s (character offsets into the text)."""
    root = ET.parse(path).getroot()
    dct_el = next((t for t in root.iter("TIMEX3") if t.get("functionInDocument") == "CREATION_TIME"), None)
    if dct_el is None or not dct_el.get("value"):
        raise ValueError(f"{path}: no creation time")
    dct = dt.date.fromisoformat(dct_el.get("value", "")[:10])
    text_el = root.find("TEXT")
    if text_el is None:
        raise ValueError(f"{path}: no TEXT element")
    parts: list[str] = []
    gold: list[GoldTimex] = []
    pos = 0

    def walk(el: ET.Element) -> None:
        nonlocal pos
        start = pos
        if el.text:
            parts.append(el.text)
            pos += len(el.text)
        for child in el:
            walk(child)
            if child.tail:
                parts.append(child.tail)
                pos += len(child.tail)
        if el.tag == "TIMEX3" and el.get("functionInDocument") != "CREATION_TIME":
            gold.append(GoldTimex(start, pos, "".join(parts)[start:pos], el.get("type", ""), el.get("value", "")))

    walk(text_el)
    return TmlDoc(path.name, "".join(parts), dct, gold)


def tml_files(path: Path) -> Iterator[Path]:
    if path.is_file():
        yield path
    else:
        yield from sorted(path.rglob("*.tml"))


def timex_pipeline(pipeline: Pipeline) -> Pipeline:
    """The given pipeline cut after its ``timexes`` stage (later stages are not scored here)."""
    from ..pipeline import Pipeline

    names = pipeline.stage_names
    upto = names[: names.index("timexes") + 1] if "timexes" in names else names
    return Pipeline([(n, pipeline.get_stage(n)) for n in upto], pipeline.config)


def score(pairs: Iterator[tuple[list[GoldTimex], list[tuple[int, int, str, str]]]]) -> dict[str, float]:
    """TempEval-3 timex scores from (gold, predicted (start, end, type, value)) per document."""
    strict, relaxed, value = Counts(), Counts(), Counts()
    type_ok = matched = 0
    for gold, pred in pairs:
        gold_spans = {(g.start, g.end) for g in gold}
        n_strict = sum(1 for p in pred if (p[0], p[1]) in gold_spans)
        strict.add(n_strict, len(pred) - n_strict, len(gold) - n_strict)
        used: set[int] = set()
        n_rel = n_val = 0
        for p in pred:
            # one-to-one: each gold expression matches at most one prediction
            hit = next((i for i, g in enumerate(gold) if i not in used and g.start < p[1] and p[0] < g.end), None)
            if hit is None:
                continue
            used.add(hit)
            n_rel += 1
            g = gold[hit]
            type_ok += p[2] == g.type
            n_val += p[3] == g.value
        matched += n_rel
        relaxed.add(n_rel, len(pred) - n_rel, len(gold) - n_rel)
        value.add(n_val, len(pred) - n_val, len(gold) - n_val)
    return {
        "timex_strict_f1": strict.f1,
        "timex_relaxed_f1": relaxed.f1,
        "timex_value_f1": value.f1,
        "timex_type_accuracy": type_ok / matched if matched else 0.0,
        "timex_relaxed_precision": relaxed.precision,
        "timex_relaxed_recall": relaxed.recall,
    }


def timeml_view(refs: list[TimeRef]) -> list[TimeRef]:
    """Our expressions as TimeML annotates them: a range's ends are two TIMEX3s."""
    out: list[TimeRef] = []
    for t in refs:
        out.extend(p for p in (t.parts or [t]) if p.span is not None)
    return out


def evaluate(path: Path, pipeline: Pipeline, quiet: bool = False) -> EvalResult:
    from ..progress import track

    docs = [read_tml(p) for p in tml_files(path)]
    pipe = timex_pipeline(pipeline)
    n_gold = sum(len(d.timexes) for d in docs)
    pairs = []
    for d in track(docs, total=len(docs), description="tempeval3", unit="docs", quiet=quiet):
        out = pipe(d.text, published=d.dct.isoformat(), origin=d.name)
        pred = [(t.span.start, t.span.end, t.type, t.value or "") for t in timeml_view(out.timexes)]
        pairs.append((d.timexes, pred))
    metrics = score(iter(pairs))
    return EvalResult("tempeval3", n_gold, metrics, {"documents": len(docs), "gold_timexes": n_gold})


__all__ = ["evaluate", "read_tml", "score", "GoldTimex", "TmlDoc"]
