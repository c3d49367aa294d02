"""Gender in coreference: "he" and "she" never refer to a person of the other gender, and a
surname alone does not join a full name of the other gender (``actors/gender.py``)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    # a given name
    "Amina Bello was released on Friday. Her father Robert Bello met her at the gate. "
    "\"I was never alone,\" she said.",
    # an honorific
    "Ms. Bello was released on Friday. Her brother Chidi Bello met her at the gate. "
    "\"I was never alone,\" she said.",
])
def test_she_does_not_refer_to_a_man(resolve, text):
    doc = resolve(text)
    (she,) = [m for m in doc.mentions if m.text == "she"]
    assert "Bello" in she.actor.name and she.actor.name not in ("Robert Bello", "Chidi Bello")


def test_a_mister_does_not_join_a_woman_with_his_surname(resolve, mention):
    doc = resolve("Actress Lena Okafor arrived first. Her husband came later. Mr. Okafor said the trip was long.")
    assert mention(doc, "Mr. Okafor").entity != mention(doc, "Actress Lena Okafor").entity
