"""Names the gazetteer lacks: places named inside them, and the article's local focus."""

from __future__ import annotations

from eventwire.geo.disambiguate import Toponym, resolve_all
from eventwire.model import Span


def _t(text: str, start: int, fallback: bool = True) -> Toponym:
    return Toponym(text, span=Span(start, start + len(text)), local_fallback=fallback)


def test_place_named_inside_an_organisation():
    (p,) = resolve_all([_t("Bank of Japan", 0)])
    assert p.country == "JPN" and p.approximate and p.resolution >= 3


def test_local_feature_takes_the_article_focus():
    out = resolve_all([_t("Denver", 0), _t("Boulder", 20), _t("Larimer Street", 40)])
    street = out[2]
    assert street.approximate and street.name == "Boulder" and street.admin1 == "Colorado"
    assert street.text == "Larimer Street"


def test_river_is_not_the_state_it_is_named_after():
    out = resolve_all([_t("Memphis", 0), _t("Mississippi River", 30)])
    assert out[1].approximate and out[1].name == "Memphis"


def test_no_fallback_unless_asked():
    out = resolve_all([_t("Denver", 0), _t("Larimer Street", 20, fallback=False)])
    assert out[1] is None
