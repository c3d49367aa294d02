"""Turn a noun phrase's atoms into actor drafts: country, sector, kind, identity.

Rules, from the PLOVER sector definitions and ordinary English:
- the head decides what the phrase is (a person, a body, a group, a country, a place);
- country comes from the phrase's own modifiers (possessor first), then from a named
  organisation, then from the knowledge base;
- a strong role noun decides the sector ("troops" MIL); a weak one ("officials",
  "leader", "member") takes it from an organisation or role modifying it ("NIS
  officials" SPY, "Hamas leader" REB) and falls back to its default;
- "former"/"ex-" turn a state office into ELI; a known person is coded by the office
  held on the publication date;
- a capital is its government when it is an argument ("Pyongyang said", "talks with
  Washington"), and a place when it is a location ("in Baghdad").
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from spacy.strings import get_string_id

from . import kb
from .detect import Atom, NounPhrase
from ..resources import load_wordlist
from .lexicon import Lexicon, fold
from .parse import D, NOMINAL_MODS, OBJECTS, PRON, SUBJECTS, Columns
from .places import place_country

if TYPE_CHECKING:
    from spacy.tokens import Doc


def _ids(*words: str) -> frozenset[int]:
    return frozenset(get_string_id(w) for w in words)


ETHNIC = get_string_id("ethnic")
HYPHEN = get_string_id("-")
PAIR = _ids("two", "both")
STANCE = _ids("anti", "pro")
DEFINITE = _ids("the", "this", "that", "these", "those")
FORMER = _ids("former", "ex", "exiled", "ousted", "deposed", "late", "then")
POSS_PRONOUNS = _ids("its", "his", "her", "their")
LOCATIVE = _ids("in", "at", "near", "outside", "inside", "around", "across", "within", "from", "into",
                "through", "throughout", "toward", "towards", "off", "over", "above", "beyond", "beneath",
                "between", "along", "on")
MOTION = _ids("go", "come", "travel", "fly", "arrive", "return", "move", "send", "deploy", "march",
              "flee", "head", "drive", "sail", "walk", "retreat", "withdraw", "fire", "launch")
STATE_SECTORS = kb.STATE_SECTORS
PLACE_KINDS = ("country", "demonym", "people", "capital", "region")
#: Country codes of international actors: their organisation code stays in the CAMEO code.
INTERNATIONAL = frozenset({"IGO", "NGO", "IMG", "MNC", "ISM"})


@dataclass(slots=True)
class Draft:
    """One actor mention before coreference."""

    start: int
    end: int
    head: int
    mkind: str  # mention kind: name, title, demonym, metonym, nominal, pronoun
    akind: str  # actor kind: person, country, organization, group, location, unknown
    name: str
    country: str | None = None
    sector: str | None = None
    base: str | None = None  # CAMEO code of a named organisation (IGOUNO)
    kb_id: str | None = None
    person: tuple[str, ...] = ()  # folded name tokens of a person
    office: str | None = None  # HOS/HOG/FM/LEADER named by a title
    title: str | None = None  # the title or role phrase ("president", "troops")
    definite: bool = False
    anaphor: bool = False  # "the reclusive state": a noun standing for a country
    #: A modifier whose antecedent gives the country: "its"/"his" (pronoun) or "the
    #: country's" (anaphor); see ``ref_pronoun``.
    ref: int | None = None
    ref_pronoun: bool = True
    plural: bool = False
    former: bool = False
    text_country: bool = False  # the country was written in the phrase
    weak: bool = False  # the sector is only a weak role word's default ("officials": GOV)
    #: Title and offices of the knowledge-base record on the publication date.
    kb_title: str | None = None
    kb_offices: frozenset[str] = frozenset()
    foreign: bool = False  # a role often filled from elsewhere ("migrants"): no country in focus
    guessed: bool = False  # from a tagger entity we do not know (its kind may be wrong)
    pair: bool = False  # "the two countries", "both sides": two earlier actors together
    #: Another draft this one is known to corefer with (appositive, "hundreds of X").
    same_as: Draft | None = None


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


def index_countries(ctx: Context, atoms: list[Atom]) -> None:
    """Remember which tokens name a country or a place in one, for "rebels in X"."""
    ctx.named = frozenset(c for a in atoms if a.entry is not None and a.entry.kind in PLACE_KINDS
                          and a.entry.kind != "capital" for c in a.entry.countries)
    for a in atoms:
        codes = _atom_countries(ctx, a)
        if codes and not not_nationality(ctx, a):
            for j in range(a.start, a.end):
                ctx.countries_at[j] = codes[0]


def _atom_countries(ctx: Context, a: Atom) -> tuple[str, ...]:
    if a.entry is not None and a.entry.kind == "capital" and ctx.named and a.entry.country not in ctx.named:
        # "Tripoli" in a story that names Lebanon but not Libya is the Lebanese city.
        code = place_country(ctx.cols.span_text(a.start, a.end), ctx.named)
        if code in ctx.named:
            return (code,)
    if a.entry is not None and a.entry.kind in PLACE_KINDS:
        return a.entry.countries
    if a.kind == "place":
        code = place_country(ctx.cols.span_text(a.start, a.end), ctx.named)
        return (code,) if code else ()
    return ()


def _coord_root(cols: Columns, t: int) -> int:
    conj = D["conj"]
    for _ in range(8):
        if cols.dep[t] != conj or cols.head[t] == t:
            break
        t = cols.head[t]
    return t


def _modifier_words(ctx: Context, np: NounPhrase) -> tuple[bool, bool, int | None]:
    """(definite, former, possessive pronoun) from the phrase's determiners and modifiers."""
    cols = ctx.cols
    definite = former = False
    poss = None
    for t in (np.head, *[a.root for a in np.atoms]):
        for k in cols.kids[t]:
            if k > np.head:
                continue
            w = cols.lower[k]
            if w in DEFINITE:
                definite = True
            elif w in FORMER:
                former = True
            elif w in POSS_PRONOUNS and cols.pos[k] == PRON:
                poss = k
    for j in range(np.start, np.head):
        if cols.lower[j] in FORMER:
            former = True
    return definite, former, poss


