"""Sources linked to the entity they are: "John Maguire" the source is "John Maguire" the PERSON."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from sourcetrace import names
from sourcetrace.model import Entity, Source, SourceKind, TextSpan

# Which entity labels each kind of source can be; anonymous people and documents are no entity.
_LABELS_FOR_KIND = {
    SourceKind.NAMED_PERSON: frozenset({"PERSON"}),
    SourceKind.ORGANIZATION: frozenset({"ORG", "GPE", "FAC", "NORP", "LOC"}),
    SourceKind.UNKNOWN: frozenset({"PERSON", "ORG", "GPE", "FAC", "NORP", "LOC"}),
}


def _head_word(mention: TextSpan) -> tuple[int, int]:
    """The span of a mention's last word, where English puts the head of a name phrase: "Trump"
    in "Donald Trump's", "team" in "Trump team" (which is no mention of Trump)."""
    start, end = names.name_core(mention.text, titles=False)
    last_space = mention.text.rfind(" ", start, end)
    return mention.start + max(start, last_space + 1), mention.start + end


def _overlaps(heads: Sequence[tuple[int, int]], entity: Entity) -> int:
    """How many of a source's mentions have their head word (``heads``) inside a mention of the
    entity."""
    return sum(1 for hs, he in heads if any(m.start < he and hs < m.end for m in entity.mentions))


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
    if source.kind is SourceKind.NAMED_PERSON:
        # A shared surname puts "Bill Clinton" in text spans of "Hillary Clinton": names decide.
        candidates = [e for e in candidates if names.person_names_match(source.name, e.name)]
    heads = [_head_word(s) for s in source.mentions]  # once, not once per candidate
    by_overlap = max(candidates, key=lambda e: _overlaps(heads, e), default=None)
    if by_overlap is not None and _overlaps(heads, by_overlap) > 0:
        return by_overlap
    by_name = next((e for e in candidates if _names_match(source, e)), None)
    if by_name is None and source.kind is SourceKind.NAMED_PERSON:
        # The tagger calls many people ORG or GPE; a full name written the same way is them.
        by_name = next((e for e in entities if names.same_name(source.name, e.name)), None)
    return by_name


def link_sources(sources: Sequence[Source], entities: Sequence[Entity]) -> tuple[Source, ...]:
    """The sources with ``entity`` set to the id of the entity each one is, where there is one."""
    linked = []
    for source in sources:
        entity = entity_for(source, entities)
        linked.append(replace(source, entity=entity.id) if entity else source)
    return tuple(linked)
