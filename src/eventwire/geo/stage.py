"""The place stages: ``toponyms`` (resolve every place name) and ``event_places`` (where each
event happened).

``toponyms`` takes spaCy's GPE, LOC and FAC entities, well-known places the recogniser
labelled otherwise when they stand in a locative phrase or appear as places elsewhere in the
article ("in Tamil Nadu" read as a person), country names and our curated features it missed
("the Demilitarized Zone"), and datelines ("BERLIN —"). Demonyms are never places. It reads
"Paris, Texas" qualifiers and resolves all names of an article together so they
disambiguate each other (see :mod:`eventwire.geo.disambiguate`).

``event_places`` gives an event the place that governs its clause: a locative phrase on the
trigger ("talks in Stockholm", "launched from South Pyongan province"), a place compounded
with a nominal trigger ("the Singapore summit"), a locative phrase on a noun below the
trigger ("held a summit in Singapore"), or on the verb whose subject or object the nominal
trigger is ("talks broke down in Stockholm"). Places in another clause or in an actor role
do not count. An event with none stays ``where = None``: never the outlet's home, never a
dateline guess.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .. import registry
from ..document import Document
from ..model import Event, Place
from ..resources import load_wordlist
from .names import key

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from .gazetteer import Gazetteer

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def _clean(ent: SpacySpan) -> SpacySpan:
    """Drop a leading "the" and a trailing possessive from an entity span."""
    start, end = ent.start, ent.end
    doc = ent.doc
    while start < end and (doc[start].lower_ in ("the", "’s", "'s") or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].lower_ in ("’s", "'s", "’", "'") or doc[end - 1].is_punct):
        end -= 1
    return doc[start:end]


def _qualifier(ent: SpacySpan, by_start: dict[int, SpacySpan]) -> str | None:
    """ "Paris, Texas": the place entity right after a comma qualifies the one before it."""
    doc = ent.doc
    if ent.end + 1 < len(doc) and doc[ent.end].text == ",":
        nxt = by_start.get(ent.end + 1)
        if nxt is not None:
            return nxt.text
        tok = doc[ent.end + 1]  # "Portland, Ore.": abbreviations are often not entities
        if tok.text.endswith(".") or tok.is_upper and len(tok.text) == 2:
            return tok.text
    return None


#: Entity labels spaCy sometimes gives to place names ("Texas" as ORG, "Aleppo" as NORP);
#: such an entity counts only when its whole text is a well-known place (see _known_place).
MISLABELS = frozenset({"ORG", "NORP", "EVENT", "PRODUCT", "WORK_OF_ART", "LANGUAGE"})
#: A mislabelled name must be a country, a first-level region or a city this large.
_KNOWN_CITY_POP = 100_000
#: A dateline opening a story or paragraph: "BERLIN —", "TORRINGTON, Conn. (AP) -".
_DATELINE = re.compile(r"(?:^|\n)\s*([A-Z][A-Z.'’ -]{2,}[A-Z.])(?=\s*(?:,|—|–|-|\())")


def _known_place(g: Gazetteer, text: str) -> bool:
    """A country, first-level region or big city by its own name (not a demonym)."""
    if g.demonym_country(text) is not None:
        return False
    cands = g.lookup(text)
    return bool(cands) and not cands[0].alternate and (
        cands[0].resolution <= 2 or cands[0].population >= _KNOWN_CITY_POP)


def _names_its_city(g: Gazetteer, text: str) -> bool:
    """ "New York": the start of a big city's own name ("New York City")."""
    cands = g.lookup(text)
    return bool(cands) and cands[0].feature_class == "P" and cands[0].population >= _KNOWN_CITY_POP \
        and key(cands[0].name).startswith(key(text))


_ACRONYM = re.compile(r"[A-Z]{2,5}")


def _in_locative_phrase(e: SpacySpan, preps: frozenset[str]) -> bool:
    root = e.root
    return root.dep_ == "pobj" and root.head.lower_ in preps


