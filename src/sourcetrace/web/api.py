"""The JSON API: analyze an article, read stored articles, sources, outlets, events; search."""

from __future__ import annotations

import hmac
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.concurrency import run_in_threadpool

from sourcetrace.model import Analysis
from sourcetrace.store import Store
from sourcetrace.store.queries import SourceSort
from sourcetrace.store.views import (
    ArticleSummary,
    AttributionHit,
    EventDetail,
    EventSummary,
    OutletDetail,
    OutletSummary,
    Page,
    SearchResults,
    SourceDetail,
    SourceSummary,
)
from sourcetrace.web.analysis import Analyzer
from sourcetrace.web.contract import (
    COMMON_ERRORS,
    AnalysisOut,
    AnalyzeRequest,
    ErrorOut,
    ValidationErrorOut,
    error,
)
from sourcetrace.web.filters import FiltersDep

MAX_LIMIT = 500
MAX_OFFSET = 1_000_000_000
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Items per page.")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Items to skip.")]
ArticleId = Annotated[str, Path(max_length=64, description="The article's id (16 hex digits).")]
Key = Annotated[str, Path(max_length=64)]

router = APIRouter(responses=COMMON_ERRORS)
_bearer = HTTPBearer(auto_error=False, description="The token the server was started with.")


def store_of(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


StoreDep = Annotated[Store, Depends(store_of)]
Credentials = Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]


def require_writer(request: Request, credentials: HTTPAuthorizationCredentials | None) -> None:
    """Writes need the start-up token (``--token`` or SOURCETRACE_TOKEN); without one configured
    the server is read-only."""
    token: str | None = request.app.state.token
    if not token:
        raise HTTPException(403, "this server is read-only: start it with --token to allow writes")
    _check_token(token, credentials)


def require_analyst(request: Request, credentials: HTTPAuthorizationCredentials | None) -> None:
    """Analyses cost a worker process for up to the time budget: with a token configured they
    need it too, unless the server was started with --open-analyze."""
    token: str | None = request.app.state.token
    if token and not request.app.state.open_analyze:
        _check_token(token, credentials)


def _check_token(token: str, credentials: HTTPAuthorizationCredentials | None) -> None:
    """The token compared in constant time; 401 when it is missing or wrong."""
    given = credentials.credentials if credentials else ""
    if not hmac.compare_digest(given.encode(), token.encode()):
        raise HTTPException(
            401,
            "a valid token is needed: send 'Authorization: Bearer TOKEN'",
            headers={"WWW-Authenticate": "Bearer"},
        )


def analyze_access(
    request: Request,
    credentials: Credentials,
    keep: Annotated[
        bool, Query(alias="store", description="Also store the analysis (needs the token).")
    ] = False,
) -> bool:
    """Whether to store the analysis, once the caller may: a dependency, so that the token is
    checked before the body is (a 401 comes before a 422)."""
    if keep:
        require_writer(request, credentials)
    else:
        require_analyst(request, credentials)
    return keep


NOT_FOUND: dict[int | str, dict[str, Any]] = {404: error("Nothing has that id.")}


def contract(analysis: Analysis) -> AnalysisOut:
    return AnalysisOut.model_validate(analysis.to_dict())


@router.post(
    "/analyze",
    response_model=AnalysisOut,
    tags=["analyze"],
    responses={
        401: error("The token is missing or wrong."),
        403: error("Storing on a read-only server."),
        422: {
            "model": ValidationErrorOut | ErrorOut,
            "description": "Invalid body, or an article that cannot be analyzed in time.",
        },
        503: error("Every analysis worker is busy; see Retry-After."),
    },
)
async def analyze(
    body: AnalyzeRequest,
    request: Request,
    store: StoreDep,
    keep: Annotated[bool, Depends(analyze_access)],
) -> AnalysisOut:
    """Who said what in one article: the JSON output contract. The analysis runs in a worker
    process within the server's time budget; an article that runs past it is refused (422)."""
    analyzer: Analyzer = request.app.state.analyzer
    analysis = await analyzer.analyze(body)
    if keep:
        await run_in_threadpool(store.write, [analysis])
    return contract(analysis)


