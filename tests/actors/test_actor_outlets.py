"""The publishing outlet as an actor (``actors/outlets.py``): by its site or by its name."""

from __future__ import annotations

import pytest

from eventwire.actors.outlets import host, outlet_actor
from eventwire.resources import load_tsv


@pytest.mark.parametrize("outlet, name, cameo", [
    ("www.nytimes.com", "New York Times", "USAMED"),
    ("https://edition.cnn.com/2017/07/14/europe/", "CNN", "USAMED"),  # a URL, a subdomain
    ("usa.chinadaily.com.cn", "China Daily", "CHNMED"),
    ("www.rt.com", "Russia Today", "RUSMED"),  # named as the actor stage names RT in a text
    ("www.thesun.co.uk", "The Sun", "GBRMED"),  # a site whose name is too common to match in text
    ("Reuters", "Reuters", "GBRMED"),
    ("the Korea Herald", "Korea Herald", "KORMED"),
])
def test_a_known_site_or_name_gives_the_outlets_country_and_code(outlet, name, cameo):
    actor = outlet_actor(outlet)
    assert actor is not None
    assert (actor.text, actor.name, actor.cameo) == (outlet, name, cameo)
    assert (actor.sector, actor.kind) == ("JRN", "organization")


def test_an_outlet_in_the_knowledge_base_carries_its_id():
    assert outlet_actor("www.washingtonpost.com").kb_id == "org:wapo"
    assert outlet_actor("www.thesun.co.uk").kb_id is None


@pytest.mark.parametrize("outlet", ["Daily Planet", "go.com", "www.example-gazette.org"])
def test_an_unknown_outlet_is_news_media_of_no_known_country(outlet):
    actor = outlet_actor(outlet)
    assert (actor.name, actor.sector, actor.country, actor.cameo) == (outlet, "JRN", None, None)


@pytest.mark.parametrize("outlet", [None, "", "  "])
def test_no_outlet_is_no_actor(outlet):
    assert outlet_actor(outlet) is None


@pytest.mark.parametrize("text, expected", [
    ("www.bbc.co.uk", "bbc.co.uk"), ("HTTPS://Money.CNN.com/x?y=1", "money.cnn.com"),
    ("localhost:8000", None), ("The Times", None),
])
def test_host_reads_a_site_but_not_a_name(text, expected):
    assert host(text) == expected


def test_every_domain_row_is_complete_and_names_a_known_outlet():
    orgs = {row["id"]: row for row in load_tsv("eventwire.actors", "organizations.tsv")}
    rows = load_tsv("eventwire.actors", "outlet_domains.tsv")
    assert len({r["domain"] for r in rows}) == len(rows)
    for row in rows:
        assert row["outlet"] and len(row["country"]) == 3, row
        if row["org"]:
            assert orgs[row["org"]]["sector"] == "JRN" and orgs[row["org"]]["country"] == row["country"], row
