"""Sources across articles by identity: the store's people and organizations clustered into corpus
entities exactly as ``compare`` clusters them (``corpus.entities.cluster_entities``), so that
"Obama" in one article and "Barack Obama" in another are one source.

``rebuild`` reads every stored entity (with the events of ``event_articles``, which settle
ambiguous short forms), rewrites the ``identities`` table and links each entity and each named
source to its identity. An identity's id is the ``source_key`` its name would have, so a source
named exactly like it groups with it even where no entity was linked, and a link to the fullest
name's source page keeps working.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from sqlalchemy import ColumnElement, Connection, and_, bindparam, delete, func, select, update

from sourcetrace.corpus.entities import EntityItem, cluster_entities
from sourcetrace.corpus.records import CorpusEntity, EntityRef
from sourcetrace.model import SourceKind
from sourcetrace.store import schema
from sourcetrace.store.rows import source_key

# The entity labels that name a source's identity, with the source kind its key is made with.
IDENTITY_KINDS = {"PERSON": SourceKind.NAMED_PERSON, "ORG": SourceKind.ORGANIZATION}
# Anonymous sources group by their wording, never by the entity they mention.
_NAMED_KINDS = (SourceKind.NAMED_PERSON.value, SourceKind.ORGANIZATION.value)

_ent = schema.entities
_src = schema.sources


def source_group() -> ColumnElement[str]:
    """What groups a source across articles: its identity, else its kind and name."""
    return func.coalesce(_src.c.identity_id, _src.c.source_key)


def _items(conn: Connection) -> Iterator[EntityItem]:
    """The stored people and organizations in corpus order (publication date, article, entity),
    so that a rebuild gives the same identities whatever order the articles came in."""
    art, ev = schema.articles, schema.event_articles
    mentions = (
        select(
            schema.entity_mentions.c.article_id,
            schema.entity_mentions.c.entity_id,
            func.count().label("n"),
        )
        .group_by(schema.entity_mentions.c.article_id, schema.entity_mentions.c.entity_id)
        .subquery()
    )
    # An article's event, numbered in event id order; an article in none is an event of its own.
    event_ids: dict[str, int] = {}
    event_of: dict[str, int] = {}
    for event_id, article_id in conn.execute(
        select(ev.c.event_id, ev.c.article_id).order_by(ev.c.event_id, ev.c.article_id)
    ):
        event_of.setdefault(article_id, event_ids.setdefault(event_id, len(event_ids)))
    rows = conn.execute(
        select(_ent.c.article_id, _ent.c.entity_id, _ent.c.name, _ent.c.label, mentions.c.n)
        .join(art, art.c.id == _ent.c.article_id)
        .outerjoin(
            mentions,
            and_(
                mentions.c.article_id == _ent.c.article_id,
                mentions.c.entity_id == _ent.c.entity_id,
            ),
        )
        .where(_ent.c.label.in_(sorted(IDENTITY_KINDS)))
        .order_by(art.c.published.nulls_last(), art.c.id, _ent.c.seq)
    )
    for order, r in enumerate(rows):
        event = event_of.setdefault(r.article_id, len(event_ids) + len(event_of))
        yield EntityItem(
            order, EntityRef(r.article_id, r.entity_id), event, r.name, r.label, r.n or 0
        )


def _identity_id(entity: CorpusEntity) -> str:
    return source_key(entity.name, IDENTITY_KINDS[entity.label])


def rebuild(conn: Connection) -> int:
    """Recluster the stored people and organizations into identities and link entities and named
    sources to them (in the caller's transaction); returns the number of identities."""
    # Two clusters with one canonical name and kind would share a key: they are one identity.
    by_key: dict[str, list[CorpusEntity]] = defaultdict(list)
    for entity in cluster_entities(_items(conn)):
        by_key[_identity_id(entity)].append(entity)
    conn.execute(delete(schema.identities))
    if by_key:
        conn.execute(
            schema.identities.insert(),
            [
                {
                    "id": key,
                    "name": group[0].name,
                    "kind": IDENTITY_KINDS[group[0].label].value,
                    "names": list(dict.fromkeys(n for e in group for n in e.names)),
                    "n_articles": len({m.article for e in group for m in e.members}),
                    "n_mentions": sum(e.mentions for e in group),
                }
                for key, group in by_key.items()
            ],
        )
    links = [
        {"a": m.article, "e": m.entity, "identity": key}
        for key, group in by_key.items()
        for e in group
        for m in e.members
    ]
    conn.execute(update(_ent).values(identity_id=None))
    if links:
        conn.execute(
            update(_ent)
            .where(_ent.c.article_id == bindparam("a"), _ent.c.entity_id == bindparam("e"))
            .values(identity_id=bindparam("identity")),
            links,
        )
    linked = (
        select(_ent.c.identity_id)
        .where(_ent.c.article_id == _src.c.article_id, _ent.c.entity_id == _src.c.entity_id)
        .scalar_subquery()
    )
    conn.execute(update(_src).values(identity_id=None))
    conn.execute(update(_src).where(_src.c.kind.in_(_NAMED_KINDS)).values(identity_id=linked))
    return len(by_key)
