"""Resolving a source phrase to an :class:`~eventwire.model.Actor` through the actor layer.

Only the public actor layer is used (``Document.mentions_headed_by``, ``mention_at``,
``Mention.actor``, ``eventwire.actors.outlets`` for the publishing outlet, and the given
names of ``eventwire.actors.gender``). "Sources in the spy agency" and "officials in Seoul"
have no actor of their own: they take the country and sector of the named body inside the
phrase, keeping their own words as ``text``.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ..actors.gender import given_names
from ..actors.lexicon import fold
from ..actors.outlets import outlet_actor
from ..document import Document, Mention
from ..model import Actor, Attribution
from .lexicon import document_nouns, verb_cues
from .quotes import QuoteIndex
from .syntax import prep_object

#: Sources that are whoever is speaking ("“*I* believe …,” Abe said"; "As *we* have reported").
_FIRST_PERSON = frozenset({"i", "we"})
#: How many sentences back "the statement" may point to the one its issuer put out.
ISSUER_WINDOW = 8
#: Determiners that point back to a document named before ("*the* statement said").
_BACK = frozenset({"the", "this", "that"})
#: Documents that record rather than state: "the police videos show ..." is evidence, not the police's claim.
_RECORDINGS = frozenset({"video", "footage", "recording", "transcript", "record", "data"})


def _copy(actor: Actor, text: str) -> Actor:
    """The actor as seen at this source phrase (never mutate the actor layer's object)."""
    return replace(actor, text=text, spans=list(actor.spans))


def _best(mentions: list[Mention], head: int) -> Mention | None:
    """Prefer a mention that knows a country or sector, then the one closest to the head."""
    if not mentions:
        return None
    return min(
        mentions,
        key=lambda m: (m.actor is None, not (m.actor and (m.actor.country or m.actor.sector)), abs(m.head - head)),
    )


def _antecedent(doc: Document, head: int) -> int | None:
    """The noun a relative pronoun subject stands for ("lawmakers" in "lawmakers, who said")."""
    tok = doc.doc[head]
    if tok.tag_ in ("WP", "WDT") and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "relcl":
        return tok.head.head.i
    return None


def _several(mentions: list[Mention], text: str) -> Actor | None:
    """"The two sides said", "both countries denied": one source standing for several
    entities is a group with their common country, sector and CAMEO code (none where they
    differ; the country alone where only it is shared), never just the first of them."""
    actors = [m.actor for m in mentions if m.actor is not None]
    if len({m.entity for m in mentions if m.actor is not None}) < 2:
        return None
    countries = {a.country for a in actors}
    sectors = {a.sector for a in actors}
    cameos = {a.cameo for a in actors}
    country = countries.pop() if len(countries) == 1 else None
    cameo = cameos.pop() if len(cameos) == 1 else None
    if cameo is None and country is not None and all(a.cameo and a.cameo.startswith(country) for a in actors):
        cameo = country  # "Israeli officials and Israeli media": the country is the shared code
    return Actor(
        text=text,
        name=text,
        country=country,
        sector=sectors.pop() if len(sectors) == 1 else None,
        cameo=cameo,
        kind="group",
    )


def _relative_clauses(doc: Document, head: int) -> set[int]:
    """Tokens of relative clauses on the source's head: what the source did, not its side."""
    return {t.i for c in doc.doc[head].children if c.dep_ == "relcl" for t in c.subtree}


def _actor_mentions(doc: Document, start: int, end: int, skip: set[int]) -> list[Mention]:
    """Mentions with an actor among tokens ``[start, end)`` outside ``skip``, each once, in order."""
    out: list[Mention] = []
    seen: set[int] = set()
    for i in range(start, end):
        m = doc.mention_at(i) if i not in skip else None
        if m is not None and m.actor is not None and id(m) not in seen:
            seen.add(id(m))
            out.append(m)
    return out


def _affiliation(doc: Document, head: int, start: int, end: int) -> Actor | None:
    """The actor with a country named in an apposition of the source's head ("X, *a
    spokesman for the Kenyan army*", "X, *chief of staff to Prime Minister Y*")."""
    appos = [c.i for c in doc.doc[head].children if c.dep_ == "appos" and start <= c.i < end]
    if not appos:
        return None
    # from the apposition to the end of the source: the parser may hang its "to"/"for"
    # phrase on the name itself
    return next((
        m.actor for m in _actor_mentions(doc, appos[0], end, _relative_clauses(doc, head))
        if m.actor.country and not m.start <= head < m.end
    ), None)


def _label_speaker(doc: Document, label: str) -> Actor | None:
    """The one person the article names with a transcript's capitals label ("NELSON:")."""
    found = {e.name: e for e in doc.entities if e.kind == "person" and e.name and e.name.split()[-1].upper() == label}
    return next(iter(found.values())) if len(found) == 1 else None


def _issuing_verb(lemma: str) -> bool:
    cue = verb_cues().get(lemma)
    return cue is not None and cue.document  # "released a statement", "issued a report"


def _issuer_token(tok: Token) -> Token | None:
    """Who issued the document ``tok`` names, from the words around it: "*X*'s statement", "a
    statement from *X*", "*X* said in a statement", "*X* released a statement"."""
    for c in tok.children:
        if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("from", "by")):
            found = c if c.dep_ == "poss" else prep_object(c)
            if found is not None:
                return found
    verb = tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "through") and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head  # "X said in a statement", "In a statement, X said"
    elif not (tok.dep_ == "dobj" and _issuing_verb(verb.lemma_.lower())):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _issuer(doc: Document, head: int) -> Actor | None:
    """The actor behind "the statement" or "the report": the issuer of the latest same document
    named within :data:`ISSUER_WINDOW` sentences before it, where the text says who issued it."""
    assert doc.doc is not None
    tok = doc.doc[head]
    lemma = tok.lemma_.lower()
    if tok.pos_ != "NOUN" or lemma not in document_nouns() or lemma in _RECORDINGS or \
            not any(c.dep_ == "det" and c.lower_ in _BACK for c in tok.children):
        return None
    sent = doc.sentence_index(tok)
    for t in reversed(doc.doc[:head]):
        if sent - doc.sentence_index(t) > ISSUER_WINDOW:
            return None
        if t.lemma_.lower() != lemma or t.pos_ != "NOUN":
            continue
        issuer = _issuer_token(t)
        if issuer is None:
            compound = [c for c in t.children if c.dep_ == "compound" and doc.mention_at(c.i) is not None]
            issuer = compound[-1] if compound else None  # "a government statement"
        if issuer is None or issuer.right_edge.i >= head:
            continue  # only words before: each nested look-up then starts earlier, so it ends
        actor = resolve_source(doc, issuer.left_edge.i, issuer.right_edge.i + 1, issuer.i)
        return actor if actor.country or actor.sector or actor.kind in ("person", "organization") else None
    return None


