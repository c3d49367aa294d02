"""Perspectives named by an of-phrase: "*in the eyes of* many farmers, the tariff is a betrayal".

"In X's view" (see :meth:`FrameRules._in_view`) names the holder by a possessor; the same
perspective with an of-phrase ("in the view of analysts", "in the eyes of voters")
names it after the noun. The of-phrase's object holds the clause the phrase modifies.

A mixin of :class:`~eventwire.attribution.extract.Extractor`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .syntax import Raw, chars, minus, subtree

if TYPE_CHECKING:
    from spacy.tokens import Token


class ViewOfRules:
    """"In the eyes of X", "in the view of X" (mixed into the extractor)."""

    def _in_view_of(self, tok: Token) -> Raw | None:
        prep = tok.head
        if tok.dep_ != "pobj" or prep.lower_ != "in" or prep.head.pos_ not in ("VERB", "AUX"):
            return None
        if any(c.dep_ == "poss" for c in tok.children) or not any(c.lower_ == "the" for c in tok.lefts):
            return None  # "in his view" is the possessor rule's; "in some respects" is no view
        of = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        holder = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if holder is None or holder.pos_ not in ("NOUN", "PROPN", "PRON"):
            return None
        phrase = subtree(prep)
        content = self._expand_quotes(
            tok, [r for a, b in minus(subtree(prep.head), [phrase]) if (r := chars(self.doc, a, b, self.text))]
        )
        if not content:
            return None
        return Raw(cue=(prep.i, of.i + 1), lemma=f"in the {tok.lemma_.lower()} of", cls="cognition",
                   kind="according_to", source=subtree(holder), source_head=holder.i, content=content, head=tok.i)
