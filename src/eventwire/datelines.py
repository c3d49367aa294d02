"""Datelines ("WASHINGTON —", "PORTSMOUTH, N.H. (AP) -- ") that open a story's paragraph.

A dateline is no part of the sentence the parser runs it into (attribution moves sources
and contents past it), but it does say where the story is told from (the actors stage
counts its country toward the article's own).
"""

from __future__ import annotations

import re
from typing import NamedTuple

# An upper-case place of three letters or more, or two joined by "/" (with an optional
# ", N.H.", ", West Bank" or "(Reuters)"), then a dash and a space: "US - China talks" opens
# with no dateline.
_DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Z.'’/-]{2,}(?: [A-Z][A-Z.'’/-]+)*)(?:, (?P<region>[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)*))?"
    r"(?: \([A-Za-z .]+\))? ?(?:—|–|--|-) "
)
#: How many paragraphs from the top may hold the opening dateline (after a headline line,
#: a byline or a date line).
_OPENING_PARAGRAPHS = 4


class Dateline(NamedTuple):
    """The place of a dateline as written ("PORTSMOUTH"), its region if any ("N.H."), and
    where the text after it begins."""

    place: str
    region: str | None
    end: int


def dateline_at(text: str, start: int) -> Dateline | None:
    """The dateline opening the paragraph at ``start``, if one does."""
    if start > 0 and text[start - 1] != "\n":
        return None
    m = _DATELINE.match(text, start)
    return Dateline(m["place"], m["region"], m.end()) if m else None


def dateline_end(text: str, start: int) -> int:
    """Where the text after a dateline begins, if one opens the paragraph at ``start``; else ``start``."""
    found = dateline_at(text, start)
    return found.end if found else start


def opening_dateline(text: str) -> Dateline | None:
    """The dateline of the story: the first one opening any of its first few paragraphs."""
    start = 0
    for _ in range(_OPENING_PARAGRAPHS):
        found = dateline_at(text, start)
        if found is not None:
            return found
        nl = text.find("\n", start)
        if nl < 0:
            return None
        start = nl + 1
        while start < len(text) and text[start] == "\n":
            start += 1
    return None