@router.get("/articles", tags=["articles"])
def articles(
    store: StoreDep, filters: FiltersDep, limit: Limit = 50, offset: Offset = 0
) -> Page[ArticleSummary]:
    """Stored articles, newest first; with ``kind``, those with a claim from such a source."""
    return store.articles(limit=limit, offset=offset, filters=filters)


@router.get(
    "/articles/{article_id}", response_model=AnalysisOut, tags=["articles"], responses=NOT_FOUND
)
def article(article_id: ArticleId, store: StoreDep) -> AnalysisOut:
    """One stored article's analysis: the JSON output contract."""
    analysis = store.analysis(article_id)
    if analysis is None:
        raise HTTPException(404, f"no article with id {article_id!r}")
    return contract(analysis)


Sort = Annotated[
    SourceSort, Query(description="Most claims first, most articles first, or by name.")
]


@router.get("/sources", tags=["sources"])
def sources(
    store: StoreDep,
    filters: FiltersDep,
    limit: Limit = 50,
    offset: Offset = 0,
    sort: Sort = "claims",
) -> Page[SourceSummary]:
    """Sources across articles (one per kind and name) with their claims and articles in the
    articles the filters cover, most claims first."""
    return store.sources(limit=limit, offset=offset, filters=filters, sort=sort)


@router.get("/attributions", tags=["sources"])
def attributions(
    store: StoreDep, filters: FiltersDep, limit: Limit = 50, offset: Offset = 0
) -> Page[AttributionHit]:
    """Claims (asserted speech and writing), newest article first."""
    return store.attributions(limit=limit, offset=offset, filters=filters)


@router.get("/sources/{key}", tags=["sources"], responses=NOT_FOUND)
def source(key: Key, store: StoreDep, limit: Limit = 50, offset: Offset = 0) -> SourceDetail:
    """Every attribution of one source across articles."""
    detail = store.source(key, limit=limit, offset=offset)
    if detail is None:
        raise HTTPException(404, f"no source with key {key!r}")
    return detail


@router.get("/search", tags=["search"])
def search(
    store: StoreDep,
    q: Annotated[str, Query(min_length=1, max_length=500, description="Words to find.")],
    filters: FiltersDep,
    limit: Limit = 50,
    offset: Offset = 0,
) -> SearchResults:
    """Full-text search over article titles and texts, what sources said, and source names and
    descriptions; each article hit says where the words are in its text."""
    return store.search(q, limit=limit, offset=offset, filters=filters)


@router.get("/outlets", tags=["outlets"])
def outlets(store: StoreDep) -> list[OutletSummary]:
    """Outlets with their sourcing profile, most articles first."""
    return store.outlets()


@router.get("/outlets/{outlet:path}", tags=["outlets"], responses=NOT_FOUND)
def outlet(
    outlet: Annotated[str, Path(max_length=500)],
    store: StoreDep,
    limit: Limit = 50,
    offset: Offset = 0,
) -> OutletDetail:
    """One outlet's sourcing profile and its articles."""
    detail = store.outlet(outlet, limit=limit, offset=offset)
    if detail is None:
        raise HTTPException(404, f"no articles from outlet {outlet!r}")
    return detail


@router.get("/events", tags=["events"])
def events(
    store: StoreDep, filters: FiltersDep, limit: Limit = 50, offset: Offset = 0
) -> Page[EventSummary]:
    """Events: articles from several outlets about one story; with filters, the events with an
    article they cover."""
    return store.events(limit=limit, offset=offset, filters=filters)


@router.get("/events/{event_id}", tags=["events"], responses=NOT_FOUND)
def event(event_id: Key, store: StoreDep) -> EventDetail:
    """One event: its articles, timeline, and the claims that corroborate or conflict."""
    detail = store.event(event_id)
    if detail is None:
        raise HTTPException(404, f"no event with id {event_id!r}")
    return detail