def _role_sector(main: Atom, others: list[Atom]) -> tuple[str | None, bool]:
    """Sector of a role word, taking a weak one's sector from the nearest modifier that has
    one. The flag says the sector is only the weak word's default ("officials": GOV)."""
    assert main.role is not None
    if main.role.sector == "UAF":  # "Hamas-led gunmen" are no longer unidentified
        for a in others:
            if a.entry is not None and a.entry.kind == "org" and a.entry.sector:
                return a.entry.sector, False
    if main.role.strong:
        return main.role.sector, False
    for a in sorted(others, key=lambda a: -a.start):
        if a is main or a.start > main.start:
            continue
        if a.kind == "role" and a.role is not None and a.role.sector and a.role.strong:
            return a.role.sector, False
        if a.entry is not None and a.entry.kind == "org" and a.entry.sector:
            return a.entry.sector, False
        if a.kind == "org":
            s = _org_sector(a)
            if s:
                return s, False
    return main.role.sector, True


def _org_sector(a: Atom) -> str | None:
    """Sector of an unknown organisation from the role words in its name.

    "Union of Teachers": the people after "of" say what the body is about; otherwise the
    last role word ("Anti-Corruption Commission") does.
    """
    roles = [r for r in a.inner if r.kind == "role" and r.role is not None and r.role.sector]
    if not roles:
        return None
    people = [r for r in roles[1:] if r.role.kind in ("person", "group")]
    return (people[-1] if people else roles[-1]).role.sector


def _acts(ctx: Context, h: int) -> bool:
    """Whether a country name is the doer of its clause: its subject or a passive's agent."""
    cols = ctx.cols
    t = _coord_root(cols, h)
    if cols.dep[t] == D["nsubj"]:
        return True
    return cols.dep[t] == D["pobj"] and cols.dep[cols.head[t]] == D["agent"]


def _capital_is_government(ctx: Context, h: int) -> bool:
    cols = ctx.cols
    t = _coord_root(cols, h)
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


def _text(ctx: Context, start: int, end: int) -> str:
    return ctx.cols.span_text(start, end)


