"""``eventwire eval case2021 PATH``: CASE 2021 task 2 snippets scored through PLOVER.

The TSV has ``id``, ``EventSnippet`` and ``SubType`` (ACLED sub-event types plus the task's
extra types). Each gold type is mapped to PLOVER by the fixed table
``eval/data/case2021_acled_plover.tsv`` (decided from the definitions before any scored
run): a primary PLOVER type, other types that also code that ACLED type correctly, ``NONE``
(no political event: the snippet should yield no event) or ``-`` (not scored).

- ``event_type_accuracy``: share of scored snippets where a predicted event type is the
  mapped type or one it accepts (for ``NONE``: no event predicted).
- ``event_type_macro_f1``: one label per snippet (the mapped type when correct, else the
  most confident predicted type, or ``NONE``), macro F1 over the labels seen.
"""

from __future__ import annotations

import csv
import functools
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import ConfigError
from ..resources import load_tsv
from .metrics import Counts, EvalResult, macro_f1
from .plover_gsr import code_texts

if TYPE_CHECKING:
    from ..pipeline import Pipeline

NONE = "NONE"


@dataclass(frozen=True)
class Mapped:
    primary: str
    accepts: frozenset[str]


@functools.cache
def mapping() -> dict[str, Mapped | None]:
    """ACLED/CASE type -> mapped PLOVER label (None: not scored)."""
    out: dict[str, Mapped | None] = {}
    for row in load_tsv("eventwire.eval", "case2021_acled_plover.tsv"):
        plover = row["plover"]
        if plover == "-":
            out[row["subtype"]] = None
            continue
        accepts = frozenset(x.strip() for x in row.get("accepts", "").split(",") if x.strip())
        out[row["subtype"]] = Mapped(plover, accepts | {plover})
    return out


def read_snippets(path: Path) -> list[tuple[str, str, str]]:
    """``(id, snippet, subtype)`` rows of a CASE 2021 task 2 TSV with a header line."""
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
            rows = []
            for row in reader:
                text = (row.get("EventSnippet") or "").strip()
                label = (row.get("SubType") or "").strip()
                if text and label:
                    rows.append((str(row.get("id", len(rows))), text, label))
    except (OSError, csv.Error) as exc:
        raise ConfigError(f"{path}: cannot read CASE 2021 TSV ({exc})") from exc
    if not rows:
        raise ConfigError(f"{path}: no rows with EventSnippet and SubType")
    return rows


def evaluate(path: Path, pipeline: Pipeline, quiet: bool = False) -> EvalResult:
    table = mapping()
    rows = read_snippets(path)
    unknown = sorted({label for _, _, label in rows if label not in table})
    if unknown:
        raise ConfigError(f"{path}: event types not in the CASE->PLOVER mapping: {unknown}")
    scored = [(rid, text, table[label], label) for rid, text, label in rows if table[label] is not None]
    items = ((rid, text, None) for rid, text, _, _ in scored)
    per_label: dict[str, Counts] = {}
    per_type_acc: dict[str, list[int]] = {}
    correct_n = 0
    for (rid, _, mapped, label), events in zip(scored, code_texts(pipeline, items, len(scored), quiet, "case2021")):
        assert mapped is not None
        types = {e.plover.type for e in events}
        if mapped.primary == NONE:
            correct = not types
        else:
            correct = bool(types & mapped.accepts)
        correct_n += correct
        per_type_acc.setdefault(label, []).append(int(correct))
        if correct:
            predicted = mapped.primary
        elif events:
            predicted = max(events, key=lambda e: e.confidence).plover.type
        else:
            predicted = NONE
        for lab in {predicted, mapped.primary}:
            per_label.setdefault(lab, Counts())
        if predicted == mapped.primary:
            per_label[predicted].add(tp=1)
        else:
            per_label[predicted].add(fp=1)
            per_label[mapped.primary].add(fn=1)
    n = len(scored)
    metrics = {
        "event_type_accuracy": correct_n / n if n else 0.0,
        "event_type_macro_f1": macro_f1(per_label),
    }
    details = {
        "unscored": len(rows) - n,
        "per_label_f1": {k: round(v.f1, 4) for k, v in sorted(per_label.items())},
        "per_subtype_accuracy": {k: round(sum(v) / len(v), 4) for k, v in sorted(per_type_acc.items())},
    }
    return EvalResult("case2021", n, metrics, details)
