"""``eventwire spark INPUT... --out DIR``: code articles on Spark, write Parquet.

Events go to ``DIR/events`` (partitioned by ``event_date``), rejected records to
``DIR/rejects``, the store's other tables to ``DIR/articles``, ``DIR/event_actors``,
``DIR/attributions`` and ``DIR/places`` (``eventwire import DIR --db FILE`` loads them all). Parquet and JSON Lines inputs are read by Spark itself; anything else
(text, HTML, feeds, CSV, folders of them) by eventwire's ingest readers on the driver.
"""

from __future__ import annotations

import time
import warnings
from pathlib import Path
from typing import Annotated, Optional

import typer

from . import EXIT_OK, EXIT_REJECTS, app
from .common import build_config, parse_date_option, parse_fields, warn

READERS = ("auto", "spark", "ingest")


@app.command("spark")
def spark_command(
    inputs: Annotated[list[str], typer.Argument(help="Files, folders or globs (as for `code`); Parquet/JSONL read by Spark")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder: one Parquet dataset per store table, and rejects/")],
    master: Annotated[str, typer.Option(help="Spark master URL")] = "local[2]",
    published: Annotated[Optional[str], typer.Option(help="Publication date for every article (overrides or fills)")] = None,
    reader: Annotated[str, typer.Option(help="auto | spark (Parquet/JSONL read by Spark) | ingest (eventwire's readers)")] = "auto",
    partitions: Annotated[Optional[int], typer.Option(min=1, help="Coding tasks (default: Spark's default parallelism)")] = None,
    memory: Annotated[str, typer.Option(help="Spark driver memory")] = "1g",
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print nothing but errors")] = False,
    model: Annotated[Optional[str], typer.Option(help="spaCy model package or path")] = None,
    config: Annotated[Optional[Path], typer.Option(help="TOML configuration file")] = None,
    fields: Annotated[Optional[str], typer.Option(help="Record field names, e.g. text=body,published=date")] = None,
) -> None:
    """Code the events of news articles with Spark; write Parquet partitioned by event date."""
    from ..ingest import ReadOptions
    from ..spark import code_articles, local_session, write_coded
    from ..spark.inputs import native_format, read_ingest, read_native

    if reader not in READERS:
        raise typer.BadParameter(f"choose one of {', '.join(READERS)}", param_hint="--reader")
    cfg = build_config(model, config)
    field_map = parse_fields(fields)
    pub = parse_date_option(published, "--published")
    fmt = native_format(inputs) if reader != "ingest" else None
    if reader == "spark" and fmt is None:
        raise typer.BadParameter("Spark reads only Parquet or JSON Lines inputs (all of one kind)", param_hint="--reader")
    # pyspark warns about pandas versions it has not tested; eventwire's path uses Arrow only.
    warnings.filterwarnings("ignore", message="PySpark does not yet fully support pandas")
    started = time.perf_counter()
    spark = local_session(master, memory=memory)
    n_tasks = partitions or spark.sparkContext.defaultParallelism
    duplicates = 0
    if fmt:
        df, origin, problem = read_native(spark, inputs, fmt, field_map)
        if df.rdd.getNumPartitions() < n_tasks:
            df = df.repartition(n_tasks)
        coded = code_articles(df, config=cfg, published=pub, fields=field_map, origin=origin, problem=problem)
    else:
        opts = ReadOptions(fields=field_map, max_chars=cfg.max_chars, published=pub)
        df, duplicates = read_ingest(spark, inputs, opts, n_tasks)
        coded = code_articles(df, config=cfg, published=pub, origin="origin", problem="problem")
    written = write_coded(coded, out)
    if not quiet:
        if written.rejects:
            _print_rejects(written.rejects_path, written.rejects)
        dup = f", {duplicates} duplicate articles skipped" if duplicates else ""
        n_articles = (written.tables or {}).get("articles", 0)
        warn(f"wrote {written.events} events of {n_articles} articles to {out} (events/ partitioned by "
             f"event_date){dup} in {time.perf_counter() - started:.1f}s; load it into a store with "
             f"`eventwire import {out} --db FILE`")
    raise typer.Exit(EXIT_REJECTS if written.rejects else EXIT_OK)


def _print_rejects(path: Path, total: int, limit: int = 20) -> None:
    """The first rejects, as ``eventwire code`` prints them (read back from the written Parquet)."""
    import pyarrow.dataset as ds

    table = ds.dataset(str(path), format="parquet").head(limit, columns=["origin", "reason"])
    for origin, reason in zip(table.column("origin").to_pylist(), table.column("reason").to_pylist()):
        warn(f"rejected {origin}: {reason}")
    if total > limit:
        warn(f"... and {total - limit} more rejects in {path}")
