"""The toponyms and event_places stages on sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire import Pipeline
from eventwire.geo.stage import place_events
from eventwire.model import Actor, CameoCoding, Event, PloverCoding, Span


@pytest.fixture(scope="module")
def places_pipeline():
    return Pipeline(["nlp", "toponyms"])


def _places(pipe, text):
    return {p.text: p for p in pipe(text).places}


def _where(pipe, text: str, trigger: str):
    """Parse ``text``, add one event whose trigger is the first ``trigger`` word, place it."""
    doc = pipe(text)
    i = text.index(trigger)
    doc.events = [Event(id="e1", article_id="a", sentence=0, trigger=Span(i, i + len(trigger)),
                        lemma=trigger.lower(), plover=PloverCoding("CONSULT"), cameo=CameoCoding("040"))]
    place_events(doc)
    return doc.events[0].where


def test_toponyms_resolved_with_spans_and_fields(places_pipeline):
    text = "Protesters marched through Tbilisi, the capital of Georgia, on Sunday."
    got = _places(places_pipeline, text)
    assert got["Georgia"].country == "GEO" and got["Georgia"].resolution == 1
    t = got["Tbilisi"]
    assert t.country == "GEO" and t.resolution == 4 and t.geonameid
    assert text[t.span.start:t.span.end] == "Tbilisi" and t.span.sentence == 0


def test_us_context_makes_georgia_the_state(places_pipeline):
    got = _places(places_pipeline, "Storms flooded streets in Atlanta and Savannah, and the governor of Georgia declared an emergency.")
    assert got["Georgia"].country == "USA" and got["Georgia"].feature_code == "ADM1"


def test_comma_qualifiers(places_pipeline):
    got = _places(places_pipeline, "She grew up in Paris, Texas, and later moved to Portland, Ore., for work.")
    assert got["Paris"].admin1 == "Texas"
    assert got["Portland"].admin1 == "Oregon"


def test_demonyms_are_not_places(places_pipeline):
    got = _places(places_pipeline, "Afghan and Turkish officials met in Ankara on Tuesday.")
    assert "Afghan" not in got and "Turkish" not in got
    assert got["Ankara"].country == "TUR"


def test_event_place_from_locative_phrase(places_pipeline):
    w = _where(places_pipeline, "North Korea tested a new rocket launcher in South Pyongan province last Thursday.", "tested")
    assert w is not None and w.country == "PRK" and w.resolution == 2
    w = _where(places_pipeline, "The missile was launched from South Pyongan province early on Friday.", "launched")
    assert w is not None and w.feature_code == "ADM1"


def test_event_place_for_nominal_triggers(places_pipeline):
    assert _where(places_pipeline, "Talks between the two sides broke down in Stockholm in October.", "Talks").name == "Stockholm"
    assert _where(places_pipeline, "Trump and Kim held a summit in Singapore in 2018.", "summit").country == "SGP"
    assert _where(places_pipeline, "The Singapore summit ended without a deal.", "summit").country == "SGP"


def test_event_place_prefers_finer_place_in_apposition(places_pipeline):
    w = _where(places_pipeline, "Kim traveled to Hanoi, Vietnam, to meet Trump.", "meet")
    assert w is not None and w.name == "Hanoi"


def test_actors_and_other_clauses_are_not_event_places(places_pipeline):
    assert _where(places_pipeline, "Seoul condemned the launch on Friday.", "condemned") is None
    assert _where(places_pipeline, "North Korea said it would not attend the meeting.", "attend") is None
    # The place of the reported test is not the place of the saying.
    w = _where(places_pipeline, "The agency said the North tested a missile near Wonsan.", "said")
    assert w is None


def test_no_place_in_text_means_none_not_outlet_home(places_pipeline):
    doc = places_pipeline("The two leaders agreed to resume talks soon.", outlet="Yonhap", url="https://example.org/a")
    assert doc.places == []
    i = doc.article.text.index("agreed")
    doc.events = [Event(id="e", article_id="a", sentence=0, trigger=Span(i, i + 6), lemma="agree",
                        plover=PloverCoding("AGREE"), cameo=CameoCoding("030"))]
    place_events(doc)
    assert doc.events[0].where is None


def test_default_pipeline_runs_geo_stages(pipeline):
    doc = pipeline("Leaders met in Singapore on Tuesday.", published="2018-06-12")
    assert any(p.country == "SGP" for p in doc.places)


def test_datelines_and_mislabelled_well_known_places(places_pipeline):
    # spaCy reads the capitalised dateline as an organisation; it is a well-known city.
    text = "MANCHESTER, England — Officials in Texas said on Monday that the plan would go ahead."
    got = _places(places_pipeline, text)
    assert got["MANCHESTER"].country == "GBR" and got["MANCHESTER"].span.start == 0
    assert got["Texas"].feature_code == "ADM1"
    # A person's name is not a place, whatever label: nothing invented from "Jordan Peterson".
    assert "Jordan" not in _places(places_pipeline, "Jordan Peterson spoke to students on Tuesday.")


def test_person_label_in_a_locative_phrase_is_a_place(places_pipeline):
    # Whatever label the recogniser gives, "in <well-known place>" is a place, and a name
    # in subject position is not turned into one.
    doc = places_pipeline("Heavy rain fell in Tamil Nadu on Monday.")
    assert any(p.text == "Tamil Nadu" and p.country == "IND" for p in doc.places)
    doc = places_pipeline("Georgia Smith thanked the volunteers on Friday.")
    assert all(p.text != "Georgia" for p in doc.places)


def test_curated_features_found_without_an_entity_and_acronyms_kept_apart(places_pipeline):
    doc = places_pipeline("The third meeting took place in the Demilitarized Zone separating the two Koreas. "
                          "The NIS told lawmakers that Pyongyang was preparing another test.")
    got = {p.text: p for p in doc.places}
    assert got["Demilitarized Zone"].name == "Korean Demilitarized Zone" and got["Demilitarized Zone"].resolution == 3
    assert "NIS" not in got  # the spy agency, not Niš in Serbia
    assert got["Pyongyang"].country == "PRK"


def test_a_toponym_describing_a_participant_is_not_the_event_place(places_pipeline):
    # "US" modifies the person the summit is with; no place is given for the summit.
    assert _where(places_pipeline, "Kim expects a summit with US President Donald Trump soon.", "summit") is None


def test_a_toponym_naming_a_participant_is_not_the_event_place(places_pipeline):
    text = "Pyongyang is under heavy United Nations and US sanctions."
    doc = places_pipeline(text)
    i = text.index("sanctions")
    us = text.index("US ")
    doc.events = [Event(id="e1", article_id="a", sentence=0, trigger=Span(i, i + 9), lemma="sanction",
                        plover=PloverCoding("SANCTION"), cameo=CameoCoding("163"),
                        actor=[Actor("US", country="USA", spans=[Span(us, us + 2, 0, "US")])])]
    place_events(doc)
    assert doc.events[0].where is None


def test_a_place_phrase_on_a_non_event_noun_does_not_locate_the_event(places_pipeline):
    text = "Seoul will launch a missile in response to the threat from Japan."
    assert _where(places_pipeline, text, "launch") is None
    # ... while a site or an event noun passes it on.
    assert _where(places_pipeline, "Protesters clashed with police outside the parliament in Tbilisi.", "clashed").name == "Tbilisi"
