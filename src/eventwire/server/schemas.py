"""Request and response shapes, for validation and for the published OpenAPI schema.

Event and article bodies are the store's JSON records (see the output schema in the
README); the models below name their main fields and allow the rest.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class ErrorBody(BaseModel):
    status: int = Field(description="HTTP status code")
    error: str = Field(description="HTTP reason phrase")
    message: str = Field(description="What went wrong and how to fix it")
    detail: Any = Field(None, description="Per-field validation errors, when there are several")


ERRORS: dict[int | str, dict[str, Any]] = {
    422: {"model": ErrorBody, "description": "A parameter or the body is invalid"},
}


class CodeRequest(BaseModel):
    """One article to code."""

    model_config = ConfigDict(extra="forbid")
    text: str = Field(min_length=1, description="Article text (plain text)")
    published: str | None = Field(None, max_length=100, description="Publication date or datetime, e.g. 2019-11-04; relative times ('last Thursday') are resolved against it", examples=["2019-11-04"])
    title: str | None = Field(None, max_length=2000)
    url: str | None = Field(None, max_length=4000, description="Source URL; the article id is derived from it when given")
    outlet: str | None = Field(None, max_length=500)
    id: str | None = Field(None, max_length=200, description="Your own article id (default: hash of URL or text)")
    store: bool = Field(False, description="Also store the article and its events (needs the bearer token when the server is not on loopback)")


class EventRow(BaseModel):
    """One event as a flat row (the ``events`` table without its JSON record)."""

    model_config = ConfigDict(extra="allow")
    id: str
    article_id: str
    plover_type: str | None = None
    cameo_code: str | None = None
    quad_class: int | None = None
    actor_names: list[str] | None = None
    actor_countries: list[str] | None = None
    recipient_names: list[str] | None = None
    recipient_countries: list[str] | None = None
    date_start: str | None = None
    date_end: str | None = None
    date_precision: str | None = None
    place_name: str | None = None
    place_lat: float | None = None
    place_lon: float | None = None
    modality: str | None = None
    historical: bool | None = None
    claimant: str | None = None
    sentence_text: str | None = None


class Page(BaseModel):
    """Paging fields shared by every listing: offset or cursor paging over a total."""

    total: int = Field(description="Rows matching the filters (all pages)")
    limit: int
    offset: int | None = Field(description="Offset of this page (null when paging by cursor)")
    sort: str
    next_cursor: str | None = Field(description="Pass as ?cursor= for the next page; null on the last page")
    next_offset: int | None = Field(description="Offset of the next page when paging by offset; null on the last page")


class EventPage(Page):
    events: list[EventRow]


class EventRecord(BaseModel):
    """The full event: who, did what, to whom, when, where, how certain, according to whom."""

    model_config = ConfigDict(extra="allow")
    id: str
    article_id: str
    plover: dict[str, Any]
    cameo: dict[str, Any]
    actor: list[dict[str, Any]]
    recipient: list[dict[str, Any]]
    when: dict[str, Any] | None = None
    where: dict[str, Any] | None = None
    modality: str
    historical: bool
    according_to: list[dict[str, Any]]


class ArticleRow(BaseModel):
    model_config = ConfigDict(extra="allow")
    id: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    n_events: int | None = None


class ArticlePage(BaseModel):
    articles: list[ArticleRow]
    total: int
    limit: int
    offset: int
    next_offset: int | None


class ArticleDetail(BaseModel):
    """An article's text with every annotation layer (character offsets into ``text``) and its events."""

    model_config = ConfigDict(extra="allow")
    id: str
    text: str
    published: str | None = None
    sentences: list[list[int]] = Field(description="[start, end) of each sentence")
    entities: list[dict[str, Any]] = []
    mentions: list[dict[str, Any]] = []
    timexes: list[dict[str, Any]] = []
    places: list[dict[str, Any]] = []
    attributions: list[dict[str, Any]] = []
    events: list[EventRecord]


class CodeResult(ArticleDetail):
    stored: bool = Field(description="True when the article was stored by this request")
    already_stored: bool = Field(False, description="True when an article with this id was stored before (nothing added)")


class Counted(BaseModel):
    key: Any
    n: int


