"""Counting events by how they are sourced, coded by the real pipeline, in real subprocesses:
``query --count-by claimant_code`` and ``sourcing``, the PLOVER export and ``show``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

RUNNER = Path(__file__).resolve().parents[1] / "run_cli.py"
#: Three events: one on unnamed officials' word, one on a named person of no known side,
#: one the outlet asserts itself. The outlet's site gives it a code of its own (RUSMED).
ARTICLE = ("title: Clashes\noutlet: www.rt.com\npublished: 2019-11-04\n\n"
           "Two senior officials said the army attacked the village of Tala on Monday. "
           "Olu Badmus said soldiers shot three protesters in Lagos. "
           "Police arrested four men in Kano on Sunday.\n")


def cli(*args: str) -> str:
    proc = subprocess.run([sys.executable, str(RUNNER), *args], capture_output=True, timeout=600,
                          env={**os.environ, "EVENTWIRE_QUIET": "1"})
    assert proc.returncode == 0, proc.stderr.decode()[-3000:]
    return proc.stdout.decode()


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("sourcing")
    (d / "clashes.txt").write_text(ARTICLE, encoding="utf-8")
    cli("code", str(d / "clashes.txt"), "--db", str(d / "s.duckdb"), "--quiet")
    return d / "s.duckdb"


def _counts(db: Path, field: str) -> dict[str, int]:
    out = cli("query", "--db", str(db), "--count-by", field, "--output", "csv")
    return {k: int(v) for k, v in (line.rsplit(",", 1) for line in out.splitlines()[1:])}


def test_an_uncoded_first_claimant_is_unresolved_not_the_outlets_code(db):
    codes = _counts(db, "claimant_code")
    assert codes["(unresolved)"] == 1  # Olu Badmus, though the outlet after him is RUSMED
    assert codes["(the article itself)"] == 1 and codes.get("RUSMED", 0) == 0


def test_count_by_sourcing_tells_anonymous_claims_apart(db):
    assert _counts(db, "sourcing") == {"anonymous": 1, "not anonymous": 1, "(the article itself)": 1}


def test_export_and_show_mark_the_anonymous_link(db):
    recs = [json.loads(x) for x in cli("export", "--db", str(db), "--format", "plover").splitlines()]
    firsts = [r["according_to"][0] for r in recs]
    assert sorted(a["anonymous"] for a in firsts) == [False, False, True]
    assert all(not r["according_to"][-1]["anonymous"] for r in recs)  # never the outlet
    article_id = cli("query", "--db", str(db), "--sql", "SELECT id FROM articles", "--output", "csv").split()[1]
    shown = cli("show", "--db", str(db), article_id)
    assert "Two senior officials (say, indirect, anonymous)" in " ".join(shown.split())


def test_filter_events_by_an_anonymous_source_in_their_chain(db):
    def claimants(flag: str) -> list[str]:
        out = cli("query", "--db", str(db), flag, "--output", "json")
        return sorted(json.loads(line)["claimant"] or "" for line in out.splitlines())

    assert claimants("--anonymous") == ["Two senior officials"]
    assert claimants("--not-anonymous") == ["Olu Badmus", "Russia Today"]  # the outlet claims its own


def test_a_store_from_before_anonymity_counts_its_claims_as_not_recorded(db, tmp_path):
    import shutil

    from eventwire.store import EventStore

    old = tmp_path / "v2.duckdb"
    shutil.copy(db, old)
    with EventStore(old) as s:
        s.sql("ALTER TABLE attributions DROP COLUMN anonymous")
        s.sql("UPDATE schema_version SET version = 2")
    assert _counts(old, "sourcing") == {"(not recorded)": 2, "(the article itself)": 1}
    proc = subprocess.run([sys.executable, str(RUNNER), "query", "--db", str(old), "--anonymous"],
                          capture_output=True, timeout=600)
    assert proc.returncode != 0 and b"does not record anonymous" in proc.stderr


#: Three more events: one a leader's word carried by his state news agency, one told to a
#: news agency of another country, one the outlet asserts itself.
MEDIA_ARTICLE = ("title: Launch\noutlet: www.reuters.com\npublished: 2019-11-04\n\n"
                 "Kim Jong Un said in a statement carried by the official KCNA news agency that the army fired "
                 "two missiles on Monday. Moon Jae-in told Yonhap that North Korean troops attacked a border post "
                 "on Sunday. Police arrested four men in Seoul on Sunday.\n")


def test_count_by_media_code_counts_the_medium_a_claim_went_through(tmp_path):
    (tmp_path / "launch.txt").write_text(MEDIA_ARTICLE, encoding="utf-8")
    db = tmp_path / "m.duckdb"
    cli("code", str(tmp_path / "launch.txt"), "--db", str(db), "--quiet")
    # the claimants are the two leaders; the media carried their words before Reuters did
    assert _counts(db, "claimant_code") == {"PRKGOV": 1, "KORGOV": 1, "(the article itself)": 1}
    assert _counts(db, "media_code") == {"PRKMED": 1, "KORMED": 1, "(no medium but the outlet)": 1}


def test_the_store_api_counts_as_the_cli_does(db):
    from eventwire.store import EventStore

    with EventStore(db, read_only=True) as store:
        assert dict(store.count_by("sourcing").fetchall()) == _counts(db, "sourcing")
        assert dict(store.count_by("claimant_code", country="NGA").fetchall()) == \
            {k: int(v) for k, v in (line.rsplit(",", 1) for line in cli(
                "query", "--db", str(db), "--count-by", "claimant_code", "--country", "NGA", "--output", "csv"
            ).splitlines()[1:])}
        with pytest.raises(Exception, match="cannot count events by 'colour'"):
            store.count_by("colour")
