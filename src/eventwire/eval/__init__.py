"""The evaluation harness: ``eventwire eval DATASET PATH`` scores any file of a known gold format.

Each dataset reader lives in its own module exposing ``evaluate(path, pipeline, quiet) ->
EvalResult``; :data:`EVALUATORS` maps dataset names to those modules.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import ConfigError
from .metrics import EvalResult

if TYPE_CHECKING:
    from ..pipeline import Pipeline

EVALUATORS: dict[str, str] = {
    "plover-gsr": "eventwire.eval.plover_gsr",
    "case2021": "eventwire.eval.case2021",
    "tempeval3": "eventwire.eval.tempeval3",
    "meantime": "eventwire.eval.meantime",
    "geo": "eventwire.eval.geo",
    "polnear": "eventwire.eval.polnear",
    "ecbplus": "eventwire.eval.ecbplus",
    "news-cluster": "eventwire.eval.news_cluster",
}


def evaluate(dataset: str, path: str | Path, pipeline: Pipeline | None = None, quiet: bool = False) -> EvalResult:
    """Score ``pipeline`` (default: the standard one) on the gold file or folder at ``path``."""
    if dataset not in EVALUATORS:
        raise ConfigError(f"unknown dataset {dataset!r}; known: {sorted(EVALUATORS)}")
    path = Path(path)
    if not path.exists():
        raise ConfigError(f"{path}: no such file or folder")
    module = importlib.import_module(EVALUATORS[dataset])
    if pipeline is None:
        from ..pipeline import default_pipeline

        pipeline = default_pipeline()
    return module.evaluate(path, pipeline, quiet=quiet)


__all__ = ["EVALUATORS", "EvalResult", "evaluate"]
