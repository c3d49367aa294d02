"""Helpers shared by the commands: building the pipeline, opening the store, parsing options."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import typer

from ..errors import ConfigError


def build_config(model: str | None, config: Path | None) -> Any:
    """The :class:`~eventwire.config.Config` from ``--config FILE`` and ``--model NAME``."""
    from ..config import Config

    cfg = Config.from_file(config) if config else Config()
    if model:
        cfg.model = model
    return cfg


def parse_fields(spec: str | None) -> dict[str, str]:
    """``--fields text=body,published=date`` -> ``{"text": "body", "published": "date"}``."""
    from ..ingest import FIELD_NAMES

    if not spec:
        return {}
    out: dict[str, str] = {}
    for part in spec.split(","):
        if not part.strip():
            continue
        if "=" not in part:
            raise typer.BadParameter(f"expected FIELD=COLUMN, got {part!r}", param_hint="--fields")
        key, value = (x.strip() for x in part.split("=", 1))
        if key not in FIELD_NAMES:
            raise typer.BadParameter(f"unknown field {key!r}; fields: {', '.join(FIELD_NAMES)}", param_hint="--fields")
        out[key] = value
    return out


def parse_date_option(value: str | None, name: str) -> Any:
    from ..pubdate import parse_published

    if value is None:
        return None
    try:
        return parse_published(value)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint=name) from exc


def open_store(db: Path, *, read_only: bool) -> Any:
    """Open the store or stop with a usage error naming the file."""
    from ..store import EventStore

    if read_only and not Path(db).exists():
        raise typer.BadParameter(f"{db}: no such event store (create one with `eventwire code ... --db {db}`)",
                                 param_hint="--db")
    return EventStore(db, read_only=read_only)


def warn(message: str) -> None:
    print(f"eventwire: {message}", file=sys.stderr, flush=True)


def usage_error(message: str) -> ConfigError:
    return ConfigError(message)
