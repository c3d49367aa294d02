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
from typing import TYPE_CHECKING

from spacy.attrs import LEMMA, LOWER, POS
from spacy.parts_of_speech import ADJ as _POS_ADJ
from spacy.parts_of_speech import AUX as _POS_AUX
from spacy.parts_of_speech import NOUN as _POS_NOUN
from spacy.parts_of_speech import VERB as _POS_VERB

from .comparisons import ComparisonRules
from .complements import ComplementRules
from .datelines import skip_dateline
from .findings import FindingRules
from .frames import FrameRules
from .headline import HeadlineRules
from .lexicon import (
    Cue,
    addressee_verbs,
    adjective_cues,
    evidence_nouns,
    hearsay_adverbs,
    noun_cues,
    phrasal_cues,
    predicate_nouns,
    receiving_verbs,
    support_nouns,
    support_verbs,
    verb_cues,
    view_nouns,
)
from .modifiers import ModifierRules
from .nesting import drop_unanchored_quoted, separate_neighbours
from .placement import PlacementRules
from .quotes import QuoteIndex
from .raising import RaisingRules
from .relays import add_media_relays
from .senses import SenseRules
from .signatures import SignatureRules
from .source_spans import clip_source
from .support import SupportRules
from .syntax import (
    PARENTHETICAL,
    QUOTE_MARKS,
    SELF,
    SPEECH,
    Raw,
    chars,
    cue_range,
    cut,
    find_source,
    infinitive,
    MENTAL,
    minus,
    misread_participle,
    prep_object,
    subject,
    subtree,
    that_marked,
)
from .titles import TitleLineRules

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


