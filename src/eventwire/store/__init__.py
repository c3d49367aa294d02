"""The event store: a DuckDB file of articles, events, actors, places, attributions, rejects and runs.

>>> import eventwire
>>> store = eventwire.open("eventwire.duckdb")
>>> store.events(country="PRK", since="2019-10-01").df()
"""

from __future__ import annotations

from .schema import SCHEMA_VERSION, TABLES
from .store import DEFAULT_PATH, AddCounts, EventStore, run_id

__all__ = ["AddCounts", "DEFAULT_PATH", "EventStore", "SCHEMA_VERSION", "TABLES", "run_id"]
