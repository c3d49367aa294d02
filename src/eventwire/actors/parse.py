"""Fast views of a spaCy parse as integer columns, and the label ids the actor rules use.

Reading ``Doc.to_array`` once per document and walking plain Python lists is several
times cheaper than touching ``Token`` objects for every word (the stage's budget is a
tenth of the parse time).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, LOWER, POS, TAG
from spacy.strings import get_string_id

if TYPE_CHECKING:
    from spacy.tokens import Doc


def _ids(*names: str) -> frozenset[int]:
    return frozenset(get_string_id(n) for n in names)


# Dependency labels (ClearNLP style, as en_core_web_sm uses them).
NOMINAL_MODS = _ids("compound", "amod", "nmod", "poss", "nn", "flat", "npadvmod")
SUBJECTS = _ids("nsubj", "nsubjpass", "csubj", "expl")
OBJECTS = _ids("dobj", "dative", "attr", "oprd")
D = {name: get_string_id(name) for name in (
    "conj", "appos", "poss", "det", "prep", "pobj", "case", "punct", "cc", "amod",
    "compound", "nsubj", "nsubjpass", "dobj", "agent", "relcl", "acl", "predet",
)}
# Coarse POS tags.
NOUN, PROPN, ADJ, PRON, DET, VERB, AUX, PUNCT, ADP = (
    get_string_id(p) for p in ("NOUN", "PROPN", "ADJ", "PRON", "DET", "VERB", "AUX", "PUNCT", "ADP")
)
NOUNS = frozenset({NOUN, PROPN})
PLURAL_TAGS = _ids("NNS", "NNPS")
# Entity labels.
PERSON, ORG, GPE, NORP, LOC, FAC = (get_string_id(x) for x in ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"))
ENT_B = 3  # ENT_IOB value for the first token of an entity


@dataclass(slots=True)
class Columns:
    """Per-token integer attributes of one parsed document."""

    n: int
    lower: list[int]
    lemma: list[int]
    pos: list[int]
    tag: list[int]
    dep: list[int]
    head: list[int]
    iob: list[int]
    ent: list[int]
    kids: list[list[int]]

    @classmethod
    def of(cls, doc: Doc) -> Columns:
        n = len(doc)
        if n == 0:
            return cls(0, [], [], [], [], [], [], [], [], [])
        arr = doc.to_array([LOWER, LEMMA, POS, TAG, DEP, HEAD, ENT_IOB, ENT_TYPE])
        cols = arr.T.tolist()
        offsets = arr[:, 5].astype("int64").tolist()  # HEAD is a relative offset
        head = [i + o for i, o in enumerate(offsets)]
        kids: list[list[int]] = [[] for _ in range(n)]
        for j, h in enumerate(head):
            if h != j:
                kids[h].append(j)
        return cls(n, cols[0], cols[1], cols[2], cols[3], cols[4], head, cols[6], cols[7], kids)

    def plural(self, i: int) -> bool:
        return self.tag[i] in PLURAL_TAGS
