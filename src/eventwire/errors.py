"""Precise exceptions: each says which record failed and why."""

from __future__ import annotations


class EventwireError(Exception):
    """Base class for every error eventwire raises on purpose."""


class ConfigError(EventwireError):
    """The configuration or the pipeline layout is wrong (unknown stage, bad order, bad value)."""


class ModelLoadError(EventwireError):
    """The spaCy model named in the configuration cannot be loaded."""


class RecordError(EventwireError):
    """One input record cannot be used; the run rejects it and goes on with the rest."""

    def __init__(self, origin: str, reason: str) -> None:
        super().__init__(f"{origin}: {reason}")
        self.origin = origin
        self.reason = reason


class StoreError(EventwireError):
    """The event store cannot be opened or written (wrong schema version, locked file)."""
