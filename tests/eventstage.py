"""A tiny event stage for testing the shell (store, exports, CLI) with real Event objects.

It is deliberately simple: a handful of verbs become events, the names before the verb
are actors, the names after it recipients, "said" adds an attribution, a capital after
"in" adds a place. It stands in for the real coder only in tests of storage and output.
"""

from __future__ import annotations

import datetime as dt

from eventwire import registry
from eventwire.document import Document
from eventwire.ids import event_id
from eventwire.model import (Actor, Attribution, CameoCoding, Event, Place, PloverCoding, Span,
                             TimeRef)

#: lemma -> (PLOVER type, CAMEO code, quad class, Goldstein)
VERBS = {
    "meet": ("CONSULT", "036", 1, 4.0),
    "sign": ("AGREE", "057", 1, 8.0),
    "attack": ("ASSAULT", "190", 4, -10.0),
    "criticize": ("ACCUSE", "111", 3, -2.0),
    "threaten": ("THREATEN", "138", 3, -7.0),
}
PLACES = {
    "Oslo": Place("Oslo", "Oslo", 3143244, 59.91273, 10.74609, "NOR", "12", "P", "PPLC", 4),
    "Hanoi": Place("Hanoi", "Hanoi", 1581130, 21.0245, 105.84117, "VNM", "44", "P", "PPLC", 4),
    "Texas": Place("Texas", "Texas", 4736286, 31.25044, -99.25061, "USA", "TX", "A", "ADM1", 2),
}

STAGES = ["nlp", "actors", "test_events"]


@registry.component("test_events", requires=("doc", "entities", "mentions"), assigns=("events", "places"))
def emit_events(doc: Document) -> Document:
    assert doc.doc is not None
    pub = doc.article.published_date
    for s_i, sent in enumerate(doc.doc.sents):
        places = []
        for tok in sent:
            if tok.text in PLACES:
                base = PLACES[tok.text]
                p = Place(**{**{f: getattr(base, f) for f in base.__slots__}, "span": doc.span(tok.i, tok.i + 1)})
                places.append(p)
                doc.places.append(p)
        for tok in sent:
            if tok.pos_ != "VERB" or tok.lemma_ not in VERBS:
                continue
            ptype, code, quad, gold = VERBS[tok.lemma_]
            ments = [m for m in doc.mentions if sent.start <= m.start < sent.end and m.actor is not None]
            actors = [m.actor for m in ments if m.end <= tok.i]
            recipients = [m.actor for m in ments if m.start > tok.i]
            said = [t for t in sent if t.lemma_ == "say"]
            according = []
            if said:
                src = Actor(text=doc.article.outlet or "the outlet", name=doc.article.outlet or "outlet", kind="organization")
                according.append(Attribution(src, "said", text=sent.text, cue_span=doc.span(said[0].i, said[0].i + 1),
                                             kind="indirect", id=0))
            when = TimeRef(text="", start=pub, end=pub, precision="unknown", anchor=pub, basis="publication") if pub else None
            doc.events.append(Event(
                id=event_id(doc.article.id, s_i, tok.idx, ptype), article_id=doc.article.id, sentence=s_i,
                trigger=doc.span(tok.i, tok.i + 1), lemma=tok.lemma_,
                plover=PloverCoding(ptype, None, ["military"] if quad == 4 else []),
                cameo=CameoCoding(code, code[:2], quad, gold), actor=actors, recipient=recipients,
                when=when, where=places[0] if places else None,
                modality="reported" if said else "asserted", historical=False, according_to=according,
                quantities={"killed": 3.0} if ptype == "ASSAULT" else {}, confidence=0.7,
                evidence=f"test:{tok.lemma_}", text=sent.text,
            ))
    return doc


def articles(n: int, *, start: dt.date = dt.date(2021, 3, 1)) -> list[dict]:
    """``n`` short distinct news-style articles written for these tests."""
    people = ["Norway", "Vietnam", "Canada", "Kenya", "Chile", "Japan", "Ghana", "Peru"]
    out = []
    for i in range(n):
        a, b = people[i % len(people)], people[(i * 3 + 1) % len(people)]
        place = ["Oslo", "Hanoi", "Texas"][i % 3]
        out.append({
            "id": f"t{i:04d}",
            "title": f"Talks number {i}",
            "outlet": ["Daily Ledger", "Harbor Times"][i % 2],
            "published": (start + dt.timedelta(days=i % 28)).isoformat(),
            "text": (f"{a} met {b} in {place} on Tuesday for round {i} of talks. "
                     f"Officials said {a} signed a trade pact with {b}. "
                     f"Separately, rebels attacked a convoy near the border, the ministry said."),
        })
    return out
