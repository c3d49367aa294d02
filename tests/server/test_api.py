"""The read API against a real uvicorn server on the fixture store."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pytest

pytestmark = pytest.mark.slow


def all_events(api, **params) -> list[dict]:
    out, cursor = [], None
    while True:
        q = {**params, "limit": 1000}
        if cursor:
            q["cursor"] = cursor
        page = api.get("/v1/events", params=q).json()
        out.extend(page["events"])
        cursor = page["next_cursor"]
        if not cursor:
            return out


def test_stats_add_up(api):
    stats = api.get("/v1/stats").json()
    assert stats["total"] == stats["tables"]["events"] > 50
    assert sum(r["n"] for r in stats["by_type"]) == stats["total"]
    assert sum(r["n"] for r in stats["by_day"]) == stats["total"]
    assert {r["key"] for r in stats["by_quad_class"]} <= {1, 2, 3, 4}
    singapore = next(r["n"] for r in stats["by_country"] if r["key"] == "SGP")
    assert api.get("/v1/events", params={"country": "SGP", "limit": 1}).json()["total"] == singapore


def test_stats_count_events_by_original_claimant(api):
    stats = api.get("/v1/stats", params={"top": 1000}).json()
    by_claimant = {r["key"]: r["n"] for r in stats["by_claimant"]}
    assert sum(by_claimant.values()) == stats["total"]
    named = [k for k in by_claimant if k is not None]
    assert None in by_claimant and named  # articles with no outlet known, and named claimants
    for name in named[:3]:
        events = all_events(api, claimant=name)
        assert len(events) >= by_claimant[name]
        assert sum(e["claimant"] == name for e in events) == by_claimant[name]


def test_stats_count_events_by_how_they_are_sourced(api):
    stats = api.get("/v1/stats", params={"top": 1000}).json()
    for field in ("by_claimant_code", "by_sourcing", "by_media_code"):
        assert sum(r["n"] for r in stats[field]) == stats["total"], field
    sourcing = {r["key"] for r in stats["by_sourcing"]}
    assert "(the article itself)" in sourcing and sourcing <= {"(the article itself)", "anonymous", "not anonymous"}
    one_country = api.get("/v1/stats", params={"country": "SGP", "top": 1000}).json()
    assert sum(r["n"] for r in one_country["by_media_code"]) == one_country["total"] < stats["total"]


@pytest.mark.parametrize("params, check", [
    ({"country": "sgp"}, lambda e: "SGP" in e["actor_countries"] + e["recipient_countries"]),
    ({"actor_country": "JPN,KEN"}, lambda e: {"JPN", "KEN"} & set(e["actor_countries"])),
    ({"recipient_country": ["NOR", "CHL"]}, lambda e: {"NOR", "CHL"} & set(e["recipient_countries"])),
    ({"quad_class": 4}, lambda e: e["quad_class"] == 4),
    ({"type": "consult"}, lambda e: e["plover_type"] == "CONSULT"),
    ({"cameo_root": "4"}, lambda e: e["cameo_root"] == "04"),
    ({"modality": "reported"}, lambda e: e["modality"] == "reported"),
    ({"historical": "true"}, lambda e: e["historical"] is True),
    ({"since": "2021-04-01", "until": "2021-04-10"}, lambda e: "2021-04-01" <= e["date_start"] <= "2021-04-10"),
    ({"bbox": "103,0,105,2"}, lambda e: e["place_name"] == "Singapore"),
    ({"q": "TOKYO"}, lambda e: "Tokyo" in e["sentence_text"]),
    ({"claimant": "defence"}, lambda e: e["claimant"] == "Defence Ministry"),
    ({"actor": "ghana"}, lambda e: "Ghana" in e["actor_names"] + e["recipient_names"]),
])
def test_filters_select_only_matching_events(api, params, check):
    page = api.get("/v1/events", params={**params, "limit": 1000}).json()
    assert 0 < page["total"] < api.get("/v1/stats").json()["total"]
    assert len(page["events"]) == page["total"]
    assert all(check(e) for e in page["events"])


def test_free_text_is_matched_literally(api):
    # SQL and LIKE metacharacters are plain text, never syntax or wildcards.
    for q in ["%", "_", "' OR 1=1 --", "Tokyo'; DROP TABLE events; --"]:
        r = api.get("/v1/events", params={"q": q})
        assert r.status_code == 200 and r.json()["total"] == 0
    assert api.get("/v1/stats").json()["tables"]["events"] > 0


def test_sorting(api):
    events = api.get("/v1/events", params={"sort": "-date", "limit": 1000}).json()["events"]
    keys = [e["date_start"] or e["published_date"] for e in events]
    assert keys == sorted(keys, reverse=True)
    gold = [e["goldstein"] for e in api.get("/v1/events", params={"sort": "goldstein", "limit": 1000}).json()["events"]]
    assert gold == sorted(gold)


@pytest.mark.parametrize("sort", ["date", "-date", "type", "-goldstein", "id"])
def test_cursor_paging_visits_every_event_once_in_order(api, sort):
    whole = api.get("/v1/events", params={"sort": sort, "limit": 1000}).json()
    ids, cursor, pages = [], None, 0
    while True:
        params = {"sort": sort, "limit": 7, **({"cursor": cursor} if cursor else {})}
        page = api.get("/v1/events", params=params).json()
        ids += [e["id"] for e in page["events"]]
        pages += 1
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert ids == [e["id"] for e in whole["events"]]
    assert pages == -(-whole["total"] // 7)


def test_offset_paging(api):
    whole = [e["id"] for e in api.get("/v1/events", params={"limit": 1000}).json()["events"]]
    first = api.get("/v1/events", params={"limit": 10}).json()
    second = api.get("/v1/events", params={"limit": 10, "offset": first["next_offset"]}).json()
    assert [e["id"] for e in first["events"] + second["events"]] == whole[:20]
    last = api.get("/v1/events", params={"limit": 10, "offset": len(whole) - 3}).json()
    assert len(last["events"]) == 3 and last["next_offset"] is None


def test_cursor_from_another_query_is_refused(api):
    cursor = api.get("/v1/events", params={"limit": 2}).json()["next_cursor"]
    r = api.get("/v1/events", params={"limit": 2, "cursor": cursor, "country": "SGP"})
    assert r.status_code == 422 and "cursor" in r.json()["message"]
    r = api.get("/v1/events", params={"cursor": cursor, "offset": 5})
    assert r.status_code == 422


def test_event_and_article_detail(api):
    row = api.get("/v1/events", params={"q": "Singapore", "limit": 1}).json()["events"][0]
    event = api.get(f"/v1/events/{row['id']}").json()
    assert event["id"] == row["id"] and event["article"]["id"] == row["article_id"]
    assert event["where"]["name"] == row["place_name"]
    article = api.get(f"/v1/articles/{row['article_id']}").json()
    text = article["text"]
    assert article["events"] and all(e["article_id"] == article["id"] for e in article["events"])
    for e in article["events"]:  # every span points at its own words in the text
        assert text[e["trigger"]["start"]:e["trigger"]["end"]] == e["trigger"]["text"]
        for a in e["actor"] + e["recipient"]:
            assert all(text[s["start"]:s["end"]] == s["text"] for s in a["spans"])
        if e["when"] and e["when"]["span"]:
            assert text[e["when"]["span"]["start"]:e["when"]["span"]["end"]] == e["when"]["text"]
    assert [s[0] for s in article["sentences"]] == sorted(s[0] for s in article["sentences"])
    assert article["places"] and article["timexes"]


def test_missing_things_are_404_json(api):
    for path in ["/v1/events/nope", "/v1/articles/nope", "/v1/nothing-here"]:
        r = api.get(path)
        assert r.status_code == 404
        assert r.headers["content-type"].startswith("application/json") and r.json()["message"]


def test_articles_list(api):
    page = api.get("/v1/articles", params={"limit": 5}).json()
    assert page["total"] == 40 and len(page["articles"]) == 5 and page["next_offset"] == 5
    dated = api.get("/v1/articles", params={"since": "2021-04-01", "limit": 1000}).json()
    assert dated["total"] == len(dated["articles"]) > 0
    assert all(a["published"] >= "2021-04-01" for a in dated["articles"])
    assert api.get("/v1/articles", params={"q": "wire 7", "limit": 1000}).json()["total"] == 1


def test_views_match_the_events(api):
    total = api.get("/v1/stats").json()["total"]
    auto = api.get("/v1/views/timeline").json()
    assert auto["bucket"] == "day" and auto["by"] == "quad"  # two months of news: daily bars
    assert sum(r["n"] for r in auto["rows"]) == total
    tl = api.get("/v1/views/timeline", params={"bucket": "week", "by": "type"}).json()
    assert all(dt.date.fromisoformat(r["date"]).weekday() == 0 for r in tl["rows"])  # weeks start on Monday
    assert sum(r["n"] for r in tl["rows"]) == total
    assert all(r["date"] for r in tl["rows"])
    geo = api.get("/v1/views/map", params={"country": "SGP"}).json()
    sgp = api.get("/v1/events", params={"country": "SGP", "limit": 1}).json()["total"]
    assert geo["involved"]["SGP"] == sgp
    assert sum(p["n"] for p in geo["points"]) == sgp  # every fixture event has a place
    net = api.get("/v1/views/network", params={"country": "SGP"}).json()
    assert net["edges"] and all("SGP" in (e["source"], e["target"]) for e in net["edges"])
    assert all(e["cooperation"] + e["conflict"] == e["n"] for e in net["edges"])
    actors = api.get("/v1/views/network", params={"level": "actor"}).json()
    assert {n["label"] for n in actors["nodes"]} >= {"Singapore", "Japan"}


def test_export_formats(api):
    n = api.get("/v1/events", params={"country": "VNM", "limit": 1}).json()["total"]
    r = api.get("/v1/export", params={"format": "plover", "country": "VNM"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/x-ndjson")
    lines = [json.loads(x) for x in r.text.splitlines()]
    assert len(lines) == n
    r = api.get("/v1/export", params={"format": "gdelt", "country": "VNM"})
    rows = r.text.splitlines()
    assert len(rows) == n and all(len(x.split("\t")) == 61 for x in rows)
    r = api.get("/v1/export", params={"format": "csv"})
    table = list(csv.DictReader(io.StringIO(r.text)))
    assert len(table) == api.get("/v1/stats").json()["total"] and "plover_type" in table[0]


def test_export_streams_large_output_in_chunks(api):
    with api.stream("GET", "/v1/export", params={"format": "plover"}) as r:
        chunks = list(r.iter_bytes())
    body = b"".join(chunks)
    assert body.count(b"\n") == api.get("/v1/stats").json()["total"]
    assert r.headers.get("content-length") is None  # streamed, not buffered whole


def test_openapi_and_offline_docs(api):
    schema = api.get("/openapi.json").json()
    for path in ["/v1/code", "/v1/events", "/v1/events/{event_id}", "/v1/articles", "/v1/articles/{article_id}",
                 "/v1/stats", "/v1/export"]:
        assert path in schema["paths"], path
    names = {p["name"] for p in schema["paths"]["/v1/events"]["get"]["parameters"]}
    assert {"country", "quad_class", "since", "until", "bbox", "claimant", "q", "sort", "cursor", "offset"} <= names
    docs = api.get("/docs").text
    assert "/static/vendor/swagger-ui-bundle.js" in docs and "cdn" not in docs.lower()
    assert api.get("/static/vendor/swagger-ui-bundle.js").status_code == 200


def test_dashboard_page_loads_nothing_from_elsewhere(api):
    r = api.get("/")
    assert r.status_code == 200
    assert "default-src 'self'" in r.headers["content-security-policy"]
    assert "http://" not in r.text and "https://" not in r.text
    for asset in ["/static/vendor/d3.min.js", "/static/vendor/topojson-client.min.js",
                  "/static/vendor/countries-50m.json", "/static/js/main.js", "/static/css/app.css"]:
        assert api.get(asset).status_code == 200, asset


def test_world_geometry_has_singapore(api):
    topo = api.get("/static/vendor/countries-50m.json").json()
    names = {g["properties"]["name"]: g.get("id") for g in topo["objects"]["countries"]["geometries"]}
    assert names["Singapore"] == "702"
    meta = api.get("/v1/meta").json()
    assert {"iso3": "SGP", "numeric": "702"}.items() <= next(c for c in meta["countries"] if c["iso3"] == "SGP").items()