def _person_key(ctx: Context, a: Atom) -> tuple[str, ...]:
    cols = ctx.cols
    words = (cols.word(j) for j in range(a.start, a.end))
    return tuple(fold(w) for w in words if w not in ("-", "'s", "."))


def not_nationality(ctx: Context, a: Atom) -> bool:
    """True for "ethnic Albanians" (an ethnicity) and "anti-Syria" (an attitude)."""
    cols, i = ctx.cols, a.start
    if i >= 1 and cols.lower[i - 1] == ETHNIC:
        return True
    return i >= 2 and cols.orth[i - 1] == HYPHEN and cols.lower[i - 2] in STANCE


def _countries_of(ctx: Context, atoms: list[Atom]) -> list[tuple[Atom, tuple[str, ...]]]:
    out = []
    for a in atoms:
        codes = _atom_countries(ctx, a)
        if codes and not not_nationality(ctx, a):
            out.append((a, codes))
    return out


def _pick_country(ctx: Context, placed: list[tuple[Atom, tuple[str, ...]]]) -> list[tuple[Atom, str]]:
    """The country (or coordinated countries) a phrase's modifiers name."""
    if not placed:
        return []
    cols = ctx.cols
    groups: dict[int, list[tuple[Atom, tuple[str, ...]]]] = {}
    for a, codes in placed:
        groups.setdefault(_coord_root(cols, a.root), []).append((a, codes))
    coordinated = max(groups.values(), key=len)
    if len(coordinated) > 1:
        return [(a, c) for a, codes in coordinated for c in codes]
    poss = [(a, codes) for a, codes in placed if cols.dep[a.root] == D["poss"]]
    a, codes = (poss or placed)[0]
    return [(a, c) for c in codes]


def drafts_for(ctx: Context, np: NounPhrase) -> list[Draft]:
    """Actor drafts for one noun phrase (several for coordinated modifiers)."""
    head_atom = np.head_atom()
    if head_atom is None:
        head_atom = _role_modifier(ctx, np)
        if head_atom is None:
            return _branches(ctx, np)
    if head_atom.name_kind in PLACE_KINDS or head_atom.kind == "place":
        # "Mali and Burkina Faso" parsed as one phrase: every place in it is its own mention.
        places = [a for a in np.atoms if a is not head_atom and (a.name_kind in PLACE_KINDS or a.kind == "place")]
        if places:
            rest = [a for a in np.atoms if a not in places]
            out = drafts_for(ctx, NounPhrase(np.head, rest))
            return out + [d for a in places for d in _standalone(ctx, a)]
    definite, former, poss = _modifier_words(ctx, np)
    others = [a for a in np.atoms if a is not head_atom]
    persons = [a for a in np.atoms if a.name_kind == "person"]
    if persons and head_atom.kind == "role" and head_atom.role is not None and head_atom.role.kind == "person":
        head_atom = persons[-1]  # "negotiator Kim Myong Gil": the name is who it is
        others = [a for a in np.atoms if a is not head_atom]
    base = Draft(_left_edge(ctx.cols, np), np.end, np.head, "nominal", "unknown", "", definite=definite,
                 former=former, ref=poss, plural=ctx.cols.plural(np.head))
    kind = head_atom.name_kind
    if kind == "org" and head_atom.entry is None and not head_atom.inner and any(
            a.kind == "role" and a.role is not None and a.role.kind == "person" for a in others):
        kind = "person"  # "Vice-President Moody Awori" mis-tagged as an organisation
    if kind == "person":
        return [_person(ctx, base, head_atom, others)]
    if kind == "org":
        return _organisation(ctx, base, head_atom, others)
    if head_atom.kind == "role":
        return _role_phrase(ctx, base, head_atom, others)
    if kind == "norp":
        base.mkind, base.akind, base.name = "name", "group", _text(ctx, head_atom.start, head_atom.end)
        _apply_country(ctx, base, others)
        return [base]
    return _place_phrase(ctx, base, head_atom, others)


