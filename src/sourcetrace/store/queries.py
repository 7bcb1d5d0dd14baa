"""Read queries behind the API and web pages: lists, groupings across articles, events."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Sequence
from typing import Any, Literal

from sqlalchemy import ColumnElement, Connection, Select, Table, and_, func, select, tuple_

from sourcetrace.model import SourceKind
from sourcetrace.store import schema
from sourcetrace.store.filters import NO_FILTERS, Filters
from sourcetrace.store.identities import source_group
from sourcetrace.store.views import (
    ArticleSummary,
    AttributionHit,
    ClaimLinkView,
    ClaimSideView,
    EventDetail,
    EventSummary,
    OutletDetail,
    OutletSummary,
    Page,
    SourceDetail,
    SourceSummary,
    SourcingProfile,
    TimelinePoint,
    VoiceView,
)

art = schema.articles
src = schema.sources
att = schema.attributions
content = schema.attribution_content
ident = schema.identities


def attribution_in(table: Table, keys: Collection[tuple[str, str]]) -> ColumnElement[bool]:
    """Rows of ``table`` whose (``article_id``, ``attribution_id``) is one of ``keys``. The
    article ids are also given alone: for a row-value list SQLite scans the whole table, where
    article ids let it search the key's index."""
    return and_(
        table.c.article_id.in_(sorted({article for article, _ in keys})),
        tuple_(table.c.article_id, table.c.attribution_id).in_(list(keys)),
    )


def count_rows(conn: Connection, query: Select[Any]) -> int:
    return int(conn.execute(select(func.count()).select_from(query.subquery())).scalar_one())


def article_summary(row: Any) -> ArticleSummary:
    return ArticleSummary(
        id=row.id,
        title=row.title,
        outlet=row.outlet,
        url=row.url,
        published=row.published,
        sources=row.n_sources,
        attributions=row.n_attributions,
        anonymous_share=row.anonymous_share,
        flagged=row.n_flagged,
    )


def articles(
    conn: Connection, *, limit: int, offset: int, filters: Filters = NO_FILTERS
) -> Page[ArticleSummary]:
    """Articles newest first; with a kind, those quoting a source of that kind."""
    query = (
        select(art)
        .where(*filters.on_articles(), *filters.quoting_kind())
        .order_by(art.c.published.desc().nulls_last(), art.c.id)
    )
    rows = conn.execute(query.limit(limit).offset(offset))
    return Page[ArticleSummary](
        total=count_rows(conn, query),
        limit=limit,
        offset=offset,
        items=[article_summary(r) for r in rows],
    )


SourceSort = Literal["claims", "articles", "name"]


def _source_groups(
    *where: ColumnElement[bool], filters: Filters = NO_FILTERS, sort: SourceSort = "claims"
) -> Select[Any]:
    """Sources grouped across articles by identity, else by key, with their claims in the articles
    that ``filters`` cover: a source that makes no claim there (it only believed or perceived) is
    not listed. An identity is named by its fullest spelling. Ties fall back to the name, then the
    group, so that pages never overlap."""
    n_attributions = func.count(att.c.attribution_id)
    n_articles = func.count(func.distinct(src.c.article_id))
    group = source_group()
    name = func.coalesce(func.max(ident.c.name), func.min(src.c.name))
    first = {
        "claims": (n_attributions.desc(), n_articles.desc()),
        "articles": (n_articles.desc(), n_attributions.desc()),
        "name": (),
    }[sort]
    return (
        select(
            group.label("source_key"),
            name.label("name"),
            func.min(src.c.kind).label("kind"),
            n_articles.label("n_articles"),
            n_attributions.label("n_attributions"),
        )
        .select_from(
            src.join(
                att,
                and_(
                    att.c.article_id == src.c.article_id,
                    att.c.source_id == src.c.source_id,
                    schema.is_claim(),
                ),
            ).outerjoin(ident, ident.c.id == src.c.identity_id)
        )
        .where(
            *where,
            *filters.on_sources(src.c.kind),
            *filters.on_claims(),
            *filters.on_article_ids(src.c.article_id),
        )
        .group_by(group)
        .order_by(*first, name, group)
    )


