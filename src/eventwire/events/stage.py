"""The ``events`` stage: rule-based PLOVER/CAMEO event coding over the dependency parse.

Per sentence: find frames (:mod:`.frames`), code them (:mod:`.classify`), fill actor and
recipient from the actor stage's mentions (:mod:`.roles`), attach quantities
(:mod:`.quantities`), and record the rule that fired as evidence.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from .. import registry
from ..document import Document
from ..ids import event_id
from ..model import Actor, CameoCoding, Event, PloverCoding, Span
from .classify import Coding, code_frame
from .frames import Frame, SentenceFrames
from .lexicon import lexicon
from .quantities import sentence_quantities
from .roles import assign

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan

    from ..document import Mention

EVIDENCE_PREFIX = "rules:"


def _actor(doc: Document, m: Mention) -> Actor:
    """The mention's actor, copied for the event with the mention's own surface text."""
    base = m.actor
    if base is None and 0 <= m.entity < len(doc.entities):
        base = doc.entities[m.entity]
    if base is None:
        return Actor(text=m.text, entity=m.entity, spans=[doc.span(m.start, m.end)])
    return dataclasses.replace(base, text=m.text, spans=list(base.spans))


def _cue_tokens(doc: Document) -> set[int]:
    """Token indices of attribution cues found by the attribution stage (may be empty)."""
    if not doc.attributions or doc.doc is None:
        return set()
    out: set[int] = set()
    for a in doc.attributions:
        sp = a.cue_span
        if sp is None:
            continue
        span = doc.doc.char_span(sp.start, sp.end, alignment_mode="expand")
        if span is not None:
            out.update(t.i for t in span)
    return out


def _trigger_span(doc: Document, frame: Frame) -> tuple[Span, str]:
    toks = [frame.trigger]
    if frame.noun is not None and frame.noun != frame.trigger and abs(frame.noun.i - frame.trigger.i) <= 4:
        toks.append(frame.noun)
    start = min(t.i for t in toks)
    end = max(t.i for t in toks) + 1
    lemma = " ".join(t.lemma_.lower() for t in sorted(toks, key=lambda t: t.i))
    return doc.span(start, end), lemma


def _confidence(frame: Frame, coding: Coding, n_actors: int) -> float:
    score = 0.75 if not frame.nominal else 0.6
    if frame.rule.startswith(("agree:", "request:", "appeal:", "reject:", "threaten:")) and frame.content is None:
        score -= 0.1  # a speech act whose content we could not code
    if n_actors == 0:
        score -= 0.15
    if coding.modality not in ("asserted", "ongoing"):
        score -= 0.05
    return round(max(0.05, min(score, 0.95)), 2)


def _attach_quantities(sent: SpacySpan, events: list[tuple[int, Event]]) -> None:
    if not events:
        return
    prefer = lexicon().quantities.get("prefer", {})
    for key, value, tok_i in sentence_quantities(sent):
        wanted = prefer.get(key, [])
        pool = [(i, e) for i, e in events if e.plover.type in wanted] or events
        _, target = min(pool, key=lambda ie: abs(ie[0] - tok_i))
        target.quantities.setdefault(key, value)


def code_sentence(doc: Document, sent: SpacySpan, sent_index: int, cues: set[int]) -> list[Event]:
    """Every event of one sentence."""
    lex = lexicon()
    finder = SentenceFrames(doc, sent, lex)
    frames = finder.frames()
    if not frames:
        return []
    lemmas = {t.lemma_.lower() for t in sent}
    found: list[tuple[int, Event]] = []
    seen: set[tuple[int, str]] = set()
    article_id = doc.article.id
    for frame in frames:
        if frame.trigger.i in cues and frame.content is None and frame.noun is None and frame.act is None and (
            frame.trigger.lemma_.lower() in lex.reporting
        ):
            continue  # a reporting cue with nothing eventful in it (a speech act it carries stays)
        coding = code_frame(frame, lex, lemmas)
        if coding is None:
            continue
        key = (frame.trigger.i, coding.plover)
        if key in seen:
            continue
        seen.add(key)
        actors, recipients = assign(doc, frame)
        span, lemma = _trigger_span(doc, frame)
        event = Event(
            id=event_id(article_id, sent_index, span.start, coding.plover),
            article_id=article_id,
            sentence=sent_index,
            trigger=span,
            lemma=lemma,
            plover=PloverCoding(coding.plover, coding.mode, coding.context, coding.intensity),
            cameo=CameoCoding(coding.cameo, coding.cameo[:2], coding.quad, coding.goldstein),
            actor=[_actor(doc, m) for m in actors],
            recipient=[_actor(doc, m) for m in recipients],
            modality=coding.modality,
            confidence=_confidence(frame, coding, len(actors)),
            evidence=f"{EVIDENCE_PREFIX}{coding.rule}",
            text=sent.text,
        )
        found.append((frame.trigger.i, event))
    _attach_quantities(sent, found)
    return [e for _, e in found]


@registry.component("events", requires=("doc", "mentions"), assigns=("events",))
def find_events(doc: Document) -> Document:
    """Code every sentence of the article into PLOVER/CAMEO events."""
    if doc.doc is None:
        return doc
    cues = _cue_tokens(doc)
    events: list[Event] = []
    for i, sent in enumerate(doc.doc.sents):
        events.extend(code_sentence(doc, sent, i, cues))
    doc.events = events
    return doc
