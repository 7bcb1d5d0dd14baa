"""Mentions grouped into one cluster per real thing, by name.

Mentions with the same normalized name form a group; groups then join when they are spellings of
one name ("Qassem"/"Qasem Soleimani"), an acronym and its expansion ("JSOC"), or, for people, a
short form and a full name ("Soleimani" -> "Qassem Soleimani"). A surname two people share goes,
mention by mention, to the one named most recently before it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from itertools import combinations

from sourcetrace import given_names, names
from sourcetrace.entities.mentions import PERSON, Definition, Mention

# Labels spaCy confuses with each other for one thing (the Pentagon as ORG or FAC): names may
# join across them; people, nationalities and events only among their own.
_LABEL_CLASS = {"ORG": "org", "GPE": "org", "LOC": "org", "FAC": "org"}
LABEL_PRIORITY = ("PERSON", "ORG", "GPE", "FAC", "LOC", "NORP", "EVENT")


def mention_key(text: str) -> str:
    """Mentions with equal keys are one name: acronyms by their letters ("U.S." = "US")."""
    if names.is_acronym(text):
        return "acronym:" + names.acronym_letters(text)
    return names.normalize_name(text, titles=False)


def majority_label(labels: Iterable[str]) -> str:
    counts = Counter(labels)
    if len(counts) == 1:  # most names carry one label throughout: nothing to rank
        return next(iter(counts))
    return max(counts, key=lambda label: (counts[label], -LABEL_PRIORITY.index(label)))


class _Groups:
    """Mentions by key, with a union-find over keys."""

    def __init__(self, mentions: Sequence[Mention]) -> None:
        self.by_key: dict[str, list[Mention]] = defaultdict(list)
        for m in mentions:
            self.by_key[mention_key(m.text)].append(m)
        self.parent = {key: key for key in self.by_key}
        self.label = {key: majority_label(m.label for m in ms) for key, ms in self.by_key.items()}
        self.text = {key: ms[0].text for key, ms in self.by_key.items()}
        self._relabel_surnames()

    def _relabel_surnames(self) -> None:
        """A lone word spaCy took for a place or group that is the surname of a person named in
        full ("McChrystal" tagged ORG after "Stanley McChrystal") is that person."""
        surnames = {
            names.name_tokens(self.text[k])[-1]
            for k, label in self.label.items()
            if label == PERSON and len(names.name_tokens(self.text[k])) > 1
        }
        for key, label in self.label.items():
            if label != PERSON and not key.startswith("acronym:") and key in surnames:
                self.label[key] = PERSON

    def root(self, key: str) -> str:
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def union(self, a: str, b: str) -> None:
        ra, rb = self.root(a), self.root(b)
        if ra != rb:
            self.parent[rb] = ra

    def label_class(self, key: str) -> str:
        return _LABEL_CLASS.get(self.label[key], self.label[key])


def _join_variants(groups: _Groups) -> None:
    """Join spellings of one name, and acronyms with the names they abbreviate.

    Only groups that could match are compared: spellings share a label class, a word count and a
    first letter (of the surname, for people); an acronym is looked up by the initials of the
    other names.
    """
    buckets: dict[tuple[str, int, str], list[str]] = defaultdict(list)
    by_initials: dict[tuple[str, str], list[str]] = defaultdict(list)
    for key, text in groups.text.items():
        tokens = names.name_tokens(text, titles=False)
        label_class = groups.label_class(key)
        # A person's first name may be a diminutive ("Bob" / "Robert"): people by the surname.
        word = tokens[-1 if label_class == PERSON else 0][:1] if tokens else ""
        buckets[(label_class, len(tokens), word)].append(key)
        if label_class != PERSON and not names.is_acronym(text):
            by_initials[(label_class, names.initials(text))].append(key)
    for keys in buckets.values():
        for a, b in combinations(keys, 2):
            ta, tb = groups.text[a], groups.text[b]
            person = groups.label[a] == PERSON
            if names.same_person_name(ta, tb) if person else names.org_names_match(ta, tb):
                groups.union(a, b)
    for key, text in groups.text.items():
        if groups.label[key] != PERSON and names.is_acronym(text):
            for other in by_initials.get(
                (groups.label_class(key), names.acronym_letters(text)), []
            ):
                if names.is_acronym_of(text, groups.text[other]):
                    groups.union(key, other)


def _short_form_owners(groups: _Groups) -> dict[str, list[str]]:
    """For each person key that is a short form of longer names, the roots it may belong to.

    Longer short forms join first ("George Bush" before "Bush"), so the shorter sees one root.
    """
    people = [k for k in groups.by_key if groups.label[k] == PERSON]
    people.sort(key=lambda k: -len(names.name_tokens(groups.text[k])))
    owners: dict[str, list[str]] = {}
    table = given_names.table()  # read once: every pair of people is compared below
    for short in people:
        own = groups.root(short)  # no union happens while the roots are gathered
        roots = {
            groups.root(full)
            for full in people
            if groups.root(full) != own
            and names.is_short_form(groups.text[short], groups.text[full], table)
        }
        # "Clinton" after "Crooked Hillary Clinton": the tagger's extension is no second owner.
        roots = {
            r for r in roots
            if not any(names.is_suffix_extension(groups.text[r], groups.text[o]) for o in roots)
        }  # fmt: skip
        if len(roots) == 1:
            groups.union(roots.pop(), short)
        elif roots:
            owners[short] = sorted(roots)
    return owners


def _nearest_owner(m: Mention, roots: Sequence[str], mention_starts: dict[str, list[int]]) -> str:
    """The root named most recently before ``m``, else the first one named after it."""
    before = [
        (max(s for s in mention_starts[r] if s < m.start), r)
        for r in roots
        if any(s < m.start for s in mention_starts[r])
    ]
    if before:
        return max(before)[1]
    return min((min(mention_starts[r]), r) for r in roots)[1]


def cluster_mentions(
    mentions: Sequence[Mention], definitions: Sequence[Definition]
) -> list[list[Mention]]:
    """Clusters of mentions, one per real thing, each in text order, clusters by first mention."""
    spans = {(m.start, m.end) for m in mentions}
    extra = [m for d in definitions for m in (d.long, d.short) if (m.start, m.end) not in spans]
    groups = _Groups([*mentions, *extra])
    for d in definitions:
        groups.union(mention_key(d.long.text), mention_key(d.short.text))
    _join_variants(groups)
    owners = _short_form_owners(groups)

    clusters: dict[str, list[Mention]] = defaultdict(list)
    for key, ms in groups.by_key.items():
        if key not in owners:
            clusters[groups.root(key)].extend(ms)
    starts = {root: [m.start for m in ms] for root, ms in clusters.items()}
    for key, roots in owners.items():
        for m in groups.by_key[key]:
            clusters[groups.root(_nearest_owner(m, roots, starts))].append(m)
    ordered = [sorted(ms, key=lambda m: m.start) for ms in clusters.values()]
    return sorted(ordered, key=lambda ms: ms[0].start)
