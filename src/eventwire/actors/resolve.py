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
from dataclasses import dataclass

from spacy.strings import get_string_id

from . import kb
from .detect import Atom, NounPhrase, after_stance
from .lexicon import fold
from .origin import (
    INTERNATIONAL, PLACE_KINDS, Context, acts, atom_countries, capital_is_government, countries_of,
    elsewhere_modifiers, geographic_feature, not_nationality, of_country, org_country, pick_country, prep_country,
    party_state_tag, relational_noun, shared_names, town_country,
)
from .parse import D, NOUNS, PRON, Columns


def _ids(*words: str) -> frozenset[int]:
    return frozenset(get_string_id(w) for w in words)


BOTH, TWO = _ids("both"), _ids("two")
DEFINITE_PAIR = _ids("the", "these", "those")
DEFINITE = _ids("the", "this", "that", "these", "those")
FORMER = _ids("former", "ex", "exiled", "ousted", "deposed", "late", "then")
POSS_PRONOUNS = _ids("its", "his", "her", "their")
STATE_SECTORS = kb.STATE_SECTORS
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
    kb_sector: str | None = None  # the sector of that office
    #: Not given the country in focus: a role often filled from elsewhere ("migrants"), one
    #: placed elsewhere ("Western diplomats") or several states' bodies ("six governments").
    foreign: bool = False
    guessed: bool = False  # from a tagger entity we do not know (its kind may be wrong)
    pair: bool = False  # "the two countries", "both sides": two earlier actors together
    #: Another draft this one is known to corefer with (appositive, "hundreds of X").
    same_as: Draft | None = None
    #: The body this speaker speaks for ("a spokesman *for the ministry*"): coded as it is.
    speaks_for: Draft | None = None


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


def _modifier_sector(ctx: Context, main: Atom) -> tuple[str, bool] | None:
    """Sector a modifier gives a weak role, and whether the role may then be from anywhere:
    a role word used as an adjective ("a *military* spokesman", "*military* officials"; the
    tagger leaves it out of the phrase's atoms), else a word of ``data/sector_modifiers.tsv``
    right before it ("*judicial* sources" JUD, "*diplomatic* sources" GOV from anywhere)."""
    cols = ctx.cols
    for k in cols.kids[main.root]:
        if cols.dep[k] == D["amod"] and k < main.start and (sector := ctx.lex.body_sector(cols.lower[k])):
            return sector, False
    k = main.start - 1
    if k >= 0 and cols.head[k] == main.root and cols.dep[k] in (D["amod"], D["compound"]) and not cols.kids[k]:
        return ctx.lex.sector_modifiers.get(cols.lower[k])  # not "national security adviser": a field
    return None


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


def _text(ctx: Context, start: int, end: int) -> str:
    return ctx.cols.span_text(start, end)


def _person_key(ctx: Context, a: Atom) -> tuple[str, ...]:
    cols = ctx.cols
    words = (cols.word(j) for j in range(a.start, a.end))
    return tuple(fold(w) for w in words if w not in ("-", "'s", "."))


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
    # a name after the role; one before it is whose they are ("Obama aides" are not Obama),
    # unless the role speaks for them ("Merkel's spokesman" is coded as Merkel)
    voice = head_atom.role is not None and head_atom.role.voice
    persons = [a for a in np.atoms if a.name_kind == "person" and (a.start > head_atom.start or voice)]
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
        if cols.dep[j] not in _EDGE_DEPS or not start <= cols.head[j] <= np.head or cols.lower[j] in FORMER \
                or cols.pos[j] not in _EDGE_POS:
            break
        start = j
    return start


_EDGE_POS = frozenset(get_string_id(p) for p in ("NOUN", "PROPN", "ADJ", "NUM", "PART"))


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
    picked = pick_country(ctx, countries_of(ctx, atoms))
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
        d.country = org_country(ctx, orgs[-1])
        d.text_country = d.country is not None
    titles = [a for a in others if a.kind == "role" and a.role is not None and a.role.kind in ("person", "group")]
    if d.country is None and (town := town_country(ctx, d.start, others)):
        d.country, d.text_country = town, True  # "Slidell Police Chief X" after "Slidell, La."
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
                d.kb_title, d.kb_offices, d.kb_sector = status.term.title, status.term.offices, status.sector
                codes = [ctx.lex.office_codes[o] for o in status.term.offices if o in ctx.lex.office_codes]
                if codes and status.country == "IGO":
                    d.base = codes[0]  # "UN Secretary-General Antonio Guterres": IGOUNO + GOV
            if d.country is None or (d.country == "IGO" and status.term is not None and status.country != "IGO"):
                d.country = status.country  # "US ambassador to the UN Nikki Haley" is her country's
            if d.sector is None and not d.former:
                d.sector = status.sector
            elif status.term is None and d.title and kb.held_title(person, d.title, ctx.day):
                d.former = True  # "Florida Gov. Jeb Bush" in 2016: a title he no longer holds
    if d.former and (d.sector in STATE_SECTORS or d.sector is None):
        d.sector = "ELI"
    if party_state_tag(ctx, d.end) and d.country in (None, "USA"):
        d.country, d.text_country = "USA", True  # "Rep. Joseph Crowley (D-N.Y.)"
        d.sector = "LEG" if d.sector is None or d.weak else d.sector  # "Oversight Chairman": not BUS
    return d


