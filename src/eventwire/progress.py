"""Progress bars with rate and ETA on a terminal; silent in CI, in pipes, or with ``--quiet``."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")


def enabled(quiet: bool = False) -> bool:
    """Show progress only for a human at a terminal."""
    if quiet or os.environ.get("CI") or os.environ.get("EVENTWIRE_QUIET"):
        return False
    return sys.stderr.isatty()


def track(items: Iterable[T], *, total: int | None = None, description: str = "working",
          unit: str = "articles", quiet: bool = False) -> Iterator[T]:
    """Yield ``items`` while drawing a progress bar (count, rate, ETA) on stderr."""
    if not enabled(quiet):
        yield from items
        return
    from rich.console import Console
    from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn,
                               TimeElapsedColumn, TimeRemainingColumn)

    columns = [
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]}"),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
    ]
    with Progress(*columns, console=Console(stderr=True), transient=False) as bar:
        task = bar.add_task(description, total=total, rate="")
        for item in items:
            yield item
            bar.advance(task)
            speed = bar.tasks[0].speed
            if speed:
                bar.update(task, rate=f"{speed:.1f} {unit}/s")
