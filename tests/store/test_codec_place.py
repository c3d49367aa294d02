"""A Place read back from its stored JSON form keeps every field, including the flags the
geo stage sets (approximate, admin1_code)."""

from eventwire.model import Place, Span, to_dict
from eventwire.store.codec import place_from


def test_place_round_trip_keeps_approximate_and_admin1_code():
    p = Place("Hertford Road", "Edmonton", 2650209, 51.6154, -0.0708, "GBR", "England", "P", "PPL", 5,
              Span(10, 23, 1, "Hertford Road"), approximate=True, admin1_code=None)
    back = place_from(to_dict(p))
    assert back == p and back.approximate is True

    q = Place("Austin", "Austin", 4671654, 30.26715, -97.74306, "USA", "Texas", "P", "PPLA", 4,
              admin1_code="USTX")
    back = place_from(to_dict(q))
    assert back == q and back.admin1_code == "USTX" and back.approximate is False
