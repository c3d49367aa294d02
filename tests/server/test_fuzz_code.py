"""Property-based fuzz of POST /v1/code bodies: any JSON gets a 2xx or a 4xx, never a 5xx."""

from __future__ import annotations

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.slow

SCALAR = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=60))
FIELD = st.one_of(SCALAR, st.lists(SCALAR, max_size=3), st.dictionaries(st.text(max_size=5), SCALAR, max_size=2))
TEXT = st.one_of(st.text(max_size=300), st.sampled_from([
    "Norway met Chile in Oslo on 2 March 2021.", "Japan attacked Kenya.\x00", "\u202e\u200b", " \n\t ",
    "Ghana threatened Peru on 31 February 2021.", "Chile accused Ghana in Accra in Smarch 2021.",
]))
BODY = st.fixed_dictionaries({}, optional={
    "text": st.one_of(TEXT, FIELD), "published": st.one_of(st.sampled_from(["2021-03-04", "yesterday", "2021-02-30",
                                                                             "Tue, 04 Nov 2019 10:00:00 +0900", ""]), FIELD),
    "title": FIELD, "url": FIELD, "outlet": FIELD, "id": FIELD, "store": st.one_of(st.booleans(), FIELD),
    "extra": FIELD,
})


def test_code_bodies_never_fail_the_server(start_server):
    srv = start_server()

    @settings(max_examples=60, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
    @given(body=BODY)
    def run(body):
        with httpx.Client(base_url=srv.url, timeout=60) as c:
            r = c.post("/v1/code", json=body)
        assert r.status_code < 500, (body, r.status_code, r.text[:300])
        if r.status_code == 200:
            art = r.json()
            assert art["text"] and all(art["text"][e["trigger"]["start"]:e["trigger"]["end"]] == e["trigger"]["text"]
                                       for e in art["events"])

    run()
