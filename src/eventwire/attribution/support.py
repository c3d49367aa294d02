"""Light-verb cues: a verb of little meaning plus a noun of saying or judging.

"The senator *made the case for* a wall", "*took aim at* the governor", "*issued a
warning about* the storm", "*has made no secret of* his plans", "*made clear that* ...":
the noun carries the meaning, the verb the tense and the subject. Verb and noun together
are the cue, the verb's subject is the source, and the content is the noun's (or the
verb's) clause or the object of the noun's content preposition.

The reverse frame, a verb of receiving with a noun of judging ("the plan *drew sharp
criticism from* the unions", "the bill *has won support from* both parties"), makes the
subject the content and the object of "from" (if any) the source.

A mixin of :class:`~eventwire.attribution.extract.Extractor`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import receiving_nouns
from .syntax import SELF, Raw, chars, cue_range, find_source, infinitive, prep_object, subject, subtree, that_marked, topic_objects

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Adjectives that make "make X clear/known/plain" a statement.
_MAKE_KNOWN = frozenset({"clear", "known", "plain", "evident", "obvious"})


class SupportRules:
    """Light verb + noun cues (mixed into the extractor)."""

    def _support(self, verb: Token) -> Raw | None:
        """The relation of a light verb whose object is a cue noun, if it has content."""
        if verb.i in self.used:
            return None
        if verb.lemma_.lower() == "make":
            r = self._make_known(verb)
            if r is not None:
                return r
        if verb.lemma_.lower() == "put" and any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children):
            return self._put_it(verb)
        noun = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
        if noun is None:
            return None
        preps = self.support_preps(noun.lemma_.lower())
        if preps is None:
            return None
        content_tok: list[tuple[int, int]] = []
        extra: list[Token] = [noun]
        cue = self.nouns.get(noun.lemma_.lower())
        aim = cue is not None and cue.purpose  # "held talks to defuse the crisis": the infinitive is their aim
        for c in noun.children:
            if c.dep_ in ("acl", "ccomp", "relcl") and (that_marked(c) or (infinitive(c) and not aim)):
                content_tok.append(subtree(c))  # "made the point that ...", "made a promise to ..."
                break
        if not content_tok:
            for c in list(noun.children) + [c for c in verb.children if c.i > noun.i]:
                if c.dep_ == "prep" and c.lower_ in preps:
                    objs = topic_objects(c)
                    if objs:
                        extra.append(c)
                        content_tok.extend(subtree(o) for o in objs)
                        break
                elif c.dep_ in ("ccomp", "xcomp") and c.head.i == verb.i and not (aim and infinitive(c)):
                    content_tok.append(subtree(c))  # "made the case that ..."
                    break
        if not content_tok:
            return None
        return self._support_relation(verb, noun, extra, content_tok)

    def _received(self, verb: Token) -> Raw | None:
        """"The plan drew criticism from X": X judged the plan (the subject is the content)."""
        if verb.i in self.used:
            return None
        nouns = receiving_nouns()
        # the object, or the object of "under" ("came under criticism")
        objs = [c for c in verb.children if c.dep_ in ("dobj", "attr")] + [
            p for c in verb.children if c.dep_ == "prep" and c.lower_ == "under" for p in c.children if p.dep_ == "pobj"
        ]
        noun = next((c for c in objs if c.pos_ == "NOUN" and (c.lemma_.lower() in nouns or c.lower_ in nouns)), None)
        if noun is None or any(c.dep_ == "poss" for c in noun.children):
            return None  # "won his support": the possessor judges, another frame
        subj = subject(verb)
        if (subj is None or subj.tag_ in ("WP", "WDT")) and verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN"):
            subj = verb.head  # "a plan that drew criticism", "Kim, who faced criticism"
        if subj is None or subj.tag_ in ("WP", "WDT") or subj.lower_ in ("it", "there"):
            return None
        a, b = subtree(subj)
        if verb.head.i == subj.i:
            b = min(b, verb.left_edge.i)  # the relative clause is no part of the judged noun
        content = [r for r in [chars(self.doc, a, b, self.text)] if r]
        if not content:
            return None
        extra: list[Token] = [noun]
        src = None
        for c in list(noun.children) + [c for c in verb.children if c.i > noun.i]:
            if c.dep_ == "prep" and c.lower_ in ("from", "of", "among"):
                obj = prep_object(c)
                if obj is not None:
                    extra.append(c)
                    src = obj
                    break
        self.used.add(verb.i)
        self.used.add(noun.i)
        words = [verb.lemma_.lower(), noun.lemma_.lower()] + [t.lower_ for t in extra if t.dep_ == "prep"]
        return Raw(cue=cue_range(verb, extra[:1]), lemma=" ".join(words), cls="stance", kind="indirect",
                   source=subtree(src) if src is not None else None,
                   source_head=src.i if src is not None else None, content=content, head=verb.i)

    def _make_known(self, verb: Token) -> Raw | None:
        """"Made (it) clear that ...", "has made known his opposition to ..."."""
        adj = next((c for c in verb.children if c.lower_ in _MAKE_KNOWN and c.dep_ in ("ccomp", "oprd", "acomp", "dobj", "advmod")), None)
        if adj is None:
            return None
        content_tok: list[tuple[int, int]] = []
        for host in (adj, verb):
            for c in host.children:
                if c.i > adj.i and c.dep_ in ("ccomp", "csubj", "advcl", "dobj", "xcomp") and c.lower_ != "it":
                    content_tok.append(subtree(c))
            if content_tok:
                break
        if not content_tok:
            return None
        return self._support_relation(verb, adj, [adj], content_tok)

    def _put_it(self, verb: Token) -> Raw | None:
        """"As the senator put it, ..." / "..., as one voter put it": a way of saying."""
        if subject(verb) is None:
            return None
        self.speaker = None
        content = self._parenthetical(verb)
        if not content:
            return None
        noun = next(c for c in verb.children if c.dep_ == "dobj")
        return self._support_relation(verb, noun, [noun], [], content=content)

    def _support_relation(
        self, verb: Token, noun: Token, extra: list[Token], content_tok: list[tuple[int, int]],
        content: list[tuple[int, int]] | None = None,
    ) -> Raw | None:
        subj, src = find_source(verb)
        if subj is not None and subj.lower_ in SELF and self.quotes.covering(verb.idx, verb.idx + 1) is not None:
            return None  # a quoted speaker's own "I make no apology": not a new source
        if content is None:
            content = [r for a, b in content_tok if (r := chars(self.doc, a, b, self.text))]
        content = self._expand_quotes(verb, content)
        if not content:
            return None
        self.used.add(verb.i)
        self.used.add(noun.i)
        words = [verb.lemma_.lower(), noun.lemma_.lower()] + [t.lower_ for t in extra if t.dep_ == "prep"]
        return Raw(cue=cue_range(verb, extra), lemma=" ".join(words), cls="speech", kind="indirect", source=src,
                   source_head=subj.i if subj is not None else None, content=content, head=verb.i)
