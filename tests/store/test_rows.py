"""Flat event rows: the claimant column."""

from __future__ import annotations

from eventwire.model import Actor, Article, Attribution, CameoCoding, Event, PloverCoding, Span
from eventwire.store.rows import event_row


def _event(chain: list[Attribution]) -> Event:
    return Event(
        id="e1", article_id="a1", sentence=0, text="It appears talks will resume, Lee said.",
        trigger=Span(start=13, end=18, sentence=0, text="talks"),
        lemma="talk", plover=PloverCoding(type="CONSULT"), cameo=CameoCoding(code="046", root="04"),
        according_to=chain,
    )


def test_the_claimant_is_the_first_named_source_not_an_unnamed_hedge():
    chain = [
        Attribution(source=None, cue="appear", text="talks will resume"),
        Attribution(source=Actor(text="Lee", name="Lee Eun-jae"), cue="say"),
        Attribution(source=Actor(text="Daily Ledger", name="Daily Ledger", sector="JRN"), cue="publish", kind="outlet"),
    ]
    row = event_row(_event(chain), Article(id="a1", text="It appears talks will resume, Lee said."))
    assert row["claimant"] == "Lee Eun-jae"


def test_no_named_source_means_no_claimant():
    chain = [Attribution(source=None, cue="report", text="talks will resume"),
             Attribution(source=None, cue="publish", kind="outlet")]
    row = event_row(_event(chain), Article(id="a1", text="It was reported that talks will resume."))
    assert row["claimant"] is None
