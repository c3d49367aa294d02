"""Round-three rules: lists that start with a country, state abbreviations standing apart,
compass parts of regions; on sentences written for these tests."""

from __future__ import annotations

from eventwire.eval.geo import GoldArticle, GoldToponym, gold_toponyms
from eventwire.geo.disambiguate import Toponym, resolve_all
from eventwire.model import Span


def _gold_style(text: str, names: list[str]) -> list[Toponym]:
    """Toponyms as the evaluation builds them from spans (a name after a comma qualifies)."""
    art, at = GoldArticle("t", text), 0
    for n in names:
        i = text.index(n, at)
        art.toponyms.append(GoldToponym(i, i + len(n), n, 0.0, 0.0))
        at = i + len(n)
    return gold_toponyms(art)


def test_a_country_before_a_comma_starts_a_list_not_a_containment():
    text = "The inquiry into ties with Russia, U.S. investigators said, widened to Ohio donors."
    places = resolve_all(_gold_style(text, ["Russia", "U.S.", "Ohio"]))
    assert places[0].country == "RUS" and places[0].feature_code == "PCLI"
    assert places[1].country == "USA"


def test_a_region_qualifier_still_contains_a_town_named_like_a_country():
    text = "The fair in Russia, Ohio drew farmers from three counties."
    places = resolve_all(_gold_style(text, ["Russia", "Ohio"]))
    assert places[0].country == "USA" and places[0].admin1 == "Ohio"


def test_a_country_qualifier_still_picks_a_region_named_like_a_country():
    text = "Voters in Georgia, USA, went to the polls on Tuesday."
    places = resolve_all(_gold_style(text, ["Georgia", "USA"]))
    assert places[0].country == "USA" and places[0].feature_code == "ADM1"


def test_a_state_abbreviation_in_parentheses_is_the_state():
    text = "The Clarke County (Ga.) school board met on Monday."
    places = resolve_all(_gold_style(text, ["Clarke County", "Ga."]))
    ga = places[1]
    assert ga is not None and ga.feature_code == "ADM1" and ga.admin1 == "Georgia"


def test_a_compass_part_of_a_region_is_located_by_the_region():
    text = "Storms flooded roads across South Florida and northern Syria saw snow."
    places = resolve_all(_gold_style(text, ["South Florida", "northern Syria"]))
    fl, sy = places
    assert fl.admin1 == "Florida" and fl.feature_code == "ADM1" and fl.approximate
    assert sy.country == "SYR" and sy.approximate


def test_a_compass_word_before_a_town_name_is_not_that_town():
    # "South Side" is no part of Side (a Turkish town): only regions and countries count.
    places = resolve_all([Toponym("South Side", span=Span(0, 10))])
    assert places[0] is None or places[0].country != "TUR"


def test_an_abbreviated_county_cue_is_read_written_out():
    text = "ADAMS CO. - Deputies in Adams County, Pennsylvania, closed a road near Gettysburg."
    places = resolve_all(_gold_style(text, ["ADAMS CO.", "Adams County", "Pennsylvania", "Gettysburg"]))
    assert places[0].feature_code == "ADM2" and places[0].admin1 == "Pennsylvania"


def test_two_spellings_of_one_name_do_not_vote_for_each_others_guess():
    # Both spellings have the same readings; the Iowa town decides, not the bigger namesake
    # in Massachusetts that each spelling's first guess would otherwise confirm in the other.
    text = "PLYMOUTH CO. - A tractor was stolen near Le Mars. The Plymouth County sheriff said so."
    places = resolve_all(_gold_style(text, ["PLYMOUTH CO.", "Le Mars", "Plymouth County"]))
    assert places[0].admin1 == "Iowa" and places[2].admin1 == "Iowa"


def test_a_city_named_inside_a_longer_name_is_the_city_not_its_state():
    from eventwire.geo.gazetteer import distance_km

    text = "Crowds queued for the New York Boat Expo, the largest boat show in the U.S."
    place = resolve_all(_gold_style(text, ["New York Boat Expo", "U.S."]))[0]
    assert place is not None and place.approximate
    assert distance_km(place.lat, place.lon, 40.71, -74.0) < 30  # New York City, not the state's middle


