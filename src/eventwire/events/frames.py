"""Trigger detection on the dependency parse: which words of a sentence are events.

A :class:`~.frame.Frame` is one candidate event before roles and final coding: its trigger
token, the predicate whose clause gives it roles and modality, and a CAMEO code composed
from the lexicon: verbal triggers ("shelled"), light-verb constructions ("imposed a
curfew"), speech acts about a content ("threatened to cut off electricity" -> 1311), and
nominal events ("the Stockholm talks"). Content and object events are absorbed into the
frame that governs them, so "agreed to cooperate" is one AGREE event, not AGREE plus
COOPERATE.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .ellipsis import antecedents, elided_frames, names_inside, refers_back
from .filters import (covered_tokens, disaster_emergency, drop_background, generic, harmless,
                      merge_participles, named_agent, same_root)
from .frame import CONFLICT_ROOTS, CONTAINERS, DE_ESCALATE, FORCE_ROOTS, VERBAL_ROOTS, Frame, claim_clause, own_not
from .lexicon import ACT_CLASSES, Lexicon, NounAct, NounEntry, VerbEntry, lexicon
from .match import (
    _AMOUNT_WORDS,
    _NOT_EVENT_NOUN_DEPS,
    _NOT_EVENT_VERB_DEPS,
    _NOUN_POS,
    _VERB_POS,
    _child_dep,
    _conds_ok,
    _has_second,
    _hyphenated_noun,
    _passive_participle,
    _surface_lemma,
    _surface_noun,
    _verb_as_noun,
    noun_entry,
    object_of,
    subject_of,
)

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from ..document import Document

__all__ = ["Frame", "SentenceFrames"]


class SentenceFrames:
    """Finds and composes the frames of one sentence; :meth:`frames` gives the survivors."""

    def __init__(self, doc: Document, sent: SpacySpan, lex: Lexicon | None = None):
        self.doc = doc
        self.sent = sent
        self.lex = lex or lexicon()
        self.nouns: dict[int, NounEntry] = {}
        self.noun_acts: dict[int, NounAct] = {}
        self.verbs: dict[int, list[VerbEntry]] = {}
        self.reporting: list[Token] = []
        #: The lexicon lemma of each trigger verb (the tagger's lemma, or its repair).
        self.lemmas: dict[int, str] = {}
        self._resolved: dict[int, Frame | None] = {}
        self._busy: set[int] = set()
        lex_verbs, lex_nouns, lex_acts = self.lex.verbs, self.lex.nouns, self.lex.noun_acts
        reporting = self.lex.reporting
        for tok in sent:
            pos = tok.pos_
            if pos in _VERB_POS or _verb_as_noun(tok):
                if tok.dep_ in _NOT_EVENT_VERB_DEPS:
                    continue
                lemma = tok.lemma_.lower()
                if lemma not in lex_verbs:
                    lemma = _surface_lemma(tok.lower_, lex_verbs) or lemma
                if lemma in lex_verbs:
                    self.verbs[tok.i] = lex_verbs[lemma]
                    self.lemmas[tok.i] = lemma
                if lemma in reporting:
                    self.reporting.append(tok)
            elif pos in _NOUN_POS and tok.ent_type_ not in ("DATE", "TIME"):
                lemma = _hyphenated_noun(tok, lex_nouns) or tok.lemma_.lower()
                if lemma not in lex_nouns:
                    lemma = _surface_noun(tok.lower_, lex_nouns) or lemma
                if lemma in lex_nouns:
                    entry = noun_entry(tok, self.lex, doc, lemma)
                    if entry is not None:
                        self.nouns[tok.i] = entry
                if lemma in lex_acts:
                    self.noun_acts[tok.i] = lex_acts[lemma]

    # -- nouns ------------------------------------------------------------------------------
    def noun_frame(self, tok: Token, how: str = "realize", verb: Token | None = None) -> Frame | None:
        """Frame for an event noun realised (or undone/breached) by ``verb`` or standing alone."""
        act = self.noun_acts.get(tok.i)
        if act is not None and how == "realize":
            f = self._noun_act_frame(tok, act, verb)
            if f is not None:
                return f
        entry = self.nouns.get(tok.i)
        if entry is not None and how == "breach" and self.lex.in_class(tok.lemma_.lower(), "agreements"):
            entry = None  # "violated the ceasefire agreement": the compound names what was breached
        if entry is None:
            for ch in tok.children:
                # "mediation efforts", "aid deliveries", "ceasefire agreement"
                if ch.dep_ == "compound" and ch.i in self.nouns:
                    return self.noun_frame(ch, how, verb)
            amount = tok.like_num or tok.ent_type_ in ("MONEY", "QUANTITY", "CARDINAL") or tok.lower_ in _AMOUNT_WORDS
            for ch in tok.children:
                # "a series of bombs", "$85 million in humanitarian assistance"
                if ch.dep_ == "prep" and (ch.lower_ == "of" or (amount and ch.lower_ == "in")) and tok.i not in self.nouns:
                    for g in ch.children:
                        if g.dep_ == "pobj" and g.i in self.nouns:
                            return self.noun_frame(g, how, verb)
                if ch.dep_ == "conj" and ch.i in self.nouns:
                    return self.noun_frame(ch, how, verb)
            entry = self.nouns.get(tok.i)
            if entry is None:
                return None
        code = getattr(entry, how) or ""
        if not code:
            return None
        pred = verb if verb is not None else tok
        return Frame(
            trigger=verb if verb is not None else tok,
            pred=pred,
            code=code,
            rule=f"{how}:{tok.lemma_.lower()}" if verb is None else f"{how}:{self._lemma(verb)}+{tok.lemma_.lower()}",
            entry=entry,
            noun=tok,
            recipient_slots=entry.recipient,
            # ending or breaching talks is one side's act: "X broke off talks with Y"
            reciprocal=entry.reciprocal and how == "realize",
            nominal=verb is None,
        )

    def _lemma(self, verb: Token) -> str:
        return self.lemmas.get(verb.i) or verb.lemma_.lower()

    def _noun_act_frame(self, tok: Token, act: NounAct, verb: Token | None) -> Frame | None:
        """"the suspension of air links", "its demand that Israel ease restrictions"."""
        host = verb if verb is not None else tok
        name = f"{act.cls}:{tok.lemma_.lower()}" if verb is None else f"{act.cls}:{self._lemma(verb)}+{tok.lemma_.lower()}"
        if act.cls in ("realize", "undo", "breach"):
            for ch in tok.children:
                if ch.dep_ == "prep" and ch.lower_ == "of":
                    for g in ch.children:
                        if g.dep_ == "pobj":
                            f = self.noun_frame(g, act.cls, host)
                            if f is not None:
                                f.nominal = verb is None
                                f.trigger = host
                                f.rule = f"{name}+{g.lemma_.lower()}"
                                f.extra_tokens.append(tok)
                                return f
            if act.cameo:
                return Frame(host, host, act.cameo, name, None, noun=tok, nominal=verb is None)
            return None
        content, cpred = self._content(tok)
        if content is None and verb is not None:  # "reiterated its demand that Israel ease ..."
            for ch in verb.children:
                if ch.dep_ in ("ccomp", "xcomp") and ch.pos_ in ("VERB", "AUX"):
                    content = self._clause_event(ch)
                    cpred = ch
                    if content is not None:
                        break
        slots = ("content", "to", "on", "objof")
        if content is not None:
            act_cls = "threaten" if act.cls == "agree" and content.code[:2] in CONFLICT_ROOTS else act.cls
            code = self.lex.act_code(act_cls, content.code) if content.code[:2] not in VERBAL_ROOTS else ACT_CLASSES[act_cls]
            content.absorbed = True
            return Frame(host, host, code, f"{name}+{content.rule}", None, noun=tok, content=content,
                         content_pred=cpred, act=act_cls, recipient_slots=slots, nominal=verb is None)
        if act.cameo:
            return Frame(host, host, act.cameo, name, None, noun=tok, content_pred=cpred, act=act.cls,
                         recipient_slots=slots, nominal=verb is None)
        return None

    def content_noun(self, tok: Token) -> tuple[Frame | None, Token | None]:
        """Event named by a noun phrase, looking inside proposals and requests for theirs."""
        if tok.i not in self.noun_acts:
            f = self.noun_frame(tok)
            if f is not None:
                return f, tok
        if tok.lemma_.lower() in CONTAINERS:
            for ch in tok.children:
                if ch.dep_ == "prep" and ch.lower_ in ("for", "to", "on", "of"):
                    for g in ch.children:
                        if g.dep_ == "pobj":
                            f = self.noun_frame(g)
                            if f is not None:
                                return f, g
                        elif g.dep_ == "pcomp" and g.pos_ == "VERB":
                            f = self._clause_event(g)
                            if f is not None:
                                return f, g
                elif ch.dep_ in ("acl", "relcl", "ccomp") and ch.pos_ in ("VERB", "AUX"):
                    f = self._clause_event(ch)
                    if f is not None:
                        return f, ch
            return None, tok
        return None, None

    # -- verbs -------------------------------------------------------------------------------
    def verb_frame(self, tok: Token) -> Frame | None:
        """Resolve the verb at ``tok`` into a frame (memoised; content recursion is bounded)."""
        if tok.i in self._resolved:
            return self._resolved[tok.i]
        if tok.i in self._busy or tok.i not in self.verbs:
            return None
        self._busy.add(tok.i)
        try:
            frame = self._build_verb(tok)
        finally:
            self._busy.discard(tok.i)
        self._resolved[tok.i] = frame
        return frame

    def _build_verb(self, tok: Token) -> Frame | None:
        subj = subject_of(tok, follow=True)
        obj = object_of(tok)
        # a passive participle's noun is its object ("two missiles launched from X")
        patient = obj if obj is not None or not _passive_participle(tok) else tok.head
        for entry in self.verbs[tok.i]:
            if entry.second is not None and not _has_second(tok, entry.second):
                continue
            if entry.conds and not _conds_ok(entry.conds, subj, patient, None, self.lex, self.doc, verb=tok):
                continue
            if entry.cameo == "-":
                return None  # a reading the lexicon marks as no event
            frame = self._frame_for(tok, entry, obj)
            if frame is not None:
                return frame
        return None

    def _light_object(self, tok: Token, obj: Token | None) -> Token | None:
        if obj is not None and obj.pos_ in _NOUN_POS | {"PRON", "NUM"}:
            return obj
        for ch in tok.children:  # "went on strike", "called for a ceasefire"
            if ch.dep_ == "prep" and ch.lower_ in ("on", "to", "from", "of"):
                target = next((g for g in ch.children if g.dep_ == "pobj"), None)
                if target is not None and (target.i in self.nouns or target.i in self.noun_acts):
                    return target
        if obj is None and named_agent(tok) is not None and (tok.head.i in self.nouns or tok.head.i in self.noun_acts):
            return tok.head  # "talks hosted by Josep Borrell": the participle acts on its noun
        if obj is None and self.lex.in_class(self._lemma(tok), "ergative") and not any(
            c.dep_ in ("xcomp", "ccomp") for c in tok.children  # "forces began sharing intelligence"
        ):
            # "the tariffs would start at 5 percent on Monday": the event is the subject
            subj = _child_dep(tok, "nsubj")
            if subj is not None and subj.i in self.nouns:
                return subj
        return None

    def _frame_for(self, tok: Token, entry: VerbEntry, obj: Token | None) -> Frame | None:
        cls = entry.cls
        lemma = entry.lemma if entry.second is None else f"{entry.lemma} {entry.second}"
        if cls in ("event", "recip"):
            return Frame(tok, tok, entry.cameo, f"verb:{lemma}", entry, recipient_slots=entry.recipient,
                         reciprocal=cls == "recip")
        if cls in ("realize", "undo", "breach"):
            target = self._light_object(tok, obj)
            if target is not None:
                f = self.noun_frame(target, cls, tok)
                if f is not None:
                    f.entry = f.entry or entry
                    f.recipient_slots = tuple(dict.fromkeys(f.recipient_slots + entry.recipient))
                    f.extra_tokens.append(target)
                    return f
            if entry.cameo:
                return Frame(tok, tok, entry.cameo, f"verb:{lemma}", entry, recipient_slots=entry.recipient)
            return None
        if cls in ACT_CLASSES or cls == "prepare":
            content, cpred = self._content(tok)
            if cls == "prepare":
                if content is not None and content.code[:2] in CONFLICT_ROOTS and tok.pos_ == "VERB":
                    f = Frame(tok, tok, "150", f"prepare:{lemma}+{content.rule}", entry, content=content,
                              content_pred=cpred, recipient_slots=("content",) + entry.recipient)
                    content.absorbed = True
                    return f
                cls = "agree"
                if content is None:
                    return None
            if cls == "reject" and cpred is not None and (
                entry.lemma == "deny" and cpred.dep_ == "ccomp" or claim_clause(tok, cpred)
            ):
                # "denied that ...", "dismissed reports that ...": a denial of a claim, left to
                # the attribution stage (the claimed event is negated according to the denier)
                return None
            if content is not None:
                act = cls
                refrain = own_not(cpred)
                if act == "agree" and content.code[:2] in CONFLICT_ROOTS - {"15"} and not refrain:
                    act = "threaten"  # a promise of force is a threat (a promise to deploy is not)
                code = self.lex.act_code(act, content.code) if content.code[:2] not in VERBAL_ROOTS else ACT_CLASSES[act]
                if act == "agree" and refrain and content.code[:2] in CONFLICT_ROOTS:
                    # "agreed not to attack each other": intent to de-escalate, else a plain promise
                    code = DE_ESCALATE if content.code[:2] in FORCE_ROOTS else ACT_CLASSES[act]
                content.absorbed = True
                return Frame(tok, tok, code, f"{act}:{lemma}+{content.rule}", entry, content=content,
                             content_pred=cpred, act=act, recipient_slots=entry.recipient)
            if entry.cameo:
                return Frame(tok, tok, entry.cameo, f"{cls}:{lemma}", entry, content_pred=cpred, act=cls,
                             recipient_slots=entry.recipient)
            return None
        return None

    def _content(self, tok: Token) -> tuple[Frame | None, Token | None]:
        """What a speech act is about: a complement clause, an object noun, a "for"/"to" phrase."""
        clause = None
        for ch in tok.children:
            if ch.dep_ in ("xcomp", "ccomp", "acl") and ch.pos_ in ("VERB", "AUX"):
                f = self._clause_event(ch)
                if f is not None:
                    return f, f.pred
                clause = clause or ch
        for ch in tok.children:
            dep = ch.dep_
            if dep in ("dobj", "nsubjpass", "dative"):
                f, n = self.content_noun(ch)
                if f is not None:
                    return f, n
                if dep == "dobj":  # "urged the EC to support": object-control complement
                    for g in ch.children:
                        if g.dep_ in ("acl", "relcl", "xcomp") and g.pos_ == "VERB":
                            f = self._clause_event(g)
                            if f is not None:
                                return f, f.pred
            elif dep == "prep" and ch.lower_ in ("for", "on", "to", "with", "of", "against"):
                for g in ch.children:
                    if g.dep_ == "pobj":
                        f, n = self.content_noun(g)
                        if f is not None:
                            return f, n
                    elif g.dep_ == "pcomp" and g.pos_ == "VERB":
                        f = self._clause_event(g)
                        if f is not None:
                            return f, f.pred
        return None, clause

    def _clause_event(self, verb: Token, depth: int = 0) -> Frame | None:
        """The event of a complement clause: its verb, a coordinated or aspectual complement
        ("resume shelling"), or a predicate adjective's complement ("is ready to contribute")."""
        f = self.verb_frame(verb)
        if f is not None or depth > 2:
            return f
        for ch in verb.children:
            if ch.dep_ == "xcomp" and ch.pos_ == "VERB":
                f = self._clause_event(ch, depth + 1)
                if f is not None:
                    return f
        if verb.lemma_ == "be" or verb.pos_ == "AUX":
            for ch in verb.children:
                if ch.dep_ in ("acomp", "attr"):
                    for g in ch.children:
                        if g.dep_ == "xcomp" and g.pos_ == "VERB":
                            f = self._clause_event(g, depth + 1)
                            if f is not None:
                                return f
        for ch in verb.children:
            if ch.dep_ == "conj" and ch.pos_ == "VERB":
                f = self.verb_frame(ch)
                if f is not None:
                    return f
        obj = object_of(verb)
        if obj is not None and verb.lemma_.lower() not in self.lex.reporting:
            if obj.i in self.nouns or obj.i in self.noun_acts:
                return self.noun_frame(obj, "realize", verb)
        return None

    # -- speech acts the lexicon does not list as verbs --------------------------------------------
    def _reported_frames(self) -> list[Frame]:
        """Reporting verbs that carry an event: "X said Y must withdraw" is a demand on Y;
        "announced a suspension of links", "reiterated its demand" issue the noun's act."""
        out: list[Frame] = []
        obligation = _obligation_aux()
        for verb in self.reporting:
            subj = subject_of(verb)
            children = list(verb.children)
            if verb.dep_ == "parataxis" and verb.head.pos_ in ("VERB", "AUX"):
                # '"India must restrain its forces," the ministry said': the quote is the head
                children.append(_AsComplement(verb.head))
            for ch in children:
                if ch.dep_ == "ccomp" and ch.pos_ in ("VERB", "AUX") and self._blames(ch):
                    # "said Iran is responsible for the attacks": an accusation
                    out.append(Frame(verb, verb, "112", f"accuse:{verb.lemma_.lower()}+responsible", None,
                                     content_pred=ch, act="accuse", recipient_slots=("content",)))
                    continue
                if ch.dep_ == "ccomp" and ch.pos_ in ("VERB", "AUX"):
                    own = _child_dep(ch, "nsubj", "nsubjpass")
                    if not any(a.dep_ == "aux" and a.lower_ in obligation for a in ch.children):
                        continue
                    if own is None or (subj is not None and own.lower_ == subj.lower_):
                        continue
                    content = self._clause_event(ch)
                    code = "100"
                    if content is not None:
                        content.absorbed = True
                        if content.code[:2] not in VERBAL_ROOTS:
                            code = self.lex.act_code("request", content.code)
                    out.append(Frame(verb, verb, code, f"request:{verb.lemma_.lower()}+must" +
                                     (f"+{content.rule}" if content else ""), None, content=content,
                                     content_pred=ch, act="request", recipient_slots=("content",)))
                elif ch.dep_ == "dobj" and (ch.i in self.nouns or ch.i in self.noun_acts) and self.lex.in_class(
                    verb.lemma_.lower(), "issuing"
                ):
                    f = self.noun_frame(ch, "realize", verb)
                    if f is not None:
                        out.append(f)
        return out

    def _blames(self, clause: Token) -> bool:
        """Whether a reported clause holds someone responsible ("X is responsible for",
        "X was behind the attack")."""
        if clause.lemma_ != "be" or _child_dep(clause, "nsubj") is None:
            return False
        for ch in clause.children:
            if ch.dep_ in ("acomp", "attr") and self.lex.in_class(ch.lemma_.lower(), "blame_predicates"):
                return True
            if ch.dep_ == "prep" and ch.lower_ == "behind":
                return True
        return False

    @property
    def nouns_lemmas(self) -> set[str]:
        return {self.doc.doc[i].lemma_.lower() for i, e in self.nouns.items() if e.realize[:2] in ("18", "19", "20")}

    # -- all frames of the sentence -------------------------------------------------------------
    def frames(self) -> list[Frame]:
        out: list[Frame] = []
        for i in self.verbs:
            f = self.verb_frame(self.doc.doc[i])
            if f is not None:
                out.append(f)
        out.extend(self._reported_frames())
        used_nouns = {f.noun.i for f in out if f.noun is not None}
        used_nouns.update(t.i for f in out for t in f.extra_tokens)
        covered = covered_tokens(out, self.lex)
        for i in list(self.nouns) + [j for j in self.noun_acts if j not in self.nouns]:
            if i in used_nouns or i in covered:
                continue
            tok = self.doc.doc[i]
            if tok.dep_ in _NOT_EVENT_NOUN_DEPS or generic(tok):
                continue
            act = self.noun_acts.get(i)
            entry = self.nouns.get(i)
            if act is not None:
                if not act.alone:
                    continue
            elif entry is None or not entry.alone:
                continue
            f = self.noun_frame(tok)
            if f is None:
                continue
            head = tok.head
            # A noun that is the subject or instrument of a verbal event is part of it
            # ("a roadside bombing killed ...", "wounded two soldiers in a bomb attack").
            host = next((g for g in out if g.pred == head and not g.absorbed), None)
            if host is None and tok.dep_ == "pobj" and head.dep_ == "prep":
                host = next((g for g in out if g.pred == head.head and not g.absorbed), None)
            if host is not None and same_root(host.code, f.code):
                host.extra_tokens.append(tok)
                continue
            if host is not None and tok.dep_ == "pobj" and head.lower_ == "for":
                continue  # "recalled its ambassador for consultations": the act's purpose
            if host is not None and tok.dep_ == "nsubj" and host.act is None:
                # "a strike by dock workers closed the port": the verb tells what the noun's
                # event did; the noun is the act
                host.absorbed = True
            out.append(f)
        if not any(t.pos_ in ("VERB", "AUX") for t in self.sent):
            # a verbless fragment ("Futile meetings?", a caption): a nominal event in it is
            # reported only with a named participant
            out = [f for f in out if not f.nominal or f.noun is None or names_inside(self.doc, f.noun)]
        out.extend(elided_frames(self.doc, self.sent, self.lex))
        for f in out:
            if f.noun is not None and not f.elliptical and refers_back(f.noun, self.lex):
                f.antecedents = antecedents(self.doc, f.noun, self.lex, f.noun.lemma_.lower())
        alive = [f for f in out if not f.absorbed and f.pred.i not in covered and not harmless(f, self.lex, self.nouns_lemmas)
                 and not disaster_emergency(f, self.lex)]
        alive = merge_participles(alive)
        return drop_background(alive, self.lex)


class _AsComplement:
    """A quoted clause seen from the reporting verb that follows it, as if it were its ccomp."""

    dep_ = "ccomp"

    def __init__(self, tok: Token):
        self._tok = tok

    def __getattr__(self, name: str):
        return getattr(self._tok, name)


def _obligation_aux() -> frozenset[str]:
    from .modality import cues

    return cues().obligation_aux
