"""Argument reading robust to parser attachment errors (eventwire.events.args): on
hand-built parses reproducing the errors en_core_web_sm makes, and on parses of sentences
written for these tests, where the repairs must leave a correct parse alone."""

from __future__ import annotations

from eventwire.events.args import (
    controlled_object,
    direct_object,
    pobjs,
    prep_objects,
    quantity_to,
)


def _tok(doc, word):
    return next(t for t in doc.doc if t.text == word)


def _parsed(nlp, words, heads, deps, pos, tags=None):
    """A doc with the given (mis)parse: the repairs are tested on the exact error the small
    model makes, independent of which sentences happen to trigger it."""
    from spacy.tokens import Doc

    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags)


def test_up_to_n_is_a_quantity_object(nlp):
    # "up" read as a particle and "12 Greek sailors" as the object of "to"
    d = _parsed(nlp, ["Pirates", "kidnapped", "up", "to", "12", "Greek", "sailors", "from", "a", "tanker", "."],
                [1, 1, 1, 2, 6, 6, 3, 1, 9, 7, 1],
                ["nsubj", "ROOT", "prt", "prep", "nummod", "amod", "pobj", "prep", "det", "pobj", "punct"],
                ["NOUN", "VERB", "ADP", "ADP", "NUM", "ADJ", "NOUN", "ADP", "DET", "NOUN", "PUNCT"])
    verb, up, to, sailors = d[1], d[2], d[3], d[6]
    assert quantity_to(to)
    assert direct_object(verb) == sailors
    assert prep_objects(up, "to") == []  # a quantity is never a goal


def test_up_to_n_parsed_correctly_is_left_alone(parse):
    doc = parse("Gunmen kidnapped up to 30 Chinese engineers at a mine.")
    assert direct_object(_tok(doc, "kidnapped")) == _tok(doc, "engineers")


def test_to_a_place_is_no_quantity(parse):
    doc = parse("Canada sent 300 troops to Latvia.")
    assert not quantity_to(_tok(doc, "to"))
    assert [t.text for t in prep_objects(_tok(doc, "sent"), "to")] == ["Latvia"]


def test_orphan_preposition_takes_the_following_phrase(nlp):
    # "to" left without an object, "officers" read as the subject of "hiding"
    d = _parsed(nlp, ["Chile", "granted", "asylum", "to", "four", "Bolivian", "officers", "hiding", "in", "a", "consulate", "."],
                [1, 1, 1, 1, 6, 6, 7, 1, 7, 10, 8, 1],
                ["nsubj", "ROOT", "dobj", "prep", "nummod", "amod", "nsubj", "advcl", "prep", "det", "pobj",
                 "punct"],
                ["PROPN", "VERB", "NOUN", "ADP", "NUM", "ADJ", "NOUN", "VERB", "ADP", "DET", "NOUN", "PUNCT"])
    assert [t.text for t in pobjs(d[3])] == ["officers"]
    assert [t.text for t in prep_objects(d[1], "to")] == ["officers"]


def test_attached_preposition_keeps_its_object(parse):
    doc = parse("Ecuador granted asylum to two Bolivian ministers holed up in a consulate since the coup.")
    assert [t.text for t in pobjs(_tok(doc, "to"))] == ["ministers"]


def test_shared_preposition_before_a_coordinator(parse):
    doc = parse("Uruguay has established diplomatic ties with and opened a consulate in Hanoi.")
    assert [t.text for t in pobjs(_tok(doc, "with"))] == ["Hanoi"]


def test_object_shifted_after_an_as_phrase(parse):
    doc = parse("Ghana condemned as a grave provocation Togo's closure of the border.")
    assert direct_object(_tok(doc, "condemned")) == _tok(doc, "closure")


def test_control_verb_object_parsed_as_complement_subject(parse):
    doc = parse("Ghana decided to allow Ivorian traders to return to the market.")
    assert controlled_object(_tok(doc, "allow")) == _tok(doc, "traders")


def test_bare_infinitive_after_help(parse):
    doc = parse("Poland sent medical supplies to help Ukraine treat the wounded.")
    assert controlled_object(_tok(doc, "help")) == _tok(doc, "Ukraine")


def test_non_control_verb_has_no_controlled_object(parse):
    doc = parse("The rebels decided to land near the border.")
    assert controlled_object(_tok(doc, "decided")) is None
