"""Quotations in an article's text, found on characters, not on sentences.

A direct quote may run over several sentences and paragraphs. News style opens every
paragraph of a long quote with a quotation mark and closes only the last one, so a
paragraph that ends inside a quote continues it when the next paragraph opens with a mark.
Curly (“ ”) and straight (") double quotes are recognised, and so is a pair of
apostrophes ('') standing for a straight double quote, as some wire and newspaper text
has it; single quotes are left alone because they double as apostrophes.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

_MARKS = re.compile(r"[“”\"]|''|\n")
_OPEN_ONLY = "“"
#: A no-break space, as web text often sets between a quotation and its speaker: a gap like any space.
_NBSP = "\xa0"
_CLOSE_ONLY = "”"


@dataclass(frozen=True, slots=True)
class Quote:
    """Characters ``[start, end)`` of a quotation, marks included."""

    start: int
    end: int

    def contains(self, start: int, end: int) -> bool:
        return self.start <= start and end <= self.end


def _stray_close(text: str, start: int, end: int) -> bool:
    """A straight mark glued to the word before it and followed by a space or line end
    ('... he said it."' with no opening mark) closes a quote whose opening was lost; it
    opens nothing."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else "\n"
    return not before.isspace() and before not in "(—–-" and (after.isspace() or after in ",.;:")


def _stray_open(text: str, start: int, end: int) -> bool:
    """A closing curly mark after a space or line start and glued to the word after it
    ('”Mr. Trump embodies ...') opens a quote: the mirror typing slip of a stray close."""
    before = text[start - 1] if start > 0 else "\n"
    after = text[end] if end < len(text) else " "
    return text[start:end] == _CLOSE_ONLY and before.isspace() and after.isalnum()


def find_quotes(text: str) -> list[Quote]:
    """Every double-quoted stretch of ``text``, in order, multi-paragraph quotes joined."""
    quotes: list[Quote] = []
    open_at: int | None = None
    pending_close: int | None = None  # a quote left open at a paragraph break
    for m in _MARKS.finditer(text):
        ch, i = m.group(), m.start()
        if ch == "\n":
            if open_at is not None:
                pending_close, open_at = open_at, None
                pending_end = i
            continue
        if pending_close is not None:
            # The first mark after an unclosed paragraph: continuation if it opens the paragraph.
            para_start = text.rfind("\n", 0, i) + 1
            if (ch != _CLOSE_ONLY or _stray_open(text, i, m.end())) and not text[para_start:i].strip():
                open_at, pending_close = pending_close, None
                continue
            quotes.append(Quote(pending_close, pending_end))
            pending_close = None
        if open_at is None:
            if (ch != _CLOSE_ONLY or _stray_open(text, i, m.end())) and not _stray_close(text, i, m.end()):
                open_at = i
        elif ch != _OPEN_ONLY or _stray_close(text, i, m.end()):
            # an opening mark glued to the word before it and followed by a space closes
            # the quote: a common typing slip in web text ('“Not yet,“ he said')
            quotes.append(Quote(open_at, m.end()))
            open_at = None
        else:  # two opening marks in a row: the first was never closed
            open_at = i
    if pending_close is not None:
        quotes.append(Quote(pending_close, pending_end))
    if open_at is not None:
        end = text.find("\n", open_at)
        quotes.append(Quote(open_at, len(text) if end < 0 else end))
    return quotes


class QuoteIndex:
    """Fast lookups of the quotes around or next to a character offset."""

    def __init__(self, text: str):
        self.text = text
        self.quotes = find_quotes(text)
        self._starts = [q.start for q in self.quotes]

    def covering(self, start: int, end: int) -> Quote | None:
        """The quote that contains ``[start, end)``, if any."""
        k = bisect.bisect_right(self._starts, start) - 1
        if k >= 0 and self.quotes[k].contains(start, end):
            return self.quotes[k]
        return None

    def overlapping(self, start: int, end: int) -> list[Quote]:
        k = max(0, bisect.bisect_right(self._starts, start) - 1)
        out = []
        while k < len(self.quotes) and self.quotes[k].start < end:
            if self.quotes[k].end > start:
                out.append(self.quotes[k])
            k += 1
        return out

    def ending_before(self, pos: int, gap: str = " ,\t") -> Quote | None:
        """A quote that ends right before ``pos`` (only ``gap`` characters in between)."""
        k = bisect.bisect_left(self._starts, pos) - 1
        if k < 0:
            return None
        q = self.quotes[k]
        if q.end <= pos and all(c in gap or c == _NBSP for c in self.text[q.end:pos]):
            return q
        return None

    def starting_after(self, pos: int, gap: str = " ,:\t\n") -> Quote | None:
        """A quote that opens right after ``pos`` (only ``gap`` characters in between)."""
        k = bisect.bisect_left(self._starts, pos)
        if k >= len(self.quotes):
            return None
        q = self.quotes[k]
        if all(c in gap or c == _NBSP for c in self.text[pos:q.start]):
            return q
        return None
