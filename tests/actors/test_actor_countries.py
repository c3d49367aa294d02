"""Countries: names, short forms, demonyms, coordinated modifiers, possessives, metonyms."""

from __future__ import annotations

import pytest


def test_country_names_and_short_forms(resolve, mention):
    doc = resolve("The US and South Korea held talks while the DPRK and the Islamic Republic watched.")
    assert mention(doc, "US").actor.country == "USA"
    assert mention(doc, "South Korea").actor.country == "KOR"
    assert mention(doc, "DPRK").actor.country == "PRK"
    assert mention(doc, "Islamic Republic").actor.country == "IRN"


def test_country_name_doing_something_is_its_government(resolve, mention):
    doc = resolve("Britain expelled 23 diplomats, and the measures were welcomed by France. "
                  "Talks were later held in Germany.")
    assert mention(doc, "Britain").actor.cameo == "GBRGOV"  # subject
    assert mention(doc, "France").actor.sector == "GOV"  # agent of a passive
    # Elsewhere a country named by itself is the state: no sector, the CAMEO code is the country.
    assert mention(doc, "Germany").actor.sector is None
    assert mention(doc, "Germany").actor.cameo == "DEU"


def test_demonym_modifier_gives_country_and_the_head_the_sector(resolve, headed_by):
    doc = resolve("Turkish troops crossed the border on Sunday.")
    ms = headed_by(doc, "troops")
    assert len(ms) == 1
    m = ms[0]
    assert (m.actor.country, m.actor.sector, m.actor.cameo) == ("TUR", "MIL", "TURMIL")
    assert m.text == "Turkish troops"


def test_coordinated_demonyms_give_one_mention_each_with_the_same_head(resolve, headed_by):
    doc = resolve("Senior Hungarian and Romanian officials agreed to meet again in the spring.")
    ms = headed_by(doc, "officials")
    assert sorted((m.actor.country, m.actor.sector) for m in ms) == [("HUN", "GOV"), ("ROU", "GOV")]
    assert len({m.entity for m in ms}) == 2


def test_possessive_country_of_a_non_actor_noun_is_its_own_mention(resolve, headed_by):
    doc = resolve("Analysts studied North Korea's test of a new rocket.")
    ms = headed_by(doc, "Korea")
    assert [m.actor.country for m in ms] == ["PRK"]
    assert headed_by(doc, "test") == []


def test_possessive_country_of_a_role_noun_is_one_mention(resolve, headed_by):
    doc = resolve("South Korea's military said two projectiles were fired.")
    (m,) = headed_by(doc, "military")
    assert (m.actor.country, m.actor.sector) == ("KOR", "MIL")


def test_country_plus_plural_role_noun(resolve, headed_by):
    doc = resolve("This was confirmed by another South Korea lawmakers on Friday.")
    (m,) = headed_by(doc, "lawmakers")
    assert (m.actor.country, m.actor.sector) == ("KOR", "LEG")


def test_capital_as_subject_is_the_government(resolve, mention):
    doc = resolve("Pyongyang rejected the offer, and Washington said it was disappointed.")
    m = mention(doc, "Pyongyang")
    assert (m.actor.country, m.actor.sector, m.kind) == ("PRK", "GOV", "metonym")
    assert mention(doc, "Washington").actor.cameo == "USAGOV"


def test_capital_as_location_is_a_place(resolve, mention):
    doc = resolve("The delegations met in Stockholm in October.")
    m = mention(doc, "Stockholm")
    assert m.actor.kind == "location"
    assert (m.actor.country, m.actor.sector) == ("SWE", "CVL")


def test_capitals_joined_by_a_hyphen_are_two_governments(resolve, mention):
    doc = resolve("Pyongyang-Washington talks have been in limbo since the spring.")
    assert mention(doc, "Pyongyang").actor.cameo == "PRKGOV"
    assert mention(doc, "Washington").actor.cameo == "USAGOV"


def test_metonym_joins_the_country_entity(resolve, mention):
    doc = resolve("North Korea fired two missiles. Pyongyang said the launch was a routine drill.")
    assert mention(doc, "North Korea").entity == mention(doc, "Pyongyang").entity


def test_the_two_koreas_are_both_countries(resolve):
    doc = resolve("The two Koreas agreed to reopen a liaison office.")
    assert {m.actor.country for m in doc.mentions} >= {"PRK", "KOR"}


def test_ethnic_demonym_is_not_a_nationality(resolve, headed_by):
    doc = resolve("Ethnic Albanians in southern Serbia staged a protest.")
    (m,) = headed_by(doc, "Albanians")
    assert m.actor.country == "SRB"
    assert m.actor.sector == "CVL"


def test_anti_country_modifier_is_not_a_nationality(resolve, headed_by):
    doc = resolve("An anti-Syria journalist was attacked on Monday.")
    (m,) = headed_by(doc, "journalist")
    assert m.actor.country != "SYR"
    assert m.actor.sector == "JRN"


