"""The case2021 reader, the fixed ACLED->PLOVER mapping and the scorer (own snippets)."""

from __future__ import annotations

import pytest

from eventwire import Pipeline
from eventwire.errors import ConfigError
from eventwire.eval import evaluate
from eventwire.eval.case2021 import mapping, read_snippets

ROWS = [
    ("1", "Police arrested 45 people in Lagos on Monday.", "ARREST"),
    ("2", "About 3,000 protesters marched in Lima against the decree.", "PEACE_PROTEST"),
    ("3", "Heavy rain flooded the valley and the river burst its banks.", "NATURAL_DISASTER"),
    ("4", "Local elders gathered to discuss the harvest.", "OTHER"),
]


def _write(path, rows):
    lines = ["id\tEventSnippet\tSubType"] + ["\t".join(r) for r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_mapping_covers_every_task_type():
    table = mapping()
    for label in ("ABDUCT_DISSAP", "AGREEMENT", "AIR_STRIKE", "ARMED_CLASH", "ARREST", "ART_MISS_ATTACK",
                  "ATTACK", "CHANGE_TO_GROUP_ACT", "CHEM_WEAP", "DISR_WEAP", "FORCE_AGAINST_PROTEST",
                  "GOV_REGAINS_TERIT", "GRENADE", "HQ_ESTABLISHED", "MOB_VIOL",
                  "NON_STATE_ACTOR_OVERTAKES_TER", "NON_VIOL_TERRIT_TRANSFER", "OTHER", "PEACE_PROTEST",
                  "PROPERTY_DISTRUCT", "PROTEST_WITH_INTER", "REM_EXPLOS", "SEX_VIOL", "SUIC_BOMB",
                  "VIOL_DEMONSTR", "ORG_CRIME", "NATURAL_DISASTER", "MAN_MADE_DISASTER", "DIPLO", "ATTRIB"):
        assert label in table
    assert table["ARREST"].primary == "COERCE"
    assert table["OTHER"] is None
    assert table["NATURAL_DISASTER"].primary == "NONE"


def test_scores(tmp_path):
    path = _write(tmp_path / "mini.tsv", ROWS)
    assert len(read_snippets(path)) == 4
    result = evaluate("case2021", path, Pipeline(["nlp", "actors", "events"]), quiet=True)
    assert result.n == 3 and result.details["unscored"] == 1
    assert result.metrics["event_type_accuracy"] == 1.0
    assert result.metrics["event_type_macro_f1"] == 1.0


def test_unknown_label_is_an_error(tmp_path):
    path = _write(tmp_path / "bad.tsv", [("1", "Something happened.", "NOT_A_TYPE")])
    with pytest.raises(ConfigError):
        evaluate("case2021", path, Pipeline(["nlp", "actors", "events"]), quiet=True)


@pytest.mark.dataset
def test_dev_file_reads(shared_data):
    rows = read_snippets(shared_data / "case2021_task2" / "case2021_task2.dev.tsv")
    assert len(rows) > 400
    assert all(label in mapping() for _, _, label in rows)
