"""Media that pass a speaker's words on: "X said in a statement carried by KCNA that ...".

The speaker is X; the news agency that carried the statement relays X's claim to the
outlet. Each such medium becomes a relation of its own (cue: the participle, source: its
agent, content: the sentence around the phrase) that relays X's relation, so an event's
chain reads X → KCNA → outlet.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import relayed_utterances, relaying_participles
from .syntax import Raw, chars, minus, subtree

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def _medium(verb: Token) -> tuple[Token, Token, Token] | None:
    """``(in, participle, agent)`` of "in a statement carried by X" on ``verb``, if there."""
    utterances, participles = relayed_utterances(), relaying_participles()
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        noun = next((p for p in prep.children if p.dep_ == "pobj"), None)
        if noun is None or noun.lemma_.lower() not in utterances:
            continue
        for part in noun.children:
            if part.dep_ != "acl" or part.tag_ != "VBN" or part.lemma_.lower() not in participles:
                continue
            by = next((c for c in part.children if c.dep_ == "agent"), None)
            agent = next((p for p in by.children if p.dep_ == "pobj"), None) if by is not None else None
            if agent is not None:
                return prep, part, agent
    return None


def add_media_relays(doc: Doc, raws: list[Raw], text: str) -> None:
    """Append a relaying relation for each speech relation said "in a statement carried by X"."""
    for k in range(len(raws)):
        r = raws[k]
        if r.relays is not None or r.source is None or r.head < 0:
            continue
        found = _medium(doc[r.head])
        if found is None:
            continue
        prep, part, agent = found
        if any(x.head == part.i for x in raws):
            continue  # the participle is a cue of its own already
        phrase = subtree(prep)
        sent = doc[r.head].sent
        content = [c for a, b in minus((sent.start, sent.end), [phrase]) if (c := chars(doc, a, b, text))]
        if not content:
            continue
        a, b = subtree(agent)
        raws.append(Raw(cue=(part.i, part.i + 1), lemma=part.lemma_.lower(), cls="report", kind="report",
                        source=(a, b), source_head=agent.i, content=content, head=part.i))
        r.relays = len(raws) - 1
