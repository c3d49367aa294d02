"""Organisations: intergovernmental bodies, news media, intelligence services, armed groups,
and bodies known only by their head nouns."""

from __future__ import annotations

import pytest


def test_united_nations_is_an_igo_with_its_own_cameo_code(resolve, mention):
    doc = resolve("The United Nations condemned the attack.")
    m = mention(doc, "United Nations")
    assert (m.actor.country, m.actor.cameo, m.actor.kind) == ("IGO", "IGOUNO", "organization")


def test_un_body_and_peacekeepers_get_sectors(resolve, headed_by, mention):
    doc = resolve("The UN Security Council met after UN peacekeepers were attacked.")
    council = mention(doc, "UN Security Council")
    assert (council.actor.country, council.actor.sector) == ("IGO", "GOV")
    (pk,) = headed_by(doc, "peacekeepers")
    assert (pk.actor.country, pk.actor.sector, pk.actor.cameo) == ("IGO", "MIL", "IGOUNOMIL")


def test_a_name_matches_in_each_of_its_listed_spellings(resolve, mention):
    # "NATO" matches only in capitals; "Nato", listed too, is the same body
    doc = resolve("A Nato spokesman said NATO would not comment.")
    assert mention(doc, "Nato spokesman").actor.cameo == "IGOWSTNATMIL"
    assert mention(doc, "NATO").actor.cameo == "IGOWSTNATMIL"


def test_nato_and_eu(resolve, mention):
    doc = resolve("NATO and the European Union issued a joint statement.")
    assert mention(doc, "NATO").actor.country == "IGO"
    assert mention(doc, "NATO").actor.sector == "MIL"
    assert mention(doc, "European Union").actor.cameo == "IGOEUR"


def test_news_agencies_are_media_of_their_country(resolve, mention):
    doc = resolve("Yonhap and Xinhua reported the meeting, citing KCNA.")
    for name, country in (("Yonhap", "KOR"), ("Xinhua", "CHN"), ("KCNA", "PRK")):
        m = mention(doc, name)
        assert (m.actor.country, m.actor.sector) == (country, "JRN")
    # CAMEO spells media MED.
    assert mention(doc, "Yonhap").actor.cameo == "KORMED"


def test_news_agency_with_role_words_is_the_agency_itself(resolve, headed_by, mention):
    doc = resolve("South Korea's Yonhap news agency reported the talks. The agency cited officials.")
    (m,) = headed_by(doc, "agency")
    assert m.actor.kb_id == "org:yonhap"
    assert mention(doc, "agency").entity == m.entity


def test_a_news_agency_sharing_a_name_with_a_town_is_the_agency(resolve, headed_by):
    # Saba is also an island and several towns; with "news agency" it is Yemen's.
    doc = resolve("A ship was struck in the Red Sea, the Houthi-run Saba news agency said.")
    (m,) = headed_by(doc, "agency")
    assert m.actor.cameo == "YEMMED"


def test_intelligence_services_are_spy(resolve, mention, headed_by):
    doc = resolve("The CIA and Mossad shared files, and South Korea's spy agency briefed lawmakers.")
    assert (mention(doc, "CIA").actor.country, mention(doc, "CIA").actor.sector) == ("USA", "SPY")
    assert mention(doc, "Mossad").actor.cameo == "ISRSPY"
    (m,) = headed_by(doc, "agency")
    assert (m.actor.country, m.actor.sector) == ("KOR", "SPY")


def test_officials_of_an_agency_take_its_sector(resolve, headed_by):
    doc = resolve("The NIS officials expected the talks to resume.")
    (m,) = headed_by(doc, "officials")
    assert (m.actor.country, m.actor.sector) == ("KOR", "SPY")


def test_armed_groups(resolve, mention, headed_by):
    doc = resolve("Hamas fighters and Taliban commanders rejected the truce.")
    (fighters,) = headed_by(doc, "fighters")
    assert (fighters.actor.country, fighters.actor.sector) == ("PSE", "REB")
    (commanders,) = headed_by(doc, "commanders")
    assert (commanders.actor.country, commanders.actor.sector) == ("AFG", "REB")


def test_unknown_organisation_gets_country_and_sector_from_its_name(resolve, mention):
    doc = resolve("The Nigerian Union of Teachers called off the strike.")
    m = mention(doc, "Nigerian Union of Teachers")
    assert (m.actor.country, m.actor.sector) == ("NGA", "EDU")


def test_non_governmental_body_without_country_is_ngo(resolve, mention):
    doc = resolve("The Association of African Jurists investigated the prisons.")
    m = mention(doc, "Association of African Jurists")
    assert m.actor.country == "NGO"


def test_acronym_joins_the_organisation_it_abbreviates(resolve, mention):
    doc = resolve("The Coastal Fishers Federation (CFF) said on Monday that the CFF would sue.")
    name = mention(doc, "Coastal Fishers Federation")
    assert mention(doc, "CFF", 1).entity == name.entity


def test_congress_in_a_story_naming_other_countries_only_is_theirs(resolve, mention):
    # Peru, Colombia and the Philippines have a Congress too.
    doc = resolve("LIMA — Peru's government declared an emergency. The president was removed by Congress "
                  "on Wednesday.")
    assert mention(doc, "Congress").actor.cameo == "PERLEG"


@pytest.mark.parametrize("text, name, cameo", [
    # a country written before a shared name, even where the article also names the US
    ("Peru's Congress voted to remove the president, and the US embassy said it was watching.",
     "Peru's Congress", "PERLEG"),
    ("South Korea's Joint Chiefs of Staff said the missile flew 700 km.",
     "South Korea's Joint Chiefs of Staff", "KORMIL"),
    ("The chairman of the Joint Chiefs of Staff flew to Iraq on Monday.", "Joint Chiefs of Staff", "USAMIL"),
])
def test_a_shared_name_is_the_body_of_the_country_written_before_it(resolve, mention, text, name, cameo):
    assert mention(resolve(text), name).actor.cameo == cameo


