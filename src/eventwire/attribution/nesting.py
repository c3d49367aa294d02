"""Telling a nested report from a neighbouring one.

"A said that *B told C* ..." nests B's report in A's: B's clause is what A said. But
the parser also hangs clauses that merely stand next to A's content on a word inside
it: "A said X, *while B said Y*", "A said X and *B questioned Y*". A coordinate clause
or a clause of contrast (not a complement) that names a source of its own is a separate
attribution: it is cut out of A's content, so each relation keeps only its own words.
So is a report with a subject of its own joined by ", and" ("A said X, *and B said
Y*"), and A's own second report that the parser joined to A's content ("A said X *but
added Y*").

A report inside a relative clause ("the loans, *which the audit said were hidden*") is
its own speaker's, not the host's: the host that takes the noun as its content does not
vouch for what the relative clause reports, so the clause is cut out of the host's
content. A free relative ("attacked *what she called a rant*") is different: it is the
host's object as a whole, so the report inside it stays nested in the host's content.

So is a self-description ("Kim, *a self-described socialist*, ..."): Kim's own label.

A cue inside a quotation belongs to the quoted speaker's words: it stands only nested in
a report that takes the quotation as content, never as a source of its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .quotes import QuoteIndex
from .syntax import Raw, cut, marked_by, named, subject, subtree, that_clause_as_relative, that_marked

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Conjunctions of contrast that open a clause beside the host ("..., while B said Y").
_CONTRAST = frozenset({"while", "whereas", "but", "although", "though"})
#: Words a quotation needs to be quoted speech rather than a quoted name or phrase.
_QUOTED_MIN_WORDS = 4
#: Coordinators a cut can leave at the end of the host's content.
_DANGLING = frozenset({"and", "but", "or", "while", "whereas", "although", "though"})


def _own_source(doc: Doc, raw: Raw) -> bool:
    """The relation names its source in its own clause (subject or by-agent), not by inheritance."""
    if raw.source_head is None:
        return False
    src = doc[raw.source_head]
    if src.head.i == raw.head and src.dep_ in ("nsubj", "nsubjpass", "poss"):
        return src.tag_ not in ("WP", "WDT")  # "who said": the relative pronoun stands for the host noun
    return src.dep_ == "pobj" and src.head.dep_ == "agent" and src.head.head.i == raw.head


def _relative(doc: Doc, raw: Raw) -> bool:
    """"which he said were favours", "a result that he said defied".

    The cue heads a relative clause and has its own subject: a report by that subject
    about the noun the clause modifies.
    """
    verb = doc[raw.head]
    if raw.cls not in ("speech", "report"):
        return False
    if verb.dep_ == "relcl" and raw.source_head is not None:
        who = doc[raw.source_head]
        if who.tag_ in ("WP", "WDT") and who.head.i == verb.i and who.i > 0 and doc[who.i - 1].text == ",":
            return True  # "Kim, who said ...": an aside on Kim, not part of the host's content
    if not _own_source(doc, raw) or doc[raw.source_head].i > verb.i:
        return False
    if verb.dep_ == "acl" and that_marked(verb):
        # "a result that he said _ defied": a relative, its clause missing a subject; "the
        # claim that he said the vote was rigged" is the noun's complement, kept in the host
        return any(
            c.dep_ == "ccomp" and not any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)
            for c in verb.children
        )
    # a free relative ("attacked *what she called a rant*") is a noun phrase the host takes
    # whole: the report inside it stays nested in the host's content; so is a that-clause
    # the parser read as a relative ("reported at the time that the editor *conveyed* ...")
    return verb.dep_ == "relcl" and not that_clause_as_relative(verb)


def _next_report(doc: Doc, raw: Raw) -> bool:
    """"A said X, and B said Y": a report of its own joined by ", and" to a verb of A's content.

    The parser may hang the second report on the last verb of the first one's content;
    with a comma before the conjunction and a subject of its own it is a new sentence
    in all but punctuation, not part of what A said.
    """
    verb = doc[raw.head]
    if verb.dep_ != "conj" or raw.cls not in ("speech", "report") or not _own_source(doc, raw):
        return False
    cc = next((c for c in verb.head.children if c.dep_ == "cc" and c.i < verb.i), None)
    return cc is not None and cc.i > 0 and doc[cc.i - 1].text in (",", ";")


def _self_description(doc: Doc, raw: Raw) -> bool:
    """"Kim, *a self-described socialist*, ...": the noun phrase is Kim's own claim."""
    verb = doc[raw.head]
    return verb.dep_ == "amod" and verb.i >= 2 and doc[verb.i - 2].lower_ == "self"


