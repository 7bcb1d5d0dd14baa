"""Sources linked to the entity they are: "John Maguire" the source is "John Maguire" the PERSON."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from sourcetrace import names
from sourcetrace.model import Entity, Source, SourceKind

# Which entity labels each kind of source can be; anonymous people and documents are no entity.
_LABELS_FOR_KIND = {
    SourceKind.NAMED_PERSON: frozenset({"PERSON"}),
    SourceKind.ORGANIZATION: frozenset({"ORG", "GPE", "FAC", "NORP", "LOC"}),
    SourceKind.UNKNOWN: frozenset({"PERSON", "ORG", "GPE", "FAC", "NORP", "LOC"}),
}


def _overlaps(source: Source, entity: Entity) -> int:
    return sum(
        1 for s in source.mentions for m in entity.mentions if s.start < m.end and m.start < s.end
    )


def _names_match(source: Source, entity: Entity) -> bool:
    if entity.label == "PERSON":
        return names.person_names_match(source.name, entity.name)
    return any(names.org_names_match(source.name, m.text) for m in entity.mentions)


def entity_for(source: Source, entities: Sequence[Entity]) -> Entity | None:
    """The entity ``source`` is: the one sharing most mention spans with it, else the one whose
    name matches its name; None for anonymous sources and documents."""
    labels = _LABELS_FOR_KIND.get(source.kind)
    if not labels:
        return None
    candidates = [e for e in entities if e.label in labels]
    by_overlap = max(candidates, key=lambda e: _overlaps(source, e), default=None)
    if by_overlap is not None and _overlaps(source, by_overlap) > 0:
        return by_overlap
    return next((e for e in candidates if _names_match(source, e)), None)


def link_sources(sources: Sequence[Source], entities: Sequence[Entity]) -> tuple[Source, ...]:
    """The sources with ``entity`` set to the id of the entity each one is, where there is one."""
    linked = []
    for source in sources:
        entity = entity_for(source, entities)
        linked.append(replace(source, entity=entity.id) if entity else source)
    return tuple(linked)
