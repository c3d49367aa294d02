"""The pipeline contract: ordered named stages, checked at build time, replaceable."""

from __future__ import annotations

import pytest

from eventwire import ConfigError, Document, Pipeline, registry
from eventwire.ids import article_id, event_id


def test_missing_layer_is_reported_at_build_time():
    with pytest.raises(ConfigError, match="requires"):
        Pipeline(["events"])


def test_unknown_stage_names_the_known_ones():
    with pytest.raises(ConfigError, match="unknown stage 'nope'"):
        Pipeline(["nope"])


def test_a_user_callable_replaces_a_stage(pipeline):
    seen: list[str] = []

    def count_sentences(doc: Document) -> Document:
        seen.append(doc.article.id)
        doc.notes["sentences"] = len(list(doc.doc.sents))
        return doc

    stages = [(n, count_sentences) if n == "events" else n for n in pipeline.stage_names]
    custom = Pipeline(stages)
    doc = custom("One sentence. Two sentences.", published="2020-01-01")
    assert seen == [doc.article.id]
    assert doc.notes["sentences"] == 2
    assert doc.events == []


def test_ids_are_stable_and_text_sensitive():
    assert article_id(None, "A  text.\n") == article_id(None, "A text.")
    assert article_id(None, "A text.") != article_id(None, "Another text.")
    assert article_id("HTTPS://Example.org/a#x", "x") == article_id("https://example.org/a", "y")
    assert event_id("a1", 0, 5) == event_id("a1", 0, 5) != event_id("a1", 0, 6)


def test_registered_component_is_usable_by_name():
    @registry.component("test_marker", requires=("doc",), assigns=())
    def marker(doc: Document) -> Document:
        doc.notes["marked"] = True
        return doc

    doc = Pipeline(["nlp", "test_marker"])("Hello world.")
    assert doc.notes["marked"] is True
