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

from .aims import aimed_at
from .args import controlled_object, direct_object, prep_objects
from .frame import OBJECT_CONTROL, OBJECT_PREP_CONTROL, VERBAL_ROOTS, Frame
from .lexicon import lexicon
from .phrases import (
    PREP_SLOTS,
    PRONOUNS,
    child,
    clause_preps,
    mentions_for,
    phrase_mentions,
    resolved,
    unique,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..document import Document, Mention


def subject_tokens(doc: Document, pred: Token) -> tuple[Token | None, bool]:
    """The token naming who acts in ``pred``'s clause, and whether it came from a passive.

    Follows passive agents ("was attacked by X"), subject and object control ("agreed to
    X", "urged Y to X"), coordinated verbs ("met and signed"), participles ("..., killing
    six") and relative clauses; a pronoun subject of a reported clause is the reporter
    ("Syria says it will ...") when the actor stage left it unresolved.
    """
    tok = pred
    for _ in range(5):
        subj = child(tok, "nsubj", "csubj")
        if subj is not None:
            if subj.lower_ in PRONOUNS and not any(resolved(m) for m in mentions_for(doc, subj)):
                head = tok.head
                if tok.dep_ in ("ccomp", "parataxis") and head != tok:
                    rep = child(head, "nsubj")
                    if rep is not None:
                        return rep, False
            if subj.lower_ in ("who", "that", "which") and tok.dep_ == "relcl":
                return tok.head, False
            return subj, False
        patient = child(tok, "nsubjpass")
        if patient is not None:
            if tok != pred:  # raising: "Vietnam is expected to hold talks"
                return patient, False
            agents = prep_objects(tok, "by")
            return (agents[0] if agents else None), True
        dep = tok.dep_
        head = tok.head
        if head == tok:
            return None, False
        if dep == "pcomp" and head.dep_ == "prep" and head.head != head:
            if head.head.lemma_.lower() in OBJECT_PREP_CONTROL.get(head.lower_, ()):
                obj = direct_object(head.head)
                if obj is not None:  # "accused Indian troops of attacking": the troops attacked
                    return obj, False
            # "are guilty of violating", "were engaged in fighting": the word the preposition hangs on
            tok = head.head
            continue
        if dep == "xcomp" or (dep == "advcl" and tok.tag_ in ("VB", "VBG", "VBN")):
            if dep == "xcomp" and head.lemma_.lower() in OBJECT_CONTROL:
                obj = direct_object(head)
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
            if dep == "acl" and tok.tag_ == "VBN":  # "missiles fired by the navy"
                agents = prep_objects(tok, "by")
                return (agents[0] if agents else None), True
            return (head, False) if dep == "relcl" or tok.tag_ == "VBG" else (None, False)
        return None, False
    return None, False


def actor_mentions(doc: Document, frame: Frame) -> tuple[list[Mention], bool]:
    """Actors of a frame (and whether its clause is passive)."""
    pred = frame.pred
    if frame.nominal:
        return _noun_actors(doc, frame.noun or pred) or _antecedent_actors(doc, frame), False
    subj, passive = subject_tokens(doc, pred)
    if subj is None and passive and frame.act is not None:
        # "Vietnam is committed to opening its economy": an adjectival passive's subject acts
        subj, passive = child(pred, "nsubjpass"), False
    if subj is not None and subj == frame.noun:  # "Tokyo-Seoul talks resumed": the event is the subject
        found = _noun_actors(doc, subj)
    else:
        found = phrase_mentions(doc, subj) if not frame.elliptical else []
    if not found and frame.noun is not None:  # "the Palestinian riots" with no verb subject
        found = _noun_actors(doc, frame.noun)
    if not found:
        found = _antecedent_actors(doc, frame)
    return found, passive


def _antecedent_actors(doc: Document, frame: Frame) -> list[Mention]:
    """Participants of the earlier mention an event noun refers back to ("the Trump-Kim
    meetings ... the third took place in X")."""
    for ant in frame.antecedents:
        got = _noun_actors(doc, ant)
        if got:
            return got
    return []


def agentless(frame: Frame) -> bool:
    """Whether the frame is a passive whose agent is left implied ("the missiles, launched
    from X, flew ...", "the embassy was closed"): its actor may be named nearby."""
    pred = frame.pred
    if frame.nominal or prep_objects(pred, "by"):
        return False
    if pred.dep_ == "acl" and pred.tag_ == "VBN":
        return True
    return any(ch.dep_ in ("nsubjpass", "auxpass") for ch in pred.children)


def _noun_actors(doc: Document, noun: Token) -> list[Mention]:
    got = _coordinated_modifier(doc, noun)
    if got:
        return got
    for ch in noun.children:
        if ch.dep_ in ("poss", "amod", "compound", "nmod"):
            if ch.dep_ in ("compound", "nmod"):
                joined = hyphenated(ch)
                if len(joined) > 1:  # "Pyongyang-Washington talks", "the US-China trade war"
                    got = unique([m for t in joined for m in _covering(doc, t) or _named_before(doc, t)])
                    if got:
                        return got
                if _only_places(doc, ch):
                    continue  # "their Stockholm talks": a city naming an event is its place
            got = phrase_mentions(doc, ch)
            if not got and ch.dep_ == "poss" and ch.lower_ in PRONOUNS:
                got = _bound_subject(doc, noun, ch)
            if got:
                return got
    for t in prep_objects(noun, "by") + prep_objects(noun, "from"):
        got = phrase_mentions(doc, t)
        if got:
            return got
    head = noun.head
    if noun.dep_ == "dobj" and head.pos_ == "VERB" and not lexicon().in_class(head.lemma_.lower(), "attitudes"):
        # "resumed talks" (but "expected the talks to resume": the expecter is no participant)
        subj, _ = subject_tokens(doc, head)
        return phrase_mentions(doc, subj)
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("on", "in", "into"):
        # "troops remained on alert", "forces were engaged in ethnic cleansing"
        gov = head.head
        if gov.pos_ in ("VERB", "AUX", "ADJ"):
            subj, _ = subject_tokens(doc, gov)
            if subj is None:
                subj = child(gov, "nsubjpass")
            return phrase_mentions(doc, subj)
    return []


_HYPHENS = frozenset({"-", "–", "—", "/"})


def hyphenated(tok: Token) -> list[Token]:
    """Names joined by hyphens into one modifier ("Pyongyang-Washington", "Trump-Kim"): the
    words of the compound chain ending at ``tok`` that a hyphen links to the next one."""
    doc = tok.doc
    out = [tok]
    t = tok
    while True:
        prev = next((c for c in t.children if c.dep_ in ("compound", "nmod", "amod") and c.i < t.i), None)
        if prev is None or prev.i + 2 != t.i or doc[prev.i + 1].text not in _HYPHENS:
            break
        out.insert(0, prev)
        t = prev
    return out if all(x.pos_ in ("PROPN", "ADJ", "NOUN") for x in out) else [tok]


def _covering(doc: Document, tok: Token) -> list[Mention]:
    """Mentions that include ``tok`` itself (not only a phrase it heads)."""
    return [m for m in mentions_for(doc, tok) if m.start <= tok.i < m.end]


def _named_before(doc: Document, tok: Token) -> list[Mention]:
    """A proper name inside a hyphenated compound that the actor stage did not take as a
    mention ("Trump-Kim"): the nearest earlier person or organisation mention ending in the
    same word."""
    if tok.pos_ != "PROPN":
        return []
    best = None
    for m in doc.mentions:
        if m.end > tok.i:
            break
        if m.kind in ("name", "title") and doc.doc[m.end - 1].text == tok.text and resolved(m):
            best = m
    return [best] if best is not None else []


def _only_places(doc: Document, tok: Token) -> bool:
    """A city (or a capital) used as a modifier: the place of an event, not a party to it."""
    found = mentions_for(doc, tok)
    return bool(found) and all(
        m.kind == "metonym" or (m.actor is not None and m.actor.kind == "location") for m in found
    )


def _bound_subject(doc: Document, noun: Token, pronoun: Token) -> list[Mention]:
    """An unresolved possessive pronoun on an event noun ("the two sides identified each
    other's stance in their talks") refers to the subject of its own clause when they agree
    in number ("their": a plural subject; "its": a singular one)."""
    t = noun
    for _ in range(6):
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            subj, passive = subject_tokens(doc, t)
            if subj is None or passive or subj.i > noun.i or subj.lower_ in PRONOUNS:
                return []
            plural = subj.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subj.children)
            if (pronoun.lower_ == "their") != plural or pronoun.lower_ not in ("their", "its"):
                return []
            return phrase_mentions(doc, subj)
        if t.head == t:
            break
    return []


