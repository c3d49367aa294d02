"""Numbers tied to events: killed, injured, arrested, protesters, projectiles, distance.

A cardinal is read through the word it counts and the verb governing that word ("killed
23 people", "at least three civilians were killed", "3,000 protesters", "fired four
shells", "flew 370 km"). Cue words are data in ``data/quantities.yaml``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .lexicon import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

_NUMBER = re.compile(r"^\d[\d,]*(\.\d+)?$")
_SCALE = {"hundred": 100, "thousand": 1000, "million": 1_000_000}


def number_value(tok: Token) -> float | None:
    """Value of a cardinal token ("23", "3,000", "four", "dozens"); None if not a number."""
    text = tok.lower_
    if _NUMBER.match(text):
        value = float(text.replace(",", ""))
    else:
        words = lexicon().quantities.get("words", {})
        if text not in words or text in ("a", "an"):
            return None
        value = float(words[text])
    # "3 million", "two thousand": a scale word right after the number
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.lower_ in _SCALE and nxt.head == tok.head:
        value *= _SCALE[nxt.lower_]
    return value


def _verb_key(tok: Token, verbs: dict) -> str | None:
    """Quantity key from the verb governing the counted noun (a few steps up)."""
    t = tok
    for _ in range(3):
        head = t.head
        if head == t:
            return None
        if head.pos_ in ("VERB", "ADJ"):
            key = verbs.get(head.lemma_.lower())
            if key:
                return key
            if head.pos_ == "VERB":
                return None
        t = head
    return None


def sentence_quantities(sent: SpacySpan) -> list[tuple[str, float, int]]:
    """``(key, value, token index)`` for every counted thing in the sentence."""
    data = lexicon().quantities
    verbs, nouns, units = data.get("verbs", {}), data.get("nouns", {}), data.get("units", {})
    out: list[tuple[str, float, int]] = []
    for tok in sent:
        if tok.pos_ != "NUM" and tok.like_num is False:
            continue
        value = number_value(tok)
        if value is None:
            continue
        counted = tok.head if tok.dep_ in ("nummod", "quantmod", "compound") else tok
        if tok.dep_ == "quantmod":  # "more than 200": the number is the head's modifier
            counted = tok.head.head if tok.head.dep_ == "nummod" else tok.head
        lemma = counted.lemma_.lower()
        key = None
        if lemma in units or counted.lower_ in units:
            factor = units.get(lemma, units.get(counted.lower_, 1.0))
            out.append(("distance_km", round(value * float(factor), 3), tok.i))
            continue
        if lemma in nouns:
            key = nouns[lemma]
        # "23 people were killed" / "killing 6 civilians": the governing verb decides.
        vkey = _verb_key(counted, verbs)
        if vkey is not None:
            key = vkey
        if key is None and counted == tok:  # "killed 12", "arresting 12"
            key = verbs.get(tok.head.lemma_.lower())
        if key is not None:
            out.append((key, value, tok.i))
    return out
