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

from .frame import OBJECT_CONTROL, Frame

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
    found = list(doc.mentions_headed_by(tok.i))
    if not found:
        m = doc.mention_at(tok.i)
        if m is not None:
            found = [m]
    if found and any(_resolved(m) for m in found):
        return found
    if depth >= 2:
        return found
    # An unresolved head ("members", "a group") is better stood for by a resolved mention
    # inside its phrase ("members of the Association of African Jurists").
    inner = _inner_mentions(doc, tok, depth)
    if any(_resolved(m) for m in inner):
        return inner
    return found or inner


def _resolved(m: Mention) -> bool:
    a = m.actor
    return a is not None and bool(a.country or a.sector)


def _inner_mentions(doc: Document, tok: Token, depth: int) -> list[Mention]:
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
    for ch in tok.children:  # "refugees fleeing the civil war in Liberia", "property seized by X"
        if ch.dep_ == "acl" and ch.tag_ in ("VBG", "VBN"):
            for t in _clause_preps(ch, "in") + _clause_preps(ch, "from") + _prep_objects(ch, "by"):
                got = [m for m in mentions_for(doc, t, depth + 1) if _resolved(m)]
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
            if subj.lower_ in _PRONOUNS and not any(_resolved(m) for m in mentions_for(doc, subj)):
                head = tok.head
                if tok.dep_ in ("ccomp", "parataxis") and head != tok:
                    rep = _child(head, "nsubj")
                    if rep is not None:
                        return rep, False
            if subj.lower_ in ("who", "that", "which") and tok.dep_ == "relcl":
                return tok.head, False
            return subj, False
        patient = _child(tok, "nsubjpass")
        if patient is not None:
            if tok != pred:  # raising: "Vietnam is expected to hold talks"
                return patient, False
            agents = _prep_objects(tok, "by")
            return (agents[0] if agents else None), True
        dep = tok.dep_
        head = tok.head
        if head == tok:
            return None, False
        if dep == "pcomp" and head.dep_ == "prep" and head.head != head:
            # "are guilty of violating", "were engaged in fighting": the word the preposition hangs on
            tok = head.head
            continue
        if dep == "xcomp" or (dep == "advcl" and tok.tag_ in ("VB", "VBG", "VBN")):
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
    if subj is None and passive and frame.act is not None:
        # "Vietnam is committed to opening its economy": an adjectival passive's subject acts
        subj, passive = _child(pred, "nsubjpass"), False
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
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("on", "in", "into"):
        # "troops remained on alert", "forces were engaged in ethnic cleansing"
        gov = head.head
        if gov.pos_ in ("VERB", "AUX", "ADJ"):
            subj, _ = subject_tokens(doc, gov)
            if subj is None:
                subj = _child(gov, "nsubjpass")
            return phrase_mentions(doc, subj)
    return []


