"""eventwire: reads news and writes down who did what to whom, when, where, and according to whom.

>>> import eventwire
>>> events = eventwire.code("Iran and Iraq signed a peace deal on Monday.", published="2020-01-08")
>>> store = eventwire.open("eventwire.duckdb")
>>> store.events(country="IRN").df()
"""

from __future__ import annotations

from .config import Config
from .document import Document, Mention
from .errors import ConfigError, EventwireError, ModelLoadError, RecordError, StoreError
from .model import (Actor, Article, Attribution, CameoCoding, Event, Place, PloverCoding, Span,
                    TimeRef, to_dict)
from .pipeline import Outcome, Pipeline, code
from .articles import make_article

__version__ = "0.1.0"


def open(path: str = "eventwire.duckdb", *, read_only: bool = False):  # noqa: A001 - mirrors duckdb.connect
    """Open (or create) an event store: ``eventwire.open("eventwire.duckdb").events(country="PRK")``."""
    from .store import EventStore

    return EventStore(path, read_only=read_only)


__all__ = [
    "Actor", "Article", "Attribution", "CameoCoding", "Config", "ConfigError", "Document", "Event",
    "EventwireError", "Mention", "ModelLoadError", "Outcome", "Pipeline", "Place", "PloverCoding",
    "RecordError", "Span", "StoreError", "TimeRef", "code", "make_article", "open", "to_dict",
]
