"""Noun phrases as actors: which actor-stage mentions stand for a phrase.

Shared by the role rules (:mod:`.roles`, :mod:`.aims`): a phrase's own mentions, its
coordinated phrases ("Jordan and Britain"), or, for a head the actor stage could not place
("members", "violations"), a resolved mention inside it ("members of the Association of
African Jurists", "violations by the Israeli military").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .args import pobjs, prep_objects, quantity_to
from .lexicon import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..document import Document, Mention

PRONOUNS = frozenset({"it", "they", "he", "she", "we", "i", "its", "their", "his", "her", "our"})
_MODIFIER_DEPS = ("poss", "compound", "amod", "nmod", "nummod")
#: Prepositions inside a phrase whose object can stand for it ("members of X", "violations by X").
_INNER_PREPS = frozenset({"of", "in", "from", "at", "for", "by"})


def conjuncts(tok: Token) -> list[Token]:
    """``tok`` and the words coordinated with it ("Jordan and Britain")."""
    out = [tok]
    stack = [tok]
    while stack:
        t = stack.pop()
        for ch in t.children:
            if ch.dep_ == "conj" and ch.pos_ in ("NOUN", "PROPN", "PRON", "ADJ", "NUM"):
                out.append(ch)
                stack.append(ch)
    return out


def mentions_for(doc: Document, tok: Token, depth: int = 0) -> list[Mention]:
    """Actor mentions standing for the noun phrase headed by ``tok``.

    The phrase's own mention(s) first ("Hungarian and Romanian officials" gives two), else a
    mention among its modifiers ("Israeli troops", "Taiwan's minister"), else inside an
    "of/in/from" phrase ("leaders of the coalition", "rebels in the Ivory Coast").
    """
    if depth == 0 and _counts(tok):  # "dozens of Chadian and Sudanese refugees": who is counted
        counted = [m for g in prep_objects(tok, "of") for c in conjuncts(g) for m in mentions_for(doc, c, 1)]
        if any(resolved(m) for m in counted):
            return unique(counted)
    found = list(doc.mentions_headed_by(tok.i))
    if not found:
        m = doc.mention_at(tok.i)
        if m is not None:
            found = [m]
    if found and any(resolved(m) for m in found):
        return found
    if depth >= 2:
        return found
    # An unresolved head ("members", "a group") is better stood for by a resolved mention
    # inside its phrase ("members of the Association of African Jurists").
    inner = _inner_mentions(doc, tok, depth)
    if any(resolved(m) for m in inner):
        return inner
    return found or inner


def _counts(tok: Token) -> bool:
    return tok.like_num or lexicon().in_class(tok.lemma_.lower(), "quantity_heads")


def resolved(m: Mention) -> bool:
    a = m.actor
    return a is not None and bool(a.country or a.sector)


def _inner_mentions(doc: Document, tok: Token, depth: int) -> list[Mention]:
    for ch in tok.children:
        if ch.dep_ in _MODIFIER_DEPS or ch.dep_ == "appos":
            got = [m for c in conjuncts(ch) for m in mentions_for(doc, c, depth + 1)]
            if got:
                return unique(got)
    # an agent ("the torture of detainees by the police") says whose act it is before any other phrase
    for ch in sorted(tok.children, key=lambda c: c.lower_ != "by"):
        if ch.dep_ in ("prep", "agent") and ch.lower_ in _INNER_PREPS:
            for g in pobjs(ch):  # "scores of Sierra Leonean and Liberian refugees": every conjunct
                got = unique([m for c in conjuncts(g) for m in mentions_for(doc, c, depth + 1)])
                if got:
                    return got
    for ch in tok.children:  # "refugees fleeing the civil war in Liberia", "property seized by X"
        if ch.dep_ == "acl" and ch.tag_ in ("VBG", "VBN"):
            for t in clause_preps(ch, "in") + clause_preps(ch, "from") + prep_objects(ch, "by"):
                got = [m for m in mentions_for(doc, t, depth + 1) if resolved(m)]
                if got:
                    return got
    return []


def phrase_mentions(doc: Document, tok: Token | None) -> list[Mention]:
    """Mentions for ``tok`` and every noun phrase coordinated with it."""
    if tok is None:
        return []
    out: list[Mention] = []
    for t in conjuncts(tok):
        out.extend(mentions_for(doc, t))
    return unique(out)


def unique(ms: list[Mention]) -> list[Mention]:
    seen: set[tuple[int, int, int]] = set()
    out = []
    for m in ms:
        key = (m.entity, m.start, m.end)
        if key not in seen:
            seen.add(key)
            out.append(m)
    return out


def child(tok: Token, *deps: str) -> Token | None:
    for ch in tok.children:
        if ch.dep_ in deps:
            return ch
    return None


PREP_SLOTS = frozenset({"to", "against", "on", "with", "from", "for", "into", "at", "over", "about",
                         "between", "among", "behind"})


def clause_preps(pred: Token, prep: str) -> list[Token]:
    """Objects of ``prep`` anywhere in ``pred``'s own clause (not inside embedded clauses):
    "staged rallies in the Gaza Strip against the leader" when the parser hangs "against"
    on "Strip"."""
    out = []
    stack = [c for c in pred.children]
    while stack:
        t = stack.pop()
        if t.pos_ in ("VERB", "AUX") or t.dep_ in ("relcl", "acl", "ccomp", "advcl", "xcomp"):
            continue
        if t.dep_ == "prep" and t.lower_ == prep and not quantity_to(t):
            out.extend(pobjs(t))
        stack.extend(t.children)
    return out
