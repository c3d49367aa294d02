"""The plover-gsr reader and scorer, on a small gold file written for this test."""

from __future__ import annotations

import json

import pytest

from eventwire import Pipeline
from eventwire.errors import ConfigError
from eventwire.eval import evaluate
from eventwire.eval.plover_gsr import normalize_code, normalize_mode, read_records

RECORDS = [
    {"id": "DOC", "event": "DOCUMENT", "eventText": "header"},
    {   # old label DEMAND -> REQUEST; CAMEO-style code JAP -> JPN
        "id": "T-1", "event": "DEMAND", "text": "Japan demanded the release of its detained fishermen.",
        "source": [{"actorText": "Japan", "code": "JAP", "sector": "GOV"}], "target": "",
    },
    {
        "id": "T-2", "event": "SANCTION", "text": "Estonia expelled two diplomats from Russia.",
        "source": [{"actorText": "Estonia", "code": "EST"}],
        "target": [{"actorText": "Russia", "code": "RUS"}],
    },
    {   # FIGHT -> ASSAULT; a mode in the old spelling
        "id": "T-3", "event": "FIGHT", "mode": "heavy-weapons",
        "text": "Artillery shelled the outskirts of the town overnight.",
    },
]


@pytest.fixture(scope="module")
def gold_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("gsr") / "mini.json"
    path.write_text(json.dumps(RECORDS), encoding="utf-8")
    return path


def test_reader_maps_old_labels_and_codes(gold_file):
    recs = read_records(gold_file)
    assert [r.type for r in recs] == ["REQUEST", "SANCTION", "ASSAULT"]
    assert recs[0].actors == [("JPN", "GOV")]
    assert recs[1].recipients == [("RUS", "")]
    assert recs[2].mode == "heavy-weapons"


def test_code_normalisation():
    assert normalize_code("JAP") == "JPN" and normalize_code("ITL") == "ITA"
    assert normalize_code("IGO") == "IGO" and normalize_code("UNO") == "IGO"
    assert normalize_code("ISM") is None and normalize_code("") is None
    assert normalize_mode("PROTEST", "strike-hun") == "hunger"
    assert normalize_mode("THREATEN", "curfew") == "restrict"
    assert normalize_mode("COERCE", "curfew") == "curfew"


def test_scores(gold_file):
    result = evaluate("plover-gsr", gold_file, Pipeline(["nlp", "actors", "events"]), quiet=True)
    assert result.n == 3
    m = result.metrics
    assert set(m) == {"event_type_accuracy", "event_type_micro_f1", "event_type_macro_f1",
                      "actor_country_f1", "recipient_country_f1", "actor_sector_accuracy",
                      "mode_accuracy"}
    assert m["event_type_accuracy"] == 1.0
    assert m["mode_accuracy"] == 1.0
    assert 0.0 < m["actor_country_f1"] <= 1.0


def test_not_a_gsr_file(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(ConfigError):
        read_records(bad)


@pytest.mark.dataset
def test_dev_file_reads(shared_data):
    recs = read_records(shared_data / "plover_gsr" / "PLOVER_GSR_CAMEO.dev.json")
    assert len(recs) > 100
    assert {r.type for r in recs} <= {
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
        "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
