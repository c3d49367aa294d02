"""Cue frames other than reporting verbs: "according to", "reportedly", "in X's view", "in
the eyes of X", predicative adjectives, nominal cues and "Name: text" colons.

A mixin of :class:`~eventwire.attribution.extract.Extractor`: the methods use its
document, text, quotes, lexicons and quote helpers.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from .lexicon import Cue, colon_labels
from .syntax import (
    SELF,
    Raw,
    chars,
    cue_range,
    find_source,
    infinitive,
    minus,
    prep_object,
    subject,
    subtree,
    that_marked,
    topic_objects,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


#: Verbs before a colon that list things rather than say them ("has three parts: ...").
_LISTING = frozenset({"be", "have", "include", "contain", "feature", "follow", "comprise", "involve", "get", "need"})


def _finite_clause(verb: Token) -> bool:
    """A clause with its own subject and a tensed verb or modal ("the crowds will spread it")."""
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and (
        verb.tag_ in ("VBD", "VBZ", "VBP") or any(c.tag_ in ("MD", "VBD", "VBZ", "VBP") and c.dep_ in ("aux", "auxpass") for c in verb.children)
    )


def _closes_sentence(tok: Token, phrase: tuple[int, int]) -> bool:
    """", according to Y." set off by a comma and followed by nothing but punctuation."""
    sent = tok.sent
    before = tok.doc[tok.i - 1] if tok.i > sent.start else None
    return (
        before is not None
        and before.text in (",", "--", "—", "–")
        and all(t.is_punct or t.is_space for t in tok.doc[phrase[1]:sent.end])
    )


def _governs(cue: Token, clause: Token) -> bool:
    """``clause`` lies in the complement of the cue verb ``cue`` ("Kim *said* the army *would strike*")."""
    cur = clause
    while cur.head.i != cur.i:
        if cur.head.i == cue.i:
            return cur.dep_ == "ccomp"
        cur = cur.head
    return False


class FrameRules:
    """The non-verbal cue frames (mixed into the extractor)."""

    # --- in X's view ----------------------------------------------------------------------
    def _in_view(self, tok: Token) -> Raw | None:
        """"In the minister's view, the tariff would ...": the possessor holds the clause."""
        prep = tok.head
        poss = next((c for c in tok.children if c.dep_ == "poss"), None)
        if poss is None or tok.dep_ != "pobj" or prep.lower_ != "in" or prep.head.pos_ not in ("VERB", "AUX"):
            return None
        content = self._view_content(tok)
        if not content:
            return None
        return Raw(cue=(prep.i, tok.i + 1) if poss.i > prep.i else (tok.i, tok.i + 1), lemma=f"in {tok.lemma_.lower()}",
                   cls="cognition", kind="according_to", source=subtree(poss), source_head=poss.i, content=content,
                   head=tok.i)

    def _in_view_of(self, tok: Token) -> Raw | None:
        """"In the eyes of many farmers, the tariff is a betrayal": the of-phrase holds the clause."""
        prep = tok.head
        if tok.dep_ != "pobj" or prep.lower_ != "in" or prep.head.pos_ not in ("VERB", "AUX"):
            return None
        if any(c.dep_ == "poss" for c in tok.children) or not any(c.lower_ == "the" for c in tok.lefts):
            return None  # "in his view" is the possessor rule's; "in some respects" is no view
        of = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        holder = prep_object(of) if of is not None else None
        if holder is None or holder.pos_ not in ("NOUN", "PROPN", "PRON"):
            return None
        content = self._view_content(tok)
        if not content:
            return None
        return Raw(cue=(prep.i, of.i + 1), lemma=f"in the {tok.lemma_.lower()} of", cls="cognition",
                   kind="according_to", source=subtree(holder), source_head=holder.i, content=content, head=tok.i)

    def _view_content(self, tok: Token) -> list[tuple[int, int]]:
        """The clause an "in X's view" phrase modifies, without the phrase."""
        prep = tok.head
        return self._expand_quotes(
            tok, [r for a, b in minus(subtree(prep.head), [subtree(prep)]) if (r := chars(self.doc, a, b, self.text))]
        )

    # --- in a poll / for X ---------------------------------------------------------------
    def _in_document(self, tok: Token, pobj: Token) -> Raw | None:
        """"Trump leads by eight points in a new poll": the poll holds the clause.

        When a named speaker reports in the document ("in a memo, the director wrote
        that ..."), the document is the medium of that report, not a source of its own;
        respondents counted in a poll ("in the survey, 60 percent said ...") are not
        named speakers, and the poll stays the source.
        """
        verb = tok.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        subj = subject(verb)
        if verb.lemma_.lower() in self.verbs and subj is not None and not any(
            t.like_num or t.ent_type_ == "PERCENT" for t in subj.subtree
        ):
            return None
        clause = subtree(verb)
        phrase = subtree(tok)
        content = self._expand_quotes(
            tok, [r for a, b in minus(clause, [phrase]) if (r := chars(self.doc, a, b, self.text))]
        )
        if not content:
            return None
        return Raw(cue=(tok.i, tok.i + 1), lemma=f"in {pobj.lemma_.lower()}", cls="report", kind="according_to",
                   source=subtree(pobj), source_head=pobj.i, content=content, head=tok.i)

    # --- reportedly ---------------------------------------------------------------------
    def _hearsay(self, tok: Token) -> Raw | None:
        """"The envoy reportedly left": a claim relayed by an unnamed source."""
        head = tok.head
        if tok.dep_ != "advmod" or head.pos_ not in ("VERB", "AUX"):
            return None
        content = self._expand_quotes(
            tok, [r for a, b in minus(subtree(head), [(tok.i, tok.i + 1)]) if (r := chars(self.doc, a, b, self.text))]
        )
        if not content:
            return None
        return Raw(cue=(tok.i, tok.i + 1), lemma=tok.lower_, cls="report", kind="report", content=content, head=tok.i)

    # --- according to ------------------------------------------------------------------
    def _according(self, tok: Token) -> Raw | None:
        doc = self.doc
        to = doc[tok.i + 1]
        objs = [c for c in to.children if c.dep_ == "pobj"] or [c for c in tok.children if c.dep_ == "pobj"]
        src_top = objs[0] if objs else None
        if src_top is None:  # "according to show insiders": the parser read "show" as a verb
            src_top = next((c for c in to.children if c.dep_ == "pcomp"), None)
            objs = [n for n in reversed(list(src_top.subtree)) if n.pos_ in ("NOUN", "PROPN")][:1] if src_top else []
            if not objs:
                return None
        src = subtree(src_top)
        phrase = (tok.i, max(src[1], to.i + 1))
        # the clause it modifies: climb to the nearest verb, else the sentence root
        cur = tok.head
        while cur.pos_ not in ("VERB", "AUX") and cur.head.i != cur.i:
            cur = cur.head
        clause = subtree(cur) if cur.pos_ in ("VERB", "AUX") else (tok.sent.start, tok.sent.end)
        if cur.i in self.used and cur.pos_ == "VERB":  # "X said, according to Y": Y reports X's claim
            clause = (tok.sent.start, tok.sent.end)
        elif _closes_sentence(tok, phrase) and not any(
            tok.sent.start <= i < tok.sent.end and not clause[0] <= i < clause[1] and not _governs(doc[i], cur)
            for i in self.used
        ):
            # "A rose, but B fell, according to Y": a phrase set off at the end vouches for the
            # whole sentence, not just the clause the parser hung it on (unless another cue
            # in the sentence already speaks for the rest). "X said A, according to Y": Y
            # reports X's saying, the cue whose complement holds the phrase
            clause = (tok.sent.start, tok.sent.end)
        pieces = minus(clause, [phrase])
        content = self._expand_quotes(tok, [r for a, b in pieces if (r := chars(doc, a, b, self.text))])
        if not content:
            return None
        return Raw(cue=(tok.i, to.i + 1), lemma="according to", cls="report", kind="according_to",
                   source=src, source_head=objs[0].i, content=content, head=tok.i)

    # --- adjectives -----------------------------------------------------------------------
    def _adjectival(self, tok: Token, cue: Cue) -> Raw | None:
        """"Aides were confident that ...": copula and adjective are the cue, its subject the source."""
        head = tok.head
        if head.i in self.used:
            return None
        content_tok: list[tuple[int, int]] = []
        extra: list[Token] = []
        for c in tok.children:
            if c.dep_ in ("ccomp", "xcomp"):
                content_tok.append(subtree(c))
            elif c.dep_ == "prep" and c.lower_ in cue.preps and not content_tok:
                objs = [p for p in c.children if p.dep_ in ("pobj", "pcomp")]
                if objs:
                    extra.append(c)
                    content_tok.extend(subtree(o) for o in objs)
        if tok.tag_ == "VBN" and tok.dep_ != "acomp":
            # "leaders were divided on ...": a participle the tagger read as a passive verb
            subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
            cop = next((c for c in tok.children if c.dep_ == "auxpass"), None)
            if subj is None or cop is None or not content_tok:
                return None
            return self._adjective_relation(tok, cop, subj, subtree(subj), content_tok, extra)
        subj, src = find_source(head)
        dummy = subject(head)
        if dummy is not None and dummy.lower_ == "it":
            # "it is unclear whether ...": the clause moved after the adjective; no source
            subj, src = None, None
            if not content_tok:
                content_tok.extend(subtree(c) for c in head.children if c.dep_ == "ccomp" and c.i > tok.i)
        if not content_tok:
            return None
        return self._adjective_relation(tok, head, subj, src, content_tok, extra)

    def _adjective_relation(
        self, tok: Token, head: Token, subj: Token | None, src: tuple[int, int] | None,
        content_tok: list[tuple[int, int]], extra: list[Token],
    ) -> Raw | None:
        doc = self.doc
        if subj is not None and subj.lower_ in SELF:
            return None
        content = self._expand_quotes(tok, [r for a, b in content_tok if (r := chars(doc, a, b, self.text))])
        if not content:
            return None
        self.used.add(tok.i)
        idx = [tok.i, head.i] + [t.i for t in extra]
        return Raw(cue=(min(idx), max(idx) + 1), lemma=" ".join(["be", tok.lower_ if tok.tag_ == "VBN" else tok.lemma_.lower()] + [t.lower_ for t in extra]),
                   cls="adjective", kind="indirect", source=src, source_head=subj.i if subj is not None else None,
                   content=content, head=tok.i)

    # --- "his argument was that ...", "voters are against it" -----------------------------
    def _predicate_noun(self, tok: Token) -> Raw | None:
        """"His argument was that ...", "the question is whether ...": noun and copula are the cue."""
        doc = self.doc
        be = tok.head
        if tok.dep_ != "nsubj" or be.lemma_ != "be" or be.i in self.used or tok.i in self.used:
            return None
        comp = next((c for c in be.children if c.i > be.i and c.dep_ in ("ccomp", "attr", "xcomp") and (
            c.dep_ != "attr" or any(g.dep_ in ("relcl", "acl", "ccomp") for g in c.children) or c.pos_ == "VERB"
        )), None)
        if comp is None:
            return None
        holder = next((c for c in tok.children if c.dep_ == "poss"), None)
        if holder is None:
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ in ("of", "by", "from"):
                    holder = next((p for p in c.children if p.dep_ == "pobj" and (
                        p.i in self.actor_heads or p.pos_ in ("PROPN", "PRON") or p.ent_type_ in ("PERSON", "ORG", "NORP")
                    )), None)
        content = self._expand_quotes(tok, [r for r in [chars(doc, *subtree(comp), self.text)] if r])
        if not content:
            return None
        self.used.update((tok.i, be.i))
        return Raw(cue=(tok.i, be.i + 1), lemma=f"{tok.lemma_.lower()} be", cls="noun", kind="indirect",
                   source=None if holder is None else subtree(holder), source_head=None if holder is None else holder.i,
                   content=content, head=tok.i)

    def _against(self, tok: Token) -> Raw | None:
        """"Many voters are against the law": a stance stated with the copula."""
        be = tok.head
        if tok.dep_ != "prep" or be.lemma_ != "be" or be.i in self.used:
            return None
        pobj = next((c for c in tok.children if c.dep_ in ("pobj", "pcomp")), None)
        subj = subject(be)
        if pobj is None or subj is None or subj.lower_ in ("it", "there", "this", "that"):
            return None
        if not (subj.i in self.actor_heads or subj.pos_ in ("PROPN", "PRON") or subj.ent_type_ in ("PERSON", "ORG", "NORP")):
            return None
        content = self._expand_quotes(tok, [r for r in [chars(self.doc, *subtree(pobj), self.text)] if r])
        if not content:
            return None
        self.used.add(be.i)
        return Raw(cue=(be.i, tok.i + 1), lemma="be against", cls="stance", kind="indirect", source=subtree(subj),
                   source_head=subj.i, content=content, head=tok.i)

    def _perspective(self, tok: Token) -> Raw | None:
        """"To Kim, the deal was a trap": whose view the clause is.

        A fronted "to" phrase naming a person or body, set off by a comma, is the
        experiencer of the clause's judgement: the phrase's noun is the source, the clause
        the content. Only at the head of its clause (after at most a conjunction), so "to
        Kim" as a recipient never counts. ("For X, ..." is left alone: it more often sets
        a topic, "For the president, the trip is a chance to ...", than a view.)
        """
        doc = self.doc
        head = tok.head
        if tok.dep_ != "prep" or head.pos_ not in ("VERB", "AUX") or head.i < tok.i:
            return None
        k = tok.i - 1
        while k >= tok.sent.start and (doc[k].dep_ == "cc" or doc[k].is_punct or doc[k].is_space):
            k -= 1
        if k >= tok.sent.start and not (doc[k].dep_ == "mark" and doc[k].head.i == head.i):
            return None  # not the first phrase of its clause
        pobj = prep_object(tok)
        if pobj is None or not (
            pobj.i in self.actor_heads or pobj.ent_type_ in ("PERSON", "ORG", "NORP") or pobj.pos_ == "PROPN"
        ) or pobj.ent_type_ in ("DATE", "TIME", "GPE", "LOC"):
            return None
        a, b = subtree(tok)
        if b >= len(doc) or doc[b].text != ",":
            return None
        # the clause after the comma (a conjunction before the phrase is no part of it)
        content = self._expand_quotes(tok, [r for r in [chars(doc, b + 1, subtree(head)[1], self.text)] if r])
        if not content:
            return None
        return Raw(cue=(tok.i, tok.i + 1), lemma=tok.lower_, cls="cognition", kind="according_to",
                   source=subtree(pobj), source_head=pobj.i, content=content, head=tok.i)

    def _self_described(self, tok: Token) -> Raw | None:
        """"Kim, a self-described socialist": Kim describes herself as the noun.

        The participle modifies the noun it describes; the one so described (the noun an
        apposition stands beside, else the noun itself) is the source.
        """
        doc = self.doc
        if tok.i < 2 or doc[tok.i - 2].lower_ != "self" or doc[tok.i - 1].text not in ("-", "‐"):
            return None
        noun = tok.head
        if noun.pos_ not in ("NOUN", "PROPN") or noun.i < tok.i:
            return None
        # only beside the one described ("Kim, a self-described ..."); "the self-described
        # socialist said" names a person by the label, and "the self-described Islamic State"
        # quotes a name
        top = noun
        while top.dep_ == "conj" and top.head.i < top.i:
            top = top.head
        if top.dep_ != "appos":
            return None
        who = top.head
        a = tok.i + 1
        b = subtree(noun)[1]
        content = chars(doc, a, b, self.text)
        if content is None:
            return None
        src = (subtree(who)[0], min(subtree(who)[1], subtree(top)[0]))
        return Raw(cue=(tok.i, tok.i + 1), lemma=tok.lemma_.lower(), cls="speech", kind="indirect",
                   source=src, source_head=who.i, content=[content], head=tok.i)

    # --- nouns ---------------------------------------------------------------------------
    def _nominal(self, tok: Token, cue: Cue) -> Raw | None:
        doc = self.doc
        if tok.i in self.used:
            return None  # already the noun of a light-verb cue ("raised questions about")
        src_tok = None
        content_tok: list[tuple[int, int]] = []
        extra: list[Token] = []
        clause = False  # a clause states a claim whoever made it; "charges against X" may be criminal
        for c in tok.children:
            if c.dep_ == "poss":
                src_tok = c
            elif c.dep_ == "nsubj" and c.i < tok.i and tok.dep_ == "ROOT" and src_tok is None:
                src_tok = c  # "Trump claims that ...": a verb the tagger read as a plural noun
            elif c.dep_ == "compound" and c.i == tok.i - 1 and tok.dep_ == "ROOT" and tok.tag_ == "NNS" \
                    and c.text[:1].isupper() and src_tok is None:
                src_tok = c  # "Trump estimates that ...": the same, with the name read as a modifier
            elif c.dep_ == "prep" and c.lower_ in ("by", "from") and src_tok is None:
                objs = [p for p in c.children if p.dep_ == "pobj"]
                if objs and objs[0].pos_ in ("PROPN", "PRON") or (objs and objs[0].ent_type_):
                    src_tok = objs[0]
            elif c.dep_ in ("acl", "ccomp") and (that_marked(c) or (infinitive(c) and not cue.purpose)):
                content_tok.append(subtree(c))  # "the claim that ...", "his decision to ..."
                clause = True
            elif c.dep_ in ("acl", "ccomp") and c.left_edge.i == tok.i + 1 and _finite_clause(c):
                content_tok.append(subtree(c))  # "fears the crowds will spread it": "that" left out
                clause = True
            elif c.dep_ == "prep" and c.lower_ in cue.preps and not content_tok:
                objs = topic_objects(c)
                if objs:
                    extra.append(c)
                    content_tok.extend(subtree(o) for o in objs)
        if src_tok is None:  # "a US demand", "Chinese claims": a named modifier holds the noun
            src_tok = next((c for c in tok.lefts if c.dep_ in ("compound", "amod") and (
                c.i in self.actor_heads or c.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"))), None)
        if cue.needs_reason and src_tok is None and tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and (
            tok.head.lemma_.lower() not in self.verbs  # "rejected charges that ...": made by someone else
        ):
            src_tok = subject(tok.head)  # "Kim unleashed attacks on the judge": the one who launched them
        if not content_tok or (cue.needs_reason and src_tok is None and not clause):
            return None  # no content, or "the attack on the airport": an act, not a stance
        content = self._expand_quotes(tok, [r for a, b in content_tok if (r := chars(doc, a, b, self.text))])
        if not content:
            return None
        self.used.add(tok.i)
        idx = [tok.i] + [t.i for t in extra]
        return Raw(cue=(min(idx), max(idx) + 1), lemma=" ".join([tok.lemma_.lower()] + [t.lower_ for t in extra]),
                   cls="noun", kind="indirect", source=None if src_tok is None else subtree(src_tok),
                   source_head=None if src_tok is None else src_tok.i, content=content, denial=cue.denial, head=tok.i)

    # --- "X wrote: ..." -------------------------------------------------------------------
    def _after_colon(self, colon: Token) -> list[tuple[int, int]]:
        """What a colon introduces: a quotation, the rest of its paragraph, or the next paragraph."""
        text = self.text
        end_char = colon.idx + 1
        q = self.quotes.starting_after(end_char)
        if q is not None:
            return [(q.start, q.end)]
        para_end = text.find("\n", end_char)
        para_end = len(text) if para_end < 0 else para_end
        a = end_char
        while a < para_end and text[a] in " \t":
            a += 1
        if a == para_end:  # the colon closes its paragraph: the next paragraph is what it introduces
            while a < len(text) and text[a] in " \t\n":
                a += 1
            para_end = text.find("\n", a)
            para_end = len(text) if para_end < 0 else para_end
        b = para_end
        while b > a and text[b - 1] in " \t":
            b -= 1
        return [(a, b)] if len(text[a:b].split()) >= 3 else []

    def _colon_clauses(self, colons: list[int]) -> Iterator[Raw]:
        """"Kim then addressed the crowd: “...”", "Smith writes:" + a paragraph.

        A clause that ends in a colon introduces what its subject said: with a verb of
        the cue lexicon, whatever follows; with another verb, a quotation said by a
        person or body. Verbs of having and being only list things.
        """
        doc = self.doc
        for i in colons:
            colon = doc[i]
            if i == 0:
                continue
            # the clause that ends at the colon: the highest word before it whose head is before it too
            verb = doc[i - 1]
            while verb.head.i != verb.i and verb.head.i < colon.i:
                verb = verb.head
            if verb.i >= colon.i or verb.i in self.used or verb.pos_ != "VERB" or verb.lemma_.lower() in _LISTING:
                continue
            if any(c.dep_ in ("ccomp", "xcomp") and c.i < colon.i for c in verb.children):
                continue  # the clause already has its complement before the colon
            subj = subject(verb)
            if subj is None or subj.lower_ in ("it", "there", "this", "that", "what") or subj.tag_ in ("WP", "WDT"):
                continue
            lexical = verb.lemma_.lower() in self.verbs
            if not lexical and not (
                subj.i in self.actor_heads or subj.ent_type_ in ("PERSON", "ORG", "NORP") or subj.pos_ in ("PRON", "PROPN")
            ):
                continue
            if subj.lower_ in SELF and self.quotes.covering(verb.idx, verb.idx + 1) is not None:
                continue
            content = self._after_colon(colon)
            if not content or not (lexical or self.quotes.covering(*content[0])):
                continue  # another verb introduces speech only when a quotation follows
            self.used.add(verb.i)
            yield Raw(cue=cue_range(verb, []), lemma=verb.lemma_.lower(), cls="speech",
                      kind="direct_quote" if self.quotes.covering(*content[0]) else "indirect",
                      source=subtree(subj), source_head=subj.i, content=content, head=verb.i)

    # --- "Name: text" --------------------------------------------------------------------
    def _heading(self, before: Span) -> bool:
        """Capitals before a colon are a transcript's speaker ("NELSON:") when the article
        names that person or opens another line with them, else a heading ("YOUR CREDIT:")."""
        words = {t.text.title() for t in before if t.is_alpha}
        if not words or not all(t.is_upper for t in before if t.is_alpha):
            return False
        if self.text.count(f"{before.text}:") >= 2:
            return False
        return not any(e.label_ == "PERSON" and any(t.text in words for t in e) for e in self.doc.ents)

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
            if any(t.lower_ in labels or t.lemma_.lower() in labels for t in before):
                continue
            if self._heading(before):
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
            first = doc[sent.start]
            lemma = self._verb_lemma(first.lower_) if colon.i - sent.start > 1 else None
            if lemma is not None and self.verbs[lemma].cls in ("speech", "publish"):
                # "Said Ellis: ...": an inverted verb of saying opens the line; it is the cue
                yield Raw(cue=(first.i, first.i + 1), lemma=lemma, cls=self.verbs[lemma].cls,
                          kind="direct_quote" if self.quotes.covering(*content[0]) else "indirect",
                          source=(first.i + 1, colon.i), source_head=doc[first.i + 1:colon.i].root.i,
                          content=content, head=first.i)
                continue
            yield Raw(cue=(colon.i, colon.i + 1), lemma=":", cls="speech",
                      kind="direct_quote" if self.quotes.covering(*content[0]) else "indirect",
                      source=(sent.start, colon.i), source_head=before.root.i, content=content, head=colon.i)