def test_territory_folds_into_its_sovereign(resolve, mention):
    doc = resolve("Protesters gathered in Puerto Rico and Greenland.")
    assert mention(doc, "Puerto Rico").actor.country == "USA"
    assert mention(doc, "Greenland").actor.country == "DNK"


def test_names_inside_a_longer_person_name_are_not_countries(resolve):
    doc = resolve("Chad Johnson said the team would win.")
    assert "TCD" not in {m.actor.country for m in doc.mentions}


def test_country_name_that_is_a_state_of_the_country_in_the_story(resolve, mention):
    doc = resolve("Trump won Georgia and Alabama, U.S. networks said.", published="2016-03-02")
    m = mention(doc, "Georgia")
    assert (m.actor.country, m.actor.kind) == ("USA", "location")


def test_georgia_alone_is_the_country(resolve, mention):
    doc = resolve("Georgia accused Russia of violating the ceasefire.")
    assert mention(doc, "Georgia").actor.country == "GEO"


def test_geographic_features_are_not_countries(resolve, mention):
    doc = resolve("Fighter jets struck a camp on the shores of Lake Chad.")
    assert mention(doc, "Lake Chad").actor.country is None


def test_home_state_is_no_country_reference(resolve):
    doc = resolve("Senator Jones returned to his home state on Friday.")
    assert all(m.actor.kind != "country" for m in doc.mentions)


def test_capital_of_a_country_the_story_names(resolve, mention):
    doc = resolve("Militias clashed in Tripoli as shells hit the north Lebanese port.")
    assert mention(doc, "Tripoli").actor.country == "LBN"


def test_a_capital_is_not_a_village_of_a_country_the_story_names(resolve, mention):
    # The United States has small towns called Vienna; naming it does not move the capital.
    doc = resolve("The United States said on Friday that the board would meet in Vienna.")
    assert mention(doc, "Vienna").actor.country == "AUT"


def test_mixed_case_acronym_needs_exact_case(resolve):
    doc = resolve("Let the talks begin, the minister said.")
    assert all(m.actor.sector != "REB" for m in doc.mentions)


def test_the_north_and_the_south_in_an_article_about_korea(resolve, mention):
    doc = resolve("Seoul offered talks on Monday. The North rejected the offer, and the South said it would wait.")
    assert mention(doc, "North").actor.country == "PRK"
    assert mention(doc, "South").actor.country == "KOR"


def test_the_north_and_the_south_stay_unresolved_without_korea(resolve):
    doc = resolve("The South voted for the governor, and the North stayed home.")
    assert not [m for m in doc.mentions if m.actor.country in ("PRK", "KOR")]


def test_a_compass_word_inside_a_longer_name_is_not_korea(resolve):
    doc = resolve("Pyongyang warned ships crossing the North Pacific and the South China Sea.")
    assert [m.actor.country for m in doc.mentions if m.actor.country in ("PRK", "KOR")] == ["PRK"]  # Pyongyang only


@pytest.mark.parametrize("text, place, country", [
    ("The senator held a town hall in Berlin, New Hampshire, on Friday.", "Berlin", "USA"),
    ("Protests spread from Paris, Brussels, Beirut and Bamako after the attacks.", "Brussels", "BEL"),
    ("The consultant, who works in Alexandria, told the United States Senate he was paid.", "Alexandria", "USA"),
])
def test_a_region_after_a_place_settles_it_but_a_list_of_cities_does_not(resolve, mention, text, place, country):
    assert mention(resolve(text), place).actor.country == country


@pytest.mark.parametrize("text, name", [
    ("Gulf states pledged aid after the storm.", "Gulf"),
    ("Officials in the Baltic warned of more flights near their borders.", "Baltic"),
    ("Officials from the Red Sea region met.", "Red Sea"),
    ("Sailors in the Pacific reported the storm.", "Pacific"),
])
def test_a_sea_or_region_of_many_countries_first_gives_no_country(resolve, mention, text, name):
    # The gazetteer's next readings (a province of Papua New Guinea, towns in the United
    # States, a state of Sudan) must not stand in for the sea or the region.
    assert mention(resolve(text), name).actor.country is None


@pytest.mark.parametrize("text, name", [
    ("Flooding closed roads in Erie, Pa., on Tuesday.", "Pa."),
    ("The rally in Salem, Ore., drew hundreds.", "Ore."),
    ("The storm hit Tampa, Fla., overnight.", "Fla."),  # Florida, not Flå in Norway
    ("Lawmakers such as Jane Doyle (Ore.) and Tom Reyes (Pa.) objected.", "Pa."),
    # the place before the abbreviation is American too, not the English Cambridge
    ("A professor retired in Cambridge, Mass., said so by telephone.", "Cambridge"),
])
def test_an_abbreviated_state_is_american(resolve, mention, text, name):
    # the gazetteer's plain readings of "Pa." and "Ore." are villages elsewhere
    assert mention(resolve(text), name).actor.country == "USA"


def test_a_word_after_a_common_noun_is_no_state_abbreviation(resolve):
    doc = resolve("The family attended a solemn evening requiem Mass.")
    assert all(m.actor.country is None for m in doc.mentions)
