"""The event coder's data files are well formed and consistent with each other."""

from __future__ import annotations

from importlib import resources

import yaml

from eventwire.events.lexicon import ACT_CLASSES, lexicon

PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
          "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
DATA = resources.files("eventwire.events").joinpath("data")


def test_tsv_rows_fit_their_header():
    for path in DATA.iterdir():
        if not path.name.endswith(".tsv"):
            continue
        lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
        width = len(lines[0].split("\t"))
        for ln in lines[1:]:
            assert len(ln.split("\t")) <= width, f"{path.name}: {ln!r}"


def test_yaml_lists_hold_words_not_booleans():
    for path in DATA.iterdir():
        if path.name.endswith(".yaml"):
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
            for key, value in data.items():
                if isinstance(value, list):
                    assert all(isinstance(v, (str, int, float)) and not isinstance(v, bool) for v in value), (
                        f"{path.name}:{key} has a YAML boolean (quote on/off/yes/no)")


def test_every_code_is_in_the_code_book_and_maps_to_plover():
    lex = lexicon()
    used = set()
    for entries in lex.verbs.values():
        used.update(e.cameo for e in entries if e.cameo and e.cameo != "-")
    for entries in lex.nouns.values():
        for e in entries:
            used.update(c for c in (e.realize, e.undo, e.breach) if c)
    for row in lex.speech.values():
        used.update(c for c in row.values() if c and c != "-")
    used.update(code for _, _, code in lex.refine)
    used.update(ACT_CLASSES.values())
    for code in used:
        assert lex.cameo_info(code) is not None and code in lex.cameo, code
        info = lex.plover_info(code)
        assert info is not None and (info.type in PLOVER or info.type == "-"), code


def test_overrides_and_refinements_name_real_types_and_classes():
    lex = lexicon()
    for entries in list(lex.verbs.values()) + list(lex.nouns.values()):
        for e in entries:
            assert not e.plover or e.plover in PLOVER, e
            for c in e.conds:
                assert c.value.startswith("@") or c.value in lex.classes, (e, c)
    assert {t for t, _, _ in lex.mode_refine} <= PLOVER
    assert {t for t, _ in lex.scores} == PLOVER


def test_codes_are_strings_with_leading_zeros():
    lex = lexicon()
    assert lex.cameo["036"].name.startswith("Express intent to meet")
    assert all(isinstance(code, str) for code in lex.cameo)
    assert lex.cameo["0874"].quad == 2 and lex.cameo["1823"].goldstein == -10.0
