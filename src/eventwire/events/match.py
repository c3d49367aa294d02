"""Matching lexicon rows against the parse: subjects, objects, conditions, noun entries."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import Cond, Lexicon, NounEntry

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..document import Document

_VERB_POS = frozenset({"VERB"})
_NOUN_POS = frozenset({"NOUN", "PROPN"})
_SECOND_DEPS = frozenset({"prt", "prep", "dobj", "advmod", "acomp", "compound:prt", "npadvmod"})
#: A noun in these relations names a thing, not an event ("war crimes court", "the meeting's
#: co-chairman"); a verb as a participial adjective ("the besieged town") likewise.
_NOT_EVENT_NOUN_DEPS = frozenset({"compound", "poss", "nmod"})
_NOT_EVENT_VERB_DEPS = frozenset({"amod", "compound"})
_AMOUNT_WORDS = frozenset({"million", "billion", "thousand", "ton", "tonne", "worth", "package", "amount"})


def subject_of(verb: Token, follow: bool = False) -> Token | None:
    """Grammatical subject of ``verb``; with ``follow``, the controller of a subjectless
    complement or purpose clause ("workers stayed home to protest")."""
    tok = verb
    for _ in range(3 if follow else 1):
        for ch in tok.children:
            if ch.dep_ in ("nsubj", "csubj"):
                return ch
        if not follow or tok.dep_ not in ("xcomp", "advcl", "conj") or tok.head == tok:
            return None
        if any(ch.dep_ == "nsubjpass" for ch in tok.children):
            return None
        tok = tok.head
    return None


def object_of(verb: Token) -> Token | None:
    """Direct object, or the passive subject ("sanctions were imposed")."""
    passive = None
    for ch in verb.children:
        if ch.dep_ == "dobj":
            return ch
        if ch.dep_ == "nsubjpass":
            passive = ch
    return passive


def _word_ok(tok: Token | None, value: str, lex: Lexicon, doc: Document) -> bool:
    if tok is None:
        return False
    if value == "@any":
        return True
    if value == "@actor":
        return bool(doc.mentions_headed_by(tok.i) or doc.mention_at(tok.i))
    if value == "@named":
        if tok.pos_ == "PROPN" or tok.ent_type_ in ("GPE", "ORG", "PERSON", "NORP"):
            return True
        for m in doc.mentions_headed_by(tok.i):
            if m.kind in ("name", "title", "metonym"):
                return True
        return False
    words = {tok.lemma_.lower(), tok.lower_}
    for ch in tok.children:
        if ch.dep_ in ("compound", "amod", "nmod"):
            words.add(ch.lemma_.lower())
        elif ch.dep_ == "prep" and ch.lower_ == "of":  # "a patch of peacekeeping troops"
            for g in ch.children:
                if g.dep_ == "pobj":
                    words.add(g.lemma_.lower())
                    words.update(x.lemma_.lower() for x in g.children if x.dep_ in ("compound", "amod"))
    return any(lex.in_class(w, value) for w in words)


def _conds_ok(conds: tuple[Cond, ...], subj: Token | None, obj: Token | None, noun: Token | None,
              lex: Lexicon, doc: Document, verb: Token | None = None) -> bool:
    for c in conds:
        if c.slot == "subj":
            ok = _word_ok(subj, c.value, lex, doc)
        elif c.slot == "obj":
            ok = _word_ok(obj, c.value, lex, doc)
        elif c.slot == "with":  # "clashed with protesters", "clashes with rioters"
            host = noun if noun is not None else verb
            ok = host is not None and any(
                _word_ok(g, c.value, lex, doc)
                for ch in host.children
                if ch.dep_ == "prep" and ch.lower_ == "with"
                for g in ch.children
                if g.dep_ == "pobj"
            )
        elif c.slot == "aim":  # "fired a missile at X" vs "into the sea": is anyone targeted?
            ok = verb is not None and _aimed(verb, lex)
        elif c.slot == "verb":
            ok = _word_ok(_governing_verb(noun), c.value, lex, doc) if noun is not None else False
        elif c.slot == "mod":
            ok = noun is not None and any(
                _word_ok(ch, c.value, lex, doc) or lex.in_class(ch.lemma_.lower(), c.value)
                for ch in _modifiers(noun)
            )
        else:
            ok = True
        if ok == c.negate:
            return False
    return True


#: Prepositions naming what a fired or launched weapon is aimed at.
_AIM_PREPS = frozenset({"at", "on", "against", "into", "toward", "towards", "upon"})


def _aimed(verb: Token, lex: Lexicon) -> bool:
    """Whether a firing or launch has a target: a place or party it is fired at or into
    (not a body of water), or a hit or casualty reported in the same sentence."""
    for ch in verb.children:
        if ch.dep_ == "prep" and ch.lower_ in _AIM_PREPS:
            for g in ch.children:
                if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME") and not lex.in_class(
                    g.lemma_.lower(), "waters"
                ):
                    return True
    return any(lex.in_class(t.lemma_.lower(), "impacts") for t in verb.sent if t.i != verb.i)


def _modifiers(noun: Token) -> list[Token]:
    """Modifiers of a noun, including its "of" complement ("a test of a new rocket")."""
    out = []
    for ch in noun.children:
        if ch.dep_ in ("compound", "amod", "nmod", "poss"):
            out.append(ch)
        elif ch.dep_ == "prep" and ch.lower_ == "of":
            out.extend(g for g in ch.children if g.dep_ == "pobj")
    return out


def _surface_lemma(word: str, known: dict) -> str | None:
    """A lexicon lemma for an inflected verb the lemmatiser got wrong ("staged" -> "stag")."""
    for suffix, add in (("ied", "y"), ("ies", "y"), ("ing", "e"), ("ing", ""), ("ed", "e"), ("ed", ""),
                        ("d", ""), ("es", ""), ("s", "")):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            base = word[: -len(suffix)] + add
            if base in known:
                return base
            if suffix in ("ing", "ed") and len(base) > 3 and base[-1] == base[-2] and base[:-1] in known:
                return base[:-1]  # "shelled" -> "shell" is found above; "planned" -> "plan"
    return None


def _governing_verb(noun: Token) -> Token | None:
    """The verb a noun is the object of ("contributed troops", "troops were sent")."""
    head = noun.head
    if noun.dep_ in ("dobj", "nsubjpass", "conj", "appos") and head.pos_ == "VERB":
        return head
    if noun.dep_ == "pobj" and head.head.pos_ == "VERB":
        return head.head
    return None


def _has_second(tok: Token, second: str) -> bool:
    for ch in tok.children:
        if ch.dep_ in _SECOND_DEPS and (ch.lower_ == second or ch.lemma_.lower() == second):
            # "called on Friday" is not "called on": a preposition heading a date is no particle
            if ch.dep_ == "prep" and any(g.ent_type_ in ("DATE", "TIME") for g in ch.children):
                continue
            return True
    return False


def _surface_noun(word: str, known: dict) -> str | None:
    """A lexicon lemma for a plural the lemmatiser got wrong ("bases" -> "basis")."""
    if word in known:
        return word
    for suffix in ("es", "s"):
        if word.endswith(suffix) and word[: -len(suffix)] in known:
            return word[: -len(suffix)]
    return None


def noun_entry(tok: Token, lex: Lexicon, doc: Document, lemma: str | None = None) -> NounEntry | None:
    """The nouns.tsv row for noun ``tok`` ("hunger strike", "state of emergency"), if any."""
    entries = lex.nouns.get(lemma or tok.lemma_.lower())
    if not entries:
        return None
    mods = None
    for e in entries:
        if e.modifier is not None:
            if mods is None:
                mods = {ch.lemma_.lower() for ch in tok.children if ch.dep_ in ("compound", "amod", "nmod")}
                mods |= {ch.lower_ for ch in tok.children if ch.dep_ in ("compound", "amod", "nmod")}
            if e.modifier not in mods and e.modifier.replace(" ", "-") not in mods:
                continue
        if e.of is not None:
            if not any(
                ch.dep_ == "prep" and ch.lower_ == "of" and any(g.lemma_.lower() == e.of for g in ch.children)
                for ch in tok.children
            ):
                continue
        if e.conds and not _conds_ok(e.conds, None, None, tok, lex, doc):
            continue
        return e
    return None


def _hyphenated_noun(tok: Token, known: dict) -> str | None:
    """A lexicon noun the tokenizer split at its hyphen ("sit-in" as "sit", "-", "in")."""
    if tok.i < 2 or tok.nbor(-1).text != "-" or tok.nbor(-1).whitespace_ or tok.nbor(-2).whitespace_:
        return None
    word = f"{tok.nbor(-2).lower_}-{tok.lower_}"
    return _surface_noun(word, known)


def _verb_as_noun(tok: Token) -> bool:
    """A verb the tagger took for a noun but the parser gave a particle and an object
    ("... and hand over disputed territory")."""
    if tok.pos_ != "NOUN":
        return False
    deps = {c.dep_ for c in tok.children}
    return "prt" in deps and "dobj" in deps


def _passive_participle(tok: Token) -> bool:
    """A past participle modifying a noun ("the missiles launched on Monday")."""
    return tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ in _NOUN_POS


# ----- the per-sentence finder -------------------------------------------------------------------


def _child_dep(tok: Token, *deps: str) -> Token | None:
    for ch in tok.children:
        if ch.dep_ in deps:
            return ch
    return None
