"""In-document coreference: partial names, two people with one surname, descriptions,
country anaphors, pronoun subjects and possessives."""

from __future__ import annotations

import pytest


def test_partial_name_joins_the_full_name(resolve, mention):
    doc = resolve("North Korean leader Kim Jong Un inspected the site. Kim later praised the scientists.")
    full = mention(doc, "North Korean leader Kim Jong Un")
    later = mention(doc, "Kim")
    assert later.entity == full.entity
    assert (later.actor.country, later.actor.sector) == ("PRK", "GOV")


def test_hyphenated_and_spaced_names_are_one_person(resolve, mention):
    doc = resolve("Kim Jong-Un arrived on Monday. Kim Jong Un left on Tuesday.")
    assert mention(doc, "Kim Jong-Un").entity == mention(doc, "Kim Jong Un").entity


def test_two_people_with_one_surname_stay_apart(resolve, mention):
    doc = resolve(
        "North Korean leader Kim Jong Un sent a letter. "
        "Kim Myong Gil, the chief negotiator, said the talks had failed. "
        "Kim then left Stockholm."
    )
    leader = mention(doc, "North Korean leader Kim Jong Un")
    negotiator = mention(doc, "Kim Myong Gil")
    assert leader.entity != negotiator.entity
    # A lone "Kim" goes to the nearest compatible full name: the negotiator.
    assert mention(doc, "Kim").entity == negotiator.entity


def test_title_picks_between_two_people_with_one_surname(resolve, mention):
    doc = resolve(
        "Leader Kim Jong Un met envoys. Kim Myong Gil, the chief negotiator, spoke to reporters. "
        "The North Korean leader then flew home."
    )
    leader = mention(doc, "Leader Kim Jong Un")
    assert mention(doc, "North Korean leader").entity == leader.entity


def test_different_full_names_never_merge(resolve, mention):
    doc = resolve("Jane Morrow met John Morrow in Dublin. Jane Morrow left first.")
    assert mention(doc, "Jane Morrow").entity != mention(doc, "John Morrow").entity
    assert mention(doc, "Jane Morrow", 1).entity == mention(doc, "Jane Morrow").entity


def test_reclusive_state_refers_to_the_country_in_subject_position(resolve, mention):
    doc = resolve(
        "North Korea tested a rocket launcher as talks with the US stalled. "
        "The reclusive state said the test was a success."
    )
    state = mention(doc, "reclusive state")
    assert state.entity == mention(doc, "North Korea").entity
    assert state.actor.country == "PRK"


def test_anaphor_inside_a_possessive_gives_the_country(resolve, headed_by):
    doc = resolve("North Korea launched two projectiles. The country's state media called it a drill.")
    (m,) = headed_by(doc, "media")
    assert (m.actor.country, m.actor.sector) == ("PRK", "JRN")


def test_pronoun_subject_resolves_to_the_previous_compatible_subject(resolve, mention):
    doc = resolve("Angela Merkel arrived in Paris on Monday. She met the French president.",
                  published="2016-01-10")
    she = mention(doc, "She")
    assert she.kind == "pronoun"
    assert she.entity == mention(doc, "Angela Merkel").entity
    assert (she.actor.country, she.actor.sector) == ("DEU", "GOV")


def test_it_resolves_to_a_country_not_a_person(resolve, mention):
    doc = resolve("Russia warned Ukraine on Monday, and President Putin said it would respond.",
                  published="2019-01-10")
    it = mention(doc, "it")
    assert it.actor.country == "RUS"
    assert it.actor.kind == "country"


def test_they_resolves_to_a_plural_group(resolve, mention):
    doc = resolve("Syrian rebels captured the town. They said the army had fled.")
    they = mention(doc, "They")
    assert they.entity == mention(doc, "Syrian rebels").entity
    assert (they.actor.country, they.actor.sector) == ("SYR", "REB")


def test_possessive_pronoun_gives_the_country(resolve, mention):
    doc = resolve("Iran said its navy would escort the tankers.")
    navy = [m for m in doc.mentions if m.text.endswith("navy")]
    assert navy and navy[0].actor.country == "IRN"
    assert navy[0].actor.sector == "MIL"


def test_definite_role_noun_joins_the_earlier_group(resolve, mention):
    doc = resolve("Turkish troops entered the town on Monday. The troops withdrew on Friday.")
    assert mention(doc, "troops").entity == mention(doc, "Turkish troops").entity
    assert mention(doc, "troops").actor.country == "TUR"


def test_entities_list_every_coreferent_span(resolve, mention):
    doc = resolve("Yonhap reported the launch. Yonhap cited the military.")
    e = doc.entities[mention(doc, "Yonhap").entity]
    assert [s.text for s in e.spans] == ["Yonhap", "Yonhap"]
    assert e.entity == mention(doc, "Yonhap").entity


def test_the_two_countries_are_the_two_earlier_countries(resolve, headed_by):
    doc = resolve("Peru and Chile traded accusations on Monday. The two countries later agreed to talks.")
    ms = headed_by(doc, "countries")
    assert sorted(m.actor.country for m in ms) == ["CHL", "PER"]


