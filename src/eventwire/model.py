"""The data model: what an article, an actor, a time, a place, a claim and an event are.

Plain dataclasses (fast to build, picklable for worker processes, easy to turn into
JSON with :func:`to_dict`). Character offsets always refer to ``Article.text``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal

DatePrecision = Literal[
    "day", "week", "month", "quarter", "season", "year", "decade", "century", "unknown"
]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
Modality = Literal[
    "asserted",
    "negated",
    "future",
    "expected",
    "intended",
    "threatened",
    "hypothetical",
    "conditional",
    "possible",
    "ongoing",
    "reported",
]
MODALITIES: tuple[str, ...] = Modality.__args__  # type: ignore[attr-defined]

#: Modalities that describe something that did not (yet) happen as stated.
NON_FACTUAL: frozenset[str] = frozenset(
    {"negated", "future", "expected", "intended", "threatened", "hypothetical", "conditional", "possible"}
)


@dataclass(slots=True)
class Span:
    """A stretch of the article text: ``text[start:end]`` in sentence ``sentence`` (0-based)."""

    start: int
    end: int
    sentence: int = -1
    text: str = ""


@dataclass(slots=True)
class Article:
    """One news article as ingested. ``id`` is stable: derived from the URL, else the text."""

    id: str
    text: str
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: dt.date | dt.datetime | None = None
    language: str = "en"
    #: Where the record came from (``file`` or ``file:line``), for error messages.
    origin: str | None = None

    @property
    def published_date(self) -> dt.date | None:
        p = self.published
        return p.date() if isinstance(p, dt.datetime) else p


@dataclass(slots=True)
class Actor:
    """A resolved participant: country (ISO3 or IGO/NGO-type code), PLOVER sector, CAMEO code.

    ``text`` is the surface form at the mention that fills an event role; ``spans``
    holds every coreferent mention in the article. Unknown actors keep their text
    with empty country and sector rather than a guess.
    """

    text: str
    name: str = ""
    country: str | None = None
    sector: str | None = None
    cameo: str | None = None
    kb_id: str | None = None
    #: person, country, organization, group (role noun), location, unknown
    kind: str = "unknown"
    #: Index of the entity within its article (coreference cluster id).
    entity: int = -1
    spans: list[Span] = field(default_factory=list)


@dataclass(slots=True)
class TimeRef:
    """A time expression normalised to an interval ``[start, end]`` (inclusive days).

    ``precision`` says how much the text pins down; ``unknown`` means the text gave no
    time and ``start``/``end`` are a documented fallback (see ``basis``).
    """

    text: str
    start: dt.date | None = None
    end: dt.date | None = None
    precision: DatePrecision = "unknown"
    #: TimeML type and value (e.g. DATE / 2019-10-31, DURATION / P3D).
    type: TimexType = "DATE"
    value: str | None = None
    #: Bound or approximation: "before", "after", "on_or_before", "approx", or None.
    modifier: str | None = None
    anchor: dt.date | None = None
    span: Span | None = None
    #: How an event got this time: clause, sentence, previous_sentence, publication, none.
    basis: str | None = None
    #: For a range or disjunction ("from March to May"), the expressions it joins.
    parts: list[TimeRef] = field(default_factory=list)


@dataclass(slots=True)
class Place:
    """A toponym resolved against the gazetteer (GeoNames ids where one exists)."""

    text: str
    name: str | None = None
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    admin1: str | None = None
    feature_class: str | None = None
    feature_code: str | None = None
    #: PLOVER resolution: 1 country, 2 admin1, 3 admin2/region, 4 city, 5 sub-city.
    resolution: int | None = None
    span: Span | None = None
    #: True when the gazetteer lacks the feature itself (a street, a building) and the
    #: coordinates, country and admin1 are those of the place the article locates it in.
    approximate: bool = False
    #: First-level division as GDELT codes it: FIPS 10-4 country + FIPS admin1 ("USTX",
    #: "CA08"); None where no reliable FIPS code is known (e.g. the UK nations, France).
    admin1_code: str | None = None


@dataclass(slots=True)
class Attribution:
    """One link of a sourcing chain: ``source`` said (``cue``) the ``content``.

    An event's ``according_to`` is an ordered chain from the original claimant to
    the publishing outlet, e.g. NIS → lawmaker Lee → Yonhap → outlet.
    """

    source: Actor | None
    cue: str
    text: str = ""
    cue_span: Span | None = None
    source_span: Span | None = None
    content_span: Span | None = None
    #: direct_quote, indirect, according_to, citing, report, outlet
    kind: str = "indirect"
    #: Index of this relation within the article, and of the relation relaying it.
    id: int = -1
    via: int | None = None
    #: True when the cue denies the content ("denied that ...").
    denial: bool = False
    #: True when the source is unnamed people ("sources said", "a senior official said") or
    #: is granted anonymity ("..., who spoke on condition of anonymity"); never the outlet.
    anonymous: bool = False
    #: The pieces of a discontinuous content (a quote split by "he said"); empty when
    #: ``content_span`` is one piece. ``content_span`` always covers all pieces.
    content_parts: list[Span] = field(default_factory=list)


@dataclass(slots=True)
class PloverCoding:
    type: str
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    #: PLOVER intensity on the -10 (most conflictual) .. +10 scale.
    intensity: float | None = None


@dataclass(slots=True)
class CameoCoding:
    #: Always a string with leading zeros kept ("036", never 36).
    code: str
    root: str = ""
    quad_class: int | None = None
    goldstein: float | None = None


@dataclass(slots=True)
class Event:
    """Who did what to whom, when, where, how certain and according to whom."""

    id: str
    article_id: str
    sentence: int
    trigger: Span
    lemma: str
    plover: PloverCoding
    cameo: CameoCoding
    actor: list[Actor] = field(default_factory=list)
    recipient: list[Actor] = field(default_factory=list)
    when: TimeRef | None = None
    where: Place | None = None
    modality: str = "asserted"
    historical: bool = False
    according_to: list[Attribution] = field(default_factory=list)
    quantities: dict[str, float] = field(default_factory=dict)
    confidence: float = 0.5
    #: Rule or model that produced the event, e.g. "verb:meet" or "noun:summit".
    evidence: str = ""
    #: The sentence the event was found in.
    text: str = ""


@dataclass(slots=True)
class EventCluster:
    """One real-world event as reported by many event mentions across articles (dedup).

    The canonical fields come from the most precise members (the finest date, the most
    resolved place, the best-identified actors, the commonest type), so they may come
    from different members; ``canonical_event`` is the member whose type coding is used.
    """

    id: str
    plover: PloverCoding
    cameo: CameoCoding
    actor: list[Actor] = field(default_factory=list)
    recipient: list[Actor] = field(default_factory=list)
    when: TimeRef | None = None
    where: Place | None = None
    modality: str = "asserted"
    #: True when every member is a historical mention (no report from the time itself).
    historical: bool = False
    canonical_event: str = ""
    #: Member event ids, in the order they joined.
    members: list[str] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)
    num_mentions: int = 0
    num_articles: int = 0
    #: Distinct known outlets (0 when no member's outlet is known).
    num_sources: int = 0
    #: Earliest and latest publication day among the members' articles.
    first_seen: dt.date | None = None
    last_seen: dt.date | None = None


def to_dict(obj: Any) -> Any:
    """Turn a model object (or nested lists/dicts of them) into JSON-ready data."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_dict(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, (list, tuple)):
        return [to_dict(x) for x in obj]
    if isinstance(obj, dict):
        return {k: to_dict(v) for k, v in obj.items()}
    if isinstance(obj, (dt.date, dt.datetime)):
        return obj.isoformat()
    return obj
