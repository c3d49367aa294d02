"""``eventwire eval geo PATH``: toponym resolution on Gritta's XML layouts, found automatically.

Layouts:

- GeoWebNews (``GWN.xml``): ``<article><text/><toponyms><toponym><extractedName/><type/>
  <start/><end/><geonamesID/><latitude/><longitude/>``; toponyms without coordinates
  (non-toponyms, demonyms, literal expressions) are not scored.
- TR-News / LGL: ``<article docid><text/><toponyms><toponym><phrase/><start/><end/>
  <gaztag geonameid><lat/><lon/><country geonameid/>``.
- GeoVirus: ``<article><text/><locations><location><name/><start/><end/><lat/><lon/>``.

Two scores. **Gold spans**: each gold toponym is resolved with the article's other gold
toponyms as context (no recogniser). **End to end**: the pipeline's ``nlp`` and ``toponyms``
stages run on the text; a gold toponym counts as found when a predicted place overlaps it.
Metrics: ``accuracy_161km`` (share within 161 km = 100 miles), ``median_error_km`` (an
unresolved toponym counts as half the Earth's circumference), ``geonameid_accuracy`` (gold
with ids), ``country_accuracy`` (gold country from the gold id, else the country of the
gazetteer town nearest the gold point) and ``recall`` (share of gold toponyms found).
"""

from __future__ import annotations

import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..document import Document
from ..progress import track
from .metrics import EvalResult, haversine_km, median, spans_overlap

if TYPE_CHECKING:
    from ..model import Place
    from ..pipeline import Pipeline

MISS_KM = 20037.5  # half the circumference: an unresolved toponym's error
ACCURATE_KM = 161.0


@dataclass(slots=True)
class GoldToponym:
    start: int
    end: int
    text: str
    lat: float
    lon: float
    geonameid: int | None = None
    country: str | None = None  # ISO3, filled from the gazetteer


@dataclass(slots=True)
class GoldArticle:
    id: str
    text: str
    toponyms: list[GoldToponym] = field(default_factory=list)


def _float(x: str | None) -> float | None:
    try:
        return float(x) if x is not None and x.strip() else None
    except ValueError:
        return None


def _int(x: str | None) -> int | None:
    try:
        return int(x) if x is not None and x.strip() else None
    except ValueError:
        return None


def _align(text: str, phrase: str, start: int, end: int) -> tuple[int, int]:
    """Offsets of ``phrase`` nearest ``start``: some files' offsets drift by a few characters
    (line-ending and entity differences); the annotated phrase is the ground truth."""
    phrase = phrase.strip()
    if not phrase or text[start:end] == phrase:
        return start, end
    best = None
    i = text.find(phrase, max(0, start - 400))
    while i != -1 and i <= start + 400:
        if best is None or abs(i - start) < abs(best - start):
            best = i
        i = text.find(phrase, i + 1)
    return (best, best + len(phrase)) if best is not None else (start, end)


def detect_layout(root: ET.Element) -> str:
    """``gwn``, ``trnews`` (also LGL) or ``geovirus``, from the first article's children."""
    art = root.find("article")
    if art is None:
        raise ValueError("no <article> element: not a Gritta geoparsing XML file")
    if art.find("locations") is not None:
        return "geovirus"
    top = art.find("toponyms/toponym")
    if top is not None and top.find("extractedName") is not None:
        return "gwn"
    return "trnews"


