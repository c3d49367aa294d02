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

from .lexicon import ACT_CLASSES, Cond, Lexicon, NounEntry, VerbEntry, lexicon

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from ..document import Document

_VERB_POS = frozenset({"VERB"})
_NOUN_POS = frozenset({"NOUN", "PROPN"})
_SECOND_DEPS = frozenset({"prt", "prep", "dobj", "advmod", "acomp", "compound:prt"})
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
def subject_of(verb: Token) -> Token | None:
    """Grammatical subject of ``verb`` (not following control; see roles for that)."""
    for ch in verb.children:
        if ch.dep_ in ("nsubj", "csubj"):
            return ch
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
    return any(lex.in_class(w, value) for w in words)


def _conds_ok(conds: tuple[Cond, ...], subj: Token | None, obj: Token | None, noun: Token | None,
              lex: Lexicon, doc: Document) -> bool:
    for c in conds:
        if c.slot == "subj":
            ok = _word_ok(subj, c.value, lex, doc)
        elif c.slot == "obj":
            ok = _word_ok(obj, c.value, lex, doc)
        elif c.slot == "mod":
            ok = noun is not None and any(
                _word_ok(ch, c.value, lex, doc) or lex.in_class(ch.lemma_.lower(), c.value)
                for ch in noun.children
                if ch.dep_ in ("compound", "amod", "nmod", "poss")
            )
        else:
            ok = True
        if ok == c.negate:
            return False
    return True


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
        self.verbs: dict[int, list[VerbEntry]] = {}
        self._resolved: dict[int, Frame | None] = {}
        self._busy: set[int] = set()
        lex_verbs, lex_nouns = self.lex.verbs, self.lex.nouns
        for tok in sent:
            pos = tok.pos_
            if pos in _VERB_POS:
                lemma = tok.lemma_.lower()
                if lemma in lex_verbs:
                    self.verbs[tok.i] = lex_verbs[lemma]
            elif pos in _NOUN_POS:
                lemma = tok.lemma_.lower()
                if lemma in lex_nouns:
                    entry = noun_entry(tok, self.lex, doc)
                    if entry is not None:
                        self.nouns[tok.i] = entry

    # -- nouns ------------------------------------------------------------------------------
    def noun_frame(self, tok: Token, how: str = "realize", verb: Token | None = None) -> Frame | None:
        """Frame for an event noun realised (or undone/breached) by ``verb`` or standing alone."""
        entry = self.nouns.get(tok.i)
        if entry is None:
            # "a series of bombs", "rocket fire": look one step into the noun phrase.
            for ch in tok.children:
                if ch.dep_ == "prep" and ch.lower_ == "of":
                    for g in ch.children:
                        if g.dep_ == "pobj" and g.i in self.nouns:
                            return self.noun_frame(g, how, verb)
                if ch.dep_ == "conj" and ch.i in self.nouns:
                    return self.noun_frame(ch, how, verb)
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

    def content_noun(self, tok: Token) -> tuple[Frame | None, Token | None]:
        """Event named by a noun phrase, looking inside proposals and requests for theirs."""
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
                            f = self.verb_frame(g)
                            if f is not None:
                                return f, g
                elif ch.dep_ in ("acl", "relcl") and ch.pos_ == "VERB":
                    f = self.verb_frame(ch)
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
        subj = subject_of(tok)
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

    def _frame_for(self, tok: Token, entry: VerbEntry, obj: Token | None) -> Frame | None:
        cls = entry.cls
        lemma = entry.lemma if entry.second is None else f"{entry.lemma} {entry.second}"
        if cls in ("event", "recip"):
            return Frame(tok, tok, entry.cameo, f"verb:{lemma}", entry, recipient_slots=entry.recipient,
                         reciprocal=cls == "recip")
        if cls in ("realize", "undo", "breach"):
            target = obj if obj is not None and obj.pos_ in _NOUN_POS | {"PRON", "NUM"} else None
            if target is None:  # "went on strike", "called for a ceasefire"
                for ch in tok.children:
                    if ch.dep_ == "prep" and ch.lower_ in ("on", "to", "from", "of"):
                        target = next((g for g in ch.children if g.dep_ == "pobj"), None)
                        if target is not None and target.i in self.nouns:
                            break
                        target = None
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
                    f = Frame(tok, tok, "150", f"prepare:{lemma}", entry, content=content, content_pred=cpred,
                              recipient_slots=("content",) + entry.recipient)
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
                if act == "reject" and content.act == "agree":
                    code = self.lex.act_code("reject", content.content.code) if content.content else "120"
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
            if ch.dep_ in ("xcomp", "ccomp") and ch.pos_ in ("VERB", "AUX"):
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

    def _clause_event(self, verb: Token) -> Frame | None:
        """The event of a complement clause: its verb, a coordinated verb, or a predicate
        adjective's complement ("is ready to contribute")."""
        f = self.verb_frame(verb)
        if f is not None:
            return f
        if verb.lemma_ == "be" or verb.pos_ == "AUX":
            for ch in verb.children:
                if ch.dep_ in ("acomp", "attr"):
                    for g in ch.children:
                        if g.dep_ == "xcomp" and g.pos_ == "VERB":
                            f = self.verb_frame(g)
                            if f is not None:
                                return f
        for ch in verb.children:
            if ch.dep_ == "conj" and ch.pos_ == "VERB":
                f = self.verb_frame(ch)
                if f is not None:
                    return f
        obj = object_of(verb)
        if obj is not None and verb.lemma_.lower() not in self.lex.reporting:
            f = self.noun_frame(obj, "realize", verb) if obj.i in self.nouns else None
            if f is not None:
                return f
        return None

    # -- all frames of the sentence -------------------------------------------------------------
    def frames(self) -> list[Frame]:
        out: list[Frame] = []
        for i in self.verbs:
            f = self.verb_frame(self.doc.doc[i])
            if f is not None:
                out.append(f)
        used_nouns = {f.noun.i for f in out if f.noun is not None}
        covered = _covered_tokens(out)
        for i, entry in self.nouns.items():
            if i in used_nouns or i in covered or not entry.alone:
                continue
            tok = self.doc.doc[i]
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
        alive = [f for f in out if not f.absorbed]
        return _drop_background(alive)


