"""Event clusters over HTTP, and the POLECAT/ICEWS exports, against a real uvicorn server."""

from __future__ import annotations

import csv
import io

import pytest

pytestmark = pytest.mark.slow


def all_clusters(api, **params) -> list[dict]:
    out, cursor = [], None
    while True:
        q = {**params, "limit": 7}
        if cursor:
            q["cursor"] = cursor
        r = api.get("/v1/clusters", params=q)
        assert r.status_code == 200, r.text
        page = r.json()
        out.extend(page["clusters"])
        cursor = page["next_cursor"]
        if not cursor:
            return out


def test_every_event_is_in_exactly_one_cluster(api):
    stats = api.get("/v1/stats").json()
    page = api.get("/v1/clusters", params={"limit": 1000}).json()
    assert page["total"] == len(page["clusters"]) == stats["tables"]["clusters"] > 0
    assert sum(c["num_mentions"] for c in page["clusters"]) == stats["total"]
    # The fixture's repeated sentences ("Canada will sanction Brazil") merge across articles.
    merged = [c for c in page["clusters"] if c["num_articles"] > 1]
    assert merged and all(c["num_mentions"] >= c["num_articles"] >= c["num_sources"] >= 1 for c in merged)


def test_cluster_rows_have_type_dates_place_actors_and_counts(api):
    c = api.get("/v1/clusters", params={"sort": "-mentions", "limit": 1}).json()["clusters"][0]
    for key in ("id", "plover_type", "cameo_code", "date_start", "date_end", "date_precision", "place_name",
                "place_lat", "place_lon", "actor_names", "actor_countries", "recipient_names",
                "num_mentions", "num_articles", "num_sources", "first_seen", "last_seen"):
        assert key in c, key
    assert "record" not in c and "seq" not in c
    assert c["num_mentions"] > 1 and isinstance(c["cameo_code"], str) and len(c["cameo_code"]) == 3


@pytest.mark.parametrize("params, check", [
    ({"type": "sanction"}, lambda c: c["plover_type"] == "SANCTION"),
    ({"country": "bra"}, lambda c: "BRA" in c["actor_countries"] + c["recipient_countries"]),
    ({"actor_country": "SGP,JPN"}, lambda c: {"SGP", "JPN"} & set(c["actor_countries"])),
    ({"since": "2021-04-01", "until": "2021-04-10"},
     lambda c: (c["date_end"] or c["last_seen"]) >= "2021-04-01" and (c["date_start"] or c["first_seen"]) <= "2021-04-10"),
    ({"min_articles": 2}, lambda c: c["num_articles"] >= 2),
    ({"historical": "true"}, lambda c: c["historical"] is True),
    ({"modality": "future"}, lambda c: c["modality"] == "future"),
    ({"cameo_root": "4"}, lambda c: c["cameo_root"] == "04"),
])
def test_filters_select_only_matching_clusters(api, params, check):
    everything = api.get("/v1/clusters", params={"limit": 1}).json()["total"]
    page = api.get("/v1/clusters", params={**params, "limit": 1000}).json()
    assert 0 < page["total"] < everything
    assert len(page["clusters"]) == page["total"] and all(check(c) for c in page["clusters"])


@pytest.mark.parametrize("sort", ["date", "-date", "-mentions", "type", "last_seen"])
def test_cursor_paging_visits_every_cluster_once_in_order(api, sort):
    whole = api.get("/v1/clusters", params={"sort": sort, "limit": 1000}).json()["clusters"]
    paged = all_clusters(api, sort=sort)
    assert [c["id"] for c in paged] == [c["id"] for c in whole]
    assert len({c["id"] for c in paged}) == len(paged)


def test_offset_paging(api):
    first = api.get("/v1/clusters", params={"limit": 10}).json()
    second = api.get("/v1/clusters", params={"limit": 10, "offset": first["next_offset"]}).json()
    whole = api.get("/v1/clusters", params={"limit": 20}).json()["clusters"]
    assert [c["id"] for c in first["clusters"] + second["clusters"]] == [c["id"] for c in whole]
    assert first["next_offset"] == 10 and second["offset"] == 10


