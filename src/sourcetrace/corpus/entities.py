"""Entities across articles: the per-article entities of a corpus clustered into one corpus entity
per real person, organization or place ("Qassem Soleimani" in one article, "Qasem Soleimani" and
"Soleimani" in others).

Full names join only full names spelled the same way (word by word, allowing spelling variants;
a person's first name may be a diminutive of the other's: "Bob" / "Robert", from an editable
table, ``given_names``); a name that an article ties to a person as a nickname ("Benjamin
Netanyahu, known as Bibi") takes another article's "Bibi" to that person's cluster; a short
form (a surname, first + last name, an acronym) joins the cluster whose fuller name it fits only
when exactly one cluster fits, in the corpus or else among the names of its own event (the
articles telling one story), or else when one fitting full name is in five times the articles of
the others together ("Obama": "Barack Obama" in 26 BASIL articles, Sasha and Malia in 3).
A short form that fits several clusters joins the one whose full names are written with an
office title it is written with too ("Secretary of State Clinton": Hillary Rodham Clinton, the
only Clinton written so in the corpus; courtesy titles like "Mrs." tell no office). Otherwise
"Clinton" next to "Bill Clinton" (13) and "Hillary Rodham Clinton" (38) stays its own entity
unless its event names only one of them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace

from sourcetrace.corpus.records import CorpusEntity, EntityRef
from sourcetrace.model import Analysis
from sourcetrace.names import (
    acronym_letters,
    is_acronym,
    is_acronym_of,
    is_short_form,
    name_tokens,
    normalize_name,
    person_names_match,
    same_name,
    same_person_name,
    without_suffix,
)
from sourcetrace.vocabulary import FORMER, HONORIFICS

# Labels compared with each other; any other label is compared only with itself.
_FAMILY = {"PERSON": "person", "ORG": "org", "GPE": "place", "LOC": "place"}
# How many times the articles of the other fitting full names one must be in to take a short form
# its event does not settle: a family member or namesake in a story or two does not take the
# president's surname away from him.
DOMINANCE = 5


@dataclass(frozen=True, slots=True)
class EntityItem:
    """A per-article entity as clustering sees it."""

    order: int  # its place in the corpus (article order, then entity order): ties go by it
    ref: EntityRef
    event: int  # the event (group of articles) its article belongs to
    name: str
    label: str
    mentions: int
    aliases: tuple[str, ...] = ()  # other names its article ties to it ("Bibi"), normalized
    offices: frozenset[str] = frozenset()  # office titles written before it (``offices``)


@dataclass(slots=True, eq=False)  # compared by identity: two clusters are never one
class _Cluster:
    items: list[EntityItem] = field(default_factory=list)
    events: set[int] = field(default_factory=set)
    # Each spelling with the articles it is in: names are compared once per spelling, not per
    # article (a corpus names one person thousands of times in a few ways).
    names: dict[str, set[str]] = field(default_factory=dict)
    offices: dict[str, set[str]] = field(default_factory=dict)  # each spelling's office titles

    def add(self, item: EntityItem) -> None:
        self.items.append(item)
        self.events.add(item.event)
        self.names.setdefault(item.name, set()).add(item.ref.article)
        self.offices.setdefault(item.name, set()).update(item.offices)

    def offices_of(self, name: str, short: Callable[[str, str], bool]) -> set[str]:
        """The office titles its full names that ``name`` is a short form of are written with."""
        return set().union(*(o for n, o in self.offices.items() if short(name, n)))


def _person_block(name: str) -> str:
    # Matching words share their first letter, and every match involves the surname (a short
    # form leaves out a "Jr.").
    return without_suffix(name_tokens(name))[-1][:1]


def _name_same(a: str, b: str) -> bool:
    if is_acronym(a) and is_acronym(b):
        return acronym_letters(a) == acronym_letters(b)  # "U.S." / "US"
    ta, tb = name_tokens(a, titles=False), name_tokens(b, titles=False)
    if len(ta) == len(tb) == 1:
        # One word has no other word to confirm a misspelling ("Slate" is not "State"): only a
        # plural differs ("Democrat" / "Democrats").
        return ta[0].removesuffix("s") == tb[0].removesuffix("s")
    return same_name(a, b, titles=False)


def _name_short(short: str, full: str) -> bool:
    # Strict initials only: with no definition in the text to confirm it, the looser expansion
    # test fits "CIA" to "Congressional Prayer Caucus".
    return is_acronym(short) and not is_acronym(full) and is_acronym_of(short, full)


def _name_block(name: str) -> str:
    # An acronym's first letter starts its expansion's first word.
    return acronym_letters(name)[:1] if is_acronym(name) else name_tokens(name, titles=False)[0][:1]


def _cluster_family(
    items: list[EntityItem],
    specificity: Callable[[str], int],
    same: Callable[[str, str], bool],
    short: Callable[[str, str], bool],
    block: Callable[[str], str],
) -> list[_Cluster]:
    """Most specific names first, so that every full name has its cluster before the short
    forms look for theirs."""
    clusters: list[_Cluster] = []
    by_block: dict[str, list[_Cluster]] = {}
    by_alias: dict[str, list[_Cluster]] = {}  # a nickname an article tied to a cluster's name
    # The clusters a name is a short form of, and the one it takes without help from its event:
    # fixed once the names more specific than it have their clusters (names are taken in that
    # order), so worked out once per spelling, not once per article.
    fitting: dict[str, tuple[list[_Cluster], list[_Cluster]]] = {}
    for item in sorted(items, key=lambda i: (-specificity(i.name), i.order)):
        candidates = by_block.setdefault(block(item.name), [])
        if item.name not in fitting:
            fits = [c for c in candidates if any(short(item.name, n) for n in c.names)]
            fitting[item.name] = fits, _dominant(item.name, fits, short) if len(fits) > 1 else []
        fits, dominant = fitting[item.name]
        local = _owners(item, fits, dominant, short)
        tied = by_alias.get(normalize_name(item.name), [])
        if len(tied) == 1:
            target: _Cluster | None = tied[0]
        elif len(local) == 1:
            target = local[0]
        else:
            # Another spelling of itself, never a cluster of one of the full names it may be:
            # an ambiguous "Clinton" joins other ambiguous "Clinton"s only.
            target = next(
                (
                    c
                    for c in candidates
                    if c not in fits and any(same(item.name, n) for n in c.names)
                ),
                None,
            )
        if target is None:
            target = _Cluster()
            clusters.append(target)
            candidates.append(target)
        target.add(item)
        for alias in item.aliases:
            if target not in (held := by_alias.setdefault(alias, [])):
                held.append(target)
    return clusters


def _owners(
    item: EntityItem,
    fits: list[_Cluster],
    dominant: list[_Cluster],
    short: Callable[[str, str], bool],
) -> list[_Cluster]:
    """The clusters a short form fitting ``fits`` may join: those of its event (else all), and
    among them the one written with an office title it has, if only one is; else, when its event
    names none of them, the dominant one."""
    if len(fits) <= 1:
        return fits
    local = [c for c in fits if item.event in c.events]
    titled = [c for c in local or fits if item.offices & c.offices_of(item.name, short)]
    if len(titled) == 1:
        return titled
    return local or dominant


def offices(titles: Iterable[str]) -> frozenset[str]:
    """The office titles among the titles written before a name, without "former" and the like
    (an office held then is the same office): "Former Secretary of State" -> "secretary of
    state"; courtesy titles ("Mrs.") are left out."""
    found = set()
    for title in titles:
        words = [w for w in title.replace(".", "").casefold().split() if w not in FORMER]
        if words and not set(words) <= HONORIFICS:
            found.add(" ".join(words))
    return frozenset(found)


