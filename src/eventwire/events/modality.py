"""Modality of a clause from grammar: did it happen, will it, might it, or did it not?

Public API (used by the event stage and by the time helper to score MEANTIME modality):
:func:`modality_of` gives the modality of the clause governed by one token. The value is
one of :data:`eventwire.model.MODALITIES` except ``reported``, which the attribution stage
adds later. The cues (auxiliaries, negators, governing verbs such as "plans to",
"is expected to", "refused to", conditional "if") are data in ``data/modality.yaml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..resources import load_wordlist, load_yaml

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..document import Document

PACKAGE = "eventwire.events"

#: When several cues apply, the first in this order wins: an "if" clause is hypothetical
#: even when negated, a negated plan is negated, a threatened conditional attack is a
#: threat, a planned future meeting is intended.
PRIORITY: tuple[str, ...] = (
    "hypothetical",
    "negated",
    "threatened",
    "conditional",
    "intended",
    "expected",
    "future",
    "possible",
    "ongoing",
)
_RANK = {m: i for i, m in enumerate(PRIORITY)}

_VERBAL_POS = frozenset({"VERB", "AUX"})
_PREDICATE_POS = frozenset({"VERB", "AUX", "ADJ"})
# Relations through which a clause inherits the modality of the word governing it.
_CONTROL_DEPS = frozenset({"xcomp", "ccomp", "acomp", "pcomp"})
# Relations linking a nominal event to the verb whose clause it belongs to.
_NOUN_TO_VERB = frozenset({"dobj", "nsubj", "nsubjpass", "attr", "oprd", "dative"})


@dataclass(frozen=True, slots=True)
class Cues:
    """Cue word sets, loaded once from ``data/modality.yaml``."""

    future_aux: frozenset[str]
    conditional_aux: frozenset[str]
    possible_aux: frozenset[str]
    obligation_aux: frozenset[str]
    negators: frozenset[str]
    governors: dict[str, str]  # lemma -> modality it gives its complement
    hypothetical_marks: frozenset[str]
    noun_modifiers: dict[str, str]
    noun_governors: dict[str, str]
    ongoing_preps: frozenset[str]
    occurrence_verbs: frozenset[str]
    reporting: frozenset[str]


@functools.cache
def cues() -> Cues:
    data = load_yaml(PACKAGE, "modality.yaml")

    def s(key: str) -> frozenset[str]:
        return frozenset(str(x).lower() for x in data.get(key, []))

    governors: dict[str, str] = {}
    # Later lines lose to earlier ones when a lemma is listed twice.
    for key, value in (
        ("threat_governors", "threatened"),
        ("negative_governors", "negated"),
        ("intent_governors", "intended"),
        ("expect_governors", "expected"),
        ("possible_governors", "possible"),
        ("ongoing_governors", "ongoing"),
    ):
        for lemma in s(key):
            governors.setdefault(lemma, value)
    return Cues(
        future_aux=s("future_aux"),
        conditional_aux=s("conditional_aux"),
        possible_aux=s("possible_aux"),
        obligation_aux=s("obligation_aux"),
        negators=s("negators"),
        governors=governors,
        hypothetical_marks=s("hypothetical_marks"),
        noun_modifiers={str(k).lower(): str(v) for k, v in (data.get("noun_modifiers") or {}).items()},
        noun_governors={str(k).lower(): str(v) for k, v in (data.get("noun_governors") or {}).items()},
        ongoing_preps=s("ongoing_preps"),
        occurrence_verbs=s("occurrence_verbs"),
        reporting=load_wordlist(PACKAGE, "reporting_verbs.txt"),
    )


def modality_of(doc: Document, token_i: int) -> str:
    """Modality of the clause governed by token ``token_i`` of ``doc.doc``.

    One of ``asserted, negated, future, expected, intended, threatened, hypothetical,
    conditional, possible, ongoing`` (never ``reported``: sourcing is another stage's job).
    """
    assert doc.doc is not None, "modality_of needs the parsed doc (run the nlp stage)"
    return token_modality(doc.doc[token_i])[0]


def token_modality(tok: Token) -> tuple[str, int | None]:
    """``(modality, index of the deciding cue token or None)`` for the clause of ``tok``."""
    found = modality_cues(tok)
    return _pick(found) if found else ("asserted", None)


def modality_cues(tok: Token) -> dict[str, int]:
    """Every modality cue found for ``tok``'s clause, mapped to its cue token index.

    :func:`token_modality` picks one by :data:`PRIORITY`; the event coder also looks at
    combinations ("will not" = negated and future, which PLOVER codes as a refusal).
    """
    found: dict[str, int] = {}
    c = cues()
    if tok.pos_ not in _PREDICATE_POS and not _verb_as_noun(tok):
        _noun_cues(tok, c, found)
        pred = _noun_predicate(tok)
        if pred is None:
            return found
        if found and not (_subject_of(tok, pred) and pred.lemma_.lower() in c.occurrence_verbs):
            return found  # "the planned summit" ... unless "did not take place" says what became of it
        _clause_cues(pred, c, found, own=True)
        if "negated" in found and _subject_of(tok, pred) and pred.lemma_.lower() not in c.occurrence_verbs:
            # "the meetings have not produced results": the meetings took place; only "did
            # not take place", "did not happen" deny a subject event
            del found["negated"]
        return found
    _clause_cues(tok, c, found, own=True)
    return found


def _verb_as_noun(tok: Token) -> bool:
    """A verb tagged as a noun that the parser gave a particle and an object ("and hand over
    the territory")."""
    deps = {c.dep_ for c in tok.children}
    return tok.pos_ == "NOUN" and "prt" in deps and "dobj" in deps


def _subject_of(noun: Token, pred: Token) -> bool:
    t = noun
    while t.dep_ in ("conj", "compound", "appos") and t.head != t:
        t = t.head
    return t.dep_ == "nsubj" and t.head == pred


def _pick(found: dict[str, int]) -> tuple[str, int | None]:
    best = min(found, key=_RANK.__getitem__)
    return best, found[best]


def _add(found: dict[str, int], modality: str, cue: int) -> None:
    found.setdefault(modality, cue)


def _noun_cues(tok: Token, c: Cues, found: dict[str, int]) -> None:
    """Cues on a nominal event: "the planned summit", "no talks", "under sanctions"."""
    for child in tok.children:
        low = child.lower_
        if child.dep_ in ("amod", "compound", "nmod", "poss") and low in c.noun_modifiers:
            _add(found, c.noun_modifiers[low], child.i)
        elif child.dep_ in ("det", "neg") and low in c.negators:
            _add(found, "negated", child.i)
    t = tok
    while t.dep_ == "conj" and t.head != t:  # "under UN and US sanctions"
        t = t.head
    head = t.head
    if t.dep_ == "pobj" and head.lower_ in ("of", "for") and head.head.pos_ == "NOUN":
        # "the threat of military intervention", "plans for an offensive": what is threatened
        # or planned has the modality of the noun that holds it
        kind = c.noun_governors.get(head.head.lemma_.lower())
        if kind is not None:
            _add(found, kind, head.head.i)
    if t.dep_ == "pobj" and head.lower_ in c.ongoing_preps and head.head.lemma_ != "during":
        _add(found, "ongoing", head.i)


def _noun_predicate(tok: Token) -> Token | None:
    """The verb (or predicate adjective) whose clause a nominal event belongs to, if close."""
    for _ in range(3):
        if tok.dep_ in ("conj", "compound", "appos") and tok.head != tok:
            tok = tok.head
            continue
        if tok.dep_ in _NOUN_TO_VERB and tok.head.pos_ in _PREDICATE_POS:
            return tok.head
        return None
    return None


def _aux_cues(verb: Token, c: Cues, found: dict[str, int]) -> None:
    """Auxiliaries, negators and progressive aspect attached to ``verb``."""
    has_be = False
    for child in verb.children:
        dep = child.dep_
        if dep == "neg" or (dep == "advmod" and child.lower_ in ("never",)):
            if child.lower_ in c.negators or child.lemma_.lower() in c.negators:
                _add(found, "negated", child.i)
        elif dep in ("aux", "auxpass"):
            low = child.lower_
            lem = child.lemma_.lower()
            if low in c.future_aux or lem in c.future_aux:
                _add(found, "future", child.i)
            elif low in c.conditional_aux or lem in c.conditional_aux:
                _add(found, "_would", child.i)
            elif low in c.possible_aux or lem in c.possible_aux:
                _add(found, "possible", child.i)
            elif low in c.obligation_aux or lem in c.obligation_aux:
                _add(found, "expected", child.i)
            elif lem == "be" and dep == "aux":
                has_be = True
    if has_be and verb.tag_ == "VBG":
        _add(found, "ongoing", verb.i)
    elif verb.tag_ == "VBN" and _since_perfect(verb):
        _add(found, "ongoing", verb.i)  # "has waged an insurgency since 1984": still going on


def _since_perfect(verb: Token) -> bool:
    """A present perfect with a "since" phrase: a state or activity that continues."""
    has = any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children)
    return has and any(c.dep_ == "prep" and c.lower_ == "since" for c in verb.children)


def _shares_aux(verb: Token) -> Token | None:
    """The first conjunct whose auxiliaries a bare coordinated verb shares ("will meet and sign")."""
    if verb.dep_ != "conj":
        return None
    if any(ch.dep_ in ("aux", "auxpass", "neg", "nsubj", "nsubjpass") for ch in verb.children):
        return None
    head = verb.head
    while head.dep_ == "conj" and head.head != head:
        head = head.head
    return head if head.pos_ in _VERBAL_POS else None


def _clause_cues(verb: Token, c: Cues, found: dict[str, int], own: bool) -> None:
    local: dict[str, int] = {}
    _aux_cues(verb, c, local)
    first = _shares_aux(verb)
    if first is not None:
        _aux_cues(first, c, local)
        verb_for_climb = first
    else:
        verb_for_climb = verb
    # Hypothetical: the clause is introduced by "if"/"unless"; conditional: it has such a clause.
    if verb_for_climb.dep_ == "advcl" and any(
        ch.dep_ == "mark" and ch.lower_ in c.hypothetical_marks for ch in verb_for_climb.children
    ):
        local.setdefault("hypothetical", verb_for_climb.i)
    for ch in verb_for_climb.children:
        if ch.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in c.hypothetical_marks for m in ch.children
        ):
            local.setdefault("conditional", ch.i)
    if "_would" in local:
        cue = local.pop("_would")
        if "conditional" not in local:
            local.setdefault(_would(verb_for_climb, c), cue)
    for key, value in local.items():
        _add(found, key, value)
    _governor_cues(verb_for_climb, c, found)


