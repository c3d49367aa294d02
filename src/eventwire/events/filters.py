"""Which candidate frames of a sentence are coded: topics, participles and background.

A frame whose event is the topic of another ("condemned the attack"), a participle of the
same act ("shelled the town, killing 12") or a scene-setting clause ("refugees fleeing the
war", "after 12 days of battles") is not coded as an event of its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .args import under_of
from .frame import Frame
from .lexicon import ACT_CLASSES, Lexicon
from .match import subject_of

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Frames whose object and complements are their topic: speech acts and judgements.
_TOPIC_ROOTS = frozenset({"05", "08", "09", "11", "12"})
#: Codes whose object is an event they act on ("banned the rally", "prevented the march").
_TOPIC_CODES = frozenset({"0861", "0862", "172", "1721", "1722"})


def same_root(a: str, b: str) -> bool:
    fam = {"18": "A", "19": "A", "20": "A"}
    return fam.get(a[:2], a[:2]) == fam.get(b[:2], b[:2])


def covered_tokens(frames: list[Frame], lex: Lexicon) -> set[int]:
    """Tokens whose events are the topic of another event, not new events: the object and
    complement of a speech act or judgement ("condemned the attack", "refused to allow
    planes to evacuate"), and what a talk or inquiry is about ("talks on a pullback")."""
    covered: set[int] = set()
    topic = lex.classes.get("topic_preps", frozenset())
    for f in frames:
        hosts = [f.pred] + ([f.noun] if f.noun is not None and f.noun != f.pred else [])
        whole = f.act is not None or f.code[:2] in _TOPIC_ROOTS or f.code in _TOPIC_CODES
        for host in hosts:
            for ch in host.children:
                dep = ch.dep_
                if whole and dep in ("dobj", "ccomp", "xcomp", "prep", "nsubjpass", "dative", "acl") and (
                    ch.lower_ != "under"  # "under sanctions" is the actor's standing state, not the topic
                ):
                    covered.update(t.i for t in ch.subtree)
                elif dep == "prep" and ch.lower_ in topic and ch.lower_ != "of":
                    covered.update(t.i for t in ch.subtree)
    for f in frames:  # a frame never covers itself
        covered.discard(f.pred.i)
    return covered - {f.pred.i for f in frames if f.act is not None or f.content is not None}


def merge_participles(frames: list[Frame]) -> list[Frame]:
    """"shelled the town, killing 12": a participle of the same kind is the same event;
    "marched in Paris, demanding higher wages": a protest's demand is its topic (PLOVER
    manual, PROTEST), not an event of its own."""
    by_pred = {f.pred.i: f for f in frames}
    out = []
    for f in frames:
        p = f.pred
        if p.dep_ in ("advcl", "acl") and p.tag_ == "VBG" and not f.nominal:
            host = by_pred.get(p.head.i) or by_pred.get(p.head.head.i) if p.dep_ == "acl" else by_pred.get(p.head.i)
            if host is not None and host is not f and same_root(host.code, f.code):
                host.extra_tokens.append(p)
                continue
            if host is not None and host is not f and host.code[:2] == "14" and f.code[:2] in _DEMAND_ROOTS:
                host.purpose.append(f)  # whom the demand addresses is whom the protest targets
                continue
        out.append(f)
    return out


#: Codes of demands and appeals: the topic of a protest that voices them.
_DEMAND_ROOTS = frozenset({"02", "10"})


def drop_background(frames: list[Frame], lex: Lexicon) -> list[Frame]:
    """Drop events that only set the scene when the sentence reports an event of its own:
    relative clauses describing participants ("refugees fleeing the war"), purpose clauses
    ("opened fire to disperse them", "cooperate to encourage returns"), and nominal events
    named as a time reference ("after 12 days of battles", "since the invasion")."""
    temporal = lex.classes.get("temporal_preps", frozenset())

    def purpose(tok: Token) -> bool:
        if not any(ch.dep_ == "aux" and ch.lower_ == "to" for ch in tok.children):
            return False
        if any(ch.dep_ in ("nsubj", "nsubjpass") for ch in tok.children):
            return False
        if tok.dep_ == "advcl":
            # "defied a ban to take to the streets": what defies the ban is the act itself
            return not any(e.cls == "breach" for e in lex.verbs.get(tok.head.lemma_.lower(), ()))
        head_entries = lex.verbs.get(tok.head.lemma_.lower(), ())
        return tok.dep_ == "xcomp" and any(e.cls in ("event", "recip", "realize", "undo") for e in head_entries) and not any(
            e.cls in ACT_CLASSES or e.cls == "prepare" for e in head_entries
        )

    def background(f: Frame) -> bool:
        tok = f.noun if f.nominal and f.noun is not None else f.pred
        if f.pred.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "since" for c in f.pred.children):
            return True  # "the largest convoy since the war began": a time reference
        if f.nominal and under_of(tok) is not None:
            return False  # "X, which is under UN sanctions": a standing state, reported as such
        if f.nominal:
            t = tok
            for _ in range(4):
                if t.dep_ == "pobj" and t.head.lower_ in temporal:
                    return True
                if t.dep_ in ("pobj", "compound", "conj") and t.head != t:
                    t = t.head if t.dep_ != "pobj" else t.head.head
                    continue
                break
        for _ in range(6):
            dep = tok.dep_
            if dep in ("relcl", "acl"):
                # "Yangon, where internet services were cut": a clause telling what happened at
                # a place or time is news, not a description of a participant; so is a named
                # agent's act on an event ("a demand rejected by Washington", "talks hosted by X")
                return not any(c.dep_ == "advmod" and c.lower_ in ("where", "when") for c in tok.children) \
                    and not (tok == f.pred and named_agent(tok))
            if purpose(tok):
                return True
            if tok.head == tok:
                return False
            tok = tok.head
        return False

    main = [f for f in frames if not background(f)]
    if not main:
        return frames
    by_pred = {f.pred.i: f for f in main}
    for f in frames:
        if f not in main and purpose(f.pred):
            host = by_pred.get(f.pred.head.i)
            if host is not None:
                host.purpose.append(f)
    return main