def _branches(ctx: Context, np: NounPhrase) -> list[Draft]:
    """Actors modifying a noun that is not one: "Iraqi President Saddam Hussein's proposal"
    gives the person, "Pyongyang-Washington talks" gives two governments."""
    cols = ctx.cols
    groups: dict[int, list[Atom]] = {}
    for a in np.atoms:
        t = a.root
        for _ in range(12):
            h = cols.head[t]
            if h == np.head or h == t:
                break
            t = h
        groups.setdefault(t, []).append(a)
    out: list[Draft] = []
    for root, atoms in groups.items():
        sub = NounPhrase(root, atoms)
        head = sub.head_atom()
        if len(atoms) > 1 and head is not None and head.name_kind not in PLACE_KINDS and head.kind != "place":
            out += drafts_for(ctx, sub)
        else:
            out += [d for a in atoms for d in _standalone(ctx, a)]
    return out


_EDGE_DEPS = frozenset({D["amod"], D["compound"], get_string_id("nummod"), get_string_id("nmod"), D["poss"],
                        D["case"]})


def _left_edge(cols: Columns, np: NounPhrase) -> int:
    """Start of the phrase with the head's adjectives and compounds ("the reclusive state")."""
    start = np.start
    while start > 0:
        j = start - 1
        if cols.dep[j] not in _EDGE_DEPS or not start <= cols.head[j] <= np.head or cols.lower[j] in FORMER:
            break
        start = j
    return start


def _role_modifier(ctx: Context, np: NounPhrase) -> Atom | None:
    """A body or group modifying a non-actor noun stands for the phrase: "Israeli army
    bulldozers" are the army's, "government policy" is the government's."""
    cols = ctx.cols
    for a in reversed(np.atoms):
        if a.kind == "role" and a.role is not None and a.role.kind in ("org", "group", "person") \
                and cols.head[a.root] == np.head and cols.dep[a.root] in (D["compound"], D["amod"]):
            return a
    return None


def _apply_country(ctx: Context, d: Draft, atoms: list[Atom]) -> list[tuple[Atom, str]]:
    picked = _pick_country(ctx, _countries_of(ctx, atoms))
    if picked:
        d.country = picked[0][1]
        d.text_country = True
    return picked


def _split(d: Draft, picked: list[tuple[Atom, str]], ctx: Context) -> list[Draft]:
    """One draft per coordinated country ("Hungarian and Romanian officials")."""
    if len(picked) <= 1:
        return [d]
    return [dataclasses.replace(d, start=a.start, end=a.end, country=code, text_country=True)
            for a, code in picked]


def _person(ctx: Context, d: Draft, who: Atom, others: list[Atom]) -> Draft:
    d.akind, d.mkind = "person", "name"
    d.name = _text(ctx, who.start, who.end)
    d.person = _person_key(ctx, who)
    d.plural = False
    _apply_country(ctx, d, others)
    orgs = [a for a in others if a.name_kind == "org"]
    if d.country is None and orgs:
        d.country = _org_country(ctx, orgs[-1])
        d.text_country = d.country is not None
    titles = [a for a in others if a.kind == "role" and a.role is not None and a.role.kind in ("person", "group")]
    if titles:
        main = titles[-1]
        d.mkind = "title"
        d.title = main.role.phrase
        d.office = main.role.office
        d.sector, d.weak = _role_sector(main, others)
    if who.entry is not None and who.entry.persons:
        person = kb.choose(who.entry.persons, ctx.day, d.country)
        if person is not None:
            d.name, d.kb_id = person.name, person.kb_id
            status = kb.status(person, ctx.day)
            if status.term is not None:
                d.kb_title, d.kb_offices = status.term.title, status.term.offices
            if d.country is None:
                d.country = status.country
            if d.sector is None and not d.former:
                d.sector = status.sector
    if d.former and (d.sector in STATE_SECTORS or d.sector is None):
        d.sector = "ELI"
    return d


def _org_country(ctx: Context, a: Atom) -> str | None:
    if a.entry is not None:
        return a.entry.country
    for inner in a.inner:
        codes = _atom_countries(ctx, inner)
        if codes:
            return codes[0]
    return None