def _would(verb: Token, c: Cues) -> str:
    """"would" under a reporting verb is a future in the past ("said it would meet");
    elsewhere it marks an unreal or hypothetical clause."""
    reported = verb.dep_ in ("ccomp", "parataxis") and verb.head.lemma_.lower() in c.reporting
    return "future" if reported else "hypothetical"


def _governor_cues(verb: Token, c: Cues, found: dict[str, int]) -> None:
    """Walk up through control and complement relations: "expected to", "refused to"."""
    tok = verb
    for _ in range(4):
        noun_acl = tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN")  # "his plan to visit"
        if (tok.dep_ not in _CONTROL_DEPS and not noun_acl) or tok.head == tok:
            return
        gov = tok.head
        if gov.pos_ == "ADP" and tok.dep_ == "pcomp":
            if gov.lower_ not in ("by", "through") or gov.head == gov:
                return  # "after seizing the town" is its own, earlier event
            gov = gov.head  # "would respond by expelling": the means shares the modality
        lemma = gov.lemma_.lower()
        low = gov.lower_
        if gov.pos_ in ("NOUN", "PROPN"):
            kind = c.noun_governors.get(lemma)
            if kind is not None:
                _add(found, kind, gov.i)
            return  # a noun's own clause does not reach further up
        kind = c.governors.get(lemma) or c.governors.get(low)
        if lemma == "go" and gov.tag_ == "VBG" and tok.dep_ == "xcomp":
            kind = "future"
        if kind is None and tok.dep_ == "ccomp":
            return  # "said that ...": reporting is not modality; stop here
        if kind is not None:
            _add(found, kind, gov.i)
        # The governor's own auxiliaries and negation reach down: "did not agree to meet".
        sub: dict[str, int] = {}
        _aux_cues(gov, c, sub)
        sub.pop("ongoing", None)  # "is continuing to" says nothing about the complement's aspect
        if "_would" in sub:
            sub[_would(gov, c)] = sub.pop("_would")
        for key, value in sub.items():
            _add(found, key, value)
        tok = gov
