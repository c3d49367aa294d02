"""Finding attribution relations on the dependency parse: cue, source and content.

The rules follow the syntax of reported speech in English:

* a reporting predicate (verb or noun from the lexicon) takes its **content** as a clausal
  complement ("said *that ...*"), an infinitive ("vowed *to ...*"), an object for verbs
  that take propositional objects ("announced *plans*"), a listed preposition ("called
  *for ...*"), or, when it follows the content as a parenthetical ("*The deal is dead*,
  he said"), the clause it interrupts;
* its **source** is the subject ("*he* said", "said *Kim*"), the agent of a passive
  ("was reported *by Yonhap*"), the possessor of a nominal cue ("*his* call for"), or the
  subject inherited from the verb it depends on ("..., *adding* that", "*who* said");
* "according to X" makes X the source of the clause it modifies; "citing X" makes X the
  source relayed by the clause's own cue;
* a direct quotation next to its cue is the content as a whole, across sentences and
  paragraphs (see :mod:`.quotes`).

Everything here works on token indices and character offsets; resolving sources to actors
and building chains happen elsewhere.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from spacy.attrs import LEMMA, LOWER, POS
from spacy.parts_of_speech import ADJ as _POS_ADJ
from spacy.parts_of_speech import AUX as _POS_AUX
from spacy.parts_of_speech import NOUN as _POS_NOUN
from spacy.parts_of_speech import VERB as _POS_VERB

from .lexicon import Cue, addressee_verbs, adjective_cues, colon_labels, hearsay_adverbs, noun_cues, phrasal_cues, verb_cues, view_nouns
from .quotes import Quote, QuoteIndex

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_SUBJ = frozenset({"nsubj", "csubj"})
_CLAUSE = frozenset({"ccomp"})
_INHERIT_UP = frozenset({"conj", "xcomp", "advcl", "relcl", "acl", "parataxis", "pcomp", "prep"})
_PUNCT_EDGE = " \t\n,;:—–-"
#: The writer or the quoted speaker talking about themselves or the reader: their own
#: voice, not a further source ("I think", "you know", "we believe").
_SELF = frozenset({"i", "we", "you", "me", "us"})
#: Classes whose cue also works in an infinitive ("went on to say that ...").
_SPEECH = frozenset({"speech", "report", "publish", "question"})
#: Classes whose cue can follow or interrupt what it reports ("..., he said").
_PARENTHETICAL = frozenset({"speech", "report", "publish", "question", "cognition"})
_QUOTE_MARKS = "“\"'"
_PRONOUN_CONTENT = frozenset({"it", "this", "that", "so", "nothing", "something", "anything", "much", "what"})


@dataclass(slots=True)
class Raw:
    """A relation before source resolution: token ranges for cue and source, characters for content."""

    cue: tuple[int, int]
    lemma: str
    cls: str
    kind: str
    source: tuple[int, int] | None = None
    source_head: int | None = None
    content: list[tuple[int, int]] = field(default_factory=list)
    denial: bool = False
    #: Index (in the list of raw relations) of the relation this one feeds, for "citing".
    relays: int | None = None
    #: Head token of the cue (for ordering and nesting).
    head: int = -1
    #: Tokens of the cue's own clause when it follows what it reports ("..., he said").
    tail: tuple[int, int] | None = None


# ----- small helpers --------------------------------------------------------------------
def _subtree(tok: Token) -> tuple[int, int]:
    return tok.left_edge.i, tok.right_edge.i + 1


def _chars(doc: Doc, start: int, end: int, text: str) -> tuple[int, int] | None:
    """Character range of tokens ``[start, end)``, trimmed of edge punctuation and spaces.

    ``text`` is ``doc.text``, passed in because spaCy rebuilds that string on every access.
    """
    # a sentence's closing full stop is not part of what was said (a quote keeps its marks)
    while end > start and doc[end - 1].is_punct and doc[end - 1].text not in ("”", '"', "''", "’", ")", "?", "!"):
        end -= 1
    if end <= start:
        return None
    a, b = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
    while a < b and text[a] in _PUNCT_EDGE:
        a += 1
    while b > a and text[b - 1] in _PUNCT_EDGE:
        b -= 1
    return (a, b) if b > a else None


def _minus(outer: tuple[int, int], holes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Token range ``outer`` with the ``holes`` cut out, as ordered pieces."""
    pieces = [outer]
    for h0, h1 in holes:
        nxt = []
        for a, b in pieces:
            if h1 <= a or h0 >= b:
                nxt.append((a, b))
                continue
            if a < h0:
                nxt.append((a, h0))
            if h1 < b:
                nxt.append((h1, b))
        pieces = nxt
    return [p for p in pieces if p[1] > p[0]]


def _cut(pieces: list[tuple[int, int]], lo: int, hi: int, text: str) -> list[tuple[int, int]]:
    """Character pieces with ``[lo, hi)`` removed, edges re-trimmed."""
    out = []
    for a, b in pieces:
        for x, y in ((a, min(b, lo)), (max(a, hi), b)) if a < hi and lo < b else ((a, b),):
            while x < y and text[x] in _PUNCT_EDGE:
                x += 1
            while y > x and text[y - 1] in _PUNCT_EDGE:
                y -= 1
            if y > x:
                out.append((x, y))
    return out


