"""``eventwire eval DATASET PATH``: score the pipeline on a gold-standard file or folder."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.table import Table

from . import app
from ..eval import EVALUATORS


@app.command("eval")
def eval_command(
    dataset: Annotated[str, typer.Argument(help=f"Gold format: {', '.join(EVALUATORS)}")],
    path: Annotated[Path, typer.Argument(help="Gold file or folder (any split of that format)")],
    json_out: Annotated[Optional[Path], typer.Option("--json", help="Write the metrics as JSON here")] = None,
    model: Annotated[Optional[str], typer.Option(help="spaCy model (default: EVENTWIRE_MODEL or the bundled one)")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar")] = False,
) -> None:
    """Score eventwire against a gold standard; print a table, optionally write JSON."""
    from ..config import Config
    from ..eval import evaluate
    from ..pipeline import Pipeline

    if dataset not in EVALUATORS:
        raise typer.BadParameter(f"unknown dataset {dataset!r}; known: {', '.join(EVALUATORS)}", param_hint="DATASET")
    pipeline = Pipeline(config=Config(model=model) if model else None)
    result = evaluate(dataset, path, pipeline, quiet=quiet)
    table = Table(title=f"{result.dataset} ({result.n} items) {path}")
    table.add_column("metric")
    table.add_column("value", justify="right")
    for key, value in result.metrics.items():
        table.add_row(key, f"{value:.4f}" if isinstance(value, float) else str(value))
    console = Console()
    console.print(table)
    for key, counts in result.details.items():
        # error breakdowns an evaluator offers (``cue_errors_by_reason``): where to look next
        if key.endswith("_by_reason") and isinstance(counts, dict) and counts:
            breakdown = Table(title=key)
            breakdown.add_column("reason")
            breakdown.add_column("count", justify="right")
            for reason, n in counts.items():
                breakdown.add_row(reason, str(n))
            console.print(breakdown)
    if json_out:
        json_out.write_text(json.dumps(result.to_json(), indent=2, default=str), encoding="utf-8")
