"""The actor lexicon: every name we know (countries, demonyms, capitals, regions,
organisations, people) as token sequences, and the role nouns that give sectors.

Phrases are tokenised once with spaCy's English tokenizer and stored as tuples of
string hashes, so matching a parsed document is integer dictionary lookups over
``Doc.to_array`` columns, never per-token string work.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

import pycountry
from spacy.strings import get_string_id

from ..resources import load_tsv

PACKAGE = "eventwire.actors"

#: Kinds of name entries, in the order that wins when two share a surface form.
KIND_PRIORITY = ("org", "person", "country", "people", "demonym", "capital", "region")

#: Case constraint of one phrase token: any case, capital first letter, exact text.
ANY, CAP, EXACT = 0, 1, 2


@dataclass(frozen=True, slots=True)
class Entry:
    """What a matched name stands for."""

    kind: str  # country, people, demonym, capital, region, org, person
    name: str  # canonical name
    countries: tuple[str, ...] = ()  # usually one; "the two Koreas" has two
    sector: str | None = None
    cameo: str | None = None
    kb_id: str | None = None
    pre: bool = False  # partially recognised entity (PLOVER sector tag PRE)
    persons: tuple[str, ...] = ()  # knowledge-base person ids sharing this alias

    @property
    def country(self) -> str | None:
        return self.countries[0] if self.countries else None


@dataclass(frozen=True, slots=True)
class Phrase:
    """A token sequence with its case constraints and the entries it names."""

    hashes: tuple[int, ...]
    shapes: tuple[int, ...]
    texts: tuple[str, ...]
    entries: tuple[Entry, ...]
    orths: tuple[int, ...] = ()  # hashes of ``texts``, for exact-case matches


@dataclass(frozen=True, slots=True)
class Role:
    """A role noun or title (see ``data/roles.tsv``)."""

    phrase: str
    sector: str | None
    strong: bool
    kind: str  # person, group, org, thing
    office: str | None
    plural_only: bool
    capitalised_only: bool
    words: int
    foreign: bool = False
    national: bool = False  # one per country: several are several countries' ("six governments")
    sectored: bool = False  # plural-only, but singular after a sector word ("a military source")
    voice: bool = False  # speaks for the person named before it ("Merkel's spokesman")


@dataclass(slots=True)
class Lexicon:
    """Name phrases indexed by their first token hash; roles likewise."""

    names: dict[int, list[Phrase]] = field(default_factory=dict)
    roles: dict[int, list[tuple[tuple[frozenset[int], ...], Role]]] = field(default_factory=dict)
    country_names: dict[str, str] = field(default_factory=dict)
    capitals: dict[str, frozenset[str]] = field(default_factory=dict)
    sovereign: dict[str, str] = field(default_factory=dict)
    pre: frozenset[str] = frozenset()
    cameo_sector: dict[str, str] = field(default_factory=dict)
    #: Office of an international organisation -> that organisation's CAMEO code ("IGOUNO").
    office_codes: dict[str, str] = field(default_factory=dict)
    #: Exact-case short form ("North") -> its country entry and the countries that license it.
    short_forms: dict[int, tuple[Entry, frozenset[str]]] = field(default_factory=dict)
    #: Lower-case modifier -> (sector, foreign) it gives a weak role ("judicial sources").
    sector_modifiers: dict[int, tuple[str, bool]] = field(default_factory=dict)

    def body_sector(self, word: int, kinds: tuple[str, ...] = ("org",)) -> str | None:
        """Sector of a one-word strong role naming a body of ``kinds`` ("military" MIL; with
        "group", also "police" COP), as a modifier of another role uses it."""
        for keys, role in self.roles.get(word, ()):
            if len(keys) == 1 and role.strong and role.sector and role.kind in kinds:
                return role.sector
        return None


def fold(text: str) -> str:
    """Lower-case ``text`` and strip accents ("Erdoğan" -> "erdogan")."""
    text = text.replace("\u2019", "'")
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


_HYPHEN = re.compile(r"(?<=[^\W\d_])([-/])(?=[^\W\d_])")
_ABBREV = re.compile(r"^(?:[^\W\d_]\.)+$|^(?:St|Jr|Sr|Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Lt|Capt|Adm|Gov|Prof)\.$")


def tokenize(text: str) -> list[str]:
    """Split a name the way spaCy's English tokenizer does (checked against it in the tests).

    Written out (whitespace, "'s", final periods, hyphens and slashes between letters) because building
    a spaCy tokenizer and thousands of lexemes would cost seconds at start-up.
    """
    out: list[str] = []
    for chunk in text.split():
        tail: list[str] = []
        while chunk and chunk[-1] in ",;:)\"" :
            tail.insert(0, chunk[-1])
            chunk = chunk[:-1]
        if chunk.endswith("'s") and len(chunk) > 2:
            tail.insert(0, "'s")
            chunk = chunk[:-2]
        elif chunk.endswith("'") and len(chunk) > 1:
            tail.insert(0, "'")
            chunk = chunk[:-1]
        elif chunk.endswith(".") and len(chunk) > 1 and not _ABBREV.match(chunk):
            tail.insert(0, ".")
            chunk = chunk[:-1]
        head: list[str] = []
        while chunk and chunk[0] in "(\"":
            head.append(chunk[0])
            chunk = chunk[1:]
        body = _HYPHEN.split(chunk) if chunk else []
        out += head + [b for b in body if b] + tail
    return out


def _shape(token: str) -> int:
    letters = [c for c in token if c.isalpha()]
    if len(letters) >= 2 and (all(c.isupper() for c in letters) or any(c.isupper() for c in letters[1:])):
        return EXACT  # acronyms and inner capitals: "LeT" is not "Let"
    if letters and token[0].isupper():
        return CAP
    return ANY


def _split(cell: str) -> list[str]:
    return [x.strip() for x in cell.split("|") if x.strip()]


class _Builder:
    """Collects (surface form -> entry) pairs, then freezes them into a Lexicon."""

    def __init__(self) -> None:
        # (folded tokens, their case shapes) -> (original tokens, lower-case spellings seen,
        # entries); the shapes keep "Nato" apart from "NATO", which matches only in capitals
        self.forms: dict[tuple[tuple[str, ...], tuple[int, ...]],
                         tuple[list[str], set[tuple[str, ...]], list[Entry]]] = {}

    def add(self, surface: str, entry: Entry) -> None:
        tokens = tokenize(surface.replace("\u2019", "'"))
        if not tokens:
            return
        key = tuple(fold(t) for t in tokens)
        shapes = tuple(_shape(t) for t in tokens)
        texts, lowers, entries = self.forms.setdefault((key, shapes), (tokens, set(), []))
        lowers.add(tuple(t.lower() for t in tokens))
        if entry not in entries:
            entries.append(entry)

    def build(self, lex: Lexicon) -> None:
        rank = {k: i for i, k in enumerate(KIND_PRIORITY)}
        for (key, shapes), (texts, lowers, entries) in self.forms.items():
            entries.sort(key=lambda e: rank.get(e.kind, 99))
            # spaCy's LOWER keeps accents, so index the accented spellings and the folded one:
            # "Erdogan" and "Erdoğan" both find the same entry.
            for spelling in {key, *lowers}:
                hs = tuple(get_string_id(t) for t in spelling)
                orths = tuple(get_string_id(t) for t in texts)
                lex.names.setdefault(hs[0], []).append(Phrase(hs, shapes, tuple(texts), tuple(entries), orths))
        for phrases in lex.names.values():
            phrases.sort(key=lambda p: -len(p.hashes))


def _countries(b: _Builder, lex: Lexicon) -> None:
    for row in load_tsv(PACKAGE, "dependencies.tsv"):
        lex.sovereign[row["iso3"]] = row["sovereign"]
    pre = set()
    for row in load_tsv(PACKAGE, "countries.tsv"):
        code = row["iso3"]
        names = _split(row["names"])
        lex.country_names[code] = names[0] if names else code
        for name in names:
            b.add(name, Entry("country", names[0], (code,)))
        for adj in _split(row["adjectives"]):
            b.add(adj, Entry("demonym", names[0], (code,)))
        for noun in _split(row["people"]):
            b.add(noun, Entry("people", names[0], (code,), sector="CVL"))
        caps = _split(row["capitals"])
        lex.capitals[code] = frozenset(fold(c) for c in caps)
        for cap in caps:
            b.add(cap, Entry("capital", cap, (code,)))
    # Official names from pycountry ("Republic of Korea" is in our table; these add the rest).
    for c in pycountry.countries:
        code = lex.sovereign.get(c.alpha_3, c.alpha_3)
        canonical = lex.country_names.get(code)
        for attr in ("name", "official_name", "common_name"):
            value = getattr(c, attr, None)
            if value and "," not in value and "(" not in value:
                if code == c.alpha_3 and canonical is None:
                    lex.country_names[code] = value
                b.add(value, Entry("country" if code == c.alpha_3 else "region",
                                   lex.country_names.get(code, value), (code,)))
    for row in load_tsv(PACKAGE, "regions.tsv"):
        codes = tuple(_split(row["country"]))
        is_pre = row["pre"] == "1"
        if is_pre:
            pre.update(codes)
        b.add(row["name"], Entry("region", row["name"], codes, pre=is_pre))
        for adj in _split(row["adjectives"]):
            b.add(adj, Entry("demonym", row["name"], codes, pre=is_pre))
    lex.pre = frozenset(pre)


def _organisations(b: _Builder) -> None:
    for row in load_tsv(PACKAGE, "organizations.tsv"):
        names = _split(row["names"])
        entry = Entry("org", names[0], (row["country"],) if row["country"] else (),
                      row["sector"] or None, row["cameo"] or None, f"org:{row['id']}")
        for name in names:
            b.add(name, entry)


def _people(b: _Builder) -> None:
    from .kb import people

    by_alias: dict[str, list[str]] = {}
    names: dict[str, str] = {}
    for person in people().values():
        names[person.id] = person.name
        for alias in (person.name, *person.aliases):
            ids = by_alias.setdefault(alias, [])
            if person.id not in ids:
                ids.append(person.id)
    for alias, ids in by_alias.items():
        entry = Entry("person", names[ids[0]], persons=tuple(ids))
        for variant in name_variants(alias):
            b.add(variant, entry)


_ARTICLE = re.compile(r"^(?:al|el|ad|as|ash|at|az|ar)-(?=\w)", re.IGNORECASE)


def name_variants(name: str) -> set[str]:
    """Spellings news uses for the same person name.

    "Kim Jong-Un" is also "Kim Jong Un"; an Arabic article may be written "al-", "el-",
    "Al ", "El " or left out ("Omar al-Bashir", "Omar El Bashir", "Omar Bashir").
    """
    out = {name}
    words = name.split()
    options: list[list[str]] = []
    for k, w in enumerate(words):
        m = _ARTICLE.match(w)
        if m and k > 0:
            rest = w[m.end():]
            options.append([f"al-{rest}", f"el-{rest}", f"al {rest}", f"el {rest}", rest])
        else:
            options.append([w])
    combos = [""]
    for opts in options:
        combos = [f"{c} {o}".strip() for c in combos for o in opts]
    out.update(combos)
    out.update(v.replace("-", " ") for v in list(out) if re.search(r"\w-\w", v))
    return out


def _plurals(word: str) -> set[str]:
    """Regular English plurals of a noun ("teacher" -> "teachers", "militia" -> "militias")."""
    if not word.isalpha():
        return set()
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return {word[:-1] + "ies"}
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return {word + "es"}
    return {word + "s"}


def _roles(lex: Lexicon) -> None:
    for row in load_tsv(PACKAGE, "roles.tsv"):
        words = tokenize(row["phrase"])
        flags = set(row["flags"].split("|")) if row["flags"] else set()
        role = Role(row["phrase"], row["sector"] or None, row["strength"] == "strong", row["kind"],
                    row["office"] or None, "pl" in flags, "cap" in flags, len(words), "foreign" in flags,
                    "national" in flags, "sectored" in flags, "voice" in flags)
        # A token matches a word through its lower-case form or its lemma (either case); the
        # last word also in the plural, since proper-noun lemmas stay plural ("Teachers").
        forms = [{w} for w in words]
        forms[-1] |= _plurals(words[-1])
        keys = tuple(frozenset(get_string_id(v) for f in fs for v in (f.lower(), f.capitalize())) for fs in forms)
        for first in keys[0]:
            lex.roles.setdefault(first, []).append((keys, role))
    for options in lex.roles.values():
        options.sort(key=lambda kr: -len(kr[0]))


@functools.cache
def lexicon() -> Lexicon:
    """The lexicon, built once per process from the data files."""
    lex = Lexicon()
    b = _Builder()
    _countries(b, lex)
    _organisations(b)
    _people(b)
    b.build(lex)
    _roles(lex)
    for row in load_tsv(PACKAGE, "sectors.tsv"):
        lex.cameo_sector[row["sector"]] = row["cameo"]
    for row in load_tsv(PACKAGE, "short_forms.tsv"):
        code = row["country"]
        entry = Entry("country", lex.country_names.get(code, code), (code,))
        lex.short_forms[get_string_id(row["form"])] = (entry, frozenset(row["context"].split()))
    for row in load_tsv(PACKAGE, "sector_modifiers.tsv"):
        lex.sector_modifiers[get_string_id(row["word"])] = (row["sector"], row["flags"] == "foreign")
    _office_codes(lex)
    return lex


def _office_codes(lex: Lexicon) -> None:
    """Office of an international organisation -> the organisation's CAMEO code without its
    own agent ("NATOSG" -> "IGOWSTNAT"), for its holders to carry."""
    orgs = {row["id"]: row for row in load_tsv(PACKAGE, "organizations.tsv")}
    for row in load_tsv(PACKAGE, "igo_offices.tsv"):
        org = orgs[row["org"]]
        code, agent = org["cameo"], lex.cameo_sector.get(org["sector"], org["sector"])
        lex.office_codes[row["office"]] = code[: -len(agent)] if agent and code.endswith(agent) else code


def country_name(code: str | None) -> str | None:
    """English short name of a country code (or the code itself for IGO/NGO...)."""
    if code is None:
        return None
    return lexicon().country_names.get(code, code)


def cameo_code(country: str | None, sector: str | None, base: str | None = None) -> str | None:
    """CAMEO-style actor code: country (or organisation code) + agent ("PRKGOV", "IGOUNOMIL")."""
    head = base or country
    if not head:
        return None
    if not sector:
        return head
    agent = lexicon().cameo_sector.get(sector, sector)
    return head if head.endswith(agent) else head + agent


def iter_entries(kind: str) -> Iterable[Entry]:
    """Every distinct entry of one kind (for tests and reports)."""
    seen = set()
    for phrases in lexicon().names.values():
        for p in phrases:
            for e in p.entries:
                if e.kind == kind and e not in seen:
                    seen.add(e)
                    yield e
