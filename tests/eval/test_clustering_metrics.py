"""Clustering scores against values worked out by hand from the metric definitions."""

from __future__ import annotations

import pytest

from eventwire.eval.clustering import ari, bcubed, ceaf_e, muc, pairwise, scores

# Bagga & Baldwin's example shape: the response wrongly joins the 2- and 5-item clusters.
GOLD = {i: "A" for i in "12345"} | {i: "B" for i in "67"} | {i: "C" for i in "89XYZ"}
PRED = {i: "a" for i in "12345"} | {i: "b" for i in "6789XYZ"}


def test_bcubed():
    p, r, f = bcubed(GOLD, PRED)
    assert p == pytest.approx((5 + 2 * 2 / 7 + 5 * 5 / 7) / 12) and r == 1.0


def test_muc():
    p, r, _ = muc(GOLD, PRED)
    assert r == 1.0 and p == pytest.approx(9 / 10)


def test_ceaf_e():
    p, r, _ = ceaf_e(GOLD, PRED)
    best = 1.0 + 2 * 5 / 12  # A<->a and C<->b
    assert p == pytest.approx(best / 2) and r == pytest.approx(best / 3)


def test_pairwise_and_ari():
    p, r, _ = pairwise(GOLD, PRED)
    assert p == pytest.approx(21 / 31) and r == 1.0
    expected = 21 * 31 / 66
    assert ari(GOLD, PRED) == pytest.approx((21 - expected) / (26 - expected))
    assert ari(GOLD, GOLD) == 1.0


def test_missing_predictions_are_singletons_and_perfect_scores_are_one():
    all_single = scores(GOLD, {})
    assert all_single["b3_p"] == 1.0 and all_single["muc_f1"] == 0.0 and all_single["pairwise_f1"] == 0.0
    perfect = scores(GOLD, {k: v.lower() for k, v in GOLD.items()})
    assert all(perfect[k] == pytest.approx(1.0) for k in ("b3_f1", "muc_f1", "ceafe_f1", "conll_f1", "pairwise_f1", "ari"))
