"""Cue verbs used in a sense that reports nothing.

Some verbs of saying have other senses, told apart by their frame
(``data/other_senses.tsv``):

* "call" with a bare object telephones ("called her mother", "called voters");
  it names or judges only with a second complement ("called her a liar", "called him
  “reckless”") or a preposition ("called for", "called on"); "called an election"
  (convening) stays a cue;
* "deny" with a recipient withholds ("denied him a hearing", "deny services to gays"),
  where "denied the report" or "denied that ..." rejects a claim;
* "admit" with "to"/"into" lets in ("admitted refugees into the country"), where
  "admitted the mistake" concedes;
* "swear" with the particle "in" installs in office ("was sworn in as president"), where
  "swore that ..." vouches;
* "recall" with an envoy or unit as object withdraws ("recalled its ambassador",
  ``data/posted_nouns.txt``), where "recalled the day" or "recalled that ..." remembers;
* "find" with a bodily state as complement comes upon someone ("were found dead", "found
  him hanging", ``data/physical_states.txt``), where "was found guilty" judges;
* "recall" and "echo" with an event as subject resemble ("the dispatch of rescuers
  recalled the diplomacy of 1999", ``data/nonholder_nouns.txt``), where "the envoy
  recalled the talks" remembers.

Fixed discourse phrases (``data/discourse_markers.tsv``) are the speaker's own aside,
hedge or emphasis, not a proposition attributed to anyone: "..., you know, ...",
"believe me", "it is fair to say ...", "so to speak".

A mixin of :class:`~eventwire.attribution.extract.Extractor`.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from ..resources import load_tsv
from .lexicon import PACKAGE, nonholder_nouns, physical_states, posted_nouns

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Dependents that can state something about a verb's object ("called her *a liar*").
_PREDICATIVE = frozenset({"oprd", "ccomp", "xcomp", "attr", "acomp", "advcl", "dative", "parataxis"})
_SET_OFF = frozenset({",", ".", ";", ":", "!", "?", ")", "(", "—", "–", "-", "..."})


@functools.cache
def other_senses() -> dict[str, frozenset[str]]:
    """Verb lemma -> the frames that signal its non-communicative senses."""
    out: dict[str, set[str]] = {}
    for row in load_tsv(PACKAGE, "other_senses.tsv"):
        out.setdefault(row["lemma"], set()).add(row["frame"])
    return {k: frozenset(v) for k, v in out.items()}


@functools.cache
def discourse_markers() -> dict[str, tuple[tuple[tuple[str, ...], int, bool], ...]]:
    """Cue verb (as written) -> the fixed phrases it stands in: (words, index of the verb, needs set-off)."""
    out: dict[str, list[tuple[tuple[str, ...], int, bool]]] = {}
    for row in load_tsv(PACKAGE, "discourse_markers.tsv"):
        words = tuple(row["phrase"].split())
        out.setdefault(row["verb"], []).append((words, words.index(row["verb"]), row["set_off"] == "yes"))
    return {k: tuple(v) for k, v in out.items()}


def _event(tok: Token) -> bool:
    """An event or proceeding ("an election", "a meeting", "a vote"): what one convenes."""
    return tok.lemma_.lower() in nonholder_nouns()


class SenseRules:
    """Non-communicative senses and discourse phrases (mixed into the extractor)."""

    def _other_sense(self, tok: Token) -> bool:
        """The cue verb is used in a sense that reports nothing (see the module docstring)."""
        lemma = tok.lemma_.lower()
        if tok.lower_ in discourse_markers() and self._discourse_marker(tok):
            return True
        return any(self._in_frame(tok, frame) for frame in other_senses().get(lemma, ()))

    def _in_frame(self, tok: Token, frame: str) -> bool:
        """The verb stands in ``frame``, one of its non-communicative senses."""
        kids = list(tok.children)
        objects = [c for c in kids if c.dep_ == "dobj"]
        if frame == "bare":  # telephoning someone; "called an election" convenes, a cue
            return bool(objects) and not _event(objects[0]) and self._bare_object(tok, objects[0], kids)
        preps = [c for c in kids if c.dep_ == "prep"]
        if frame == "recipient":
            # "denied him a hearing": two objects; "deny services to gays": object and "to"
            return bool(objects) and (
                any(c.dep_ == "dative" for c in kids) or any(p.lower_ == "to" and p.i > objects[0].i for p in preps)
            )
        if frame == "posting":  # "recalled its ambassador", "recalled the charge d'affaires"
            return bool(objects) and not any(c.dep_ in ("ccomp", "xcomp") for c in kids) and any(
                t.lemma_.lower() in posted_nouns() for t in (objects[0], *objects[0].lefts)
            )
        if frame == "state":  # "were found dead", "found him hanging from a tree"
            states = physical_states()
            return any(
                c.dep_ in ("oprd", "acomp", "xcomp", "advcl", "ccomp") and (c.lower_ in states or c.lemma_.lower() in states)
                and not any(m.dep_ == "mark" for m in c.children)
                for c in kids
            )
        if frame == "likeness":  # "the dispatch of rescuers recalled the diplomacy of 1999"
            subj = next((c for c in kids if c.dep_ == "nsubj"), None)
            return subj is not None and bool(objects) and self._non_holder(subj) and not any(
                c.dep_ in ("ccomp", "xcomp") for c in kids
            )
        if frame == "office":  # "was sworn in as acting president": installed in office
            return any(c.dep_ == "prt" and c.lower_ == "in" for c in kids)
        if frame == "entry":
            return any(p.lower_ in ("to", "into") for p in preps) and (
                bool(objects) or any(c.dep_ == "nsubjpass" for c in kids)
            )
        return False

    def _bare_object(self, tok: Token, obj: Token, kids: list[Token]) -> bool:
        """A lone object with nothing that names, judges or quotes it ("called her mother")."""
        if any(c.dep_ in _PREDICATIVE or c.dep_ == "prt" for c in kids):
            return False
        if any(c.dep_ == "prep" and c.lower_ in ("as", "into", "to") for c in kids):
            return False  # "called into question", "called attention to", "called it as ..."
        if any(c.dep_ == "prep" and c.lower_ in ("for", "on", "upon") and c.i < obj.i for c in kids):
            return False  # "called on the council to ...", not "called her on Tuesday"
        if sum(c.dep_ == "dobj" for c in kids) > 1:
            return False  # "called Trump a fascist" parsed as two objects
        # the label may hide in the parse as an apposition ("called her brother her hero"),
        # a stray adjective ("called the quarrel unusual") or a quotation after the object
        if any(t.dep_ == "appos" for t in obj.subtree):
            return False
        inside = set(t.i for t in obj.subtree)
        # past the sentence end: the parser may split off a quoted label as a sentence of its own
        for t in self.doc[obj.left_edge.i:min(len(self.doc), tok.sent.end + 3)]:
            if "\n" in t.text:
                break
            if t.i not in inside and t.i > obj.i and (t.pos_ in ("VERB", "AUX") or t.dep_ == "cc"):
                break  # the next clause: "called her mother and we waited"
            if t.is_quote or t.text in ("“", "”", "''") or (t.pos_ == "ADJ" and t.dep_ != "amod"):
                return False
        return True

    def _discourse_marker(self, tok: Token) -> bool:
        """The verb stands in one of the fixed phrases, set off by punctuation where it must be."""
        doc = self.doc
        for words, at, set_off in discourse_markers()[tok.lower_]:
            a = tok.i - at
            b = a + len(words)
            if a < 0 or b > len(doc):
                continue
            if tuple(t.lower_ for t in doc[a:b]) != words:
                continue
            if not set_off:
                return True
            before = doc[a - 1].text if a > 0 else "."
            after = doc[b].text if b < len(doc) else "."
            if after in _SET_OFF or (before in _SET_OFF and tok.dep_ in ("parataxis", "intj")):
                return True
        return False
