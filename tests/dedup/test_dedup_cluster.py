"""cluster_events and the Clusterer on events built by hand: what merges, what stays apart."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from dedup_builders import (BAERUM, HANOI, KIM, NORWAY, OSLO, POMPEO, SINGAPORE, TRUMP, VIETNAM,
                            actors, article, event)
from eventwire.dedup import Clusterer, DedupSettings, cluster_events, features, from_event, score
from eventwire.errors import ConfigError

D = dt.date
SUMMIT = D(2018, 6, 12)


def groups(clusters) -> set[frozenset[str]]:
    return {frozenset(c.members) for c in clusters}


def together(clusters, *event_ids: str) -> bool:
    return any(set(event_ids) <= set(c.members) for c in clusters)


def test_same_event_from_two_outlets_is_one_cluster_with_counts():
    a1 = article("a1", "Harbor Times", SUMMIT)
    a2 = article("a2", "Daily Ledger", D(2018, 6, 13))
    e1 = event(a1, "CONSULT", actors(TRUMP), actors(KIM), day=SUMMIT, place=SINGAPORE)
    e2 = event(a2, "CONSULT", actors("USA"), actors("PRK"), day=SUMMIT, place=SINGAPORE, lemma="summit")
    [c] = cluster_events([e1, e2], [a1, a2])
    assert c.members == [e1.id, e2.id]
    assert (c.num_mentions, c.num_articles, c.num_sources) == (2, 2, 2)
    assert (c.first_seen, c.last_seen) == (SUMMIT, D(2018, 6, 13))
    assert c.plover.type == "CONSULT" and c.where.geonameid == SINGAPORE.geonameid
    assert {a.country for a in c.actor + c.recipient} == {"USA", "PRK"}


def test_two_mentions_in_one_article_count_one_article_and_one_source():
    a1 = article("a1", "Harbor Times", SUMMIT)
    e1 = event(a1, "CONSULT", actors("USA"), actors("PRK"), day=SUMMIT, place=SINGAPORE)
    e2 = event(a1, "CONSULT", actors("PRK"), actors("USA"), day=SUMMIT, place=SINGAPORE, lemma="talks")
    [c] = cluster_events([e1, e2], [a1])
    assert (c.num_mentions, c.num_articles, c.num_sources) == (2, 1, 1)


def test_reciprocal_events_match_in_either_direction_but_directed_ones_do_not():
    a1, a2 = article("a1", "X", SUMMIT), article("a2", "Y", SUMMIT)
    met1 = event(a1, "CONSULT", actors("USA"), actors("PRK"), day=SUMMIT, place=SINGAPORE)
    met2 = event(a2, "CONSULT", actors("PRK"), actors("USA"), day=SUMMIT, place=SINGAPORE)
    acc1 = event(a1, "ACCUSE", actors("USA"), actors("CHN"), day=SUMMIT, lemma="accuse")
    acc2 = event(a2, "ACCUSE", actors("CHN"), actors("USA"), day=SUMMIT, lemma="accuse")
    out = cluster_events([met1, met2, acc1, acc2], [a1, a2])
    assert together(out, met1.id, met2.id)
    assert not together(out, acc1.id, acc2.id)


@pytest.mark.parametrize("second", [
    dict(day=D(2018, 6, 22)),                              # ten days later
    dict(place=HANOI),                                     # another city
    dict(recipient=["KOR"]),                               # another counterpart
    dict(actor=[POMPEO]),                                  # another named person, same country
    dict(ptype="ASSAULT"),                                 # an unrelated type
])
def test_different_dates_places_actors_or_types_stay_apart(second):
    a1, a2 = article("a1", "X", D(2018, 6, 25)), article("a2", "Y", D(2018, 6, 25))
    first = event(a1, "CONSULT", actors(TRUMP), actors("PRK"), day=SUMMIT, place=SINGAPORE)
    kw = dict(day=SUMMIT, place=SINGAPORE)
    kw.update({k: v for k, v in second.items() if k in ("day", "place")})
    e2 = event(a2, second.get("ptype", "CONSULT"), actors(*second.get("actor", [TRUMP])),
               actors(*second.get("recipient", ["PRK"])), **kw)
    out = cluster_events([first, e2], [a1, a2])
    assert len(out) == 2


def test_historical_mention_joins_the_original_events_cluster():
    reports = [article(f"r{i}", o, d) for i, (o, d) in enumerate(
        [("Harbor Times", SUMMIT), ("Daily Ledger", SUMMIT), ("Evening Post", D(2019, 2, 28))])]
    singapore = [event(reports[0], "CONSULT", actors(TRUMP), actors(KIM), day=SUMMIT, place=SINGAPORE),
                 event(reports[1], "CONSULT", actors("USA"), actors("PRK"), day=SUMMIT, place=SINGAPORE)]
    hanoi = event(reports[2], "CONSULT", actors(TRUMP), actors(KIM), day=D(2019, 2, 28), place=HANOI)
    later = article("later", "Weekly Review", D(2019, 11, 4))
    look_back = event(later, "CONSULT", actors(TRUMP), actors(KIM), day=D(2018, 1, 1), end=D(2018, 12, 31),
                      precision="year", place=SINGAPORE, historical=True, lemma="summit")
    out = cluster_events([*singapore, hanoi, look_back], [*reports, later])
    assert len(out) == 2
    sg = next(c for c in out if singapore[0].id in c.members)
    assert look_back.id in sg.members and sg.num_articles == 3
    assert sg.when.precision == "day" and sg.when.start == SUMMIT  # the most precise member's date
    assert not sg.historical and sg.last_seen == D(2019, 11, 4)


def test_vague_historical_mention_fitting_two_events_is_not_guessed():
    r1, r2 = article("r1", "X", D(2019, 2, 28)), article("r2", "Y", D(2019, 7, 1))
    hanoi = event(r1, "CONSULT", actors("USA"), actors("PRK"), day=D(2019, 2, 28), place=HANOI)
    dmz = event(r2, "CONSULT", actors("USA"), actors("PRK"), day=D(2019, 6, 30))
    later = article("later", "Z", D(2020, 3, 1))
    vague = event(later, "CONSULT", actors("USA"), actors("PRK"), day=D(2019, 1, 1), end=D(2019, 12, 31),
                  precision="year", historical=True)
    out = cluster_events([hanoi, dmz, vague], [r1, r2, later])
    assert len(out) == 3
    alone = next(c for c in out if vague.id in c.members)
    assert alone.historical and alone.num_mentions == 1


def test_historical_cluster_is_joined_when_the_original_reports_arrive_later():
    later = article("later", "Z", D(2019, 11, 4))
    look_back = event(later, "CONSULT", actors("USA"), actors("PRK"), day=D(2018, 6, 1), end=D(2018, 6, 30),
                      precision="month", place=SINGAPORE, historical=True)
    clusterer = Clusterer()
    first = clusterer.add(from_event(look_back, later))
    assert first.founded and clusterer.clusters()[0].historical
    original = article("orig", "X", SUMMIT)
    report = event(original, "CONSULT", actors(TRUMP), actors(KIM), day=SUMMIT, place=SINGAPORE)
    joined = clusterer.add(from_event(report, original))
    assert joined.cluster_id == first.cluster_id and not joined.founded
    [c] = clusterer.clusters()
    assert not c.historical and c.when.start == SUMMIT and c.first_seen == SUMMIT


@pytest.mark.parametrize("other", ["negated", "hypothetical", "expected", "threatened"])
def test_factual_reports_never_merge_with_negated_or_unrealised_ones(other):
    a1, a2 = article("a1", "X", SUMMIT), article("a2", "Y", SUMMIT)
    fact = event(a1, "CONSULT", actors(TRUMP), actors(KIM), day=SUMMIT, place=SINGAPORE)
    maybe = event(a2, "CONSULT", actors(TRUMP), actors(KIM), day=SUMMIT, place=SINGAPORE, modality=other)
    assert len(cluster_events([fact, maybe], [a1, a2])) == 2


def test_two_reports_of_a_planned_meeting_merge():
    a1, a2 = article("a1", "X", D(2019, 2, 10)), article("a2", "Y", D(2019, 2, 12))
    plan1 = event(a1, "CONSULT", actors("USA"), actors("PRK"), place=HANOI, modality="expected")
    plan2 = event(a2, "CONSULT", actors("PRK"), actors("USA"), place=HANOI, modality="future")
    [c] = cluster_events([plan1, plan2], [a1, a2])
    assert c.modality in ("expected", "future")


def test_type_and_date_alone_do_not_merge_without_actors_or_place():
    a1, a2 = article("a1", "X", SUMMIT), article("a2", "Y", SUMMIT)
    p1 = event(a1, "PROTEST", [], [], day=SUMMIT, lemma="protest")
    p2 = event(a2, "PROTEST", [], [], day=SUMMIT, lemma="protest")
    assert len(cluster_events([p1, p2], [a1, a2])) == 2
    # The same two reports placed in one city are one protest.
    p1.where = p2.where = OSLO
    assert len(cluster_events([p1, p2], [a1, a2])) == 1


def test_related_types_merge_on_strong_evidence_and_places_nest():
    a1, a2 = article("a1", "X", D(2020, 3, 2)), article("a2", "Y", D(2020, 3, 2))
    strike = event(a1, "ASSAULT", actors("TUR"), actors("SYR"), day=D(2020, 3, 1), place=BAERUM, lemma="strike")
    seize = event(a2, "COERCE", actors("TUR"), actors("SYR"), day=D(2020, 3, 1), place=OSLO, lemma="shell")
    [c] = cluster_events([strike, seize], [a1, a2])
    assert c.where.geonameid == OSLO.geonameid  # the more resolved place (city over admin2)
    country_level = event(a2, "ASSAULT", actors("TUR"), actors("SYR"), day=D(2020, 3, 1), place=NORWAY)
    elsewhere = event(a2, "ASSAULT", actors("TUR"), actors("SYR"), day=D(2020, 3, 1), place=VIETNAM)
    out = cluster_events([strike, country_level, elsewhere], [a1, a2])
    assert together(out, strike.id, country_level.id) and not together(out, strike.id, elsewhere.id)


def test_undated_reports_merge_only_within_days_of_each_other():
    arts = [article("a1", "X", D(2021, 5, 3)), article("a2", "Y", D(2021, 5, 5)), article("a3", "Z", D(2021, 5, 30))]
    evs = [event(a, "AGREE", actors("NOR"), actors("VNM"), lemma="sign") for a in arts]
    out = cluster_events(evs, arts)
    assert together(out, evs[0].id, evs[1].id) and not together(out, evs[0].id, evs[2].id)


def test_result_does_not_depend_on_input_order():
    arts = [article(f"a{i}", f"outlet{i % 3}", D(2021, 5, 1 + i % 4)) for i in range(8)]
    evs = []
    for i, a in enumerate(arts):
        evs.append(event(a, "AGREE", actors("NOR"), actors("VNM"), place=OSLO, lemma="sign"))
        evs.append(event(a, "CONSULT", actors("USA"), actors("CHN" if i % 2 else "PRK"), day=D(2021, 5, 1)))
    base = groups(cluster_events(evs, arts))
    for seed in range(3):
        shuffled = evs[:]
        random.Random(seed).shuffle(shuffled)
        assert groups(cluster_events(shuffled, arts)) == base


def test_incremental_adds_join_existing_clusters_and_repeats_change_nothing():
    a1, a2 = article("a1", "X", SUMMIT), article("a2", "Y", SUMMIT)
    e1 = from_event(event(a1, "CONSULT", actors("USA"), actors("PRK"), day=SUMMIT, place=SINGAPORE), a1)
    e2 = from_event(event(a2, "CONSULT", actors("USA"), actors("PRK"), day=SUMMIT, place=SINGAPORE), a2)
    c = Clusterer()
    first = c.add(e1)
    second = c.add(e2)
    assert second.cluster_id == first.cluster_id and second.score is not None
    assert c.add(e2) == second and len(c) == 1 and c.clusters()[0].num_mentions == 2


def test_score_explains_itself():
    a1, a2 = article("a1", "X", SUMMIT), article("a2", "Y", SUMMIT)
    s = DedupSettings.load()
    e1 = from_event(event(a1, "CONSULT", actors(TRUMP), actors(KIM), day=SUMMIT, place=SINGAPORE), a1)
    e2 = from_event(event(a2, "CONSULT", actors(KIM), actors(TRUMP), day=SUMMIT, place=SINGAPORE), a2)
    sc = score(features(e1, s), features(e2, s), s)
    parts = dict(sc.parts)
    assert sc.anchored and parts["actors"] == 1.0 and parts["identity"] > 0 and parts["place"] == 1.0
    assert parts["date"] > 0 and sc.total >= s.merge_threshold


def test_settings_can_be_overridden_but_not_misspelt():
    a1, a2 = article("a1", "X", SUMMIT), article("a2", "Y", SUMMIT)
    e1 = event(a1, "CONSULT", actors("USA"), actors("PRK"), day=SUMMIT, place=SINGAPORE)
    e2 = event(a2, "CONSULT", actors("USA"), actors("PRK"), day=SUMMIT, place=SINGAPORE)
    assert len(cluster_events([e1, e2], [a1, a2])) == 1
    strict = DedupSettings.load(merge_threshold=10.0)
    assert len(cluster_events([e1, e2], [a1, a2], settings=strict)) == 2
    with pytest.raises(ConfigError):
        DedupSettings.load(merge_treshold=1.0)


def test_two_acts_in_one_article_stay_two_events_but_a_re_mention_merges():
    a1 = article("a1", "X", D(2022, 7, 14))
    emergency = event(a1, "COERCE", actors("NOR"), [], day=D(2022, 7, 13), place=OSLO, code="1724", lemma="declare")
    curfew = event(a1, "COERCE", actors("NOR"), [], day=D(2022, 7, 13), place=OSLO, code="1721", lemma="impose")
    again = event(a1, "COERCE", actors("NOR"), [], day=D(2022, 7, 13), place=OSLO, code="1724", lemma="emergency")
    out = cluster_events([emergency, curfew, again], [a1])
    assert together(out, emergency.id, again.id) and not together(out, emergency.id, curfew.id)
    # The same two acts reported by two outlets do merge: the rule is about one article.
    a2 = article("a2", "Y", D(2022, 7, 14))
    curfew2 = event(a2, "COERCE", actors("NOR"), [], day=D(2022, 7, 13), place=OSLO, code="1721", lemma="impose")
    assert together(cluster_events([curfew, curfew2], [a1, a2]), curfew.id, curfew2.id)


def test_a_span_since_some_year_does_not_absorb_a_dated_event():
    a1, a2 = article("a1", "X", D(2021, 3, 16)), article("a2", "Y", D(2021, 3, 16))
    raid = event(a1, "ASSAULT", actors("NOR"), actors("NOR"), day=D(2021, 3, 15), place=OSLO, lemma="kill")
    toll = event(a2, "ASSAULT", actors("NOR"), actors("NOR"), day=D(2009, 1, 1), place=OSLO, lemma="kill",
                 historical=True)
    toll.when.end = None  # "since 2009": open-ended
    toll.when.modifier = "on_or_after"
    assert len(cluster_events([raid, toll], [a1, a2])) == 2


@pytest.mark.parametrize("name, same", [
    ("Comedian Ellen Marsh", True),      # a title or description before the name
    ("Marsh", True),                     # re-mentioned by last name
    ("Peter Quill", False),              # another person
])
def test_named_people_match_across_name_variants(name, same):
    from eventwire.model import Actor

    a1, a2 = article("a1", "X", SUMMIT), article("a2", "Y", SUMMIT)
    host = Actor("Ellen Marsh", "Ellen Marsh", country="NOR", kind="person")
    other = Actor(name, name, country="NOR", kind="person")
    e1 = event(a1, "CONSULT", [host], actors("VNM"), day=SUMMIT, lemma="host")
    e2 = event(a2, "CONSULT", [other], actors("VNM"), day=SUMMIT, lemma="host")
    assert (len(cluster_events([e1, e2], [a1, a2])) == 1) is same