def read(path: Path) -> tuple[str, list[GoldArticle]]:
    """The layout name and the gold articles of a file (coordinates-less toponyms dropped)."""
    root = ET.parse(path).getroot()
    layout = detect_layout(root)
    arts = []
    for n, a in enumerate(root.iter("article")):
        text = a.findtext("text") or ""
        art = GoldArticle(a.get("docid") or a.get("file") or str(n), text)
        if layout == "gwn":
            for t in a.iterfind("toponyms/toponym"):
                lat, lon = _float(t.findtext("latitude")), _float(t.findtext("longitude"))
                s, e = _int(t.findtext("start")), _int(t.findtext("end"))
                if lat is None or lon is None or s is None or e is None:
                    continue
                art.toponyms.append(GoldToponym(s, e, text[s:e], lat, lon, _int(t.findtext("geonamesID"))))
        elif layout == "trnews":
            for t in a.iterfind("toponyms/toponym"):
                g = t.find("gaztag")
                s, e = _int(t.findtext("start")), _int(t.findtext("end"))
                if g is None or s is None or e is None:
                    continue
                lat, lon = _float(g.findtext("lat")), _float(g.findtext("lon"))
                if lat is None or lon is None:
                    continue
                s, e = _align(text, t.findtext("phrase") or "", s, e)
                gt = GoldToponym(s, e, text[s:e], lat, lon, _int(g.get("geonameid")))
                c = g.find("country")
                gt.country = c.get("geonameid") if c is not None else None  # mapped to ISO3 below
                art.toponyms.append(gt)
        else:
            for t in a.iterfind("locations/location"):
                lat, lon = _float(t.findtext("lat")), _float(t.findtext("lon"))
                s, e = _int(t.findtext("start")), _int(t.findtext("end"))
                if lat is None or lon is None or s is None or e is None:
                    continue
                art.toponyms.append(GoldToponym(s, e, text[s:e], lat, lon))
        arts.append(art)
    return layout, arts


