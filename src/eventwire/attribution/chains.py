"""Nesting attributions into chains: who relays whom, down to the publishing outlet.

A relation is relayed by the innermost other relation whose content contains its cue
("A said *B told C that ...*": B's telling is relayed by A). "X reported, citing Y" links
Y's relation to X's explicitly. The publishing outlet relays every relation that nothing
else relays, so it is always the last link of a chain.

A view with no holder named inside someone's words ("'the time *appears* to be coming,'
Lee said") is that speaker's own hedge or belief, not a claimant of its own: an event's
chain skips it and starts at the speaker. So does a relation whose source is an event
("the swap did not signal a thaw"): an event claims nothing. A sourceless report ("Lee
said *it was reported* that ...") stays a link: someone unnamed made that claim.
"""

from __future__ import annotations

import bisect

from ..document import Document
from ..model import Attribution, Span
from .lexicon import nonholder_nouns, verb_cues
from .sources import outlet_actor

#: Cue classes whose subject holds a view (think, want, hope): with no source named, a
#: speaker who relays the view holds it. Appearance verbs ("seems") are flagged ``raising``.
_HOLDER_CLASSES = frozenset({"cognition", "intent"})
#: Relation kinds that give the speaker's words in the writer's own.
_PARAPHRASES = frozenset({"indirect"})
#: Relative words that open a clause adding background ("…, which have sunk").
_NONRESTRICTIVE = frozenset({"which", "who", "whose", "whom"})


def _pieces(a: Attribution) -> list[Span]:
    if a.content_parts:
        return a.content_parts
    return [a.content_span] if a.content_span is not None else []


def _contains(a: Attribution, start: int, end: int) -> bool:
    return any(p.start <= start and end <= p.end for p in _pieces(a))


def _size(a: Attribution) -> int:
    return sum(p.end - p.start for p in _pieces(a))


class _PieceIndex:
    """Content pieces sorted by start, to find those holding a position without a full scan."""

    def __init__(self, attributions: list[Attribution]):
        items = sorted((p.start, p.end, a.id) for a in attributions for p in _pieces(a))
        self.starts = [x[0] for x in items]
        self.items = items
        self.max_end: list[int] = []
        best = -1
        for _, end, _ in items:
            best = max(best, end)
            self.max_end.append(best)

    def holding(self, start: int, end: int) -> set[int]:
        """Ids of relations with a content piece containing ``[start, end)``."""
        out = set()
        k = bisect.bisect_right(self.starts, start) - 1
        while k >= 0 and self.max_end[k] >= end:
            a, b, ident = self.items[k]
            if a <= start and end <= b:
                out.add(ident)
            k -= 1
        return out


def link_relations(attributions: list[Attribution], relays: dict[int, int]) -> None:
    """Set each relation's ``via``: the explicit relay if given, else the innermost container."""
    index = _PieceIndex(attributions)
    for a in attributions:
        if a.id in relays:
            a.via = relays[a.id]
            continue
        if a.cue_span is None:
            continue
        holders = [attributions[i] for i in index.holding(a.cue_span.start, a.cue_span.end) if i != a.id]
        best = min(holders, key=lambda b: (_size(b), b.id), default=None)
        a.via = best.id if best is not None else None
    # Break any cycle (two parentheticals reporting each other): the later cue is relayed.
    for a in attributions:
        seen = {a.id}
        cur = a
        while cur.via is not None:
            nxt = attributions[cur.via]
            if nxt.id in seen:
                cur.via = None
                break
            seen.add(nxt.id)
            cur = nxt


def outlet_link(doc: Document) -> Attribution:
    """The article's own outlet as the final link (``source`` is None when unknown)."""
    outlet = doc.article.outlet
    return Attribution(source=outlet_actor(outlet), cue="publish", text="", kind="outlet", id=-1)


