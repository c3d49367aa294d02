"""Relations between noun phrases that tell who an actor is.

- Appositives: "Kenzo Oshima, the UN Emergency Relief Coordinator," - the name and the
  title are one person; the title gives the country and sector a bare name lacks (and
  overrides a name the tagger mistook for a place, or for a body when it starts with a
  given name).
- "X of Y" with a vague head: "members of the Association of African Jurists", "a group
  of Chechen refugees", "leaders of the opposition coalition" are Y's people.
- "X for Y" with a speaker's role: "a spokeswoman for the force" speaks for the force and
  is coded as it is.
- Quantities: "hundreds of protesters" - the number word is what the parse makes the
  subject, so it gets a mention of the protesters.
- Surnames the tagger took for something else: "Brafman" tagged as a place in an article
  about Ben Brafman is the person.
"""

from __future__ import annotations

import dataclasses

from spacy.strings import get_string_id

from .gender import given_names
from .lexicon import fold
from .parse import D, PROPN, Columns
from .resolve import Draft

_OF = frozenset(get_string_id(w) for w in ("of", "from"))
_FOR = frozenset({get_string_id("for")})
#: Roles that speak for the body after "for" ("a spokesman for the ministry").
_SPEAKERS = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen",
                       "spokespeople", "representative"})
_QUANTITIES = frozenset(
    get_string_id(w) for w in ("hundreds", "thousands", "dozens", "scores", "millions", "tens", "hundred",
                               "thousand", "dozen", "million", "number", "majority", "some", "many", "most")
)
#: Plural proper-noun tags ("Kurds", "Americans"): a people, never one titled person.
_PLURAL_NAMES = frozenset(get_string_id(t) for t in ("NNPS",))
#: Phrase kinds a name can have before an appositive title settles it (and an organisation
#: that looks like a person's name, ``_person_like``).
_NAMES = frozenset({"person", "location", "unknown", "group", "country"})


def link(drafts: list[Draft], cols: Columns) -> list[Draft]:
    """Apply appositive, "of" and quantity relations; returns the drafts plus new ones."""
    by_head: dict[int, Draft] = {}
    for d in drafts:
        by_head.setdefault(d.head, d)
    _of_phrases(drafts, by_head, cols)  # first: "X, the commander of Japan's air force" gives X Japan
    _appositives(drafts, by_head, cols)
    return drafts + _quantities(by_head, cols)


def _appositives(drafts: list[Draft], by_head: dict[int, Draft], cols: Columns) -> None:
    appos = D["appos"]
    for t in drafts:
        if cols.dep[t.head] != appos:
            continue
        p = by_head.get(cols.head[t.head])
        if p is None or p is t:
            continue
        name, title = (p, t) if t.person == () and t.akind == "person" else (t, p)
        titled = name.mkind == "title" and bool(name.person)  # "Gen. Kenji Sato, commander of ..."
        if title.akind != "person" or title.person or not (name.mkind == "name" or titled) \
                or not (name.akind in _NAMES or _person_like(name, cols) and not title.plural):
            continue
        if name.akind == "group" and cols.tag[name.head] in _PLURAL_NAMES:
            continue  # "most of them Iraqi Kurds, a spokeswoman said": a people is not one person
        if name.akind != "person":  # the tagger took the name for a place, a group or a body
            if name.akind == "organization":  # "Christian Estrosi": a given name and a surname
                words = _name_words(name, cols)
                name.name, name.person = " ".join(words), tuple(fold(w) for w in words)
            else:
                while name.start > 0 and cols.head[name.start - 1] == name.head and cols.pos[name.start - 1] == PROPN:
                    name.start -= 1  # "Kenzo Oshima": take the given name the tagger left out
                name.person = (name.name.lower(),)
            name.akind, name.country, name.sector = "person", None, None
        if name.country is None or not name.kb_id:
            name.country = title.country or name.country
        if name.sector is None or (not name.kb_id and title.sector and not titled):
            name.sector = title.sector
        name.office = name.office or title.office
        title.same_as = name


