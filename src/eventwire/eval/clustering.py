"""Clustering and coreference scores: B-cubed, MUC, CEAF-e, pairwise, adjusted Rand index.

Inputs are two mappings from the same items to cluster labels (gold and predicted); an
item missing from ``predicted`` counts as a singleton there. Each function returns
``(precision, recall, f1)`` except :func:`ari`. Written from the metric definitions
(Bagga & Baldwin 1998; Vilain et al. 1995; Luo 2005; Hubert & Arabie 1985).
"""

from __future__ import annotations

import collections
import math
from collections.abc import Hashable, Mapping

PRF = tuple[float, float, float]


def _f(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _clusters(labels: Mapping[Hashable, Hashable], items: list[Hashable]) -> dict[Hashable, set[Hashable]]:
    out: dict[Hashable, set[Hashable]] = collections.defaultdict(set)
    for i in items:
        out[labels[i] if i in labels else ("__singleton__", i)].add(i)
    return out


def _align(gold: Mapping, predicted: Mapping) -> tuple[list, dict, dict]:
    items = sorted(gold, key=repr)
    return items, _clusters(gold, items), _clusters(predicted, items)


def bcubed(gold: Mapping, predicted: Mapping) -> PRF:
    """Per-item precision/recall of the item's predicted cluster against its gold cluster."""
    items, g, p = _align(gold, predicted)
    if not items:
        return 0.0, 0.0, 0.0
    g_of = {i: c for c in g.values() for i in c}
    p_of = {i: c for c in p.values() for i in c}
    prec = rec = 0.0
    for i in items:
        common = len(g_of[i] & p_of[i])
        prec += common / len(p_of[i])
        rec += common / len(g_of[i])
    prec, rec = prec / len(items), rec / len(items)
    return prec, rec, _f(prec, rec)


def _muc_side(keys: dict, responses: dict) -> tuple[int, int]:
    """MUC numerator and denominator for ``keys`` partitioned by ``responses``."""
    r_of = {i: lab for lab, c in responses.items() for i in c}
    num = den = 0
    for c in keys.values():
        parts = {r_of[i] for i in c}
        num += len(c) - len(parts)
        den += len(c) - 1
    return num, den


def muc(gold: Mapping, predicted: Mapping) -> PRF:
    """Link-based MUC: how many links are needed to repair each side (singletons carry none)."""
    _, g, p = _align(gold, predicted)
    rn, rd = _muc_side(g, p)
    pn, pd = _muc_side(p, g)
    r = rn / rd if rd else 0.0
    pr = pn / pd if pd else 0.0
    return pr, r, _f(pr, r)


def pairwise(gold: Mapping, predicted: Mapping) -> PRF:
    """Precision/recall over all item pairs put in one cluster."""
    items, g, p = _align(gold, predicted)
    g_of = {i: k for k, c in g.items() for i in c}
    p_of = {i: k for k, c in p.items() for i in c}
    both = collections.Counter((g_of[i], p_of[i]) for i in items)
    tp = sum(n * (n - 1) // 2 for n in both.values())
    pred_pairs = sum(len(c) * (len(c) - 1) // 2 for c in p.values())
    gold_pairs = sum(len(c) * (len(c) - 1) // 2 for c in g.values())
    pr = tp / pred_pairs if pred_pairs else 0.0
    r = tp / gold_pairs if gold_pairs else 0.0
    return pr, r, _f(pr, r)


def ari(gold: Mapping, predicted: Mapping) -> float:
    """Adjusted Rand index (1 = identical partitions, about 0 = chance)."""
    items, g, p = _align(gold, predicted)
    n = len(items)
    if n < 2:
        return 1.0
    g_of = {i: k for k, c in g.items() for i in c}
    p_of = {i: k for k, c in p.items() for i in c}
    comb = lambda x: x * (x - 1) / 2  # noqa: E731
    index = sum(comb(v) for v in collections.Counter((g_of[i], p_of[i]) for i in items).values())
    a = sum(comb(len(c)) for c in g.values())
    b = sum(comb(len(c)) for c in p.values())
    expected = a * b / comb(n)
    top = (a + b) / 2
    if top == expected:
        return 1.0
    return (index - expected) / (top - expected)


def _assignment_max(weights: list[list[float]]) -> float:
    """Maximum-weight matching value of a rows x cols matrix (rows <= cols), Hungarian method."""
    n, m = len(weights), len(weights[0])
    big = max(max(r) for r in weights)
    cost = [[big - w for w in row] for row in weights]  # minimise cost = maximise weight
    u, v = [0.0] * (n + 1), [0.0] * (m + 1)
    match, way = [0] * (m + 1), [0] * (m + 1)
    for i in range(1, n + 1):
        match[0] = i
        j0 = 0
        minv = [math.inf] * (m + 1)
        used = [False] * (m + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = match[j0], math.inf, 0
            for j in range(1, m + 1):
                if not used[j]:
                    cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(m + 1):
                if used[j]:
                    u[match[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if match[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            match[j0] = match[j1]
            j0 = j1
    return sum(weights[match[j] - 1][j - 1] for j in range(1, m + 1) if match[j])


def ceaf_e(gold: Mapping, predicted: Mapping) -> PRF:
    """Entity-based CEAF: the best one-to-one alignment of clusters by phi4 similarity.

    Solved per connected component of overlapping clusters (clusters that share no item
    contribute nothing to each other), so large corpora stay fast.
    """
    _, g, p = _align(gold, predicted)
    if not g or not p:
        return 0.0, 0.0, 0.0
    g_of = {i: k for k, c in g.items() for i in c}
    # Components: union-find over gold and predicted cluster labels linked by shared items.
    parent: dict = {}

    def find(x):
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for pk, c in p.items():
        for i in c:
            parent[find(("p", pk))] = find(("g", g_of[i]))
    comps: dict = collections.defaultdict(lambda: ([], []))
    for gk in g:
        comps[find(("g", gk))][0].append(gk)
    for pk in p:
        comps[find(("p", pk))][1].append(pk)
    total = 0.0
    for gks, pks in comps.values():
        rows, cols = (gks, pks) if len(gks) <= len(pks) else (pks, gks)
        src, dst = (g, p) if rows is gks else (p, g)
        w = [[2 * len(src[r] & dst[c]) / (len(src[r]) + len(dst[c])) for c in cols] for r in rows]
        total += _assignment_max(w) if rows and cols and any(any(x) for x in w) else 0.0
    r, pr = total / len(g), total / len(p)
    return pr, r, _f(pr, r)


def scores(gold: Mapping, predicted: Mapping, prefix: str = "") -> dict[str, float]:
    """Every metric as a flat dict (``b3_f1``, ``muc_f1``, ``ceafe_f1``, ``conll_f1``, ``pairwise_f1``, ``ari``, ...)."""
    out: dict[str, float] = {}
    for name, fn in (("b3", bcubed), ("muc", muc), ("ceafe", ceaf_e), ("pairwise", pairwise)):
        pr, r, f = fn(gold, predicted)
        out[f"{prefix}{name}_p"], out[f"{prefix}{name}_r"], out[f"{prefix}{name}_f1"] = pr, r, f
    out[f"{prefix}conll_f1"] = (out[f"{prefix}b3_f1"] + out[f"{prefix}muc_f1"] + out[f"{prefix}ceafe_f1"]) / 3
    out[f"{prefix}ari"] = ari(gold, predicted)
    return out
