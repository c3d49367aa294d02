"""Evidential frames whose grammatical subject is part of what is attributed.

"The plan *seems* to work", "the senator *appeared* ready to vote", "the deal *is
expected* to pass", "the bill *is seen as* a compromise", "a website *called* X": the
verb marks the clause as an appearance, an expectation or a name, not something the
subject says. The subject belongs to the content; the source is the one who holds the
view when the sentence names them ("seen as a compromise *by analysts*", "seems *to
voters*"), else no one (the writer's own hedge or common opinion).

A mixin of :class:`~eventwire.attribution.extract.Extractor`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .syntax import Raw, chars, cue_range, infinitive, marked_by, minus, prep_object, subtree

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .lexicon import Cue

#: Complements that make an appearance verb evidential ("seems to", "looks tired").
_APPEAR_DEPS = frozenset({"xcomp", "acomp", "oprd", "ccomp", "attr"})
#: Prepositions heading the appearance ("seems like a trap", "looked as if").
_APPEAR_PREPS = frozenset({"like", "as"})
#: Complements of a passive cognition or naming verb ("is expected to", "is seen as").
_PASSIVE_DEPS = frozenset({"xcomp", "oprd", "attr", "acomp"})
#: What "as" may govern in "seen as a moderate", "regarded as crucial".
_AS_OBJECTS = frozenset({"pobj", "pcomp", "amod", "acomp", "oprd"})
#: Participles that introduce a name rather than a view ("a group called X", "a man named Y").
_NAMING = frozenset({"call", "name"})


def _adjacent(tok: Token, extra: list[Token]) -> list[Token]:
    """The extra cue words next to the verb (only auxiliaries and adverbs between)."""
    doc = tok.doc
    out = []
    for t in extra:
        lo, hi = sorted((t.i, tok.i))
        if all(doc[k].pos_ in ("AUX", "ADV", "PART") for k in range(lo + 1, hi)):
            out.append(t)
    return out


class RaisingRules:
    """Appearance verbs and passive frames (mixed into the extractor)."""

    def _experiencer(self, tok: Token) -> Token | None:
        """"Seems to many voters": the one to whom it seems."""
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "to":
                for p in c.children:
                    if p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN", "PRON"):
                        return p
        return None

    def _appearance(self, tok: Token, cue: Cue) -> Raw | None:
        """"The plan seems to work", "it appears that ...", "she looked ready to fight"."""
        comps: list[Token] = []
        extra: list[Token] = []
        for c in tok.children:
            if c.dep_ in _APPEAR_DEPS:
                comps.append(c)
            elif c.dep_ == "prep" and c.lower_ in _APPEAR_PREPS and any(p.dep_ in ("pobj", "pcomp") for p in c.children):
                comps.extend(p for p in c.children if p.dep_ in ("pobj", "pcomp"))
                extra.append(c)
            elif c.dep_ == "advcl" and marked_by(c, ("as", "like")):
                comps.append(c)  # "it looks as if ..."
        if not comps or infinitive(tok):
            return None  # "tried to appear calm": a goal, not an appearance
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        pieces = [subtree(c) for c in comps]
        if subj is not None:
            if subj.lower_ in ("it", "this", "that", "there"):
                extra.append(subj)  # "it seems that ...": the dummy subject goes with the cue
            elif subj.tag_ in ("WDT", "WP"):
                return None  # "deals that appeared to ...": the noun is far away, leave it
            else:
                pieces.insert(0, subtree(subj))
        holder = self._experiencer(tok)
        content = self._expand_quotes(tok, [r for a, b in pieces if (r := chars(self.doc, a, b, self.text))])
        if not content:
            return None
        self.used.add(tok.i)
        return Raw(cue=cue_range(tok, _adjacent(tok, extra)), lemma=tok.lemma_.lower(), cls=cue.cls, kind="indirect",
                   source=None if holder is None else subtree(holder),
                   source_head=None if holder is None else holder.i, content=content, head=tok.i)

    def _passive_frame(self, tok: Token, cue: Cue) -> Raw | None:
        """"The deal is expected to pass", "he is seen as a moderate", "a group called X".

        A passive cognition, saying or naming verb whose complement predicates something
        of its subject: the subject and the complement are the content, the agent (if
        any) the source. As a participle after a noun ("a state seen as critical"), the
        noun stands in for the subject.
        """
        doc = self.doc
        if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ in ("NOUN", "PROPN", "PRON"):
            if tok.lemma_.lower() in _NAMING:
                return None
            a, b = subtree(tok.head)
            subj_pieces = minus((a, b), [subtree(tok)])
        else:
            subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
            if subj is None or subj.lower_ in ("it", "there"):
                return None
            subj_pieces = [subtree(subj)]
        holder = None
        hosts = [tok]
        extra: list[Token] = []
        for c in tok.children:
            if c.dep_ == "agent":
                holder = prep_object(c)
                if holder is not None:
                    extra.append(c)
                    hosts.append(holder)  # "seen by analysts as ...": the parser may hang "as" on the agent
        if holder is None and cue.citing:
            # "was quoted in The New York Times as saying ...": the paper quotes
            for c in tok.children:
                pobj = prep_object(c)
                if c.dep_ == "prep" and c.lower_ == "in" and pobj is not None and pobj.pos_ == "PROPN" \
                        and pobj.ent_type_ not in ("GPE", "LOC", "DATE"):  # not "quoted in Tehran as saying"
                    holder = pobj
                    extra.append(c)
                    break
        comps: list[Token] = []
        as_prep: Token | None = None
        for host in hosts:
            for c in host.children:
                if c.dep_ in _PASSIVE_DEPS and host is tok:
                    comps.append(c)
                elif c.dep_ == "prep" and c.lower_ == "as" and any(p.dep_ in _AS_OBJECTS for p in c.children):
                    as_prep = c
                    comps.extend(p for p in c.children if p.dep_ in _AS_OBJECTS)
                    if host is tok:
                        extra.append(c)
        if as_prep is not None:
            # "regarded as crucial for both parties": what follows "as" on the verb completes it
            comps.extend(c for c in tok.children if c.dep_ == "prep" and c.i > as_prep.i)
        elif not comps and cue.cls == "cognition":
            # "is known for its ties to ...": the reputation
            for_ = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "for"), None)
            if for_ is not None and any(p.dep_ in ("pobj", "pcomp") for p in for_.children):
                comps.extend(p for p in for_.children if p.dep_ in ("pobj", "pcomp"))
                extra.append(for_)
        if not comps:
            return None
        source = None
        if holder is not None:
            a, b = subtree(holder)
            if as_prep is not None and as_prep.head.i == holder.i:
                b = as_prep.i  # "by analysts as a moderate": the holder ends before "as"
            source = (a, b)
        pieces: list[tuple[int, int]] = []
        for a, b in sorted(subj_pieces + [subtree(c) for c in comps]):
            if pieces and a <= pieces[-1][1]:  # token-adjacent pieces are one ("crucial" + "for both parties")
                pieces[-1] = (pieces[-1][0], max(b, pieces[-1][1]))
            else:
                pieces.append((a, b))
        content = self._expand_quotes(tok, [r for a, b in pieces if (r := chars(doc, a, b, self.text))])
        if not content:
            return None
        self.used.add(tok.i)
        extra = _adjacent(tok, extra)
        return Raw(cue=cue_range(tok, extra), lemma=" ".join([tok.lemma_.lower()] + [t.lower_ for t in extra if t.dep_ == "prep"]),
                   cls=cue.cls, kind="indirect", source=source,
                   source_head=None if holder is None else holder.i, content=content, denial=cue.denial, head=tok.i)

    def _reduced_passive(self, tok: Token, cue: Cue, subj: Token) -> Raw | None:
        """"The talks thought to be decisive were cancelled", parsed as the talks thinking.

        A past participle of cognition after a noun that cannot hold a view, followed by an
        infinitive, is a reduced passive ("talks [that were] thought to be ..."): the noun
        and the infinitive are the content, and no one is named as holding the view.
        """
        if not cue.reduced or tok.tag_ not in ("VBD", "VBN"):
            return None
        xcomp = next((c for c in tok.children if c.dep_ == "xcomp" and c.i > tok.i), None)
        if xcomp is None or not infinitive(xcomp):
            return None
        pieces = [subtree(subj), subtree(xcomp)]
        content = [r for a, b in pieces if (r := chars(self.doc, a, b, self.text))]
        if not content:
            return None
        self.used.add(tok.i)
        return Raw(cue=(tok.i, tok.i + 1), lemma=tok.lemma_.lower(), cls=cue.cls, kind="indirect",
                   content=content, head=tok.i)