def _source_summary(row: Any) -> SourceSummary:
    return SourceSummary(
        key=row.source_key,
        name=row.name,
        kind=row.kind,
        articles=row.n_articles,
        attributions=row.n_attributions,
    )


def sources(
    conn: Connection,
    *,
    limit: int,
    offset: int,
    filters: Filters = NO_FILTERS,
    sort: SourceSort = "claims",
) -> Page[SourceSummary]:
    query = _source_groups(filters=filters, sort=sort)
    rows = conn.execute(query.limit(limit).offset(offset))
    return Page[SourceSummary](
        total=count_rows(conn, query),
        limit=limit,
        offset=offset,
        items=[_source_summary(r) for r in rows],
    )


def source_summaries(
    conn: Connection, keys: Sequence[str], *, filters: Filters = NO_FILTERS
) -> list[SourceSummary]:
    """The sources with these keys, most claims first (counted where ``filters`` say)."""
    if not keys:
        return []
    query = _source_groups(source_group().in_(keys), filters=filters)
    return [_source_summary(r) for r in conn.execute(query)]


def hit_rows() -> Select[Any]:
    """Claims with their article and source (content pieces come from ``hits``)."""
    return (
        select(
            att.c.article_id,
            art.c.title,
            art.c.outlet,
            art.c.published,
            att.c.attribution_id,
            att.c.type,
            att.c.cue_text.label("cue"),
            att.c.confidence,
            src.c.name.label("source_name"),
            src.c.kind.label("source_kind"),
            source_group().label("source_key"),
        )
        .select_from(
            att.join(art, art.c.id == att.c.article_id).outerjoin(
                src, and_(src.c.article_id == att.c.article_id, src.c.source_id == att.c.source_id)
            )
        )
        .where(schema.is_claim())
        .order_by(art.c.published.desc().nulls_last(), att.c.article_id, att.c.seq)
    )


def hits(conn: Connection, rows: Sequence[Any]) -> list[AttributionHit]:
    """Hits from ``hit_rows()`` rows, each with its content pieces joined by " … " in text order."""
    keys = sorted({(r.article_id, r.attribution_id) for r in rows})
    pieces: dict[tuple[str, str], list[str]] = {key: [] for key in keys}
    if keys:
        for p in conn.execute(
            select(content.c.article_id, content.c.attribution_id, content.c.text)
            .where(attribution_in(content, keys))
            .order_by(content.c.article_id, content.c.attribution_id, content.c.seq)
        ):
            pieces[(p.article_id, p.attribution_id)].append(p.text)
    return [
        AttributionHit(
            article_id=r.article_id,
            title=r.title,
            outlet=r.outlet,
            published=r.published,
            attribution_id=r.attribution_id,
            type=r.type,
            cue=r.cue,
            content=" … ".join(pieces[(r.article_id, r.attribution_id)]),
            confidence=r.confidence,
            source_name=r.source_name,
            source_kind=r.source_kind,
            source_key=r.source_key,
        )
        for r in rows
    ]


def hits_page(
    conn: Connection, query: Select[Any], *, limit: int, offset: int
) -> Page[AttributionHit]:
    rows = conn.execute(query.limit(limit).offset(offset)).all()
    return Page[AttributionHit](
        total=count_rows(conn, query), limit=limit, offset=offset, items=hits(conn, rows)
    )


def attributions(
    conn: Connection, *, limit: int, offset: int, filters: Filters = NO_FILTERS
) -> Page[AttributionHit]:
    """Claims, newest article first, in the articles, from the kind of source and with the cue
    class that ``filters`` cover."""
    query = hit_rows().where(
        *filters.on_articles(), *filters.on_sources(src.c.kind), *filters.on_claims()
    )
    return hits_page(conn, query, limit=limit, offset=offset)


