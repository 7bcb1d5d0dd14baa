"""What the store's queries return: typed records (Pydantic, so the HTTP API serves them as they
are and documents them in OpenAPI)."""

from __future__ import annotations

from datetime import date
from typing import Generic, TypeVar

from pydantic import BaseModel, ConfigDict


class View(BaseModel):
    model_config = ConfigDict(frozen=True)


T = TypeVar("T")


class Page(View, Generic[T]):
    total: int
    limit: int
    offset: int
    items: list[T]


class ArticleSummary(View):
    """One article's sourcing, over claims (``model.Profile``): sources that make claims, claims,
    the share of claims from anonymous sources; ``flagged`` counts the other attributions."""

    id: str
    title: str | None
    outlet: str | None
    url: str | None
    published: date | None
    sources: int
    attributions: int
    anonymous_share: float
    flagged: int


class SourceSummary(View):
    """One source across articles: every per-article source with the same kind and name that
    makes claims; ``attributions`` counts its claims, ``articles`` the articles it makes them in."""

    key: str
    name: str
    kind: str
    articles: int
    attributions: int


class AttributionHit(View):
    """One claim (asserted speech or writing) with the article and source it belongs to."""

    article_id: str
    title: str | None
    outlet: str | None
    published: date | None
    attribution_id: str
    type: str
    cue: str | None
    content: str
    confidence: float
    source_name: str | None
    source_kind: str | None
    source_key: str | None


class SourceDetail(View):
    source: SourceSummary
    descriptions: list[str]
    attributions: Page[AttributionHit]


class SnippetPiece(View):
    text: str
    match: bool  # one of the words searched for


class ArticleHit(View):
    """An article whose title or text has the words searched for: where they first are in its
    text (the phrase when it is there; None when only the title has them) and a snippet."""

    article: ArticleSummary
    start: int | None
    end: int | None
    snippet: list[SnippetPiece]


class FacetCount(View):
    """One value to narrow a search by: the query parameters that select it, and how many
    results have it."""

    label: str
    params: dict[str, str]
    count: int


class Facets(View):
    """Counts among the results: articles by outlet, month and event; claims by kind of source
    and class of cue."""

    outlets: list[FacetCount]
    months: list[FacetCount]
    events: list[FacetCount]
    kinds: list[FacetCount]
    cue_classes: list[FacetCount]


class SearchResults(View):
    query: str
    sources: list[SourceSummary]
    attributions: Page[AttributionHit]
    articles: Page[ArticleHit]
    facets: Facets


class SourcingProfile(View):
    """Sourcing totals over a set of articles, over claims as ``model.Profile`` counts them:
    ``attributions`` are claims and ``anonymous_share`` is over claims; ``flagged`` counts the
    attributions that are not claims (beliefs, perceptions, unasserted speech)."""

    articles: int
    sources: int
    named_person: int
    anonymous_person: int
    organization: int
    document: int
    unknown: int
    attributions: int
    anonymous_share: float
    flagged: int
    # How many claims rest on each kind of source ("unresolved": on none).
    attributions_by_kind: dict[str, int]


class OutletSummary(View):
    outlet: str
    profile: SourcingProfile


class OutletDetail(View):
    outlet: str
    profile: SourcingProfile
    articles: Page[ArticleSummary]


class EventSummary(View):
    id: str
    title: str | None
    summary: str | None
    articles: int
    outlets: int
    first_published: date | None


class VoiceView(View):
    name: str
    kind: str  # a source kind, or "outlet"
    attribution_id: str | None


class ClaimSideView(View):
    """One side of a claim link: a sentence (span into its article's text) and its voices."""

    article_id: str
    title: str | None
    outlet: str | None
    published: date | None
    start: int
    end: int
    text: str
    voices: list[VoiceView]


class ClaimLinkView(View):
    relation: str  # corroborates | conflicts | related
    score: float | None
    independent: bool  # False when both sides repeat one shared passage
    note: str | None
    a: ClaimSideView
    b: ClaimSideView


class TimelinePoint(View):
    article_id: str
    outlet: str | None
    text: str
    value: str
    event: str


class EventDetail(View):
    event: EventSummary
    articles: list[ArticleSummary]
    links: list[ClaimLinkView]
    timeline: list[TimelinePoint]


class MonthClaims(View):
    """Claims in the articles published in one month ("2020-01"), and those from anonymous
    sources."""

    month: str
    claims: int
    anonymous: int

    @property
    def anonymous_share(self) -> float:
        return self.anonymous / self.claims if self.claims else 0.0


class MatrixRow(View):
    source: SourceSummary  # its claims and articles within the event
    claims: list[int]  # per outlet, in the order of ``SourceOutletMatrix.outlets``


class SourceOutletMatrix(View):
    """Who is quoted by which outlet: claims per source (rows) and outlet (columns)."""

    outlets: list[str | None]
    rows: list[MatrixRow]
