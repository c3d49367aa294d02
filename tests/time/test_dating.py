"""Event dating on the spaCy parse: clause, sentence, previous sentence, publication; historical.

The events are placed by a small stand-in ``events`` stage that marks given trigger
words (the event coder is another stage); everything after it is the real time stage.
"""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Pipeline
from eventwire.document import Document
from eventwire.model import CameoCoding, Event, PloverCoding, Span

D = dt.date
PUBLISHED = "2019-11-04"

ARTICLE = (
    "North Korea tested a rocket launcher last Thursday in South Pyongan province. "
    "Its leader met the US president in Singapore in June 2018. "
    "The two sides had signed a pledge in Hanoi in 2017, officials said. "
    "The pledge collapsed. "
    "The envoy will visit Seoul in December. "
    "The ministry says it wants more talks."
)


def mark(words: dict[str, str]):
    """An ``events`` stage marking the first occurrence of each word, with a modality."""

    def stage(doc: Document) -> Document:
        text = doc.article.text
        for word, modality in words.items():
            start = text.index(word)
            doc.events.append(Event(
                id=word, article_id=doc.article.id, sentence=-1,
                trigger=Span(start, start + len(word), -1, word), lemma=word,
                plover=PloverCoding("CONSULT"), cameo=CameoCoding("040"), modality=modality))
        return doc

    stage.requires = ("doc",)  # type: ignore[attr-defined]
    stage.assigns = ("events",)  # type: ignore[attr-defined]
    return stage


def run(text: str, words: dict[str, str], margin: int | None = None) -> dict[str, Event]:
    config = {"stage_config": {"event_dates": {"historical_margin_days": margin}}} if margin is not None else None
    pipe = Pipeline(["nlp", "timexes", ("events", mark(words)), "event_dates"], config)
    doc = pipe(text, published=PUBLISHED)
    return {e.id: e for e in doc.events}


@pytest.fixture(scope="module")
def article_events() -> dict[str, Event]:
    return run(ARTICLE, {"tested": "asserted", "met": "asserted", "signed": "asserted", "collapsed": "asserted",
                         "visit": "future", "says": "asserted"})


def test_a_2019_article_dates_2018_and_2017_events_historically(article_events):
    met, signed = article_events["met"], article_events["signed"]
    assert (met.when.value, met.when.start, met.when.end, met.when.basis) == ("2018-06", D(2018, 6, 1), D(2018, 6, 30), "clause")
    assert (signed.when.value, signed.when.precision, signed.when.basis) == ("2017", "year", "clause")
    assert met.historical and signed.historical


def test_a_recent_event_is_not_historical(article_events):
    tested = article_events["tested"]
    assert (tested.when.value, tested.when.basis) == ("2019-10-31", "clause")
    assert not tested.historical


def test_previous_sentence_carries_a_past_narrative(article_events):
    collapsed = article_events["collapsed"]
    assert (collapsed.when.value, collapsed.when.basis) == ("2017", "previous_sentence")


def test_future_events_take_the_coming_month(article_events):
    visit = article_events["visit"]
    assert (visit.when.value, visit.when.start) == ("2019-12", D(2019, 12, 1))
    assert not visit.historical


def test_no_time_in_text_falls_back_to_publication_and_says_so(article_events):
    says = article_events["says"]
    assert (says.when.basis, says.when.precision, says.when.start, says.when.text) == ("publication", "unknown", D(2019, 11, 4), "")
    assert not says.historical


def test_clause_beats_sentence_and_relative_clauses_keep_their_own_time():
    ev = run("Kim, who visited Singapore in 2018, met Trump on Sunday.", {"met": "asserted", "visited": "asserted"})
    assert (ev["met"].when.value, ev["met"].when.basis) == ("2019-11-03", "clause")
    assert (ev["visited"].when.value, ev["visited"].when.basis) == ("2018", "clause")


def test_a_reported_event_keeps_its_own_clause_time():
    ev = run("Officials said on Monday that the strike happened in 2018.", {"said": "asserted", "happened": "asserted"})
    assert ev["said"].when.value == "2019-11-04"
    assert ev["happened"].when.value == "2018"


def test_a_time_modifying_another_noun_does_not_date_the_clause():
    ev = run("Rebels attacked the 2015 ceasefire line.", {"attacked": "asserted"})
    assert ev["attacked"].when.basis == "publication"


def test_intended_events_resolve_a_yearless_month_forward():
    text = "Officials discussed the delegation's trip to Pyongyang in October."
    assert run(text, {"trip": "asserted"})["trip"].when.value == "2019-10"
    assert run(text, {"trip": "intended"})["trip"].when.value == "2020-10"


def test_historical_margin_is_configurable():
    text = "Protesters marched on Oct. 20."
    assert run(text, {"marched": "asserted"})["marched"].historical
    assert not run(text, {"marched": "asserted"}, margin=30)["marched"].historical


def test_timexes_stage_fills_sentence_indexes():
    doc = Pipeline(["nlp", "timexes"])("Nothing happened. Then on Friday it rained.", published=PUBLISHED)
    assert [(t.text, t.span.sentence) for t in doc.timexes] == [("Friday", 1)]


def test_a_relative_clause_about_another_noun_does_not_date_the_event():
    ev = run("The governor condemned the raid and blamed the group, which split from its parent in 2016.",
             {"condemned": "asserted"})
    assert ev["condemned"].when.basis == "publication"


def test_a_future_event_does_not_inherit_a_past_time():
    ev = run("In 2018 the rebels took the town, and the army will retake it.", {"took": "asserted", "retake": "future"})
    assert ev["took"].when.value == "2018"
    assert ev["retake"].when.basis == "publication"


def test_an_open_bound_is_not_carried_to_the_next_sentence():
    events = run("The rebels have fought the army since 1984. The government said it would cooperate with them.",
                 {"cooperate": "future"})
    assert events["cooperate"].when.basis == "publication"
    assert not events["cooperate"].historical


def test_a_past_act_about_a_future_content_keeps_its_past_weekday():
    # the agreement was made last Saturday; only what was agreed lies ahead
    ev = run("Chile and Peru agreed on Saturday to reopen the border.", {"agreed": "intended"})
    assert (ev["agreed"].when.start, ev["agreed"].when.basis) == (D(2019, 11, 2), "clause")
    ev = run("Chile and Peru will reopen the border on Saturday.", {"reopen": "future"})
    assert ev["reopen"].when.start == D(2019, 11, 9)


def test_a_date_naming_a_thing_is_no_reference_time_for_the_next_sentence():
    # "a 1979 treaty" names the treaty; the next sentence's protest is not from 1979
    ev = run("The minister cited obligations under a 1979 treaty. Farmers also protested.",
             {"protested": "asserted"})
    assert ev["protested"].when.basis == "publication"