def _beside(head: Token) -> bool:
    """A coordinate clause, or a clause of contrast, rather than a complement."""
    if head.dep_ == "conj":
        # "said X, but that he would not Y": a second complement of the host, not a neighbour
        if marked_by(head, ("that", "whether", "if")):
            return False
        return any(c.dep_ == "cc" and c.lower_ in _CONTRAST for c in head.head.children if c.i < head.i)
    return head.dep_ == "advcl" and any(c.dep_ in ("mark", "cc") and c.lower_ in _CONTRAST for c in head.children)


def _extent(doc: Doc, raw: Raw) -> tuple[int, int]:
    """Characters of the relation's whole clause, its content included."""
    a, b = subtree(doc[raw.head])
    lo, hi = doc[a].idx, doc[b - 1].idx + len(doc[b - 1])
    for x, y in raw.content:
        lo, hi = min(lo, x), max(hi, y)
    return lo, hi


def _untail(text: str, a: int, b: int) -> tuple[int, int]:
    """A piece without the coordinator left dangling at its end by the cut ("... money and")."""
    head, _, last = text[a:b].rpartition(" ")
    if head and last.lower() in _DANGLING:
        b = a + len(head.rstrip(" ,;"))
    return a, b


def _second_report(doc: Doc, host: Raw, b: Raw) -> bool:
    """"A said X but added Y", "A said X and questioned Y": the host's own second report.

    The parser joins B to the last verb of A's content, but B goes with A's verb: it
    is a reporting verb with no subject of its own, joined by "but" or in the host
    verb's form where the verb it is joined to has another ("said he *makes* ... and
    *questioned* ...", not "said he *supports* X and *opposes* Y").
    """
    verb, host_verb = doc[b.head], doc[host.head]
    if verb.dep_ != "conj" or b.source_head is None and host.source is None:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    joined = verb.head
    if any(c.dep_ == "cc" and c.lower_ == "but" and c.i < verb.i for c in joined.children):
        if b.cls in ("speech", "report"):
            return True
        # "said the credit belonged to X *but thanked* Y": what the content is about cannot thank
        subj = subject(joined)
        return subj is not None and subj.pos_ == "NOUN" and not named(subj) and host.source is not None
    if verb.tag_ != host_verb.tag_ or verb.pos_ != "VERB":
        return False
    # a verb of saying in the host's form is the host's next report even where the verb it
    # is joined to has that form too ("says he respects her and calls her a friend")
    return verb.tag_ != joined.tag_ or b.cls in ("speech", "report")


def _speech_participle(doc: Doc, raw: Raw) -> bool:
    """"A said X, *adding that Y*": a participle of saying after a comma, speaking for A.

    The parser hangs it on the last verb of A's content, but it is A's next report, not
    part of what A said first.
    """
    verb = doc[raw.head]
    k = raw.cue[0] - 1
    if k > 0 and doc[k].is_quote and doc[k - 1].text == ",":
        k -= 1  # '... “expanded the party,” claiming that ...': the comma inside the quotation
    return (
        verb.tag_ == "VBG"
        and verb.dep_ in ("advcl", "acl", "conj")
        and raw.cls in ("speech", "report")
        and k >= 0
        and doc[k].text == ","
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    )


