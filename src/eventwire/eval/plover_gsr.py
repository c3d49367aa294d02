"""``eventwire eval plover-gsr PATH``: score against PLOVER gold-standard records (JSON).

Each record is one sentence with one gold event (type, source and target actors with
country codes and sectors, sometimes a mode). The pipeline codes the sentence; its events
are compared with the record:

- ``event_type_accuracy``: share of records whose gold type is among the predicted types.
- ``event_type_micro_f1`` / ``event_type_macro_f1``: set F1 of predicted types against the
  gold type per record, micro-averaged, and macro-averaged over the 16 PLOVER types (a type
  neither in the gold nor predicted, possible in a small split, is left out of the mean).
- ``actor_country_f1`` / ``recipient_country_f1``: set F1 of country codes (ISO3, or
  IGO/NGO for organisations) of the events carrying the gold type (when none does, of the
  most confident event), micro-averaged over records.
- ``actor_sector_accuracy``: for gold actors whose country was found, the share whose
  sector matches (first three letters of the gold sector).
- ``mode_accuracy``: over records with a gold mode, the share where an event of the gold
  type carries that mode.

Old labels are mapped (DEMAND->REQUEST, DISAPPROVE and INVESTIGATE->ACCUSE,
FIGHT->ASSAULT), gold CAMEO-style country codes are normalised to ISO3 (JAP->JPN), and
events whose modality is ``hypothetical`` (the "if" clause of a condition) are not counted
as coded events.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..articles import make_article
from ..errors import ConfigError
from ..model import Actor, Event
from ..progress import track
from ..resources import load_tsv
from .metrics import Counts, EvalResult, macro_f1, set_counts

if TYPE_CHECKING:
    from ..pipeline import Pipeline

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
OLD_LABELS = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
#: Modalities that mean "this did not take place as stated" and are not scored as coded events.
UNCOUNTED_MODALITIES = frozenset({"hypothetical"})


@dataclass
class GoldRecord:
    id: str
    text: str
    type: str
    date: str | None
    actors: list[tuple[str, str]] = field(default_factory=list)  # (code, sector)
    recipients: list[tuple[str, str]] = field(default_factory=list)
    mode: str | None = None


# ----- code normalisation (shared by gold and predictions) ------------------------------------
@functools.cache
def _country_map() -> dict[str, str]:
    return {r["cameo"]: r["iso3"] for r in load_tsv("eventwire.eval", "cameo_country_codes.tsv")}


@functools.cache
def _org_map() -> dict[str, str]:
    return {r["code"]: r["type"] for r in load_tsv("eventwire.eval", "igo_codes.tsv")}


@functools.cache
def _iso3() -> frozenset[str]:
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.countries) | {"XKX"}


def normalize_code(code: str | None) -> str | None:
    """ISO3 for a country code (CAMEO spellings mapped), IGO/NGO for organisations, else None."""
    if not code:
        return None
    code = code.strip().upper()
    if code in _org_map():
        return _org_map()[code]
    code = _country_map().get(code, code)
    if code in _iso3():
        return code
    if code[:3] in ("IGO", "NGO"):
        return code[:3]
    return None


def actor_code(actor: Actor) -> str | None:
    """Scored code of a predicted actor: its country, or IGO/NGO for an organisation."""
    got = normalize_code(actor.country)
    if got is None and actor.sector in ("IGO", "NGO"):
        return actor.sector
    if got is None and actor.cameo:
        got = normalize_code(actor.cameo[:3])
    return got


def normalize_sector(sector: str | None) -> str | None:
    if not sector or "*" in sector:
        return None
    return sector[:3].upper()


@functools.cache
def _mode_map() -> dict[str, str]:
    return {r["gold"]: r["mode"] for r in load_tsv("eventwire.eval", "plover_gsr_modes.tsv")}


def normalize_mode(plover_type: str, mode: str | None) -> str | None:
    if not mode:
        return None
    m = _mode_map()
    return m.get(f"{plover_type}:{mode}", m.get(mode))


# ----- reading ----------------------------------------------------------------------------------
def _actors(value: Any) -> list[tuple[str, str]]:
    if isinstance(value, dict):
        value = [value]
    if not isinstance(value, list):
        return []
    out = []
    for a in value:
        if isinstance(a, dict):
            code = normalize_code(a.get("code"))
            if code:
                out.append((code, normalize_sector(a.get("sector")) or ""))
    return out


def read_records(path: Path) -> list[GoldRecord]:
    """Gold records of a PLOVER GSR JSON file (a JSON array; DOCUMENT records skipped)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ConfigError(f"{path}: not a PLOVER GSR JSON array ({exc})") from exc
    if not isinstance(data, list):
        raise ConfigError(f"{path}: expected a JSON array of records")
    out = []
    for rec in data:
        if not isinstance(rec, dict) or not rec.get("text"):
            continue
        gold = OLD_LABELS.get(str(rec.get("event", "")).upper(), str(rec.get("event", "")).upper())
        if gold not in PLOVER_TYPES:
            continue
        out.append(
            GoldRecord(
                id=str(rec.get("id", len(out))),
                text=str(rec["text"]).strip(),
                type=gold,
                date=rec.get("date"),
                actors=_actors(rec.get("source")),
                recipients=_actors(rec.get("target")),
                mode=normalize_mode(gold, rec.get("mode")),
            )
        )
    return out


