"""The PolNeAR reader and scorer: BRAT parsing, exact/overlap span matching, relations,
the univocal projection, and a whole split scored end to end (on files written here)."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire import Pipeline
from eventwire.eval import evaluate
from eventwire.eval.polnear import (
    GoldDocument,
    GoldRelation,
    annotator_agreement,
    outermost,
    parse_ann,
    read_split,
    score_relations,
    score_spans,
)

TEXT = "The minister said that the border would reopen. Rain fell."


def _ann() -> str:
    # E line before its T lines, a discontinuous span, and a span text running over two lines.
    return (
        "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
        "T1\tSource 0 12\tThe minister\n"
        "T2\tCue 13 17\tsaid\n"
        "T3\tContent 18 30;31 47\tthat the border\n"
        "would reopen\n"
        "T4\tAttribution 13 17\tsaid\n"
        "#1\tAnnotatorNotes T2\tfine\n"
    )


def test_parse_ann_reads_relations_and_discontinuous_spans():
    [rel] = parse_ann(_ann())
    assert rel.source == ((0, 12),)
    assert rel.cue == ((13, 17),)
    assert rel.content == ((18, 30), (31, 47))


def test_exact_match_ignores_edge_punctuation_and_quotes():
    text = 'He said: "We won."'
    exact, overlap = score_spans(text, [((3, 8),)], [((3, 7),)])  # "said:" vs "said"
    assert (exact.tp, exact.fp, exact.fn) == (1, 0, 0)
    exact, _ = score_spans(text, [((9, 18),)], [((10, 17),)])  # quote with and without its marks
    assert exact.tp == 1


def test_overlap_match_is_one_to_one():
    text = "x" * 40
    exact, overlap = score_spans(text, [((0, 30),)], [((0, 10),), ((20, 30),)])
    assert (overlap.tp, overlap.fp, overlap.fn) == (1, 0, 1)
    assert exact.tp == 0


def test_relation_needs_cue_and_source_overlap():
    gold = [GoldRelation(((13, 17),), ((0, 12),), ((18, 47),))]
    right = GoldRelation(((13, 17),), ((4, 12),), None)
    wrong_source = GoldRelation(((13, 17),), ((30, 40),), None)
    assert score_relations([right], gold).tp == 1
    assert score_relations([wrong_source], gold).tp == 0
    sourceless = [GoldRelation(((13, 17),), None, ((18, 47),))]
    assert score_relations([wrong_source], sourceless).tp == 1


def test_outermost_drops_relations_nested_in_another_content():
    outer = GoldRelation(((13, 17),), ((0, 12),), ((18, 80),))
    inner = GoldRelation(((40, 44),), ((30, 39),), ((45, 80),))
    other = GoldRelation(((90, 94),), ((85, 89),), ((95, 99),))
    assert outermost([outer, inner, other]) == [outer, other]


def _write_split(root: Path) -> Path:
    split = root / "dev"
    (split / "text").mkdir(parents=True)
    (split / "attributions").mkdir()
    (split / "text" / "doc1.txt").write_text(TEXT, encoding="utf-8")
    (split / "attributions" / "doc1_ann1.ann").write_text(_ann(), encoding="utf-8")
    (root / "metadata.tsv").write_text(
        "compartment\tfilename\tpublisher\tpublication_date\ndev\tdoc1\tnyt\t2016-10-01\n", encoding="utf-8"
    )
    return split


def test_read_split_pairs_annotations_with_texts(tmp_path):
    docs = read_split(_write_split(tmp_path))
    assert [(d.name, d.annotator, len(d.relations)) for d in docs] == [("doc1", "ann1", 1)]


def test_evaluate_scores_a_split_end_to_end(tmp_path):
    split = _write_split(tmp_path)
    result = evaluate("polnear", split, Pipeline(["nlp", "actors", "attributions"]), quiet=True)
    m = result.metrics
    for role in ("cue", "source", "content"):
        for variant in ("exact", "overlap"):
            assert f"{role}_{variant}_f1" in m
    assert m["cue_exact_f1"] == 1.0
    assert m["source_exact_f1"] == 1.0
    assert m["content_overlap_f1"] == 1.0
    assert m["relation_f1"] == 1.0
    assert result.details["texts"] == 1
    assert "attribution_time_vs_parse" in result.details
    assert result.details["cue_errors"] == []


def test_annotator_agreement_scores_each_annotator_against_the_others():
    text = "The minister said the border would reopen, and aides believed it."
    said, believed = ((13, 17),), ((49, 57),)
    a = GoldDocument("doc1", "a", Path("doc1.txt"), [GoldRelation(said, None, None), GoldRelation(believed, None, None)])
    b = GoldDocument("doc1", "b", Path("doc1.txt"), [GoldRelation(said, None, None)])
    alone = GoldDocument("doc2", "a", Path("doc2.txt"), [GoldRelation(said, None, None)])
    agreement = annotator_agreement([a, b, alone], {"doc1": text, "doc2": text})
    assert agreement.texts == {"doc1"}  # a text with one annotator says nothing about agreement
    cue = agreement.overlap["cue"]
    # a vs b: 1 tp, 1 fp; b vs a: 1 tp, 1 fn  ->  F1 = 2/3 whichever side is "gold"
    assert (cue.tp, cue.fp, cue.fn) == (2, 1, 1)
    assert abs(cue.f1 - 2 / 3) < 1e-9


def test_evaluate_reports_agreement_when_a_text_has_two_annotators(tmp_path):
    split = _write_split(tmp_path)
    # the second annotator marks the cue but no source or content
    (split / "attributions" / "doc1_ann2.ann").write_text("T1\tCue 13 17\tsaid\nE1\tAttribution:T1 Cue:T1\n", encoding="utf-8")
    result = evaluate("polnear", split, Pipeline(["nlp", "actors", "attributions"]), quiet=True)
    m = result.metrics
    assert result.details["iaa_texts"] == 1
    assert m["iaa_cue_overlap_f1"] == 1.0
    assert m["iaa_source_overlap_f1"] == 0.0  # one annotator has a source, the other none
    assert m["iaa_system_cue_overlap_f1"] == 1.0


def test_no_agreement_metrics_without_doubly_annotated_texts(tmp_path):
    result = evaluate("polnear", _write_split(tmp_path), Pipeline(["nlp", "actors", "attributions"]), quiet=True)
    assert not any(k.startswith("iaa_") for k in result.metrics)
    assert result.details["iaa_texts"] == 0


def test_missing_layout_is_a_clear_error(tmp_path):
    from eventwire.errors import ConfigError

    with pytest.raises(ConfigError, match="text/ and attributions/"):
        read_split(tmp_path)


@pytest.mark.dataset
def test_reads_the_shared_dev_split(shared_data):
    dev = shared_data / "polnear" / "data" / "dev"
    if not dev.is_dir():
        pytest.skip("PolNeAR dev split not in shared data")
    docs = read_split(dev)
    assert len(docs) == 94
    assert len({d.name for d in docs}) == 84
    assert sum(len(d.relations) for d in docs) == 2320


def test_cli_scores_a_split(tmp_path):
    from typer.testing import CliRunner

    from eventwire.cli import _load_commands, app

    _load_commands()
    split = _write_split(tmp_path)
    out = tmp_path / "scores.json"
    result = CliRunner().invoke(app, ["eval", "polnear", str(split), "--json", str(out), "-q"])
    assert result.exit_code == 0, result.output
    assert "cue_overlap_f1" in result.output
    import json

    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["dataset"] == "polnear"
    assert data["metrics"]["relation_f1"] == 1.0


def test_an_article_a_stage_fails_on_is_scored_as_missed(tmp_path):
    split = _write_split(tmp_path)

    def broken(doc):
        raise ValueError("boom")

    pipe = Pipeline(["nlp", "actors", "attributions", ("events", broken)])
    result = evaluate("polnear", split, pipe, quiet=True)
    assert "doc1" in result.details["failed"]
    assert "boom" in result.details["failed"]["doc1"]
    assert result.metrics["cue_overlap_recall"] == 0.0
    # the missed cue is listed with its reason
    assert result.details["cue_errors_by_reason"] == {"missed/not_found": 1}
    assert result.details["cue_errors"][0]["cue"] == "said"


def test_cli_prints_why_cues_were_missed(tmp_path):
    from typer.testing import CliRunner

    from eventwire.cli import _load_commands, app

    _load_commands()
    split = _write_split(tmp_path)
    # a second gold relation on "Rain fell", which no rule reads as a report
    ann = split / "attributions" / "doc1_ann1.ann"
    ann.write_text(_ann() + "T5\tCue 48 52\tRain\nE2\tAttribution:T5 Cue:T5\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", "polnear", str(split), "-q"])
    assert result.exit_code == 0, result.output
    assert "cue_errors_by_reason" in result.output
    assert "missed/not_found" in result.output


def test_a_medium_link_is_no_relation_of_its_own(tmp_path):
    # "in an interview with CNN" relays the minister's words in the chain; PolNeAR annotates
    # only the minister's relation, and scoring the medium instead would miss it
    text = "The minister said in an interview with CNN that the border would reopen."
    content = "that the border would reopen"
    c0 = text.index(content)
    ann = (
        "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
        "T1\tSource 0 12\tThe minister\n"
        "T2\tCue 13 17\tsaid\n"
        f"T3\tContent {c0} {c0 + len(content)}\t{content}\n"
        "T4\tAttribution 13 17\tsaid\n"
    )
    split = _write_split(tmp_path)
    (split / "text" / "doc1.txt").write_text(text, encoding="utf-8")
    (split / "attributions" / "doc1_ann1.ann").write_text(ann, encoding="utf-8")
    pipeline = Pipeline(["nlp", "actors", "attributions"])
    assert "medium" in {a.kind for a in pipeline(text).attributions}
    m = evaluate("polnear", split, pipeline, quiet=True).metrics
    assert (m["cue_exact_f1"], m["source_exact_f1"], m["relation_f1"]) == (1.0, 1.0, 1.0)
