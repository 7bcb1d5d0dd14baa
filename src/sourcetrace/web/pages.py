"""The web pages, rendered on the server (Jinja2, autoescaped) with a little dependency-free JS."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import quote, urlsplit

from fastapi import APIRouter, Query
from fastapi.responses import HTMLResponse, Response
from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from sourcetrace.model import SourceKind
from sourcetrace.render.colors import source_color
from sourcetrace.render.periods import period_label
from sourcetrace.store import Filters
from sourcetrace.store.filters import NO_FILTERS
from sourcetrace.store.snippets import marked
from sourcetrace.web.api import Limit, Offset, Sort, StoreDep
from sourcetrace.web.charts import attributions_chart, share_chart, sources_chart, timeline_chart
from sourcetrace.web.downloads import Format, download
from sourcetrace.web.filters import FiltersDep
from sourcetrace.web.guards import CSP
from sourcetrace.web.reader import reader_view
from sourcetrace.web.wording import kind_label
from sourcetrace.wording import counted

PAGE = 50
ALL_OUTLETS, ALL_COLOR = "all outlets", "#555555"  # the corpus line of the share charts
TOP_SOURCES = 10
# The columns of a sources download, as the leaderboard shows them.
SOURCE_FIELDS = ("name", "kind", "attributions", "articles", "key")

router = APIRouter(prefix="/ui", include_in_schema=False, default_response_class=HTMLResponse)

_env = Environment(
    loader=PackageLoader("sourcetrace", "templates"),
    autoescape=select_autoescape(default=True),
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)
_env.filters["part"] = lambda value: quote(str(value), safe="")
_env.filters["period"] = period_label
_env.filters["kind_label"] = kind_label
_env.filters["counted"] = counted
_env.filters["marked"] = marked
_env.globals["source_kinds"] = [(k.value, kind_label(k)) for k in SourceKind]


def _web_url(url: str | None) -> str | None:
    """The URL when it is http(s): a "javascript:" URL must never become a link."""
    try:
        scheme = urlsplit(url or "").scheme.lower()
    except ValueError:  # e.g. an unclosed "[" in the host
        return None
    return url if scheme in ("http", "https") else None


_env.filters["web_url"] = _web_url


def _page(name: str, status: int = 200, **context: Any) -> HTMLResponse:
    return HTMLResponse(_env.get_template(name).render(**context), status_code=status)


def _not_found(what: str) -> HTMLResponse:
    return _page("not_found.html", 404, title="Not found", what=what)


@router.get("/")
def home(store: StoreDep, limit: Limit = PAGE, offset: Offset = 0) -> HTMLResponse:
    return _page(
        "home.html",
        title="Articles",
        articles=store.articles(limit=limit, offset=offset),
        outlets=store.outlets(),
        events=store.events(limit=20),
    )


@router.get("/articles/{article_id}")
def article(article_id: str, store: StoreDep) -> HTMLResponse:
    analysis = store.analysis(article_id)
    if analysis is None:
        return _not_found(f"article {article_id}")
    view = reader_view(analysis)
    page = _page("article.html", title=analysis.title or f"Article {analysis.id}", view=view)
    # The per-source colors come inline; the policy allows exactly that style by its hash.
    page.headers["content-security-policy"] = CSP.replace(
        "style-src 'self'", f"style-src 'self' {view.css_hash}"
    )
    return page


@router.get("/sources", response_model=None)
def sources(
    store: StoreDep,
    filters: FiltersDep,
    limit: Limit = PAGE,
    offset: Offset = 0,
    sort: Sort = "claims",
    format: Format = "html",
) -> Response:
    """The sources leaderboard; ``format=csv`` or ``json`` downloads the rows it shows."""
    page = store.sources(limit=limit, offset=offset, filters=filters, sort=sort)
    if format != "html":
        return download(page.items, SOURCE_FIELDS, format, "sources")
    params = {**filters.params(), "sort": sort, "limit": limit, "offset": offset}
    return _page(
        "sources.html",
        title="Sources",
        sources=page,
        filters=filters,
        sort=sort,
        params=params,
        outlets=[o.outlet for o in store.outlets()],
    )


@router.get("/sources/{key}")
def source(
    key: str, store: StoreDep, filters: FiltersDep, limit: Limit = PAGE, offset: Offset = 0
) -> HTMLResponse:
    detail = store.source(key, limit=limit, offset=offset, filters=filters)
    if detail is None:
        return _not_found(f"source {key}")
    return _page("source.html", title=detail.source.name, detail=detail, filters=filters)


@router.get("/outlets")
def outlets(store: StoreDep) -> HTMLResponse:
    return _page("outlets.html", title="Outlets", outlets=store.outlets())


@router.get("/outlets/{outlet:path}")
def outlet(outlet: str, store: StoreDep, limit: Limit = PAGE, offset: Offset = 0) -> HTMLResponse:
    detail = store.outlet(outlet, limit=limit, offset=offset)
    if detail is None:
        return _not_found(f"outlet {outlet}")
    top = {
        kind: store.sources(limit=TOP_SOURCES, filters=Filters(outlet=outlet, kind=kind)).items
        for kind in (SourceKind.NAMED_PERSON, SourceKind.ANONYMOUS_PERSON)
    }
    trend = share_chart(
        [
            (outlet, source_color(0), store.monthly_claims(Filters(outlet=outlet))),
            (ALL_OUTLETS, ALL_COLOR, store.monthly_claims(NO_FILTERS)),
        ]
    )
    return _page(
        "outlet.html",
        title=outlet,
        detail=detail,
        top=top,
        trend=trend,
        charts=[
            ("Claims by kind of source", attributions_chart(detail.profile)),
            ("Sources by kind", sources_chart(detail.profile)),
        ],
    )


@router.get("/trends")
def trends(store: StoreDep) -> HTMLResponse:
    """The anonymous share per month, one line per outlet, and claims by kind of source."""
    outlets = store.outlets()
    series = [
        (o.outlet, source_color(i), store.monthly_claims(Filters(outlet=o.outlet)))
        for i, o in enumerate(outlets)
    ]
    return _page(
        "trends.html",
        title="Trends",
        trend=share_chart([*series, (ALL_OUTLETS, ALL_COLOR, store.monthly_claims())]),
        charts=[(o.outlet, attributions_chart(o.profile)) for o in outlets],
    )


@router.get("/events")
def events(
    store: StoreDep, filters: FiltersDep, limit: Limit = PAGE, offset: Offset = 0
) -> HTMLResponse:
    return _page(
        "events.html",
        title="Events",
        events=store.events(limit=limit, offset=offset, filters=filters),
        filters=filters,
        outlets=[o.outlet for o in store.outlets()],
    )


@router.get("/events/{event_id}")
def event(event_id: str, store: StoreDep) -> HTMLResponse:
    detail = store.event(event_id)
    if detail is None:
        return _not_found(f"event {event_id}")
    by_outlet: dict[str, list[Any]] = {}
    for a in detail.articles:
        by_outlet.setdefault(a.outlet or "(no outlet)", []).append(a)
    return _page(
        "event.html",
        title=detail.event.title or f"Event {event_id}",
        detail=detail,
        by_outlet=by_outlet,
        chart=timeline_chart(detail.timeline),
        matrix=store.source_outlet_matrix(Filters(event=event_id)),
        corroborations=[x for x in detail.links if x.relation == "corroborates"],
        conflicts=[x for x in detail.links if x.relation == "conflicts"],
    )


@router.get("/search")
def search(
    store: StoreDep,
    filters: FiltersDep,
    q: Annotated[str, Query(max_length=500)] = "",
    limit: Limit = PAGE,
    offset: Offset = 0,
) -> HTMLResponse:
    results = store.search(q, limit=limit, offset=offset, filters=filters) if q.strip() else None
    return _page(
        "search.html",
        title="Search",
        q=q,
        results=results,
        filters=filters,
        params={"q": q, **filters.params()},
    )