def code_texts(pipeline: Pipeline, items: Iterable[tuple[str, str, str | None]], total: int,
               quiet: bool, description: str) -> Iterator[list[Event]]:
    """Events for each ``(id, text, published)`` through the pipeline, in order."""
    articles = [make_article(text, id=rid, published=pub, origin=rid) for rid, text, pub in items]
    outcomes = pipeline.pipe(track(articles, total=total, description=description, quiet=quiet))
    for outcome in outcomes:
        yield [e for e in outcome.events if e.modality not in UNCOUNTED_MODALITIES]


# ----- scoring ----------------------------------------------------------------------------------
def _role_codes(actors: list[Actor]) -> set[str]:
    return {c for c in (actor_code(a) for a in actors) if c}


def evaluate(path: Path, pipeline: Pipeline, quiet: bool = False) -> EvalResult:
    records = read_records(path)
    if not records:
        raise ConfigError(f"{path}: no PLOVER gold records found")
    per_type: dict[str, Counts] = {t: Counts() for t in PLOVER_TYPES}
    micro, actor_c, recip_c = Counts(), Counts(), Counts()
    hits = sector_ok = sector_n = mode_ok = mode_n = 0
    errors: list[dict[str, Any]] = []
    items = ((r.id, r.text, r.date) for r in records)
    for rec, events in zip(records, code_texts(pipeline, items, len(records), quiet, "plover-gsr")):
        types = {e.plover.type for e in events}
        hit = rec.type in types
        hits += hit
        micro.add(tp=int(hit), fp=len(types - {rec.type}), fn=int(not hit))
        for t in PLOVER_TYPES:
            per_type[t].add(tp=int(hit and t == rec.type), fp=int(t in types and t != rec.type),
                            fn=int(t == rec.type and not hit))
        chosen = [e for e in events if e.plover.type == rec.type]
        if not chosen and events:
            chosen = [max(events, key=lambda e: e.confidence)]
        pred_actors = [a for e in chosen for a in e.actor]
        c = set_counts(_role_codes(pred_actors), {code for code, _ in rec.actors})
        actor_c.add(c.tp, c.fp, c.fn)
        c = set_counts(_role_codes([a for e in chosen for a in e.recipient]), {code for code, _ in rec.recipients})
        recip_c.add(c.tp, c.fp, c.fn)
        for code, sector in rec.actors:
            if not sector:
                continue
            same = [a for a in pred_actors if actor_code(a) == code]
            if same:
                sector_n += 1
                sector_ok += any(normalize_sector(a.sector) == sector for a in same)
        if rec.mode:
            mode_n += 1
            mode_ok += any(e.plover.mode == rec.mode for e in chosen if e.plover.type == rec.type)
        if not hit:
            errors.append({"id": rec.id, "gold": rec.type, "predicted": sorted(types)})
    n = len(records)
    metrics = {
        "event_type_accuracy": hits / n,
        "event_type_micro_f1": micro.f1,
        "event_type_macro_f1": macro_f1(per_type, [t for t in PLOVER_TYPES if per_type[t].tp + per_type[t].fp + per_type[t].fn]),
        "actor_country_f1": actor_c.f1,
        "recipient_country_f1": recip_c.f1,
        "actor_sector_accuracy": sector_ok / sector_n if sector_n else 0.0,
        "mode_accuracy": mode_ok / mode_n if mode_n else 0.0,
    }
    details = {
        "per_type_f1": {t: round(per_type[t].f1, 4) for t in PLOVER_TYPES},
        "sector_scored": sector_n,
        "mode_scored": mode_n,
        "type_errors": errors,
    }
    return EvalResult("plover-gsr", n, metrics, details)
