"""Event nouns that refer back: ellipsis ("three summits ... the first was in Singapore, the
third took place in the DMZ") and anaphoric event nouns ("the second meeting", "there have
been three meetings").

English leaves out a noun after an ordinal when the noun was just said; the elided event is
the nearest earlier event noun. A definite or ordinal event noun with no participants of its
own likewise refers to an earlier mention of the same event, whose participants it shares.
Antecedents are looked for in the same sentence and the two before it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .frame import Frame
from .lexicon import Lexicon, NounEntry
from .match import noun_entry

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from ..document import Document

#: Sentences before the current one searched for an antecedent.
WINDOW = 2
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def elided_subject(tok: Token, lex: Lexicon) -> bool:
    """Whether ``tok`` is an ordinal standing alone as the subject of a verb of occurrence
    ("the third took place", "the first was in Singapore", "the second was held in X")."""
    if tok.dep_ not in _SUBJECT_DEPS or not lex.in_class(tok.lower_, "ordinals"):
        return False
    if tok.pos_ not in ("ADJ", "NOUN", "NUM") or any(c.dep_ in ("prep", "compound") for c in tok.children):
        return False  # "the first of the talks", "the first round": not elided
    verb = tok.head
    lemma = verb.lemma_.lower()
    if lemma == "take":
        return any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)
    if lemma == "hold":  # "the second was held in Hanoi", not "the first held talks"
        return tok.dep_ == "nsubjpass"
    if lemma == "be":  # "the first was in Singapore in 2018", not "the first was Japan"
        return any(c.dep_ == "prep" and c.lower_ in _WHERE_WHEN for c in verb.children)
    return lex.in_class(lemma, "occurrence")


#: Prepositions placing an elided event in space or time ("the first was in Singapore").
_WHERE_WHEN = frozenset({"in", "at", "on", "near", "during"})


def antecedents(doc: Document, tok: Token, lex: Lexicon, lemma: str | None = None, depth: int = 0) -> list[Token]:
    """Earlier event nouns (nearest first) that ``tok`` may refer to: any event noun, or with
    ``lemma`` only those of the same lemma, before ``tok`` in its sentence or in the
    ``WINDOW`` sentences before it; with ``lemma``, an antecedent that itself refers back
    brings its own ("the Trump-Kim meetings ... there have been three meetings ... the second
    meeting")."""
    found = _antecedents(doc, tok, lex, lemma)
    if lemma is None or depth >= 2 or not found:
        return found
    out = list(found)
    for t in found:
        if refers_back(t, lex):
            out.extend(x for x in antecedents(doc, t, lex, lemma, depth + 1) if x not in out)
    return out


def _antecedents(doc: Document, tok: Token, lex: Lexicon, lemma: str | None) -> list[Token]:
    sp = tok.doc
    first = tok.sent.start
    for _ in range(WINDOW):
        if first == 0:
            break
        first = sp[first - 1].sent.start
    out: list[Token] = []
    for i in range(tok.i - 1, first - 1, -1):
        t = sp[i]
        if t.pos_ not in ("NOUN", "PROPN"):
            continue
        low = t.lemma_.lower()
        if lemma is not None and low != lemma:
            continue
        entry = _entry(doc, t, lex)
        if entry is not None and entry.alone and entry.realize:
            out.append(t)
    return out


def _entry(doc: Document, tok: Token, lex: Lexicon) -> NounEntry | None:
    if tok.lemma_.lower() not in lex.nouns:
        return None
    return noun_entry(tok, lex, doc)


def refers_back(tok: Token, lex: Lexicon) -> bool:
    """An event noun that names an event already mentioned: with an ordinal ("the second
    meeting") or introduced by an existential ("there have been three meetings")."""
    if any(c.dep_ == "amod" and lex.in_class(c.lower_, "ordinals") for c in tok.children):
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ == "of":  # "there have been four rounds of talks"
        tok = tok.head.head
    return tok.dep_ == "attr" and any(c.dep_ == "expl" for c in tok.head.children)


def elided_frames(doc: Document, sent: SpacySpan, lex: Lexicon) -> list[Frame]:
    """"There have been three summits. ... the third took place in the DMZ": an ordinal
    subject of a verb of occurrence is the nearest earlier event noun, elided."""
    out: list[Frame] = []
    for tok in sent:
        if not elided_subject(tok, lex):
            continue
        ants = antecedents(doc, tok, lex)
        if not ants:
            continue
        entry = noun_entry(ants[0], lex, doc)
        if entry is None:
            continue
        lemma = ants[0].lemma_.lower()
        out.append(Frame(tok, tok.head, entry.realize, f"ellipsis:{lemma}", entry, noun=tok,
                         recipient_slots=entry.recipient, reciprocal=entry.reciprocal,
                         antecedents=antecedents(doc, tok, lex, lemma), elliptical=True))
    return out


def names_inside(doc: Document, noun: Token) -> bool:
    """Whether an actor is named inside the noun's phrase ("talks with Iran")."""
    return any(doc.mention_at(t.i) is not None for t in noun.subtree if t.i != noun.i)
