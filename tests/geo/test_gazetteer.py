"""The gazetteer built from packaged GeoNames data: names, codes, ranking without context."""

from __future__ import annotations

from eventwire.geo.gazetteer import Candidate, get, lookup, qualifier_countries
from eventwire.geo.names import key


def test_keys_ignore_case_accents_dots_and_articles():
    assert key("São Paulo") == key("SAO PAULO") == "sao paulo"
    assert key("U.S.") == key("US") == "us"
    assert key("The Hague") == "hague"
    assert key("Côte d’Ivoire") == key("Cote d'Ivoire")


def test_lookup_returns_typed_ranked_candidates():
    cands = lookup("Stockholm")
    assert cands and isinstance(cands[0], Candidate)
    top = cands[0]
    assert top.country == "SWE" and top.feature_class == "P" and top.geonameid
    assert abs(top.lat - 59.33) < 0.2 and abs(top.lon - 18.07) < 0.2
    assert [c.prior for c in cands] == sorted((c.prior for c in cands), reverse=True)


def test_country_filter_accepts_iso3_iso2_and_name():
    for code in ("USA", "US", "United States"):
        top = lookup("Alexandria", country=code)[0]
        assert top.country == "USA" and top.admin1 == "Virginia"
    assert lookup("Alexandria")[0].country == "EGY"  # biggest Alexandria without context


def test_country_names_and_abbreviations():
    for name in ("U.S.", "USA", "United States"):
        assert lookup(name)[0].feature_code == "PCLI" and lookup(name)[0].country == "USA"
    assert lookup("UK")[0].country == "GBR"
    assert lookup("North Korea")[0].country == "PRK"


def test_capital_outranks_state_and_city_outranks_its_region():
    assert lookup("Washington")[0].feature_code == "PPLC"
    top = lookup("New York")[0]
    assert top.feature_class == "P" and top.admin1 == "New York"


def test_english_names_of_regions():
    top = lookup("South Pyongan")[0]
    assert top.country == "PRK" and top.feature_code == "ADM1" and top.resolution == 2
    assert lookup("Jiangsu")[0].feature_code == "ADM1"


def test_own_features_and_resolution_levels():
    dmz = lookup("DMZ")[0]
    assert dmz.name == "Korean Demilitarized Zone" and 37.5 < dmz.lat < 38.6
    assert lookup("West Bank")[0].country == "PSE"
    assert lookup("Germany")[0].resolution == 1
    assert lookup("Stockholm")[0].resolution == 4


def test_qualifiers_and_demonyms():
    g = get()
    oregon = g.qualifier_rows("Ore.")
    assert any(g.names[i] == "Oregon" for i in oregon)
    assert g.demonym_country("Turkish").country == "TUR"
    assert lookup("Ore.") == [] or lookup("Ore.")[0].name != "Oregon"  # qualifier-only alias


def test_qualifier_countries_read_abbreviations_that_lookup_does_not():
    assert lookup("Pa.") == [] or lookup("Pa.")[0].country != "USA"  # "Pa." alone is no state
    assert qualifier_countries("Pa.") == ["USA"]
    assert qualifier_countries("Ontario") == ["CAN"]
    assert set(qualifier_countries("Georgia")) == {"GEO", "USA"}  # the country and the state
    assert qualifier_countries("Foo") == []
