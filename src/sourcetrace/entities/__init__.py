"""Named entities of one article, one Entity per real thing.

spaCy's entities are cut to the name proper (no titles, "the" or possessive), acronyms defined in
parentheses are paired with their expansion, and the mentions are clustered by name
(``entities.clusters``). The small model misses many repeated names ("McChrystal, the former JSOC
commander"), so each name a cluster already has is then looked up again in the text, and in the
photo captions the parse never saw ("Maj. Gen. Qassem Soleimani in 2005.").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from spacy.tokens import Doc, Span

from sourcetrace import names
from sourcetrace.entities.clusters import cluster_mentions, majority_label
from sourcetrace.entities.link import link_sources
from sourcetrace.entities.mentions import (
    PERSON,
    Mention,
    acronym_definitions,
    ner_mentions,
    nickname_definitions,
    title_before,
)
from sourcetrace.model import Boilerplate, BoilerplateLabel, Entity, TextSpan
from sourcetrace.nlp import doc_text

__all__ = ["extract_entities", "link_sources"]

_MIN_SEARCH_CHARS = 3


def extract_entities(
    doc: Doc, text: str | None = None, boilerplate: Sequence[Boilerplate] = ()
) -> tuple[Entity, ...]:
    """Entities (ids e1, e2, ... in order of first mention), each with all its mentions.

    ``doc`` is the parse of ``text`` with ``boilerplate`` blanked; given both, names already found
    are also looked up in the captions (duplicated captions are skipped, as in the timeline).
    """
    parsed = doc_text(doc)
    entities = doc.ents  # read once: spaCy makes every entity's Span anew on each read
    found = ner_mentions(doc, entities)
    nicknames = nickname_definitions(parsed, found)
    clusters = cluster_mentions(found, [*acronym_definitions(parsed), *nicknames])
    searchable = _searchable_text(doc, text, boilerplate)
    clusters = _with_unlabeled_mentions(entities, searchable, clusters)
    # A nickname names its person only where nothing else does.
    avoid = frozenset(d.short.text for d in nicknames)
    return tuple(_entity(f"e{i}", ms, avoid) for i, ms in enumerate(clusters, 1))


def _searchable_text(doc: Doc, text: str | None, boilerplate: Sequence[Boilerplate]) -> str:
    """The parsed text with the captions put back (same offsets)."""
    captions = [b for b in boilerplate if b.label is BoilerplateLabel.CAPTION]
    if text is None or not captions:  # most articles have none: no copy of the text to make
        return doc_text(doc)
    chars = list(doc_text(doc))
    for b in captions:
        chars[b.start : b.end] = text[b.start : b.end]
    return "".join(chars)


def _with_unlabeled_mentions(
    entities: Sequence[Span], text: str, clusters: list[list[Mention]]
) -> list[list[Mention]]:
    """Clusters plus the occurrences of their names in ``text`` the parser did not tag (its
    ``entities``).

    A name two clusters share (one surname, two people) is not looked up: it is ambiguous. Places
    spaCy tagged as anything else (a date, another entity) are left alone.
    """
    owner: dict[str, int | None] = {}
    labels = [majority_label(m.label for m in ms) for ms in clusters]  # once a cluster
    for i, ms in enumerate(clusters):
        forms = {m.text for m in ms}
        if labels[i] == PERSON:
            forms.add(names.surname(canonical_name(ms)))
        for form in forms:
            if len(form) >= _MIN_SEARCH_CHARS:
                owner[form] = i if owner.get(form, i) == i else None
    unambiguous = {form: i for form, i in owner.items() if i is not None}
    if not unambiguous:
        return clusters
    searchable = sorted(unambiguous, key=len, reverse=True)
    taken = bytearray(len(text))  # characters already in a mention or another tagged entity
    for start, end in [(m.start, m.end) for ms in clusters for m in ms] + [
        (e.start_char, e.end_char) for e in entities
    ]:
        taken[start:end] = b"\x01" * (end - start)
    added = [list(ms) for ms in clusters]
    for start, form in _occurrences(text, searchable):
        end = start + len(form)
        if any(taken[start:end]):
            continue
        i = unambiguous[form]
        title = title_before(text, start) if labels[i] == PERSON else ""
        added[i].append(Mention(start, end, labels[i], form, title))
    return [sorted(ms, key=lambda m: m.start) for ms in added]


def _occurrences(text: str, forms: Sequence[str]) -> list[tuple[int, str]]:
    """Where the forms stand in ``text`` as whole words (no word character or hyphen on either
    side), left to right without overlap, the longest form first where several start at one
    place. ``str.find`` per form: a regex of the article's names would be compiled per article."""
    found = []
    for form in forms:
        at = text.find(form)
        while at >= 0:
            end = at + len(form)
            if not (_joins(text, at - 1) or _joins(text, end)):
                found.append((at, -len(form), form))
            at = text.find(form, at + 1)
    kept: list[tuple[int, str]] = []
    reached = 0
    for at, _, form in sorted(found):
        if at >= reached:
            kept.append((at, form))
            reached = at + len(form)
    return kept


def _joins(text: str, i: int) -> bool:
    """Whether the character at ``i`` (if any) would join a word: a word character or a hyphen."""
    if not 0 <= i < len(text):
        return False
    c = text[i]
    return c.isalnum() or c in "_-"


def canonical_name(mentions: Sequence[Mention], avoid: frozenset[str] = frozenset()) -> str:
    """The fullest well-formed name among the mentions: most words, then most used, then first;
    a form in ``avoid`` (a nickname) only when there is no other."""
    counts = Counter(m.text for m in mentions)
    well_formed = [m for m in mentions if m.text[:1].isupper() or m.text[:1].isdigit()]
    candidates = well_formed or list(mentions)
    candidates = [m for m in candidates if m.text not in avoid] or candidates
    best = max(
        candidates,
        key=lambda m: (len(names.name_tokens(m.text, titles=False)), counts[m.text], -m.start),
    )
    return " ".join(best.text.split())


def _label(mentions: Sequence[Mention], name: str) -> str:
    """The label the tagger gave the full name most often: it tags "Donald Trump" PERSON more
    reliably than the "Trump" of "the Trump campaign"."""
    full = [m.label for m in mentions if " ".join(m.text.split()) == name]
    return majority_label(full or [m.label for m in mentions])


def _entity(entity_id: str, mentions: Sequence[Mention], avoid: frozenset[str]) -> Entity:
    titles = list(dict.fromkeys(m.title for m in mentions if m.title))
    name = canonical_name(mentions, avoid)
    return Entity(
        id=entity_id,
        name=name,
        label=_label(mentions, name),
        mentions=tuple(TextSpan(m.start, m.end, m.text) for m in mentions),
        titles=tuple(titles),
    )
