"""Hand-built events and articles for the dedup tests (no parse needed).

Places carry real coordinates (facts); everything else is invented for these tests.
"""

from __future__ import annotations

import datetime as dt
import itertools

from eventwire.document import Document
from eventwire.model import (Actor, Article, CameoCoding, Event, Place, PloverCoding, Span,
                             TimeRef)
from eventwire.pipeline import Outcome

SINGAPORE = Place("Singapore", "Singapore", 1880252, 1.28967, 103.85007, "SGP", "00", "P", "PPLC", 4)
HANOI = Place("Hanoi", "Hanoi", 1581130, 21.0245, 105.84117, "VNM", "44", "P", "PPLC", 4)
OSLO = Place("Oslo", "Oslo", 3143244, 59.91273, 10.74609, "NOR", "12", "P", "PPLC", 4)
BAERUM = Place("Baerum", "Bærum", 6453373, 59.89455, 10.54624, "NOR", "30", "A", "ADM2", 3)
NORWAY = Place("Norway", "Norway", 3144096, 62.0, 10.0, "NOR", None, "A", "PCLI", 1)
VIETNAM = Place("Vietnam", "Vietnam", 1562822, 16.16667, 107.83333, "VNM", None, "A", "PCLI", 1)

COUNTRY = {c: Actor(c, c, country=c, kind="country") for c in ("USA", "PRK", "KOR", "CHN", "NOR", "VNM", "SYR", "TUR")}
TRUMP = Actor("Trump", "Donald Trump", country="USA", sector="GOV", kind="person", kb_id="Q22686")
POMPEO = Actor("Pompeo", "Mike Pompeo", country="USA", sector="GOV", kind="person", kb_id="Q473239")
KIM = Actor("Kim", "Kim Jong Un", country="PRK", sector="GOV", kind="person", kb_id="Q56226")

TYPES = {  # PLOVER type -> (CAMEO code, quad class)
    "CONSULT": ("036", 1), "AGREE": ("057", 1), "ASSAULT": ("190", 4), "COERCE": ("173", 4),
    "ACCUSE": ("111", 3), "PROTEST": ("141", 3),
}

_ids = itertools.count()


def actors(*xs: object) -> list[Actor]:
    return [COUNTRY[x] if isinstance(x, str) else x for x in xs]  # type: ignore[misc]


def when(day: dt.date | None = None, precision: str = "day", end: dt.date | None = None,
         published: dt.date | None = None) -> TimeRef | None:
    """A text date (``day``..``end`` at ``precision``) or, without ``day``, the publication fallback."""
    if day is None:
        return TimeRef("", published, published, "unknown", anchor=published, basis="publication")
    return TimeRef(str(day), day, end or day, precision, anchor=published, basis="clause")


def event(article: Article, ptype: str, actor: list[Actor], recipient: list[Actor] | None = None, *,
          day: dt.date | None = None, precision: str = "day", end: dt.date | None = None,
          place: Place | None = None, modality: str = "asserted", historical: bool = False,
          lemma: str = "meet", code: str | None = None, eid: str | None = None) -> Event:
    """One event of ``article`` (dated from the text when ``day`` is given)."""
    c, quad = TYPES[ptype]
    c = code or c
    n = next(_ids)
    return Event(
        id=eid or f"e{n:05d}", article_id=article.id, sentence=n % 7, trigger=Span(n, n + 4), lemma=lemma,
        plover=PloverCoding(ptype), cameo=CameoCoding(c, c[:2], quad), actor=list(actor),
        recipient=list(recipient or []),
        when=when(day, precision, end, published=article.published_date), where=place, modality=modality,
        historical=historical, confidence=0.8, evidence="test", text="(written for this test)",
    )


def article(aid: str, outlet: str | None, published: dt.date) -> Article:
    return Article(id=aid, text=f"Article {aid} (text written for the dedup tests).", outlet=outlet,
                   published=published, title=f"Story {aid}")


def outcome(art: Article, events: list[Event]) -> Outcome:
    """A stored-ready outcome: the article with these events and no parse."""
    return Outcome(art, Document(art, events=list(events)))
