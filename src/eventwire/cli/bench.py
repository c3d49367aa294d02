"""``eventwire bench``: articles/s for spaCy parsing alone vs the full pipeline with storage."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.table import Table

from . import app
from .render import wide_console
from .common import build_config


@app.command("bench")
def bench_command(
    corpus: Annotated[Optional[list[str]], typer.Option("--corpus", help="Articles to use (any input `code` reads); repeatable")] = None,
    limit: Annotated[int, typer.Option(min=1, help="Use at most this many articles")] = 300,
    json_out: Annotated[Optional[Path], typer.Option("--json", help="Also write the results as JSON here")] = None,
    model: Annotated[Optional[str], typer.Option(help="spaCy model package or path")] = None,
    config: Annotated[Optional[Path], typer.Option(help="TOML configuration file")] = None,
) -> None:
    """Benchmark parse-only vs full pipeline (including storage) on the same articles."""
    from .. import bench
    from ..ingest import read
    from ..model import Article

    cfg = build_config(model, config)
    if corpus:
        name = ", ".join(corpus)
        articles = (a for a in read(corpus) if isinstance(a, Article))
    else:
        name, articles = bench.default_corpus()
    result = bench.run(articles, name, limit, cfg)
    data = result.to_json()
    console = wide_console()
    table = Table(title=f"eventwire bench: {result.articles} articles, {result.tokens:,} tokens\n{name}")
    table.add_column("measure")
    table.add_column("value", justify="right")
    table.add_row("parse only (spaCy)", f"{data['parse_articles_per_s']:.2f} articles/s  ({data['parse_tokens_per_s']:,.0f} tokens/s)")
    table.add_row("full pipeline + DuckDB", f"{data['full_articles_per_s']:.2f} articles/s  ({result.events} events)")
    table.add_row("ratio full / parse", f"{data['ratio_full_to_parse']:.3f}")
    table.add_row("peak RSS", f"{result.peak_rss_mb:,.0f} MB (model and stages loaded: {result.rss_mb_after_load:,.0f} MB)")
    console.print(table)
    stages = Table(title="seconds per stage (full run)")
    stages.add_column("stage")
    stages.add_column("seconds", justify="right")
    stages.add_column("x parse time", justify="right")
    for stage, secs in result.stage_seconds.items():
        stages.add_row(stage, f"{secs:.2f}", f"{data['stage_share_of_parse'][stage]:.3f}")
    stages.add_row("store (DuckDB)", f"{result.store_seconds:.2f}", f"{data['store_share_of_parse']:.3f}")
    console.print(stages)
    if json_out:
        json_out.write_text(json.dumps(data, indent=2), encoding="utf-8")