def source(
    conn: Connection, key: str, *, limit: int, offset: int, filters: Filters = NO_FILTERS
) -> SourceDetail | None:
    """One source with its claims in the articles ``filters`` cover (its totals stay whole)."""
    summaries = source_summaries(conn, [key])
    if not summaries:
        return None
    descriptions = conn.execute(
        select(src.c.description)
        .where(source_group() == key, src.c.description.is_not(None))
        .distinct()
        .order_by(src.c.description)
    ).scalars()
    return SourceDetail(
        source=summaries[0],
        descriptions=list(descriptions),
        attributions=hits_page(
            conn,
            hit_rows().where(source_group() == key, *filters.on_articles()),
            limit=limit,
            offset=offset,
        ),
    )


def _profile_columns() -> list[Any]:
    return [
        func.count(art.c.id).label("articles"),
        *(
            func.coalesce(func.sum(art.c[f"n_{name}"]), 0).label(name)
            for name in (
                "sources",
                "named_person",
                "anonymous_person",
                "organization",
                "document",
                "unknown",
                "attributions",
                "flagged",
            )
        ),
    ]


UNRESOLVED = "unresolved"  # attributions with no source, in ``attributions_by_kind``


def _attributions_by_kind(
    conn: Connection, where: ColumnElement[bool]
) -> dict[str | None, dict[str, int]]:
    """Per outlet key, how many claims rest on each kind of source."""
    kind = func.coalesce(src.c.kind, UNRESOLVED)
    rows = conn.execute(
        select(art.c.outlet_key, kind, func.count())
        .select_from(
            att.join(art, art.c.id == att.c.article_id).outerjoin(
                src, and_(src.c.article_id == att.c.article_id, src.c.source_id == att.c.source_id)
            )
        )
        .where(where, schema.is_claim())
        .group_by(art.c.outlet_key, kind)
    )
    by_outlet: dict[str | None, dict[str, int]] = defaultdict(dict)
    for outlet_name, kind_name, n in rows:
        by_outlet[outlet_name][kind_name] = int(n)
    return by_outlet


def _profile(row: Any, by_kind: dict[str, int]) -> SourcingProfile:
    counts = {
        name: int(row._mapping[name])
        for name in SourcingProfile.model_fields
        if name not in ("anonymous_share", "attributions_by_kind")
    }
    anonymous = by_kind.get(SourceKind.ANONYMOUS_PERSON.value, 0)
    share = round(anonymous / counts["attributions"], 3) if counts["attributions"] else 0.0
    return SourcingProfile(**counts, anonymous_share=share, attributions_by_kind=by_kind)


# An outlet is its articles with one outlet key, named by their one name (store.outlets).
_OUTLET_NAME = func.min(art.c.outlet_name).label("outlet")


def outlets(conn: Connection) -> list[OutletSummary]:
    where = art.c.outlet_key.is_not(None)
    by_kind = _attributions_by_kind(conn, where)
    rows = conn.execute(
        select(art.c.outlet_key, _OUTLET_NAME, *_profile_columns())
        .where(where)
        .group_by(art.c.outlet_key)
        .order_by(func.count(art.c.id).desc(), art.c.outlet_key)
    )
    return [
        OutletSummary(outlet=r.outlet, profile=_profile(r, by_kind.get(r.outlet_key, {})))
        for r in rows
    ]


def outlet(conn: Connection, key: str, *, limit: int, offset: int) -> OutletDetail | None:
    where = art.c.outlet_key == key
    row = conn.execute(select(_OUTLET_NAME, *_profile_columns()).where(where)).one()
    if not row.articles:
        return None
    return OutletDetail(
        outlet=row.outlet,
        profile=_profile(row, _attributions_by_kind(conn, where).get(key, {})),
        articles=articles(conn, limit=limit, offset=offset, filters=Filters(outlet=key)),
    )


ev = schema.events
ev_art = schema.event_articles


