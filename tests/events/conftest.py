"""Fixtures for the event tests: parse a sentence with the default spaCy model."""

from __future__ import annotations

import pytest

from eventwire.document import Document
from eventwire.model import Article


@pytest.fixture(scope="session")
def nlp():
    from eventwire.nlp import load_model

    return load_model()


@pytest.fixture(scope="session")
def parse(nlp):
    """``parse(text) -> Document`` with only the spaCy layer filled."""

    def _parse(text: str) -> Document:
        doc = Document(Article(id="t", text=text))
        doc.doc = nlp(text)
        return doc

    return _parse


@pytest.fixture(scope="session")
def token_index():
    """``token_index(doc, word)``: index of the first token ``word`` (tests name words, not offsets)."""

    def _index(doc: Document, word: str, nth: int = 0) -> int:
        hits = [t.i for t in doc.doc if t.text == word]
        assert len(hits) > nth, f"{word!r} not in {doc.article.text!r}"
        return hits[nth]

    return _index


@pytest.fixture(scope="session")
def coder():
    """``coder(text) -> list[Event]`` through spaCy, the actor stage and the event stage."""
    from eventwire import Pipeline

    pipe = Pipeline(["nlp", "actors", "events"])

    def _code(text: str, published: str = "2021-03-01"):
        return pipe(text, published=published).events

    return _code
