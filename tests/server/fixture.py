"""A tiny, spaCy-free event stage and a store of articles written for the server tests.

The real coder is tested elsewhere; here we need events with every field filled
(actors, recipients, dated intervals, places with coordinates, claimants, modality) so
the API and the dashboard have something real to filter, page, plot and highlight.
The stage reads sentences like "Japan met Kenya in Nairobi on 4 March 2021, according
to the foreign ministry." (or ", it was reported.") with regular expressions over the article text.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from pathlib import Path

from eventwire.document import Document
from eventwire.ids import event_id
from eventwire.model import (Actor, Attribution, CameoCoding, Event, Place, PloverCoding, Span,
                             TimeRef)
from eventwire.pipeline import Pipeline

COUNTRIES = {
    "Norway": "NOR", "Vietnam": "VNM", "Japan": "JPN", "Kenya": "KEN", "Chile": "CHL",
    "Canada": "CAN", "Singapore": "SGP", "Brazil": "BRA", "India": "IND", "Ghana": "GHA",
}
#: city -> (lat, lon, ISO3)
CITIES = {
    "Oslo": (59.913, 10.746, "NOR"), "Hanoi": (21.025, 105.841, "VNM"), "Tokyo": (35.690, 139.692, "JPN"),
    "Nairobi": (-1.283, 36.817, "KEN"), "Santiago": (-33.457, -70.648, "CHL"), "Ottawa": (45.411, -75.698, "CAN"),
    "Singapore": (1.290, 103.850, "SGP"), "Brasilia": (-15.780, -47.930, "BRA"), "Delhi": (28.652, 77.231, "IND"),
    "Accra": (5.556, -0.197, "GHA"),
}
#: surface verb -> (lemma, PLOVER type, CAMEO code, quad class, Goldstein)
VERBS = {
    "met": ("meet", "CONSULT", "040", 1, 1.0), "signed a deal with": ("sign", "AGREE", "057", 1, 8.0),
    "sent aid to": ("send", "AID", "070", 2, 7.0), "accused": ("accuse", "ACCUSE", "112", 3, -2.0),
    "threatened": ("threaten", "THREATEN", "138", 3, -7.0), "attacked": ("attack", "ASSAULT", "190", 4, -10.0),
    "sanctioned": ("sanction", "SANCTION", "163", 4, -8.0), "sanction": ("sanction", "SANCTION", "163", 4, -8.0),
}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]

_NAME = "(" + "|".join(COUNTRIES) + ")"
_VERB = "(" + "|".join(sorted(map(re.escape, VERBS), key=len, reverse=True)) + ")"
_EVENT = re.compile(rf"{_NAME} (will )?{_VERB} {_NAME}")
_CITY = re.compile(r"\bin (" + "|".join(CITIES) + r")\b")
_DAY = re.compile(r"\bon (\d{1,2}) (" + "|".join(MONTHS) + r") (\d{4})")
_MONTH = re.compile(r"\bin (" + "|".join(MONTHS) + r") (\d{4})")
_REPORTED = re.compile(r", it was (reported)(?=\.)")
_ACCORDING = re.compile(r"according to (the [a-z ]+?|[A-Z][a-z]+(?: [A-Z][a-z]+)*)(?=[.,])")
_SENT = re.compile(r"[^.!?]+[.!?]")


def _span(text: str, start: int, end: int, sentence: int) -> Span:
    return Span(start, end, sentence, text[start:end])


def fixture_events(doc: Document) -> Document:
    """Events for sentences of the form "<Country> [will] <verb> <Country> [in <City>] [on <date>]"."""
    text = doc.article.text
    pub = doc.article.published_date
    sentences = [(m.start(), m.end()) for m in _SENT.finditer(text)]
    doc.notes["sentences"] = [list(s) for s in sentences]
    doc.notes["mention_chars"] = []
    for s_i, (s0, s1) in enumerate(sentences):
        sent = text[s0:s1]
        m = _EVENT.search(sent)
        if not m:
            continue
        lemma, ptype, code, quad, gold = VERBS[m.group(3)]
        actor = Actor(m.group(1), m.group(1), COUNTRIES[m.group(1)], "GOV", COUNTRIES[m.group(1)] + "GOV",
                      kind="country", spans=[_span(text, s0 + m.start(1), s0 + m.end(1), s_i)])
        recipient = Actor(m.group(4), m.group(4), COUNTRIES[m.group(4)], "GOV", COUNTRIES[m.group(4)] + "GOV",
                          kind="country", spans=[_span(text, s0 + m.start(4), s0 + m.end(4), s_i)])
        where = None
        if c := _CITY.search(sent):
            lat, lon, iso = CITIES[c.group(1)]
            where = Place(c.group(1), c.group(1), None, lat, lon, iso, None, "P", "PPLC", 4,
                          _span(text, s0 + c.start(1), s0 + c.end(1), s_i))
            doc.places.append(where)
        when = None
        if d := _DAY.search(sent):
            day = dt.date(int(d.group(3)), MONTHS.index(d.group(2)) + 1, int(d.group(1)))
            when = TimeRef(d.group(0)[3:], day, day, "day", "DATE", day.isoformat(), anchor=pub,
                           span=_span(text, s0 + d.start() + 3, s0 + d.end(), s_i), basis="clause")
        elif d := _MONTH.search(sent):
            month = MONTHS.index(d.group(1)) + 1
            first = dt.date(int(d.group(2)), month, 1)
            last = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
            when = TimeRef(d.group(0)[3:], first, last, "month", "DATE", first.isoformat()[:7], anchor=pub,
                           span=_span(text, s0 + d.start() + 3, s0 + d.end(), s_i), basis="clause")
        if when is not None:
            doc.timexes.append(when)
        according = []
        if a := _ACCORDING.search(sent):
            src = Actor(a.group(1), a.group(1).removeprefix("the ").title(), None, "GOV", kind="organization",
                        spans=[_span(text, s0 + a.start(1), s0 + a.end(1), s_i)])
            according.append(Attribution(src, "according to", sent, kind="according_to", id=len(doc.attributions),
                                         source_span=src.spans[0], cue_span=_span(text, s0 + a.start(), s0 + a.start() + 12, s_i),
                                         anonymous=a.group(1).split()[-1] in ("sources", "officials")))
            doc.attributions.extend(according)
        elif r := _REPORTED.search(sent):  # a claim with no named source
            according.append(Attribution(None, "report", sent, kind="report", id=len(doc.attributions),
                                         cue_span=_span(text, s0 + r.start(1), s0 + r.end(1), s_i)))
            doc.attributions.extend(according)
        future = bool(m.group(2))
        historical = bool(when and pub and when.end and (pub - when.end).days > 180)
        trig = (s0 + m.start(3), s0 + m.end(3))
        doc.events.append(Event(
            id=event_id(doc.article.id, s_i, trig[0], ptype), article_id=doc.article.id, sentence=s_i,
            trigger=_span(text, *trig, s_i), lemma=lemma,
            plover=PloverCoding(ptype, "unspecified", ["diplomatic"] if quad < 3 else ["military"]),
            cameo=CameoCoding(code, code[:2], quad, gold), actor=[actor], recipient=[recipient],
            when=when, where=where, modality="future" if future else ("reported" if according else "asserted"),
            historical=historical, according_to=according, confidence=0.8, evidence=f"fixture:{lemma}",
            text=sent.strip(),
        ))
    return doc


def fixture_pipeline() -> Pipeline:
    return Pipeline([("fixture_events", fixture_events)])


def articles(n: int = 40, *, seed: int = 7, start: dt.date = dt.date(2021, 3, 1)) -> list[dict]:
    """``n`` short articles, each with two or three events, spread over about two months."""
    rng = random.Random(seed)
    names, cities, verbs = list(COUNTRIES), list(CITIES), list(VERBS)
    sources = ["the foreign ministry", "the defence ministry", "Reuters Desk", "the state news agency"]
    out = []
    for i in range(n):
        published = start + dt.timedelta(days=rng.randrange(60))
        sents = [f"Report number {i} from our correspondents."]
        for _ in range(rng.choice((2, 3))):
            a, b = rng.sample(names, 2)
            verb = rng.choice(verbs)
            day = published - dt.timedelta(days=rng.randrange(4))
            s = f"{a} {verb} {b} in {rng.choice(cities)} on {day.day} {MONTHS[day.month - 1]} {day.year}"
            if rng.random() < 0.4:
                s += f", according to {rng.choice(sources)}"
            sents.append(s + ".")
        if i % 10 == 3:  # an older event, mentioned for background
            sents.append(f"Singapore met Japan in Singapore in June {published.year - 2}.")
        if i % 7 == 5:
            sents.append("Canada will sanction Brazil in Brasilia.")
        out.append({"id": f"fx{i:03d}", "title": f"Diplomatic wire {i}", "outlet": ["Daily Ledger", "Harbor Times"][i % 2],
                    "published": published.isoformat(), "text": " ".join(sents)})
    return out


def build_store(path: Path, n: int = 40) -> int:
    """Write ``n`` fixture articles and their events to a new store; returns the event count."""
    from eventwire.articles import make_article
    from eventwire.store import EventStore

    pipe = fixture_pipeline()
    arts = [make_article(a.pop("text"), **a) for a in articles(n)]
    with EventStore(path) as store:
        counts = store.add(pipe.pipe(arts))
        store.update_clusters()  # as `eventwire code --db` does, so /v1/clusters has clusters
    return counts.events_added