def _set_apart_according(doc: Doc, raws: list[Raw], b: Raw, text: str, quotes: QuoteIndex) -> None:
    """"A announced that it hired B, *according to Politico*": the outlet vouches for the
    report, it is not part of what A announced. Outside a quotation, the "according to"
    phrase is cut out of any content holding it, so both relations stand side by side.
    """
    cue_char = doc[b.cue[0]].idx
    if quotes.covering(cue_char, cue_char + 1) is not None or b.source is None:
        return
    first, last = min(b.cue[0], b.source[0]), max(b.cue[1], b.source[1])
    lo, hi = doc[first].idx, doc[last - 1].idx + len(doc[last - 1])
    for a in raws:
        if a is not b and any(x <= cue_char < y for x, y in a.content):
            a.content = [_untail(text, x, y) for x, y in cut(a.content, lo, hi, text)]


def separate_neighbours(doc: Doc, raws: list[Raw], text: str, quotes: QuoteIndex) -> None:
    """Cut each neighbouring relation (see module docstring) out of its host's content.

    Within a quotation the quoted speaker's words are all the host's: nothing is cut.
    """
    for b in raws:
        if b.kind == "according_to":
            _set_apart_according(doc, raws, b, text, quotes)
            continue
        described = _self_description(doc, b)
        own = described or (_beside(doc[b.head]) and _own_source(doc, b)) or _relative(doc, b) or _next_report(doc, b)
        participle = not own and _speech_participle(doc, b)
        if not own and not participle and doc[b.head].dep_ != "conj":
            continue
        cue_char = doc[b.cue[0]].idx
        if quotes.covering(cue_char, cue_char + 1) is not None:
            continue
        for a in raws:
            if a is b or not any(x <= cue_char < y for x, y in a.content):
                continue
            lo, hi = _extent(doc, b)
            if described:  # the whole noun phrase, "a self-" included
                x, y = subtree(doc[b.head].head)
                lo, hi = min(lo, doc[x].idx), max(hi, doc[y - 1].idx + len(doc[y - 1]))
            if lo <= doc[a.head].idx < hi:
                continue  # the host sits inside the neighbour's clause: not a neighbour of it
            if not own:
                if not participle and not _second_report(doc, a, b):
                    continue
                b.source, b.source_head = a.source, a.source_head  # the host's speaker says it too
            a.content = [_untail(text, x, y) for x, y in cut(a.content, lo, hi, text)]


def drop_unanchored_quoted(doc: Doc, raws: list[Raw], quotes: QuoteIndex, text: str) -> list[Raw]:
    """Leave out cues inside a quotation that no report outside it takes as content.

    Inside a quotation the words are the quoted speaker's: "they want ..." or "people
    think ..." there are that speaker's claims, relations nested in the speaker's own.
    When no relation outside the quotation reports it (a transcript line, a quotation
    whose speaker the rules did not find), such a cue would stand as a source of its own,
    as if the outlet had said it: it is left out. ``relays`` indices are renumbered.
    """
    keep: list[int] = []
    for k, r in enumerate(raws):
        cue_char = doc[r.cue[0]].idx
        q = quotes.covering(cue_char, cue_char + 1)
        if q is None or len(text[q.start:q.end].split()) < _QUOTED_MIN_WORDS:
            keep.append(k)  # not in a quotation, or in a quoted name or phrase ("a “deal”")
            continue
        if any(
            j != k and not (q.start <= doc[h.cue[0]].idx < q.end) and any(a <= cue_char < b for a, b in h.content)
            for j, h in enumerate(raws)
        ):
            keep.append(k)
    if len(keep) == len(raws):
        return raws
    new_index = {old: new for new, old in enumerate(keep)}
    out = [raws[k] for k in keep]
    for r in out:
        if r.relays is not None:
            r.relays = new_index.get(r.relays)
    return out