# ----- gold countries -------------------------------------------------------------------------
class _NearestTown:
    """Country of the gazetteer town nearest a point (1-degree grid; good enough for scoring)."""

    def __init__(self) -> None:
        from ..geo.gazetteer import get

        self.g = get()
        self.grid: dict[tuple[int, int], list[int]] = {}
        for i, fc in enumerate(self.g.fclass):
            if fc == "P" and self.g.cc[i]:
                self.grid.setdefault((int(self.g.lat[i] // 1), int(self.g.lon[i] // 1)), []).append(i)
        self.by_id = {gid: i for i, gid in enumerate(self.g.ids) if gid}

    def country(self, lat: float, lon: float) -> str | None:
        best, best_d = None, 1e9
        for r in (1, 2):
            for dy in range(-r, r + 1):
                for dx in range(-r, r + 1):
                    for i in self.grid.get((int(lat // 1) + dy, int(lon // 1) + dx), ()):
                        d = haversine_km(lat, lon, self.g.lat[i], self.g.lon[i])
                        if d < best_d:
                            best, best_d = i, d
            if best is not None:
                break
        return self.g.iso3.get(self.g.cc[best]) if best is not None and best_d < 100 else None

    def country_of_id(self, gid: int | None) -> str | None:
        i = self.by_id.get(gid) if gid else None
        return self.g.iso3.get(self.g.cc[i]) or None if i is not None else None


def _fill_countries(arts: list[GoldArticle]) -> None:
    near = _NearestTown()
    for a in arts:
        for t in a.toponyms:
            via_country_id = near.country_of_id(_int(t.country)) if t.country else None
            t.country = via_country_id or near.country_of_id(t.geonameid) or near.country(t.lat, t.lon)


# ----- scoring --------------------------------------------------------------------------------
@dataclass
class _Tally:
    errors: list[float] = field(default_factory=list)
    id_hits: int = 0
    id_total: int = 0
    country_hits: int = 0
    country_total: int = 0

    def add(self, gold: GoldToponym, place: Place | None) -> None:
        if place is None or place.lat is None or place.lon is None:
            self.errors.append(MISS_KM)
        else:
            self.errors.append(haversine_km(gold.lat, gold.lon, place.lat, place.lon))
        if gold.geonameid:
            self.id_total += 1
            self.id_hits += bool(place and place.geonameid == gold.geonameid)
        if gold.country:
            self.country_total += 1
            self.country_hits += bool(place and place.country == gold.country)

    def metrics(self, prefix: str = "") -> dict[str, float]:
        n = len(self.errors)
        return {
            f"{prefix}accuracy_161km": sum(e <= ACCURATE_KM for e in self.errors) / n if n else 0.0,
            f"{prefix}median_error_km": median(self.errors) if n else 0.0,
            f"{prefix}geonameid_accuracy": self.id_hits / self.id_total if self.id_total else 0.0,
            f"{prefix}country_accuracy": self.country_hits / self.country_total if self.country_total else 0.0,
        }


def _is_demonym(text: str) -> bool:
    from ..geo.gazetteer import get

    g = get()
    return g.demonym_country(text) is not None and not g.rows(text)


def gold_toponyms(art: GoldArticle) -> list:
    """The gold spans as resolver input; "Winnipeg, Man.": a span right after another one and
    a comma is its qualifier, the rule the ``toponyms`` stage applies to entities."""
    from ..geo.disambiguate import Toponym
    from ..model import Span

    ordered = sorted(range(len(art.toponyms)), key=lambda i: art.toponyms[i].start)
    out: list = [None] * len(art.toponyms)
    prev = None
    for i in ordered:
        t = art.toponyms[i]
        qualifies = prev is not None and art.text[prev.end:t.start].strip() == ","
        out[i] = Toponym(t.text, allow_demonym=True, is_qualifier=qualifies, local_fallback=True,
                         span=Span(t.start, t.end))
        if qualifies and out[art.toponyms.index(prev)].qualifier is None:
            out[art.toponyms.index(prev)].qualifier = t.text
        prev = t
    return out


def evaluate(path: Path, pipeline: Pipeline, quiet: bool = False) -> EvalResult:
    """Score resolution on gold spans and end to end; see the module docstring."""
    from ..geo.disambiguate import resolve_all

    layout, arts = read(path)
    _fill_countries(arts)
    gold_tally, e2e_tally = _Tally(), _Tally()
    found = predicted = predicted_matched = names_total = names_found = 0
    t_nlp = t_geo = 0.0
    misses: list[dict] = []
    nlp = pipeline.get_stage("nlp")
    toponyms = pipeline.get_stage("toponyms")
    for art in track(arts, total=len(arts), description=f"geo ({layout})", quiet=quiet):
        # 1. Resolution given the gold spans.
        places = resolve_all(gold_toponyms(art))
        for t, p in zip(art.toponyms, places):
            gold_tally.add(t, p)
            if len(misses) < 400 and (p is None or haversine_km(t.lat, t.lon, p.lat, p.lon) > ACCURATE_KM):
                misses.append({"article": art.id, "text": t.text, "gold": [t.lat, t.lon, t.geonameid],
                               "got": None if p is None else [p.name, p.country, p.feature_code, p.lat, p.lon]})
        # 2. End to end: recogniser + resolver on the raw text.
        from ..articles import make_article

        doc = Document(make_article(art.text, origin=f"{path.name}:{art.id}"))
        t0 = time.process_time()  # CPU time: fair on a shared machine
        nlp(doc)
        t1 = time.process_time()
        toponyms(doc)
        t2 = time.process_time()
        t_nlp += t1 - t0
        t_geo += t2 - t1
        spans = [(p.span.start, p.span.end, p) for p in doc.places if p.span is not None]
        predicted += len(spans)
        predicted_matched += sum(any(spans_overlap((s, e), (t.start, t.end)) for t in art.toponyms)
                                 for s, e, _ in spans)
        for t in art.toponyms:
            hit = next((p for s, e, p in spans if spans_overlap((s, e), (t.start, t.end))), None)
            found += hit is not None
            e2e_tally.add(t, hit)
            if not _is_demonym(t.text):
                names_total += 1
                names_found += hit is not None
    n = len(gold_tally.errors)
    metrics = gold_tally.metrics()
    metrics["recall"] = found / n if n else 0.0
    # Demonyms ("Turkish") are annotated as toponyms in some corpora but are not places for
    # eventwire; recall over the other gold toponyms shows the recogniser on place names.
    metrics["recall_place_names"] = names_found / names_total if names_total else 0.0
    metrics["precision"] = predicted_matched / predicted if predicted else 0.0
    metrics.update(e2e_tally.metrics("e2e_"))
    details = {
        "layout": layout,
        "articles": len(arts),
        "toponyms": n,
        "cpu_seconds_nlp": round(t_nlp, 2),
        "cpu_seconds_toponyms": round(t_geo, 2),
        "toponyms_share_of_parse": round(t_geo / t_nlp, 4) if t_nlp else None,
        "misses_sample": misses,
    }
    return EvalResult(f"geo:{layout}", n, metrics, details)
