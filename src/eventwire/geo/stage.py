"""Baseline place stages (to be deepened)."""

from __future__ import annotations

from .. import registry
from ..document import Document


@registry.component("toponyms", requires=("doc",), assigns=("places",))
def find_toponyms(doc: Document) -> Document:
    return doc


@registry.component("event_places", requires=("events", "places"), assigns=("events",))
def place_events(doc: Document) -> Document:
    return doc