# ----- the extractor ---------------------------------------------------------------------
class Extractor(
    FrameRules, RaisingRules, SupportRules, PlacementRules, HeadlineRules, ComplementRules, SignatureRules,
    SenseRules, FindingRules, TitleLineRules, ModifierRules, ComparisonRules,
):
    """Runs the cue rules over one parsed document."""

    def __init__(self, doc: Doc, text: str | None = None, actor_heads: frozenset[int] = frozenset(),
                 quotes: QuoteIndex | None = None):
        self.doc = doc
        #: Head tokens of actor mentions: a person or body, for cues that need one.
        self.actor_heads = actor_heads
        # spaCy rebuilds Doc.text on each access: read it once (or take the article's text)
        self.text = doc.text if text is None else text
        self.quotes = quotes if quotes is not None else QuoteIndex(self.text)
        self.verbs = verb_cues()
        self.nouns = noun_cues()
        self.adjectives = adjective_cues()
        self.phrasal = phrasal_cues()
        self.views = view_nouns()
        self.support_preps = support_nouns().get
        self.documents = evidence_nouns()
        self.addressee = addressee_verbs()
        self.used: set[int] = set()  # cue heads already taken
        #: A speaker found next to a quote by :meth:`_parenthetical` for the current cue.
        self.speaker: tuple[int, int] | None = None

    def run(self) -> list[Raw]:
        out: list[Raw] = []
        deferred: list[Token] = []  # citing participles that come before the verb they feed
        doc = self.doc
        # Scan integer arrays, not Token objects: only the few cue candidates become Tokens.
        strings = doc.vocab.strings
        verbs = {strings.add(k) for k in self.verbs} | {strings.add(k.title()) for k in self.verbs}
        nouns = {strings.add(k) for k in self.nouns}
        adjectives = {strings.add(k) for k in self.adjectives}
        hearsay = {strings.add(w) for w in hearsay_adverbs()}
        phrasal = {strings.add(lemma) for lemma, _ in self.phrasal}
        views = {strings.add(w) for w in self.views}
        light = {strings.add(w) for w in support_verbs()}
        receiving = {strings.add(w) for w in receiving_verbs()}
        in_, against = strings.add("in"), strings.add("against")
        predicates = {strings.add(w) for w in predicate_nouns()}
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
            elif lower == in_:
                tok = doc[i]
                pobj = prep_object(tok)
                # one poll or document ("in a new poll", "in a Harbour Gazette Poll"), not standing "in the polls"
                if tok.dep_ == "prep" and pobj is not None and pobj.tag_ in ("NN", "NNP") and pobj.lemma_.lower() in self.documents:
                    r = self._in_document(tok, pobj)
                    if r:
                        out.append(r)
            elif lower in hearsay:
                r = self._hearsay(doc[i])
                if r:
                    out.append(r)
            elif pos == _POS_VERB or (pos == _POS_AUX and lemma == say):
                if lemma in phrasal:  # "shot back", "lashed out at"; else the plain verb, if a cue
                    tok = doc[i]
                    prt = next((c.lower_ for c in tok.children if c.dep_ in ("prt", "advmod", "prep") and c.i == i + 1), "")
                    cue = self.phrasal.get((tok.lemma_.lower(), prt))
                    if cue is not None:
                        out.extend(self._verbal(tok, cue, out))
                        continue
                r = None
                if lower in adjectives and doc[i].tag_ == "VBN":  # "were divided on", "is convinced that"
                    tok = doc[i]
                    r = self._adjectival(tok, self.adjectives[tok.lower_]) or self._postnominal(tok, self.adjectives[tok.lower_])
                    if r:
                        out.append(r)
                if r is None and lemma in verbs:
                    tok = doc[i]
                    if self._cites_ahead(tok):
                        deferred.append(tok)
                        continue
                    n = len(out)
                    out.extend(self._verbal(tok, self.verbs[tok.lemma_.lower()], out))
                    if len(out) == n and (r := self._compared(tok, self.verbs[tok.lemma_.lower()])):
                        out.append(r)  # "than most analysts expected"
                if lemma in light:  # "made the case for", "took aim at"
                    r = self._support(doc[i])
                    if r:
                        out.append(r)
                if lemma in receiving:  # "drew criticism from", "won support"
                    r = self._received(doc[i])
                    if r:
                        out.append(r)
            elif pos == _POS_ADJ and lemma in adjectives:
                tok = doc[i]
                if tok.dep_ == "acomp":
                    r = self._adjectival(tok, self.adjectives[tok.lemma_.lower()])
                    if r:
                        out.append(r)
                elif r := self._postnominal(tok, self.adjectives[tok.lemma_.lower()]):  # "voters worried about"
                    out.append(r)
            elif pos == _POS_NOUN and (lemma in views or lemma in nouns or lemma in predicates):
                tok = doc[i]
                r = (self._in_view(tok) or self._in_view_of(tok)) if lemma in views else None
                if r is None and tok.dep_ == "nsubj":
                    r = self._predicate_noun(tok)  # "his argument was that ..."
                if r is None and lemma in nouns:
                    r = self._nominal(tok, self.nouns[tok.lemma_.lower()])
                if r:
                    out.append(r)
            elif lower == to:
                r = self._perspective(doc[i])
                if r:
                    out.append(r)
            elif lower == against:
                r = self._against(doc[i])
                if r:
                    out.append(r)
        for tok in deferred:  # "X, citing Y, said ...": once X's relation exists, Y feeds it
            out.extend(self._verbal(tok, self.verbs[tok.lemma_.lower()], out))
        head = self._headline(out)
        if head is not None:
            out.append(head)
        out.extend(self._title_lines(out))
        out.extend(self._colon_clauses(colons))
        out.extend(self._colons(out, colons))
        out.extend(self._signatures(out))
        out.extend(self._closing_mistagged(out))
        return out

    # --- verbs ---------------------------------------------------------------------------
    def _not_a_cue(self, tok: Token, cue: Cue) -> bool:
        """Uses of a cue verb that report nothing here."""
        if tok.dep_ == "amod" or tok.tag_ == "VBN" and tok.dep_ in ("acl", "amod") and not any(
            c.dep_ == "agent" or (c.dep_ == "ccomp" and that_marked(c))
            for c in tok.children
        ) and misread_participle(tok) is None:
            # "the reported attack", "a widely cited figure": not a report here ("a poll found
            # that ...", a finite verb the tagger took for a participle, is one)
            return True
        if tok.dep_ == "pcomp" and tok.head.head.lower_ == "according":
            return True  # "according to show insiders": a noun the parser read as a verb
        if tok.dep_ == "xcomp" and tok.head.i in self.used:
            return True  # "declined to comment": folded into the governing cue
        if tok.i > 0 and self.doc[tok.i - 1].lower_ == "that" and tok.i + 1 < len(self.doc) and self.doc[tok.i + 1].text == ",":
            return True  # "That said, ...": a discourse marker
        if tok.i + 1 < len(self.doc) and self.doc[tok.i + 1].text == ":" and (
            tok.i == 0 or "\n" in self.doc[tok.i - 1].text_with_ws
        ):
            return True  # "Published: 2019-11-04": a field label opening a line
        if cue.cls not in SPEECH and infinitive(tok):
            return True  # "failing to show restraint", "wants to support": a goal, not a stance held
        return False

    def _verbal(self, tok: Token, cue: Cue, sofar: list[Raw]) -> Iterator[Raw]:
        """The relation of a reporting verb, if it has content (see the module docstring)."""
        if cue.raising:
            r = self._appearance(tok, cue)
            if r is not None:
                yield r
            return
        if self._other_sense(tok):
            return  # "called her mother", "you know", "was sworn in": see senses.py (passives too)
        if tok.tag_ == "VBN" and (tok.dep_ == "acl" and misread_participle(tok) is None or any(
            c.dep_ == "nsubjpass" for c in tok.children
        )):
            r = self._passive_frame(tok, cue)
            if r is not None:
                yield r
                return
        if tok.dep_ == "amod" and (r := self._self_described(tok)) is not None:
            yield r  # "a self-described socialist"
            return
        if self._not_a_cue(tok, cue):
            return
        found = self._complements(tok, cue, sofar)
        if found is None:
            return
        content_tokens, extra, citing_obj = found
        doc = self.doc
        kind = "indirect"
        content = [r for a, b in content_tokens if (r := chars(doc, a, b, self.text))]
        passive = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        agent = next((c for c in tok.children if c.dep_ == "agent"), None)
        if not content and passive is not None and agent is not None:
            # "was first reported by Yonhap": the passive subject is what was reported
            content = [r for r in [chars(doc, *subtree(passive), self.text)] if r]
            extra.append(agent)
        if not content and tok.dep_ == "relcl" and subject(tok) is not None and tok.head.pos_ in ("NOUN", "PRON"):
            # "the outcome they intended", "everything he said": the modified noun is the content
            subj = subject(tok)
            if subj.tag_ not in ("WP", "WDT") and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in tok.children):
                a, b = subtree(tok.head)
                content = [r for x, y in minus((a, b), [subtree(tok)]) if (r := chars(doc, x, y, self.text))]
        if citing_obj is None and cue.cls == "speech" and not cue.quote_only and (title := self._title_rest(tok)):
            # "Mayor says council wrong": a headline's small clause (the parse may run past the line)
            if all(a >= title[-1][1] for a, _ in content):
                content = title
        self.speaker = None
        tail = None
        hung: tuple[int, int] | None = None
        if not content and citing_obj is None and cue.cls in PARENTHETICAL and not cue.noparen:
            content = self._inverted(tok) or self._parenthetical(tok)
            if cue.quote_only and not (content and self.text[content[0][0]] in QUOTE_MARKS):
                return
        if not content and citing_obj is None:
            return
        subj, src = (None, None)
        if citing_obj is not None:
            subj, src = citing_obj, subtree(citing_obj)
            kind = "citing"
        else:
            if self.speaker is not None:  # found next to the quote, before any inherited subject
                src = self.speaker
                subj = doc[src[0]:src[1]].root
            else:
                subj, src = find_source(tok)
                inherited = subject(tok) is None  # the source, if any, is not the verb's own subject
                if inherited and subj is not None and subj.i < tok.i and self._quoted(subj) and not self._quoted(tok):
                    subj, src = None, None  # '“We will win,” Chief Jordan said': not the quote's own subject
                if subj is None and (found := self._speaker_before(tok)) is not None:
                    src = found[1]  # '“...,” Flynn, a surrogate, said': a name the parser hung on the quote
                    subj = doc[src[0]:src[1]].root
                if inherited and src is not None and src[0] > 0 and doc[src[0] - 1].is_quote:
                    hung = src  # right after the closing quote: the speaker, not part of the quote's content
            if subj is not None and subj.lower_ in SELF and self.quotes.covering(tok.idx, tok.idx + 1) is not None:
                return
            if cue.cls in MENTAL and subj is not None and self._non_holder(subj):
                # "the talks thought to be decisive were cancelled": a reduced passive, no one's belief
                r = self._reduced_passive(tok, cue, subj) if subj.dep_ == "nsubj" else None
                if r is not None:
                    yield r
                return
            if cue.animate and not (subj is not None and self._someone(subj)):
                return
        content = self._continuation(tok, self._expand_quotes(tok, content))
        if hung is not None:  # the speaker is no part of what the quote says
            content = cut(content, doc[hung[0]].idx, doc[hung[1] - 1].idx + len(doc[hung[1] - 1]), self.text)
        content = self._without_frame(tok, extra, src, content)
        for c in doc[tok.sent.start:tok.i]:
            if c.tag_ in ("VBN", "VBD") and self._is_question(c) and subject(c) is None and c.dep_ != "ROOT":
                # "When asked whether ..., he said: ...": the question put to the speaker (its own
                # relation, however the parser hung it) is no part of the answer
                a, b = c.i, subtree(c)[1]
                if b <= tok.i:
                    content = cut(content, doc[a].idx, doc[b - 1].idx + len(doc[b - 1]), self.text)
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
                a, b = tok.i, subtree(citing_obj)[1]
                lo = doc[a].idx
                hi = doc[b - 1].idx + len(doc[b - 1])
                while hi < len(self.text) and self.text[hi] in " ,":
                    hi += 1
                relayed = sofar[relays]
                relayed.content = cut(relayed.content, lo, hi, self.text)
                content = list(relayed.content)
        yield Raw(
            cue=cue_range(tok, extra),
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

    def _is_question(self, tok: Token) -> bool:
        cue = self.verbs.get(tok.lemma_.lower())
        return cue is not None and cue.cls == "question"

    def _cites_ahead(self, tok: Token) -> bool:
        """"X, citing Y, said ...": a citing participle before the verb it feeds."""
        return self.verbs[tok.lemma_.lower()].citing and tok.dep_ == "advcl" and tok.head.i > tok.i

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
            s.content = cut(s.content, lo, hi, text)
        sent_start = doc[sent.start].idx
        if sent_start < lo:
            r.content = cut([(sent_start, lo)], lo, lo, text)


def _markup(doc: Doc, raw: Raw) -> bool:
    """A cue word that is the name of an embedded markup tag ("<tweet author=...>")."""
    i = raw.cue[0]
    return i > 0 and doc[i - 1].text in ("<", "</") and not doc[i - 1].whitespace_


def extract(doc: Doc, text: str | None = None, actor_heads: frozenset[int] = frozenset(),
            quotes: QuoteIndex | None = None, media_heads: frozenset[int] = frozenset()) -> list[Raw]:
    """All attribution relations of a parsed document.

    ``text`` is the document's text if at hand; ``actor_heads`` the head tokens of actor
    mentions (people and bodies), which some cues need as their subject; ``quotes`` the
    text's quotations, if already found; ``media_heads`` the head tokens of news media
    other than the article's outlet, which relay what is said to them (see relays.py).
    """
    extractor = Extractor(doc, text, actor_heads, quotes)
    raws = extractor.run()
    if any(_markup(doc, r) for r in raws):
        keep = [k for k, r in enumerate(raws) if not _markup(doc, r)]
        new_index = {old: new for new, old in enumerate(keep)}
        raws = [raws[k] for k in keep]
        for r in raws:
            if r.relays is not None:
                r.relays = new_index.get(r.relays)
    _widen_closing_reports(doc, raws, extractor.text)
    separate_neighbours(doc, raws, extractor.text, extractor.quotes)
    raws = drop_unanchored_quoted(doc, raws, extractor.quotes, extractor.text)
    add_media_relays(doc, raws, media_heads)
    heads = frozenset(r.head for r in raws)
    for raw in raws:
        skip_dateline(doc, extractor.text, raw)
        clip_source(doc, raw, heads)
    return raws
