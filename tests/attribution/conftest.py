"""Fixtures for the attribution tests: a parse → actors → attributions pipeline and lookups."""

from __future__ import annotations

import pytest

from eventwire import Pipeline
from eventwire.document import Document
from eventwire.model import Attribution


@pytest.fixture(scope="session")
def attr_pipe() -> Pipeline:
    """spaCy, actors and attributions only (no events), loaded once."""
    return Pipeline(["nlp", "actors", "attributions"])


@pytest.fixture(scope="session")
def attribute(attr_pipe):
    """``attribute(text, outlet=...) -> Document`` with ``attributions`` filled."""

    def run(text: str, outlet: str | None = "Daily Planet") -> Document:
        return attr_pipe(text, outlet=outlet, published="2019-11-04")

    return run


def _by_cue(doc: Document, surface: str) -> Attribution:
    found = [a for a in doc.attributions if a.cue_span is not None and surface in a.cue_span.text]
    assert found, f"no cue {surface!r} in {[(a.cue_span.text if a.cue_span else None) for a in doc.attributions]}"
    return found[0]


@pytest.fixture(scope="session")
def by_cue():
    """``by_cue(doc, surface)``: the first relation whose cue text contains ``surface``."""
    return _by_cue


def _hand_parsed(words, spaces, heads, deps, tags, pos, lemmas):
    """A parse built by hand, as the small model produces it on some real text but not
    reliably on a short example."""
    import spacy
    from spacy.tokens import Doc

    return Doc(spacy.blank("en").vocab, words=words, spaces=spaces, heads=heads, deps=deps, tags=tags, pos=pos,
               lemmas=lemmas, sent_starts=[True] + [False] * (len(words) - 1))


@pytest.fixture(scope="session")
def hand_parsed():
    """``hand_parsed(words, spaces, heads, deps, tags, pos, lemmas) -> Doc``."""
    return _hand_parsed


def _raw_headed_by(doc, word: str):
    """The one raw relation the extractor finds with its cue headed by ``word`` (it fails if
    there is none or more than one)."""
    from eventwire.attribution.extract import extract

    (raw,) = [r for r in extract(doc) if doc[r.head].text == word]
    return raw


@pytest.fixture(scope="session")
def raw_headed_by():
    """``raw_headed_by(doc, word) -> Raw``: extract a (hand-built) parse, keep the relation of ``word``."""
    return _raw_headed_by
