"""The results of comparing articles: events, claim links with their evidence, outlet profiles.

Every span is a pair of character offsets into the ``Analysis.text`` of the article it names.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sourcetrace.model import Voice
from sourcetrace.render.periods import period_label
from sourcetrace.wording import counted


class LinkLabel(StrEnum):
    CORROBORATES = "corroborates"  # both state the same fact
    CONFLICTS = "conflicts"  # the same fact with a different value in one slot
    RELATED = "related"  # similar sentences, no fact found in both


@dataclass(frozen=True, slots=True)
class Evidence:
    """One side of a link: a sentence of one article and the voices it rests on."""

    article: str
    start: int
    end: int
    text: str
    sources: tuple[Voice, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "article": self.article,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "sources": [v.to_dict() for v in self.sources],
        }


@dataclass(frozen=True, slots=True)
class ValueConflict:
    """A value the two sides state differently, e.g. kind "date", "2020-01-02" vs "2020-01-03"."""

    kind: str  # date | count | rank | person | place | organization | thing
    left: str
    right: str
    reason: str = ""  # one line: why the two values are about the same slot

    def describe(self, between: str = "vs") -> str:
        """One line for a reader, dates as a reader writes them: "date: 3 January, year unknown
        vs 2020-01-02", never "--01-03"."""
        show = period_label if self.kind == "date" else str
        return f"{self.kind}: {show(self.left)} {between} {show(self.right)}"

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "left": self.left, "right": self.right, "reason": self.reason}


@dataclass(frozen=True, slots=True)
class FactRef:
    """The fact a link rests on: both sides state it (``corroborates``) or state it with a
    different value (``conflicts``)."""

    kind: str  # role | event | date | count
    slot: str  # what the fact is about: "Qassem Soleimani: leader of Quds Force", "strike kill ..."
    reason: str  # one line a reader can check against the two sentences

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "slot": self.slot, "reason": self.reason}


@dataclass(frozen=True, slots=True)
class SharedPassage:
    """A near-verbatim run of words two articles share (wire copy, a copied paragraph)."""

    left: Evidence
    right: Evidence
    words: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "left": {k: v for k, v in self.left.to_dict().items() if k != "sources"},
            "right": {k: v for k, v in self.right.to_dict().items() if k != "sources"},
            "words": self.words,
        }


@dataclass(frozen=True, slots=True)
class ClaimLink:
    """Two sentences of two articles of one event that state the same thing, or nearly."""

    label: LinkLabel
    score: float
    left: Evidence
    right: Evidence
    conflicts: tuple[ValueConflict, ...] = ()
    independent: bool = True  # False when both sides repeat one shared passage: one voice
    shared: SharedPassage | None = None
    fact: FactRef | None = None  # None for a `related` link: similar sentences, no shared fact

    def to_dict(self) -> dict[str, Any]:
        return {
            "label": self.label.value,
            "score": round(self.score, 3),
            "left": self.left.to_dict(),
            "right": self.right.to_dict(),
            "conflicts": [c.to_dict() for c in self.conflicts],
            "independent": self.independent,
            "shared": self.shared.to_dict() if self.shared else None,
            "fact": self.fact.to_dict() if self.fact else None,
        }


@dataclass(frozen=True, slots=True)
class EventArticle:
    """An article as an event lists it."""

    id: str
    title: str | None
    outlet: str | None
    published: str | None  # ISO date

    @property
    def name(self) -> str:
        """What a reader knows the article by: its outlet, else its title, else its id."""
        return self.outlet or self.title or self.id

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "outlet": self.outlet,
            "published": self.published,
        }


@dataclass(frozen=True, slots=True)
class Event:
    """Articles telling one story, and how their claims line up."""

    id: str
    articles: tuple[EventArticle, ...]
    links: tuple[ClaimLink, ...]
    shared: tuple[SharedPassage, ...]

    @property
    def corroborations(self) -> int:
        """Corroborating links between independent sides: a copied sentence counts once, as none."""
        return sum(1 for k in self.links if k.label is LinkLabel.CORROBORATES and k.independent)

    @property
    def conflicts(self) -> int:
        return sum(1 for k in self.links if k.label is LinkLabel.CONFLICTS)

    @property
    def counts(self) -> str:
        """ "2 articles, 1 independent corroboration, 0 conflicts", as the reports say it."""
        return (
            f"{counted(len(self.articles), 'article')}, "
            f"{counted(self.corroborations, 'independent corroboration')}, "
            f"{counted(self.conflicts, 'conflict')}"
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "articles": [a.to_dict() for a in self.articles],
            "corroborations": self.corroborations,
            "conflicts": self.conflicts,
            "links": [k.to_dict() for k in self.links],
            "shared": [s.to_dict() for s in self.shared],
        }


@dataclass(frozen=True, slots=True)
class OutletProfile:
    """How one outlet sources its stories, over the articles of a corpus."""

    outlet: str
    articles: int
    attributions: int
    attributions_per_article: float
    anonymous_share: float  # share of attributions resting on an anonymous source
    kinds: tuple[tuple[str, int], ...]  # attributions by source kind, most first
    top_sources: tuple[tuple[str, int], ...]  # attributions by source name, most first

    def to_dict(self) -> dict[str, Any]:
        return {
            "outlet": self.outlet,
            "articles": self.articles,
            "attributions": self.attributions,
            "attributions_per_article": self.attributions_per_article,
            "anonymous_share": self.anonymous_share,
            "kinds": dict(self.kinds),
            "top_sources": [{"name": n, "attributions": c} for n, c in self.top_sources],
        }


@dataclass(frozen=True, slots=True)
class EntityRef:
    """One article's entity: the article id and the ``Entity.id`` within it."""

    article: str
    entity: str

    def to_dict(self) -> dict[str, Any]:
        return {"article": self.article, "entity": self.entity}


@dataclass(frozen=True, slots=True)
class CorpusEntity:
    """One person, organization or place across articles: the per-article entities naming it."""

    id: str  # "E1", "E2", ... in order of first appearance
    name: str  # the fullest, most frequent spelling
    label: str  # the members' most frequent label: PERSON, ORG, GPE, LOC, ...
    members: tuple[EntityRef, ...]  # in order of appearance
    mentions: int  # mentions over all members
    names: tuple[str, ...]  # every spelling, most mentioned first

    @property
    def articles(self) -> int:
        return len({m.article for m in self.members})

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "label": self.label,
            "articles": self.articles,
            "mentions": self.mentions,
            "names": list(self.names),
            "members": [m.to_dict() for m in self.members],
        }


@dataclass(frozen=True, slots=True)
class Comparison:
    """The whole cross-article result: events and, over all articles, the outlet profiles and
    the entities clustered across articles."""

    events: tuple[Event, ...]
    outlets: tuple[OutletProfile, ...]
    similarity: str  # the similarity method used: "tfidf" or "embeddings:<model>"
    entities: tuple[CorpusEntity, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "similarity": self.similarity,
            "events": [e.to_dict() for e in self.events],
            "outlets": [o.to_dict() for o in self.outlets],
            "corpus_entities": [e.to_dict() for e in self.entities],
        }