def _coordinated_modifier(doc: Document, noun: Token) -> list[Mention]:
    """"under United Nations and US sanctions": a small parser coordinates the first name
    with the event noun instead of with its modifier; the name is a modifier too."""
    if noun.dep_ != "conj" or noun.head.pos_ != "PROPN":
        return []
    own = [m for ch in noun.children if ch.dep_ in ("compound", "amod", "nmod") for m in mentions_for(doc, ch)]
    if not own:
        return []
    return unique(mentions_for(doc, noun.head) + own)


def recipient_mentions(doc: Document, frame: Frame, passive: bool) -> list[Mention]:
    """Recipients from the frame's ordered recipient slots; the first slot that yields wins."""
    pred = frame.pred
    hosts = [pred] if frame.noun is None or frame.noun == pred else [frame.noun, pred]
    if frame.nominal and frame.noun is not None and frame.noun.dep_ in ("dobj", "pobj"):
        gov = frame.noun.head if frame.noun.dep_ == "dobj" else frame.noun.head.head
        if gov.pos_ in ("VERB", "AUX", "ADJ"):  # "were engaged in ethnic cleansing against X"
            hosts.append(gov)
    obj = direct_object(pred)
    if obj is not None and obj not in hosts:  # "threatened further action against Russia"
        hosts.append(obj)
    patient = child(pred, "nsubjpass") if passive or not frame.nominal else None
    weak: list[Mention] = []
    for slot in frame.recipient_slots:
        got: list[Mention] = []
        if slot == "obj":
            target = patient if patient is not None else obj
            if target is None:  # "allowed UN planes to land": the object read as a subject
                target = controlled_object(pred)
            if target is not None and (frame.noun is None or target != frame.noun):
                got = phrase_mentions(doc, target)
        elif slot == "dative":
            d = child(pred, "dative")
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
                        for t in prep_objects(target, "by") + prep_objects(target, "from"):
                            got = phrase_mentions(doc, t)
                            if got:
                                break
                    if not got and _is_people(target):  # "inspectors of the IAEA"
                        for t in prep_objects(target, "of"):
                            got = phrase_mentions(doc, t)
                            if got:
                                break
                else:
                    for t in prep_objects(target, "of"):
                        got = phrase_mentions(doc, t)
                        if got:
                            break
        elif slot == "content":
            got = _content_recipients(doc, frame)
        elif slot == "loc":
            for h in hosts:
                for prep in ("in", "at", "into", "near", "on"):
                    for t in prep_objects(h, prep):
                        got = phrase_mentions(doc, t)
                        if got:
                            break
                    if got:
                        break
                if got:
                    break
        else:  # a preposition
            for h in hosts:
                for t in prep_objects(h, slot):
                    got.extend(phrase_mentions(doc, t))
                if got:
                    break
        if got:
            if any(resolved(m) for m in got):
                return unique(got)
            weak = weak or unique(got)  # an unresolved name: keep looking for a resolved one
    for slot in frame.recipient_slots:  # a preposition attached lower in the clause
        if slot in PREP_SLOTS:
            for t in clause_preps(pred, slot):
                got = phrase_mentions(doc, t)
                if got and any(resolved(m) for m in got):
                    return got
    if frame.reciprocal:
        # a meeting's participants are named by its own slots; whom its purpose concerns
        # ("met to discuss the plight of refugees") is no participant
        return weak
    got = aimed_at(doc, frame)  # a threat's condition, a refusal's occasion, a protest's grievance
    if got:
        return got
    for p in frame.purpose:  # "began a hunger strike to demand the resignation of X"
        _, p_passive = actor_mentions(doc, p)
        got = recipient_mentions(doc, p, p_passive)
        if got:
            return got
    for clause in _purpose_clauses(frame):  # "blocked a road to show disapproval for X"
        # The purpose's object is whom the act aims at ("sent material to help defend Saudi
        # Arabia"), but never a co-participant of a reciprocal act.
        # A fronted purpose clause ("To satisfy his party, the plan calls for ...") frames the
        # whole sentence and is left out.
        lead = () if frame.reciprocal or (frame.content is not None and frame.content.reciprocal) \
            or clause.i < pred.i else ("obj",)
        for slot in (*lead, *frame.recipient_slots, *_PURPOSE_PREPS):
            if slot == "obj":
                got = phrase_mentions(doc, _purpose_object(clause))
            elif slot in PREP_SLOTS:
                got = [m for t in clause_preps(clause, slot) for m in phrase_mentions(doc, t)]
            else:
                continue
            if got and any(resolved(m) for m in got):
                return got
    if frame.nominal and frame.noun is not None and frame.noun.dep_ == "nsubj":
        hosts = hosts + [frame.noun.head]  # "clashes erupted in Mosul": the clause's place
    if not frame.reciprocal and frame.code[:2] != "04":
        # a material act is also done to the place its object lies in ("blew up power lines
        # leading into Kabul"); a statement is not ("a lawsuit filed in Manhattan")
        got = _place_recipient(doc, hosts if frame.code[:2] in VERBAL_ROOTS else _with_participles(hosts))
        if got:
            return got
    return weak