def _organisation(ctx: Context, d: Draft, org: Atom, others: list[Atom]) -> list[Draft]:
    d.akind, d.mkind = "organization", "name"
    d.name = _text(ctx, org.start, org.end)
    if org.entry is not None and _elsewhere_shared_name(ctx, org, others):
        # "Congress" in a story about Peru: Peru's, found as for a role noun
        d.sector, d.title = org.entry.sector, d.name.lower()
        _apply_country(ctx, d, others)  # "Peru's Congress", "South Korea's Joint Chiefs of Staff"
        return [d]
    if org.entry is not None:
        e = org.entry
        d.name, d.kb_id, d.sector, d.base = e.name, e.kb_id, e.sector, e.cameo
        d.country = e.country
        if e.country:
            d.text_country = True
    else:
        d.guessed = True
        d.country = org_country(ctx, org)
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
    if d.sector in (None, "PTY") and any(a.role.sector == "OPP" for a in roles):
        d.sector = "OPP"  # "the opposition National Umma Party"
    if d.country is None:
        return _split(d, _apply_country(ctx, d, others), ctx)
    return [d]


def _elsewhere_shared_name(ctx: Context, org: Atom, modifiers: list[Atom]) -> bool:
    """A name other countries' bodies share ("Congress") with one of them written before it
    ("Peru's Congress"), or alone in an article that names one of them but not the country
    the name usually stands for."""
    assert org.entry is not None
    others = shared_names().get(_text(ctx, org.start, org.end).lower(), frozenset())
    if not others:
        return False
    written = {code for _, codes in countries_of(ctx, modifiers) for code in codes}
    if written:
        return bool(written & others)
    return bool(ctx.named & others) and org.entry.country not in ctx.named


