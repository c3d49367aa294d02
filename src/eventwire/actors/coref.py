"""In-document coreference: which drafts name the same actor.

Walks the drafts in text order and keeps one entity per actor:
- people by knowledge-base id, full name, or a later partial name ("Kim", "Trump")
  joining the nearest earlier full name it fits; two full names never merge, so two
  Kims stay apart and a lone "Kim" goes to the nearest compatible one;
- titles without a name ("the North Korean leader") join the nearest earlier person
  with that country and office, else the office holder on the publication date;
- a country and its metonyms and anaphors ("Pyongyang", "the reclusive state");
- organisations by id or name (and an acronym to the name it abbreviates);
- groups by country, sector and role ("Turkish troops" ... "the troops");
- pronoun subjects ("he", "it", "they") and possessives ("its military") to the
  previous compatible subject, else the previous compatible mention nearby (pronouns.py);
- "the two countries", "both sides" to the two latest actors of one class (pairs.py).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from . import kb, pairs, pronouns
from .gender import agree, gender_of
from .kin import introduced_as_relative, relatives_surname
from .lexicon import Lexicon
from .parse import D, NOUNS, ORDINAL, SUBJECTS, Columns
from .origin import INTERNATIONAL
from .resolve import Draft


#: How far back (in sentences) a description looks for its antecedent.
DESCRIPTION_WINDOW = 6
#: How far back "the first source", "the second diplomat" may find the group they are one of.
ONE_OF_WINDOW = 12
#: A named person holding one of these is a player in the country in focus: the state's
#: offices (``kb.STATE_SECTORS``: a bare "the police" belongs to it too), and its
#: opposition and parties ("opposition leader X").
DOMESTIC_SECTORS = kb.STATE_SECTORS | {"OPP", "PTY"}
#: Groups that do not take the country in focus: refugees are often foreign, NGOs
#: international, and a phrase without any sector says too little.
UNFOCUSED = frozenset({None, "REF", "NGO", "IGO"})


@dataclass(slots=True)
class Entity:
    index: int
    akind: str
    name: str
    country: str | None = None
    sector: str | None = None
    base: str | None = None
    kb_id: str | None = None
    person: tuple[str, ...] = ()
    names: set[str] = field(default_factory=set)
    office: str | None = None
    title: str | None = None
    #: Title words and offices seen for this actor (its mentions, its knowledge-base office).
    titles: set[str] = field(default_factory=set)
    offices: set[str] = field(default_factory=set)
    last_sent: int = 0
    last_token: int = 0
    #: The sector came from a title-case headline, whose parse often runs words together.
    headline_sector: bool = False
    #: "m" or "f" when a mention shows it ("Mr.", "actress", a given name), else None.
    gender: str | None = None
    #: Introduced as someone's relative ("her father, Robert Thurman").
    relative: bool = False


@dataclass(slots=True)
class Linked:
    """A draft with its entity and the values it resolved to."""

    draft: Draft
    entity: Entity
    sent: int
    subject: bool
    country: str | None
    sector: str | None


class Resolver:
    """Stateful walk over one document's drafts (built per document)."""

    def __init__(self, cols: Columns, sent_of: list[int], lex: Lexicon, day: dt.date | None):
        self.cols, self.sent_of, self.lex, self.day = cols, sent_of, lex, day
        self.entities: list[Entity] = []
        self.linked: list[Linked] = []
        self.by_kb: dict[str, Entity] = {}
        self.by_key: dict[tuple, Entity] = {}
        self.entity_of: dict[int, Entity] = {}
        #: The two actors the last "the two sides" named.
        self.last_pair: tuple[Linked, Linked] | None = None
        #: Sentence -> drafts whose country is written in the text (for ``_focus``).
        self.written: dict[int, list[Draft]] = {}
        #: Heads of one person named by nationality ("the French Tunisian", "a Briton").
        self.nationals: set[int] = set()
        #: The country the article is about, if one stands out (``note``).
        self.home: str | None = None
        #: Whether the first sentence is a headline line with the body after it.
        first_line = cols.text.find("\n")
        self.headline = first_line > 0 and bool(cols.text[first_line:].strip())

    def note(self, drafts: list[Draft], dateline: str | None = None) -> None:
        """Remember where countries are written, before walking the drafts (``dateline``:
        the country of the story's dateline, which counts as two mentions)."""
        for d in drafts:
            if d.text_country and d.country and d.country not in INTERNATIONAL and d.sector != "JRN" \
                    and not _company(d):
                # A wire agency's country is where the report comes from, not the story's.
                self.written.setdefault(self.sent_of[d.head], []).append(d)
        demonyms = [d for d in drafts if d.mkind == "demonym"]
        nouns = {d.head for d in demonyms
                 if d.start <= d.head < d.end and not d.plural and self.cols.pos[d.head] in NOUNS
                 and not self._hyphened(d.head)}  # "an American-born judge" is American
        # and a demonym modifying one: "Swiss" in "the Swiss Canadian"
        self.nationals = nouns | {d.head for d in demonyms if self.cols.head[d.head] in nouns}
        counts = Counter(d.country for ds in self.written.values() for d in ds)
        if dateline:
            counts[dateline] += 2
        self.home = _dominant(counts)

    # ----- helpers ---------------------------------------------------------------------------
    def _hyphened(self, token: int) -> bool:
        """Whether ``token`` is joined by a hyphen to the next word ("American-born")."""
        cols = self.cols
        return token + 1 < cols.n and cols.word(token + 1) == "-" \
            and cols.idx[token + 1] == cols.idx[token] + cols.length[token]

    def _in_headline(self, d: Draft) -> bool:
        return self.headline and self.sent_of[d.head] == 0

    def _new(self, d: Draft, key: tuple | None = None) -> Entity:
        e = Entity(len(self.entities), d.akind, d.name, d.country, d.sector, d.base, d.kb_id,
                   d.person, set(d.person), d.office, d.title)
        e.headline_sector = d.sector is not None and self._in_headline(d)
        e.relative = d.akind == "person" and introduced_as_relative(self.cols, d)
        self.entities.append(e)
        if d.kb_id:
            self.by_kb[d.kb_id] = e
        if key is not None:
            self.by_key[key] = e
        return e

    def _recent(self, sent: int, window: int, pred) -> Linked | None:
        for link in reversed(self.linked):
            if sent - link.sent > window:
                return None
            if pred(link):
                return link
        return None

    def _link(self, d: Draft, e: Entity, country: str | None = None, sector: str | None = None) -> None:
        sent = self.sent_of[d.head]
        if e.relative and len(d.person) >= 2 and not introduced_as_relative(self.cols, d):
            e.relative = False  # named again on their own: "former President Bill Clinton greeted voters"
        country = country if country is not None else (d.country or e.country)
        sector = sector if sector is not None else (d.sector if d.sector is not None else e.sector)
        if e.country is None and country is not None and e.akind != "country":
            e.country = country
        if e.sector is None and d.sector is not None and e.akind == "person":
            e.sector, e.headline_sector = d.sector, self._in_headline(d)
        elif e.headline_sector and d.kb_id and d.kb_id == e.kb_id and d.sector and d.sector == d.kb_sector \
                and not self._in_headline(d):
            # "Elizabeth Warren Hammers Wells Fargo CEO" (a headline misparse), then "Sen. Elizabeth
            # Warren": a title in the body that matches her recorded office outweighs the headline's
            e.sector, e.headline_sector = d.sector, False
        if d.kb_id and not e.kb_id:
            e.kb_id = d.kb_id
            self.by_kb[d.kb_id] = e
        if len(d.person) > len(e.person):
            e.person, e.name = d.person, d.name
        e.names.update(d.person)
        e.gender = e.gender or gender_of(self.cols, d)
        e.office = e.office or d.office
        e.title = e.title or d.title
        if d.title:
            e.titles.add(d.title.split()[-1])
        if d.office:
            e.offices.add(d.office)
        if d.kb_id and d.kb_title:
            e.titles.update(d.kb_title.lower().replace("-", " ").split())
        e.offices.update(d.kb_offices)
        e.last_sent, e.last_token = sent, d.head
        self.entity_of[id(d)] = e
        self.linked.append(Linked(d, e, sent, self._is_subject(d.head), country, sector))

    # ----- one draft -------------------------------------------------------------------------
    def add_all(self, drafts: list[Draft]) -> None:
        """Link every draft; those known to corefer with another follow it."""
        waiting: dict[int, list[Draft]] = {}
        for d in drafts:
            if d.same_as is not None and id(d.same_as) not in self.entity_of:
                waiting.setdefault(id(d.same_as), []).append(d)  # its partner comes later
                continue
            if d.same_as is not None:
                self._link(d, self.entity_of[id(d.same_as)])
            else:
                self.add(d)
            for w in waiting.pop(id(d), ()):
                self._link(w, self.entity_of[id(d)]) if id(d) in self.entity_of else self.add(w)
        for rest in waiting.values():
            for w in rest:
                self.add(w)

    def add(self, d: Draft) -> None:
        if d.pair and d.country is None and self._pair(d):
            return
        if d.mkind == "pronoun":
            self._pronoun(d)
        elif d.akind == "person":
            self._person(d)
        elif d.akind == "country":
            self._country(d)
        elif d.akind in ("organization", "group"):
            self._body(d)
        else:
            key = (d.akind, d.name.lower(), d.country)
            self._link(d, self.by_key.get(key) or self._new(d, key))

    def _person(self, d: Draft) -> None:
        sent = self.sent_of[d.head]
        if d.person:
            if len(d.person) == 1 or not d.kb_id:
                # A partial name joins the nearest earlier full name it fits.
                words = set(d.person)
                gender = gender_of(self.cols, d)  # "Mr. Thurman" is not Uma Thurman
                cands = [e for e in self.entities if e.akind == "person" and e.person and words <= e.names
                         and e.person != d.person and self._compatible(d, e) and agree(gender, e.gender)]
                # "Thurman" after "her father, Robert Thurman" is still the Thurman named before
                plain = [e for e in cands if not (e.relative and relatives_surname(d.person, e.person))]
                if len(plain) < len(cands) and (plain or ("person", d.person) in self.by_key):
                    cands = plain
                best = max(cands, key=lambda e: e.last_token, default=None)
                if best is not None and (len(d.person) == 1 or len(d.person) < len(best.person)):
                    self._link(d, best)
                    return
            if d.kb_id and d.kb_id in self.by_kb:
                self._link(d, self.by_kb[d.kb_id])
                return
            key = ("person", d.person)
            e = self.by_key.get(key)
            if e is None and d.country is None and d.sector in DOMESTIC_SECTORS:
                d.country = self._focus(d)
            self._link(d, e or self._new(d, key))
            return
        if d.plural:
            self._body(d)
            return
        # A title without a name: the nearest earlier person it fits, else the office holder.
        found = self._recent(sent, DESCRIPTION_WINDOW, lambda l: l.entity.akind == "person"
                             and l.entity.person and self._compatible(d, l.entity) and _title_fits(d, l.entity))
        if found is not None and (d.definite or d.country):
            self._link(d, found.entity)
            return
        if (d.definite or d.text_country) and d.country and d.office and not d.former:
            title = d.title if d.title in ("president", "prime minister", "chancellor", "premier") else None
            holder = kb.holder(d.country, d.office, self.day, title)
            if holder is not None:
                e = self.by_kb.get(holder.kb_id)
                if e is None:
                    d.kb_id = holder.kb_id
                    e = self._new(d)
                    e.name, e.kb_id = holder.name, holder.kb_id
                    e.person = tuple(holder.name.lower().split())
                    e.names = set(e.person)
                    self.by_kb[holder.kb_id] = e
                self._link(d, e)
                return
        self._body(d)

    def _focus(self, d: Draft) -> str | None:
        """The country in focus around ``d``: the nearest country written in the same sentence
        (before or after it), else the latest one in the previous sentence, else the article's
        own country; never a person's nationality ("the French Tunisian"). "The police",
        "President X" and "Parliament member Lee" belong to it when nothing else says."""
        sent = self.sent_of[d.head]
        # a person's nationality is theirs, not the police's who shot them
        written = [x for x in self.written.get(sent, ()) if x is not d and x.head not in self.nationals]
        # Places first: "23 people" killed "in Tel Aviv" by "Palestinian bombers" are Israeli.
        places = [x for x in written if x.akind in ("location", "country")]
        near = [(abs(x.head - d.head), x.country) for x in (places or written)]
        if near:
            return min(near, key=lambda t: t[0])[1]
        found = self._recent(sent, 1, lambda l: l.draft.head < d.head and l.country is not None
                             and l.country not in INTERNATIONAL and not _company(l.draft)
                             and l.draft.head not in self.nationals)
        return found.country if found is not None else self.home

    def _one_of(self, d: Draft) -> bool:
        """"The *first* source", "a *second* diplomat": one of a group named before."""
        return any(self.cols.ent[k] == ORDINAL for k in self.cols.kids[d.head])

    def _compatible(self, d: Draft, e: Entity) -> bool:
        if d.country and e.country and d.country != e.country:
            return False
        if d.office and e.office and d.office != e.office:
            return False
        if d.sector and e.sector and d.sector != e.sector and "ELI" not in (d.sector, e.sector):
            return False
        return True

    def _ref_country(self, d: Draft) -> str | None:
        """Country of the antecedent of "its"/"his" or of "the country's" in a phrase."""
        assert d.ref is not None
        if d.ref_pronoun:
            fits = pronouns.fits(pronouns.word_at(self.cols, d.ref))
            ante = pronouns.antecedent(self.linked, self.sent_of, d.ref, fits)
            return ante.country if ante is not None else None
        return self._salient_country(d.ref)

    def _salient_country(self, token: int) -> str | None:
        """The country "the country"/"the reclusive state" refers to: the latest country that
        was a subject within the window, else the latest country mentioned."""
        sent = self.sent_of[token]
        fits = [l for l in self.linked if l.draft.head < token and sent - l.sent <= DESCRIPTION_WINDOW
                and l.entity.akind == "country" and l.entity.country is not None]
        subjects = [l for l in fits if l.subject]
        if subjects and (not fits or fits[-1].sent - subjects[-1].sent <= 1):
            return subjects[-1].entity.country
        return fits[-1].entity.country if fits else None

    def _country(self, d: Draft) -> None:
        country = d.country
        if country is None and d.anaphor:
            if d.plural or not (d.definite or d.ref is not None):
                return  # "a state", "the two countries": not one known country
            country = self._ref_country(d) if d.ref is not None else self._salient_country(d.head)
            if country is None:
                return
            key = ("country", country)
            e = self.by_key.get(key) or self._new(dataclasses.replace(d, country=country), key)
            self._link(d, e, country, d.sector)
            return
        if country is None:
            return
        key = ("country", country)
        e = self.by_key.get(key)
        if e is None:
            e = self._new(d, key)
            e.name = self.lex.country_names.get(country, d.name)
            e.sector = None
        self._link(d, e, country, d.sector)

    def _body(self, d: Draft) -> None:
        """Organisations and groups: by id, by (country, sector, role), or an earlier same role."""
        sent = self.sent_of[d.head]
        if d.kb_id:
            e = self.by_kb.get(d.kb_id)
            self._link(d, e or self._new(d))
            return
        if d.country is None and d.ref is not None:
            d.country = self._ref_country(d)
        if d.country is None and d.title and (d.definite or d.ref is not None):
            # "the agency" after "Yonhap news agency": same role word, take its values.
            word = d.title.split()[-1]
            group = self._recent(sent, ONE_OF_WINDOW, lambda l: l.draft.plural and not l.draft.pair
                                 and l.draft.title is not None and l.draft.title.split()[-1] == word
                                 ) if self._one_of(d) else None
            if group is not None and d.mkind != "name":
                # "two Western security sources" ... "the first security source told Reuters": one
                # of them, with their country or none, not the country in focus
                self._link(d, group.entity, group.country, group.sector)
                return
            same = self._recent(sent, DESCRIPTION_WINDOW, lambda l: l.draft.title is not None
                                and l.draft.title.split()[-1] == word and l.country is not None)
            if same is not None and d.mkind == "name":
                d.country = same.country  # a body of another name: likely the same country, not the same body
            elif same is not None:
                self._link(d, same.entity, same.country, same.sector)
                return
        if d.country is None and d.sector not in UNFOCUSED and not d.foreign \
                and d.akind in ("group", "organization", "person"):
            d.country = self._focus(d)
        if d.country is None and d.sector == "NGO":
            d.country = "NGO"  # an international non-governmental body (PLOVER country code)
        if d.akind == "organization" and d.country is None and d.sector is None:
            acronym = d.name.replace(".", "")
            if acronym.isupper() and 2 <= len(acronym) <= 6:
                for e in self.entities:
                    if e.akind == "organization" and _initials(e.name) == acronym:
                        self._link(d, e)
                        return
        # a name of its own sets an organisation apart: the Dallas and the Slidell police departments
        own_name = d.akind == "organization" and d.mkind == "name"
        key = (d.akind, d.country, d.sector, d.name.lower() if own_name else d.title or d.name.lower())
        e = self.by_key.get(key)
        self._link(d, e or self._new(d, key))

    def speakers(self) -> None:
        """A speaker for a body, or the people of a person ("Obama aides"), take its resolved
        country, sector and code: "a spokesman for the junta" is the junta's, whatever country
        is in focus around it."""
        links = {id(l.draft): l for l in self.linked}
        for l in self.linked:
            body = links.get(id(l.draft.speaks_for)) if l.draft.speaks_for is not None else None
            if body is None or body.country is None:
                continue
            l.country = body.country
            if l.sector is None or (l.draft.weak and l.sector in kb.STATE_SECTORS):
                l.sector = body.sector or l.sector  # "Trump voters" and "Xi's family" stay civilians
            if l.draft.former and l.sector in kb.STATE_SECTORS:
                l.sector = "ELI"  # "a former Obama administration official"
            e = l.entity
            e.country, e.sector, e.base = l.country, l.sector, e.base or body.entity.base

    def merge_partial_names(self) -> None:
        """A surname met before the full name ("Brafman said ... Ben Brafman") joins the one
        full name in the article that contains it; with two candidates it stays apart."""
        full = [e for e in self.entities if e.akind == "person" and len(e.person) >= 2]
        moved: dict[int, Entity] = {}
        for e in self.entities:
            if e.akind != "person" or len(e.person) != 1 or e.kb_id:
                continue
            cands = [f for f in full if f is not e and e.person[0] in f.names
                     and not (f.relative and relatives_surname(e.person, f.person))  # not her father
                     and (e.country is None or f.country in (None, e.country))
                     and agree(e.gender, f.gender)]
            if len(cands) == 1:
                moved[e.index] = cands[0]
        if not moved:
            return
        for link in self.linked:
            target = moved.get(link.entity.index)
            if target is not None:
                link.entity = target
                link.country = link.country or target.country
                link.sector = link.sector if link.sector is not None else target.sector
                self.entity_of[id(link.draft)] = target

    def _pair(self, d: Draft) -> bool:
        """"The two countries", "both sides": link ``d`` to the two actors it names (pairs.py);
        a later pair phrase keeps naming the pair the last one named."""
        sent = self.sent_of[d.head]
        if self.last_pair is not None and sent - self.last_pair[0].sent <= DESCRIPTION_WINDOW \
                and pairs.still_fits(d, self.last_pair):
            found: tuple[Linked, Linked] | None = self.last_pair
        else:
            found = pairs.find_pair(d, self.linked, sent, self.cols, DESCRIPTION_WINDOW)
            if found is None:
                return False
        for link in found:
            sector = d.sector if d.sector and not d.weak else link.sector
            self._link(dataclasses.replace(d, country=link.country), link.entity, link.country, sector)
        if found is not self.last_pair:
            self.last_pair = (self.linked[-2], self.linked[-1])
        return True

    def _is_subject(self, token: int) -> bool:
        """Subject of its clause, or coordinated with one ("Iraq and Oman hosted")."""
        cols, t = self.cols, token
        for _ in range(8):
            if cols.dep[t] != D["conj"] or cols.head[t] == t:
                break
            t = cols.head[t]
        return cols.dep[t] in SUBJECTS

    def _pronoun(self, d: Draft) -> None:  # see pronouns.py
        at = d.head
        if self.cols.dep[d.head] in SUBJECTS:  # "“... .” he said": the speaker comes before the quote
            at = self.cols.quote_opening(d.head) or d.head
        word = d.name.lower()
        ante = pronouns.antecedent(self.linked, self.sent_of, at, pronouns.fits(word), sole=pronouns.gender(word))
        if ante is None:
            return
        group = [ante]
        if d.plural:  # "they" after "Hungarian and Romanian officials" or "the two countries"
            group = [l for l in self.linked if l.draft.head == ante.draft.head and l.draft.mkind != "pronoun"] or [ante]
        for link in group:
            copy = dataclasses.replace(d, name=link.entity.name) if len(group) > 1 else d
            copy.name = link.entity.name
            self._link(copy, link.entity, link.country, link.sector)


def _dominant(counts: Counter) -> str | None:
    """The country an article is about: the one it writes most, at least twice and twice as
    often as any other ("Police said" in a story about Nice is French)."""
    top = counts.most_common(2)
    if not top or top[0][1] < 2 or (len(top) > 1 and top[0][1] < 2 * top[1][1]):
        return None
    return top[0][0]


def _company(d: Draft) -> bool:
    """A known company: its home ("the NLD's Facebook page") is not the country in focus."""
    return d.akind == "organization" and d.sector == "BUS" and bool(d.kb_id)


#: Offices that answer each other in a description: a country's "leader" is its head of state.
_SAME_OFFICE = {"LEADER": {"LEADER", "HOS"}, "HOS": {"HOS", "LEADER"}}


def _title_fits(d: Draft, e: Entity) -> bool:
    """Whether a description's title can name ``e`` ("the Republican candidate" is not the
    former president mentioned just before; "the North Korean leader" is Kim)."""
    if d.title is None:
        return True
    if d.title.split()[-1] in e.titles:
        return True
    return bool(d.office and e.offices & _SAME_OFFICE.get(d.office, {d.office}))


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.replace("-", " ").split() if w[:1].isupper())