#: Prepositions naming whom an act is aimed at inside its purpose clause.
_PURPOSE_PREPS = ("against", "for", "over", "at", "on")


def _purpose_clauses(frame: Frame) -> list[Token]:
    """Infinitival purpose clauses of the frame's predicate without their own subject ("... to
    protest ..."), and the participle describing an event noun ("a demonstration calling for
    X"); never a reciprocal content ("failed to reach agreement on X": X is its topic)."""
    pred = frame.pred
    content = {frame.content_pred, frame.content.pred} if frame.content is not None and frame.content.reciprocal \
        else set()
    out = []
    for ch in pred.children:
        if ch.dep_ in ("advcl", "xcomp") and ch.pos_ == "VERB" and ch not in content and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in ch.children
        ) and not any(a.dep_ in ("nsubj", "nsubjpass") for a in ch.children):
            out.append(ch)
    if frame.nominal and frame.noun is not None:
        out.extend(ch for ch in frame.noun.children if ch.dep_ == "acl" and ch.tag_ == "VBG")
    return out


def _purpose_object(clause: Token) -> Token | None:
    """The object of a purpose clause, through "help"-like chains ("to help defend X")."""
    for _ in range(3):
        obj = controlled_object(clause)  # "to help Ukraine treat the wounded"
        if obj is not None:
            return obj
        nxt = next((ch for ch in clause.children if ch.dep_ == "xcomp" and ch.pos_ == "VERB"), None)
        if nxt is None:
            return None
        clause = nxt
    return None


