"""Fast views of a spaCy parse as integer columns, and the label ids the actor rules use.

Reading ``Doc.to_array`` once per document and walking plain Python lists is several
times cheaper than touching ``Token`` objects for every word (the stage's budget is a
tenth of the parse time).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, IDX, LEMMA, LENGTH, LOWER, ORTH, POS, SENT_START, TAG
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
ORDINAL = get_string_id("ORDINAL")
ENT_B, ENT_I = 3, 1  # ENT_IOB values: first token of an entity, a later one
_CLOSING_QUOTES = frozenset({"”", '"', "''"})
_OPENING_QUOTES = frozenset({"“", '"', "``"})
#: Tokens to look back for a quotation's opening mark.
_LONGEST_QUOTE = 400
BRACKETS = _ids("(", ")", "[", "]")


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
    orth: list[int]
    idx: list[int]
    length: list[int]
    text: str
    #: Sentence index of every token.
    sent_of: list[int]
    #: Entities as (start, end, label id), from the IOB columns.
    ents: list[tuple[int, int, int]]
    #: Running count of bracket tokens, for "is there a bracket between i and j".
    brackets: list[int]

    @classmethod
    def of(cls, doc: Doc, text: str | None = None) -> Columns:
        """Columns of ``doc``; pass the text it was parsed from (``Doc.text`` is rebuilt
        token by token, which costs as much as the rest of this together)."""
        n = len(doc)
        if text is None or (n and len(text) < doc[-1].idx + len(doc[-1])):
            text = doc.text
        if n == 0:
            return cls(0, [], [], [], [], [], [], [], [], [], [], [], [], text, [], [], [0])
        arr = doc.to_array([LOWER, LEMMA, POS, TAG, DEP, HEAD, ENT_IOB, ENT_TYPE, ORTH, IDX, LENGTH, SENT_START])
        cols = arr.T.tolist()
        offsets = arr[:, 5].astype("int64").tolist()  # HEAD is a relative offset
        head = [i + o for i, o in enumerate(offsets)]
        kids: list[list[int]] = [[] for _ in range(n)]
        for j, h in enumerate(head):
            if h != j:
                kids[h].append(j)
        sent_of, k = [0] * n, -1
        for j, flag in enumerate(cols[11]):
            if flag == 1 or j == 0:
                k += 1
            sent_of[j] = k
        ents: list[tuple[int, int, int]] = []
        iob, etype = cols[6], cols[7]
        for j in range(n):
            if iob[j] == ENT_B:
                end = j + 1
                while end < n and iob[end] == ENT_I:
                    end += 1
                ents.append((j, end, etype[j]))
        brackets, count = [0], 0
        for w in cols[0]:
            count += w in BRACKETS
            brackets.append(count)
        return cls(n, cols[0], cols[1], cols[2], cols[3], cols[4], head, cols[6], cols[7], kids,
                   cols[8], cols[9], cols[10], text, sent_of, ents, brackets)

    def word(self, i: int) -> str:
        """Text of token ``i`` (without building a spaCy Token)."""
        start = self.idx[i]
        return self.text[start:start + self.length[i]]

    def span_text(self, start: int, end: int) -> str:
        """Text of tokens ``[start, end)`` as ``doc[start:end].text`` gives it."""
        if end <= start:
            return ""
        return self.text[self.idx[start]:self.idx[end - 1] + self.length[end - 1]]

    def char_span(self, start: int, end: int) -> tuple[int, int]:
        return self.idx[start], self.idx[end - 1] + self.length[end - 1]

    def plural(self, i: int) -> bool:
        return self.tag[i] in PLURAL_TAGS

    def quote_opening(self, i: int) -> int | None:
        """The opening mark of a quotation that ends just before token ``i`` ("“...,” *he*
        said"), so the speaker is looked for before the quote, however many sentences it has."""
        j = i - 1
        if j < 1 or self.word(j) not in _CLOSING_QUOTES or self.word(j - 1) not in (",", "?", "!"):
            return None
        for k in range(j - 1, max(-1, j - _LONGEST_QUOTE), -1):
            if self.word(k) in _OPENING_QUOTES:
                return k
        return None