def recipient_mentions(doc: Document, frame: Frame, passive: bool) -> list[Mention]:
    """Recipients from the frame's ordered recipient slots; the first slot that yields wins."""
    pred = frame.pred
    hosts = [pred] if frame.noun is None or frame.noun == pred else [frame.noun, pred]
    if frame.nominal and frame.noun is not None and frame.noun.dep_ in ("dobj", "pobj"):
        gov = frame.noun.head if frame.noun.dep_ == "dobj" else frame.noun.head.head
        if gov.pos_ in ("VERB", "AUX", "ADJ"):  # "were engaged in ethnic cleansing against X"
            hosts.append(gov)
    obj = None
    for ch in pred.children:
        if ch.dep_ == "dobj":
            obj = ch
            break
    if obj is not None and obj not in hosts:  # "threatened further action against Russia"
        hosts.append(obj)
    patient = _child(pred, "nsubjpass") if passive or not frame.nominal else None
    weak: list[Mention] = []
    for slot in frame.recipient_slots:
        got: list[Mention] = []
        if slot == "obj":
            target = patient if patient is not None else obj
            if target is not None and (frame.noun is None or target != frame.noun):
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
                    if not got and _is_people(target):  # "inspectors of the IAEA"
                        for t in _prep_objects(target, "of"):
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
            if any(_resolved(m) for m in got):
                return _unique(got)
            weak = weak or _unique(got)  # an unresolved name: keep looking for a resolved one
    for slot in frame.recipient_slots:  # a preposition attached lower in the clause
        if slot in _PREP_SLOTS:
            for t in _clause_preps(pred, slot):
                got = phrase_mentions(doc, t)
                if got and any(_resolved(m) for m in got):
                    return got
    for p in frame.purpose:  # "began a hunger strike to demand the resignation of X"
        _, p_passive = actor_mentions(doc, p)
        got = recipient_mentions(doc, p, p_passive)
        if got:
            return got
    for clause in _purpose_clauses(pred):  # "blocked a road to show disapproval for X"
        for slot in tuple(frame.recipient_slots) + _PURPOSE_PREPS:
            if slot == "obj":
                got = phrase_mentions(doc, _child(clause, "dobj"))
            elif slot in _PREP_SLOTS:
                got = [m for t in _clause_preps(clause, slot) for m in phrase_mentions(doc, t)]
            else:
                continue
            if got and any(_resolved(m) for m in got):
                return got
    if frame.nominal and frame.noun is not None and frame.noun.dep_ == "nsubj":
        hosts = hosts + [frame.noun.head]  # "clashes erupted in Mosul": the clause's place
    if not frame.reciprocal and frame.code[:2] != "04":
        got = _place_recipient(doc, hosts)
        if got:
            return got
    return weak


#: Prepositions naming whom an act is aimed at inside its purpose clause.
_PURPOSE_PREPS = ("against", "for", "over", "at", "on")


def _purpose_clauses(pred: Token) -> list[Token]:
    """Infinitival purpose clauses of ``pred`` without their own subject ("... to protest ...")."""
    out = []
    for ch in pred.children:
        if ch.dep_ in ("advcl", "xcomp") and ch.pos_ == "VERB" and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in ch.children
        ) and not any(a.dep_ in ("nsubj", "nsubjpass") for a in ch.children):
            out.append(ch)
    return out


def _is_people(tok: Token) -> bool:
    from .lexicon import lexicon

    lex = lexicon()
    lemma = tok.lemma_.lower()
    return any(lex.in_class(lemma, c) for c in ("diplomats", "inspectors", "peacekeepers", "troops", "captives"))


_PREP_SLOTS = frozenset({"to", "against", "on", "with", "from", "for", "into", "at", "over", "about",
                         "between", "among", "behind"})


def _clause_preps(pred: Token, prep: str) -> list[Token]:
    """Objects of ``prep`` anywhere in ``pred``'s own clause (not inside embedded clauses):
    "staged rallies in the Gaza Strip against the leader" when the parser hangs "against"
    on "Strip"."""
    out = []
    stack = [c for c in pred.children]
    while stack:
        t = stack.pop()
        if t.pos_ in ("VERB", "AUX") or t.dep_ in ("relcl", "acl", "ccomp", "advcl", "xcomp"):
            continue
        if t.dep_ == "prep" and t.lower_ == prep:
            out.extend(g for g in t.children if g.dep_ == "pobj")
        stack.extend(t.children)
    return out


def _place_recipient(doc: Document, hosts: list[Token]) -> list[Mention]:
    """With no recipient named, the place an act is done to stands for its people or
    government ("imposed a curfew in Cizre", "will evacuate settlements in the Gaza Strip"),
    as CAMEO coders code the location as target. Meetings are excluded: a summit in
    Stockholm is not directed at Sweden."""
    for h in hosts:
        for prep in ("in", "into", "inside", "at"):
            for t in _prep_objects(h, prep):
                got = [m for m in phrase_mentions(doc, t) if m.kind in ("name", "metonym")]
                if got:
                    return got
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
        if c.noun is not None and c.noun != c.pred or c.nominal:
            # "demanded the withdrawal of Serbian forces", "the removal of the president"
            for t in _prep_objects(c.noun, "of"):
                got = phrase_mentions(doc, t)
                if got:
                    return got
        actors, passive = actor_mentions(doc, c)
        got = recipient_mentions(doc, c, passive)
        if got:
            return got
        if c.nominal and actors:
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