def _is_people(tok: Token) -> bool:
    from .lexicon import lexicon

    lex = lexicon()
    lemma = tok.lemma_.lower()
    return any(lex.in_class(lemma, c) for c in ("diplomats", "inspectors", "peacekeepers", "troops", "captives"))


def _place_recipient(doc: Document, hosts: list[Token]) -> list[Mention]:
    """With no recipient named, the place an act is done to stands for its people or
    government ("imposed a curfew in Cizre", "will evacuate settlements in the Gaza Strip"),
    as CAMEO coders code the location as target. Meetings are excluded: a summit in
    Stockholm is not directed at Sweden."""
    for h in hosts:
        for prep in ("in", "into", "inside", "at"):
            for t in prep_objects(h, prep):
                got = [m for m in phrase_mentions(doc, t) if m.kind in ("name", "metonym")]
                if got:
                    return got
    return []


def _with_participles(hosts: list[Token]) -> list[Token]:
    """Hosts plus the participles describing a noun host ("power lines leading into Kabul")."""
    out = list(hosts)
    for h in hosts:
        if h.pos_ in ("NOUN", "PROPN"):
            out.extend(ch for ch in h.children if ch.dep_ == "acl" and ch.tag_ in ("VBG", "VBN"))
    return out


def _content_recipients(doc: Document, frame: Frame) -> list[Mention]:
    """Recipient of a speech act from what it is about: the content clause's own subject
    ("demanded that the US cancel") or the content's recipient ("agreed to aid Romania")."""
    c = frame.content
    cpred = c.pred if c is not None else frame.content_pred
    if cpred is None:
        return []
    own = child(cpred, "nsubj", "nsubjpass")
    if own is not None and own.lower_ not in PRONOUNS:
        got = phrase_mentions(doc, own)
        if got:
            return got
    if cpred.dep_ == "xcomp" and frame.pred.lemma_.lower() in OBJECT_CONTROL:
        obj = controlled_object(frame.pred)
        got = phrase_mentions(doc, obj)
        if got:
            return got
    if c is not None:
        if c.noun is not None and c.noun != c.pred or c.nominal:
            # "demanded the withdrawal of Serbian forces", "the removal of the president"
            for t in prep_objects(c.noun, "of"):
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
            for t in prep_objects(cpred, prep):
                got = phrase_mentions(doc, t)
                if got:
                    return got
        obj = child(cpred, "dobj")
        return phrase_mentions(doc, obj) if obj is not None else []
    return []


def assign(doc: Document, frame: Frame) -> tuple[list[Mention], list[Mention]]:
    """``(actors, recipients)`` for a frame, with reciprocal events folded into actors."""
    actors, passive = actor_mentions(doc, frame)
    recipients = recipient_mentions(doc, frame, passive)
    if frame.reciprocal and recipients:
        actors = unique(actors + recipients)
        recipients = []
    actor_entities = {m.entity for m in actors}
    recipients = [m for m in recipients if m.entity not in actor_entities]
    return actors, recipients
