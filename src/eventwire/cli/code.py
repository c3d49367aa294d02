"""``eventwire code INPUT...``: read articles, code their events, print them or store them.

Without ``--db`` events go to stdout (PLOVER JSON lines by default). With ``--db`` they are
stored, one transaction per batch; articles already in the store are skipped before
parsing, so re-running (or resuming a killed run) only does the missing work.
"""

from __future__ import annotations

import collections
import os
import sys
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from . import EXIT_OK, EXIT_REJECTS, app
from .common import build_config, open_store, parse_date_option, parse_fields, warn

FORMATS = ("plover", "table", "none")


@app.command("code")
def code_command(
    inputs: Annotated[list[str], typer.Argument(help="Files, folders (recursive), globs, or - for stdin")],
    db: Annotated[Optional[Path], typer.Option("--db", help="Store events in this DuckDB file")] = None,
    published: Annotated[Optional[str], typer.Option(help="Publication date for every article (overrides or fills)")] = None,
    format: Annotated[Optional[str], typer.Option("--format", "-f", help="plover | table | none (default: plover without --db, none with it)")] = None,  # noqa: A002
    out: Annotated[Optional[Path], typer.Option("--out", "-o", help="Write the output here instead of stdout")] = None,
    workers: Annotated[int, typer.Option(min=1, help="Worker processes for parsing and coding")] = 1,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar, no reject messages")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Report every committed batch on stderr")] = False,
    model: Annotated[Optional[str], typer.Option(help="spaCy model package or path")] = None,
    config: Annotated[Optional[Path], typer.Option(help="TOML configuration file")] = None,
    fields: Annotated[Optional[str], typer.Option(help="Record field names, e.g. text=body,published=date")] = None,
) -> None:
    """Code the events of news articles."""
    from ..ingest import ReadOptions, Reject, estimate_total, read
    from ..pipeline import Pipeline
    from ..progress import enabled, track
    from ..store.rows import event_row
    from .render import print_events

    fmt = format or ("none" if db else "plover")
    if fmt not in FORMATS:
        raise typer.BadParameter(f"choose one of {', '.join(FORMATS)}", param_hint="--format")
    cfg = build_config(model, config)
    opts = ReadOptions(fields=parse_fields(fields), max_chars=cfg.max_chars,
                       published=parse_date_option(published, "--published"))
    pipeline = Pipeline(config=cfg)
    store = open_store(db, read_only=False) if db else None

    rejected = collections.deque()  # filled by the reader (maybe in a pool thread), drained here
    n_rejects = 0
    skipped_ids: list[str] = []
    known = store.article_ids() if store else set()

    def articles():
        nonlocal n_rejects
        for item in read(inputs, opts):
            if isinstance(item, Reject):
                n_rejects += 1
                if not quiet:
                    warn(f"rejected {item.origin}: {item.reason}")
                rejected.append(item)
            elif item.id in known:
                skipped_ids.append(item.id)
            else:
                known.add(item.id)  # a duplicate later in the same input is skipped too
                yield item

    run = None
    cluster_counts = None
    if store:
        inputs_key = [i if i == "-" else os.path.abspath(i) for i in inputs]
        run = store.begin_run(inputs_key, {"model": cfg.model, "stages": pipeline.stage_names,
                                           "published": published, "fields": opts.fields})
    sink = open(out, "w", encoding="utf-8") if out else sys.stdout
    from ..store import AddCounts

    totals = AddCounts()
    coded_ids: list[str] = []
    table_rows: list[dict[str, Any]] = []
    batch: list[Any] = []

    def flush() -> None:
        nonlocal batch
        pending = []
        while rejected:
            pending.append(rejected.popleft())
        if store and (batch or pending):
            counts = store.add(batch, rejects=pending, run_id=run, batch_size=max(len(batch), 1))
            totals.__iadd__(counts)
            if verbose:
                warn(f"stored {totals.articles_added} articles, {totals.events_added} events")
        batch = []

    total = estimate_total(inputs) if enabled(quiet) else None
    status = "failed"
    try:
        for outcome in track(pipeline.pipe(articles(), workers=workers), total=total,
                             description="coding", quiet=quiet):
            if outcome.error:
                n_rejects += 1
                if not quiet:
                    warn(f"rejected {outcome.article.origin}: {outcome.error}")
            coded_ids.append(outcome.article.id)
            if store:
                batch.append(outcome)
                if len(batch) >= cfg.batch_size:
                    flush()
            elif fmt == "plover":
                from ..export import plover_line

                for event in outcome.events:
                    sink.write(plover_line(event, outcome.article) + "\n")
            elif fmt == "table":
                table_rows.extend(event_row(e, outcome.article) for e in outcome.events)
        flush()
        if store:
            # Dedup: events not yet in a cluster (this run's, or a killed run's) join one.
            cluster_counts = store.update_clusters()
        status = "finished"
    except KeyboardInterrupt:
        # Every committed batch stays; running the same command again resumes.
        status = "interrupted"
        warn("interrupted; run the same command again to resume")
        raise typer.Exit(130) from None
    finally:
        if store and run:
            totals.articles_skipped += len(skipped_ids)
            totals.articles_seen += len(skipped_ids)
            totals.rejects = n_rejects
            store.finish_run(run, totals, status)

    if store:
        ids = coded_ids + skipped_ids
        if fmt == "plover":
            for record, arow in store.iter_records(article_id=ids) if ids else ():
                from ..export import plover_line
                from ..store.codec import article_from, event_from

                sink.write(plover_line(event_from(record), article_from(arow)) + "\n")
        elif fmt == "table":
            from .render import relation_dicts

            table_rows = relation_dicts(store.events(article_id=ids)) if ids else []
        if not quiet:
            n_articles = len(set(ids))
            n_events = store.count_events(article_id=ids) if ids else 0
            warn(f"{db}: {totals.articles_added} articles added, {len(skipped_ids)} already stored, "
                 f"{n_rejects} rejected; {n_events} events from these {n_articles} articles "
                 f"({store.count_events()} in the store); {cluster_counts.events_assigned} events clustered, "
                 f"{cluster_counts.clusters_total} clusters")
    if fmt == "table":
        from .render import wide_console

        print_events(table_rows, console=wide_console(sink))
    if out:
        sink.close()
    if store:
        store.close()
    raise typer.Exit(EXIT_REJECTS if n_rejects else EXIT_OK)
