"""Datelines that open a story's paragraph (``eventwire/datelines.py``)."""

from __future__ import annotations

import pytest

from eventwire.datelines import dateline_end, opening_dateline


@pytest.mark.parametrize("text, rest", [
    ("NAIROBI — Kenya said ...", "Kenya said ..."),
    ("PORT LOUIS, M.U. -- Officials said ...", "Officials said ..."),
    ("ACCRA (Wire) - Ghana said ...", "Ghana said ..."),
    ("US - China talks resumed, officials said.", "US - China talks resumed, officials said."),
    ("The CAPITAL — a city of ...", "The CAPITAL — a city of ..."),
])
def test_dateline_end(text, rest):
    assert text[dateline_end(text, 0):] == rest


def test_a_dateline_only_opens_a_paragraph():
    text = "Intro line.\nNAIROBI — Kenya said. Then NAIROBI — again."
    assert dateline_end(text, text.index("NAIROBI")) == text.index("Kenya")
    later = text.rindex("NAIROBI")
    assert dateline_end(text, later) == later


@pytest.mark.parametrize("text, place, region", [
    ("SPRINGFIELD, Ill. (Wire) — The governor said ...", "SPRINGFIELD", "Ill."),
    ("Talks stall on budget\n\nBy A. Writer\n\nLAGOS — Officials said ...", "LAGOS", None),
])
def test_the_opening_dateline_may_follow_a_headline_and_a_byline(text, place, region):
    found = opening_dateline(text)
    assert found is not None and (found.place, found.region) == (place, region)
    assert text[found.end:].startswith(("The governor", "Officials"))


@pytest.mark.parametrize("text", [
    "The senator spoke on Friday.\nNAIROBI is far away.",
    "One.\nTwo.\nThree.\nFour.\nFive.\nNAIROBI — Kenya said.",  # too far down to open the story
])
def test_no_opening_dateline(text):
    assert opening_dateline(text) is None


def test_a_region_of_several_words():
    found = opening_dateline("BEIT UMMAR, West Bank (Wire) — Soldiers said ...")
    assert found is not None and (found.place, found.region) == ("BEIT UMMAR", "West Bank")


def test_two_places_joined_by_a_slash():
    text = "LIMA/QUITO (Wire) - Both governments said ..."
    assert text[dateline_end(text, 0):] == "Both governments said ..."
