"""Cross-article records the corpus stage hands the store: an event (the articles that tell one
story) and the claim links between sentences of its articles, each side with the voices it rests
on. They mirror ``sourcetrace.corpus`` records field for field, flattened to what is stored."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Voice:
    name: str
    kind: str  # a SourceKind value, or "outlet" (a sentence no attribution covers)
    attribution: str | None = None  # id of the attribution the sentence sits in


@dataclass(frozen=True, slots=True)
class ClaimSide:
    """A sentence of one article: its span in that article's text."""

    article_id: str
    start: int
    end: int
    text: str
    voices: tuple[Voice, ...] = ()


@dataclass(frozen=True, slots=True)
class ClaimLink:
    relation: str  # corroborates | conflicts | related
    a: ClaimSide
    b: ClaimSide
    score: float | None = None
    independent: bool = True  # False when both sides repeat one shared passage
    note: str | None = None  # what differs, e.g. "date: 2020-01-02 vs 2020-01-03"


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    article_ids: tuple[str, ...]
    links: tuple[ClaimLink, ...] = ()
    title: str | None = None
    summary: str | None = None