@pytest.mark.parametrize("text", [
    "Congress passed the bill on Friday after a long night of votes.",
    "The bill that Congress passed would let families of victims sue Saudi Arabia in American courts.",
    "The bill now goes to the US Congress, where it faces a vote in March.",
    "The law makes sure Congress can vote on any future nuclear deal with Iran.",
])
def test_congress_is_the_american_one_unless_a_country_with_its_own_is_named(resolve, text):
    doc = resolve(text)
    (m,) = [m for m in doc.mentions if m.text.endswith("Congress")]
    assert m.actor.cameo == "USALEG"


@pytest.mark.parametrize("text, name", [
    # a city's police, in a story whose country in focus is another
    ("Nigerian investigators worked with the Houston Police Department on the fraud case.",
     "Houston Police Department"),
    # a town the article has placed ("Hammond, Louisiana")
    ("A Nigerian man was charged in the scam. A retired nurse from Hammond, Louisiana, lost $20,000 to it, "
     "the Hammond Police Department said.", "Hammond Police Department"),
])
def test_a_police_department_named_after_a_town_is_that_towns_police(resolve, mention, text, name):
    assert mention(resolve(text), name).actor.cameo == "USACOP"


def test_a_police_title_named_after_a_placed_town_is_that_towns_police(resolve, mention):
    doc = resolve("Nigerian scammers called people in Slidell, La., last week. The Nigerian police said the "
                  "callers were abroad. Slidell Police Chief Dana Ruiz said the money was gone.")
    assert mention(doc, "Slidell Police Chief Dana Ruiz").actor.cameo == "USACOP"


def test_bodies_with_names_of_their_own_are_not_one_body(resolve, mention):
    doc = resolve("The Denver Police Department and the Boston Police Department both said the suspects had fled.")
    assert mention(doc, "Denver Police Department").entity != mention(doc, "Boston Police Department").entity


def test_an_opposition_party_by_name_is_the_opposition(resolve, mention):
    doc = resolve("Sudan's army seized power. The opposition Democratic Renewal Party said the coup must end.")
    assert mention(doc, "opposition Democratic Renewal Party").actor.cameo == "SDNOPP"


@pytest.mark.parametrize("text, company, cameo, place", [
    ("Samsung said it would build a chip plant in Texas next year.", "Samsung", "KORBUS", "Texas"),
    ("Gazprom cut gas deliveries to Poland and Bulgaria on Wednesday.", "Gazprom", "RUSBUS", "Poland"),
    ("Moscow fined Google for failing to delete banned content.", "Google", "USABUS", "Moscow"),
    ("Credit Suisse closed accounts linked to Caracas.", "Credit Suisse", "CHEBUS", "Caracas"),
])
def test_large_companies_are_business_of_their_home_country(resolve, mention, text, company, cameo, place):
    doc = resolve(text)
    assert mention(doc, company).actor.cameo == cameo
    # the place in focus keeps its own country and lends none to the company
    assert mention(doc, place).actor.country != mention(doc, company).actor.country


def test_a_company_home_country_does_not_set_the_country_in_focus(resolve, headed_by):
    doc = resolve("Soldiers in Myanmar detained the party's leaders. A letter posted on the party's Facebook page "
                  "urged people to resist the coup.")
    (people,) = headed_by(doc, "people")
    assert people.actor.country == "MMR"


@pytest.mark.parametrize("text, name, cameo", [
    ("The European Space Agency will send a probe to Jupiter.", "European Space Agency", "IGOESA"),
    ("NASA delayed the launch of its moon rocket.", "NASA", "USAGOV"),
    ("Roscosmos said the crew was safe.", "Roscosmos", "RUSGOV"),
    ("TfL said the line would reopen on Monday.", "TfL", "GBRGOV"),
    ("The Securities and Exchange Commission fined the firm.", "Securities and Exchange Commission", "USAGOV"),
    ("All Nippon Airways cancelled 40 flights.", "All Nippon Airways", "JPNBUS"),
    # outlets and civic groups
    ("Sky News said the vote had been delayed.", "Sky News", "GBRMED"),
    ("According to Yahoo News, the senator had resigned.", "Yahoo News", "USAMED"),
    ("The NAACP called for an inquiry.", "NAACP", "USANGO"),
    ("The Daily Beast reported that the aide had resigned.", "The Daily Beast", "USAMED"),
])
def test_agencies_and_companies_known_by_name(resolve, mention, text, name, cameo):
    assert mention(resolve(text), name).actor.cameo == cameo


def test_a_river_basin_is_not_a_company_of_the_same_name(resolve):
    doc = resolve("Fires spread across the Amazon on Monday, and Brazil's government sent troops.")
    assert all(m.actor.sector != "BUS" for m in doc.mentions)


@pytest.mark.parametrize("text, name, cameo", [
    # US federal agencies are American whatever country the sentence names
    ("The Federal Reserve warned that Chinese tariffs would slow growth.", "Federal Reserve", "USAGOV"),
    ("ICE detained two Honduran men in Dallas on Monday.", "ICE", "USACOP"),
    ("The Centers for Disease Control and Prevention tracked the outbreak from Guinea.",
     "Centers for Disease Control and Prevention", "USAHLH"),
    ("The Congressional Budget Office said the plan would cost Mexico nothing.", "Congressional Budget Office",
     "USALEG"),
])
def test_us_federal_agencies(resolve, mention, text, name, cameo):
    assert mention(resolve(text), name).actor.cameo == cameo