def generic(noun: Token) -> bool:
    """A bare event noun defined or characterised by a copula ("missile testing is a means
    to ...", "sanctions are a tool of ..."): a statement about a kind of event, not a report
    of one."""
    if noun.dep_ != "nsubj" or noun.head.lemma_ != "be":
        return False
    if any(c.dep_ in ("det", "poss", "nummod") for c in noun.children):
        return False
    return any(c.dep_ == "attr" and c.pos_ == "NOUN" for c in noun.head.children)


#: CAMEO codes of declaring and ending a state of emergency or martial law.
_EMERGENCY_CODES = frozenset({"1724", "0814"})


def disaster_emergency(frame: Frame, lex: Lexicon) -> bool:
    """A state of emergency declared over a flood, a fire or an earthquake: disaster
    management, no political event."""
    if frame.code not in _EMERGENCY_CODES:
        return False
    sent = frame.pred.sent
    return any(
        t.pos_ == "NOUN" and lex.in_class(t.lemma_.lower(), "disasters")
        and (t.i == sent.start or t.nbor(-1).lower_ != "to")  # "tried to storm parliament" tagged as a noun
        for t in sent
    )


def named_agent(participle: Token) -> Token | None:
    """The named "by" agent of a passive participle modifying a noun ("a truce brokered by
    the United Nations"), or None."""
    if participle.dep_ != "acl" or participle.tag_ != "VBN":
        return None
    for ch in participle.children:
        if ch.dep_ == "agent":
            for g in ch.children:
                if g.dep_ == "pobj" and (g.pos_ == "PROPN" or g.ent_type_ in ("GPE", "ORG", "PERSON", "NORP")):
                    return g
    return None


def harmless(f: Frame, lex: Lexicon, assault_nouns: set[str]) -> bool:
    """A death or injury with no one shown causing it, or caused by a flood or a crash, is
    not an assault: PLOVER ASSAULT is a deliberate act. ``assault_nouns``: lemmas of the
    sentence's attack nouns ("killed in an ambush")."""
    if f.nominal or f.code[:2] not in ("18", "19", "20") and f.code != "1712":
        return False
    verb = f.pred
    subj = subject_of(verb, follow=True)
    causes = [subj] if subj is not None else []
    if subj is not None and subj.lower_ in ("that", "which") and verb.dep_ == "relcl":
        causes.append(verb.head)  # "a car bomb ... that killed eight": the antecedent caused it
    for ch in verb.children:
        if ch.dep_ in ("agent", "prep") and ch.lower_ in ("by", "in", "after", "during", "from"):
            causes.extend(g for g in ch.children if g.dep_ == "pobj")
    hazard = deliberate = False
    for c in causes:
        words = {c.lemma_.lower()} | {x.lemma_.lower() for x in c.children if x.dep_ in ("compound", "amod")}
        risks = {w for w in words if lex.in_class(w, "hazards")}
        hazard = hazard or bool(risks)
        deliberate = deliberate or any(
            lex.in_class(w, "weapons") or (w in assault_nouns and w not in risks) for w in words)
    if hazard and not deliberate:
        return True  # "a boiler exploded", "killed in a gas explosion" (not "a bomb blast")
    if not lex.in_class(verb.lemma_.lower(), "casualty") or f.extra_tokens:
        return False
    if subj is not None and subj.lower_ not in ("who", "that", "which"):
        return False
    if any(ch.dep_ == "agent" for ch in verb.children):
        return False
    context = {t.lemma_.lower() for c in causes for t in c.subtree}
    return not any(lex.in_class(w, "weapons") or w in assault_nouns for w in context)