def _modifies_subject(doc: Document, a: Attribution, start: int, end: int) -> bool:
    """"Ministers *meeting* in Brussels are expected to approve …": a clause modifying the
    cue's own subject is background the view takes for granted, not part of the view.

    Only relations whose content holds their subject (appearances, passive expectations)
    can contain such a clause.
    """
    if doc.doc is None or a.cue_span is None:
        return False
    trigger = doc.doc.char_span(start, end, alignment_mode="expand")
    cue = doc.doc.char_span(a.cue_span.start, a.cue_span.end, alignment_mode="expand")
    if trigger is None or cue is None:
        return False
    subjects = {c.i for v in cue for c in v.children if c.dep_ in ("nsubj", "nsubjpass")}
    for tok in trigger:
        for t in [tok, *tok.ancestors]:
            if t.i in subjects:
                break
            if t.dep_ in ("acl", "relcl") and t.head.i in subjects:
                return True
    return False


def _writers_aside(doc: Document, a: Attribution, start: int, end: int) -> bool:
    """"Peskov said the swap did not signal a thaw in relations*, which have sunk … since
    Russia invaded Ukraine*": a relative clause set off by a comma inside reported (not
    quoted) words is the writer's background, not the speaker's claim."""
    if doc.doc is None or a.kind not in _PARAPHRASES:
        return False
    trigger = doc.doc.char_span(start, end, alignment_mode="expand")
    if trigger is None:
        return False
    for t in [trigger.root, *trigger.root.ancestors]:
        if a.cue_span is not None and t.idx <= a.cue_span.start < t.idx + len(t):
            return False  # reached the cue: the clause is the speaker's
        if t.dep_ == "relcl" and t.left_edge.i > 0 and doc.doc[t.left_edge.i - 1].text == "," \
                and t.left_edge.lower_ in _NONRESTRICTIVE and _contains(a, t.idx, t.idx + len(t)):
            return True
    return False


def governing(doc: Document, start: int, end: int) -> Attribution | None:
    """The innermost relation whose content holds characters ``[start, end)``.

    Of relations with the same content ("X reported, citing Y, that ..."), the one
    relayed by the others (Y's) is the innermost.
    """
    found = [
        a for a in doc.attributions
        if _contains(a, start, end)
        # the reporting verb itself is not governed by its own claim
        and not (a.cue_span is not None and a.cue_span.start <= start < a.cue_span.end)
        and not _modifies_subject(doc, a, start, end)
        and not _writers_aside(doc, a, start, end)
    ]
    relaying = {a.via for a in found if a.via is not None}
    deepest = [a for a in found if a.id not in relaying] or found
    return min(deepest, key=_size, default=None)


def _thing_source(doc: Document, a: Attribution) -> bool:
    """"(Peskov said) *the swap* did not signal a thaw": an event is no claimant; the
    inference is the relaying speaker's, or the outlet's."""
    if a.source is None or a.source_span is None or doc.doc is None or a.source.country or a.source.sector:
        return False
    span = doc.doc.char_span(a.source_span.start, a.source_span.end, alignment_mode="expand")
    return span is not None and span.root.pos_ == "NOUN" and span.root.lemma_.lower() in nonholder_nouns()


def _speakers_own(a: Attribution, relay: Attribution | None) -> bool:
    """A holderless view (``appear``, ``think``) relayed by a named speaker: the speaker's own."""
    if a.source is not None or relay is None or relay.source is None or not a.cue:
        return False
    cue = verb_cues().get(a.cue.split()[0])
    return cue is not None and (cue.raising or cue.cls in _HOLDER_CLASSES)


def chain_for(doc: Document, start: int, end: int) -> list[Attribution]:
    """Ordered sources of characters ``[start, end)``: original claimant first, outlet last."""
    chain: list[Attribution] = []
    cur = governing(doc, start, end)
    seen: set[int] = set()
    while cur is not None and cur.id not in seen:
        seen.add(cur.id)
        relay = doc.attributions[cur.via] if cur.via is not None else None
        if not _speakers_own(cur, relay) and not _thing_source(doc, cur):
            chain.append(cur)
        cur = relay
    chain.append(outlet_link(doc))
    return chain
