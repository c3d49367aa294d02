"""Trigger detection on the dependency parse: which words of a sentence are events.

A :class:`Frame` is one candidate event before roles and final coding: its trigger token,
the predicate whose clause gives it roles and modality, and a CAMEO code composed from the
lexicon: verbal triggers ("shelled"), light-verb constructions ("imposed a curfew"),
speech acts about a content ("threatened to cut off electricity" -> 1311), and nominal
events ("the Stockholm talks"). Content and object events are absorbed into the frame that
governs them, so "agreed to cooperate" is one AGREE event, not AGREE plus COOPERATE.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .lexicon import ACT_CLASSES, Cond, Lexicon, NounAct, NounEntry, VerbEntry, lexicon

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from ..document import Document

_VERB_POS = frozenset({"VERB"})
_NOUN_POS = frozenset({"NOUN", "PROPN"})
_SECOND_DEPS = frozenset({"prt", "prep", "dobj", "advmod", "acomp", "compound:prt", "npadvmod"})
#: A noun in these relations names a thing, not an event ("war crimes court", "the meeting's
#: co-chairman"); a verb as a participial adjective ("the besieged town") likewise.
_NOT_EVENT_NOUN_DEPS = frozenset({"compound", "poss", "nmod"})
_NOT_EVENT_VERB_DEPS = frozenset({"amod", "compound"})
#: Nouns that carry a proposal, request or plan whose content is another event
#: ("rejected an offer of talks", "a call for sanctions").
CONTAINERS = frozenset({
    "proposal", "offer", "request", "call", "appeal", "demand", "invitation", "plan",
    "initiative", "bid", "idea", "formula", "decision", "move", "resolution", "bill",
    "measure", "commitment", "pledge", "promise", "effort", "attempt", "step", "order",
    "motion", "suggestion", "push", "campaign", "threat", "warning", "ultimatum",
    "condition", "deadline", "agreement", "deal", "consensus", "readiness", "willingness",
})
#: Verbs whose object is the subject of their complement ("urged X to", "allowed X to").
OBJECT_CONTROL = frozenset({
    "urge", "ask", "order", "force", "allow", "permit", "encourage", "invite", "help", "compel",
    "persuade", "tell", "authorize", "authorise", "call", "press", "require", "instruct",
    "pressure", "push", "beg", "implore", "demand", "warn", "advise", "enable",
})


@dataclass
class Frame:
    """A candidate event found in one sentence."""

    trigger: Token
    pred: Token
    code: str
    rule: str
    entry: VerbEntry | NounEntry | None = None
    noun: Token | None = None
    content: Frame | None = None
    content_pred: Token | None = None
    act: str | None = None
    recipient_slots: tuple[str, ...] = ()
    reciprocal: bool = False
    nominal: bool = False
    absorbed: bool = False
    extra_tokens: list[Token] = field(default_factory=list)

    @property
    def override(self) -> tuple[str, str]:
        e = self.entry
        return (e.plover, e.mode) if e is not None else ("", "")


# ----- matching lexicon rows ------------------------------------------------------------------
def subject_of(verb: Token, follow: bool = False) -> Token | None:
    """Grammatical subject of ``verb``; with ``follow``, the controller of a subjectless
    complement or purpose clause ("workers stayed home to protest")."""
    tok = verb
    for _ in range(3 if follow else 1):
        for ch in tok.children:
            if ch.dep_ in ("nsubj", "csubj"):
                return ch
        if not follow or tok.dep_ not in ("xcomp", "advcl", "conj") or tok.head is tok:
            return None
        if any(ch.dep_ == "nsubjpass" for ch in tok.children):
            return None
        tok = tok.head
    return None


def object_of(verb: Token) -> Token | None:
    """Direct object, or the passive subject ("sanctions were imposed")."""
    passive = None
    for ch in verb.children:
        if ch.dep_ == "dobj":
            return ch
        if ch.dep_ == "nsubjpass":
            passive = ch
    return passive


def _word_ok(tok: Token | None, value: str, lex: Lexicon, doc: Document) -> bool:
    if tok is None:
        return False
    if value == "@any":
        return True
    if value == "@actor":
        return bool(doc.mentions_headed_by(tok.i) or doc.mention_at(tok.i))
    if value == "@named":
        if tok.pos_ == "PROPN" or tok.ent_type_ in ("GPE", "ORG", "PERSON", "NORP"):
            return True
        for m in doc.mentions_headed_by(tok.i):
            if m.kind in ("name", "title", "metonym"):
                return True
        return False
    words = {tok.lemma_.lower(), tok.lower_}
    for ch in tok.children:
        if ch.dep_ in ("compound", "amod", "nmod"):
            words.add(ch.lemma_.lower())
        elif ch.dep_ == "prep" and ch.lower_ == "of":  # "a patch of peacekeeping troops"
            for g in ch.children:
                if g.dep_ == "pobj":
                    words.add(g.lemma_.lower())
                    words.update(x.lemma_.lower() for x in g.children if x.dep_ in ("compound", "amod"))
    return any(lex.in_class(w, value) for w in words)


def _conds_ok(conds: tuple[Cond, ...], subj: Token | None, obj: Token | None, noun: Token | None,
              lex: Lexicon, doc: Document) -> bool:
    for c in conds:
        if c.slot == "subj":
            ok = _word_ok(subj, c.value, lex, doc)
        elif c.slot == "obj":
            ok = _word_ok(obj, c.value, lex, doc)
        elif c.slot == "verb":
            ok = _word_ok(_governing_verb(noun), c.value, lex, doc) if noun is not None else False
        elif c.slot == "mod":
            ok = noun is not None and any(
                _word_ok(ch, c.value, lex, doc) or lex.in_class(ch.lemma_.lower(), c.value)
                for ch in _modifiers(noun)
            )
        else:
            ok = True
        if ok == c.negate:
            return False
    return True


def _modifiers(noun: Token) -> list[Token]:
    """Modifiers of a noun, including its "of" complement ("a test of a new rocket")."""
    out = []
    for ch in noun.children:
        if ch.dep_ in ("compound", "amod", "nmod", "poss"):
            out.append(ch)
        elif ch.dep_ == "prep" and ch.lower_ == "of":
            out.extend(g for g in ch.children if g.dep_ == "pobj")
    return out


def _governing_verb(noun: Token) -> Token | None:
    """The verb a noun is the object of ("contributed troops", "troops were sent")."""
    head = noun.head
    if noun.dep_ in ("dobj", "nsubjpass", "conj", "appos") and head.pos_ == "VERB":
        return head
    if noun.dep_ == "pobj" and head.head.pos_ == "VERB":
        return head.head
    return None


def _has_second(tok: Token, second: str) -> bool:
    for ch in tok.children:
        if ch.dep_ in _SECOND_DEPS and (ch.lower_ == second or ch.lemma_.lower() == second):
            return True
    return False


def noun_entry(tok: Token, lex: Lexicon, doc: Document) -> NounEntry | None:
    """The nouns.tsv row for noun ``tok`` ("hunger strike", "state of emergency"), if any."""
    entries = lex.nouns.get(tok.lemma_.lower())
    if not entries:
        return None
    mods = None
    for e in entries:
        if e.modifier is not None:
            if mods is None:
                mods = {ch.lemma_.lower() for ch in tok.children if ch.dep_ in ("compound", "amod", "nmod")}
                mods |= {ch.lower_ for ch in tok.children if ch.dep_ in ("compound", "amod", "nmod")}
            if e.modifier not in mods and e.modifier.replace(" ", "-") not in mods:
                continue
        if e.of is not None:
            if not any(
                ch.dep_ == "prep" and ch.lower_ == "of" and any(g.lemma_.lower() == e.of for g in ch.children)
                for ch in tok.children
            ):
                continue
        if e.conds and not _conds_ok(e.conds, None, None, tok, lex, doc):
            continue
        return e
    return None


# ----- the per-sentence finder -------------------------------------------------------------------
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
        self._resolved: dict[int, Frame | None] = {}
        self._busy: set[int] = set()
        lex_verbs, lex_nouns, lex_acts = self.lex.verbs, self.lex.nouns, self.lex.noun_acts
        reporting = self.lex.reporting
        for tok in sent:
            pos = tok.pos_
            if pos in _VERB_POS:
                if tok.dep_ in _NOT_EVENT_VERB_DEPS:
                    continue
                lemma = tok.lemma_.lower()
                if lemma in lex_verbs:
                    self.verbs[tok.i] = lex_verbs[lemma]
                if lemma in reporting:
                    self.reporting.append(tok)
            elif pos in _NOUN_POS:
                lemma = tok.lemma_.lower()
                if lemma in lex_nouns:
                    entry = noun_entry(tok, self.lex, doc)
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
            for ch in tok.children:
                # "a series of bombs"
                if ch.dep_ == "prep" and ch.lower_ == "of" and tok.i not in self.nouns:
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
            rule=f"{how}:{tok.lemma_.lower()}" if verb is None else f"{how}:{verb.lemma_.lower()}+{tok.lemma_.lower()}",
            entry=entry,
            noun=tok,
            recipient_slots=entry.recipient,
            reciprocal=entry.reciprocal,
            nominal=verb is None,
        )

    def _noun_act_frame(self, tok: Token, act: NounAct, verb: Token | None) -> Frame | None:
        """"the suspension of air links", "its demand that Israel ease restrictions"."""
        host = verb if verb is not None else tok
        name = f"{act.cls}:{tok.lemma_.lower()}" if verb is None else f"{act.cls}:{verb.lemma_.lower()}+{tok.lemma_.lower()}"
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
        for entry in self.verbs[tok.i]:
            if entry.second is not None and not _has_second(tok, entry.second):
                continue
            if entry.conds and not _conds_ok(entry.conds, subj, obj, None, self.lex, self.doc):
                continue
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
            if cls == "reject" and entry.lemma == "deny" and cpred is not None and cpred.dep_ == "ccomp":
                return None  # "denied that ...": a denial of a claim, left to the attribution stage
            if content is not None:
                act = cls
                if act == "agree" and content.code[:2] in CONFLICT_ROOTS:
                    act = "threaten"  # a promise of force is a threat
                code = self.lex.act_code(act, content.code) if content.code[:2] not in VERBAL_ROOTS else ACT_CLASSES[act]
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
            for ch in verb.children:
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
        covered = _covered_tokens(out, self.lex)
        for i in list(self.nouns) + [j for j in self.noun_acts if j not in self.nouns]:
            if i in used_nouns or i in covered:
                continue
            tok = self.doc.doc[i]
            if tok.dep_ in _NOT_EVENT_NOUN_DEPS:
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
            host = next((g for g in out if g.pred is head and not g.absorbed), None)
            if host is None and tok.dep_ == "pobj" and head.dep_ == "prep":
                host = next((g for g in out if g.pred is head.head and not g.absorbed), None)
            if host is not None and (tok.dep_ in ("nsubj", "nsubjpass") or _same_root(host.code, f.code)):
                host.extra_tokens.append(tok)
                continue
            out.append(f)
        alive = [f for f in out if not f.absorbed and f.pred.i not in covered]
        alive = _merge_participles(alive)
        return _drop_background(alive, self.lex)


CONFLICT_ROOTS = frozenset({"14", "15", "16", "17", "18", "19", "20"})
VERBAL_ROOTS = frozenset({"01", "02", "03", "09", "10", "11", "12", "13"})
#: Frames whose object and complements are their topic: speech acts and judgements.
_TOPIC_ROOTS = frozenset({"05", "08", "09", "11", "12"})
#: Codes whose object is an event they act on ("banned the rally", "prevented the march").
_TOPIC_CODES = frozenset({"0861", "0862", "172", "1721", "1722"})


def _obligation_aux() -> frozenset[str]:
    from .modality import cues

    return cues().obligation_aux


def _child_dep(tok: Token, *deps: str) -> Token | None:
    for ch in tok.children:
        if ch.dep_ in deps:
            return ch
    return None


def _same_root(a: str, b: str) -> bool:
    fam = {"18": "A", "19": "A", "20": "A"}
    return fam.get(a[:2], a[:2]) == fam.get(b[:2], b[:2])


def _covered_tokens(frames: list[Frame], lex: Lexicon) -> set[int]:
    """Tokens whose events are the topic of another event, not new events: the object and
    complement of a speech act or judgement ("condemned the attack", "refused to allow
    planes to evacuate"), and what a talk or inquiry is about ("talks on a pullback")."""
    covered: set[int] = set()
    topic = lex.classes.get("topic_preps", frozenset())
    for f in frames:
        hosts = [f.pred] + ([f.noun] if f.noun is not None and f.noun is not f.pred else [])
        whole = f.act is not None or f.code[:2] in _TOPIC_ROOTS or f.code in _TOPIC_CODES
        for host in hosts:
            for ch in host.children:
                dep = ch.dep_
                if whole and dep in ("dobj", "ccomp", "xcomp", "prep", "nsubjpass", "dative", "acl"):
                    covered.update(t.i for t in ch.subtree)
                elif dep == "prep" and ch.lower_ in topic and ch.lower_ != "of":
                    covered.update(t.i for t in ch.subtree)
    for f in frames:  # a frame never covers itself
        covered.discard(f.pred.i)
    return covered - {f.pred.i for f in frames if f.act is not None or f.content is not None}


def _merge_participles(frames: list[Frame]) -> list[Frame]:
    """"shelled the town, killing 12": a participle of the same kind is the same event."""
    by_pred = {f.pred.i: f for f in frames}
    out = []
    for f in frames:
        p = f.pred
        if p.dep_ == "advcl" and p.tag_ == "VBG" and not f.nominal:
            host = by_pred.get(p.head.i)
            if host is not None and host is not f and _same_root(host.code, f.code):
                host.extra_tokens.append(p)
                continue
        out.append(f)
    return out


def _drop_background(frames: list[Frame], lex: Lexicon) -> list[Frame]:
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
            return True
        head_entries = lex.verbs.get(tok.head.lemma_.lower(), ())
        return tok.dep_ == "xcomp" and any(e.cls in ("event", "recip") for e in head_entries) and not any(
            e.cls in ACT_CLASSES or e.cls == "prepare" for e in head_entries
        )

    def background(f: Frame) -> bool:
        tok = f.noun if f.nominal and f.noun is not None else f.pred
        if f.nominal:
            t = tok
            for _ in range(4):
                if t.dep_ == "pobj" and t.head.lower_ in temporal:
                    return True
                if t.dep_ in ("pobj", "compound", "conj") and t.head is not t:
                    t = t.head if t.dep_ != "pobj" else t.head.head
                    continue
                break
        for _ in range(6):
            dep = tok.dep_
            if dep in ("relcl", "acl"):
                return True
            if purpose(tok):
                return True
            if tok.head is tok:
                return False
            tok = tok.head
        return False

    main = [f for f in frames if not background(f)]
    return main if main else frames
