"""Media that pass a speaker's words on: "X said in a statement carried by KCNA that ...",
"X told state television that ...", "X said in an interview with CNN that ...".

The speaker is X; the medium relays X's claim to the outlet. Each such medium becomes a
relation of kind ``medium`` (source: the medium, content: the speaker's cue and content) that
relays X's relation, so an event's chain reads X → KCNA → outlet. A medium is a link of
the chain, not a claim of its own: attribution corpora do not annotate it as a relation.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..actors.lexicon import cameo_code
from ..actors.outlets import outlet_actor
from ..document import Document
from ..model import Actor, Attribution
from .lexicon import addressee_verbs, relayed_utterances, relaying_participles
from .syntax import SPEECH, Raw, prep_object, subtree

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Prepositions that put a medium after an utterance ("in an interview *with* CNN", "in
#: comments *to* Reuters", "in remarks *on* state television"). On the verb itself only
#: "said *on* state television": "likened RT *to* the BBC" names no medium.
_MEDIUM_PREPS = frozenset({"on", "to", "with"})
_VERB_MEDIUM_PREPS = frozenset({"on"})
#: Words that make a common noun of the media a medium of its own ("*state* television",
#: "the *official* news agency"); a bare "the newspaper" may be the outlet itself.
_STATE_MEDIA = frozenset({"state", "state-run", "state-owned", "state-controlled", "official", "government-run"})


def _is_outlet(text: str, medium: Actor, own: Actor) -> bool:
    """The article's own outlet, also by a short name ("The Times" in The New York Times)."""
    if own.kb_id is not None and medium.kb_id == own.kb_id or medium.name == own.name:
        return True
    short = text.lower().removeprefix("the ").strip()
    return bool(short) and f" {own.name.lower()}".endswith(f" {short}")


def media_heads(doc: Document) -> frozenset[int]:
    """Head tokens of the news media the article names, its own outlet left out (the last link anyway)."""
    own = outlet_actor(doc.article.outlet)
    heads = []
    for m in doc.mentions:
        a = m.actor
        if a is None or a.sector != "JRN" or a.kind != "organization":
            continue
        if m.kind != "name" and not _STATE_MEDIA.intersection(m.text.lower().split()):
            continue
        if own is not None and _is_outlet(m.text, a, own):
            continue
        heads.append(m.head)
    return frozenset(heads)


def _carried(noun: Token) -> tuple[Token, Token] | None:
    """``(participle, agent)`` of "a statement *carried by* KCNA"."""
    for part in noun.children:
        if part.dep_ != "acl" or part.tag_ != "VBN" or part.lemma_.lower() not in relaying_participles():
            continue
        by = next((c for c in part.children if c.dep_ == "agent"), None)
        agent = prep_object(by) if by is not None else None
        if agent is not None:
            return part, agent
    return None


def _medium(verb: Token, media: frozenset[int], taken: frozenset[int]) -> tuple[Token, Token] | None:
    """``(cue token, medium head)`` of the medium the speech verb ``verb`` names, if any.

    ``taken`` are the verb's children in the relation's cue or content ("commented *on* the
    Times report" is the topic, not a medium).
    """
    for c in verb.children:
        if c.i in taken:
            continue
        if c.dep_ in ("dobj", "dative") and c.i in media and verb.lemma_.lower() in addressee_verbs():
            return verb, c  # "told state television"
        if c.dep_ != "prep":
            continue
        noun = prep_object(c)
        if noun is None:
            continue
        if c.lower_ in _VERB_MEDIUM_PREPS and noun.i in media:
            return c, noun  # "said on state television"
        if c.lower_ != "in" or noun.lemma_.lower() not in relayed_utterances():
            continue
        if (carried := _carried(noun)) is not None:
            return carried  # "in a statement carried by KCNA"
        for x in noun.children:
            if x.dep_ in ("compound", "poss") and x.i in media:
                return noun, x  # "in a CNN interview"
            if x.dep_ == "prep" and x.lower_ in _MEDIUM_PREPS and (m := prep_object(x)) is not None and m.i in media:
                return noun, m  # "in an interview with CNN"
    return None


def add_media_relays(doc: Doc, raws: list[Raw], media: frozenset[int]) -> None:
    """Append a ``medium`` relation for each speech relation passed on by a medium.

    ``media`` are the head tokens of news media named in the text (the article's own
    outlet left out: it is every chain's last link already). A participle that carries a
    statement ("carried by", "published by") names its medium whatever it is.
    """
    for r in list(raws):  # the media appended below are not looked at again
        if r.relays is not None or r.source is None or not r.content or r.head < 0 or r.cls not in SPEECH:
            continue
        verb = doc[r.head]
        taken = frozenset(c.i for c in verb.children
                          if r.cue[0] <= c.i < r.cue[1] or any(a <= c.idx < b for a, b in r.content))
        found = _medium(verb, media, taken)
        if found is None:
            continue
        cue, medium = found
        if medium.i in range(*r.source) or any(x.head == cue.i for x in raws if x is not r):
            continue  # the medium is the speaker, or its word is a cue of its own already
        # what the speaker said and that they said it, not who they are: "survivors *of the
        # attack* told the AP": the attack is no claim the AP relays
        said = (doc[r.cue[0]].idx, doc[r.cue[1] - 1].idx + len(doc[r.cue[1] - 1]))
        content = sorted([said, *r.content])
        a, b = subtree(medium)
        b = next((t.i for t in doc[medium.i:b] if t.text == ","), b)  # "The Times, published Thursday"
        raws.append(Raw(cue=(cue.i, cue.i + 1), lemma=cue.lemma_.lower(), cls="report", kind="medium",
                        source=(a, b), source_head=medium.i, content=content, head=medium.i))
        r.relays = len(raws) - 1


def state_media_of_speakers(attributions: list[Attribution], doc: Document) -> None:
    """"Zarif told *state television*": unnamed state media are the speaker's country's.

    The actor layer places such a phrase by the country in focus, which can be another
    country named nearby; a phrase that names its country ("Iranian state television"), a
    named medium and any other medium ("released by the team") keep their own.
    """
    assert doc.doc is not None
    for m in attributions:
        s = m.source
        if m.kind != "medium" or s is None or s.kb_id is not None or s.sector != "JRN" or m.source_span is None \
                or not _STATE_MEDIA.intersection(m.source_span.text.lower().split()):
            continue
        speaker = next((a.source for a in attributions if a.via == m.id and a.source is not None), None)
        if speaker is None or not speaker.country or speaker.country == s.country:
            continue
        phrase = doc.doc.char_span(m.source_span.start, m.source_span.end, alignment_mode="expand")
        if phrase is None or any(t.ent_type_ in ("GPE", "NORP") for t in phrase):
            continue
        m.source = replace(s, country=speaker.country, cameo=cameo_code(speaker.country, s.sector))