def _organisation(ctx: Context, d: Draft, org: Atom, others: list[Atom]) -> list[Draft]:
    d.akind, d.mkind = "organization", "name"
    d.name = _text(ctx, org.start, org.end)
    if org.entry is not None:
        e = org.entry
        d.name, d.kb_id, d.sector, d.base = e.name, e.kb_id, e.sector, e.cameo
        d.country = e.country
        if e.country:
            d.text_country = True
    else:
        d.guessed = True
        d.country = _org_country(ctx, org)
        d.sector = _org_sector(org)
        d.text_country = d.country is not None
        inner_roles = [a for a in org.inner if a.kind == "role" and a.role is not None]
        if inner_roles:
            d.title = inner_roles[-1].role.phrase
        if d.country is None and any(a.role.sector == "NGO" for a in inner_roles):
            d.country = "NGO"  # "Association of African Jurists": a non-governmental body
    roles = [a for a in others if a.kind == "role" and a.role is not None]
    if roles and d.title is None:  # "Yonhap news agency": lets a later "the agency" find it
        d.title = roles[-1].role.phrase
    if d.country is None:
        return _split(d, _apply_country(ctx, d, others), ctx)
    return [d]


def _role_phrase(ctx: Context, d: Draft, main: Atom, others: list[Atom]) -> list[Draft]:
    role = main.role
    assert role is not None
    d.title = role.phrase
    d.office = role.office
    d.foreign = role.foreign
    d.sector, d.weak = _role_sector(main, others)
    d.mkind = "nominal"
    if role.kind == "country":
        d.akind, d.anaphor = "country", True
    elif role.kind == "person" and not d.plural:
        d.akind = "person"
    elif role.kind == "org":
        d.akind = "organization"
    else:
        d.akind = "group"
    named = [a for a in others if a.entry is not None and a.entry.kind == "org"]
    if role.kind == "org" and named and ctx.cols.head[named[-1].root] == main.root:
        d.title = role.phrase  # "Yonhap news agency", "the Hamas movement": the body itself
        return _organisation(ctx, d, named[-1], [a for a in others if a is not named[-1]])
    d.name = _text(ctx, d.start, d.end)
    d.pair = d.plural and any(ctx.cols.lower[k] in PAIR for k in ctx.cols.kids[main.root])
    heads = [a for a in others if a.kind == "role" and a.role is not None and a.role.kind == "country"]
    if heads and d.ref is None:  # "the reclusive state's news agency"
        d.ref, d.ref_pronoun = heads[-1].root, False
    picked = _apply_country(ctx, d, others)
    orgs = [a for a in others if a.name_kind == "org"]
    orgs = [a for a in orgs if _org_country(ctx, a)] or orgs  # "Houthi-run Saba news agency"
    if d.country is None and orgs:
        d.country = _org_country(ctx, orgs[-1])
        entry = orgs[-1].entry
        if entry is not None and entry.country in INTERNATIONAL:
            d.base = entry.cameo  # "UN peacekeepers": IGOUNO + MIL
        d.text_country = d.country is not None
    persons = [a for a in others if a.name_kind == "person" and a.entry is not None]
    if d.country is None and persons:  # "the Trump administration", "Putin's government"
        p = kb.choose(persons[-1].entry.persons, ctx.day)
        if p is not None:
            d.country = kb.status(p, ctx.day).country
    if d.country is None:
        d.country = _prep_country(ctx, main.root)
    if d.former and d.sector in STATE_SECTORS and d.akind == "person":
        d.sector = "ELI"
    if picked and d.anaphor:
        d.anaphor = False  # "the Gulf state of Qatar" names its country
    return _split(d, picked, ctx)


def _prep_country(ctx: Context, token: int) -> str | None:
    """Country of a bare role noun from "in/of/from X" ("rebels in the Ivory Coast",
    "doctors from two American aid groups") or "based in X" ("a newspaper based in Beirut")."""
    cols = ctx.cols
    for k in cols.kids[token]:
        if cols.dep[k] == D["prep"] and cols.lower[k] in _PREP_COUNTRY:
            for obj in cols.kids[k]:
                if cols.dep[obj] == D["pobj"]:
                    code = _country_at(ctx, obj)
                    if code:
                        return code
        elif cols.dep[k] == D["acl"] and cols.lower[k] in _LOCATED:
            code = _prep_country(ctx, k)
            if code:
                return code
    return None


