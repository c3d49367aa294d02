"""The actor data files: well-formed, consistent, and tokenised the way spaCy does."""

from __future__ import annotations

import datetime as dt

import pycountry
import pytest

from eventwire.actors import kb
from eventwire.actors.lexicon import cameo_code, lexicon, name_variants, tokenize
from eventwire.resources import load_tsv

PKG = "eventwire.actors"
INTERNATIONAL = {"IGO", "NGO", "IMG", "MNC", "ISM"}
ISO3 = {c.alpha_3 for c in pycountry.countries} | {"KOS"}
SECTORS = {r["sector"] for r in load_tsv(PKG, "sectors.tsv")}


def _all_names() -> set[str]:
    names: set[str] = set()
    for f, cols in [("countries.tsv", ["names", "adjectives", "people", "capitals"]),
                    ("regions.tsv", ["name", "adjectives"]), ("organizations.tsv", ["names"]),
                    ("people.tsv", ["name", "aliases"]), ("roles.tsv", ["phrase"])]:
        for row in load_tsv(PKG, f):
            for c in cols:
                names.update(x.strip() for x in row[c].split("|") if x.strip())
    return names


def test_fast_tokenizer_agrees_with_spacy_on_every_name():
    import spacy

    tok = spacy.blank("en").tokenizer
    bad = [(n, tokenize(n), [t.text for t in tok(n)]) for n in sorted(_all_names())
           if tokenize(n) != [t.text for t in tok(n)]]
    assert bad == []


def test_country_codes_are_iso_or_international():
    for row in load_tsv(PKG, "countries.tsv"):
        assert row["iso3"] in ISO3, row
    for row in load_tsv(PKG, "organizations.tsv"):
        assert row["country"] in ISO3 | INTERNATIONAL | {""}, row
        assert row["sector"] in SECTORS | {""}, row
    for row in load_tsv(PKG, "regions.tsv"):
        assert all(c in ISO3 for c in row["country"].split("|") if c), row  # empty: many countries
    for row in load_tsv(PKG, "dependencies.tsv"):
        assert row["iso3"] in ISO3 and row["sovereign"] in ISO3, row


def test_every_sovereign_state_has_a_demonym_and_a_row():
    rows = {r["iso3"]: r for r in load_tsv(PKG, "countries.tsv")}
    dependencies = {r["iso3"] for r in load_tsv(PKG, "dependencies.tsv")}
    for c in pycountry.countries:
        if c.alpha_3 in dependencies or c.alpha_3 in ("ATA", "ESH"):
            continue
        assert c.alpha_3 in rows, c.name
    missing = [code for code, r in rows.items() if not r["adjectives"] and code not in ("DOM", "COG")]
    assert missing == []


def test_roles_use_plover_sectors():
    for row in load_tsv(PKG, "roles.tsv"):
        assert row["sector"] in SECTORS | {""}, row
        assert row["strength"] in ("strong", "weak"), row
        assert row["kind"] in ("person", "group", "org", "thing", "country"), row


def test_people_rows_are_well_formed():
    for row in load_tsv(PKG, "people.tsv"):
        assert row["country"] in ISO3 | INTERNATIONAL, row
        assert row["sector"] in SECTORS | {""}, row
        start = dt.date.fromisoformat(row["start"])
        if row["end"]:
            assert start < dt.date.fromisoformat(row["end"]), row


def test_no_two_people_hold_the_same_government_office_at_once():
    terms: dict[tuple[str, str, str], list[tuple[dt.date, dt.date, str]]] = {}
    for p in kb.people().values():
        for t in p.terms:
            if t.sector != "GOV":
                continue
            for office in t.offices & {"HOS", "HOG", "FM"}:
                terms.setdefault((t.country, office, t.title), []).append(
                    (t.start or dt.date.min, t.end or dt.date.max, p.name))
    for key, spans in terms.items():
        spans.sort()
        for (s1, e1, n1), (s2, e2, n2) in zip(spans, spans[1:]):
            assert n1 == n2 or e1 <= s2, (key, n1, n2)


def test_knowledge_base_covers_sixty_countries():
    covered = {t.country for p in kb.people().values() for t in p.terms
               if t.country not in INTERNATIONAL and t.offices & {"HOS", "HOG", "LEADER"}}
    with_fm = {t.country for p in kb.people().values() for t in p.terms if "FM" in t.offices}
    assert len(covered) >= 60
    assert len(with_fm) >= 40


@pytest.mark.parametrize(("day", "name"), [
    ("2003-06-01", "George W. Bush"), ("2010-06-01", "Barack Obama"), ("2018-06-01", "Donald Trump"),
    ("2022-06-01", "Joe Biden"),
])
def test_office_holder_by_date(day, name):
    assert kb.holder("USA", "HOS", dt.date.fromisoformat(day)).name == name


def test_alias_choice_prefers_the_person_in_office():
    ids = tuple(p.id for p in kb.people().values() if "Bush" in p.aliases or p.name == "Jeb Bush")
    assert kb.choose(ids, dt.date(2004, 1, 1)).name == "George W. Bush"


def test_name_variants():
    assert "Omar El Bashir".lower() in {v.lower() for v in name_variants("Omar al-Bashir")}
    assert "Kim Jong Un" in name_variants("Kim Jong-Un")


def test_cameo_codes():
    assert cameo_code("PRK", "GOV") == "PRKGOV"
    assert cameo_code("KOR", "JRN") == "KORMED"  # CAMEO spells media MED
    assert cameo_code("IGO", "MIL", "IGOUNO") == "IGOUNOMIL"
    assert cameo_code("IGO", "MIL", "IGOWSTNATMIL") == "IGOWSTNATMIL"
    assert cameo_code("USA", None) == "USA"
    assert cameo_code(None, "GOV") is None


def test_lexicon_builds_once():
    assert lexicon() is lexicon()
