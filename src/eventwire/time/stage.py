"""The time stages: ``timexes`` (find and normalise expressions) and ``event_dates``.

``timexes`` runs the plain-text grammar (:func:`~eventwire.time.timexes.find_timexes`)
with the publication date as anchor and the spaCy parse deciding, per expression,
whether its clause is about the past or the future. ``event_dates`` gives each event
the expression governing its clause (see :mod:`eventwire.time.dating`) and flags
events that ended well before publication as historical.
"""

from __future__ import annotations

import datetime as dt

from .. import registry
from ..document import Document
from .dating import date_token, is_historical, publication_fallback
from .tense import direction_of
from .timexes import find_timexes


@registry.component("timexes", requires=("doc",), assigns=("timexes",))
def timexes_stage(doc: Document) -> Document:
    """Fill ``doc.timexes``; without a publication date, today is the anchor."""
    sdoc = doc.doc
    anchor = doc.article.published_date or dt.date.today()

    def direction(start: int, end: int) -> str | None:
        if sdoc is None:
            return None
        span = sdoc.char_span(start, end, alignment_mode="expand")
        return direction_of(span.root) if span is not None and len(span) else None

    refs = find_timexes(doc.article.text, anchor, direction)
    if sdoc is not None:
        for r in refs:
            if r.span is None:
                continue
            span = sdoc.char_span(r.span.start, r.span.end, alignment_mode="expand")
            if span is not None and len(span):
                r.span.sentence = doc.sentence_index(span[0])
    doc.timexes = refs
    doc.notes.pop("_timex_heads", None)
    return doc


class EventDates:
    """Dates every event; ``historical_margin_days`` sets how old counts as historical."""

    def __init__(self, historical_margin_days: int = 7):
        self.margin = int(historical_margin_days)

    def __call__(self, doc: Document) -> Document:
        anchor = doc.article.published_date
        for ev in doc.events:
            when = None
            if doc.doc is not None:
                span = doc.doc.char_span(ev.trigger.start, ev.trigger.end, alignment_mode="expand")
                if span is not None and len(span):
                    when = date_token(doc, span.root.i, ev.modality)
            ev.when = when or publication_fallback(anchor)
            ev.historical = is_historical(ev.when, anchor, self.margin)
        return doc


@registry.factory(
    "event_dates",
    requires=("events", "timexes"),
    assigns=("events",),
    default_config={"historical_margin_days": 7},
)
def make_event_dates(historical_margin_days: int = 7) -> EventDates:
    return EventDates(historical_margin_days)


__all__ = ["timexes_stage", "EventDates", "make_event_dates"]