def _subject(tok: Token) -> Token | None:
    for c in tok.children:
        if c.dep_ in _SUBJ:
            return c
    return None


def _find_source(tok: Token) -> tuple[Token | None, tuple[int, int] | None]:
    """The source of a cue verb: its subject, a passive agent, or one inherited from above."""
    subj = _subject(tok)
    if subj is not None:
        if subj.lower_ in ("it", "there") and any(c.dep_ == "ccomp" for c in tok.children):
            return None, None  # "it is said that": no source
        return subj, _subtree(subj)
    for c in tok.children:
        if c.dep_ == "agent":
            for p in c.children:
                if p.dep_ == "pobj":
                    return p, _subtree(p)
    cur = tok
    for _ in range(5):  # climb through coordinated, participial, relative and "in asking" verbs
        dep, head = cur.dep_, cur.head
        if head.i == cur.i or dep not in _INHERIT_UP:
            return None, None
        if dep == "prep" and head.pos_ not in ("VERB", "AUX"):
            return None, None  # "the cost of saying": a noun's complement has no subject to inherit
        if dep == "acl" and head.dep_ == "dobj" and head.head.pos_ == "VERB" and _subject(head.head) is not None:
            # "Carr released a statement confirming ...": the one who released it
            subj = _subject(head.head)
            return subj, _subtree(subj)
        if dep in ("relcl", "acl") and head.pos_ in ("NOUN", "PROPN", "PRON"):
            # "Kim, who said ..." / "a statement saying ...": the modified noun.
            a, b = _subtree(head)
            rel_a, _ = _subtree(cur)
            return head, (a, min(b, rel_a))
        subj = _subject(head)
        if subj is not None:
            return subj, _subtree(subj)
        for c in head.children:
            if c.dep_ == "agent":
                for p in c.children:
                    if p.dep_ == "pobj":
                        return p, _subtree(p)
        cur = head
    return None, None


def _cue_range(tok: Token, extra: list[Token]) -> tuple[int, int]:
    """The cue's tokens: the verb with its particle, passive auxiliary and content preposition.

    Auxiliaries, negation and adverbs directly before the verb belong to the cue ("has
    also said", "did not deny"), as does a one-word day right after it ("said Friday").
    """
    idx = [tok.i] + [t.i for t in extra]
    left = {
        c.i for c in tok.children
        if c.i < tok.i and c.dep_ in ("aux", "auxpass", "neg", "advmod") and c.tag_ not in ("WRB", "IN")
    }
    a = tok.i
    while a - 1 in left:
        a -= 1
    idx.append(a)
    for c in tok.children:
        if c.dep_ in ("prt", "auxpass") or (c.dep_ == "advmod" and c.i == tok.i + 1 and c.lower_ in ("back", "out", "in", "up")):
            idx.append(c.i)
        elif c.dep_ == "npadvmod" and c.i == tok.i + 1 and c.ent_type_ == "DATE" and c.n_lefts + c.n_rights == 0:
            idx.append(c.i)
    return min(idx), max(idx) + 1