def resolve_source(doc: Document, start: int, end: int, head: int | None) -> Actor:
    """The actor behind tokens ``[start, end)`` of the parse (``head`` its syntactic head)."""
    assert doc.doc is not None
    text = doc.doc[start:end].text.strip(" ,")
    if text.isalpha() and text.isupper() and len(text) > 1 and (speaker := _label_speaker(doc, text)) is not None:
        return _copy(speaker, text)
    name = text
    if head is not None and (noun := _antecedent(doc, head)) is not None:
        head = noun  # "lawmakers, who said ...": the speaker is the noun "who" stands for
        name = doc.doc[doc.doc[noun].left_edge.i:noun + 1].text  # and names it, resolved or not
    if head is not None:
        found = list(doc.mentions_headed_by(head))
        for c in doc.doc[head].conjuncts:  # "the army and the police said": both are the source
            if start <= c.i < end:
                found.extend(doc.mentions_headed_by(c.i) or [m for m in [doc.mention_at(c.i)] if m is not None])
        if (pair := _several(found, text)) is not None:
            return pair
        m = _best([x for x in found if x.actor is not None], head)
        if m is None:
            at = doc.mention_at(head)
            m = at if at is not None and at.actor is not None else None
        named = m is not None and m.actor is not None and m.actor.kind == "person" and doc.doc[head].pos_ == "PROPN"
        if m is not None and m.actor is not None and (m.actor.country or m.actor.sector or named):
            actor = _copy(m.actor, text)
            body = _affiliation(doc, head, start, end) if not actor.country else None
            if body is not None and actor.sector in (None, body.sector):
                # "Gulyás, chief of staff to Prime Minister Orbán": the apposition names his side
                actor.country, actor.sector, actor.cameo = body.country, body.sector, body.cameo
            return actor
    head_mention = m if head is not None else None
    relative = _relative_clauses(doc, head) if head is not None else set()
    role = head_mention is not None and head_mention.actor is not None and head_mention.actor.kind == "person"
    # "a farmer who met the Mexican minister": the minister is not the farmer's side
    inner = _actor_mentions(doc, start, end, relative)
    m = _best([x for x in inner if x.actor.country or x.actor.sector], head if head is not None else start)
    if m is None:
        m = head_mention
    if m is not None and m.actor is not None:
        # "sources in the NIS", "a spokesman for the army": the body's country and sector,
        # the phrase's own words
        actor = _copy(m.actor, text)
        if head is not None and not (m.start <= head < m.end):
            actor.kind = "person" if role else "group"
        return actor
    if head is not None and (issuer := _issuer(doc, head)) is not None:
        return _copy(issuer, text)  # "the statement said": whoever issued it says so
    kind = "unknown"
    if head is not None:
        tok = doc.doc[head]
        if tok.pos_ == "PRON":
            kind = "pronoun"
        elif tok.pos_ == "NOUN":
            kind = "group"
        elif tok.ent_type_ == "PERSON":
            kind = "person"
        elif tok.ent_type_ in ("ORG", "NORP", "GPE"):
            kind = "organization" if tok.ent_type_ == "ORG" else "country"
    return Actor(text=text, name=name if kind not in ("pronoun",) else "", kind=kind)