def test_australian_state_abbreviations_and_sa_follow_the_article():
    au = "Bushfires spread from Adelaide in SA to Perth in WA, and Canberra in the ACT was spared."
    places = resolve_all(_gold_style(au, ["Adelaide", "SA", "Perth", "WA", "Canberra", "ACT"]))
    assert [p.name for p in places[1::2]] == ["South Australia", "Western Australia", "Australian Capital Territory"]
    za = "Miners in Rustenburg and Johannesburg said SA needs new power stations."
    assert resolve_all(_gold_style(za, ["Rustenburg", "Johannesburg", "SA"]))[2].country == "ZAF"
    us = "Apple growers in Yakima and Wenatchee, WA, lost their crop."
    assert resolve_all(_gold_style(us, ["Yakima", "Wenatchee", "WA"]))[2].admin1 == "Washington"


def test_a_building_in_a_story_about_one_country_is_placed_in_that_country():
    text = "Rangers in Saint Lucia closed the Anse Verte Marine Park after the storm."
    places = resolve_all(_gold_style(text, ["Saint Lucia", "Anse Verte Marine Park"]))
    park = places[1]
    assert park is not None and park.country == "LCA" and park.approximate and park.resolution == 1
    mixed = "Talks between Chile and Peru at the Anse Verte Marine Park ended."
    assert resolve_all(_gold_style(mixed, ["Chile", "Peru", "Anse Verte Marine Park"]))[2] is None


def test_well_known_places_the_recogniser_left_out_are_found_after_locative_prepositions(pipeline):
    from eventwire.articles import make_article
    from eventwire.document import Document
    from eventwire.geo.gazetteer import get
    from eventwire.geo.stage import _locative_preps, _missed_locatives

    d = Document(make_article("Hundreds marched in Aleppo on Jul 25, and Smith flew in from New York to the West."))
    pipeline.get_stage("nlp")(d)
    d.doc.ents = []  # as if the recogniser had missed every name
    found = [sp.text for sp in _missed_locatives(d.doc, get(), _locative_preps(), set())]
    assert "Aleppo" in found and "New York" in found
    assert not {"Smith", "Jul", "West", "York"} & set(found)


def test_a_name_among_listed_regions_takes_its_region_reading():
    text = "Farm incomes fell in Ohio, Indiana, Illinois and New York last year."
    places = resolve_all(_gold_style(text, ["Ohio", "Indiana", "Illinois", "New York"]))
    assert places[3].feature_code == "ADM1"
    city = "Flights from Chicago and Boston to New York were cancelled."
    assert resolve_all(_gold_style(city, ["Chicago", "Boston", "New York"]))[2].feature_code != "ADM1"


def test_a_short_local_story_is_read_as_a_whole():
    # Each name alone means a bigger namesake (Edmonton, Alberta; Enfield, Connecticut); the
    # two London districts a mile apart fit together better than any reading abroad.
    text = "Police closed roads in Edmonton after a fire, and residents of Enfield were told to stay in."
    edmonton, enfield = resolve_all(_gold_style(text, ["Edmonton", "Enfield"]))
    assert edmonton.country == "GBR" and enfield.country == "GBR"


def test_a_bare_name_follows_the_county_the_article_writes_out():
    text = ("Essex County deputies searched a farm near Lake Placid. Officials in Essex said "
            "the search would go on.")
    places = resolve_all(_gold_style(text, ["Essex County", "Lake Placid", "Essex"]))
    assert places[0].feature_code == "ADM2" and places[0].admin1 == "New York"
    assert places[2].feature_code == "ADM2" and places[2].admin1 == "New York"
    capital = "Washington County deputies and officials in Washington disagreed."
    assert resolve_all(_gold_style(capital, ["Washington County", "Washington"]))[1].feature_code == "PPLC"


def test_a_bare_qualifier_code_alone_is_no_place():
    # "NT" (Northern Territory) qualifies a town after a comma ("Alice Springs, NT"); alone
    # it is no place, and "n't" shares its key.
    assert resolve_all([Toponym("n’t", span=Span(0, 3))])[0] is None
    text = "Tourists in Alice Springs, NT, saw the eclipse."
    assert resolve_all(_gold_style(text, ["Alice Springs", "NT"]))[1].name == "Northern Territory"
