"""Whether a source is anonymous: unnamed people speaking off the record.

"Sources said", "a senior official said", "people familiar with the talks said", or anyone
"who spoke on condition of anonymity". A named person, a body speaking as itself ("the
ministry said"), a country, an outlet, a document and a spokesperson speaking for a body
are on the record. Word lists: ``data/unnamed_sources.txt`` and ``data/anonymity_phrases.txt``.
"""

from __future__ import annotations

import functools
import re

from spacy.tokens import Doc

from ..model import Actor
from ..resources import load_wordlist
from .lexicon import PACKAGE

#: Actor kinds that speak as themselves, not as unnamed people.
_ON_RECORD_KINDS = frozenset({"organization", "country", "outlet"})
#: Words by which a source phrase says it is unnamed ("an *unnamed* Western diplomat").
_UNNAMED = frozenset({"unnamed", "anonymous", "unidentified"})
#: Heads of an unnamed source that are anonymous only with an insider's qualifier ("people
#: *familiar with* the talks"), see ``data/insider_qualifiers.txt``.
_ORDINARY = frozenset({"person", "people", "someone"})
#: Entity types of a name, which no unnamed source carries.
_NAMED_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})


@functools.cache
def unnamed_sources() -> frozenset[str]:
    """Head lemmas of a source that names no one ("official", "source", "person")."""
    return load_wordlist(PACKAGE, "unnamed_sources.txt")


@functools.cache
def insider_qualifiers() -> frozenset[str]:
    """Words that make "people" or "a person" an insider ("familiar", "close", "briefed")."""
    return load_wordlist(PACKAGE, "insider_qualifiers.txt")


@functools.cache
def _granted() -> re.Pattern[str]:
    """Phrases by which a text grants a source anonymity ("on condition of anonymity")."""
    phrases = sorted(load_wordlist(PACKAGE, "anonymity_phrases.txt"), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases) + r")\b", re.I)


def _unnamed_name(source: Actor) -> bool:
    """Whether a pronoun's resolved actor is unnamed people ("Two senior officials")."""
    words = (source.name or "").lower().split()
    if source.kind not in ("group", "person") or not words:
        return False
    last = words[-1]
    if last in _ORDINARY:
        return any(w in insider_qualifiers() for w in words)  # "they" after "many people said" are no insiders
    return last in unnamed_sources() or (last.endswith("s") and last[:-1] in unnamed_sources())


def is_anonymous(doc: Doc, start: int, end: int, head: int | None, source: Actor | None) -> bool:
    """Whether the source at tokens ``[start, end)`` (``head`` its head) is unnamed people,
    or is granted anonymity in its sentence."""
    if head is None or source is None:
        return False
    if any(t.ent_type_ == "PERSON" for t in doc[start:end]):
        return False  # "Kim, who spoke on condition of anonymity" is still Kim
    tok = doc[head]
    if tok.tag_ in ("WP", "WDT") and tok.head.dep_ == "relcl":
        tok = tok.head.head  # "a farmer, who asked ...": the farmer
    if tok.ent_type_ in _NAMED_ENTITIES:
        return False  # "People for the Ethical Treatment of Animals" is a body
    if tok.pos_ == "PRON":
        return _unnamed_name(source)  # "they" after "officials said" are the same officials
    if tok.pos_ not in ("NOUN", "PROPN") or source.kind in _ON_RECORD_KINDS:
        return False  # "the ministry said" speaks as itself
    if any(t.lower_ in _UNNAMED for t in doc[start:end]):
        return True  # "an unnamed driver"
    lemma = tok.lemma_.lower()
    if lemma in unnamed_sources() and (
        lemma not in _ORDINARY or any(t.lower_ in insider_qualifiers() for t in doc[start:end])
    ):
        return True  # "a source cited by Haaretz" is anonymous, though Haaretz is not
    if source.kb_id:
        return False  # a known office holder ("the foreign minister")
    return _granted().search(tok.sent.text) is not None
