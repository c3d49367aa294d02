"""Which earlier mention a pronoun refers to.

"he"/"his" a person who is not known to be a woman, "she"/"her" one not known to be a man,
"it"/"its" a country or organisation, "they"/"their" a plural mention or a group; the
nearest fitting subject within two sentences first, else the nearest fitting mention; "he"
and "she" past that window only when one person of that known gender fits in all the text before.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from spacy.strings import get_string_id

from .parse import Columns

if TYPE_CHECKING:  # coref.py builds the links and imports this module
    from .coref import Linked

#: How far back (in sentences) a pronoun looks for its antecedent.
PRONOUN_WINDOW = 2

#: Subject and possessive pronouns -> what they refer to: a man ("m"), a woman ("f"), one
#: thing ("it"), several ("they").
_REFERENT = {
    **dict.fromkeys(("he", "him", "his"), "m"),
    **dict.fromkeys(("she", "her"), "f"),
    **dict.fromkeys(("it", "its"), "it"),
    **dict.fromkeys(("they", "them", "their"), "they"),
}
_BY_HASH = {get_string_id(w): w for w in _REFERENT}

Fits = Callable[["Linked"], bool]


def word_at(cols: Columns, token: int) -> str:
    """The pronoun at ``token`` in lower case, or "" when the token is none of ours."""
    return _BY_HASH.get(cols.lower[token], "")


def fits(word: str) -> Fits:
    """What a link must be for ``word`` to refer to it (an unknown word: a plural or group)."""
    referent = _REFERENT.get(word, "they")
    if referent in ("m", "f"):
        return lambda l: l.entity.akind == "person" and not l.draft.plural \
            and l.entity.gender in (None, referent)
    if referent == "it":
        return lambda l: l.entity.akind in ("country", "organization") and not l.draft.plural
    return lambda l: l.draft.plural or l.entity.akind == "group"


def gender(word: str) -> str | None:
    """ "m" for "he" and its forms, "f" for "she" and hers, None for any other word."""
    referent = _REFERENT.get(word)
    return referent if referent in ("m", "f") else None


def antecedent(linked: Sequence[Linked], sent_of: Sequence[int], token: int, fits: Fits,
               *, sole: str | None = None) -> Linked | None:
    """The link ``fits`` accepts before ``token``: the latest subject within the window, else
    the latest mention (``sent_of`` maps a token to its sentence); with ``sole`` ("m"/"f"),
    past the window, the one person before who fits and is known to be of that gender."""
    sent = sent_of[token]
    window = []
    for l in reversed(linked):  # linked in (nearly) text order: stop past the window
        if sent - l.sent > PRONOUN_WINDOW + 1:
            break
        if l.draft.head < token and sent - l.sent <= PRONOUN_WINDOW:
            window.append(l)
    before = sorted(window, key=lambda l: l.draft.head)
    for l in reversed(before):
        if l.subject and fits(l):
            return l
    for l in reversed(before):
        if fits(l):
            return l
    return _sole(linked, token, fits, sole) if sole else None


def _sole(linked: Sequence[Linked], token: int, fits: Fits, gender: str) -> Linked | None:
    """The latest link of the only entity ``fits`` accepts before ``token`` ("he said" four
    sentences after the one man named), if its gender is known to be ``gender``."""
    earlier = [l for l in linked if l.draft.head < token and fits(l)]
    if earlier and len({id(l.entity) for l in earlier}) == 1 and earlier[0].entity.gender == gender:
        return max(earlier, key=lambda l: l.draft.head)
    return None
