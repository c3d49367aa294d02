"""Fixtures for the actor tests: a parse-and-resolve pipeline and mention lookups."""

from __future__ import annotations

import pytest

from eventwire import Pipeline
from eventwire.document import Document, Mention


@pytest.fixture(scope="session")
def actors_pipe() -> Pipeline:
    """spaCy plus the actors stage only (no events), loaded once."""
    return Pipeline(["nlp", "actors"])


@pytest.fixture(scope="session")
def resolve(actors_pipe):
    """``resolve(text, published=...) -> Document`` with mentions and entities filled."""

    def run(text: str, published: str | None = "2019-11-04") -> Document:
        return actors_pipe(text, published=published)

    return run


def _mention(doc: Document, text: str, nth: int = 0) -> Mention:
    found = [m for m in doc.mentions if m.text == text]
    assert len(found) > nth, f"no mention {text!r} (#{nth}) in {[m.text for m in doc.mentions]}"
    return found[nth]


def _headed_by(doc: Document, word: str) -> list[Mention]:
    assert doc.doc is not None
    token = next(t for t in doc.doc if t.text == word)
    return doc.mentions_headed_by(token.i)


@pytest.fixture(scope="session")
def mention():
    """``mention(doc, text, nth=0)``: the nth mention with exactly that text."""
    return _mention


@pytest.fixture(scope="session")
def headed_by():
    """``headed_by(doc, word)``: mentions whose head is the first token spelled ``word``."""
    return _headed_by