# ----- the extractor ---------------------------------------------------------------------
class Extractor:
    """Runs the cue rules over one parsed document."""

    def __init__(self, doc: Doc, text: str | None = None, actor_heads: frozenset[int] = frozenset()):
        self.doc = doc
        #: Head tokens of actor mentions: a person or body, for cues that need one.
        self.actor_heads = actor_heads
        # spaCy rebuilds Doc.text on each access: read it once (or take the article's text)
        self.text = doc.text if text is None else text
        self.quotes = QuoteIndex(self.text)
        self.verbs = verb_cues()
        self.nouns = noun_cues()
        self.adjectives = adjective_cues()
        self.phrasal = phrasal_cues()
        self.views = view_nouns()
        self.addressee = addressee_verbs()
        self.used: set[int] = set()  # cue heads already taken
        #: A speaker found next to a quote by :meth:`_parenthetical` for the current cue.
        self.speaker: tuple[int, int] | None = None

    def run(self) -> list[Raw]:
        out: list[Raw] = []
        doc = self.doc
        # Scan integer arrays, not Token objects: only the few cue candidates become Tokens.
        strings = doc.vocab.strings
        verbs = {strings.add(k) for k in self.verbs} | {strings.add(k.title()) for k in self.verbs}
        nouns = {strings.add(k) for k in self.nouns}
        adjectives = {strings.add(k) for k in self.adjectives}
        hearsay = {strings.add(w) for w in hearsay_adverbs()}
        phrasal = {strings.add(lemma) for lemma, _ in self.phrasal}
        views = {strings.add(w) for w in self.views}
        according, to, colon, say = strings.add("according"), strings.add("to"), strings.add(":"), strings.add("say")
        rows = doc.to_array([LEMMA, LOWER, POS]).tolist()
        colons: list[int] = []
        for i, (lemma, lower, pos) in enumerate(rows):
            if lower == according and i + 1 < len(rows) and rows[i + 1][1] == to:
                r = self._according(doc[i])
                if r:
                    out.append(r)
            elif lower == colon:
                colons.append(i)
            elif lemma in phrasal and pos == _POS_VERB:
                tok = doc[i]
                prt = next((c.lower_ for c in tok.children if c.dep_ in ("prt", "advmod") and c.i == tok.i + 1), None)
                cue = self.phrasal.get((tok.lemma_.lower(), prt or ""))
                if cue is not None:
                    out.extend(self._verbal(tok, cue, out))
            elif lemma in views and pos == _POS_NOUN:
                r = self._in_view(doc[i])
                if r:
                    out.append(r)
            elif lower in hearsay:
                r = self._hearsay(doc[i])
                if r:
                    out.append(r)
            elif lemma in verbs and (pos == _POS_VERB or (pos == _POS_AUX and lemma == say)):
                tok = doc[i]
                out.extend(self._verbal(tok, self.verbs[tok.lemma_.lower()], out))
            elif lemma in adjectives and pos == _POS_ADJ:
                tok = doc[i]
                if tok.dep_ == "acomp":
                    r = self._adjectival(tok, self.adjectives[tok.lemma_.lower()])
                    if r:
                        out.append(r)
            elif lemma in nouns and pos == _POS_NOUN:
                tok = doc[i]
                r = self._nominal(tok, self.nouns[tok.lemma_.lower()])
                if r:
                    out.append(r)
        out.extend(self._colons(out, colons))
        return out

    # --- verbs ---------------------------------------------------------------------------
    def _verbal(self, tok: Token, cue: Cue, sofar: list[Raw]) -> Iterator[Raw]:
        if tok.dep_ == "amod" or tok.tag_ == "VBN" and tok.dep_ in ("acl", "amod") and not any(
            c.dep_ == "agent" for c in tok.children
        ):
            return  # "the reported attack", "a widely cited figure": not a report here
        if tok.dep_ == "xcomp" and tok.head.i in self.used:
            return  # "declined to comment": folded into the governing cue
        if tok.i > 0 and self.doc[tok.i - 1].lower_ == "that" and tok.i + 1 < len(self.doc) and self.doc[tok.i + 1].text == ",":
            return  # "That said, ...": a discourse marker
        if tok.i + 1 < len(self.doc) and self.doc[tok.i + 1].text == ":" and (
            tok.i == 0 or "\n" in self.doc[tok.i - 1].text_with_ws
        ):
            return  # "Published: 2019-11-04": a field label opening a line
        if cue.cls not in _SPEECH and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            return  # "failing to show leadership", "wants to support": a goal, not a stance held
        doc = self.doc
        extra: list[Token] = []
        content_tokens: list[tuple[int, int]] = []
        kind = "indirect"
        citing_obj: Token | None = None
        ccomps = [c for c in tok.children if c.dep_ in _CLAUSE]
        if not ccomps and not cue.citing:
            # "X reported, citing Y, that ...": the parser may hang the clause on "citing"
            for c in tok.children:
                if c.dep_ == "advcl" and c.lemma_.lower() in self.verbs and self.verbs[c.lemma_.lower()].citing:
                    ccomps = [x for x in c.children if x.dep_ in _CLAUSE]
                    break
        cited = None
        if cue.citing and tok.dep_ == "advcl":
            objs = [c for c in tok.children if c.dep_ == "dobj"]
            if objs and self._relay(tok, sofar) is not None:
                cited = objs[0]
                ccomps = []
        if cue.needs_reason and not ccomps and not any(
            c.dep_ == "prep" and c.lower_ in cue.preps for c in tok.children
        ) and not any(c.dep_ == "dobj" and c.ent_type_ == "PERSON" for c in tok.children):
            return  # "attacked the base": an act, not a stance ("attacked Clinton" is one)
        if cue.quote_only or cue.as_frame:
            ccomps = []
            if cue.as_frame:
                objs = [c for c in tok.children if c.dep_ == "dobj"]
                as_ = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "as"]
                if objs and not as_:  # the parser may hang "as ..." on the object
                    as_ = [c for c in objs[0].children if c.dep_ == "prep" and c.lower_ == "as"]
                if not (objs and as_):
                    return
                content_tokens = [_subtree(objs[0]), _subtree(as_[0])]
        elif cited is not None:
            citing_obj = cited
        elif ccomps:
            for c in ccomps:
                content_tokens.append(_subtree(c))
                content_tokens.extend(_subtree(x) for x in c.conjuncts if x.dep_ == "conj" and x.head.i == c.i)
        else:
            objs = [c for c in tok.children if c.dep_ in ("dobj", "oprd", "attr")]
            xcomps = [c for c in tok.children if c.dep_ == "xcomp"]
            preps = [
                c for c in tok.children
                if c.dep_ == "prep" and c.lower_ in cue.preps and any(p.dep_ in ("pobj", "pcomp") for p in c.children)
            ]
            if True:
                if xcomps:
                    xc = xcomps[0]
                    # "urged him to resign": the object belongs to the content; "told reporters" does not.
                    parts = [_subtree(xc)] + [_subtree(o) for o in objs if o.i < xc.i]
                    content_tokens.extend(parts)
                    if xc.pos_ == "VERB" and xc.lemma_.lower() in self.verbs:
                        self.used.add(xc.i)  # "declined to comment": one relation, cued by "declined"
                elif objs and (cue.takes_object or self._quoted(objs[0])):
                    o = objs[0]
                    if not (o.lower_ in _PRONOUN_CONTENT and not cue.takes_object):
                        content_tokens.append(_subtree(o))
                        # "called the plan a disaster", "criticized X for Y": keep the whole predicate
                        for c in tok.children:
                            if c.i > o.i and (c.dep_ in ("oprd", "ccomp", "xcomp") or (c.dep_ == "prep" and c.lower_ in cue.preps)):
                                content_tokens.append(_subtree(c))
                elif preps:
                    p = preps[0]
                    extra.append(p)
                    content_tokens.extend(_subtree(c) for c in p.children if c.dep_ in ("pobj", "pcomp"))
        content = [r for a, b in content_tokens if (r := _chars(doc, a, b, self.text))]
        passive = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        agent = next((c for c in tok.children if c.dep_ == "agent"), None)
        if not content and passive is not None and agent is not None:
            # "was first reported by Yonhap": the passive subject is what was reported
            content = [r for r in [_chars(doc, *_subtree(passive), self.text)] if r]
            extra.append(agent)
        if not content and tok.dep_ == "relcl" and _subject(tok) is not None and tok.head.pos_ in ("NOUN", "PRON"):
            # "the lesson they intended", "everything he said": the modified noun is the content
            subj = _subject(tok)
            if subj.tag_ not in ("WP", "WDT") and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in tok.children):
                a, b = _subtree(tok.head)
                content = [r for x, y in _minus((a, b), [_subtree(tok)]) if (r := _chars(doc, x, y, self.text))]
        self.speaker = None
        tail = None
        if not content and citing_obj is None and cue.cls in _PARENTHETICAL:
            content = self._inverted(tok) or self._parenthetical(tok)
            if cue.quote_only and not (content and self.text[content[0][0]] in _QUOTE_MARKS):
                return
        if not content and citing_obj is None:
            return
        if tok.lemma_.lower() in self.addressee:
            pass  # the object was never content for these verbs (handled by ccomp/xcomp above)
        subj, src = (None, None)
        if citing_obj is not None:
            subj, src = citing_obj, _subtree(citing_obj)
            kind = "citing"
        else:
            if self.speaker is not None:  # found next to the quote, before any inherited subject
                src = self.speaker
                subj = doc[src[0]:src[1]].root
            else:
                subj, src = _find_source(tok)
            if subj is not None and subj.lower_ in _SELF and self.quotes.covering(tok.idx, tok.idx + 1) is not None:
                return
            if cue.animate and not (
                subj is not None
                and (subj.i in self.actor_heads or subj.pos_ in ("PROPN", "PRON") or subj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"))
            ):
                return
            if any(c.dep_ == "nsubjpass" for c in tok.children) and not src:
                # "X was reported": the subject is the content, no source unless an agent
                pass
        content = self._continuation(tok, self._expand_quotes(tok, content))
        if not content and citing_obj is None:
            return
        if kind != "citing":
            kind = self._kind(tok, cue, content)
        if cue.cls in ("report", "publish") and content and all(b <= tok.idx for _, b in content):
            tail = self._tail(tok)  # "..., the agency reported": may relay a whole statement
        self.used.add(tok.i)
        relays = None
        if citing_obj is not None:
            relays = self._relay(tok, sofar)
            if relays is not None:
                # "X reported, citing Y, that ...": Y's claim is X's content, without the citing phrase
                a, b = tok.i, _subtree(citing_obj)[1]
                lo = doc[a].idx
                hi = doc[b - 1].idx + len(doc[b - 1])
                while hi < len(self.text) and self.text[hi] in " ,":
                    hi += 1
                relayed = sofar[relays]
                relayed.content = _cut(relayed.content, lo, hi, self.text)
                content = list(relayed.content)
        yield Raw(
            cue=_cue_range(tok, extra),
            lemma=self._lemma(tok, extra),
            cls=cue.cls,
            kind=kind,
            source=src,
            source_head=subj.i if subj is not None else None,
            content=content,
            denial=cue.denial,
            relays=relays,
            head=tok.i,
            tail=tail,
        )

    def _tail(self, tok: Token) -> tuple[int, int] | None:
        """The cue's clause if it closes its sentence ("..., the agency reported.")."""
        a, b = self._core(tok)
        rest = self.doc[b:tok.sent.end]
        if all(t.is_punct or t.is_space for t in rest) and a > tok.sent.start:
            return a, b
        return None

    def _relay(self, tok: Token, sofar: list[Raw]) -> int | None:
        """The relation a "citing" participle feeds: its head's, or the one whose content holds it."""
        for k in range(len(sofar) - 1, -1, -1):
            r = sofar[k]
            if r.head == tok.head.i:
                return k
            if any(a <= tok.idx < b for a, b in r.content) and r.cue[0] < tok.i and r.head >= tok.sent.start:
                return k
        return None

    def _lemma(self, tok: Token, extra: list[Token]) -> str:
        words = [tok.lemma_.lower()]
        for c in tok.children:
            if c.dep_ == "prt" or (c.dep_ == "advmod" and c.i == tok.i + 1 and c.lower_ in ("back", "out", "in", "up")):
                words.append(c.lower_)
        words.extend(t.lower_ if t.pos_ == "ADP" else t.lemma_.lower() for t in extra if t.dep_ != "aux")
        return " ".join(words)

    def _quoted(self, tok: Token) -> bool:
        a, b = _subtree(tok)
        return self.quotes.covering(self.doc[a].idx, self.doc[b - 1].idx + 1) is not None

    def _parenthetical(self, tok: Token) -> list[tuple[int, int]]:
        """Content of a cue that follows or interrupts what it reports.

        "The deal is dead, he said." / "“We are ready,” said Kim." The cue hangs off the
        reported clause (or off nothing, when the parser split the sentence); the content
        is that clause without the cue's own words, else an adjacent quotation.
        """
        doc = self.doc
        head = tok.head
        # The cue's own clause: the verb with its subject, adverbs and the like, but not
        # the clause it hangs off.
        own = _subtree(tok)
        a, b = self._core(tok)
        start_char = doc[a].idx
        end_char = doc[b - 1].idx + len(doc[b - 1])
        before = self.quotes.ending_before(start_char)
        if before is None and _subject(tok) is None:
            found = self._speaker_before(tok)
            if found is not None:
                before, self.speaker = found
        if before is not None and self._closes_sentence(before):
            before = None  # '"We won." Asked about it, ...': the quote ended its own sentence
        if before is not None:
            # '"A," he said, "B."': a quote split by its cue is one content in two pieces
            if self.text[before.start:before.end].rstrip("”\"").endswith(","):
                after = self.quotes.starting_after(end_char, gap=" ,.;:\t")
                if after is not None and "\n" not in self.text[before.end:after.start]:
                    return [(before.start, before.end), (after.start, after.end)]
            return [(before.start, before.end)]
        after = self.quotes.starting_after(end_char)
        if after is not None:
            return [(after.start, after.end)]
        if tok.dep_ == "parataxis" or (tok.dep_ in ("ccomp", "advcl", "conj") and head.i < tok.i):
            if tok.dep_ != "parataxis" and not self._comma_between(head, tok):
                return []  # "Do you think he has campaigned": a complement, not a parenthetical
            if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ != "as" for c in tok.children):
                return []  # "..., because he said": a subordinate clause ("as he said" reports)
            pieces = _minus(_subtree(head), [own])
            return [r for a, b in pieces if (r := _chars(doc, a, b, self.text))]
        # "He said:" closing a paragraph, the quote opening the next one
        nxt = self.text[end_char:end_char + 3].lstrip(" ")
        if nxt.startswith(":"):
            q = self.quotes.starting_after(end_char + self.text[end_char:].index(":") + 1)
            if q is not None:
                return [(q.start, q.end)]
        return []

    def _inverted(self, tok: Token) -> list[tuple[int, int]]:
        """"The treaty is dead, said Wilders.": a comma, the cue, then its subject.

        The parser may make the reported clause's subject a second subject of the cue; the
        subject after the cue is the speaker, everything before the comma is the content.
        """
        doc = self.doc
        k = tok.i - 1
        while k >= tok.sent.start and doc[k].text in ("”", '"', "''"):
            k -= 1
        if k <= tok.sent.start or doc[k].text != ",":
            return []
        after = [c for c in tok.children if c.dep_ == "nsubj" and c.i > tok.i]
        if not after:
            return []
        start = min(tok.left_edge.i, tok.sent.start) if tok.dep_ == "ROOT" else tok.left_edge.i
        piece = _chars(doc, start, k, self.text)
        if piece is None:
            return []
        self.speaker = _subtree(after[0])
        return [piece]

    def _continuation(self, tok: Token, content: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """'"A," the envoy said, "and B."': the quote resumed after its cue is the same content."""
        if not content:
            return content
        last = self.quotes.covering(*content[-1])
        if last is None or last.end > tok.idx or not self.text[last.start:last.end].rstrip("”\"' ").endswith(","):
            return content
        a, b = self._core(tok)
        end_char = self.doc[b - 1].idx + len(self.doc[b - 1])
        after = self.quotes.starting_after(end_char, gap=" ,.;:\t")
        if after is None or any((x, y) == (after.start, after.end) for x, y in content):
            return content
        return content + [(after.start, after.end)]

    def _closes_sentence(self, q: Quote) -> bool:
        """A quotation ending in a full stop stands alone; one ending in , ? ! — runs into its cue."""
        inner = self.text[q.start:q.end].rstrip("”\"' ")
        return inner.endswith(".") and not inner.endswith("...")

    def _speaker_before(self, tok: Token) -> tuple[Quote, tuple[int, int]] | None:
        """'“...,” Kim, 58, told AFP': a short name between a closing quote and a subjectless cue.

        The parser often attaches such a name to the quoted clause; the order quote, name,
        cue is the reporting construction all the same.
        """
        doc = self.doc
        i = tok.i - 1
        while i >= 0 and doc[i].text in (",", "—"):
            i -= 1
        end = i + 1
        words = 0
        while i >= 0 and words < 8:
            t = doc[i]
            if t.text in ("”", '"', "''"):
                break
            if t.pos_ not in ("PROPN", "NOUN", "ADJ", "DET", "NUM", "PRON", "PUNCT", "ADP", "CCONJ", "PART"):
                return None
            words += 1
            i -= 1
        else:
            return None
        start = i + 1
        while start < end and doc[start].is_punct:
            start += 1
        if start >= end or not any(doc[k].pos_ in ("PROPN", "NOUN", "PRON") for k in range(start, end)):
            return None
        q = self.quotes.ending_before(doc[start].idx)
        if q is None:
            return None
        return q, (start, end)

    def _core(self, tok: Token) -> tuple[int, int]:
        """Tokens of the cue's own clause ("said Kim, a spokesman, on Monday"), quotes left out.

        The parser often hangs quoted words or the quote's punctuation on the cue; those
        are what the cue reports, not part of it.
        """
        a, b = tok.i, tok.i + 1
        cue_char = tok.idx
        for c in tok.children:
            if c.is_punct or c.dep_ in ("ccomp", "conj", "parataxis", "advcl", "intj"):
                continue
            lo, hi = _subtree(c)
            q = self.quotes.covering(self.doc[lo].idx, self.doc[lo].idx + 1)
            if q is not None and not (q.start <= cue_char < q.end):
                continue
            a, b = min(a, lo), max(b, hi)
        return a, b

    def _comma_between(self, a: Token, b: Token) -> bool:
        return any(t.text in (",", "—", "–", "”", '"') for t in self.doc[a.i + 1: b.i])

    def _expand_quotes(self, tok: Token, content: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Tidy content pieces: within the cue's paragraph or quotation, whole quotations grown.

        A parse can run past a title line or a paragraph break, so pieces are first clipped
        to the cue's paragraph. A cue inside a quotation ("I think ...") reports only within
        that quotation. Otherwise a piece lying in a quotation grows to the whole quotation,
        which may span sentences and paragraphs.
        """
        if not content:
            return content
        text = self.text
        cue_char = tok.idx
        para_start = text.rfind("\n", 0, cue_char) + 1
        para_end = text.find("\n", cue_char)
        para_end = len(text) if para_end < 0 else para_end
        inside = self.quotes.covering(cue_char, cue_char + 1)
        lo, hi = (inside.start, inside.end) if inside is not None else (para_start, para_end)
        pieces = []
        for a, b in content:
            a, b = max(a, lo), min(b, hi)
            if b <= a:
                continue
            if inside is None:
                for q in self.quotes.overlapping(a, b):
                    if not (q.start <= cue_char < q.end):
                        a, b = min(a, q.start), max(b, q.end)
            pieces.append((a, b))
        pieces.sort()
        merged: list[tuple[int, int]] = []
        for a, b in pieces:
            if merged and a <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], b))
            else:
                merged.append((a, b))
        # the cue itself is never part of what it reports
        cue_end = cue_char + len(tok)
        out = []
        for a, b in merged:
            if a <= cue_char and cue_end <= b:
                out.extend(p for p in ((a, cue_char), (cue_end, b)) if p[1] > p[0])
            else:
                out.append((a, b))
        return [p for p in out if text[p[0]:p[1]].strip(_PUNCT_EDGE + "“”\"'.?!")]

    def _kind(self, tok: Token, cue: Cue, content: list[tuple[int, int]]) -> str:
        if cue.cls in ("report", "publish") and cue.lemma in ("report",):
            return "report"
        for a, b in content:
            q = self.quotes.covering(a, b)
            if q is not None and (b - a) >= 0.6 * (q.end - q.start):
                return "direct_quote"
            if self.quotes.covering(a + 1, b - 1) or (a < len(self.text) and self.text[a] in "“\""):
                return "direct_quote"
        return "indirect"

    # --- in X's view ----------------------------------------------------------------------
    def _in_view(self, tok: Token) -> Raw | None:
        """"In Ash's view, the change would ...": the possessor holds the clause."""
        prep = tok.head
        poss = next((c for c in tok.children if c.dep_ == "poss"), None)
        if poss is None or tok.dep_ != "pobj" or prep.lower_ != "in" or prep.head.pos_ not in ("VERB", "AUX"):
            return None
        phrase = _subtree(prep)
        content = self._expand_quotes(
            tok, [r for a, b in _minus(_subtree(prep.head), [phrase]) if (r := _chars(self.doc, a, b, self.text))]
        )
        if not content:
            return None
        return Raw(cue=(prep.i, tok.i + 1) if poss.i > prep.i else (tok.i, tok.i + 1), lemma=f"in {tok.lemma_.lower()}",
                   cls="cognition", kind="according_to", source=_subtree(poss), source_head=poss.i, content=content,
                   head=tok.i)

    # --- reportedly ---------------------------------------------------------------------
    def _hearsay(self, tok: Token) -> Raw | None:
        """"The envoy reportedly left": a claim relayed by an unnamed source."""
        head = tok.head
        if tok.dep_ != "advmod" or head.pos_ not in ("VERB", "AUX"):
            return None
        content = self._expand_quotes(
            tok, [r for a, b in _minus(_subtree(head), [(tok.i, tok.i + 1)]) if (r := _chars(self.doc, a, b, self.text))]
        )
        if not content:
            return None
        return Raw(cue=(tok.i, tok.i + 1), lemma=tok.lower_, cls="report", kind="report", content=content, head=tok.i)

    # --- according to ------------------------------------------------------------------
    def _according(self, tok: Token) -> Raw | None:
        doc = self.doc
        to = doc[tok.i + 1]
        objs = [c for c in to.children if c.dep_ == "pobj"] or [c for c in tok.children if c.dep_ == "pobj"]
        if not objs:
            return None
        src = _subtree(objs[0])
        phrase = (tok.i, max(src[1], to.i + 1))
        # the clause it modifies: climb to the nearest verb, else the sentence root
        cur = tok.head
        while cur.pos_ not in ("VERB", "AUX") and cur.head.i != cur.i:
            cur = cur.head
        clause = _subtree(cur) if cur.pos_ in ("VERB", "AUX") else (tok.sent.start, tok.sent.end)
        if cur.i in self.used and cur.pos_ == "VERB":  # "X said, according to Y": Y reports X's claim
            clause = (tok.sent.start, tok.sent.end)
        pieces = _minus(clause, [phrase])
        content = self._expand_quotes(tok, [r for a, b in pieces if (r := _chars(doc, a, b, self.text))])
        if not content:
            return None
        return Raw(cue=(tok.i, to.i + 1), lemma="according to", cls="report", kind="according_to",
                   source=src, source_head=objs[0].i, content=content, head=tok.i)

    # --- adjectives -----------------------------------------------------------------------
    def _adjectival(self, tok: Token, cue: Cue) -> Raw | None:
        """"Aides were confident that ...": copula and adjective are the cue, its subject the source."""
        doc = self.doc
        head = tok.head
        if head.i in self.used:
            return None
        content_tok: list[tuple[int, int]] = []
        extra: list[Token] = []
        for c in tok.children:
            if c.dep_ in ("ccomp", "xcomp"):
                content_tok.append(_subtree(c))
            elif c.dep_ == "prep" and c.lower_ in cue.preps and not content_tok:
                objs = [p for p in c.children if p.dep_ in ("pobj", "pcomp")]
                if objs:
                    extra.append(c)
                    content_tok.extend(_subtree(o) for o in objs)
        if not content_tok:
            return None
        subj, src = _find_source(head)
        if subj is not None and subj.lower_ in _SELF:
            return None
        content = self._expand_quotes(tok, [r for a, b in content_tok if (r := _chars(doc, a, b, self.text))])
        if not content:
            return None
        self.used.add(tok.i)
        idx = [tok.i, head.i] + [t.i for t in extra]
        return Raw(cue=(min(idx), max(idx) + 1), lemma=" ".join(["be", tok.lemma_.lower()] + [t.lower_ for t in extra]),
                   cls="adjective", kind="indirect", source=src, source_head=subj.i if subj is not None else None,
                   content=content, head=tok.i)

    # --- nouns ---------------------------------------------------------------------------
    def _nominal(self, tok: Token, cue: Cue) -> Raw | None:
        doc = self.doc
        src_tok = None
        content_tok: list[tuple[int, int]] = []
        extra: list[Token] = []
        for c in tok.children:
            if c.dep_ == "poss":
                src_tok = c
            elif c.dep_ == "prep" and c.lower_ in ("by", "from") and src_tok is None:
                objs = [p for p in c.children if p.dep_ == "pobj"]
                if objs and objs[0].pos_ in ("PROPN", "PRON") or (objs and objs[0].ent_type_):
                    src_tok = objs[0]
            elif c.dep_ in ("acl", "ccomp") and any(
                (m.dep_ == "mark" and m.lower_ == "that") or (m.dep_ == "aux" and m.lower_ == "to") for m in c.children
            ):
                content_tok.append(_subtree(c))  # "the claim that ...", "his decision to ..."
            elif c.dep_ == "prep" and c.lower_ in cue.preps and not content_tok:
                objs = [p for p in c.children if p.dep_ in ("pobj", "pcomp")]
                if objs:
                    extra.append(c)
                    content_tok.extend(_subtree(o) for o in objs)
        if not content_tok:
            return None
        content = self._expand_quotes(tok, [r for a, b in content_tok if (r := _chars(doc, a, b, self.text))])
        if not content:
            return None
        self.used.add(tok.i)
        idx = [tok.i] + [t.i for t in extra]
        return Raw(cue=(min(idx), max(idx) + 1), lemma=" ".join([tok.lemma_.lower()] + [t.lower_ for t in extra]),
                   cls="noun", kind="indirect", source=None if src_tok is None else _subtree(src_tok),
                   source_head=None if src_tok is None else src_tok.i, content=content, denial=cue.denial, head=tok.i)

    # --- "Name: text" --------------------------------------------------------------------
    def _colons(self, found: list[Raw], colons: list[int]) -> Iterator[Raw]:
        """A short speaker phrase, a colon, then what was said ("Kim: “We are ready.”")."""
        doc = self.doc
        taken = {t for r in found for t in range(r.cue[0], r.cue[1])}
        labels = colon_labels()
        done_sents: set[int] = set()
        for i in colons:
            colon = doc[i]
            sent = colon.sent
            if sent.start in done_sents:
                continue  # only a sentence's first colon can follow a speaker
            done_sents.add(sent.start)
            if colon.i in taken or colon.i - sent.start > 8 or colon.i == sent.start:
                continue
            before = doc[sent.start:colon.i]
            if any(t.pos_ in ("VERB", "AUX") for t in before):
                continue
            if not any(t.pos_ in ("PROPN", "PRON") or (t.pos_ == "NOUN" and t.text[:1].isupper()) for t in before):
                continue
            if any(t.lower_ in labels for t in before):
                continue
            # what follows the colon, to the end of its paragraph (the parser may have
            # cut the sentence at the colon); a quotation there is taken whole
            end_char = colon.idx + 1
            para_end = self.text.find("\n", end_char)
            para_end = len(self.text) if para_end < 0 else para_end
            q = self.quotes.starting_after(end_char)
            if q is not None:
                content = [(q.start, q.end)]
            else:
                a = end_char
                while a < para_end and self.text[a] in " \t":
                    a += 1
                if len(self.text[a:para_end].split()) < 3:
                    continue
                content = self._expand_quotes(colon, [(a, para_end)])
            if not content:
                continue
            yield Raw(cue=(colon.i, colon.i + 1), lemma=":", cls="speech",
                      kind="direct_quote" if self.quotes.covering(*content[0]) else "indirect",
                      source=(sent.start, colon.i), source_head=before.root.i, content=content, head=colon.i)


def _clip_source(doc: Doc, raw: Raw) -> None:
    """Keep a source within its cue's paragraph (a title line can run into the first sentence)."""
    if raw.source is None:
        return
    a, b = raw.source
    cue_tok = raw.cue[0]
    if b <= cue_tok and any("\n" in doc[k].text_with_ws for k in range(b - 1, cue_tok)):
        raw.source = raw.source_head = None  # the parse ran over a paragraph break
        return
    if a < cue_tok:
        for k in range(min(b, cue_tok) - 1, a - 1, -1):
            if "\n" in doc[k].text_with_ws and k + 1 < b:
                a = k + 1
                break
    else:
        for k in range(a, b):
            if "\n" in doc[k].text_with_ws:
                b = k + 1
                break
    while a < b and (doc[a].is_space or doc[a].is_punct):
        a += 1
    while b > a and (doc[b - 1].is_space or doc[b - 1].is_punct):
        b -= 1
    raw.source = (a, b) if b > a else None
    if raw.source is None:
        raw.source_head = None
    elif raw.source_head is not None and not a <= raw.source_head < b:
        raw.source_head = doc[a:b].root.i


def _widen_closing_reports(doc: Doc, raws: list[Raw], text: str) -> None:
    """"A said X, the agency reported": the closing report relays A's whole statement.

    The parser hangs a sentence-final reporting clause inside the clause before it, so the
    earlier cue claims it as content. The closing cue's content becomes the sentence up to
    it (holding the earlier cue), and the earlier content loses the closing clause.
    """
    for r in raws:
        if r.tail is None:
            continue
        a, b = r.tail
        sent = doc[r.head].sent
        earlier = [s for s in raws if s is not r and sent.start <= s.cue[0] < a and s.head != r.head]
        if not earlier:
            continue
        lo = doc[a].idx
        hi = doc[b - 1].idx + len(doc[b - 1])
        while lo > 0 and text[lo - 1] in " ,":
            lo -= 1
        for s in earlier:
            s.content = _cut(s.content, lo, hi, text)
        sent_start = doc[sent.start].idx
        if sent_start < lo:
            r.content = _cut([(sent_start, lo)], lo, lo, text)


def extract(doc: Doc, text: str | None = None, actor_heads: frozenset[int] = frozenset()) -> list[Raw]:
    """All attribution relations of a parsed document.

    ``text`` is the document's text if at hand; ``actor_heads`` the head tokens of actor
    mentions (people and bodies), which some cues need as their subject.
    """
    extractor = Extractor(doc, text, actor_heads)
    raws = extractor.run()
    _widen_closing_reports(doc, raws, extractor.text)
    for raw in raws:
        _clip_source(doc, raw)
    return raws
