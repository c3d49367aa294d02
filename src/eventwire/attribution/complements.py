"""Complements the parser put out of place, and who may hold a mental state.

Rules added for frames the dependency parse gets wrong or that need more than the
verb's own children: a that-clause hung on a noun after the verb ("said *in a statement*
that ..."), a clause opened by the cue's preposition ("calling *for* the party to
unite"), a pro-form standing for what was said ("said *so*", "said *yes*", "said *the
same*"), the named or argued target of a verb with a physical sense ("attacked Lopez",
"attacked the senator, saying ..."), and event nouns, which cannot think or hope.

A mixin of :class:`~eventwire.attribution.extract.Extractor`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import Cue, nonholder_nouns
from .syntax import PRO_FORMS

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Stands in for a word that is not a cue verb.
_NO_CUE = Cue("", "")


class ComplementRules:
    """Out-of-place complements and mental-state holders (mixed into the extractor)."""

    def _verbal_target(self, tok: Token, obj: Token) -> bool:
        """"attacked Lopez", "attacked the senator, saying ...": a verbal attack, not a physical one.

        The object of a verb with a physical sense is the content only when it is a named
        person or body, or when a participle of saying gives the reason.
        """
        if obj.ent_type_ in ("PERSON", "ORG", "NORP") or obj.pos_ == "PROPN":
            return True
        return self._says_why(tok)

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
                if not any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
                    continue
                # only through prepositions and their objects, up to the verb
                cur = c.head
                while cur.i != tok.i and cur.i > tok.i and cur.dep_ in ("pobj", "prep", "dobj", "npadvmod", "dative", "compound"):
                    cur = cur.head
                if cur.i == tok.i:
                    self.used.add(c.head.i)  # "statement" is the medium here, not a second cue
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
        # "said so"
        return next((c for c in tok.children if c.dep_ == "advmod" and c.lower_ == "so" and c.i == tok.i + 1), None)

    def _non_holder(self, subj: Token) -> bool:
        """An event, period or policy noun, which cannot think, hope or want ("the summit")."""
        return (
            subj.pos_ == "NOUN"
            and subj.i not in self.actor_heads
            and subj.ent_type_ not in ("PERSON", "ORG", "NORP", "GPE")
            and subj.lemma_.lower() in nonholder_nouns()
        )
