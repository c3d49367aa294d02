"""The two attribution stages.

``attributions`` finds every attribution relation of the article (cue, source, content,
kind, denial) and links nested ones through ``via``. ``event_sources`` gives each event
the chain of sources its clause rests on, from the original claimant to the publishing
outlet, and adjusts the event's modality (relayed claims are ``reported``, denied ones
``negated``).
"""

from __future__ import annotations

import bisect

from .. import registry
from ..document import Document
from ..model import Attribution, Span
from .anonymity import is_anonymous
from .chains import chain_for, link_relations
from .extract import Raw, extract
from .quotes import QuoteIndex
from .relays import media_heads, state_media_of_speakers
from .sources import first_person_speakers, pronoun_speakers, resolve_source


class _Spans:
    """Character :class:`Span` objects for one document, with a token → sentence table built once."""

    def __init__(self, doc: Document):
        assert doc.doc is not None
        self.doc = doc.doc
        self.text = doc.article.text
        self.sent_of: list[int] = [0] * len(self.doc)
        starts = []
        for k, sent in enumerate(self.doc.sents):
            starts.append(sent.start_char)
            for i in range(sent.start, sent.end):
                self.sent_of[i] = k
        self.sent_starts = starts

    def tokens(self, start: int, end: int) -> Span:
        a, b = self.doc[start].idx, self.doc[end - 1].idx + len(self.doc[end - 1])
        return Span(a, b, self.sent_of[start], self.text[a:b])

    def chars(self, start: int, end: int) -> Span:
        sent = bisect.bisect_right(self.sent_starts, start) - 1
        return Span(start, end, sent, self.text[start:end])


def _build(doc: Document, spans: _Spans, raw: Raw, index: int) -> Attribution:
    cue_span = spans.tokens(*raw.cue)
    source = None
    source_span = None
    anonymous = False
    if raw.source is not None:
        source_span = spans.tokens(*raw.source)
        source = resolve_source(doc, raw.source[0], raw.source[1], raw.source_head)
        anonymous = is_anonymous(spans.doc, raw.source[0], raw.source[1], raw.source_head, source)
    parts = [spans.chars(a, b) for a, b in sorted(raw.content)]
    content_span = None
    if parts:
        content_span = spans.chars(parts[0].start, parts[-1].end)
    return Attribution(
        source=source,
        cue=raw.lemma,
        text=" … ".join(p.text for p in parts),
        cue_span=cue_span,
        source_span=source_span,
        content_span=content_span,
        kind=raw.kind,
        id=index,
        denial=raw.denial,
        anonymous=anonymous,
        content_parts=parts if len(parts) > 1 else [],
    )


@registry.component("attributions", requires=("doc", "mentions"), assigns=("attributions",))
def find_attributions(doc: Document) -> Document:
    """Every attribution relation in the article, in text order, nested ones linked by ``via``."""
    assert doc.doc is not None
    quotes = QuoteIndex(doc.article.text)  # one look for quotation marks, for every rule below
    raws = extract(doc.doc, doc.article.text, frozenset(m.head for m in doc.mentions), quotes, media_heads(doc))
    order = sorted(range(len(raws)), key=lambda k: raws[k].cue[0])
    new_index = {old: new for new, old in enumerate(order)}
    spans = _Spans(doc)
    attributions = [_build(doc, spans, raws[old], new) for new, old in enumerate(order)]
    relays = {new_index[k]: new_index[r.relays] for k, r in enumerate(raws) if r.relays is not None}
    link_relations(attributions, relays)
    state_media_of_speakers(attributions, doc)
    first_person_speakers(attributions, doc.article.text, doc.article.outlet, quotes)
    pronoun_speakers(attributions, doc, quotes)
    doc.attributions = attributions
    return doc


@registry.component("event_sources", requires=("events", "attributions"), assigns=("events",))
def source_events(doc: Document) -> Document:
    """Each event's ``according_to`` chain (claimant first, outlet last) and sourcing modality."""
    for event in doc.events:
        chain = chain_for(doc, event.trigger.start, event.trigger.end)
        event.according_to = chain
        relayed = [a for a in chain if a.kind != "outlet"]
        if not relayed:
            continue
        if any(a.denial for a in relayed):
            if event.modality in ("asserted", "reported"):
                event.modality = "negated"
        elif event.modality == "asserted":
            event.modality = "reported"
    return doc
