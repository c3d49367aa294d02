"""Signed quotations: a dash, then the speaker's name, after what they said.

Epigraphs, pull quotes and fact-check lists set the speaker after the quotation, with a
dash and no verb::

    “We will not back down.” ― Ana Ruiz
    "Taxes will go up."
    - Senator Ruiz, in a debate.

and an embedded post closes with its author the same way ("... see you there. — Ana
Ruiz (@anaruiz) May 3, 2016"). The dash is the cue, the name after it the source, and the
quotation (or the post's text) the content. The dash must open its paragraph or follow
the closing quotation mark on the same line, and the name must end its line or be cut
off by a comma, a date or a full stop: a dash followed by a name and a verb is a clause
of its own, left to the verb.

A mixin of :class:`~eventwire.attribution.extract.Extractor`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .syntax import Raw

#: A dash that opens its line or follows a closing quotation mark, before a capital or a handle.
_DASH = re.compile(r"(?:^|(?<=[\s”\"]))(―|—|–|--|-)[ \t\xa0]*(?=[A-Z@])", re.MULTILINE)
#: Lower-case words a name phrase may hold ("Secretary of State", "Maria de Souza").
_NAME_LINKS = frozenset({"of", "the", "de", "da", "van", "von", "del", "la", "and"})
_MAX_NAME = 10


class SignatureRules:
    """Quotations signed with a dash and a name (mixed into the extractor)."""

    def _signed_name(self, start_char: int) -> tuple[int, int, bool] | None:
        """Tokens ``[a, b)`` of the name after a dash, and whether a handle "(@...)" follows it.

        The dash may be glued to the first word ("-Sanders"): that token starts the name.
        """
        doc = self.doc
        span = doc.char_span(start_char, start_char + 1, alignment_mode="expand")
        if span is None:
            return None
        a = span.start
        b = a
        handle = False
        while b < len(doc) and b - a < _MAX_NAME:
            t = doc[b]
            word = t.text.lstrip("-—–―")
            if t.is_space or "\n" in t.text_with_ws[:-1] or t.ent_type_ == "DATE" or t.like_num:
                break
            if t.text == "(" and b + 1 < len(doc) and doc[b + 1].text.startswith("@"):
                handle = True
            elif not (word[:1].isupper() or word.startswith("@") or t.text in ("(", ")", ".") and b > a
                      or t.lower_ in _NAME_LINKS and b > a):
                break
            if t.text == "." and (b + 1 >= len(doc) or "\n" in t.text_with_ws or doc[b + 1].is_space
                                  or doc[b + 1].text[:1].isupper()):
                break  # the full stop closing the signature ("- Sanders."), not an initial's
            b += 1
            if "\n" in t.text_with_ws:
                break
        while b > a and (doc[b - 1].text in ("(", ".") or doc[b - 1].lower_ in _NAME_LINKS):
            b -= 1
        if b == a or not any(doc[k].pos_ == "PROPN" or doc[k].ent_type_ in ("PERSON", "ORG") for k in range(a, b)):
            return None
        if b < len(doc) and doc[b].pos_ in ("VERB", "AUX") and "\n" not in doc[b - 1].text_with_ws:
            return None  # "— Kim said": the verb is the cue, not the dash
        return a, b, handle

    def _signatures(self, found: list[Raw]) -> Iterator[Raw]:
        """Relations of dashes that sign a quotation or an embedded post (module docstring)."""
        doc, text = self.doc, self.text
        taken = {t for r in found for t in range(r.cue[0], r.cue[1])}
        for m in _DASH.finditer(text):
            dash = m.start(1)
            line_start = text.rfind("\n", 0, dash) + 1
            opens_line = not text[line_start:dash].strip()
            name = self._signed_name(m.end())
            if name is None:
                continue
            a, b, handle = name
            q = self.quotes.ending_before(dash, gap=" \t")
            if q is None and opens_line:
                q = self.quotes.ending_before(line_start, gap=" \t\n")  # the quote closes the paragraph before
            if q is not None:
                content = (q.start, q.end)
            elif handle and not opens_line:
                # an embedded post: its text runs from the line's start (after any markup) to the dash
                lo = max(line_start, text.rfind(">", line_start, dash) + 1)
                hi = dash
                while lo < hi and text[lo] in " \t":
                    lo += 1
                while hi > lo and text[hi - 1] in " \t":
                    hi -= 1
                if len(text[lo:hi].split()) < 3:
                    continue
                content = (lo, hi)
            else:
                continue
            cue = doc.char_span(dash, m.end(1), alignment_mode="expand")
            if cue is None or any(k in taken for k in range(cue.start, b)):
                continue
            if any(content[0] <= x < content[1] and r.head > cue.start for r in found for x, _ in r.content):
                continue  # a later cue already reports this quotation
            taken.update(range(cue.start, b))
            yield Raw(cue=(cue.start, cue.end), lemma="—", cls="speech", kind="direct_quote" if q else "indirect",
                      source=(a, b), source_head=doc[a:b].root.i, content=[content], head=cue.start)
