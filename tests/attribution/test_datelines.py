"""Datelines opening a story are neither part of a source nor of a content."""

from __future__ import annotations

import pytest

from eventwire.attribution.datelines import dateline_end


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


def test_source_and_content_leave_the_dateline_out(attribute, by_cue):
    doc = attribute("NAIROBI — Kenya's army said on Monday that its troops had left the border.")
    assert by_cue(doc, "said").source_span.text == "Kenya's army"
    doc = attribute("NAIROBI — Two soldiers were killed in a clash near the border, Kenya's army said.")
    assert by_cue(doc, "said").content_span.text == "Two soldiers were killed in a clash near the border"
