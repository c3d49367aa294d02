"""Small pure pieces of the server: address checks, the write rule, bbox and cursor parsing."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.server.errors import ApiError
from eventwire.server.params import parse_bbox
from eventwire.server.queries import decode_cursor, encode_cursor
from eventwire.server.state import WritePolicy, is_loopback


@pytest.mark.parametrize("host, expected", [
    ("127.0.0.1", True), ("127.5.6.7", True), ("::1", True), ("[::1]", True), ("localhost", True),
    ("0.0.0.0", False), ("::", False), ("192.168.1.2", False), ("example.org", False), (None, True),
])
def test_is_loopback(host, expected):
    assert is_loopback(host) is expected


def test_write_policy():
    assert WritePolicy(host="127.0.0.1").check(None) is None
    assert WritePolicy(host="0.0.0.0").check("Bearer x")[0] == 403
    p = WritePolicy(token="t0k", host="0.0.0.0")
    assert p.check(None)[0] == 401 and p.check("Bearer nope")[0] == 401 and p.check("bearer t0k") is None
    assert WritePolicy(token="t0k", host="127.0.0.1").check(None)[0] == 401  # a set token is always asked for
    assert WritePolicy(read_only=True).check(None)[0] == 403


def test_bbox():
    assert parse_bbox("100, -5, 110.5, 5") == (100.0, -5.0, 110.5, 5.0)
    for bad in ["1,2,3", "a,b,c,d", "0,0,200,1", "5,0,1,1", "0,inf,1,1"]:
        with pytest.raises(ApiError):
            parse_bbox(bad)


def test_cursor_round_trip_and_tampering():
    for key in [dt.date(2021, 3, 4), 2.5, "CONSULT", None]:
        c = encode_cursor(key, "e1", "fp")
        assert decode_cursor(c, "fp") == (key, "e1")
    with pytest.raises(ApiError):
        decode_cursor(encode_cursor(1.0, "e1", "fp"), "other")
    for bad in ["", "!!!", "e30", encode_cursor(1.0, "e1", "fp")[:-3]]:
        with pytest.raises(ApiError):
            decode_cursor(bad, "fp")
