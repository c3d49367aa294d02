"""Shared scoring arithmetic: precision/recall/F1, micro and macro averages, result records."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any


@dataclass
class EvalResult:
    """What ``eventwire eval`` prints and writes as JSON."""

    dataset: str
    n: int
    metrics: dict[str, float]
    details: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {"dataset": self.dataset, "n": self.n, "metrics": self.metrics, "details": self.details}


@dataclass
class Counts:
    """True positives, false positives and false negatives, with derived scores."""

    tp: float = 0
    fp: float = 0
    fn: float = 0

    def add(self, tp: float = 0, fp: float = 0, fn: float = 0) -> None:
        self.tp += tp
        self.fp += fp
        self.fn += fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def set_counts(predicted: Iterable[Any], gold: Iterable[Any]) -> Counts:
    """Counts for two sets (duplicates ignored)."""
    p, g = set(predicted), set(gold)
    return Counts(len(p & g), len(p - g), len(g - p))


def macro_f1(per_class: dict[str, Counts], classes: Iterable[str] | None = None) -> float:
    """Unweighted mean F1 over ``classes`` (default: every class seen)."""
    keys = list(classes) if classes is not None else list(per_class)
    if not keys:
        return 0.0
    return sum(per_class.get(k, Counts()).f1 for k in keys) / len(keys)


def median(values: list[float]) -> float:
    if not values:
        return math.nan
    s = sorted(values)
    mid = len(s) // 2
    return s[mid] if len(s) % 2 else (s[mid - 1] + s[mid]) / 2


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    r = 6371.0088
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(min(1.0, math.sqrt(a)))


def spans_overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]
