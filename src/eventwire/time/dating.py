"""Event dating: which time expression an event's clause is about, with honest fallbacks.

Order of preference (recorded in ``TimeRef.basis``):

1. ``clause``: a time expression in the event's own clause, or in a clause governing it
   ("said on Monday that ..." dates a reported event no later than Monday); among several,
   one attached to the trigger itself first, then the nearest;
2. ``sentence``: the nearest time expression elsewhere in the sentence, except in a
   relative clause about another noun ("ISWAP, which broke away in 2016");
3. ``previous_sentence``: the time of the previous sentence's main clause (its
   reference time), when this sentence has no time expression at all;
   (2 and 3 only for clauses not in the present tense, "Apple sells phones" speaks of
   the time of writing, and never a past time for a future event or the reverse);
4. ``publication``: the publication date with ``precision="unknown"`` (the text gave none).

Only expressions that name a point or period (DATE/TIME with an interval) date events;
durations ("for three days") and sets ("every week") do not, and neither does an
expression modifying another noun ("replaced the 1991 agreement").
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING

from ..model import TimeRef
from .tense import direction_of, governing_verb
from .timexes import normalize

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..document import Document

#: Dependency labels that open a new clause.
CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "advcl", "relcl", "xcomp", "parataxis", "csubj", "acl", "pcomp"})
#: Modalities under which an underspecified expression points forward.
FUTURE_MODALITIES = frozenset({"future", "expected", "intended", "threatened"})


def clause_head(token: Token) -> Token:
    """The head of the clause holding ``token`` (a verb conjoined to another heads its own)."""
    t = token
    while t.head.i != t.i:
        if t.dep_ in CLAUSE_DEPS or (t.dep_ == "conj" and t.pos_ in ("VERB", "AUX")):
            return t
        t = t.head
    return t


def _governing_clauses(token: Token) -> list[Token]:
    """Clause heads from ``token``'s own clause up to the sentence root."""
    out = []
    t = clause_head(token)
    while True:
        out.append(t)
        if t.head.i == t.i:
            return out
        t = clause_head(t.head)


def _is_dating(t: TimeRef) -> bool:
    return t.type in ("DATE", "TIME") and (t.start is not None or t.end is not None)


def timex_heads(doc: Document) -> list[tuple[TimeRef, int]]:
    """Each dating time expression with the index of its syntactic head token."""
    cached = doc.notes.get("_timex_heads")
    if cached is not None:
        return cached
    sdoc: Doc = doc.doc  # type: ignore[assignment]
    out = []
    for t in doc.timexes:
        if not _is_dating(t) or t.span is None:
            continue
        span = sdoc.char_span(t.span.start, t.span.end, alignment_mode="expand")
        if span is not None and len(span):
            out.append((t, span.root.i))
    doc.notes["_timex_heads"] = out
    return out


#: A time expression in one of these relations to a noun dates that noun, not the clause
#: ("the 1991 settlement", "Wednesday's ruling").
_NOUN_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "nummod", "poss"})
#: Clause links that stay on a sentence's main line.
_MAIN_LINE = frozenset({"conj", "ccomp", "parataxis", "xcomp"})
#: Clauses that describe a noun rather than carry the sentence's story.
_MODIFIER_CLAUSES = frozenset({"relcl", "acl"})


def _modifies_other_noun(sdoc: Doc, head: int, token_i: int) -> bool:
    t = sdoc[head]
    return t.dep_ in _NOUN_MODIFIER_DEPS and t.head.pos_ in ("NOUN", "PROPN") and t.head.i != token_i


def is_present(token: Token) -> bool:
    """Present tense or present perfect: the clause speaks of the time of writing."""
    verb = token if token.pos_ in ("VERB", "AUX") else governing_verb(token)
    if verb is None:
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ in ("VBD", "MD") or a.lower_ in ("will", "'ll", "shall", "to") for a in auxes):
        return False
    if auxes:
        return any(a.tag_ in ("VBZ", "VBP") for a in auxes)
    return verb.tag_ in ("VBZ", "VBP")


def _with_basis(t: TimeRef, basis: str) -> TimeRef:
    return dataclasses.replace(t, basis=basis)


def publication_fallback(anchor: dt.date | None) -> TimeRef:
    """The documented last resort: the publication date, flagged as not from the text."""
    return TimeRef(text="", start=anchor, end=anchor, precision="unknown", anchor=anchor, basis="publication")


