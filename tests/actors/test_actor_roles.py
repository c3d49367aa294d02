"""Role nouns -> PLOVER sectors, and the contract of the mention layer."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("sentence", "head", "sector"),
    [
        ("Police fired tear gas in Cairo.", "Police", "COP"),
        ("Protesters blocked the road near Lagos.", "Protesters", "CVL"),
        ("Rebels seized two towns in eastern Congo.", "Rebels", "REB"),
        ("Lawmakers in Kenya rejected the budget.", "Lawmakers", "LEG"),
        ("Journalists in Turkey were detained.", "Journalists", "JRN"),
        ("Farmers in India marched on the capital.", "Farmers", "AGR"),
        ("Students in Chile occupied the campus.", "Students", "EDU"),
        ("Refugees in Jordan asked for more food.", "Refugees", "REF"),
        ("Doctors in Gaza treated the wounded.", "Doctors", "MED"),
        ("Unknown gunmen attacked a checkpoint in Iraq.", "gunmen", "UAF"),
        ("Security forces in Guinea arrested dozens.", "forces", "COP"),
    ],
)
def test_role_nouns_give_sectors_and_the_country_from_in_phrases(resolve, headed_by, sentence, head, sector):
    doc = resolve(sentence)
    ms = headed_by(doc, head)
    assert ms, [m.text for m in doc.mentions]
    assert ms[0].actor.sector == sector
    assert ms[0].actor.country is not None


def test_weak_role_takes_the_sector_of_its_modifier(resolve, headed_by):
    doc = resolve("The rebel leader and an army officer met a police spokesman.")
    assert headed_by(doc, "leader")[0].actor.sector == "REB"
    assert headed_by(doc, "officer")[0].actor.sector == "MIL"
    assert headed_by(doc, "spokesman")[0].actor.sector == "COP"


def test_state_body_without_country_takes_the_country_in_focus(resolve, headed_by):
    doc = resolve("Violence spread across Kenya. The police said six people were arrested.")
    (m,) = headed_by(doc, "police")
    assert (m.actor.country, m.actor.sector) == ("KEN", "COP")


@pytest.mark.parametrize("text, country", [
    # nothing in this sentence or the one before: the country the article is about
    ("A truck drove into a crowd in Lyon, France, on Sunday. French ministers met overnight. "
     "The fire burned until dawn. The police said the driver had been arrested.", "FRA"),
    # two countries written as often: none stands out
    ("Kenya and Uganda signed a trade deal. Kenyan and Ugandan ministers praised it. "
     "The fire burned until dawn. The police said the driver had been arrested.", None),
    # one mention does not make a story's country
    ("A truck drove into a crowd in Lyon on Sunday. The fire burned until dawn. "
     "The police said the driver had been arrested.", None),
])
def test_state_body_far_from_any_country_takes_the_country_the_article_is_about(resolve, headed_by, text, country):
    (m,) = headed_by(resolve(text), "police")
    assert (m.actor.country, m.actor.sector) == (country, "COP")


def test_a_british_police_title_is_police(resolve, mention):
    doc = resolve("Deputy Chief Constable Jane Wood said two men were held.")
    assert mention(doc, "Deputy Chief Constable Jane Wood").actor.sector == "COP"


def test_body_of_another_body_is_that_body(resolve, headed_by):
    doc = resolve("Members of the Democratic Party of Freedonia walked out.")
    (m,) = headed_by(doc, "Members")
    assert m.actor.sector == "PTY"


def test_led_by_a_country(resolve, headed_by):
    doc = resolve("Saudi-led forces struck the port.")
    (m,) = headed_by(doc, "forces")
    assert (m.actor.country, m.actor.sector) == ("SAU", "MIL")


def test_military_equipment_is_military(resolve, headed_by):
    doc = resolve("Israeli warplanes struck targets overnight.")
    (m,) = headed_by(doc, "warplanes")
    assert (m.actor.country, m.actor.sector) == ("ISR", "MIL")


def test_adjective_use_of_a_role_word_is_no_actor(resolve):
    doc = resolve("The country received military aid.")
    assert all(m.actor.sector != "MIL" for m in doc.mentions)


def test_mentions_use_token_indices_and_keep_actor_copies(resolve):
    doc = resolve("Israeli police arrested two men in Jerusalem.")
    assert doc.doc is not None
    for m in doc.mentions:
        assert 0 <= m.start <= m.head < m.end <= len(doc.doc) or m.start <= m.head
        assert m.text == doc.doc[m.start:m.end].text
        assert m.actor is not None and m.actor.text == m.text
        assert m.actor.entity == m.entity
        assert doc.entities[m.entity].entity == m.entity
    # The entity record lists every span; a mention's actor lists its own.
    assert all(len(m.actor.spans) == 1 for m in doc.mentions)
    assert doc.mention_at(1) is not None  # "police" is covered


def test_empty_document():
    from eventwire.actors.stage import resolve_actors
    from eventwire.document import Document
    from eventwire.model import Article
    from eventwire.nlp import load_model

    doc = Document(Article(id="empty", text=""), doc=load_model()(""))
    resolve_actors(doc)
    assert doc.mentions == [] and doc.entities == []


def test_protest_leaders_are_civilians_not_officials(resolve, headed_by):
    # "leader" alone is a state office by default; the protest makes them civilians.
    (m,) = headed_by(resolve("Protest leaders in Colombo said the sit-in would continue."), "leaders")
    assert (m.actor.country, m.actor.sector) == ("LKA", "CVL")


@pytest.mark.parametrize("text, cameo", [
    ("A spokesman for the Polish border guard said 48 people were detained.", "POLMIL"),
    ("A spokeswoman for Hamas said the truce was holding in the south.", "PSEREB"),
])
def test_a_spokesman_for_a_body_is_coded_as_the_body(resolve, headed_by, text, cameo):
    (m,) = headed_by(resolve(text), text.split()[1])
    assert m.actor.cameo == cameo


def test_other_roles_for_a_body_are_not_the_body(resolve, headed_by):
    (m,) = headed_by(resolve("A lawyer for the Polish border guard said the case was closed."), "lawyer")
    assert m.actor.sector != "MIL"


@pytest.mark.parametrize("text, head", [
    ("Two fighters were killed in the strikes near Sanaa, a military spokesman said.", "spokesman"),
    ("The military officials in Kabul said two soldiers had died.", "officials"),
])
def test_an_adjective_naming_a_body_gives_a_weak_role_its_sector(resolve, headed_by, text, head):
    (m,) = headed_by(resolve(text), head)
    assert m.actor.sector == "MIL"


def test_a_rank_used_as_an_adjective_gives_no_sector(resolve, headed_by):
    # "major" and "general" are military ranks only as titles
    doc = resolve("One of the two major candidates spoke in Helsinki, and the general chairman agreed.")
    assert all(m.actor.sector != "MIL" for m in doc.mentions)


@pytest.mark.parametrize("source, cameo", [
    ("A military source", "EGYMIL"),
    ("A judicial source", "EGYJUD"),
    ("Security sources", "EGYCOP"),
    ("A senior security source", "EGYCOP"),
    ("Official sources", "EGYGOV"),
    ("Medical sources", "EGYHLH"),
    ("A government source", "EGYGOV"),
    # diplomats may be anyone's: the sector, but not the country in focus
    ("Diplomatic sources", None),
])
def test_an_anonymous_source_takes_the_sector_of_its_modifier(resolve, headed_by, source, cameo):
    doc = resolve(f"Egyptian troops moved into Sinai on Monday. {source} said the operation would last a week.")
    head = source.split()[-1]
    (m,) = headed_by(doc, head)
    assert m.actor.cameo == cameo
    assert m.actor.kind == ("person" if head == "source" else "group")


def test_a_source_without_a_sector_word_is_no_actor(resolve):
    doc = resolve("Egyptian troops moved into Sinai on Monday. The source of the leak is unknown.")
    assert all("source" not in m.text for m in doc.mentions)


@pytest.mark.parametrize("people", ["European officials", "Arab officials", "Two senior Western European officials"])
def test_a_wider_region_is_not_the_country_in_focus(resolve, headed_by, people):
    doc = resolve(f"Egyptian troops moved into Sinai on Monday. {people} said the operation would last a week.")
    (m,) = headed_by(doc, people.split()[-1])
    assert m.actor.country is None


@pytest.mark.parametrize("people, country", [
    ("Latin American leaders", None),
    ("South American officials", None),
    ("Peruvian officials", "PER"),
    ("African-American voters", "USA"),
])
def test_americans_of_a_continent_are_not_the_united_states(resolve, headed_by, people, country):
    doc = resolve(f"The summit opened in Lima on Monday. {people} said the talks would go on.")
    (m,) = headed_by(doc, people.split()[-1])
    assert m.actor.country == country


@pytest.mark.parametrize("text, head, country", [
    ("The Chinese Consulate General in Lyon said two citizens were hurt.", "General", "CHN"),
    ("The Indian consul general visited the injured in Lyon.", "general", "IND"),
    ("The inspector general opened an inquiry into the Interior Department.", "general", None),
])
def test_a_general_after_an_office_is_no_soldier(resolve, headed_by, text, head, country):
    (m,) = headed_by(resolve(text), head)
    assert (m.actor.country, m.actor.sector) == (country, "GOV")