def _person_like(d: Draft, cols: Columns) -> bool:
    """An organisation the tagger guessed that looks like a person's name: unknown to the
    knowledge base and a given name first ("Christian Estrosi"). A lone word may be a
    place the tagger took for a body ("Nice")."""
    if d.akind != "organization" or d.kb_id:
        return False
    words = _name_words(d, cols)
    return len(words) >= 2 and fold(words[0]) in given_names()


def _name_words(d: Draft, cols: Columns) -> list[str]:
    """The proper nouns of a name up to its head ("Christian Estrosi")."""
    return [cols.word(j) for j in range(d.start, d.head + 1) if cols.pos[j] == PROPN]


def _of_phrases(drafts: list[Draft], by_head: dict[int, Draft], cols: Columns) -> None:
    for d in drafts:
        if not (d.weak or d.sector is None or d.country is None) or d.akind not in ("group", "person", "organization"):
            continue
        if d.person:
            _member_of(d, by_head, cols)
            continue
        y = _of_object(d.head, by_head, cols)
        if y is None and d.title in _SPEAKERS:
            y = d.speaks_for = _of_object(d.head, by_head, cols, preps=_FOR)
        if y is None:
            continue
        if d.country is None:
            d.country = y.country
            if y.country == "NGO":  # "president of a teachers' federation" is the body's, no government
                d.sector, d.weak = y.sector, False
        if d.sector is None or d.weak:
            d.sector, d.weak = y.sector or d.sector, False


def _member_of(d: Draft, by_head: dict[int, Draft], cols: Columns) -> None:
    """A named person with no title "of" or "from" a body is one of its people: "Ben Hubbard
    of Reuters" is a journalist of the agency's country (CAMEO codes him as its media)."""
    if d.kb_id or d.country is not None or d.sector is not None:
        return
    y = _of_object(d.head, by_head, cols)
    if y is not None and y.akind == "organization" and (y.country or y.sector):
        d.country, d.sector, d.base = y.country, y.sector, y.base  # "Lady Ashton of the EU": IGOEUR


def _of_object(token: int, by_head: dict[int, Draft], cols: Columns, depth: int = 3,
               preps: frozenset[int] = _OF) -> Draft | None:
    for k in cols.kids[token]:
        if cols.dep[k] == D["prep"] and cols.lower[k] in preps:
            for obj in cols.kids[k]:
                if cols.dep[obj] == D["pobj"]:
                    found = by_head.get(obj)
                    if found is not None:
                        return found
                    if depth and cols.lower[obj] in _QUANTITIES:  # "hundreds of thousands of people"
                        return _of_object(obj, by_head, cols, depth - 1)
    return None


def _quantities(by_head: dict[int, Draft], cols: Columns) -> list[Draft]:
    out = []
    for i in range(cols.n):
        if cols.lower[i] not in _QUANTITIES or i in by_head:
            continue
        y = _of_object(i, by_head, cols)
        if y is None or y.akind not in ("group", "person"):
            continue
        q = dataclasses.replace(y, start=i, end=max(y.end, i + 1), head=i, mkind="nominal", same_as=y, plural=True)
        out.append(q)
    return out


def surnames(drafts: list[Draft]) -> None:
    """Turn a lone unknown organisation or place whose word is the surname (or given name) of
    a person named in the article into a mention of a person."""
    names = {w for d in drafts if d.akind == "person" and len(d.person) >= 2 for w in (d.person[0], d.person[-1])}
    if not names:
        return
    for d in drafts:
        if d.guessed and d.akind in ("organization", "location") and d.end - d.start == 1 and not d.title:
            word = fold(d.name)
            if word in names:
                d.akind, d.mkind, d.country, d.sector, d.person = "person", "name", None, None, (word,)
