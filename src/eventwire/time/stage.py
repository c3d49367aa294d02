"""Baseline time stages (to be deepened): no expressions; events dated by publication, flagged."""

from __future__ import annotations

from .. import registry
from ..document import Document
from ..model import TimeRef


@registry.component("timexes", requires=("doc",), assigns=("timexes",))
def find_timexes(doc: Document) -> Document:
    return doc


@registry.component("event_dates", requires=("events", "timexes"), assigns=("events",))
def date_events(doc: Document) -> Document:
    pub = doc.article.published_date
    for ev in doc.events:
        ev.when = TimeRef(text="", start=pub, end=pub, precision="unknown", anchor=pub, basis="publication")
    return doc
