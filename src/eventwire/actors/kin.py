"""Relatives: a person named in apposition to a kinship noun ("her father, Robert Thurman").

A relative often shares a surname with the person the article is about, so a bare surname
("Thurman says") is not theirs while the article has someone else of that name. Coreference
(``coref.py``) asks the two questions here.
"""

from __future__ import annotations

import functools

from spacy.strings import get_string_id

from ..resources import load_wordlist
from .parse import D, Columns
from .resolve import Draft


@functools.cache
def kin_nouns() -> frozenset[int]:
    """Word ids of ``data/kin_nouns.txt`` ("father", "wife")."""
    return frozenset(get_string_id(w) for w in load_wordlist("eventwire.actors", "kin_nouns.txt"))


def introduced_as_relative(cols: Columns, d: Draft) -> bool:
    """Whether ``d`` names a person as someone's relative: "her father, Robert Thurman",
    "his brother Jeb Bush"."""
    kin = kin_nouns()
    if cols.dep[d.head] == D["appos"] and cols.lower[cols.head[d.head]] in kin:
        return True
    return any(cols.lower[j] in kin for j in range(d.start, d.head))


def relatives_surname(name: tuple[str, ...], relative: tuple[str, ...]) -> bool:
    """Whether the bare ``name`` ("thurman",) is only the surname of ``relative``
    ("robert", "thurman"), not their given name ("melania" of "melania trump")."""
    return len(name) == 1 and len(relative) >= 2 and name[0] == relative[-1]
