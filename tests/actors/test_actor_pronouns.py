"""Which earlier mention a pronoun may refer to (``actors/pronouns.py``), on hand-built links."""

from __future__ import annotations

from eventwire.actors.coref import Entity, Linked
from eventwire.actors.pronouns import PRONOUN_WINDOW, antecedent, fits
from eventwire.actors.resolve import Draft


def link(head: int, akind: str, *, sent: int = 0, subject: bool = False, plural: bool = False,
         gender: str | None = None) -> Linked:
    draft = Draft(head, head + 1, head, "name", akind, f"{akind}{head}", plural=plural)
    return Linked(draft, Entity(head, akind, draft.name, gender=gender), sent, subject, None, None)


def test_gendered_pronouns_skip_a_person_of_the_other_gender():
    woman, man, unknown = link(0, "person", gender="f"), link(1, "person", gender="m"), link(2, "person")
    assert [fits("she")(l) for l in (woman, man, unknown)] == [True, False, True]
    assert [fits("his")(l) for l in (woman, man, unknown)] == [False, True, True]


def test_it_refers_to_one_state_or_body_and_they_to_several():
    country, group, people = link(0, "country"), link(1, "group"), link(2, "person", plural=True)
    assert [fits("its")(l) for l in (country, group, people)] == [True, False, False]
    assert [fits("they")(l) for l in (country, group, people)] == [False, True, True]


def test_the_latest_fitting_subject_wins_over_a_later_object():
    subject, obj = link(0, "person", subject=True), link(3, "person")
    sent_of = [0] * 10
    assert antecedent([subject, obj], sent_of, 8, fits("he")) is subject
    assert antecedent([subject, obj], sent_of, 8, fits("it")) is None


def test_an_antecedent_is_looked_for_only_before_the_pronoun_and_within_the_window():
    early, late = link(0, "person", subject=True), link(9, "person", sent=PRONOUN_WINDOW + 1, subject=True)
    sent_of = [0] * 5 + [PRONOUN_WINDOW + 1] * 10
    assert antecedent([early, late], sent_of, 6, fits("he")) is None  # early is too far back, late after it
    assert antecedent([early, late], [0] * 15, 6, fits("he")) is early


def test_past_the_window_he_or_she_takes_the_only_person_of_that_gender():
    man = link(0, "person", subject=True, gender="m")
    sent_of = [0] * 5 + [PRONOUN_WINDOW + 3] * 10
    assert antecedent([man], sent_of, 8, fits("he")) is None  # the window alone
    assert antecedent([man], sent_of, 8, fits("he"), sole="m") is man
    assert antecedent([man], sent_of, 8, fits("she"), sole="f") is None


def test_past_the_window_nobody_is_taken_when_two_fit_or_the_gender_is_unknown():
    sent_of = [0] * 5 + [PRONOUN_WINDOW + 3] * 10
    man, other = link(0, "person", gender="m"), link(2, "person")
    assert antecedent([man, other], sent_of, 8, fits("he"), sole="m") is None  # "other" may be a man too
    assert antecedent([other], sent_of, 8, fits("he"), sole="m") is None
