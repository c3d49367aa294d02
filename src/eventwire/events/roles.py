"""Who did it and to whom: actor and recipient mentions for a frame.

Only the actor stage's layers are used (``doc.mention_at``, ``doc.mentions_headed_by``);
this module decides which mention fills which role: subjects (with passive agents,
controlled verbs and coordination), objects and prepositional roles ("sanctions against",
"talks with"), possessives ("North Korea's test"), and reciprocal events, where every
participant is an actor and there is no recipient (PLOVER manual, compound and reciprocal
actors).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .frames import OBJECT_CONTROL, Frame

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..document import Document, Mention

_PRONOUNS = frozenset({"it", "they", "he", "she", "we", "i", "its", "their", "his", "her", "our"})
_MODIFIER_DEPS = ("poss", "compound", "amod", "nmod", "nummod")
_INNER_PREPS = frozenset({"of", "in", "from", "at", "for"})


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
    found = doc.mentions_headed_by(tok.i)
    if found:
        return list(found)
    m = doc.mention_at(tok.i)
    if m is not None:
        return [m]
    if depth >= 2:
        return []
    for ch in tok.children:
        if ch.dep_ in _MODIFIER_DEPS or ch.dep_ == "appos":
            got = [m for c in conjuncts(ch) for m in mentions_for(doc, c, depth + 1)]
            if got:
                return _unique(got)
    for ch in tok.children:
        if ch.dep_ == "prep" and ch.lower_ in _INNER_PREPS:
            for g in ch.children:
                if g.dep_ == "pobj":
                    got = mentions_for(doc, g, depth + 1)
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
    return _unique(out)


def _unique(ms: list[Mention]) -> list[Mention]:
    seen: set[tuple[int, int, int]] = set()
    out = []
    for m in ms:
        key = (m.entity, m.start, m.end)
        if key not in seen:
            seen.add(key)
            out.append(m)
    return out


def _child(tok: Token, *deps: str) -> Token | None:
    for ch in tok.children:
        if ch.dep_ in deps:
            return ch
    return None


def _prep_objects(tok: Token, prep: str) -> list[Token]:
    out = []
    for ch in tok.children:
        if ch.dep_ in ("prep", "agent", "dative") and ch.lower_ == prep:
            out.extend(g for g in ch.children if g.dep_ == "pobj")
    return out


def subject_tokens(doc: Document, pred: Token) -> tuple[Token | None, bool]:
    """The token naming who acts in ``pred``'s clause, and whether it came from a passive.

    Follows passive agents ("was attacked by X"), subject and object control ("agreed to
    X", "urged Y to X"), coordinated verbs ("met and signed"), participles ("..., killing
    six") and relative clauses; a pronoun subject of a reported clause is the reporter
    ("Syria says it will ...") when the actor stage left it unresolved.
    """
    tok = pred
    for _ in range(5):
        subj = _child(tok, "nsubj", "csubj")
        if subj is not None:
            if subj.lower_ in _PRONOUNS and not mentions_for(doc, subj):
                head = tok.head
                if tok.dep_ in ("ccomp", "parataxis") and head is not tok:
                    rep = _child(head, "nsubj")
                    if rep is not None:
                        return rep, False
            if subj.lower_ in ("who", "that", "which") and tok.dep_ == "relcl":
                return tok.head, False
            return subj, False
        patient = _child(tok, "nsubjpass")
        if patient is not None:
            if tok is not pred:  # raising: "Vietnam is expected to hold talks"
                return patient, False
            agents = _prep_objects(tok, "by")
            return (agents[0] if agents else None), True
        dep = tok.dep_
        head = tok.head
        if head is tok:
            return None, False
        if dep == "xcomp" or (dep in ("advcl", "pcomp") and tok.tag_ in ("VB", "VBG", "VBN")):
            if dep == "xcomp" and head.lemma_.lower() in OBJECT_CONTROL:
                obj = _child(head, "dobj")
                if obj is not None:
                    return obj, False
            tok = head
            continue
        if dep == "conj":
            tok = head
            continue
        if dep in ("acomp", "attr") or (dep == "xcomp" and head.pos_ == "ADJ"):
            tok = head
            continue
        if dep in ("relcl", "acl"):
            return (head, False) if dep == "relcl" or tok.tag_ == "VBG" else (None, False)
        return None, False
    return None, False


def actor_mentions(doc: Document, frame: Frame) -> tuple[list[Mention], bool]:
    """Actors of a frame (and whether its clause is passive)."""
    pred = frame.pred
    if frame.nominal:
        return _noun_actors(doc, frame.noun or pred), False
    subj, passive = subject_tokens(doc, pred)
    found = phrase_mentions(doc, subj)
    if not found and frame.noun is not None:  # "the Palestinian riots" with no verb subject
        found = _noun_actors(doc, frame.noun)
    return found, passive


def _noun_actors(doc: Document, noun: Token) -> list[Mention]:
    for ch in noun.children:
        if ch.dep_ in ("poss", "amod", "compound", "nmod"):
            got = phrase_mentions(doc, ch)
            if got:
                return got
    for t in _prep_objects(noun, "by") + _prep_objects(noun, "from"):
        got = phrase_mentions(doc, t)
        if got:
            return got
    head = noun.head
    if noun.dep_ == "dobj" and head.pos_ == "VERB":
        subj, _ = subject_tokens(doc, head)
        return phrase_mentions(doc, subj)
    return []


def recipient_mentions(doc: Document, frame: Frame, passive: bool) -> list[Mention]:
    """Recipients from the frame's ordered recipient slots; the first slot that yields wins."""
    pred = frame.pred
    hosts = [pred] if frame.noun is None or frame.noun is pred else [frame.noun, pred]
    obj = None
    for ch in pred.children:
        if ch.dep_ == "dobj":
            obj = ch
            break
    patient = _child(pred, "nsubjpass") if passive or not frame.nominal else None
    for slot in frame.recipient_slots:
        got: list[Mention] = []
        if slot == "obj":
            target = patient if patient is not None else obj
            if target is not None and (frame.noun is None or target is not frame.noun):
                got = phrase_mentions(doc, target)
        elif slot == "dative":
            d = _child(pred, "dative")
            if d is not None:
                got = phrase_mentions(doc, d if d.pos_ != "ADP" else next((g for g in d.children), None))
        elif slot in ("objposs", "objof"):
            target = obj if obj is not None else frame.noun
            if slot == "objposs" and frame.nominal:
                target = None  # a nominal event's possessor is its actor, not its recipient
            if target is not None:
                if slot == "objposs":
                    for ch in target.children:
                        if ch.dep_ in ("poss", "amod", "compound", "nmod"):
                            got = phrase_mentions(doc, ch)
                            if got:
                                break
                    if not got:
                        for t in _prep_objects(target, "by") + _prep_objects(target, "from"):
                            got = phrase_mentions(doc, t)
                            if got:
                                break
                else:
                    for t in _prep_objects(target, "of"):
                        got = phrase_mentions(doc, t)
                        if got:
                            break
        elif slot == "content":
            got = _content_recipients(doc, frame)
        elif slot == "loc":
            for h in hosts:
                for prep in ("in", "at", "into", "near", "on"):
                    for t in _prep_objects(h, prep):
                        got = phrase_mentions(doc, t)
                        if got:
                            break
                    if got:
                        break
                if got:
                    break
        else:  # a preposition
            for h in hosts:
                for t in _prep_objects(h, slot):
                    got.extend(phrase_mentions(doc, t))
                if got:
                    break
        if got:
            return _unique(got)
    return []


def _content_recipients(doc: Document, frame: Frame) -> list[Mention]:
    """Recipient of a speech act from what it is about: the content clause's own subject
    ("demanded that the US cancel") or the content's recipient ("agreed to aid Romania")."""
    c = frame.content
    cpred = c.pred if c is not None else frame.content_pred
    if cpred is None:
        return []
    own = _child(cpred, "nsubj", "nsubjpass")
    if own is not None and own.lower_ not in _PRONOUNS:
        got = phrase_mentions(doc, own)
        if got:
            return got
    if cpred.dep_ == "xcomp" and frame.pred.lemma_.lower() in OBJECT_CONTROL:
        obj = _child(frame.pred, "dobj")
        got = phrase_mentions(doc, obj)
        if got:
            return got
    if c is not None:
        actors, passive = actor_mentions(doc, c)
        got = recipient_mentions(doc, c, passive)
        if got:
            return got
        if c.nominal and actors:  # "demanded the withdrawal of Serbian forces" (objof)
            return actors
    else:
        for prep in ("to", "with", "from", "against"):
            for t in _prep_objects(cpred, prep):
                got = phrase_mentions(doc, t)
                if got:
                    return got
        obj = _child(cpred, "dobj")
        return phrase_mentions(doc, obj) if obj is not None else []
    return []


def assign(doc: Document, frame: Frame) -> tuple[list[Mention], list[Mention]]:
    """``(actors, recipients)`` for a frame, with reciprocal events folded into actors."""
    actors, passive = actor_mentions(doc, frame)
    recipients = recipient_mentions(doc, frame, passive)
    if frame.reciprocal and recipients:
        actors = _unique(actors + recipients)
        recipients = []
    actor_entities = {m.entity for m in actors}
    recipients = [m for m in recipients if m.entity not in actor_entities]
    return actors, recipients