def _place_spans(doc: Document, g: Gazetteer) -> list[SpacySpan]:
    """Spans naming places: GPE/LOC/FAC entities; well-known places that spaCy labelled
    otherwise but that are written as places elsewhere in the article or stand in a locative
    phrase ("in Tamil Nadu" read as a person); country names spaCy missed; datelines."""
    assert doc.doc is not None
    preps = _locative_preps()
    as_place = {e.text for e in doc.doc.ents if e.label_ in PLACE_LABELS}
    spans = []
    for e in doc.doc.ents:
        ok = e.label_ in PLACE_LABELS
        if not ok and e.label_ in MISLABELS:
            ok = (e.text in as_place or _known_place(g, e.text)) and g.demonym_country(e.text) is None
            if ok and _ACRONYM.fullmatch(e.text) and e.text not in as_place:
                # An organisation's acronym ("NIS") is a place only if it is a country's ("UAE").
                ok = key(e.text) in g.scan_keys and g.lookup(e.text)[0].resolution == 1
        elif not ok and e.label_ == "PERSON":  # "Jordan said" stays a person; "in Jordan" does not
            ok = (e.text in as_place or _in_locative_phrase(e, preps)) and _known_place(g, e.text)
        if ok:
            c = _clean(e)
            if len(c):
                c.label_ = e.label_ if e.label_ in PLACE_LABELS else "GPE"
                spans.append(c)
    taken = {i for sp in spans for i in range(sp.start, sp.end)}
    taken.update(i for e in doc.doc.ents for i in range(e.start, e.end))
    toks = doc.doc
    for i, tok in enumerate(toks):  # names the recogniser missed: "France", "the Demilitarized Zone"
        if i in taken or not (tok.is_title or tok.is_upper) or tok.pos_ not in ("PROPN", "NOUN", "ADJ") \
                or key(tok.text) not in g.scan_first_words:
            continue
        for n in (3, 2, 1):
            if i + n <= len(toks) and not taken.intersection(range(i, i + n)) \
                    and key(toks[i:i + n].text) in g.scan_keys:
                sp = toks[i:i + n]
                sp.label_ = "GPE"
                spans.append(sp)
                taken.update(range(i, i + n))
                break
    spans += _missed_locatives(toks, g, preps, taken)
    for m in _DATELINE.finditer(doc.article.text):
        sp = doc.doc.char_span(m.start(1), m.end(1), label="GPE", alignment_mode="contract")
        if sp is not None and len(sp) and not taken.intersection(range(sp.start, sp.end)) \
                and (cands := g.lookup(sp.text)) and not cands[0].alternate:  # any town opens a dateline
            spans.append(sp)
    return sorted(spans, key=lambda sp: sp.start)


def _missed_locatives(toks: Doc, g: Gazetteer, preps: frozenset[str], taken: set[int]) -> list[SpacySpan]:
    """Well-known places the recogniser left out altogether, as the object of a locative
    preposition ("a rally in Aleppo", "flights from Glasgow"): the whole proper name (up to
    three capitalised words ending in the preposition's object) when it is a country, a
    first-level region or a city of 100,000 people. Marks the tokens it takes in ``taken``."""
    generic = load_wordlist("eventwire.geo", "generic_words.txt")
    out = []
    for i, tok in enumerate(toks):
        if i in taken or tok.dep_ != "pobj" or tok.pos_ != "PROPN" or tok.head.lower_ not in preps:
            continue
        start = i  # the whole name: "New York", never "York" out of it
        while start > max(0, i - 2) and toks[start - 1].pos_ == "PROPN" and toks[start - 1].is_title:
            start -= 1
        sp = toks[start:i + 1]
        if taken.intersection(range(start, i + 1)) or not all(t.is_title or t.is_upper for t in sp):
            continue
        if len(sp) == 1 and (len(tok.text) < 4 or key(tok.text) in generic):
            continue  # "on Jul 25", "to the West": abbreviations and compass words
        if _known_place(g, sp.text) or _names_its_city(g, sp.text):
            sp.label_ = "GPE"
            out.append(sp)
            taken.update(range(start, i + 1))
    return out


