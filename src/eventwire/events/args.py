"""A predicate's arguments, read so that common attachment errors of a small parser do not
lose them.

en_core_web_sm reliably finds subjects, but often misplaces what follows the verb:

- "kidnapped up to 16 Russian advisers": "up" becomes a particle and the object the goal of
  "to"; the phrase is a quantity ("up to N"), so the noun is the object, not a recipient;
- "granted asylum to five officers holed up in ...": "to" is left without an object and
  "officers" becomes the subject of a misread clause; the phrase right after the
  preposition is its object;
- "established ties with and opened an embassy in Tehran": a preposition shared by two
  coordinated phrases (right-node raising) takes the object of the last one;
- "denounced as an ugly crime Serbia's suppression of ...": a heavy object moved after an
  "as" phrase is read as that phrase's apposition;
- "refused to allow UN planes to land": the object of a control verb ("allow", "urge")
  becomes the subject of a complement clause.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .frame import OBJECT_CONTROL

if TYPE_CHECKING:
    from spacy.tokens import Token

_NOUNS = frozenset({"NOUN", "PROPN", "PRON"})
_PREP_DEPS = ("prep", "agent", "dative")


def quantity_to(prep: Token) -> bool:
    """Whether ``prep`` is the "to" of a quantity "up to N" ("kidnapped up to 16 advisers")."""
    if prep.lower_ != "to" or prep.i == 0 or prep.doc[prep.i - 1].lower_ != "up":
        return False
    return any(g.dep_ == "pobj" and _counted(g) for g in prep.children)


def _counted(noun: Token) -> bool:
    return noun.like_num or any(ch.dep_ in ("nummod", "quantmod") or ch.like_num for ch in noun.children)


def pobjs(prep: Token) -> list[Token]:
    """Objects of a preposition; for one the parser left without an object, the noun phrase
    right after it, or, before a coordinator ("ties with and ... in Tehran"), the object of
    the next preposition of the sentence."""
    out = [g for g in prep.children if g.dep_ == "pobj"]
    if out or any(g.dep_ in ("pcomp", "pobj") for g in prep.children):
        return out
    doc = prep.doc
    nxt = prep.i + 1
    if nxt >= prep.sent.end:
        return []
    if doc[nxt].dep_ == "cc":
        for t in doc[nxt:prep.sent.end]:
            if t.dep_ == "pobj":
                return [t]
            if t.is_punct and t.text in ".;:":
                break
        return []
    return [t] if (t := _phrase_from(doc[nxt])) is not None else []


def _phrase_from(tok: Token) -> Token | None:
    """The head noun of the largest noun phrase starting at ``tok``."""
    start = tok.i
    best = tok if tok.pos_ in _NOUNS else None
    t = tok
    for _ in range(8):
        h = t.head
        if h == t or h.left_edge.i != start or h.pos_ not in _NOUNS | {"NUM", "ADJ", "DET"}:
            break
        t = h
        if h.pos_ in _NOUNS:
            best = h
    return best


def prep_objects(tok: Token, prep: str) -> list[Token]:
    """Objects of ``tok``'s preposition ``prep`` (also "by" agents and datives)."""
    out: list[Token] = []
    for ch in tok.children:
        if ch.dep_ in _PREP_DEPS and ch.lower_ == prep and not quantity_to(ch):
            out.extend(pobjs(ch))
    return out


def direct_object(pred: Token) -> Token | None:
    """The direct object of ``pred``, repaired for "up to N X" and for a heavy object shifted
    after an "as" phrase."""
    for ch in pred.children:
        if ch.dep_ == "dobj":
            return ch
    for ch in pred.children:
        if ch.i > pred.i and ch.lower_ == "up" and ch.dep_ in ("prt", "prep", "advmod"):
            for g in ch.children:  # "up" as a particle, "to N X" hanging on it
                if g.dep_ == "prep" and quantity_to(g):
                    return next(x for x in g.children if x.dep_ == "pobj")
        if ch.dep_ == "prep" and quantity_to(ch):
            return next(x for x in ch.children if x.dep_ == "pobj")
    for ch in pred.children:
        if ch.dep_ == "prep" and ch.lower_ == "as":
            for g in ch.children:
                if g.dep_ == "pobj":
                    shifted = next((a for a in g.children if a.dep_ == "appos" and a.pos_ in _NOUNS), None)
                    if shifted is not None:
                        return shifted
    return None


def controlled_object(pred: Token) -> Token | None:
    """Who a control verb acts on: its object ("urged Iran to"), or the subject the parser
    gave its infinitival complement ("allow UN planes to land")."""
    obj = direct_object(pred)
    if obj is not None or pred.lemma_.lower() not in OBJECT_CONTROL:
        return obj
    for ch in pred.children:
        # an infinitive, with or without "to" ("allow X to land", "help X treat"), not a
        # finite or embedded question ("asked which candidate she would back")
        if ch.dep_ in ("ccomp", "xcomp") and ch.i > pred.i and _infinitive(ch):
            subj = next((a for a in ch.children if a.dep_ == "nsubj"), None)
            if subj is not None and subj.i < ch.i:
                return subj
    return None


def _infinitive(verb: Token) -> bool:
    aux = [a for a in verb.children if a.dep_ in ("aux", "mark")]
    if any(a.lower_ == "to" for a in aux):
        return True
    return verb.tag_ == "VB" and not aux and not any(t.tag_ in ("WDT", "WP", "WRB") for t in verb.subtree)
