"""Expectations measured against: "turnout was higher *than most organizers expected*".

A verb of expecting or saying (``expectation_verbs.txt``) in a comparative clause ("than
X expected", "as X had hoped") reports X's prior view: the clause it is compared with holds what X did not
foresee. The verb has no complement of its own (the comparison took its place), so the
content is the governing clause without the comparative clause; the source is the verb's
subject, which this frame needs ("sooner than expected" names no one).

A mixin of :class:`~eventwire.attribution.extract.Extractor`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import Cue, expectation_verbs
from .syntax import Raw, chars, minus, subject, subtree

if TYPE_CHECKING:
    from spacy.tokens import Token


class ComparisonRules:
    """"than X expected" (mixed into the extractor)."""

    def _compared(self, tok: Token, cue: Cue) -> Raw | None:
        """The relation of a verb of expecting in a "than" or "as" clause, if it names a holder."""
        if tok.lemma_.lower() not in expectation_verbs() or tok.i in self.used:
            return None
        if any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in tok.children):
            return None  # the verb has its own content
        if tok.dep_ == "advcl":
            # "higher than most analysts expected": a clause marked by "than"
            mark = next((c for c in tok.children if c.dep_ == "mark" and c.lower_ in ("than", "as") and c.i < tok.i), None)
            degree, subj, hole = tok.head, subject(tok), subtree(tok)
        elif tok.dep_ == "acl" and tok.head.dep_ == "pobj" and tok.head.head.lower_ in ("than", "as"):
            # the parser may read "than analysts" as a phrase and the verb as its modifier
            mark = tok.head.head
            degree, subj, hole = mark.head, tok.head, subtree(mark)
        else:
            return None
        if mark is None or degree.tag_ not in ("JJR", "RBR", "RB", "JJ"):
            return None
        if subj is None or subj.lower_ in ("it", "there"):
            return None
        clause = degree
        while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
            clause = clause.head
        content = [r for a, b in minus(subtree(clause), [hole]) if (r := chars(self.doc, a, b, self.text))]
        if not content:
            return None
        self.used.add(tok.i)
        auxes = [c.i for c in tok.children if c.dep_ == "aux"]
        return Raw(cue=(min(auxes + [tok.i]), tok.i + 1), lemma=tok.lemma_.lower(), cls=cue.cls, kind="indirect",
                   source=subtree(subj) if subj.dep_ != "pobj" else (subtree(subj)[0], tok.i), source_head=subj.i,
                   content=content, head=tok.i)
