"""Sources across articles by identity: the store's people and organizations clustered into corpus
entities exactly as ``compare`` clusters them (``corpus.entities.cluster_entities``), so that
"Obama" in one article and "Barack Obama" in another are one source.

``rebuild`` reads every stored entity (with the events of ``event_articles``, which settle
ambiguous short forms), replays the merges and splits people made (``store.identity_changes``),
rewrites the ``identities`` table and links each entity and each named source to its identity.
An identity's id is the ``source_key`` its name would have, so a source named exactly like it
groups with it even where no entity was linked, and a link to the fullest name's source page
keeps working.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import ColumnElement, Connection, and_, bindparam, delete, func, select, update

from sourcetrace.corpus.entities import EntityItem, aliases, cluster_entities, offices
from sourcetrace.corpus.records import EntityRef
from sourcetrace.model import SourceKind
from sourcetrace.store import identity_changes, schema
from sourcetrace.store.identity_changes import IdentityChange
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
        select(
            _ent.c.article_id,
            _ent.c.entity_id,
            _ent.c.name,
            _ent.c.label,
            _ent.c.titles,
            mentions.c.n,
        )
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
    forms = _forms(conn)
    for order, r in enumerate(rows):
        event = event_of.setdefault(r.article_id, len(event_ids) + len(event_of))
        ref = EntityRef(r.article_id, r.entity_id)
        nicknames = aliases(r.name, r.label, forms.get(ref, ()))
        titles = offices(r.titles or ())
        yield EntityItem(order, ref, event, r.name, r.label, r.n or 0, nicknames, titles)


def _forms(conn: Connection) -> dict[EntityRef, set[str]]:
    """How each stored person is written in their article (the nicknames an article ties to a
    name are among them)."""
    m = schema.entity_mentions
    found: dict[EntityRef, set[str]] = {}
    people = (
        select(m.c.article_id, m.c.entity_id, m.c.text)
        .join(_ent, and_(_ent.c.article_id == m.c.article_id, _ent.c.entity_id == m.c.entity_id))
        .where(_ent.c.label == "PERSON")
        .distinct()
    )
    for article, entity, text in conn.execute(people):
        found.setdefault(EntityRef(article, entity), set()).add(text)
    return found


@dataclass(frozen=True, slots=True)
class Identity:
    """A person or organization across articles: its name, the source kind its key is made with,
    and its per-article entities."""

    name: str
    kind: SourceKind
    members: tuple[EntityItem, ...]


def _identities(items: Sequence[EntityItem]) -> dict[str, Identity]:
    """The corpus entities of ``items`` by their identity id. Two clusters with one canonical
    name and kind would share an id: they are one identity."""
    item_of = {i.ref: i for i in items}
    found: dict[str, Identity] = {}
    for entity in cluster_entities(items):
        kind = IDENTITY_KINDS[entity.label]
        key = source_key(entity.name, kind)
        members = tuple(item_of[ref] for ref in entity.members)
        held = found.get(key)
        found[key] = Identity(entity.name, kind, (held.members if held else ()) + members)
    return found


def _replay(found: dict[str, Identity], change: IdentityChange) -> None:
    """Apply one change people made, as far as the identities it names still exist."""
    if change.action == "merge":
        present = [i for i in dict.fromkeys(change.identities) if i in found]
        for other in present[1:]:
            kept = found[present[0]]
            found[present[0]] = replace(kept, members=kept.members + found.pop(other).members)
        return
    (key,) = change.identities
    if (identity := found.get(key)) is None:
        return
    names = {n.casefold() for n in change.names}
    # The spellings taken out, clustered among themselves; one whose name keys this identity
    # (all of its spellings taken out) stays.
    parts = _identities([m for m in identity.members if m.name.casefold() in names])
    moved = {m.ref for k, part in parts.items() if k != key for m in part.members}
    found[key] = replace(identity, members=tuple(m for m in identity.members if m.ref not in moved))
    for new_key, part in parts.items():
        if new_key != key:
            held = found.get(new_key)
            members = (held.members if held else ()) + part.members
            found[new_key] = Identity(held.name if held else part.name, part.kind, members)


def _row(key: str, identity: Identity) -> dict[str, Any]:
    spellings: Counter[str] = Counter()
    for m in identity.members:
        spellings[m.name] += m.mentions
    return {
        "id": key,
        "name": identity.name,
        "kind": identity.kind.value,
        "names": [n for n, _ in spellings.most_common()],
        "n_articles": len({m.ref.article for m in identity.members}),
        "n_mentions": sum(spellings.values()),
    }


def rebuild(conn: Connection) -> int:
    """Recluster the stored people and organizations into identities, replay the changes people
    made (``store.identity_changes``), and link entities and named sources to them (in the
    caller's transaction); returns the number of identities."""
    found = _identities(list(_items(conn)))
    for change in identity_changes.changes(conn, active_only=True):
        _replay(found, change)
    conn.execute(delete(schema.identities))
    if found:
        conn.execute(schema.identities.insert(), [_row(k, i) for k, i in found.items()])
    links = [
        {"a": m.ref.article, "e": m.ref.entity, "identity": key}
        for key, identity in found.items()
        for m in identity.members
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
    return len(found)
