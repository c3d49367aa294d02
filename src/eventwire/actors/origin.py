"""Where an actor is from: the countries a phrase, its modifiers and its context name.

Country and demonym atoms give countries directly; capitals and other places go through
the gazetteer, preferring a country the article names; "ethnic Albanians" and
"anti-Syria" are not nationalities; "Lake Chad" is not Chad; "in/of/from X" and
"X-based" phrases place a bare role noun.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from spacy.strings import get_string_id

from ..resources import load_tsv, load_wordlist
from .detect import AGENTIVE, Atom, after_stance
from .lexicon import Lexicon, fold
from .parse import ADJ, D, DET, NOMINAL_MODS, NOUN, OBJECTS, PROPN, PUNCT, SUBJECTS, Columns
from .places import abbreviation_country, admin1_countries, place_country, region_country

if TYPE_CHECKING:
    from spacy.tokens import Doc


def _ids(*words: str) -> frozenset[int]:
    return frozenset(get_string_id(w) for w in words)


ETHNIC = get_string_id("ethnic")
HYPHEN = get_string_id("-")
LOCATIVE = _ids("in", "at", "near", "outside", "inside", "around", "across", "within", "from", "into",
                "through", "throughout", "toward", "towards", "off", "over", "above", "beyond", "beneath",
                "between", "along", "on")
MOTION = _ids("go", "come", "travel", "fly", "arrive", "return", "move", "send", "deploy", "march",
              "flee", "head", "drive", "sail", "walk", "retreat", "withdraw", "fire", "launch")
PLACE_KINDS = ("country", "demonym", "people", "capital", "region")
#: Country codes of international actors: their organisation code stays in the CAMEO code.
INTERNATIONAL = frozenset({"IGO", "NGO", "IMG", "MNC", "ISM"})


@dataclass(slots=True)
class Context:
    doc: Doc
    cols: Columns
    lex: Lexicon
    day: dt.date | None
    #: Token -> country of the place or country name covering it (see ``index_countries``).
    countries_at: dict[int, str] = field(default_factory=dict)
    #: Countries the article names outright (country names, demonyms, capitals, regions).
    named: frozenset[str] = frozenset()
    #: Countries named in more than one way ("Georgia" and "Georgian", or "Tbilisi").
    confirmed: frozenset[str] = frozenset()
    #: Folded name -> country of the towns and cities the article names ("Slidell, La.").
    places: dict[str, str] = field(default_factory=dict)


def index_countries(ctx: Context, atoms: list[Atom]) -> None:
    """Remember which tokens name a country or a place in one, for "rebels in X"."""
    ways: dict[str, set[str]] = {}
    for a in atoms:
        if a.entry is not None and a.entry.kind in PLACE_KINDS:
            for c in a.entry.countries:
                ways.setdefault(c, set()).add(fold(ctx.cols.span_text(a.start, a.end)))
    ctx.named = frozenset(c for a in atoms if a.entry is not None and a.entry.kind in PLACE_KINDS
                          and a.entry.kind != "capital" for c in a.entry.countries)
    ctx.confirmed = frozenset(c for c, forms in ways.items() if len(forms) > 1)
    for a in atoms:
        codes = atom_countries(ctx, a)
        if codes and not not_nationality(ctx, a):
            for j in range(a.start, a.end):
                ctx.countries_at[j] = codes[0]
            if a.kind == "place":
                ctx.places.setdefault(fold(ctx.cols.span_text(a.start, a.end)), codes[0])


def _qualifier_country(ctx: Context, a: Atom) -> str | None:
    """"Berlin, New Hampshire", "Cambridge, Mass.": a first-level region named (or
    abbreviated) right after a place is its country."""
    cols = ctx.cols
    if a.end + 1 >= cols.n or cols.span_text(a.end, a.end + 1) != ",":
        return None
    for k in (2, 1):  # "New Hampshire", "Ohio"; then punctuation ("El Paso, Mendoza said" is no place)
        end = a.end + 1 + k
        if end <= cols.n and all(cols.pos[j] == PROPN for j in range(a.end + 1, end)) \
                and (end == cols.n or cols.pos[end] == PUNCT):
            region = cols.span_text(a.end + 1, end)
            code = region_country(region) or abbreviation_country(region)  # "Cambridge, Mass."
            if code:
                return code
    return None


def atom_countries(ctx: Context, a: Atom) -> tuple[str, ...]:
    if (a.kind == "place" or (a.entry is not None and a.entry.kind == "capital")) \
            and (code := _qualifier_country(ctx, a)) is not None:
        return (code,)
    if a.entry is not None and a.entry.kind == "capital" and ctx.named and a.entry.country not in ctx.named:
        # "Tripoli" in a story that names Lebanon but not Libya is the Lebanese city.
        code = place_country(ctx.cols.span_text(a.start, a.end), ctx.named)
        if code in ctx.named:
            return (code,)
    if a.entry is not None and a.entry.kind == "country" and a.entry.country not in ctx.confirmed:
        # "Georgia" in a story about the United States is the state, not the country.
        for code in admin1_countries(ctx.cols.span_text(a.start, a.end)):
            if code in ctx.named and code != a.entry.country:
                return (code,)
    if a.entry is not None and a.entry.kind in PLACE_KINDS:
        return a.entry.countries
    if a.kind == "place":
        text = ctx.cols.span_text(a.start, a.end)
        # "Erie, Pa.", "(R-Fla.)": a state; "a solemn requiem Mass.": no place at all
        if not _after_common_word(ctx.cols, a.start) and (code := abbreviation_country(text)):
            return (code,)
        code = place_country(text, ctx.named)
        return (code,) if code else ()
    return ()


def _after_common_word(cols: Columns, t: int) -> bool:
    """Whether token ``t`` follows a lower-case noun or adjective ("requiem Mass."), so it
    ends a common phrase rather than naming a state after a place, a comma or a verb."""
    prev = t - 1
    return prev >= 0 and cols.pos[prev] in (NOUN, ADJ) and cols.word(prev).islower()


def coord_root(cols: Columns, t: int) -> int:
    conj = D["conj"]
    for _ in range(8):
        if cols.dep[t] != conj or cols.head[t] == t:
            break
        t = cols.head[t]
    return t


def acts(ctx: Context, h: int) -> bool:
    """Whether a country name is the doer of its clause: its subject or a passive's agent."""
    cols = ctx.cols
    t = coord_root(cols, h)
    if cols.dep[t] == D["nsubj"]:
        return True
    return cols.dep[t] == D["pobj"] and cols.dep[cols.head[t]] == D["agent"]


