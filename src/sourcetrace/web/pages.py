"""The web pages, rendered on the server (Jinja2, autoescaped) with a little dependency-free JS."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import quote, urlsplit

from fastapi import APIRouter, Query
from fastapi.responses import HTMLResponse
from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from sourcetrace.render.periods import period_label
from sourcetrace.web.api import Limit, Offset, StoreDep
from sourcetrace.web.charts import attributions_chart, sources_chart, timeline_chart
from sourcetrace.web.guards import CSP
from sourcetrace.web.reader import reader_view

PAGE = 50

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
        events=store.events(limit=20).items,
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


@router.get("/sources")
def sources(store: StoreDep, limit: Limit = PAGE, offset: Offset = 0) -> HTMLResponse:
    return _page("sources.html", title="Sources", sources=store.sources(limit=limit, offset=offset))


@router.get("/sources/{key}")
def source(key: str, store: StoreDep, limit: Limit = PAGE, offset: Offset = 0) -> HTMLResponse:
    detail = store.source(key, limit=limit, offset=offset)
    if detail is None:
        return _not_found(f"source {key}")
    return _page("source.html", title=detail.source.name, detail=detail)


@router.get("/outlets/{outlet:path}")
def outlet(outlet: str, store: StoreDep, limit: Limit = PAGE, offset: Offset = 0) -> HTMLResponse:
    detail = store.outlet(outlet, limit=limit, offset=offset)
    if detail is None:
        return _not_found(f"outlet {outlet}")
    return _page(
        "outlet.html",
        title=outlet,
        detail=detail,
        charts=[
            ("Claims by kind of source", attributions_chart(detail.profile)),
            ("Sources by kind", sources_chart(detail.profile)),
        ],
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
        corroborations=[x for x in detail.links if x.relation == "corroborates"],
        conflicts=[x for x in detail.links if x.relation == "conflicts"],
    )


@router.get("/search")
def search(
    store: StoreDep,
    q: Annotated[str, Query(max_length=500)] = "",
    limit: Limit = PAGE,
    offset: Offset = 0,
) -> HTMLResponse:
    results = store.search(q, limit=limit, offset=offset) if q.strip() else None
    return _page("search.html", title="Search", q=q, results=results)