@registry.component("toponyms", requires=("doc",), assigns=("places",))
def find_toponyms(doc: Document) -> Document:
    """Resolve every place name of the article to a :class:`Place` (unresolvable ones are left out)."""
    from .disambiguate import Toponym, resolve_all
    from .gazetteer import get

    assert doc.doc is not None
    g = get()
    spans = _place_spans(doc, g)
    by_start = {c.start: c for c in spans}
    toponyms = []
    qualifiers: set[int] = set()
    for c in spans:
        if g.demonym_country(c.text) is not None and not g.rows(c.text):
            continue  # "Afghan", "Turkish": demonyms are not places
        qual = _qualifier(c, by_start)
        if qual is not None:
            qualifiers.add(c.end + 1)
        # A building or street the gazetteer lacks is placed at the article's local focus
        # (flagged approximate); an unknown town or region is left out rather than guessed.
        toponyms.append(Toponym(c.text, qual, doc.span(c.start, c.end), is_qualifier=c.start in qualifiers,
                                local_fallback=c.label_ == "FAC" and len(c) > 1))
    doc.places = [p for p in resolve_all(toponyms) if p is not None]
    return doc


# ----- event location ------------------------------------------------------------------------
def _locative_preps() -> frozenset[str]:
    return load_wordlist("eventwire.geo", "locative_prepositions.txt")


def _place_tokens(doc: Document) -> dict[int, Place]:
    """Token index of each place's root → the place."""
    assert doc.doc is not None
    out = {}
    for p in doc.places:
        if p.span is None:
            continue
        sp = doc.doc.char_span(p.span.start, p.span.end, alignment_mode="expand")
        if sp is not None and len(sp):
            out[sp.root.i] = p
    return out


def _governor(tok: Token, preps: frozenset[str], kind_words: frozenset[str]) -> tuple[Token, str] | None:
    """What a place token attaches to, and how: ``prep`` (object of a locative preposition)
    or ``compound`` (modifier of a noun: "the Singapore summit"). Subjects and objects are
    actors ("Seoul condemned"), not locations, and give None."""
    t = tok
    for _ in range(4):
        if t.dep_ in ("appos", "conj") and t.head.ent_type_ in PLACE_LABELS:
            t = t.head  # "in Hanoi, Vietnam" / "in Singapore and Vietnam"
        elif t.dep_ == "compound" and (t.head.ent_type_ in PLACE_LABELS or t.head.lower_ in kind_words):
            t = t.head  # "South Pyongan province", "Quebec City"
        elif t.dep_ == "appos" and t.head.lower_ in kind_words:
            t = t.head  # "the capital, Pyongyang"
        else:
            break
    if t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.lower_ in preps:
        if t.head.lower_ == "from" and t.head.head.pos_ == "NOUN":
            return t.head.head, "origin"  # "the threat from the United States", "troops from Chad"
        return t.head.head, "prep"
    if t.dep_ in ("compound", "nmod", "amod") and t.head.pos_ in ("NOUN", "PROPN"):
        return t.head, "compound"
    return None


def _steps_up(start: Token, trigger: Token, limit: int = 5) -> int | None:
    """Steps from ``start`` up the tree to the trigger, not passing another verb's clause."""
    t = start
    for steps in range(limit + 1):
        if t.i == trigger.i:
            return steps
        if t.pos_ in ("VERB", "AUX") or t.head is t:
            return None  # another clause: its place is its own
        t = t.head
    return None