CONFLICT_ROOTS = frozenset({"14", "15", "16", "17", "18", "19", "20"})
VERBAL_ROOTS = frozenset({"01", "02", "03", "09", "10", "11", "12", "13"})


def _same_root(a: str, b: str) -> bool:
    fam = {"18": "A", "19": "A", "20": "A"}
    return fam.get(a[:2], a[:2]) == fam.get(b[:2], b[:2])


def _covered_tokens(frames: list[Frame]) -> set[int]:
    """Nouns inside the object of a speech act or judgement are its topic, not new events
    ("condemned the attack", "rejected an invitation to a meeting")."""
    covered: set[int] = set()
    for f in frames:
        if f.act is None and f.code[:2] not in ("05", "11", "12", "09") and f.code not in ("0862", "0861"):
            continue
        for ch in f.pred.children:
            if ch.dep_ in ("dobj", "ccomp", "xcomp", "prep", "nsubjpass", "dative"):
                covered.update(t.i for t in ch.subtree)
    return covered


def _drop_background(frames: list[Frame]) -> list[Frame]:
    """Events in relative clauses describe participants ("refugees fleeing the war") and
    purpose clauses say what an act was for ("opened fire to disperse them"): they are not
    coded when the sentence has an event of its own."""
    def background(f: Frame) -> bool:
        tok = f.pred
        for _ in range(6):
            dep = tok.dep_
            if dep in ("relcl", "acl"):
                return True
            if dep == "advcl" and any(ch.dep_ == "aux" and ch.lower_ == "to" for ch in tok.children) and not any(
                ch.dep_ in ("nsubj", "nsubjpass") for ch in tok.children
            ):
                return True
            if tok.head is tok:
                return False
            tok = tok.head
        return False

    main = [f for f in frames if not background(f)]
    return main if main else frames
