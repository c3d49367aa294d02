"""Each disambiguation rule, on names and sentences written for these tests."""

from __future__ import annotations

from eventwire.geo import resolve
from eventwire.geo.disambiguate import Toponym, resolve_all, split_qualifier


def test_country_context_decides_georgia():
    assert resolve("Georgia", context_countries=["USA"]).feature_code == "ADM1"
    assert resolve("Georgia", context_countries=["RUS", "ARM"]).country == "GEO"


def test_article_context_flows_between_mentions():
    us = resolve_all([Toponym("Atlanta"), Toponym("Savannah"), Toponym("Georgia")])
    assert us[2].country == "USA" and us[2].admin1 == "Georgia"
    caucasus = resolve_all([Toponym("Tbilisi"), Toponym("Georgia"), Toponym("Russia")])
    assert caucasus[1].country == "GEO" and caucasus[1].resolution == 1


def test_containment_beats_population():
    assert split_qualifier("Paris, Texas") == ("Paris", "Texas")
    paris = resolve("Paris, Texas")
    assert paris.country == "USA" and paris.admin1 == "Texas"
    assert resolve("Alexandria, Louisiana").admin1 == "Louisiana"
    assert resolve("Paris").country == "FRA"


def test_abbreviated_state_qualifier():
    out = resolve_all([Toponym("Portland", qualifier="Ore."), Toponym("Ore.", is_qualifier=True)])
    assert out[0].admin1 == "Oregon"
    assert out[1].name == "Oregon" and out[1].feature_code == "ADM1"


def test_washington_capital_unless_state_is_said():
    assert resolve("Washington").feature_code == "PPLC"
    state = resolve("Washington state")
    assert state.feature_code == "ADM1" and state.lon < -115


def test_type_cue_selects_region():
    p = resolve("South Pyongan province")
    assert p.country == "PRK" and p.resolution == 2
    assert resolve("Cook County").feature_code == "ADM2"


def test_spatial_context_prefers_nearby_town():
    # Two Springfields: with Illinois towns around, the Illinois one.
    out = resolve_all([Toponym("Peoria"), Toponym("Decatur"), Toponym("Springfield")])
    assert out[2].admin1 == "Illinois"


def test_demonyms_only_when_asked():
    assert resolve("Turkish") is None
    assert resolve("Turkish", allow_demonym=True).country == "TUR"


def test_place_fields():
    p = resolve("Stockholm")
    assert (p.name, p.country, p.feature_class, p.resolution) == ("Stockholm", "SWE", "P", 4)
    assert p.geonameid and p.admin1 and abs(p.lat - 59.33) < 0.2
