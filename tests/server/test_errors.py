"""Bad requests get 4xx JSON with a message, never a 500."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("path, params, words", [
    ("/v1/events", {"quad_class": 5}, "quad_class"),
    ("/v1/events", {"quad_class": "x"}, "quad_class"),
    ("/v1/events", {"since": "yesterday"}, "since"),
    ("/v1/events", {"since": "2021-02-30"}, "since"),
    ("/v1/events", {"since": "2021-05-01", "until": "2021-04-01"}, "after"),
    ("/v1/events", {"bbox": "1,2,3"}, "bbox"),
    ("/v1/events", {"bbox": "10,0,5,1"}, "bbox"),
    ("/v1/events", {"bbox": "nan,0,1,1"}, "bbox"),
    ("/v1/events", {"sort": "sentence_text"}, "sort"),
    ("/v1/events", {"limit": 0}, "limit"),
    ("/v1/events", {"limit": 100000}, "limit"),
    ("/v1/events", {"offset": -1}, "offset"),
    ("/v1/events", {"cursor": "not-a-cursor"}, "cursor"),
    ("/v1/events", {"modality": "perhaps"}, "modality"),
    ("/v1/events", {"historical": "maybe"}, "historical"),
    ("/v1/events", {"cameo_root": "99"}, "cameo_root"),
    ("/v1/events", {"cameo": "abc"}, "cameo"),
    ("/v1/events", {"min_confidence": 2}, "min_confidence"),
    ("/v1/events", {"country": ["X"] * 101}, "country"),
    ("/v1/events", {"q": "x" * 501}, "q"),
    ("/v1/stats", {"top": 0}, "top"),
    ("/v1/views/timeline", {"bucket": "hour"}, "bucket"),
    ("/v1/views/network", {"level": "planet"}, "level"),
    ("/v1/export", {"format": "xml"}, "format"),
    ("/v1/export", {"format": "csv", "until": "nope"}, "until"),
    ("/v1/articles", {"has_events": "perhaps"}, "has_events"),
])
def test_bad_parameters_are_422_with_a_message(api, path, params, words):
    r = api.get(path, params=params)
    assert r.status_code == 422, r.text
    body = r.json()
    assert body["status"] == 422 and words in body["message"]


def test_wrong_method_is_405_json(api):
    r = api.delete("/v1/events")
    assert r.status_code == 405 and r.json()["status"] == 405


def test_bad_code_bodies_are_422(api):
    for body in [{}, {"text": ""}, {"text": "   "}, {"text": "x", "published": "not a date"},
                 {"text": "x", "surprise": 1}, {"text": 5}]:
        r = api.post("/v1/code", json=body)
        assert r.status_code == 422, (body, r.text)
        assert r.json()["message"]
    r = api.post("/v1/code", content=b"{not json", headers={"content-type": "application/json"})
    assert r.status_code == 422
