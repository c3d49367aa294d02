"""Which two earlier actors "the two countries", "both sides" or "the two leaders" name.

The latest two distinct actors of one class (two people, two states, two armed or
political groups) mentioned within the window, one mention each (same head, like
"Hungarian and Romanian officials"). The subjects of the pair phrase's own clause are not
candidates ("Iraq and Oman hosted talks between the two countries"), nor are places ("a
summit in Singapore").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.strings import get_string_id

from .parse import AUX, D, VERB, Columns
from .resolve import Draft

if TYPE_CHECKING:  # coref.py builds the links and imports this module
    from .coref import Linked

_POBJ = D["pobj"]
#: Prepositions that make a country name a place ("a summit in Singapore").
_IN_PLACE = frozenset(get_string_id(w) for w in ("in", "at", "near", "inside", "outside", "within", "throughout"))
_VERBS = frozenset({VERB, AUX})


def _of_people(d: Draft) -> bool:
    return d.akind == "person" or (d.title or "").endswith("leader")


def still_fits(d: Draft, pair: tuple[Linked, Linked]) -> bool:
    """Whether a later pair phrase can name the pair the last one named ("the two leaders"
    names two people only)."""
    return not _of_people(d) or all(l.entity.akind == "person" for l in pair)


def side_class(cols: Columns, link: Linked) -> str | None:
    """"person", "state" or "group" for a link that can be one side of a pair, else None."""
    e, h = link.entity, link.draft.head
    if cols.dep[h] == _POBJ and cols.lower[cols.head[h]] in _IN_PLACE:
        return None  # "a summit in Singapore": a place, not a side
    if e.akind == "person":
        return "person"
    if e.akind == "country" or link.sector in ("GOV", "MIL"):
        return "state"
    if link.sector in ("REB", "OPP", "PTY"):
        return "group"
    return None


def clause_verb(cols: Columns, token: int) -> int:
    """The verb whose clause holds ``token`` (the token itself at the root)."""
    t = token
    for _ in range(12):
        if cols.pos[t] in _VERBS or cols.head[t] == t:
            return t
        t = cols.head[t]
    return t


def find_pair(
    d: Draft, linked: Sequence[Linked], sent: int, cols: Columns, window: int
) -> tuple[Linked, Linked] | None:
    """The two links ``d`` names, in text order, or None (``sent``: ``d``'s sentence)."""
    if _of_people(d):
        wanted = {"person"}
    elif d.akind == "country" or d.sector == "GOV":
        wanted = {"state"}
    else:
        wanted = {"person", "state", "group"}
    verb = clause_verb(cols, d.head)
    cands: list[tuple[str, Linked]] = []
    for link in sorted(linked, key=lambda l: l.draft.head, reverse=True):
        if link.draft.head >= d.start or sent - link.sent > window:
            continue
        if link.subject and clause_verb(cols, link.draft.head) == verb:
            continue
        cls = side_class(cols, link)
        if cls in wanted and link.country and all(c[1].entity is not link.entity for c in cands):
            cands.append((cls, link))
    for i, (cls_i, a) in enumerate(cands):
        for cls_j, b in cands[i + 1:]:
            if cls_i == cls_j and a.country != b.country:
                return b, a
    return None
