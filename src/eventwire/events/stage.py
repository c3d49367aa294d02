"""Baseline event stage (to be replaced by the rule-based coder)."""

from __future__ import annotations

from .. import registry
from ..document import Document


@registry.component("events", requires=("doc", "mentions"), assigns=("events",))
def find_events(doc: Document) -> Document:
    return doc
