"""Baseline attribution stages (to be deepened)."""

from __future__ import annotations

from .. import registry
from ..document import Document


@registry.component("attributions", requires=("doc", "mentions"), assigns=("attributions",))
def find_attributions(doc: Document) -> Document:
    return doc


@registry.component("event_sources", requires=("events", "attributions"), assigns=("events",))
def source_events(doc: Document) -> Document:
    return doc