def _passable_nouns(doc: Document, sdoc: Doc) -> frozenset[int]:
    """Nouns whose origin phrase still locates an event: sites and event nouns."""
    sites = load_wordlist("eventwire.geo", "site_nouns.txt") | load_wordlist("eventwire.geo", "place_kind_nouns.txt")
    out = {t.i for t in sdoc if t.pos_ == "NOUN" and (t.lower_ in sites or t.lemma_.lower() in sites
                                                     or t.ent_type_ in PLACE_LABELS)}
    for ev in doc.events:
        sp = sdoc.char_span(ev.trigger.start, ev.trigger.end, alignment_mode="expand")
        if sp is not None:
            out.update(t.i for t in sp)
    return frozenset(out)


def _attachment_rank(head: Token, how: str, trigger: Token, preps: frozenset[str],
                     passable: frozenset[int] = frozenset()) -> int | None:
    """How closely a place attached at ``head`` governs the trigger (lower is closer)."""
    if how == "origin":
        # where a thing or group comes from locates an event only through a site or an event
        # noun ("fired from the base at Wonsan"), not through "threat", "troops" or "envoy"
        if head.i != trigger.i and head.i not in passable:
            return None
        how = "prep"
    steps = _steps_up(head, trigger)
    if steps is not None:
        if how == "compound" and steps:
            return None  # "a summit with US President Trump": "US" describes Trump, not the summit
        # 0: "talks in Stockholm", "the Singapore summit"; 1+: "held a summit in Singapore",
        # "clashed outside the parliament in Tbilisi"
        return steps * 2 + (0 if how == "prep" else 1)
    if how != "prep":
        return None
    if trigger.dep_ in ("nsubj", "nsubjpass", "dobj", "attr", "pobj") and head.i == trigger.head.i:
        return 3  # "talks broke down in Stockholm": the nominal trigger's own verb
    if trigger.dep_ in ("xcomp", "advcl") and head.i == trigger.head.i and not any(
            c.dep_ == "prep" and c.lower_ in preps for c in trigger.children):
        return 7  # "went to Hanoi to meet Trump": the governing verb's place
    return None


def _participant_chars(ev: Event) -> list[tuple[int, int]]:
    """Character spans of the event's actors and recipients in its own sentence."""
    return [(sp.start, sp.end) for a in (*ev.actor, *ev.recipient) for sp in a.spans
            if sp.sentence in (ev.sentence, -1)]


def _event_place(trigger: Token, places: dict[int, Place], preps: frozenset[str],
                 kind_words: frozenset[str], participants: list[tuple[int, int]] = (),
                 passable: frozenset[int] = frozenset()) -> Place | None:
    """The place governing the trigger's clause: closest attachment, then finest, then nearest.

    A toponym that names one of the event's participants ("US sanctions", "the
    Pyongyang-Washington talks") is an actor there, not the event's location.
    """
    found: list[tuple[tuple[int, int, int], Place]] = []
    for i, p in places.items():
        tok = trigger.doc[i]
        if tok.sent.start != trigger.sent.start:
            continue
        if p.span is not None and any(s < p.span.end and p.span.start < e for s, e in participants):
            continue
        gov = _governor(tok, preps, kind_words)
        if gov is None:
            continue
        rank = _attachment_rank(gov[0], gov[1], trigger, preps, passable)
        if rank is not None:
            found.append(((rank, -(p.resolution or 0), abs(tok.i - trigger.i)), p))
    return min(found, key=lambda x: x[0])[1] if found else None


@registry.component("event_places", requires=("events", "places"), assigns=("events",))
def place_events(doc: Document) -> Document:
    """Set ``event.where`` to the place governing the event's clause, or leave it None."""
    if doc.doc is None or not doc.events or not doc.places:
        return doc
    places = _place_tokens(doc)
    preps = _locative_preps()
    kinds = load_wordlist("eventwire.geo", "place_kind_nouns.txt")
    passable = _passable_nouns(doc, doc.doc)
    for ev in doc.events:
        sp = doc.doc.char_span(ev.trigger.start, ev.trigger.end, alignment_mode="expand")
        if sp is None or not len(sp):
            continue
        place = _event_place(sp.root, places, preps, kinds, _participant_chars(ev), passable)
        if place is not None:
            ev.where = place
    return doc