class Stats(BaseModel):
    model_config = ConfigDict(extra="allow")
    total: int
    by_type: list[Counted]
    by_quad_class: list[Counted]
    by_modality: list[Counted]
    by_root: list[Counted]
    by_claimant: list[Counted] = Field(
        default_factory=list, description="Events by original claimant: the according-to chain's first named source, the outlet "
                                            "for its own assertions; key null: no source named, not even the outlet")
    by_country: list[Counted]
    by_day: list[Counted]
    by_claimant_code: list[Counted] = Field(
        default_factory=list, description="Events by the original claimant's CAMEO code ('PRKGOV'); "
                                          "'(unresolved)' for a claimant with none, '(the article itself)'")
    by_sourcing: list[Counted] = Field(
        default_factory=list, description="Events by whether the original claimant is 'anonymous', 'not anonymous', "
                                          "or '(the article itself)'; '(not recorded)' on stores older than version 3")
    by_media_code: list[Counted] = Field(
        default_factory=list, description="Events by the CAMEO code of the first news medium the claim went through "
                                          "before the outlet ('PRKMED' for 'Kim said in a statement carried by KCNA'); "
                                          "'(no medium but the outlet)'")
    tables: dict[str, int] = Field(description="Rows in each table of the store (whole store)")


class ClusterRow(BaseModel):
    """One event cluster (a real-world event merged from many mentions) as a flat row."""

    model_config = ConfigDict(extra="allow")
    id: str
    canonical_event: str | None = Field(None, description="Member event whose type coding the cluster uses")
    plover_type: str | None = None
    plover_mode: str | None = None
    cameo_code: str | None = Field(None, description="CAMEO event code, a string with leading zeros")
    cameo_root: str | None = None
    quad_class: int | None = None
    goldstein: float | None = None
    actor_names: list[str] | None = None
    actor_countries: list[str] | None = None
    recipient_names: list[str] | None = None
    recipient_countries: list[str] | None = None
    date_start: str | None = Field(None, description="From the most precisely dated member")
    date_end: str | None = None
    date_precision: str | None = None
    place_name: str | None = Field(None, description="From the most finely resolved placed member")
    place_geonameid: int | None = None
    place_lat: float | None = None
    place_lon: float | None = None
    place_country: str | None = None
    place_admin1: str | None = None
    place_resolution: int | None = None
    modality: str | None = None
    historical: bool | None = Field(None, description="Every member is a historical mention")
    num_mentions: int = Field(description="Member event mentions")
    num_articles: int = Field(description="Distinct articles reporting it")
    num_sources: int = Field(description="Distinct known outlets reporting it")
    first_seen: str | None = Field(None, description="Earliest publication day of a member's article")
    last_seen: str | None = None
    outlets: list[str] | None = None


class ClusterPage(Page):
    clusters: list[ClusterRow]


class ClusterMention(BaseModel):
    """One member of a cluster: the event mention and the article that reports it."""

    model_config = ConfigDict(extra="allow")
    event_id: str
    position: int = Field(description="Joining order, 0 = the founding mention")
    score: float | None = Field(None, description="Match evidence when it joined (null for the founder)")
    article_id: str
    outlet: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None
    historical: bool | None = None
    sentence: str | None = None


class MemberEvent(EventRow):
    member_position: int
    member_score: float | None = None


class ClusterDetail(BaseModel):
    """A cluster's canonical fields (from its most precise members), counts and members."""

    model_config = ConfigDict(extra="allow")
    id: str
    plover: dict[str, Any]
    cameo: dict[str, Any]
    actor: list[dict[str, Any]]
    recipient: list[dict[str, Any]]
    when: dict[str, Any] | None = None
    where: dict[str, Any] | None = None
    modality: str
    historical: bool
    canonical_event: str
    members: list[str] = Field(description="Every member event id, in joining order")
    num_mentions: int
    num_articles: int
    num_sources: int
    first_seen: str | None = None
    last_seen: str | None = None
    members_total: int = Field(description="Members in the cluster (mentions and events may be cut to ?members=)")
    mentions: list[ClusterMention]
    events: list[MemberEvent] = Field(description="Member events as flat rows (as in /v1/events), founder first")
