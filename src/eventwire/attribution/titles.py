"""Reporting verbs in title-case lines inside the body ("4 Senator Questioned The Plan's Cost").

Articles quote other headlines inside their text: numbered round-ups ("3. Experts Doubt
Launch Plans"), related-story teasers, embedded posts. Such a line has headline grammar
in title case, which defeats the tagger just as the article's own title does (see
:mod:`.headline`): the verb is parsed as part of a long name. Every short title-case line
after the first is read the same way: an inflected cue verb after a capitalised word is
the cue, the words before it (without a list number) the source, the rest the content.

A mixin of :class:`~eventwire.attribution.extract.Extractor`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .headline import MAX_TITLE_TOKENS, MINOR_WORDS, mostly_capitalised, title_words
from .syntax import Raw, chars

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Characters a title line can have (checked before the line's tokens are looked at).
_MAX_CHARS = 200
#: Words after which a title-case "Plans" or "Favors" is a noun: a modal or copula follows it.
_AUX = frozenset({"would", "will", "could", "can", "may", "might", "should", "must", "is", "are", "was", "were"})


def _verb_slot(prev: Token, nxt: Token) -> bool:
    """A headline verb follows a word of its subject and precedes its object: not after a
    dash or a participle ("— Announced March 23", "Doing Favors"), not before a modal
    ("Tax Plans Would Cost")."""
    return prev.is_alpha and not prev.lower_.endswith("ing") and nxt.lower_ not in _AUX


def _title_case(line: str) -> bool:
    """Most words other than the minor ones start with a capital."""
    words = [w for w in line.split() if w[:1].isalpha() and w.lower() not in MINOR_WORDS]
    return len(words) >= 3 and mostly_capitalised(words)


class TitleLineRules:
    """Headline-style lines after the first (mixed into the extractor)."""

    def _title_lines(self, found: list[Raw]) -> list[Raw]:
        """One relation per title-case line of the body whose cue the parse missed."""
        doc, text = self.doc, self.text
        taken = {k for r in found for k in range(r.cue[0], r.cue[1])}
        out: list[Raw] = []
        start = text.find("\n")  # the article's own title is :meth:`_headline`'s
        while start >= 0:
            end = text.find("\n", start + 1)
            end = len(text) if end < 0 else end
            line = text[start + 1:end]
            # the cheap test on the string first: short, and most words capitalised
            if 0 < len(line) <= _MAX_CHARS and _title_case(line):
                span = doc.char_span(start + 1, end, alignment_mode="expand")
                if span is not None:
                    r = self._title_line([t for t in span if not t.is_space], taken)
                    if r is not None:
                        out.append(r)
            start = end if end < len(text) else -1
        return out

    def _title_line(self, toks: list[Token], taken: set[int]) -> Raw | None:
        if len(toks) < 4 or len(toks) > MAX_TITLE_TOKENS or any(t.i in taken for t in toks):
            return None
        words = title_words(toks)
        if len(words) < 3 or not mostly_capitalised([t.text for t in words]):
            return None
        # a list number or label opens the line: "4 ", "3. ", "UPDATE: "
        start = next((k + 1 for k in range(len(toks) - 1, -1, -1) if toks[k].text == ":"), 0)
        while start < len(toks) and (toks[start].like_num or toks[start].is_punct):
            start += 1
        for k in range(start + 1, len(toks) - 1):
            t = toks[k]
            if not t.text[:1].isupper() or not t.is_alpha:
                continue
            lemma = self._verb_lemma(t.lower_)
            if lemma is None or not _verb_slot(toks[k - 1], toks[k + 1]):
                continue
            if not all(x.text[:1].isupper() or not x.is_alpha for x in toks[start:k]):
                return None  # a sentence, not a headline, before the verb
            content = chars(self.doc, toks[k + 1].i, toks[-1].i + 1, self.text)
            if content is None:
                return None
            cue = self.verbs[lemma]
            return Raw(cue=(t.i, t.i + 1), lemma=lemma, cls=cue.cls, kind="indirect",
                       source=(toks[start].i, t.i), source_head=t.i - 1, content=[content], denial=cue.denial,
                       head=t.i)
        return None
