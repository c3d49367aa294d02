"""Grammatical gender of a person mention, so "she" never refers to "Robert Thurman".

Evidence, strongest first: an honorific or a gendered title before the name ("Mr.",
"Queen", "actress"), then a given name with a clear gender (``given_names.tsv``). No
evidence means unknown, which fits both pronouns.
"""

from __future__ import annotations

import functools

from ..resources import load_tsv
from .lexicon import fold
from .parse import D, Columns
from .resolve import Draft

#: Honorifics and gendered words before a name (or in apposition to it) -> "m" / "f".
_GENDERED_WORDS = {
    **dict.fromkeys(("mr", "mr.", "sir", "lord", "king", "prince", "father", "husband", "son", "brother",
                     "businessman", "congressman", "actor", "grandfather", "uncle", "nephew"), "m"),
    **dict.fromkeys(("mrs", "mrs.", "ms", "ms.", "miss", "madam", "dame", "lady", "queen", "princess",
                     "mother", "wife", "daughter", "sister", "actress", "businesswoman", "congresswoman",
                     "spokeswoman", "chairwoman", "grandmother", "aunt", "niece", "widow"), "f"),
}


@functools.cache
def given_names() -> dict[str, str]:
    """Folded given name -> "m" or "f"."""
    return {fold(row["name"]): row["gender"] for row in load_tsv("eventwire.actors", "given_names.tsv")}


def gender_of(cols: Columns, d: Draft) -> str | None:
    """ "m", "f" or None for a person draft, from its own words."""
    if d.akind != "person" or d.plural or d.mkind == "pronoun":
        return None
    # the words before the name (honorifics, titles, "her brother"): the nearest one decides
    j = d.head - 1
    while j >= 0 and (j >= d.start or cols.head[j] == d.head):
        if (gender := _GENDERED_WORDS.get(cols.word(j).lower())) is not None:
            return gender
        j -= 1
    if cols.dep[d.head] == D["appos"]:  # "her brother, Chidi Bello" / "her brother Chidi Bello"
        if (gender := _GENDERED_WORDS.get(cols.word(cols.head[d.head]).lower())) is not None:
            return gender
    if len(d.person) >= 2:
        return given_names().get(d.person[0])
    return None


def agree(a: str | None, b: str | None) -> bool:
    """Whether two genders can be one person's (unknown agrees with either)."""
    return a is None or b is None or a == b
