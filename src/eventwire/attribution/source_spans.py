"""Where a source's tokens end: within its cue's paragraph, without a relative clause that
makes a report of its own, and never cutting through a hyphenated name."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .syntax import Raw

if TYPE_CHECKING:
    from spacy.tokens import Doc


def clip_source(doc: Doc, raw: Raw, heads: frozenset[int] = frozenset()) -> None:
    """Keep a source within its cue's paragraph (a title line can run into the first sentence),
    without a relative clause that makes a report of its own (``heads``: the cues' heads)."""
    if raw.source is None:
        return
    a, b = raw.source
    cue_tok = raw.cue[0]
    for k in range(a + 1, b):
        # "lawmakers, who also said the NIS ...": the speaker is the noun, not its clause
        if doc[k].dep_ in ("relcl", "acl") and a <= doc[k].head.i < k and k != raw.head and k in heads:
            b = min(b, doc[k].left_edge.i)
    if b <= cue_tok and any("\n" in doc[k].text_with_ws for k in range(b - 1, cue_tok)):
        raw.source = raw.source_head = None  # the parse ran over a paragraph break
        return
    if a < cue_tok:
        for k in range(min(b, cue_tok) - 1, a - 1, -1):
            if "\n" in doc[k].text_with_ws and k + 1 < b:
                a = k + 1
                break
    else:
        for k in range(a, b):
            if "\n" in doc[k].text_with_ws:
                b = k + 1
                break
    while a < b and (doc[a].is_space or doc[a].is_punct):
        a += 1
    while b > a and (doc[b - 1].is_space or doc[b - 1].is_punct) and not (
        doc[b - 1].text == ")" and any(t.text == "(" for t in doc[a:b - 1])  # "Roy Cooper (D)"
        or doc[b - 1].text == "”" and any(t.text == "“" for t in doc[a:b - 1])  # 'the author of “The Long War,”'
    ):
        b -= 1
    b = _closing_quote(doc, a, b, cue_tok)
    if b > a:
        a, b = _whole_names(doc, a, b, raw.cue)
    raw.source = (a, b) if b > a else None
    if raw.source is None:
        raw.source_head = None
    elif raw.source_head is not None and not a <= raw.source_head < b:
        raw.source_head = doc[a:b].root.i


def _whole_names(doc: Doc, a: int, b: int, cue: tuple[int, int]) -> tuple[int, int]:
    """Widen source tokens ``[a, b)`` that start inside a hyphenated name: the parser reads
    "Moon Jae-in" as two subjects, and the source must be "President Moon Jae-in"."""
    lo = a
    while lo >= 2 and doc[lo - 1].text == "-" and not doc[lo - 1].whitespace_ and not doc[lo - 2].whitespace_ \
            and doc[lo - 2].pos_ == "PROPN":
        lo -= 2
    if lo == a:
        return a, b
    lo = min(doc[k].left_edge.i for k in range(lo, b))  # the rest of the split subject: its titles
    return (a, b) if lo < cue[1] and cue[0] < b else (lo, b)


def _closing_quote(doc: Doc, a: int, b: int, cue_tok: int) -> int:
    """End ``b`` widened over the closing mark of a title the source opens ('Jones, the author
    of “The Long War,” said'): the parser hangs the mark on the verb."""
    opened = sum(t.text == "“" for t in doc[a:b]) > sum(t.text == "”" for t in doc[a:b])
    k = b
    while opened and k < len(doc) and k < b + 2 and k != cue_tok and doc[k].text in (",", "”"):
        if doc[k].text == "”":
            return k + 1
        k += 1
    return b