def _events() -> Select[Any]:
    return (
        select(
            ev.c.id,
            ev.c.title,
            ev.c.summary,
            func.count(art.c.id).label("n_articles"),
            func.count(func.distinct(art.c.outlet_key)).label("n_outlets"),
            func.min(art.c.published).label("first_published"),
        )
        .select_from(
            ev.outerjoin(ev_art, ev_art.c.event_id == ev.c.id).outerjoin(
                art, art.c.id == ev_art.c.article_id
            )
        )
        .group_by(ev.c.id, ev.c.title, ev.c.summary)
        .order_by(func.min(art.c.published).desc().nulls_last(), ev.c.id)
    )


def _event_summary(row: Any) -> EventSummary:
    return EventSummary(
        id=row.id,
        title=row.title,
        summary=row.summary,
        articles=row.n_articles,
        outlets=row.n_outlets,
        first_published=row.first_published,
    )


def events(
    conn: Connection, *, limit: int, offset: int, filters: Filters = NO_FILTERS
) -> Page[EventSummary]:
    """Events, newest first; with filters, those with an article that the filters cover."""
    query = _events()
    if filters != NO_FILTERS:
        covered = (
            select(ev_art.c.event_id)
            .join(art, art.c.id == ev_art.c.article_id)
            .where(*filters.on_articles(), *filters.quoting_kind())
        )
        query = query.where(ev.c.id.in_(covered))
    rows = conn.execute(query.limit(limit).offset(offset))
    return Page[EventSummary](
        total=count_rows(conn, query),
        limit=limit,
        offset=offset,
        items=[_event_summary(r) for r in rows],
    )


def event(conn: Connection, event_id: str) -> EventDetail | None:
    row = conn.execute(_events().where(ev.c.id == event_id)).one_or_none()
    if row is None:
        return None
    members = select(ev_art.c.article_id).where(ev_art.c.event_id == event_id)
    member_rows = conn.execute(
        select(art).where(art.c.id.in_(members)).order_by(art.c.outlet, art.c.published, art.c.id)
    )
    links = conn.execute(
        select(schema.claim_links)
        .where(schema.claim_links.c.event_id == event_id)
        .order_by(schema.claim_links.c.seq)
    ).all()
    cv = schema.claim_voices
    voices: dict[tuple[int, str], list[VoiceView]] = defaultdict(list)
    for v in conn.execute(
        select(cv).where(cv.c.event_id == event_id).order_by(cv.c.link_seq, cv.c.side, cv.c.seq)
    ):
        voices[(v.link_seq, v.side)].append(
            VoiceView(name=v.name, kind=v.kind, attribution_id=v.attribution_id)
        )
    sided = {r.article_id_a for r in links} | {r.article_id_b for r in links}
    meta = {
        r.id: r
        for r in conn.execute(
            select(art.c.id, art.c.title, art.c.outlet, art.c.published).where(
                art.c.id.in_(sorted(sided))
            )
        )
    }

    def side(r: Any, s: str) -> ClaimSideView:
        m = meta[r._mapping[f"article_id_{s}"]]
        return ClaimSideView(
            article_id=m.id,
            title=m.title,
            outlet=m.outlet,
            published=m.published,
            start=r._mapping[f"start_char_{s}"],
            end=r._mapping[f"end_char_{s}"],
            text=r._mapping[f"text_{s}"],
            voices=voices[(r.seq, s)],
        )

    tl = schema.timeline
    points = conn.execute(
        select(tl.c.article_id, art.c.outlet, tl.c.text, tl.c.value, tl.c.event)
        .select_from(tl.join(art, art.c.id == tl.c.article_id))
        .where(tl.c.article_id.in_(members))
        .order_by(tl.c.value, art.c.outlet, tl.c.article_id, tl.c.seq)
    )
    return EventDetail(
        event=_event_summary(row),
        articles=[article_summary(r) for r in member_rows],
        links=[
            ClaimLinkView(
                relation=r.relation,
                score=r.score,
                independent=r.independent,
                note=r.note,
                a=side(r, "a"),
                b=side(r, "b"),
            )
            for r in links
        ],
        timeline=[
            TimelinePoint(
                article_id=p.article_id, outlet=p.outlet, text=p.text, value=p.value, event=p.event
            )
            for p in points
        ],
    )
