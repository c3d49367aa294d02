"""Stance adjectives that modify a noun: "voters *worried about* the tariff", "a mayor
*willing to* compromise".

An adjective of belief or emotion after its noun is a reduced relative clause ("voters
who are worried about the tariff"): the noun is the one who holds the stance, the
adjective's complement (a that-clause, an infinitive or the object of one of its
prepositions, as in ``adjective_cues.tsv``) is the content. Without a complement the
adjective only describes ("a worried mayor") and is no attribution.

A mixin of :class:`~eventwire.attribution.extract.Extractor`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import Cue
from .syntax import Raw, chars, subtree

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Heads that can hold a stance: a noun, a name, a pronoun ("those worried about ...").
_HOLDERS = frozenset({"NOUN", "PROPN", "PRON"})
#: Entity types that hold no stance: a title or a date is not "disappointed that ...".
_THINGS = frozenset({
    "WORK_OF_ART", "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "EVENT", "LAW", "PRODUCT",
})


class ModifierRules:
    """Post-nominal stance adjectives (mixed into the extractor)."""

    def _postnominal(self, tok: Token, cue: Cue) -> Raw | None:
        """The relation of a stance adjective after the noun it modifies, if it has a complement."""
        head = tok.head
        if tok.dep_ not in ("amod", "acl") or tok.i < head.i or head.pos_ not in _HOLDERS or tok.i in self.used:
            return None
        if (head.pos_ == "NOUN" and self._non_holder(head)) or head.ent_type_ in _THINGS:
            return None  # "a deal eager to ..." cannot hold a stance
        content_tok: list[tuple[int, int]] = []
        extra: list[Token] = []
        for c in tok.children:
            if c.dep_ in ("ccomp", "xcomp") and c.i > tok.i:
                content_tok.append(subtree(c))
                break
            if c.dep_ == "prep" and c.lower_ in cue.preps:
                objs = [p for p in c.children if p.dep_ in ("pobj", "pcomp")]
                if objs:
                    extra.append(c)
                    content_tok.extend(subtree(o) for o in objs)
                    break
        content = [r for a, b in content_tok if (r := chars(self.doc, a, b, self.text))]
        if not content:
            return None
        self.used.add(tok.i)
        src = (subtree(head)[0], tok.i)
        end = max([tok.i] + [t.i for t in extra]) + 1
        lemma = " ".join([tok.lower_ if tok.tag_ == "VBN" else tok.lemma_.lower()] + [t.lower_ for t in extra])
        return Raw(cue=(tok.i, end), lemma=lemma, cls="adjective", kind="indirect", source=src,
                   source_head=head.i, content=content, head=tok.i)
