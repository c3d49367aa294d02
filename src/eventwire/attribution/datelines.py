"""Sources and contents that start with a dateline ("WASHINGTON — ", "PORTSMOUTH, N.H. -- ").

The parser reads the dateline as part of the first sentence, so a source or content span
starting there would carry the place name; this moves such a span past it (the dateline
itself is :mod:`eventwire.datelines`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..datelines import dateline_end
from .syntax import SUBJ, Raw, subtree

if TYPE_CHECKING:
    from spacy.tokens import Doc


def skip_dateline(doc: Doc, text: str, raw: Raw) -> None:
    """Move ``raw``'s content ranges and source past a dateline they start with.

    When the parser made the dateline itself the subject ("NAIROBI — Kenya's army said",
    two subjects), the source becomes the cue's next subject.
    """
    content = []
    for a, b in raw.content:
        a2 = dateline_end(text, a)
        if a2 < b:
            content.append((a2, b))
    raw.content = content
    if raw.source is None:
        return
    a, b = raw.source
    end = dateline_end(text, doc[a].idx)
    if end == doc[a].idx:
        return
    while a < b and doc[a].idx < end:
        a += 1
    if a < b:
        raw.source = (a, b)  # the extractor's clipping moves a head left outside
        return
    nxt = next((c for c in doc[raw.head].children if c.dep_ in SUBJ and c.idx >= end), None)
    raw.source, raw.source_head = (subtree(nxt), nxt.i) if nxt is not None else (None, None)
