"""Which way a clause points in time (past or future), read from the spaCy parse.

Underspecified expressions need it: "on Thursday" in "talks will resume on Thursday" is
the coming Thursday, in "talks resumed on Thursday" the last one. The cues are English
grammar: the future auxiliaries will/shall/'ll, "going to", present progressive, and
complement clauses of verbs of planning ("expected to meet in October").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo", "’ll"})
_PERFECT = frozenset({"has", "have", "had", "'ve", "’ve"})
_PAST_AUX_TAGS = frozenset({"VBD"})
#: Present-tense reporting verbs tell of the past ("the ministry says it struck Tuesday").
#: Verbs whose "for" names the planned time ("planned for March").
_PLANNED = frozenset({"plan", "schedule", "set", "slate", "due", "book", "reschedule"})
_REPORTING = frozenset({"say", "tell", "report", "announce", "claim", "state", "confirm", "deny", "add", "note", "write", "be"})



def governing_verb(token: Token) -> Token | None:
    """The nearest verb at or above ``token`` (skipping auxiliaries), or None."""
    t = token
    for _ in range(12):
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass"):
            return t
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def _introduced_by(token: Token) -> tuple[str, Token] | None:
    """The preposition introducing the expression at ``token`` and the word it attaches to
    ("postponed until Tuesday" → ("until", postponed))."""
    t = token
    for _ in range(3):
        if t.dep_ == "pobj" and t.head.dep_ == "prep":
            return t.head.lower_, t.head.head
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def _in_past_perfect(aux: Token) -> bool:
    """"been" under a "had": past perfect."""
    return any(c.lower_ in ("had", "'d") for c in aux.head.children if c.dep_ == "aux")


_NEGATORS = frozenset({"not", "n't", "never", "neither", "nor", "no", "nobody", "none"})


def _negated(verb: Token) -> bool:
    """A negation on the verb or its subject ("could not", "neither he nor she could")."""
    for c in verb.children:
        if c.dep_ == "neg" or c.lower_ in _NEGATORS:
            return True
        if c.dep_ in ("nsubj", "nsubjpass") and any(t.lower_ in _NEGATORS for t in c.subtree):
            return True
    return False


def _clause_is_past(token: Token) -> bool:
    """Whether the clause governing ``token`` is in a past tense (a VBD verb or auxiliary)."""
    verb = governing_verb(token)
    if verb is None:
        return False
    return verb.tag_ == "VBD" or any(c.tag_ == "VBD" for c in verb.children if c.dep_ in ("aux", "auxpass"))


def direction_of(token: Token, _depth: int = 0) -> str | None:
    """"past", "future" or None (not decidable) for the clause governing ``token``."""
    way = _direction(token, _depth)
    if way == "future" and token.dep_ == "compound" and token.head.pos_ in ("NOUN", "PROPN"):
        # a time naming a thing ("trying to sell itself under a June agreement") is located
        # by a future auxiliary, not by a clause that merely looks ahead
        verb = governing_verb(token)
        if verb is None or not any(c.lower_ in _FUTURE_AUX for c in verb.children if c.dep_ == "aux"):
            return None
    return way


def _direction(token: Token, _depth: int = 0) -> str | None:
    verb = governing_verb(token)
    if verb is None:
        return None
    L = lexicon()
    cues = L.future_cues
    if (intro := _introduced_by(token)) is not None:
        prep, host = intro
        lemma = host.lemma_.lower()
        if prep in ("until", "till", "through") and lemma in L.deadline_verbs:
            return "future"  # "postponed until Tuesday", "extended the loans through January": a deadline ahead
        if prep == "for" and lemma in _PLANNED and host.dep_ != "acl":
            return "future"  # "planned for early March", "scheduled for Monday"
        if (host.pos_ == "NOUN" and host.dep_ in ("dobj", "pobj") and prep in ("in", "on", "by")
                and verb.lemma_.lower() in L.announcing_verbs):
            # "warned the companies of a cutback in September": the time of the act announced,
            # which the tense of the announcing does not place
            return None
    if token.head.lower_ == "effective" and token.dep_ in ("npadvmod", "pobj", "nmod"):
        return "future"  # "created an office, effective Feb. 1": a change announced takes effect ahead
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    if words & _FUTURE_AUX:
        return "future"
    if (verb.lemma_.lower() in _PLANNED and verb.tag_ == "VBN" and verb.dep_ == "acl" and not auxes
            and any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children)):
        # "a summit set for Washington in April": a reduced relative naming a planned time;
        # under a past main clause it may be over already, so it is left open there
        return None if _clause_is_past(verb.head) else "future"
    untensed = not auxes or all(a.tag_ in ("VB", "VBG", "VBN") for a in auxes)
    if (untensed and verb.tag_ in ("VBG", "VBN") and (auxes or verb.tag_ == "VBG")
            and verb.dep_ in ("advcl", "xcomp", "conj") and _depth < 3):
        # a participle clause has no tense of its own: "has fluctuated, rising to a high in June
        # from a low in March" is as past as the clause it hangs from, "is going to start
        # getting hurt in the spring" as future
        return direction_of(verb.head, _depth + 1)
    lemma = verb.lemma_.lower()
    if (lemma in ("plan", "schedule", "reschedule", "slate") and verb.dep_ != "acl" and "had" not in words
            and any(c.dep_ == "dobj" for c in verb.children)):
        return "future"  # "has scheduled a news conference Thursday": what is planned lies ahead
    if lemma in ("due", "schedule", "slate") and verb.tag_ in ("VBN", "JJ") and not words & _PERFECT:
        # "is due on Monday", "is scheduled for October" (but not "was scheduled")
        return "future" if not any(a.tag_ == "VBD" for a in auxes) else None
    if "to" in words and (verb.tag_ == "VB" or (verb.tag_ == "VBN" and "be" in words)):
        # an infinitive: "plans to visit in October", "to be published in November"
        head = verb.head
        # the auxiliaries of the governing predicate ("had been due to expire": "due" ← "been")
        above = [head, head.head] if head.dep_ in ("acomp", "xcomp", "attr") else [head]
        head_auxes = [c for h in above for c in h.children if c.dep_ in ("aux", "auxpass")]
        if head.i != verb.i and any(a.lower_ in ("had", "'d") or (a.lower_ == "been" and _in_past_perfect(a)) for a in head_auxes):
            return "past"  # "had been due to expire Friday": the plan lies in the past
        be_to = head.lemma_ == "be" and head.tag_ in ("VBZ", "VBP")  # "is to visit"; not "was to"
        if head.i != verb.i and (head.lemma_.lower() in cues or be_to
                                 or (_depth < 3 and direction_of(head, _depth + 1) == "future")):
            return "future"
        return "future" if verb.tag_ == "VBN" else None
    if any(a.tag_ == "MD" for a in auxes) and not words & _PERFECT:
        if "could" in words and _negated(verb):
            return "past"  # "could not be reached Wednesday": a past attempt, not a possibility
        # "would be traveling Thursday", "could come as soon as Tuesday": forward-looking
        return "future"
    present_passive = any(a.dep_ == "auxpass" and a.tag_ in ("VBZ", "VBP") for a in auxes)
    if verb.tag_ == "VBN" and present_passive and not words & _PERFECT:
        # "is expected in December" looks ahead; "is heard in May" is open
        return "future" if verb.lemma_.lower() in cues else None
    if words & _PERFECT or verb.tag_ in ("VBD",) or any(a.tag_ in _PAST_AUX_TAGS for a in auxes):
        return "past"
    if verb.tag_ == "VBN":
        return "past"
    if verb.tag_ == "VBG" and any(a.lemma_ == "be" and a.tag_ in ("VBZ", "VBP") for a in auxes):
        return "future"  # present progressive for a scheduled event: "is meeting on Friday"
    if verb.tag_ in ("VBZ", "VBP") and not auxes and verb.lemma_.lower() not in _REPORTING | L.stative_verbs:
        if verb.tag_ == "VBP" and any(c.dep_ == "nsubj" and c.tag_ in ("NN", "NNP") for c in verb.children):
            return "past"  # "weakness hurt shares": a plain form after a singular subject is a past
        return "future"  # the present of a timetable: "the leaders meet Monday"
    return None


__all__ = ["direction_of", "governing_verb"]