def first_person_speakers(attributions: list[Attribution], text: str, outlet: str | None,
                          quotes: QuoteIndex | None = None) -> None:
    """Give "I"/"we" the actor who speaks them: the speaker of the quotation they stand in,
    or, outside any quotation and report, the writer, whose words the outlet publishes
    (``quotes``: the quotations of ``text``, if already found)."""

    def depth(a: Attribution) -> int:
        n, seen = 0, {a.id}
        while a.via is not None and a.via not in seen:
            seen.add(a.via)
            a, n = attributions[a.via], n + 1
        return n

    for a in sorted(attributions, key=depth):  # a speaker before the "I" inside their quote
        if a.source_span is None or a.source_span.text.lower() not in _FIRST_PERSON:
            continue
        relay = attributions[a.via] if a.via is not None else None
        speaker: Actor | None = None
        if relay is not None:
            if relay.kind == "direct_quote" and relay.source is not None and relay.source.name:
                speaker = relay.source
        else:
            quotes = quotes or QuoteIndex(text)
            if quotes.covering(a.source_span.start, a.source_span.end) is None:
                speaker = outlet_actor(outlet)
        if speaker is not None:
            a.source = _copy(speaker, a.source_span.text)


#: Pronouns that stand for the speaker just named ("Schiller notes that … “…,” *he* added").
_SPEAKER_PRONOUNS = {"he": "m", "she": "f"}
#: How many sentences back a pronoun source may find the speaker it continues.
SPEAKER_WINDOW = 2


def _named_speaker(doc: Document, at: Attribution) -> bool:
    """Whether ``at``'s source is one person's name the actor layer may have missed ("Kudirat
    Okesola", "Musk"): capitalised words, singular, a full name or a proper noun, and not a
    body or country the actor layer knows ("Reuters", "the ministry", "Police")."""
    s, span = at.source, at.source_span
    if s is None or span is None or not s.name or s.kind in ("pronoun", "country") or s.kb_id \
            or (s.kind != "person" and s.country is not None):
        return False
    assert doc.doc is not None
    toks = doc.doc.char_span(span.start, span.end, alignment_mode="expand")
    words = [t for t in toks or () if t.is_alpha]
    return bool(words) and all(t.is_title for t in words) and not any(t.tag_ in ("NNS", "NNPS") for t in words) \
        and (len(words) >= 2 or words[0].pos_ == "PROPN")


def pronoun_speakers(attributions: list[Attribution], doc: Document, quotes: QuoteIndex | None = None) -> None:
    """Give an unresolved "he"/"she" source the speaker named just before it: the source of
    the latest relation within :data:`SPEAKER_WINDOW` sentences that is one proper name, when
    no other person is named in between ("Kudirat Okesola said … She said …"; ``quotes``: the
    article's quotations, if already found)."""
    assert doc.doc is not None
    persons = [e for e in doc.doc.ents if e.label_ == "PERSON"]
    named = [b for b in attributions if _named_speaker(doc, b)]
    for a in attributions:
        span = a.source_span
        if span is None or a.source is None or a.source.name or span.text.lower() not in _SPEAKER_PRONOUNS:
            continue
        quotes = quotes or QuoteIndex(doc.article.text)
        if quotes.covering(span.start, span.end) is not None:
            continue  # "“… and *he* would say …”": someone the speaker talks about
        before = [b for b in named if b.source_span is not None and b.source_span.end <= span.start
                  and span.sentence - b.source_span.sentence <= SPEAKER_WINDOW]
        if not before:
            continue
        b = before[-1]
        assert b.source is not None and b.source_span is not None
        if any(b.source_span.end <= e.start_char and e.end_char <= span.start for e in persons):
            continue  # someone else was named since: the pronoun may be theirs
        names = (b.source.name or "").split()
        gender = given_names().get(fold(names[0])) if len(names) >= 2 else None
        if gender is not None and gender != _SPEAKER_PRONOUNS[span.text.lower()]:
            continue  # "she" is not Robert
        a.source = _copy(b.source, span.text)
        a.source.kind = "person"  # "she" is a person, whatever the tagger took the name for
