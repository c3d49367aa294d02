"""Reporting verbs in title-case headlines ("Senate Leader Praises Governor's Flood Plan").

A headline in title case defeats the tagger: every word looks like a proper name and the
verb is parsed as part of one long name. Headline grammar is simple, though: a subject,
a verb in the present or a participle, then what the verb takes. A capitalised word in
such a line whose inflected form belongs to a cue verb ("Praises", "Refuses", "Slams",
"Named") is read as that verb: the words before it are the source, the words after it
the content.

A mixin of :class:`~eventwire.attribution.extract.Extractor`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import irregular_forms
from .syntax import Raw, chars, subject

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Words a title-case line leaves in lower case.
MINOR_WORDS = frozenset({
    "a", "an", "the", "and", "or", "but", "nor", "for", "of", "on", "in", "at", "to", "by", "with",
    "from", "as", "up", "vs", "via", "into", "over",
})
#: Tokens a title line can have; a longer line is a paragraph of the body.
MAX_TITLE_TOKENS = 30


def title_words(toks: list[Token]) -> list[Token]:
    """The words of a line that title case capitalises (minor words and punctuation left out)."""
    return [t for t in toks if t.is_alpha and t.lower_ not in MINOR_WORDS]


def mostly_capitalised(words: list[str]) -> bool:
    """Four in five of the words start with a capital: the line is in title case."""
    return sum(w[0].isupper() for w in words) >= 0.8 * len(words)


#: Cue classes a headline verb can have (appearances and document verbs need their own frames).
_HEADLINE_CLASSES = frozenset({"speech", "report", "stance", "intent", "cognition", "question", "publish"})


class HeadlineRules:
    """The title line's reporting verb (mixed into the extractor)."""

    def _verb_lemma(self, word: str) -> str | None:
        """The cue lemma of an inflected headline verb ("praises" -> praise), if any."""
        candidates = [irregular_forms()[word]] if word in irregular_forms() else []
        if word.endswith("ies"):
            candidates.append(word[:-3] + "y")
        if word.endswith("es"):
            candidates.append(word[:-2])
        if word.endswith("s") and not word.endswith("ss"):
            candidates.append(word[:-1])
        if word.endswith("ed"):
            candidates.extend((word[:-1], word[:-2]))
        for lemma in candidates:
            cue = self.verbs.get(lemma)
            if cue is not None and cue.cls in _HEADLINE_CLASSES and not (
                cue.quote_only or cue.raising or cue.document or cue.as_frame
            ):
                return lemma
        return None

    def _headline_verb(self, toks: list[Token], k: int) -> bool:
        """"Mayor swipes at council": a present-tense verb after a bare noun, tagged as a noun.

        In a sentence-case headline the tagger takes "swipes" or "demands" for a plural noun
        (or an auxiliary) because no article tells it otherwise; a word in -s right after a
        name or noun, and not itself followed by a finite verb, is the headline's verb.
        """
        t, prev, nxt = toks[k], toks[k - 1], toks[k + 1]
        return (
            t.is_lower
            and t.lower_.endswith("s")
            and t.tag_ in ("NNS", "NNPS", "VBZ")
            and prev.tag_ in ("NN", "NNP", "NNS", "NNPS")
            # "Union rejects offer": a following base form is usually a noun mistagged too
            and nxt.tag_ not in ("VBD", "VBZ", "VBN", "VBG", "MD")
        )

    def _title_rest(self, tok: Token) -> list[tuple[int, int]]:
        """"Mayor says council wrong to cut routes": in the title line, what follows a verb of saying.

        Headlines drop the copula and the complementiser, so the parser reads the
        reported small clause as an object and a modifier; the rest of the line after
        the verb is what was said.
        """
        doc, text = self.doc, self.text
        end = text.find("\n")
        if end < 0 or tok.idx >= end:
            return []  # a text of one line has no title line
        subj = subject(tok)
        if tok.tag_ not in ("VBZ", "VBD", "VBP") or subj is None or subj.i > tok.i:
            return []
        if tok.i + 1 < len(doc) and doc[tok.i + 1].text in (",", ".", ";", "!", "?"):
            return []  # "..., the military said, citing ...": a lede reporting what came before
        k = tok.i + 1
        while k < len(doc) and doc[k].idx < end:
            k += 1
        if k - tok.i < 3 or k > MAX_TITLE_TOKENS:
            return []  # too short to hold a clause, or a first paragraph rather than a title
        piece = chars(doc, tok.i + 1, k, text)
        return [piece] if piece else []

    def _headline(self, found: list[Raw]) -> Raw | None:
        """The relation of a title-case first line, when the parse found none there."""
        doc, text = self.doc, self.text
        end = text.find("\n")
        end = len(text) if end < 0 else end
        toks: list[Token] = []
        for t in doc:
            if t.idx >= end:
                break
            toks.append(t)
        if any(r.cue[0] < len(toks) for r in found):
            return None  # the parse already found the headline's cue
        words = title_words(toks)
        if len(words) < 3 or len(toks) > MAX_TITLE_TOKENS:
            return None
        title_case = mostly_capitalised([t.text for t in words])
        start = next((t.i + 1 for t in reversed(toks) if t.text == ":"), 0)  # "BREAKING: ..."
        for k in range(start + 1, len(toks) - 1):
            t = toks[k]
            if t.i - start < 1:
                continue
            if title_case:
                if not t.text[:1].isupper():
                    continue
            elif not self._headline_verb(toks, k):
                continue
            lemma = self._verb_lemma(t.lower_)
            if lemma is None:
                continue
            if not any(x.text[:1].isupper() and x.is_alpha for x in toks[start:k]):
                return None
            content = chars(doc, k + 1, len(toks), text)
            if content is None:
                return None
            return Raw(cue=(t.i, t.i + 1), lemma=lemma, cls=self.verbs[lemma].cls, kind="indirect",
                       source=(start, k), source_head=k - 1, content=[content], denial=self.verbs[lemma].denial,
                       head=t.i)
        return None