_PREP_COUNTRY = _ids("in", "of", "from")
_LOCATED = _ids("based", "located", "stationed", "operating", "living", "deployed")


def _country_at(ctx: Context, token: int) -> str | None:
    """Country named by the noun phrase headed at ``token``: its own name or a modifier's."""
    code = ctx.countries_at.get(token)
    if code:
        return code
    cols = ctx.cols
    for k in cols.kids[token]:
        if cols.dep[k] in NOMINAL_MODS:
            code = ctx.countries_at.get(k) or _country_at(ctx, k)
            if code:
                return code
    return None


@functools.cache
def _features() -> frozenset[int]:
    return frozenset(get_string_id(w) for w in load_wordlist("eventwire.actors", "geo_features.txt"))


def _geographic_feature(ctx: Context, place: Atom) -> bool:
    """"Lake Chad", "the Gulf of Mexico": the name is part of a lake's, a gulf's..."""
    cols, features = ctx.cols, _features()
    if any(cols.lower[k] in features for k in cols.kids[place.root] if k < place.start):
        return True
    h = cols.head[place.root]
    return cols.dep[place.root] == D["pobj"] and cols.lower[h] == get_string_id("of") \
        and cols.lower[cols.head[h]] in features


def _place_phrase(ctx: Context, d: Draft, place: Atom, others: list[Atom]) -> list[Draft]:
    kind = place.name_kind
    if kind in ("country", "capital", "region") and _geographic_feature(ctx, place):
        d.akind, d.mkind, d.name = "location", "name", _text(ctx, d.start, d.end)
        return [d]
    codes = () if not_nationality(ctx, place) else _atom_countries(ctx, place)
    d.name = _text(ctx, place.start, place.end)
    if kind == "country":
        d.akind, d.mkind = "country", "name"
        d.name = place.entry.name if place.entry else d.name
        if _acts(ctx, d.head):
            d.sector = "GOV"  # "Britain expelled ...": the state acts through its government
    elif kind == "people":
        d.akind, d.mkind, d.sector = "group", "demonym", "CVL"
    elif kind == "demonym":
        d.akind, d.mkind = "country", "demonym"
        d.name = place.entry.name if place.entry else d.name
    elif kind == "capital" and _capital_is_government(ctx, d.head):
        d.akind, d.mkind, d.sector = "country", "metonym", "GOV"
        d.name = ctx.lex.country_names.get(codes[0], d.name) if codes else d.name
    else:  # a city or region as a place
        d.akind, d.mkind, d.sector = "location", "name", "CVL"
        d.guessed = place.kind == "place"
    if not codes:
        if kind in ("people", "demonym"):  # "ethnic Albanians in south Serbia"
            d.akind, d.sector = "group", d.sector or "CVL"
            d.country = _prep_country(ctx, d.head)
        return [d]
    d.country = codes[0]
    d.text_country = True
    if len(codes) > 1:  # "the two Koreas": each country
        return [dataclasses.replace(d, akind="country", mkind="name", sector=None, country=c,
                                    name=ctx.lex.country_names.get(c, c), plural=True) for c in codes]
    return [d]


def _standalone(ctx: Context, a: Atom) -> list[Draft]:
    """An atom modifying a noun that is not itself an actor ("North Korea's test")."""
    cols = ctx.cols
    np = NounPhrase(a.root, [a])
    if a.kind == "role":
        if cols.dep[a.root] not in (D["poss"], D["compound"]) or a.role is None or a.role.kind == "thing":
            return []
        d = Draft(a.start, a.end, a.root, "nominal", "group", _text(ctx, a.start, a.end),
                  sector=a.role.sector, title=a.role.phrase)
        return [d]
    if a.kind == "norp":
        return []
    out = drafts_for(ctx, np)
    for d in out:
        if d.mkind == "nominal" and a.name_kind == "demonym":
            d.mkind = "demonym"
    return out
