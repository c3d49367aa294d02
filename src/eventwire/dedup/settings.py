"""Dedup thresholds and type/modality tables, read once from ``data/dedup.yaml``.

A caller may override any top-level key (``DedupSettings.load(merge_threshold=2.5)``), so an
experiment never needs to edit the shipped file.
"""

from __future__ import annotations

import copy
import functools
from dataclasses import dataclass
from typing import Any

from ..errors import ConfigError
from ..resources import load_yaml

#: Date precisions from finest to coarsest; ``unknown`` last.
PRECISION_ORDER: tuple[str, ...] = (
    "day", "week", "month", "quarter", "season", "year", "decade", "century", "unknown",
)
PRECISION_RANK: dict[str, int] = {p: i for i, p in enumerate(PRECISION_ORDER)}


@dataclass(frozen=True)
class DedupSettings:
    """Everything :class:`~eventwire.dedup.Clusterer` decides with (see ``data/dedup.yaml``)."""

    merge_threshold: float
    min_anchor: float
    weights: dict[str, float]
    tolerance_days: dict[str, int]
    unknown_before_days: int
    unknown_after_days: int
    future_days: int
    precise: frozenset[str]
    coarse: frozenset[str]
    near_km: float
    region_km: float
    modality_group: dict[str, str]
    symmetric_types: frozenset[str]
    type_family: dict[str, str]
    identity_kinds: frozenset[str]
    historical_ambiguity_margin: float
    same_article_needs_same_code: bool
    name_stopwords: frozenset[str]

    @classmethod
    def load(cls, **overrides: Any) -> DedupSettings:
        """The shipped settings, with top-level keys of the YAML file replaced by ``overrides``."""
        if not overrides:
            return _default()
        data = copy.deepcopy(load_yaml("eventwire.dedup", "dedup.yaml"))
        unknown = set(overrides) - set(data)
        if unknown:
            raise ConfigError(f"unknown dedup settings {sorted(unknown)}; known: {sorted(data)}")
        for key, value in overrides.items():
            if isinstance(data[key], dict) and isinstance(value, dict):
                data[key] = {**data[key], **value}
            else:
                data[key] = value
        return _build(data)

    def weight(self, name: str) -> float:
        return self.weights[name]


def _build(d: dict[str, Any]) -> DedupSettings:
    try:
        groups = {m: g for g, ms in d["modality_groups"].items() for m in ms}
        families = {t: f for f, ts in d["type_families"].items() for t in ts}
        dates, places = d["dates"], d["places"]
        return DedupSettings(
            merge_threshold=float(d["merge_threshold"]),
            min_anchor=float(d["min_anchor"]),
            weights={k: float(v) for k, v in d["weights"].items()},
            tolerance_days={k: int(v) for k, v in dates["tolerance_days"].items()},
            unknown_before_days=int(dates["unknown_before_days"]),
            unknown_after_days=int(dates["unknown_after_days"]),
            future_days=int(dates["future_days"]),
            precise=frozenset(dates["precise"]),
            coarse=frozenset(dates["coarse"]),
            near_km=float(places["near_km"]),
            region_km=float(places["region_km"]),
            modality_group=groups,
            symmetric_types=frozenset(d["symmetric_types"]),
            type_family=families,
            identity_kinds=frozenset(d["identity_kinds"]),
            historical_ambiguity_margin=float(d["historical_ambiguity_margin"]),
            same_article_needs_same_code=bool(d["same_article_needs_same_code"]),
            name_stopwords=frozenset(w.lower() for w in d["name_stopwords"]),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ConfigError(f"bad dedup settings: {exc!r}") from exc


@functools.cache
def _default() -> DedupSettings:
    return _build(load_yaml("eventwire.dedup", "dedup.yaml"))