def test_cluster_detail_lists_its_member_events(api):
    row = api.get("/v1/clusters", params={"sort": "-mentions", "limit": 1}).json()["clusters"][0]
    r = api.get(f"/v1/clusters/{row['id']}")
    assert r.status_code == 200
    detail = r.json()
    assert detail["id"] == row["id"] and detail["num_mentions"] == row["num_mentions"] == detail["members_total"]
    assert [e["id"] for e in detail["events"]] == detail["members"] == [m["event_id"] for m in detail["mentions"]]
    assert [e["member_position"] for e in detail["events"]] == list(range(row["num_mentions"]))
    assert all(e["plover_type"] == row["plover_type"] for e in detail["events"])
    assert len({m["article_id"] for m in detail["mentions"]}) == row["num_articles"]
    # Each member event is also reachable on its own.
    event = api.get(f"/v1/events/{detail['events'][0]['id']}").json()
    assert event["article"]["id"] == detail["mentions"][0]["article_id"]
    cut = api.get(f"/v1/clusters/{row['id']}", params={"members": 2}).json()
    assert len(cut["events"]) == len(cut["mentions"]) == 2 and cut["members_total"] == row["num_mentions"]


def test_missing_cluster_is_404_json(api):
    for cid in ["nope", "c0000000000000000000", "' OR 1=1 --"]:
        r = api.get(f"/v1/clusters/{cid}")
        assert r.status_code == 404 and r.json()["message"].startswith("no cluster")


@pytest.mark.parametrize("path, params", [
    ("/v1/clusters", {"since": "2021-05-01", "until": "2021-04-01"}),
    ("/v1/clusters", {"since": "2021-13-45"}),
    ("/v1/clusters", {"sort": "goldstein"}),
    ("/v1/clusters", {"limit": 0}),
    ("/v1/clusters", {"limit": 1001}),
    ("/v1/clusters", {"min_mentions": 0}),
    ("/v1/clusters", {"cameo_root": "21"}),
    ("/v1/clusters", {"modality": "maybe"}),
    ("/v1/clusters", {"cursor": "garbage"}),
    ("/v1/clusters", {"cursor": "abc", "offset": 3}),
    ("/v1/clusters/x", {"members": 0}),
])
def test_bad_parameters_are_422_json(api, path, params):
    r = api.get(path, params=params)
    assert r.status_code == 422, r.text
    assert r.headers["content-type"].startswith("application/json") and r.json()["message"]


def test_cursor_from_another_query_is_refused(api):
    cursor = api.get("/v1/clusters", params={"limit": 2}).json()["next_cursor"]
    r = api.get("/v1/clusters", params={"limit": 2, "cursor": cursor, "type": "CONSULT"})
    assert r.status_code == 422 and "cursor" in r.json()["message"]


def test_openapi_documents_the_cluster_endpoints(api):
    schema = api.get("/openapi.json").json()
    listing = schema["paths"]["/v1/clusters"]["get"]
    names = {p["name"] for p in listing["parameters"]}
    assert {"type", "country", "since", "until", "sort", "limit", "offset", "cursor"} <= names
    ok = listing["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
    assert ok.endswith("/ClusterPage") and "422" in listing["responses"]
    detail = schema["paths"]["/v1/clusters/{cluster_id}"]["get"]
    assert detail["responses"]["200"]["content"]["application/json"]["schema"]["$ref"].endswith("/ClusterDetail")
    assert "404" in detail["responses"]
    props = schema["components"]["schemas"]["ClusterRow"]["properties"]
    assert {"num_mentions", "num_articles", "num_sources", "date_start", "place_name", "actor_names"} <= set(props)


@pytest.mark.parametrize("fmt, width", [("polecat", 41), ("icews", 20)])
def test_export_polecat_and_icews(api, fmt, width):
    events = api.get("/v1/events", params={"country": "VNM", "limit": 1000}).json()["events"]
    r = api.get("/v1/export", params={"format": fmt, "country": "VNM"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/tab-separated-values")
    assert f"eventwire-events.{fmt}.tsv" in r.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(r.text), delimiter="\t", quoting=csv.QUOTE_NONE))
    assert all(len(line.split("\t")) == width for line in r.text.splitlines())
    # Every fixture event has one actor and one recipient: one row per event in both layouts.
    assert sorted(x["Event ID"] for x in rows) == sorted(e["id"] for e in events)
    codes = {e["id"]: e["cameo_code"] for e in events}
    if fmt == "icews":
        assert all(x["CAMEO Code"] == codes[x["Event ID"]] for x in rows)
        assert all("Vietnam" in (x["Source Country"], x["Target Country"]) for x in rows)
    else:
        assert all("VNM" in (x["Actor Country"], x["Recipient Country"]) for x in rows)