def _dominant(name: str, fits: list[_Cluster], short: Callable[[str, str], bool]) -> list[_Cluster]:
    """The one cluster whose full names ``name`` fits in ``DOMINANCE`` times the articles of the
    others together, if any."""
    articles = [
        len(set().union(*(arts for n, arts in c.names.items() if short(name, n)))) for c in fits
    ]
    best = max(range(len(fits)), key=articles.__getitem__)
    rest = sum(articles) - articles[best]
    return [fits[best]] if articles[best] >= DOMINANCE * rest else []


def _corpus_entity(number: int, items: list[EntityItem]) -> CorpusEntity:
    items = sorted(items, key=lambda i: i.order)
    by_name: Counter[str] = Counter()
    by_label: Counter[str] = Counter()
    for item in items:
        by_name[item.name] += item.mentions
        by_label[item.label] += item.mentions
    # Counters keep first-seen order, so ties go to the earlier spelling.
    names = [n for n, _ in by_name.most_common()]
    canonical = max(names, key=lambda n: (len(name_tokens(n)), by_name[n]))
    return CorpusEntity(
        id=f"E{number}",
        name=canonical,
        label=by_label.most_common(1)[0][0],
        members=tuple(i.ref for i in items),
        mentions=sum(by_name.values()),
        names=tuple(names),
    )


