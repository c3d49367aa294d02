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
