"""End to end with the default pipeline: short articles written for this test, coded by every
stage, then clustered. Checks the behaviour dedup exists for: one summit reported by two
outlets is one event, and a look back a year later joins it instead of counting again."""

from __future__ import annotations

import pytest

from eventwire import make_article
from eventwire.dedup import cluster_events

ARTICLES = [
    ("s1", "Harbor Times", "2018-06-13",
     "North Korean leader Kim Jong Un met U.S. President Donald Trump in Singapore on Tuesday, "
     "the first meeting between leaders of the two countries."),
    ("s2", "Daily Ledger", "2018-06-12",
     "President Donald Trump and Kim Jong Un held talks in Singapore on Tuesday, officials said."),
    ("later", "Weekly Review", "2019-11-04",
     "Trump first met Kim in Singapore in June 2018."),
    ("oslo", "Harbor Times", "2018-06-10",
     "Protesters marched in Oslo on Saturday against a new fuel tax."),
]


@pytest.fixture(scope="module")
def coded(pipeline):
    arts = [make_article(text, id=aid, outlet=outlet, published=day) for aid, outlet, day, text in ARTICLES]
    events = [e for o in pipeline.pipe(arts) for e in o.events]
    return arts, events


def test_summit_reports_and_a_later_look_back_are_one_event(coded):
    arts, events = coded
    consult = {e.article_id: e for e in events if e.plover.type == "CONSULT"}
    assert set(consult) == {"s1", "s2", "later"}, [(e.article_id, e.plover.type) for e in events]
    assert consult["later"].historical and not consult["s1"].historical
    clusters = cluster_events(events, arts)
    [summit] = [c for c in clusters if consult["s1"].id in c.members]
    assert {consult["s2"].id, consult["later"].id} <= set(summit.members)
    assert summit.num_articles == 3 and summit.num_sources == 3 and not summit.historical
    assert summit.when.precision == "day" and summit.when.start.isoformat() == "2018-06-12"
    assert summit.where.name == "Singapore"
    protest = [c for c in clusters if any(e.id in c.members for e in events if e.article_id == "oslo")]
    assert protest and all(c.num_articles == 1 for c in protest)