def capital_is_government(ctx: Context, h: int) -> bool:
    cols = ctx.cols
    t = coord_root(cols, h)
    d = cols.dep[t]
    if d in SUBJECTS or d in OBJECTS or d in (D["poss"], D["agent"]):
        return True
    if d == D["compound"]:
        # "Pyongyang-Washington talks" are between governments; "the Stockholm talks" are a place.
        return any(ctx.countries_at.get(j) for j in (h - 2, h + 2)) and any(
            cols.orth[j] == HYPHEN for j in (h - 1, h + 1) if 0 <= j < cols.n)
    if d == D["pobj"]:
        prep = cols.head[t]
        if cols.lower[prep] in LOCATIVE:
            return False
        if cols.lower[prep] == get_string_id("to"):
            return cols.lemma[cols.head[prep]] not in MOTION
        return True
    return False


def not_nationality(ctx: Context, a: Atom) -> bool:
    """True for "ethnic Albanians" (an ethnicity) and "anti-Syria" (an attitude)."""
    cols, i = ctx.cols, a.start
    if i >= 1 and cols.lower[i - 1] == ETHNIC:
        return True
    return after_stance(cols, i)


def countries_of(ctx: Context, atoms: list[Atom]) -> list[tuple[Atom, tuple[str, ...]]]:
    out = []
    for a in atoms:
        codes = atom_countries(ctx, a)
        if codes and not not_nationality(ctx, a):
            out.append((a, codes))
    return out