def _role_phrase(ctx: Context, d: Draft, main: Atom, others: list[Atom]) -> list[Draft]:
    role = main.role
    assert role is not None
    d.title = role.phrase
    d.office = role.office
    # "Obama aides", "Clinton's lawyers": the people of a person named before them, who is
    # a mention of their own; they take that person's side as resolved in the article
    principals = [a for a in others if a.name_kind == "person" and a.start < main.start
                  and not after_stance(ctx.cols, a.start)] if role.kind in ("person", "group") else []
    others = [a for a in others if a not in principals]
    kids = ctx.cols.kids[main.root]
    kid_words = {ctx.cols.lower[k] for k in kids}
    placed = {ctx.cols.lower[k] for k in kids if not main.start <= k < main.end}  # not "foreign ministry"
    d.foreign = role.foreign or bool(placed & elsewhere_modifiers()) or any(  # "Western diplomats"
        a.entry is not None and a.entry.kind in ("region", "demonym") and not a.entry.countries for a in others
    )  # "Latin American leaders": a region of many countries
    d.sector, d.weak = _role_sector(main, others)
    if (d.weak or d.sector is None) and role.kind in ("person", "group") and (given := _modifier_sector(ctx, main)):
        d.sector, d.weak = given[0], False
        d.foreign = d.foreign or given[1]
    d.mkind = "nominal"
    if role.kind == "country" and any(ctx.cols.dep[k] == D["compound"] and ctx.cols.pos[k] in NOUNS
                                      for k in ctx.cols.kids[main.root]):
        # "his home state", "member states", "West Darfur State": no reference to a country,
        # but the names in the phrase still count.
        return [x for a in others for x in _standalone(ctx, a)]
    if role.kind == "country":
        d.akind, d.anaphor = "country", True
    elif role.kind == "person" and not d.plural and main.root == d.head:
        d.akind = "person"  # but "a terrorist assault" stands for terrorists: a group
    elif role.kind == "org":
        d.akind = "organization"
    else:
        d.akind = "group"
    named = [a for a in others if a.entry is not None and a.entry.kind == "org"]
    if role.kind == "org" and named and ctx.cols.head[named[-1].root] == main.root:
        d.title = role.phrase  # "Yonhap news agency", "the Hamas movement": the body itself
        return _organisation(ctx, d, named[-1], [a for a in others if a is not named[-1]])
    d.name = _text(ctx, d.start, d.end)
    # "both sides", "the two countries"; a bare count ("two protesters") introduces new people
    d.pair = d.plural and bool(kid_words & BOTH or (kid_words & TWO and kid_words & DEFINITE_PAIR))
    heads = [a for a in others if a.kind == "role" and a.role is not None and a.role.kind == "country"]
    if heads and d.ref is None:  # "the reclusive state's news agency"
        d.ref, d.ref_pronoun = heads[-1].root, False
    other_party: list[Atom] = []
    if relational_noun(ctx, d.head):  # "Israel's militia ally": Israel is the other party, an actor of its own
        other_party = [a for a in others if ctx.cols.dep[a.root] == D["poss"] and ctx.cols.head[a.root] == d.head]
        others = [a for a in others if a not in other_party]
    picked = _apply_country(ctx, d, others)
    orgs = [a for a in others if a.name_kind == "org"]
    orgs = [a for a in orgs if org_country(ctx, a)] or orgs  # "Houthi-run Saba news agency"
    if d.country is None and orgs:
        d.country = org_country(ctx, orgs[-1])
        entry = orgs[-1].entry
        if entry is not None and entry.country in INTERNATIONAL:
            d.base = entry.cameo  # "UN peacekeepers": IGOUNO + MIL
        d.text_country = d.country is not None
    persons = [a for a in others + principals if a.name_kind == "person" and a.entry is not None]
    if d.country is None and persons:  # "the Trump administration", "Putin's government"
        p = kb.choose(persons[-1].entry.persons, ctx.day)
        if p is not None:
            d.country = kb.status(p, ctx.day).country
    if d.country is None:
        located = not d.foreign  # "migrants in Libya", "diplomats in Vienna" are from elsewhere
        d.country = prep_country(ctx, main.root, located) or \
            (prep_country(ctx, d.head, located) if d.head != main.root else None)
    if d.country is None and role.national and ctx.cols.plural(main.root):
        d.foreign = True  # "the six governments": several countries, not the one in focus
    if d.former and d.sector in STATE_SECTORS and d.akind == "person":
        d.sector = "ELI"
    if picked and d.anaphor:
        d.anaphor = False  # "the Gulf state of Qatar" names its country
    if other_party or principals:
        d.start = max(d.start, max(a.end for a in other_party + principals))
        if ctx.cols.dep[d.start] == D["case"]:
            d.start += 1  # past the "'s"
    sides = [x for a in principals for x in _standalone(ctx, a)]
    d.speaks_for = sides[-1] if sides else None
    return _split(d, picked, ctx) + [x for a in other_party for x in _standalone(ctx, a)] + sides


def _place_phrase(ctx: Context, d: Draft, place: Atom, others: list[Atom]) -> list[Draft]:
    kind = place.name_kind
    if kind in ("country", "capital", "region") and geographic_feature(ctx, place):
        d.akind, d.mkind, d.name = "location", "name", _text(ctx, d.start, d.end)
        return [d]
    codes = () if not_nationality(ctx, place) else atom_countries(ctx, place)
    d.name = _text(ctx, place.start, place.end)
    if kind == "country" and place.entry is not None and codes and codes[0] != place.entry.country:
        d.akind, d.mkind, d.sector = "location", "name", "CVL"  # "Georgia" the US state
    elif kind == "country":
        d.akind, d.mkind = "country", "name"
        d.name = place.entry.name if place.entry else d.name
        if acts(ctx, d.head):
            d.sector = "GOV"  # "Britain expelled ...": the state acts through its government
    elif kind == "people":
        d.akind, d.mkind, d.sector = "group", "demonym", "CVL"
        home = of_country(ctx, d.head)
        if home and codes and home != codes[0]:
            codes = (home,)  # "the Albanians of southern Serbia" live in Serbia
    elif kind == "demonym":
        d.akind, d.mkind = "country", "demonym"
        d.name = place.entry.name if place.entry else d.name
    elif kind == "capital" and capital_is_government(ctx, d.head):
        d.akind, d.mkind, d.sector = "country", "metonym", "GOV"
        d.name = ctx.lex.country_names.get(codes[0], d.name) if codes else d.name
    else:  # a city or region as a place
        d.akind, d.mkind, d.sector = "location", "name", "CVL"
        d.guessed = place.kind == "place"
    if not codes:
        if kind in ("people", "demonym"):  # "ethnic Albanians in south Serbia"
            d.akind, d.sector = "group", d.sector or "CVL"
            d.country = prep_country(ctx, d.head)
        d.foreign = d.foreign or (place.entry is not None and not place.entry.countries)  # "Central American"
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
        if cols.dep[a.root] not in (D["poss"], D["compound"]) or a.role is None or a.role.kind in ("thing", "country"):
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