def test_a_bare_count_of_two_is_new_people_not_the_earlier_pair(resolve, headed_by):
    doc = resolve("Peru's president met Chile's president in Lima on Monday. Police arrested two students "
                  "outside the venue. Both sides later signed a trade pact.")
    students = headed_by(doc, "students")
    assert len(students) == 1 and students[0].actor.country not in ("CHL",)
    assert students[0].actor.sector != "GOV"
    assert sorted(m.actor.country for m in headed_by(doc, "sides")) == ["CHL", "PER"]


def test_they_after_coordinated_officials_is_both(resolve, mention):
    doc = resolve("Senior Hungarian and Romanian officials met in Budapest. They agreed to cooperate.")
    they = [m for m in doc.mentions if m.text == "They"]
    assert sorted(m.actor.country for m in they) == ["HUN", "ROU"]


def test_surname_before_the_full_name_joins_it(resolve, mention):
    doc = resolve("Okonkwo said the case was weak. Lawyer Emeka Okonkwo later told reporters he would appeal.")
    assert mention(doc, "Okonkwo").entity == mention(doc, "Lawyer Emeka Okonkwo").entity


def test_two_sides_of_a_meeting_are_the_two_people(resolve, headed_by):
    doc = resolve("The meeting between Donald Trump and Kim Jong Un opened a new chapter, but the two sides have "
                  "made no progress. Parliament member Lee said the two sides would meet again.", published="2019-11-04")
    first, second = [t for t in doc.doc if t.text == "sides"]
    for token in (first, second):
        ms = doc.mentions_headed_by(token.i)
        assert sorted(m.actor.country for m in ms) == ["PRK", "USA"]


def test_subjects_of_the_clause_are_not_the_two_countries(resolve):
    doc = resolve("Saudi Arabia and Iran cut ties in 2016. Iraq and Oman hosted talks between the two countries.")
    token = next(t for t in doc.doc if t.text == "countries")
    assert sorted(m.actor.country for m in doc.mentions_headed_by(token.i)) == ["IRN", "SAU"]


def test_an_office_holders_body_title_outweighs_a_misparsed_headline(resolve):
    # The title-case headline runs "Warren Scolds Bank CEO" into one name with a business title.
    doc = resolve("Elizabeth Warren Scolds Bank CEO Over Fake Accounts\n\n"
                  "Sen. Elizabeth Warren questioned the bank's chief executive on Tuesday.\n\n"
                  "Warren said the board should claw back his pay.", published="2016-09-20")
    body = [m for m in doc.mentions if m.text == "Warren"]
    assert body and all(m.actor.sector == "LEG" for m in body)


def test_a_role_word_modifying_a_thing_is_no_person_for_a_pronoun(resolve, mention):
    doc = resolve("A terrorist assault on the promenade killed dozens of people. \"We will not give in,\" he said.")
    assert mention(doc, "terrorist assault").actor.kind == "group"
    assert all(m.actor.name != "terrorist assault" for m in doc.mentions if m.text == "he")


def test_the_pronoun_after_a_long_quote_finds_the_speaker_before_it(resolve):
    doc = resolve("Tomas Lindqvist spoke to reporters at the harbour on Sunday. “We waited for hours. Nobody came. "
                  "The boats stayed in port. We were on our own,” he said.")
    (he,) = [m for m in doc.mentions if m.text == "he"]
    assert he.actor.name == "Tomas Lindqvist"


def test_the_same_unplaced_sources_do_not_take_the_country_in_focus(resolve, mention):
    doc = resolve("Tankers from Malta carried oil to Syria, three Western intelligence sources said. "
                  "\"The tankers unloaded in Syrian ports,\" the second intelligence source said.")
    first, second = mention(doc, "three Western intelligence sources"), mention(doc, "second intelligence source")
    assert second.entity == first.entity
    assert second.actor.country is None  # not Syria's, the nearest country


def test_a_description_after_placed_people_still_takes_their_country(resolve, mention):
    doc = resolve("Syrian intelligence sources said the convoy had left. "
                  "\"It was empty,\" the second intelligence source said.")
    assert mention(doc, "second intelligence source").actor.country == "SYR"


@pytest.mark.parametrize("text", [
    # the surname first, the relative's full name later
    "Jones said she would run again. Jones was joined by her husband, David Jones, on Monday. "
    "Later, Jones told reporters the race was close.",
    # the full name first
    "Sarah Jones said she would run again. She was joined by her husband, David Jones, on Monday. "
    "Later, Jones told reporters the race was close.",
])
def test_a_surname_stays_with_its_person_after_a_relative_is_named(resolve, mention, text):
    doc = resolve(text)
    husband = mention(doc, "David Jones")
    assert [m for m in doc.mentions if m.text == "Jones"][-1].entity != husband.entity


@pytest.mark.parametrize("text, short, full", [
    ("The mayor thanked her husband, David Jones, a teacher, on Monday. Later, Jones told reporters the race "
     "was close.", "Jones", "David Jones"),
    ("Smith thanked his wife, Karen Smith, for her work. Karen then spoke to reporters.", "Karen", "Karen Smith"),
    # named again on his own, he is the latest Jones again
    ("Sarah Jones said she would run again. She was joined by her husband, David Jones, on Monday. On Tuesday, "
     "former mayor David Jones greeted voters in Boston. Later, Jones told reporters the race was close.",
     "Jones", "David Jones"),
])
def test_a_relatives_own_name_still_finds_the_relative(resolve, mention, text, short, full):
    doc = resolve(text)
    assert mention(doc, short).entity == mention(doc, full).entity
