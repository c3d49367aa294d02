"""Whom an act is aimed at when its own argument slots name no one.

English often names the recipient outside the verb's arguments, in a clause or phrase
whose meaning says who it is (PLOVER manual: the recipient is the target of the act):

- a threat's condition: "threatened to stop talks if the United States deploys missiles"
  is aimed at the one whose act is the condition;
- a refusal's occasion: "declined to resign despite pressure by the anti-corruption
  commission" refuses the one who pressed;
- a protest's grievance: "a hunger strike in protest of the government's refusal",
  "demonstrations against violations by the army" protest the grievance's author;
- a concession's negotiation: "called off the strike after talks with the government"
  yields to the other side of the talks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .args import pobjs, prep_objects
from .lexicon import lexicon
from .phrases import PRONOUNS, clause_preps, phrase_mentions, resolved, unique

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..document import Document, Mention
    from .frame import Frame

_CONDITION_MARKS = frozenset({"if", "unless"})
#: Prepositions of "in protest of/at/against/over X".
_GRIEVANCE_PREPS = ("of", "at", "against", "over")


def aimed_at(doc: Document, frame: Frame) -> list[Mention]:
    """Recipients implied by the frame's condition, occasion or grievance (may be empty)."""
    root = frame.code[:2]
    if frame.act == "threaten" or root == "13":
        got = _condition_subjects(doc, frame)
        if got:
            return got
    if frame.act == "reject" or root == "12":
        got = _defied(doc, frame)
        if got:
            return got
    if root == "14":
        got = _grievance(doc, frame)
        if got:
            return got
    if root == "08":
        got = _negotiated_with(doc, frame)
        if got:
            return got
    return []


def _preds(frame: Frame) -> list[Token]:
    """The frame's predicate and its content's: a condition or occasion may hang on either."""
    out = [frame.pred]
    cpred = frame.content.pred if frame.content is not None else frame.content_pred
    if cpred is not None and cpred not in out:
        out.append(cpred)
    return out


def _condition_subjects(doc: Document, frame: Frame) -> list[Mention]:
    for pred in _preds(frame):
        for ch in pred.children:
            if ch.dep_ != "advcl" or not any(m.dep_ == "mark" and m.lower_ in _CONDITION_MARKS
                                              for m in ch.children):
                continue
            subj = next((g for g in ch.children if g.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None or subj.lower_ in PRONOUNS:
                continue  # "... if it is attacked": the actor itself, not a recipient
            got = [m for m in phrase_mentions(doc, subj) if resolved(m)]
            if got:
                return got
    return []


def _defied(doc: Document, frame: Frame) -> list[Mention]:
    """"refused ... despite calls from X", "rejected ... in spite of US pressure"."""
    lex = lexicon()
    for pred in _preds(frame):
        for noun in prep_objects(pred, "despite") + _in_spite_of(pred):
            if not lex.in_class(noun.lemma_.lower(), "pressures"):
                continue
            got = [m for m in phrase_mentions(doc, noun) if resolved(m)]
            if got:
                return got
    return []


def _in_spite_of(pred: Token) -> list[Token]:
    out: list[Token] = []
    for t in prep_objects(pred, "in"):
        if t.lower_ == "spite":
            out.extend(prep_objects(t, "of"))
    return out


def _negotiated_with(doc: Document, frame: Frame) -> list[Mention]:
    """"released the hostages after negotiations with the government": the talks' other side."""
    nouns = lexicon().nouns
    for pred in _preds(frame):
        for ch in pred.children:
            if ch.dep_ != "prep" or ch.lower_ not in _AFTER:
                continue
            for talks in ch.children:
                entries = nouns.get(talks.lemma_.lower(), ())
                if talks.dep_ in ("pobj", "dobj") and any(e.reciprocal for e in entries):
                    got = [m for t in prep_objects(talks, "with") for m in phrase_mentions(doc, t) if resolved(m)]
                    if got:
                        return got
    return []


#: Prepositions placing an act after the talks that led to it.
_AFTER = frozenset({"after", "following"})


def _grievance(doc: Document, frame: Frame) -> list[Mention]:
    """The author of what a protest is against: "in protest of X's decision",
    "in protest at the arrest by police"."""
    idioms = [t for t in clause_preps(frame.pred, "in") if _protest_idiom(t)]
    if frame.noun is not None and _protest_idiom(frame.noun):
        idioms.append(frame.noun)
    out: list[Mention] = []
    for noun in idioms:
        # the preposition right after "in protest", wherever the parser attached it
        nxt = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
        if nxt is not None and nxt.dep_ == "prep" and nxt.lower_ in _GRIEVANCE_PREPS:
            for t in pobjs(nxt):
                out.extend(m for m in phrase_mentions(doc, t) if resolved(m))
            if out:
                return unique(out)
    return []


def _protest_idiom(tok: Token) -> bool:
    """The bare noun of "in protest" (no article: "in protest of", not "in the protest of")."""
    return (tok.lemma_.lower() == "protest" and tok.dep_ == "pobj" and tok.head.lower_ == "in"
            and not any(ch.dep_ in ("det", "poss") for ch in tok.children))
