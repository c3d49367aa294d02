"""Where a cue's content lies when it is not the cue's complement: quotations and clauses
before, after or around the cue.

"The deal is dead, he said." / "“We are ready,” said Kim." / "“A,” he said, “B.”" /
"“…”¶¶Kim said." The rules here find that content on characters (quotations, paragraphs)
and on the parse (the clause a parenthetical cue interrupts), and tidy content pieces:
clipped to the cue's paragraph or quotation, quotations taken whole.

A mixin of :class:`~eventwire.attribution.extract.Extractor`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .quotes import Quote
from .syntax import PUNCT_EDGE, Raw, chars, cue_range, cut, marked_by, minus, subject, subtree

if TYPE_CHECKING:
    from spacy.tokens import Token


class PlacementRules:
    """Content found next to the cue rather than under it (mixed into the extractor)."""

    def _quoted(self, tok: Token) -> bool:
        a, b = subtree(tok)
        return self.quotes.covering(self.doc[a].idx, self.doc[b - 1].idx + 1) is not None

    def _parenthetical(self, tok: Token) -> list[tuple[int, int]]:
        """Content of a cue that follows or interrupts what it reports.

        "The deal is dead, he said." / "“We are ready,” said Kim." The cue hangs off the
        reported clause (or off nothing, when the parser split the sentence); the content
        is that clause without the cue's own words, else an adjacent quotation.
        """
        doc = self.doc
        head = tok.head
        # The cue's own clause: the verb with its subject, adverbs and the like, but not
        # the clause it hangs off.
        own = subtree(tok)
        a, b = self._core(tok)
        start_char = doc[a].idx
        end_char = doc[b - 1].idx + len(doc[b - 1])
        before = self.quotes.ending_before(start_char)
        subj = subject(tok)
        if before is None:
            # '“...,” Kim, 61, told reporters': also when the parser made the quote hang on the
            # subject, so that the cue's own clause seemed to start at the verb
            found = self._speaker_before(tok)
            if found is not None and (subj is None or (
                found[1][0] <= subj.i < found[1][1] and self._runs_on(found[0])
            )):
                before, self.speaker = found
        if before is not None and self._closes_sentence(before) and not self._bare_clause_after(before, a, b, tok):
            before = None  # '"We won." Asked about it, ...': the quote ended its own sentence
        if before is None and (alone := self._paragraph_alone(a, b)) is not None:
            return [(alone.start, alone.end)]  # '“...”¶¶Kim said.': the paragraph is only the cue
        if before is not None:
            # '"A," he said, "B."': a quote split by its cue is one content in two pieces
            if self.text[before.start:before.end].rstrip("”\"").endswith(","):
                after = self.quotes.starting_after(end_char, gap=" ,.;:\t")
                if after is not None and "\n" not in self.text[before.end:after.start]:
                    return [(before.start, before.end), (after.start, after.end)]
            return [(before.start, before.end)]
        after = self.quotes.starting_after(end_char)
        if after is not None:
            return [(after.start, after.end)]
        if (fronted := self._fronted_clause(tok, a, b)) is not None:
            return [fronted]
        if tok.dep_ == "parataxis" or (tok.dep_ in ("ccomp", "advcl", "conj") and head.i < tok.i):
            if tok.dep_ != "parataxis" and not self._comma_between(head, tok):
                return []  # "Do you think he has resigned": a complement, not a parenthetical
            if tok.dep_ == "conj" and any(c.dep_ == "cc" and head.i < c.i < tok.i for c in head.children):
                return []  # "..., but would eventually add $84 billion": a clause of its own
            if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ != "as" and c.i >= a - 1 for c in tok.children):
                return []  # "..., because he said": a subordinate clause ("as he said" reports)
            later: list[tuple[int, int]] = []
            if tok.dep_ == "advcl" and marked_by(tok, ("as",)):
                # "A met B, as the paper reported, and C will follow": the clause joined on
                # after the cue is not what it interrupts
                later = [subtree(c) for c in head.children if c.i >= own[1] and c.dep_ in ("conj", "cc")]
            pieces = minus(subtree(head), [own, *later])
            if tok.dep_ == "parataxis" and head.i > tok.i and a - 1 > tok.sent.start and doc[a - 1].text == "," \
                    and all(x > tok.i for x, _ in pieces):
                # "A happened, witnesses said, as B went on": the parser hung the cue on the
                # clause after it; what it reports is the clause before its comma
                piece = chars(doc, tok.sent.start, a - 1, self.text)
                return [piece] if piece else []
            return [r for a, b in pieces if (r := chars(doc, a, b, self.text))]
        if tok.dep_ == "advcl" and head.i > tok.i and marked_by(tok, ("as",)):
            # "As the agency reported, the mayor will resign": the clause after the comma
            if not self._comma_between(tok, head):
                return []
            pieces = minus(subtree(head), [own])
            return [r for a, b in pieces if (r := chars(doc, a, b, self.text))]
        # "He said:" closing a paragraph, the quote opening the next one
        nxt = self.text[end_char:end_char + 3].lstrip(" ")
        if nxt.startswith(":"):
            q = self.quotes.starting_after(end_char + self.text[end_char:].index(":") + 1)
            if q is not None:
                return [(q.start, q.end)]
        return self._split_off(tok, a, b)

    def _closing_mistagged(self, out: list[Raw]) -> list[Raw]:
        """"He gave twice, county records show.": a closing "show(s)" the tagger took for a noun.

        A sentence that ends in the bare form of an evidence or report verb after a comma
        and a short noun phrase is that phrase reporting the clause before the comma,
        whatever part of speech the tagger gave the verb.
        """
        doc, found = self.doc, []
        taken = {r.head for r in out}
        for sent in doc.sents:
            end = sent.end - 1
            while end > sent.start and (doc[end].is_punct or doc[end].is_space):
                end -= 1
            tok = doc[end]
            if tok.pos_ in ("VERB", "AUX") or tok.i in taken or end == sent.end - 1:
                continue  # a verb has its own rules; the sentence must close on a full stop
            form = tok.lower_
            cue = self.verbs.get(form) or (self.verbs.get(form[:-1]) if form.endswith("s") else None)
            if cue is None or cue.cls not in ("evidence", "report"):
                continue
            comma = next((k for k in range(end - 1, sent.start, -1) if doc[k].text == ","), None)
            if comma is None or not 1 <= end - comma - 1 <= 8:
                continue
            phrase = doc[comma + 1:end]
            # the phrase's noun agrees with the verb ("records show", "the poll shows"); a
            # singular noun before a bare "show" makes a compound ("the town show")
            if phrase.root.tag_ not in (("NN", "NNP") if form.endswith("s") else ("NNS", "NNPS")):
                continue
            if not any(t.pos_ in ("NOUN", "PROPN") for t in phrase) or any(t.pos_ in ("VERB", "AUX") and t.tag_ != "VBN" for t in phrase):
                continue
            content = chars(doc, sent.start, comma, self.text)
            if content is None:
                continue
            found.append(Raw(cue=(tok.i, tok.i + 1), lemma=cue.lemma, cls=cue.cls, kind="indirect",
                             source=(comma + 1, end), source_head=phrase.root.i, content=[content], head=tok.i))
        return found

    def _fronted_clause(self, tok: Token, a: int, b: int) -> tuple[int, int] | None:
        """"As Trump spoke, a girl was hurt, police said.": the parser hung the reported
        clause on an adverbial clause before the cue.

        The cue's clause must close the sentence after a comma, and the adverbial clause
        must run from the sentence's start to that comma; then the whole of it is reported.
        """
        doc = self.doc
        sent = tok.sent
        if tok.dep_ != "ROOT" or subject(tok) is None or a - 1 <= sent.start or doc[a - 1].text != ",":
            return None
        if not all(t.is_punct or t.is_space for t in doc[b:sent.end]):
            return None
        clause = next((c for c in tok.lefts if c.dep_ == "advcl"), None)
        if clause is None or any(c.dep_ == "ccomp" for c in tok.children):
            return None
        lo, hi = subtree(clause)
        if hi != a - 1 or any(not (t.is_punct or t.is_space) for t in doc[sent.start:lo]):
            return None
        if not any(c.dep_ == "advcl" and c.i > clause.i and any(
                s.dep_ in ("nsubj", "nsubjpass", "expl") for s in c.children) for c in clause.children):
            return None  # "As he left, he said.": only an adverbial, no clause of its own after it
        return chars(doc, lo, hi, self.text)

    def _split_off(self, tok: Token, a: int, b: int) -> list[tuple[int, int]]:
        """"Debt hurts, even with a job, he said.": the parser cut the sentence before ", he said".

        A sentence that opens with a comma and holds only the cue's clause is the
        parenthetical of the sentence before it, in the same paragraph.
        """
        doc, text = self.doc, self.text
        sent = tok.sent
        k = sent.start
        while k < a and (doc[k].is_space or doc[k].text in (",", "—", "–")):
            k += 1
        if k == sent.start or k != a or doc[sent.start].text not in (",", "—", "–") or subject(tok) is None:
            return []
        if not all(t.is_punct or t.is_space for t in doc[b:sent.end]) or sent.start == 0:
            return []
        prev = doc[sent.start - 1].sent
        lo, hi = doc[prev.start].idx, doc[sent.start].idx
        if "\n" in text[lo:hi]:
            lo = text.rfind("\n", lo, hi) + 1
        piece = chars(doc, prev.start, sent.start, text)
        if piece is None or piece[1] <= lo:
            return []  # the comma opens a paragraph: nothing before it to report
        return [(max(piece[0], lo), piece[1])]

    def _bare_clause_after(self, q: Quote, a: int, b: int, tok: Token) -> bool:
        """'“We won.” Kim said.': a sentence that is only the cue's clause, right after the quote."""
        doc = self.doc
        if subject(tok) is None or self.text[q.end:doc[a].idx].strip(" \t"):
            return False
        return all(t.is_punct or t.is_space for t in doc[b:tok.sent.end])

    def _paragraph_alone(self, a: int, b: int) -> Quote | None:
        """The quotation closing the previous paragraph, when tokens ``[a, b)`` are a paragraph of their own."""
        doc, text = self.doc, self.text
        start, end = doc[a].idx, doc[b - 1].idx + len(doc[b - 1])
        para_start = text.rfind("\n", 0, start) + 1
        para_end = text.find("\n", end)
        para_end = len(text) if para_end < 0 else para_end
        if text[para_start:start].strip() or text[end:para_end].strip(" .,\t"):
            return None
        return self.quotes.ending_before(para_start, gap=" \t\n")

    def _inverted(self, tok: Token) -> list[tuple[int, int]]:
        """"The treaty is dead, said the envoy.": a comma, the cue, then its subject.

        The parser may make the reported clause's subject a second subject of the cue; the
        subject after the cue is the speaker, everything before the comma is the content.
        """
        doc = self.doc
        k = tok.i - 1
        while k >= tok.sent.start and doc[k].text in ("”", '"', "''"):
            k -= 1
        if k <= tok.sent.start or doc[k].text != ",":
            return []
        after = [c for c in tok.children if c.dep_ == "nsubj" and c.i > tok.i]
        if not after:
            return []
        start = min(tok.left_edge.i, tok.sent.start) if tok.dep_ == "ROOT" else tok.left_edge.i
        piece = chars(doc, start, k, self.text)
        if piece is None:
            return []
        self.speaker = subtree(after[0])
        return [piece]

    def _continuation(self, tok: Token, content: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """'"A," the envoy said, "and B."': the quote resumed after its cue is the same content."""
        if not content:
            return content
        last = self.quotes.covering(*content[-1])
        if last is None or last.end > tok.idx or not self.text[last.start:last.end].rstrip("”\"' ").endswith(","):
            return content
        a, b = self._core(tok)
        end_char = self.doc[b - 1].idx + len(self.doc[b - 1])
        after = self.quotes.starting_after(end_char, gap=" ,.;:\t")
        if after is None or any((x, y) == (after.start, after.end) for x, y in content):
            return content
        if not self.text[end_char:after.start].strip():
            return content  # 'said on Harbor Radio’s “Morning Desk.”': a quoted title, not the quote resumed
        return content + [(after.start, after.end)]

    def _runs_on(self, q: Quote) -> bool:
        """A quotation ending in , ? ! or a dash runs into its cue; a bare name in quotes does not."""
        return self.text[q.start:q.end].rstrip("”\"' ").endswith((",", "?", "!", "—", "–", "-", "…"))

    def _closes_sentence(self, q: Quote) -> bool:
        """A quotation ending in a full stop stands alone; one ending in , ? ! — runs into its cue."""
        inner = self.text[q.start:q.end].rstrip("”\"' ")
        return inner.endswith(".") and not inner.endswith("...")

    def _speaker_before(self, tok: Token) -> tuple[Quote, tuple[int, int]] | None:
        """'“...,” Kim, 61, told reporters': a short name between a closing quote and a subjectless cue.

        The parser often attaches such a name to the quoted clause; the order quote, name,
        cue is the reporting construction all the same.
        """
        doc = self.doc
        i = tok.i - 1
        while i >= 0 and doc[i].text in (",", "—"):
            i -= 1
        end = i + 1
        words = 0
        while i >= 0 and words < 12:
            t = doc[i]
            if t.text in ("”", '"', "''"):
                break
            if t.pos_ not in ("PROPN", "NOUN", "ADJ", "DET", "NUM", "PRON", "PUNCT", "ADP", "CCONJ", "PART"):
                return None
            words += 1
            i -= 1
        else:
            return None
        start = i + 1
        while start < end and doc[start].is_punct:
            start += 1
        if start >= end or not any(doc[k].pos_ in ("PROPN", "NOUN", "PRON") for k in range(start, end)):
            return None
        q = self.quotes.ending_before(doc[start].idx)
        if q is None:
            return None
        return q, (start, end)

    def _core(self, tok: Token) -> tuple[int, int]:
        """Tokens of the cue's own clause ("said Kim, a spokesman, on Monday"), quotes left out.

        The parser often hangs quoted words or the quote's punctuation on the cue; those
        are what the cue reports, not part of it.
        """
        a, b = tok.i, tok.i + 1
        cue_char = tok.idx
        for c in tok.children:
            if c.is_punct or c.dep_ in ("ccomp", "conj", "parataxis", "advcl", "intj"):
                continue
            lo, hi = subtree(c)
            q = self.quotes.covering(self.doc[lo].idx, self.doc[lo].idx + 1)
            if q is not None and not (q.start <= cue_char < q.end):
                continue
            a, b = min(a, lo), max(b, hi)
        return a, b

    def _comma_between(self, a: Token, b: Token) -> bool:
        return any(t.text in (",", "—", "–", "”", '"') for t in self.doc[a.i + 1: b.i])

    def _expand_quotes(self, tok: Token, content: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Tidy content pieces: within the cue's paragraph or quotation, whole quotations grown.

        A parse can run past a title line or a paragraph break, so pieces are first clipped
        to the cue's paragraph. A cue inside a quotation ("I think ...") reports only within
        that quotation. Otherwise a piece lying in a quotation grows to the whole quotation,
        which may span sentences and paragraphs.
        """
        if not content:
            return content
        text = self.text
        cue_char = tok.idx
        para_start = text.rfind("\n", 0, cue_char) + 1
        para_end = text.find("\n", cue_char)
        para_end = len(text) if para_end < 0 else para_end
        inside = self.quotes.covering(cue_char, cue_char + 1)
        lo, hi = (inside.start, inside.end) if inside is not None else (para_start, para_end)
        # '“...”¶¶Kim said.': a cue alone in its paragraph reports the quotation before it
        prev = self.quotes.ending_before(para_start, gap=" \t\n") if inside is None else None
        pieces = []
        for a, b in content:
            if prev is not None and (a, b) == (prev.start, prev.end):
                pieces.append((a, b))
                continue
            a, b = max(a, lo), min(b, hi)
            if b <= a:
                continue
            if inside is None:
                for q in self.quotes.overlapping(a, b):
                    if not (q.start <= cue_char < q.end):
                        a, b = min(a, q.start), max(b, q.end)
            pieces.append((a, b))
        pieces.sort()
        merged: list[tuple[int, int]] = []
        for a, b in pieces:
            if merged and a <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], b))
            else:
                merged.append((a, b))
        # the cue itself is never part of what it reports
        cue_end = cue_char + len(tok)
        out = []
        for a, b in merged:
            if a <= cue_char and cue_end <= b:
                out.extend(p for p in ((a, cue_char), (cue_end, b)) if p[1] > p[0])
            else:
                out.append((a, b))
        return [p for p in out if text[p[0]:p[1]].strip(PUNCT_EDGE + "“”\"'.?!")]

    def _without_frame(
        self, tok: Token, extra: list[Token], src: tuple[int, int] | None, content: list[tuple[int, int]]
    ) -> list[tuple[int, int]]:
        """"which the speaker said would happen": a relative pronoun hung in the content puts
        source and cue inside it; they are no part of what is said (the pronoun is)."""
        a, b = cue_range(tok, extra)
        if src is not None and src[1] <= a and not any(t.is_punct for t in self.doc[src[1]:a]) \
                and not any(t.is_quote for t in self.doc[src[0]:src[1]]):  # a source run into a quote is misparsed
            a = src[0]
        lo, hi = self.doc[a].idx, self.doc[b - 1].idx + len(self.doc[b - 1])
        if not any(x < lo < y for x, y in content):  # a piece runs from the pronoun into the frame
            return content
        return cut(content, lo, hi, self.text)

    def _tail(self, tok: Token) -> tuple[int, int] | None:
        """The cue's clause if it closes its sentence ("..., the agency reported.")."""
        a, b = self._core(tok)
        rest = self.doc[b:tok.sent.end]
        if all(t.is_punct or t.is_space for t in rest) and a > tok.sent.start:
            return a, b
        return None