def pick_country(ctx: Context, placed: list[tuple[Atom, tuple[str, ...]]]) -> list[tuple[Atom, str]]:
    """The country (or coordinated countries) a phrase's modifiers name."""
    if not placed:
        return []
    cols = ctx.cols
    groups: dict[int, list[tuple[Atom, tuple[str, ...]]]] = {}
    for a, codes in placed:
        groups.setdefault(coord_root(cols, a.root), []).append((a, codes))
    coordinated = max(groups.values(), key=len)
    if len(coordinated) > 1:
        return [(a, c) for a, codes in coordinated for c in codes]
    poss = [(a, codes) for a, codes in placed if cols.dep[a.root] == D["poss"]]
    a, codes = (poss or placed)[0]
    return [(a, c) for c in codes]


def org_country(ctx: Context, a: Atom) -> str | None:
    if a.entry is not None:
        return a.entry.country
    for inner in a.inner:
        codes = atom_countries(ctx, inner)
        if codes:
            return codes[0]
    return town_country(ctx, a.start, a.inner)


def town_country(ctx: Context, start: int, atoms: list[Atom]) -> str | None:
    """Country of a town named by the proper nouns from ``start`` to the first role among
    ``atoms``: "the Slidell Police Department" or "Slidell Police Chief X" after "Slidell,
    La." (a town the article places); a city's police ("the Dallas Police Department") are
    in the city's country."""
    roles = [x for x in atoms if x.kind == "role" and x.role is not None]
    if not roles:
        return None
    cols = ctx.cols
    first_role = min(x.start for x in roles)
    start += cols.pos[start] == DET
    if not (start < first_role and all(cols.pos[j] == PROPN for j in range(start, first_role))):
        return None
    town = cols.span_text(start, first_role)
    code = ctx.places.get(fold(town))
    if code is None and any(x.role.sector == "COP" for x in roles):
        code = place_country(town, ctx.named)
    return code


def prep_country(ctx: Context, token: int, located: bool = True) -> str | None:
    """Country of a bare role noun from "in/of/from X" ("rebels in the Ivory Coast",
    "doctors from two American aid groups"), "based in X" ("a newspaper based in Beirut") or
    "led by X" ("a coalition led by Saudi Arabia").
    With ``located`` False only origin counts: "diplomats in Vienna" are not Austrian."""
    cols = ctx.cols
    preps = _PREP_COUNTRY if located else _PREP_ORIGIN
    for k in cols.kids[token]:
        if cols.dep[k] == D["prep"] and cols.lower[k] in preps:
            for obj in cols.kids[k]:
                if cols.dep[obj] == D["pobj"]:
                    code = country_at(ctx, obj)
                    if code:
                        return code
        elif located and cols.dep[k] == D["acl"] and cols.lower[k] in _LOCATED:
            code = prep_country(ctx, k)
            if code:
                return code
        elif cols.dep[k] == D["acl"] and cols.lower[k] in AGENTIVE:
            # "a coalition led by Saudi Arabia", as "a Saudi-led coalition"
            for agent in cols.kids[k]:
                if cols.dep[agent] == D["agent"]:
                    for obj in cols.kids[agent]:
                        if cols.dep[obj] == D["pobj"] and (code := country_at(ctx, obj)):
                            return code
        elif cols.dep[k] == D["acl"] and cols.lower[k] in _FLEEING:
            # "refugees fleeing Syria", "fleeing the civil war in Liberia", "fleeing from X"
            code = prep_country(ctx, k)
            if code:
                return code
            for obj in cols.kids[k]:
                if cols.dep[obj] == D["dobj"]:
                    code = country_at(ctx, obj) or prep_country(ctx, obj)
                    if code:
                        return code
    return None


