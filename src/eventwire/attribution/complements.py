"""Which complements of a cue are its content, including those the parser put out of place.

:meth:`ComplementRules._complements` picks the content among a cue's children; the other
rules cover frames the dependency parse gets wrong or that need more than the
verb's own children: a that-clause hung on a noun after the verb ("said *in a statement*
that ..."), a clause opened by the cue's preposition ("calling *for* the party to
unite"), a pro-form standing for what was said ("said *so*", "said *yes*", "said *the
same*"), the named or argued target of a verb with a physical sense ("attacked Lopez",
"attacked the senator, saying ..."), and event nouns, which cannot think or hope.

A mixin of :class:`~eventwire.attribution.extract.Extractor`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import Cue, cited_nouns, document_nouns, narrative_nouns, nonholder_nouns
from .syntax import (
    CLAUSE,
    DATING_WORDS,
    PRO_FORMS,
    PRONOUN_CONTENT,
    SPEECH,
    Raw,
    as_saying,
    marked_by,
    misread_subject_clause,
    named,
    subtree,
    that_clause_as_relative,
    that_marked,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Pro-forms a verb of belief takes for a proposition ("think so"; "believe it" is no report).
_BELIEVED_PRO_FORMS = frozenset({"so", "this", "that", "otherwise", "much"})
#: Subordinators of time, reason and concession: a clause they open is no reported content.
_ADVERBIAL_MARKS = frozenset({
    "after", "before", "because", "since", "while", "when", "until", "although", "though", "once", "unless",
})
#: Stands in for a word that is not a cue verb.
_NO_CUE = Cue("", "")


#: Adverbs of time that, right after a cue, date the saying ("has said *earlier* it would").
_WHEN_SAID = frozenset({"earlier", "previously", "recently", "repeatedly", "again", "later", "yesterday", "today"})


def _leading_date(tok: Token, clause: Token) -> Token | None:
    """A date right after the cue that the parser hung on an unmarked clause ("said *on
    Friday* it was open ...", "said *Friday* it would", "has said *earlier* it would"): it
    dates the saying."""
    first = next((c for c in clause.lefts if c.i == tok.i + 1), None)
    if first is None or any(m.dep_ == "mark" for m in clause.children):
        return None
    if first.dep_ == "npadvmod" and first.ent_type_ in ("DATE", "TIME"):
        return first
    if first.dep_ == "advmod" and first.lower_ in _WHEN_SAID:
        return first
    if first.dep_ == "prep" and any(p.dep_ == "pobj" and p.ent_type_ in ("DATE", "TIME") for p in first.children):
        return first
    return None


def _dating_clause(xcomp: Token) -> Token | None:
    """"agreed to deploy troops, a week *after* Trump threatened tariffs": a past-tense clause of
    time set off after an infinitive dates the agreeing; the deploying is still to come."""
    for c in xcomp.children:
        if c.dep_ == "advcl" and c.i > xcomp.i and c.tag_ == "VBD" and marked_by(c, DATING_WORDS) \
                and c.left_edge.i > 0 and c.doc[c.left_edge.i - 1].text in (",", "—", "–", "-"):
            return c
    return None


def _misread_adjective(clause: Token) -> bool:
    """An "adjective" with a direct object is a noun the parser misread ("handing power to
    armed forces *chief* Min Aung Hlaing"): no clause of the cue."""
    return clause.pos_ == "ADJ" and any(x.dep_ == "dobj" for x in clause.children)


class ComplementRules:
    """Out-of-place complements and mental-state holders (mixed into the extractor)."""

    def _verbal_target(self, tok: Token, obj: Token) -> bool:
        """"attacked Lopez", "attacked the senator, saying ...": a verbal attack, not a physical one.

        The object of a verb with a physical sense is the content only when it is a named
        person or body, quoted words, labelled "as" something, or when a participle of saying
        gives the reason.
        """
        if obj.ent_type_ in ("PERSON", "ORG", "NORP") or obj.pos_ == "PROPN":
            return True
        if self._quoted(obj) or any(c.dep_ == "prep" and c.lower_ == "as" and c.i > obj.i for c in tok.children):
            return True  # 'attacked “the hateful ideology”', "attacked her opponent as a fraud": words, not arms
        return self._says_why(tok)

    def _as_label(self, c: Token) -> bool:
        """"described the junta *as illegitimate*" parsed as a clause of its own: the label, not a time."""
        return c.dep_ == "advcl" and self.doc[c.left_edge.i].lower_ == "as" and (
            c.pos_ in ("ADJ", "NOUN", "PROPN") or c.lemma_ == "be"  # not "as shown by ...", a comment
        ) and not any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children)

    def _says_why(self, tok: Token) -> bool:
        """"attacked the plan, *saying* ...": a participle of saying after the verb gives its reason."""
        return any(
            c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > tok.i and self.verbs.get(c.lemma_.lower(), _NO_CUE).cls == "speech"
            for c in tok.children
        )

    def _stranded_that(self, tok: Token) -> Token | None:
        """A that-clause the parser hung on a noun after the verb ("said *in a statement* that
        ...", "told diners *at a cafe* that ..."): the verb's content all the same."""
        for t in tok.rights:
            if t.dep_ not in ("prep", "dobj", "npadvmod", "dative"):
                continue
            for c in t.subtree:
                if c.dep_ not in ("acl", "relcl", "advcl", "ccomp") or c.head.pos_ not in ("NOUN", "PROPN"):
                    continue
                if not that_marked(c) and not (c.head.dep_ == "pobj" and that_clause_as_relative(c)):
                    continue  # "at the time that ...": only a noun after a preposition
                # only through prepositions and their objects, up to the verb
                cur = c.head
                while cur.i != tok.i and cur.i > tok.i and cur.dep_ in ("pobj", "prep", "dobj", "npadvmod", "dative", "compound"):
                    cur = cur.head
                if cur.i == tok.i:
                    self.used.add(c.head.i)  # "statement" is the medium here, not a second cue
                    return c
        return None

    def _unmarked_clause(self, tok: Token) -> Token | None:
        """A finite clause with its own subject and no subordinator, which the parser hung on
        a verb of saying as an adverbial clause ("said after the convention *he would not
        accept*", "tweeted in the morning hours *that* Machado was ..."): its complement.
        "said it *as* he left", "spoke *when* she arrived" have a subordinator and are not,
        unless the verb is negated ("have not said *when* they would vote")."""
        negated = any(c.dep_ == "neg" for c in tok.children)
        for c in tok.children:
            if c.dep_ != "advcl" or c.i < tok.i or c.tag_ in ("VBG", "VBN", "TO"):
                continue
            subj = next((s for s in c.children if s.dep_ in ("nsubj", "nsubjpass", "expl")), None)
            if subj is None or subj.tag_ in ("WP", "WDT") or subj.i > c.i:
                continue
            if any(t.is_punct for t in self.doc[tok.i + 1:subj.i]):
                continue  # "reported raising $9 million, most of it money he lent": past a comma, no complement
            lead = [k for k in c.children if k.i < subj.i]
            if negated and lead and lead[0].i == tok.i + 1 and lead[0].tag_ in ("WRB", "WP") and c.i > subj.i:
                return c  # "have not said when they would vote": what was left unsaid
            if any(k.dep_ == "mark" or (k.tag_ in ("WRB", "WDT", "WP") and k.lower_ != "that") for k in lead):
                continue  # "spoke when she arrived", "said it as he left"
            if self.quotes.covering(c.idx, c.idx + 1) is not None and self.quotes.covering(tok.idx, tok.idx + 1) is None:
                continue  # a quotation after the verb has its own rules
            return c
        return None

    def _marked_clause(self, tok: Token, cue: Cue) -> tuple[Token, Token] | None:
        """"called for the party to unite": a clause opened by one of the cue's prepositions."""
        for c in tok.children:
            if c.dep_ in ("advcl", "ccomp") and c.i > tok.i:
                mark = next((m for m in c.children if m.dep_ == "mark" and m.lower_ in cue.preps), None)
                if mark is not None and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
                    return c, mark
        return None

    def _pronoun_content(self, tok: Token, objs: list[Token]) -> Token | None:
        """The pro-form object of a verb of saying ("said so", "said that", "said yes")."""
        for c in objs:
            if c.lower_ in PRO_FORMS and c.n_lefts + c.n_rights == 0:
                return c
        for c in tok.children:
            if c.dep_ == "intj" and c.lower_ in PRO_FORMS and c.i > tok.i:
                return c
            if c.lower_ in ("same", "opposite") and c.i > tok.i and c.dep_ in ("dobj", "nsubj") and all(x.dep_ in ("det", "prep") for x in c.children):
                return c  # "a quarter said the same" (the parser may call it a second subject), "the opposite"
            if c.dep_ == "advmod" and c.lower_ == "much" and c.i == tok.i + 2 and self.doc[c.i - 1].lower_ == "as":
                return c  # "said as much": the parser hangs "as much" on the verb as an adverb
        # "said so", "the returns suggest otherwise" (an adverb standing for the clause)
        return next((c for c in tok.children if c.dep_ == "advmod" and c.lower_ in ("so", "otherwise") and c.i == tok.i + 1), None)

    def _relative_misread(self, tok: Token, cue: Cue, clause: Token) -> bool:
        """"called for sanctions against agencies *that help bring migrants*": a relative clause
        the parser hung on the cue as its complement, past the cue's own preposition."""
        lead = clause.left_edge
        return lead.dep_ in ("nsubj", "nsubjpass") and lead.tag_ in ("WDT", "WP") and any(
            c.dep_ == "prep" and c.lower_ in cue.preps and c.i < clause.i and any(p.dep_ == "pobj" for p in c.children)
            for c in tok.children
        )

    def _gap_filler(self, tok: Token, clause: Token) -> Token | None:
        """"a step *they believe* could help": in a relative clause with no pronoun, the noun
        it modifies is the subject the reported clause lacks, and part of what is said."""
        noun = tok.head
        if tok.dep_ != "relcl" or noun.pos_ not in ("NOUN", "PROPN") or noun.i > tok.i:
            return None
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children):
            return None
        if any(t.tag_ in ("WDT", "WP", "WP$") or t.lower_ == "that" for t in self.doc[noun.i + 1:tok.i]):
            return None  # "which they say ...": the pronoun's own rule
        return noun

    def _someone(self, tok: Token) -> bool:
        """A person or body: the head of an actor mention, a name or a pronoun."""
        return tok.i in self.actor_heads or named(tok)

    def _citable(self, obj: Token) -> bool:
        """"citing *officials*", "citing *a report*": a source to relay; "citing the release
        of prisoners" is the speaker's own reason (``cited_nouns.txt``)."""
        return self._someone(obj) or obj.lemma_.lower() in cited_nouns()

    def _non_holder(self, subj: Token) -> bool:
        """An event, period or policy noun, which cannot think, hope or want ("the summit")."""
        return (
            subj.pos_ == "NOUN"
            and subj.i not in self.actor_heads
            and subj.ent_type_ not in ("PERSON", "ORG", "NORP", "GPE")
            and subj.lemma_.lower() in nonholder_nouns()
        )

    def _complements(
        self, tok: Token, cue: Cue, sofar: list[Raw]
    ) -> tuple[list[tuple[int, int]], list[Token], Token | None] | None:
        """Content token ranges, extra cue tokens and a cited source; None when the frame fails."""
        extra: list[Token] = []
        content_tokens: list[tuple[int, int]] = []
        citing_obj: Token | None = None
        ccomps = [
            c for c in tok.children
            if c.dep_ in CLAUSE and not self._relative_misread(tok, cue, c)
            and not _misread_adjective(c)
        ]
        if any(c.i > tok.i and that_marked(c) for c in ccomps):
            # "Writing for a panel that agreed Pence won, Smith noted that ...": one complement,
            # the that-clause; a clause before the verb is a fronted phrase the parser misread
            ccomps = [c for c in ccomps if c.i > tok.i]
        if len(ccomps) > 1:
            # "declared that X ..., hours *after* gunmen stormed ...": a second clause opened by
            # a subordinator of time or reason is an adverbial the parser took for a complement
            first = min(c.i for c in ccomps)
            ccomps = [c for c in ccomps if c.i == first or not marked_by(c, _ADVERBIAL_MARKS)]
        if (misread := misread_subject_clause(tok)) is not None:
            ccomps = [c for c in ccomps if c.i != misread[0].i]  # the subject's parenthesis, not a content
        if not ccomps and cue.cls in SPEECH and not any(
            c.dep_ == "prep" and c.lower_ in cue.preps for c in tok.children
        ) and (stranded := self._stranded_that(tok)) is not None:
            ccomps = [stranded]  # "said in a statement that ...": the parser hung the clause on "statement"
        if not ccomps and cue.cls in SPEECH and (bare := self._unmarked_clause(tok)) is not None:
            ccomps = [bare]  # "said after the convention he would not ...": read as an adverbial clause
        if not ccomps and not cue.citing:
            # "X reported, citing Y, that ...": the parser may hang the clause on "citing"
            for c in tok.children:
                if c.dep_ == "advcl" and c.lemma_.lower() in self.verbs and self.verbs[c.lemma_.lower()].citing:
                    ccomps = [x for x in c.children if x.dep_ in CLAUSE]
                    break
        cited = None
        if cue.citing and tok.dep_ == "advcl":
            objs = [c for c in tok.children if c.dep_ == "dobj"]
            if objs and self._citable(objs[0]) and self._relay(tok, sofar) is not None:
                cited = objs[0]
                ccomps = []
        if cue.needs_reason and not ccomps and not any(
            c.dep_ == "prep" and c.lower_ in cue.preps for c in tok.children
        ) and not any(
            c.dep_ == "dobj" and (c.i in self.actor_heads or c.pos_ == "PRON" or self._verbal_target(tok, c))
            for c in tok.children
        ):
            return None  # "attacked the base": an act, not a stance ("attacked the senator" is one)
        if cue.document:
            # "signed the bill", "released an ad": the document is the content, nothing else is
            objs = [c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in document_nouns()]
            if not objs:
                return None
            return [subtree(objs[0])], extra, None
        if cue.quote_only or cue.as_frame:
            ccomps = []
            if cue.as_frame:
                objs = [c for c in tok.children if c.dep_ == "dobj"]
                as_ = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "as"]
                if objs and not as_:  # the parser may hang "as ..." on the object
                    as_ = [c for c in objs[0].children if c.dep_ == "prep" and c.lower_ == "as"]
                if objs and as_:
                    content_tokens = [subtree(objs[0]), subtree(as_[0])]
                elif (clause := self._as_clause(tok)) is not None:
                    content_tokens = [subtree(o) for o in objs if o.i < clause.i] + [subtree(clause)]
                else:
                    return None
        elif cited is not None:
            citing_obj = cited
        elif ccomps:
            for c in ccomps:
                that = next((m for m in c.children if m.dep_ == "mark" and m.lower_ == "that" and m.i < c.i - 1), None)
                if that is not None and c.tag_ == "VBG" and self.doc[c.i - 1].text == ",":
                    # "denies that, saying ...": "that" is the content; the participle is a report of its own
                    content_tokens.append((that.i, that.i + 1))
                    continue
                if (noun := self._gap_filler(tok, c)) is not None:
                    content_tokens.append((noun.left_edge.i, tok.left_edge.i))  # "a step | could help"
                a, b = subtree(c)
                if (date := _leading_date(tok, c)) is not None:
                    a = subtree(date)[1]  # "said on Friday it was open ...": when it was said
                content_tokens.append((a, b))
                content_tokens.extend(subtree(x) for x in c.conjuncts if x.dep_ == "conj" and x.head.i == c.i)
        else:
            objs = [c for c in tok.children if c.dep_ in ("dobj", "oprd", "attr")]
            xcomps = [c for c in tok.children if c.dep_ == "xcomp"]
            # the cue's preposition, also where the parser hung it on the hearer ("assured the council *of* ...")
            hearers = [c for o in objs if self._hearer(tok, o) for c in o.children]
            preps = [
                c for c in [*tok.children, *hearers]
                if c.dep_ == "prep" and c.lower_ in cue.preps and any(p.dep_ in ("pobj", "pcomp") for p in c.children)
            ]
            if xcomps:
                xc = xcomps[0]
                a, b = subtree(xc)
                for x in xcomps[1:]:  # "to re-establish": a hyphenated verb split into pieces
                    if subtree(x)[0] == b:
                        b = subtree(x)[1]
                if (dated := _dating_clause(xc)) is not None and subtree(dated)[1] == b:
                    b = dated.left_edge.i  # "agreed to deploy troops, a week after X threatened ..."
                # "urged him to resign": the object belongs to the content; "told reporters" does not.
                parts = [(a, b)] + [subtree(o) for o in objs if o.i < xc.i]
                content_tokens.extend(parts)
                if xc.pos_ == "VERB" and xc.lemma_.lower() in self.verbs:
                    self.used.add(xc.i)  # "declined to comment": one relation, cued by "declined"
            elif preps and objs and preps[0].i < objs[0].i and self.doc[objs[0].left_edge.i - 1].dep_ == "cc":
                # "called for respect for X and the rule of law": the parser hung the second
                # conjunct on the verb; both are what the cue's preposition opens
                extra.append(preps[0])
                content_tokens.append((preps[0].i + 1, subtree(objs[0])[1]))
            elif cue.cls == "question" and (asked := [
                c for c in tok.children if c.dep_ == "advcl" and marked_by(c, ("if", "whether"))
            ]):
                content_tokens.append(subtree(asked[0]))  # "asked the senator if ...": the question
            elif objs and (
                cue.takes_object or self._quoted(objs[0]) or (cue.needs_reason and self._verbal_target(tok, objs[0]))
                or (cue.cls == "speech" and objs[0].lemma_.lower() in narrative_nouns())  # "told the story of"
                or (cue.finding and self._finding_subject(tok))  # "a new survey found broad support"
            ) and not self._hearer(tok, objs[0]):
                o = objs[0]
                if not (o.lower_ in PRONOUN_CONTENT and not cue.takes_object):
                    content_tokens.append(subtree(o))
                    # "called the plan a disaster", "criticized X for Y": keep the whole predicate
                    # (a second object too: "called Trump a fascist" parsed as two objects)
                    for c in tok.children:
                        if c.i > o.i and (c.dep_ in ("oprd", "ccomp", "xcomp") and not _misread_adjective(c)
                                          or (c.dep_ == "dobj" and c.left_edge.i == max(subtree(o)[1], tok.i + 1))
                                          or (c.dep_ == "prep" and (c.lower_ in cue.preps or c.lower_ == "as" or cue.finding))
                                          or self._as_label(c)
                                          or as_saying(c)):  # "quoted officials as saying ...": one relayed report
                            content_tokens.append(subtree(c))
            elif preps:
                p = preps[0]
                extra.append(p)
                content_tokens.extend(subtree(c) for c in p.children if c.dep_ in ("pobj", "pcomp"))
                for c in tok.children:  # the misread relative clause belongs to the object it follows
                    if content_tokens and c.left_edge.i == content_tokens[-1][1] and self._relative_misread(tok, cue, c):
                        content_tokens[-1] = (content_tokens[-1][0], subtree(c)[1])
            elif (marked := self._marked_clause(tok, cue)) is not None:
                extra.append(marked[1])  # "calling for the party to unite": "for" opens the content
                content_tokens.append((marked[1].i + 1, subtree(marked[0])[1]))
            elif (cue.cls in SPEECH or cue.cls == "cognition") and (pro := self._pronoun_content(tok, objs)) is not None and (
                cue.cls in SPEECH or pro.lower_ in _BELIEVED_PRO_FORMS  # "analysts think so", "voters know this"
            ):
                # "said so", "said yes": the word stands for the content ("as much" without what hangs on it)
                content_tokens.append((pro.i - 1, pro.i + 1) if pro.lower_ == "much" else subtree(pro))
        return content_tokens, extra, citing_obj

    def _as_clause(self, tok: Token) -> Token | None:
        """"sees that the tide has turned", "sees the party as committed to ...": a clause
        opened by "that", or by "as" where the parser made the predicate a clause."""
        for c in tok.children:
            if c.dep_ in ("ccomp", "advcl") and c.i > tok.i and any(
                m.lower_ in ("that", "as") and m.dep_ in ("mark", "advmod") and m.i < c.i for m in c.children
            ):
                return c
        return None

    def _hearer(self, tok: Token, obj: Token) -> bool:
        """"promised voters", "warned allies": the object of a verb of telling is its hearer."""
        return tok.lemma_.lower() in self.addressee and self._someone(obj)
