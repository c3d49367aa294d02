"""Objects reported by an inquiry: "a new survey *found* broad support for the tax".

A verb of discovery ("find") reports a proposition only when an inquiry or a record does
the finding: "the audit found no errors" relays the audit's result, while "police found
the car" is an act. With a subject from ``finding_nouns.txt`` the plain direct object of
a verb flagged ``finding`` is the content, as a that-clause would be.

A mixin of :class:`~eventwire.attribution.extract.Extractor`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import finding_nouns
from .syntax import subject

if TYPE_CHECKING:
    from spacy.tokens import Token


class FindingRules:
    """Inquiries as the subject of a verb of discovery (mixed into the extractor)."""

    def _finding_subject(self, tok: Token) -> bool:
        """"a poll last month found ...": the verb's subject is an inquiry or record, not a finder."""
        subj = subject(tok)
        return subj is not None and subj.pos_ == "NOUN" and subj.lemma_.lower() in finding_nouns()
