"""Find actor "atoms" in a parsed document and group them into noun phrases.

An atom is a stretch of tokens that says something about an actor: a known name
(country, demonym, capital, region, organisation, person from the knowledge base), a
spaCy entity we do not know (a person, an organisation, a place), or a role noun
("troops", "foreign minister"). Atoms that modify the same noun ("Senior Hungarian and
Romanian officials", "North Korea's top negotiator Kim Myong Gil") form one noun phrase,
whose head is the syntactic head of the phrase in the parse.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from spacy.strings import get_string_id

from .lexicon import CAP, EXACT, Entry, Lexicon, Role
from .places import known_place
from .parse import ADJ, ADP, DET, D, FAC, GPE, LOC, NOMINAL_MODS, NORP, NOUNS, ORG, PERSON, PROPN, PUNCT, Columns

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: "South Lebanon", "eastern Congo": a part of the country, not another place.
_COMPASS = frozenset(get_string_id(w) for w in (
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern",
    "southeastern", "southwestern", "upper", "lower", "the"))

#: Participles that make "X-led forces" forces of X ("backed" and "funded" do not).
AGENTIVE = frozenset(get_string_id(w) for w in ("led", "based", "run", "owned", "controlled", "dominated"))

ENTITY_LABELS = {PERSON: "person", ORG: "org", GPE: "place", LOC: "place", FAC: "place", NORP: "norp"}


@dataclass(slots=True)
class Atom:
    """Tokens ``[start, end)`` with what they tell about an actor."""

    start: int
    end: int
    root: int
    kind: str  # name (lexicon entry), person, org, place, norp (unknown entities), role
    entry: Entry | None = None
    role: Role | None = None
    #: Atoms inside an unknown organisation's name ("Nigerian" in "Nigerian Union of Teachers").
    inner: list[Atom] = field(default_factory=list)

    @property
    def name_kind(self) -> str:
        """The entry kind for lexicon atoms (country, org, person...), else the atom kind."""
        return self.entry.kind if self.entry is not None else self.kind


@dataclass(slots=True)
class NounPhrase:
    """Atoms grouped under one syntactic head token."""

    head: int
    atoms: list[Atom]

    @property
    def start(self) -> int:
        return min(min(a.start for a in self.atoms), self.head)

    @property
    def end(self) -> int:
        return max(max(a.end for a in self.atoms), self.head + 1)

    def head_atom(self) -> Atom | None:
        for a in self.atoms:
            if a.start <= self.head < a.end:
                return a
        return None


def _root(cols: Columns, start: int, end: int) -> int:
    """The last token of ``[start, end)`` whose head lies outside the span (else the last)."""
    found = end - 1
    for i in range(start, end):
        h = cols.head[i]
        if h == i or h < start or h >= end:
            found = i
    return found


def _case_ok(cols: Columns, start: int, shapes: tuple[int, ...], orths: tuple[int, ...]) -> bool:
    for k, shape in enumerate(shapes):
        if shape == CAP:
            if not cols.text[cols.idx[start + k]].isupper():
                return False
        elif shape == EXACT and cols.orth[start + k] != orths[k]:
            return False
    return True


def _name_atoms(doc: Doc, cols: Columns, lex: Lexicon) -> list[Atom]:
    atoms: list[Atom] = []
    lower, n, i = cols.lower, cols.n, 0
    names = lex.names
    while i < n:
        phrases = names.get(lower[i])
        matched = 0
        if phrases:
            for p in phrases:
                k = len(p.hashes)
                if i + k <= n and (k == 1 or tuple(lower[i:i + k]) == p.hashes) and _case_ok(cols, i, p.shapes, p.orths):
                    entry = p.entries[0]
                    # A lone surname must be a proper noun or a name the tagger found
                    # ("Moon" the president, not the moon).
                    if entry.kind == "person" and k == 1 and cols.pos[i] != PROPN and cols.ent[i] == 0:
                        continue
                    atoms.append(Atom(i, i + k, _root(cols, i, i + k), "name", entry))
                    matched = k
                    break
        i += matched or 1
    return atoms


_THE = get_string_id("the")
_NAMING = frozenset({"country", "capital", "demonym", "people"})


def _short_form_atoms(cols: Columns, lex: Lexicon, names: list[Atom]) -> list[Atom]:
    """ "the North" / "the South" as a country, in an article that names one of the pair."""
    named = {c for a in names if a.entry is not None and a.entry.kind in _NAMING for c in a.entry.countries}
    out = []
    for i in range(1, cols.n):
        hit = lex.short_forms.get(cols.orth[i])
        if hit is None or cols.lower[i - 1] != _THE or not (hit[1] & named):
            continue
        if i + 1 < cols.n and cols.pos[i + 1] in NOUNS:
            continue  # "the North Atlantic", "the South China Sea"
        out.append(Atom(i, i + 1, i, "name", hit[0]))
    return out


def _after_sector_word(cols: Columns, lex: Lexicon, i: int) -> bool:
    """A word giving a sector right before token ``i`` ("a *military* source", "a *police* source")."""
    if i == 0 or cols.head[i - 1] != i:
        return False
    word = cols.lower[i - 1]
    # a body ("police", "army"), not a rank ("a major source" of revenue)
    return word in lex.sector_modifiers or lex.body_sector(word, ("org", "group")) is not None


def _role_at(doc: Doc, cols: Columns, lex: Lexicon, i: int) -> tuple[int, Role] | None:
    options = lex.roles.get(cols.lower[i]) or lex.roles.get(cols.lemma[i])
    if not options:
        return None
    n = cols.n
    for keys, role in options:
        k = len(keys)
        if i + k > n:
            continue
        if all(cols.lower[i + j] in keys[j] or cols.lemma[i + j] in keys[j] for j in range(k)):
            last = i + k - 1
            if cols.pos[last] not in NOUNS and not (cols.pos[last] == ADJ and role.kind in ("person", "group")):
                continue  # "military aid": the adjective is no actor ("rebel leader" still is a rebel)
            if role.plural_only and not cols.plural(last) \
                    and not (role.sectored and _after_sector_word(cols, lex, i)):
                continue
            if role.capitalised_only and not cols.text[cols.idx[i]].isupper():
                continue
            return k, role
    return None


def find_atoms(doc: Doc, cols: Columns, lex: Lexicon) -> list[Atom]:
    """Every atom of the document, without overlaps, in text order."""
    n = cols.n
    owner: list[Atom | None] = [None] * n
    names = _name_atoms(doc, cols, lex)
    names += _short_form_atoms(cols, lex, names)
    ents = []
    for e_start, e_end, label in cols.ents:
        if label in ENTITY_LABELS:
            start = e_start
            while start < e_end - 1 and cols.pos[start] == DET:  # "The Nigerian Union of ..."
                start += 1
            end = e_end
            while end > start + 1 and cols.tag[end - 1] == _POSSESSIVE:  # "John Fox’s": the name is "John Fox"
                end -= 1
            ents.append((start, end, ENTITY_LABELS[label]))
    for a in names:
        for j in range(a.start, a.end):
            owner[j] = a
    atoms: list[Atom] = []
    dropped: set[int] = set()
    full_names = {cols.orth[j] for s, e, label in cols.ents if label == PERSON and e - s > 1 for j in range(s, e)}
    for start, end, kind in ents:
        inside = {id(owner[j]): owner[j] for j in range(start, end) if owner[j] is not None}
        covered = [a for a in inside.values() if a.start <= start and a.end >= end]
        if covered:
            continue  # a known name covers the entity
        parts = [a for a in inside.values() if a.start >= start and a.end <= end]
        if kind == "person" and not parts and end - start == 1 and cols.tag[start] == _PLURAL_NOUN \
                and cols.orth[start] not in full_names:
            continue  # "Flags will fly at half-staff": a plural common noun tagged PERSON, not "Matthews"
        if kind == "person" and not parts and _located_name(cols, start, end):
            kind = "place"  # "offices in Sivas" tagged PERSON by a small model: a town
        if kind in ("person", "org"):
            # "President Trump", "Lawyer Ben Brafman" tagged as one name: the title is its own atom.
            j, titled = start, False
            while j < end - 1 and (owner[j] is None or owner[j].name_kind != "person"):
                found = _role_at(doc, cols, lex, j) if owner[j] is None else None
                if found is None and owner[j] is None:
                    break
                if found is not None and found[1].kind != "person":
                    titled = False
                    break
                titled = titled or found is not None
                j += found[0] if found else owner[j].end - j
            rest_plain = all(owner[k] is None and _role_at(doc, cols, lex, k) is None and cols.pos[k] == PROPN
                             for k in range(j, end))
            if titled and (kind == "person" or rest_plain):  # "Chad Johnson" is no title plus a name
                start, kind = j, "person"
        if kind == "person":
            inside = {id(owner[j]): owner[j] for j in range(start, end) if owner[j] is not None}
            parts = [a for a in inside.values() if a.start >= start and a.end <= end]
            if any(a.start <= start and a.end >= end for a in inside.values()):
                continue
            kb = [a for a in parts if a.name_kind == "person"]
            extra = [j for j in range(start, end) if owner[j] is None and _role_at(doc, cols, lex, j) is None
                     and cols.pos[j] == PROPN]
            if kb and not extra:
                # "President Trump" tagged as one PERSON: keep the knowledge-base match.
                continue
            # "Chad Smith", "Ivanka Trump": names inside a longer person name do not count.
            for a in parts:
                dropped.add(id(a))
            atoms.append(Atom(start, end, _root(cols, start, end), "person"))
        elif kind == "org":
            if any(a.name_kind == "org" for a in parts):
                continue  # "Yonhap news agency": a known organisation plus role words
            if parts and all(a.name_kind in ("country", "demonym", "capital", "region") for a in parts) \
                    and all(owner[j] is not None or _role_at(doc, cols, lex, j) or cols.pos[j] not in NOUNS
                            for j in range(start, end)) and ADP not in cols.pos[start:end]:
                continue  # "the Haitian Parliament": a country plus role words, resolved as a phrase
            if not parts and all(_role_at(doc, cols, lex, j) or cols.pos[j] not in NOUNS for j in range(start, end)):
                continue  # "Parliament", "the Cabinet": just a role noun
            org = Atom(start, end, _root(cols, start, end), "org", inner=list(parts))
            j = start
            while j < end:  # role words inside the name give its sector
                found = _role_at(doc, cols, lex, j) if owner[j] is None else None
                if found:
                    org.inner.append(Atom(j, j + found[0], _root(cols, j, j + found[0]), "role", role=found[1]))
                    j += found[0]
                else:
                    j += 1
            for a in parts:
                dropped.add(id(a))
            atoms.append(org)
        elif not parts and not any(owner[j] for j in range(start, end)):
            if kind == "place" and not _place_like(cols, start, end):
                continue
            atoms.append(Atom(start, end, _root(cols, start, end), kind))
        elif kind == "place" and parts and all(a.end - a.start < end - start for a in parts) \
                and not all(owner[j] is not None or cols.lower[j] in _COMPASS for j in range(start, end)) \
                and known_place(cols.span_text(start, end)):
            # "Lake Chad", "Jersey City": a place of its own that contains a country's name.
            for a in parts:
                dropped.add(id(a))
            atoms.append(Atom(start, end, _root(cols, start, end), "place", inner=list(parts)))
    atoms += [a for a in names if id(a) not in dropped]
    for a in atoms:
        for j in range(a.start, a.end):
            owner[j] = a
    i = 0
    while i < n:
        if owner[i] is None:
            found = _role_at(doc, cols, lex, i)
            if found:
                k, role = found
                if all(owner[j] is None for j in range(i, i + k)):
                    atoms.append(Atom(i, i + k, _root(cols, i, i + k), "role", role=role))
                    i += k
                    continue
        i += 1
    atoms += _titled_names(cols, atoms, owner)
    atoms.sort(key=lambda a: a.start)
    return atoms


_NNP = get_string_id("NNP")
_POSSESSIVE = get_string_id("POS")
_PLURAL_NOUN = get_string_id("NNS")


def _titled_names(cols: Columns, atoms: list[Atom], owner: list[Atom | None]) -> list[Atom]:
    """A proper name the entity tagger missed, made a person by the title in apposition to
    it: "Kenzo Oshima, the ambassador, said" (a title before the name is tagged well)."""
    out = []
    for a in atoms:
        if a.kind != "role" or a.role is None or a.role.kind != "person" or cols.plural(a.root):
            continue
        r, h = a.root, cols.head[a.root]
        if cols.dep[r] != D["appos"] or h > r or cols.tag[h] != _NNP or owner[h] is not None \
                or cols.ent[h] != 0 or not _adjacent_comma(cols, r, h):
            continue
        start = h
        while start > 0 and cols.head[start - 1] == h and cols.tag[start - 1] == _NNP \
                and owner[start - 1] is None and cols.ent[start - 1] == 0:
            start -= 1
        name = Atom(start, h + 1, h, "person")
        for j in range(start, h + 1):
            owner[j] = name
        out.append(name)
    return out


def _adjacent_comma(cols: Columns, a: int, b: int) -> bool:
    """Name and title set off by one comma and at most a few words ("Oshima, the envoy")."""
    lo, hi = (a, b) if a < b else (b, a)
    return hi - lo <= 6 and sum(cols.pos[j] == PUNCT for j in range(lo + 1, hi)) == 1


#: Prepositions after which a single unknown name is a place, not a person ("in Sivas").
_AT_PLACE = frozenset(get_string_id(w) for w in ("in", "at", "near", "inside", "outside", "around", "into"))


def _located_name(cols: Columns, start: int, end: int) -> bool:
    """Whether a one-word name is the object of a locative preposition and a known place."""
    if end - start != 1 or cols.dep[start] != D["pobj"] or cols.lower[cols.head[start]] not in _AT_PLACE:
        return False
    return _place_like(cols, start, end) and known_place(cols.span_text(start, end))


def _place_like(cols: Columns, start: int, end: int) -> bool:
    """Whether a tagged place looks like a place name: capitalised, not a bare compass word
    ("the South"), not a short acronym ("NRA") the gazetteer would match by accident."""
    text = cols.span_text(start, end)
    if not text[:1].isupper() or (end - start == 1 and cols.lower[start] in _COMPASS):
        return False
    letters = [c for c in text if c.isalpha()]
    return not (len(letters) <= 4 and all(c.isupper() for c in letters))


def _adjacent(cols: Columns, a: int, b: int) -> bool:
    lo, hi = (a, b) if a < b else (b, a)
    return hi - lo <= 6 and all(cols.pos[j] != PUNCT or cols.dep[j] != D["punct"] for j in range(lo + 1, hi))


def _bracketed(cols: Columns, a: int, b: int) -> bool:
    """A bracket between two tokens: "the Federation (CFF)" is two names, not one phrase."""
    lo, hi = (a, b) if a < b else (b, a)
    return cols.brackets[hi] - cols.brackets[lo + 1] > 0


def phrase_head(cols: Columns, t: int) -> int:
    """Climb from a modifier to the head of its noun phrase.

    Follows compound/amod/nmod/poss links to nouns, a coordinated modifier to its
    first conjunct ("Romanian" in "Hungarian and Romanian officials"), and an
    appositive name written without a comma ("negotiator Kim Myong Gil").
    """
    head, dep, pos = cols.head, cols.dep, cols.pos
    conj, appos = D["conj"], D["appos"]
    for _ in range(12):
        h = head[t]
        if h == t or _bracketed(cols, t, h):
            break
        d = dep[t]
        if d in NOMINAL_MODS and pos[h] in NOUNS:
            t = h
        elif cols.lower[h] in AGENTIVE and h == t + 2 and pos[head[h]] in NOUNS:
            t = head[h]  # "Vietnamese-led forces", "Beirut-based newspaper"
        elif d == conj and dep[h] in NOMINAL_MODS and pos[head[h]] in NOUNS and head[h] != h:
            t = head[h]
        elif d == appos and pos[h] in NOUNS and _adjacent(cols, h, t):
            t = h
        else:
            break
    return t


_STANCE = frozenset(get_string_id(w) for w in ("anti", "pro"))
_HYPHEN = get_string_id("-")


def after_stance(cols: Columns, i: int) -> bool:
    """Token ``i`` follows "anti-"/"pro-": an attitude to it ("anti-Cruz activists")."""
    return i >= 2 and cols.orth[i - 1] == _HYPHEN and cols.lower[i - 2] in _STANCE


def noun_phrases(doc: Doc, cols: Columns, atoms: list[Atom]) -> list[NounPhrase]:
    """Group atoms by the head of the noun phrase they belong to, in text order."""
    groups: dict[int, NounPhrase] = {}
    for a in atoms:
        if a.kind == "role" and after_stance(cols, a.start):
            continue  # "anti-immigrant sentiment": an attitude, not an actor
        h = phrase_head(cols, a.root)
        np = groups.get(h)
        if np is None:
            groups[h] = NounPhrase(h, [a])
        else:
            np.atoms.append(a)
    return sorted(groups.values(), key=lambda np: (np.start, np.head))