def corpus_entities(
    analyses: Sequence[Analysis], events: Sequence[Sequence[int]] = ()
) -> tuple[CorpusEntity, ...]:
    """The entities of ``analyses`` clustered across articles, numbered in order of first
    appearance (article order, then entity order within an article). ``events``: groups of
    indices into ``analyses`` (``group_events``); an article in none is an event of its own."""
    event_of = {i: n for n, group in enumerate(events) for i in group}
    refs = (
        (i, analysis.id, entity)
        for i, analysis in enumerate(analyses)
        for entity in analysis.entities
    )
    return cluster_entities(
        EntityItem(
            order,
            EntityRef(article, entity.id),
            event_of.get(index, len(events) + index),
            entity.name,
            entity.label,
            len(entity.mentions),
            aliases(entity.name, entity.label, (m.text for m in entity.mentions)),
            offices(entity.titles),
        )
        for order, (index, article, entity) in enumerate(refs)
    )


def aliases(name: str, label: str, forms: Iterable[str]) -> tuple[str, ...]:
    """The forms a person's article names them by that are no spelling or short form of their
    name: nicknames the article tied to it ("Bibi" for "Benjamin Netanyahu"), normalized."""
    if label != "PERSON":
        return ()
    found = {normalize_name(f) for f in forms if not person_names_match(f, name)}
    return tuple(sorted(f for f in found if f))


def _people_by_surname(items: list[EntityItem]) -> list[EntityItem]:
    """A lone word tagged as an organization or a place that is, in every event naming it so, the
    surname of a person the event names in full is that person: the tagger's "Cowan" (ORG) in a
    story about "William Cowan" (a "House" beside a mistagged "Obama White House" stays the
    House, which other events name without such a person)."""
    surnames = {
        (i.event, without_suffix(tokens)[-1])
        for i in items
        if i.label == "PERSON" and len(tokens := name_tokens(i.name)) > 1
    }
    lone: dict[EntityRef, str] = {}
    events: dict[str, set[int]] = {}
    for i in items:
        tokens = name_tokens(i.name)
        if _FAMILY.get(i.label) in ("org", "place") and len(tokens) == 1 and not is_acronym(i.name):
            lone[i.ref] = tokens[0]
            events.setdefault(tokens[0], set()).add(i.event)
    people = {w for w, found in events.items() if all((e, w) in surnames for e in found)}
    return [replace(i, label="PERSON") if lone.get(i.ref) in people else i for i in items]


def cluster_entities(items: Iterable[EntityItem]) -> tuple[CorpusEntity, ...]:
    """Per-article entities, wherever they were read from (analyses, the store's rows), clustered
    into corpus entities numbered in order of first appearance (``EntityItem.order``)."""
    families: dict[str, list[EntityItem]] = {}
    for item in _people_by_surname(list(items)):
        if name_tokens(item.name):  # else nothing to compare: punctuation only
            families.setdefault(_FAMILY.get(item.label, item.label), []).append(item)
    clusters: list[list[EntityItem]] = []
    for family, members in families.items():
        if family == "person":
            found = _cluster_family(
                members,
                lambda n: len(name_tokens(n)),
                same_person_name,
                is_short_form,
                _person_block,
            )
        else:
            found = _cluster_family(
                members, lambda n: not is_acronym(n), _name_same, _name_short, _name_block
            )
        clusters.extend(c.items for c in found)
    clusters.sort(key=lambda c: min(i.order for i in c))
    return tuple(_corpus_entity(n, c) for n, c in enumerate(clusters, 1))


def by_member(entities: Sequence[CorpusEntity]) -> dict[EntityRef, CorpusEntity]:
    """Each per-article entity's corpus entity."""
    return {ref: entity for entity in entities for ref in entity.members}