def _in_modifier_clause(sdoc: Doc, head: int, token_i: int) -> bool:
    """Inside a relative or adnominal clause of another noun ("ISWAP, which broke away in 2016")."""
    clause = clause_head(sdoc[head])
    return clause.dep_ in _MODIFIER_CLAUSES and clause.head.i != token_i


def _main_clause(sdoc: Doc, head: int) -> bool:
    """On the sentence's main line: the root clause, clauses conjoined to it, or what a
    reporting verb reports ("officials said the pledge was signed in 2017"); not in
    relative, adverbial or adnominal clauses. That is the sentence's reference time."""
    clause = clause_head(sdoc[head])
    while clause.head.i != clause.i:
        if clause.dep_ not in _MAIN_LINE:
            return False
        clause = clause_head(clause.head)
    return True


def _fits(t: TimeRef, way: str | None, anchor: dt.date | None) -> bool:
    """A fallback time must not contradict the clause: no past date for a future event."""
    if anchor is None or way is None:
        return True
    if way == "future":
        return t.end is None or t.end >= anchor
    return t.start is None or t.start <= anchor


def date_token(doc: Document, token_i: int, modality: str | None = None) -> TimeRef:
    """The time of the event whose trigger is token ``token_i`` (see the module docstring)."""
    sdoc: Doc = doc.doc  # type: ignore[assignment]
    anchor = doc.article.published_date
    tok = sdoc[token_i]
    heads = timex_heads(doc)
    sent = tok.sent
    in_sent = [(t, h) for t, h in heads if sent.start <= h < sent.end and not _modifies_other_noun(sdoc, h, token_i)]
    present = is_present(tok)
    way = "future" if modality in FUTURE_MODALITIES else direction_of(tok)
    chosen: tuple[TimeRef, str] | None = None
    chosen_head: int | None = None
    for level, clause in enumerate(_governing_clauses(tok)):
        if level and present:
            break  # "rejected it in October, although experts say ...": "say" is now
        here = [(t, h) for t, h in in_sent if clause_head(sdoc[h]) == clause and (not level or _fits(t, way, anchor))]
        if here:
            # attached to the trigger itself first ("the October summit"), then the nearest
            here.sort(key=lambda th: (not any(a.i == token_i for a in sdoc[th[1]].ancestors), abs(th[1] - token_i)))
            chosen = (here[0][0], "clause")
            chosen_head = here[0][1]
            break
    if chosen is None and not present:
        # Fallbacks for a clause with no time of its own; a present-tense clause speaks of
        # the time of writing, so it goes straight to the publication date.
        others = [(t, h) for t, h in in_sent
                  if not _in_modifier_clause(sdoc, h, token_i) and _fits(t, way, anchor)]
        if others:
            best = min(others, key=lambda th: abs(th[1] - token_i))
            chosen = (best[0], "sentence")
        elif not in_sent:
            # a past narrative keeps the reference time of the sentence before
            # (a closed period only: an open bound such as "since 1984" is no reference time)
            prev = [(t, h) for t, h in heads if h < sent.start and sdoc[h].sent.end == sent.start
                    and t.start is not None and t.end is not None
                    and _main_clause(sdoc, h) and not _modifies_other_noun(sdoc, h, token_i)
                    and _fits(t, way, anchor)]
            if prev:
                chosen = (max(prev, key=lambda th: th[1])[0], "previous_sentence")
    if chosen is None:
        return publication_fallback(anchor)
    when = _with_basis(*chosen)
    # the trigger is itself a past verb and the time is its own: "agreed on Friday to ..."
    past_clause = chosen_head is not None and tok.tag_ == "VBD" and clause_head(sdoc[chosen_head]) == tok
    if (modality in FUTURE_MODALITIES and not past_clause and anchor is not None
            and when.end is not None and when.end < anchor):
        # "will meet in October", said in November: the coming October, not the last one;
        # but "agreed on Friday to restore ties" was agreed last Friday
        again = normalize(when.text, anchor, future=True)
        if again is not None and again.start is not None and again.start >= anchor:
            when = dataclasses.replace(again, span=when.span, basis=when.basis, anchor=anchor)
    return when


def is_historical(when: TimeRef | None, anchor: dt.date | None, margin_days: int) -> bool:
    """True when the event ended more than ``margin_days`` before publication."""
    if when is None or anchor is None or when.basis == "publication" or when.end is None:
        return False
    return when.end < anchor - dt.timedelta(days=margin_days)


__all__ = ["date_token", "is_historical", "clause_head", "publication_fallback", "timex_heads", "CLAUSE_DEPS"]
