"""Reasons for missed and spurious PolNeAR cues, on relations built here by hand."""

from __future__ import annotations

from eventwire.eval.polnear import GoldDocument, GoldRelation, outermost
from eventwire.eval.polnear_errors import cue_errors, summarise

TEXT = "Ann said Bob told Cy that it rained. Dee argued hard. Eve smiled at Fay, who waved."


def _span(word: str, text: str = TEXT) -> tuple[tuple[int, int], ...]:
    start = text.index(word)
    return ((start, start + len(word)),)


def _rel(cue: str, source: str | None, content: str | None) -> GoldRelation:
    return GoldRelation(_span(cue), _span(source) if source else None, _span(content) if content else None)


def _reasons(gold: list[GoldRelation], found: list[GoldRelation]) -> dict[tuple[str, str], str]:
    doc = GoldDocument("doc1", "ann1", None, gold)  # type: ignore[arg-type] - no file needed
    return {(e["kind"], e["cue"]): e["reason"] for e in cue_errors(doc, TEXT, outermost(found), found)}


def test_a_gold_cue_found_only_inside_another_content_is_nested():
    # the annotator took Bob's report alone; the pipeline nested it inside Ann's
    gold = [_rel("told", "Bob", "that it rained")]
    found = [_rel("said", "Ann", "Bob told Cy that it rained"), _rel("told", "Bob", "that it rained")]
    reasons = _reasons(gold, found)
    assert reasons[("missed", "told")] == "nested"
    assert reasons[("spurious", "said")] == "unannotated"


def test_missed_cues_inside_a_predicted_span_or_nowhere():
    gold = [_rel("told", "Bob", "that it rained"), _rel("argued", "Dee", None), _rel("waved", "who", None)]
    found = [_rel("said", "Ann", "Bob told Cy that it rained"), _rel("smiled", "Eve", "who waved")]
    reasons = _reasons(gold, found)
    assert reasons[("missed", "told")] == "in_predicted_content"
    assert reasons[("missed", "argued")] == "not_found"
    assert reasons[("missed", "waved")] == "in_predicted_content"


def test_spurious_cues_inside_a_gold_span():
    gold = [_rel("said", "Ann", "Bob told Cy that it rained"), _rel("argued", "Dee", None)]
    found = [_rel("told", "Bob", "that it rained"), _rel("Dee", None, None), _rel("smiled", "Eve", None)]
    reasons = _reasons(gold, found)
    assert reasons[("spurious", "told")] == "in_gold_content"
    assert reasons[("spurious", "smiled")] == "unannotated"
    assert reasons[("spurious", "Dee")] == "in_gold_source"
    assert ("missed", "said") in reasons and ("missed", "argued") in reasons


def test_matched_cues_make_no_record_and_records_carry_context():
    gold = [_rel("said", "Ann", "Bob told Cy that it rained")]
    found = [_rel("said", "Ann", "Bob told Cy that it rained"), _rel("smiled", "Eve", None)]
    doc = GoldDocument("doc1", "ann1", None, gold)  # type: ignore[arg-type]
    [record] = cue_errors(doc, TEXT, outermost(found), found)
    assert record["cue"] == "smiled" and record["text"] == "doc1" and record["annotator"] == "ann1"
    assert "Eve [[smiled]] at Fay" in record["context"]
    assert summarise([record, dict(record)]) == {"spurious/unannotated": 2}
