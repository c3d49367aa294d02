"""Source resolution (attribution/sources.py): "the statement said" speaks for whoever issued it."""

from __future__ import annotations

import pytest

from eventwire.document import Document
from eventwire.model import Actor


def _source(doc: Document, words: str) -> Actor:
    """The source actor of the relation whose source phrase is ``words``."""
    found = [a.source for a in doc.attributions if a.source_span is not None and a.source_span.text == words]
    assert found and found[0] is not None, [a.source_span and a.source_span.text for a in doc.attributions]
    return found[0]


@pytest.mark.parametrize("first", [
    "The Egyptian interior ministry said in a statement that the road was closed.",
    "In a statement on Friday, the Egyptian interior ministry said the road was closed.",
    "The Egyptian interior ministry released a statement about the closure.",
    "A statement from the Egyptian interior ministry described the closure.",
])
def test_the_statement_speaks_for_its_issuer(attribute, first):
    doc = attribute(first + " Traffic was diverted through Suez. The statement said three buses had been stopped.")
    src = _source(doc, "The statement")
    assert src.text == "The statement"  # its own words stay
    assert (src.country, src.sector) == ("EGY", "GOV")


def test_a_report_speaks_for_the_body_that_issued_it(attribute):
    doc = attribute("The Brazilian army issued a report on the raid. Residents fled to the hills. "
                    "The report said the gang had left the city.")
    src = _source(doc, "The report")
    assert (src.country, src.sector) == ("BRA", "MIL")


def test_a_statement_of_unknown_issuer_keeps_its_words(attribute):
    doc = attribute("Troops of Peru crossed the river. The statement said the bridge was safe.")
    src = _source(doc, "The statement")
    assert (src.name, src.country) == ("The statement", None)


def test_another_kind_of_document_is_not_the_statement(attribute):
    doc = attribute("The Egyptian interior ministry said in a statement that the road was closed. "
                    "The report said three buses had been stopped.")
    src = _source(doc, "The report")
    assert src.country is None


def test_a_statement_too_far_back_is_not_the_one_meant(attribute):
    filler = " ".join(f"Day {n} of the march passed quietly." for n in range(2, 12))
    doc = attribute("The Egyptian interior ministry said in a statement that the road was closed. " + filler
                    + " The statement said three buses had been stopped.")
    src = _source(doc, "The statement")
    assert src.country is None


def test_a_recording_is_evidence_not_its_owners_claim(attribute):
    doc = attribute("The family watched the police videos on Monday. The videos show the driver raising his hands.")
    src = _source(doc, "The videos")
    assert src.sector is None


def test_he_after_a_name_the_tagger_missed_is_that_speaker(attribute):
    doc = attribute('Bakare said the ferry had capsized near the jetty. "We saw it turn over," he said.')
    src = _source(doc, "he")
    assert (src.name, src.kind) == ("Bakare", "person")


@pytest.mark.parametrize("text", [
    'Reuters reported that the ferry had capsized. "We saw it turn over," he said.',  # a body is no "he"
    'Bakare said the ferry had capsized. Eze Chukwu watched. "We saw it turn over," he said.',  # someone since
    'Bakare said: "The pilot waved and he said we were safe."',  # a "he" inside the quote is another man
])
def test_he_stays_unnamed_where_the_last_speaker_may_not_be_him(attribute, text):
    doc = attribute(text)
    found = [a.source for a in doc.attributions if a.source_span is not None and a.source_span.text == "he"]
    assert all(s is None or s.name != "Bakare" and s.kind != "organization" for s in found)


def test_she_is_not_the_last_speaker_when_his_given_name_is_a_mans(attribute):
    doc = attribute('Robert Bakare said the ferry had capsized near the jetty. "We saw it turn over," she said.')
    assert _source(doc, "she").name != "Robert Bakare"


def test_a_statement_issued_by_a_statement_does_not_loop(attribute):
    doc = attribute("A statement from the statement was read out. Troops moved. The statement said the talks failed.")
    assert _source(doc, "The statement").country is None
