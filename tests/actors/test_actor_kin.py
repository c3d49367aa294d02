"""actors/kin.py: which bare name is only a relative's surname."""

from __future__ import annotations

import pytest

from eventwire.actors.kin import kin_nouns, relatives_surname


@pytest.mark.parametrize("name, relative, expected", [
    (("thurman",), ("robert", "thurman"), True),
    (("melania",), ("melania", "trump"), False),  # a given name is the relative's own
    (("thurman",), ("thurman",), False),  # a bare name is no relative's full name
    (("robert", "thurman"), ("robert", "thurman"), False),  # a full name is not bare
])
def test_relatives_surname(name, relative, expected):
    assert relatives_surname(name, relative) is expected


def test_kin_nouns_are_word_ids_of_the_data_file():
    from spacy.strings import get_string_id

    assert {get_string_id("father"), get_string_id("wife")} <= kin_nouns()
    assert get_string_id("ally") not in kin_nouns()  # a relation to another party, not kin