_PREP_COUNTRY = _ids("in", "of", "from")
_PREP_ORIGIN = _ids("of", "from")
_OF = get_string_id("of")


#: A US party-and-state tag right after a name: "Cory Booker (D-N.J.)", "Bernie Sanders (I-Vt.)".
_PARTY_STATE = re.compile(r"\s*\((?:D|R|I)-[A-Z]")


def party_state_tag(ctx: Context, end: int) -> bool:
    """Whether the phrase ending before token ``end`` is followed by a US party-state tag,
    which marks an American legislator whatever country the story is about."""
    if end <= 0:
        return False
    _, hi = ctx.cols.char_span(end - 1, end)
    return _PARTY_STATE.match(ctx.cols.text, hi) is not None


def of_country(ctx: Context, token: int) -> str | None:
    """Country of an "of X" phrase on ``token`` ("the Kurds of Iraq")."""
    cols = ctx.cols
    for k in cols.kids[token]:
        if cols.dep[k] == D["prep"] and cols.lower[k] == _OF:
            for obj in cols.kids[k]:
                if cols.dep[obj] == D["pobj"]:
                    return country_at(ctx, obj)
    return None
_LOCATED = _ids("based", "located", "stationed", "operating", "living", "deployed")
#: Participles naming the country or war people left ("refugees fleeing the war in Liberia").
_FLEEING = _ids("fleeing", "escaping", "fled", "escaped")


def country_at(ctx: Context, token: int) -> str | None:
    """Country named by the noun phrase headed at ``token``: its own name or a modifier's."""
    code = ctx.countries_at.get(token)
    if code:
        return code
    cols = ctx.cols
    relational = relational_noun(ctx, token)
    for k in cols.kids[token]:
        if cols.dep[k] in NOMINAL_MODS and not (relational and cols.dep[k] == D["poss"]):
            code = ctx.countries_at.get(k) or country_at(ctx, k)
            if code:
                return code
    if relational:  # "Israel's militia ally in southern Lebanon" is in Lebanon
        return prep_country(ctx, token)
    return None


def relational_noun(ctx: Context, token: int) -> bool:
    """Whether ``token`` names a relation to another party ("ally", "rival", "proxies")."""
    return ctx.cols.lower[token] in _relational()


@functools.cache
def shared_names() -> dict[str, frozenset[str]]:
    """Lower-cased name other countries' bodies share -> those countries ("congress" -> PER,
    COL, ...; ``shared_names.tsv``)."""
    return {row["name"].lower(): frozenset(row["others"].split())
            for row in load_tsv("eventwire.actors", "shared_names.tsv")}


@functools.cache
def _relational() -> frozenset[int]:
    return frozenset(get_string_id(w) for w in load_wordlist("eventwire.actors", "relational_nouns.txt"))


@functools.cache
def elsewhere_modifiers() -> frozenset[int]:
    """Words placing a role outside the country in focus ("Western diplomats", "European officials")."""
    return frozenset(get_string_id(w) for w in load_wordlist("eventwire.actors", "elsewhere_modifiers.txt"))


@functools.cache
def _features() -> frozenset[int]:
    return frozenset(get_string_id(w) for w in load_wordlist("eventwire.actors", "geo_features.txt"))


def geographic_feature(ctx: Context, place: Atom) -> bool:
    """"Lake Chad", "the Gulf of Mexico": the name is part of a lake's, a gulf's..."""
    cols, features = ctx.cols, _features()
    if any(cols.lower[k] in features for k in cols.kids[place.root] if k < place.start):
        return True
    h = cols.head[place.root]
    return cols.dep[place.root] == D["pobj"] and cols.lower[h] == get_string_id("of") \
        and cols.lower[cols.head[h]] in features
