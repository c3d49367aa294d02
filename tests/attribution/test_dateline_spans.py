"""Datelines opening a story are neither part of a source nor of a content (the dateline itself:
``tests/test_datelines.py``)."""

from __future__ import annotations


def test_source_and_content_leave_the_dateline_out(attribute, by_cue):
    doc = attribute("NAIROBI — Kenya's army said on Monday that its troops had left the border.")
    assert by_cue(doc, "said").source_span.text == "Kenya's army"
    doc = attribute("NAIROBI — Two soldiers were killed in a clash near the border, Kenya's army said.")
    assert by_cue(doc, "said").content_span.text == "Two soldiers were killed in a clash near the border"
