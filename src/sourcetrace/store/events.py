"""Cross-article records the corpus stage hands the store: an event (the articles that tell one
story) and the claim links between sentences of its articles, each side with the voices it rests
on (``model.Voice``, the corpus stage's own). They are the corpus records flattened to what is
stored, hence their names: the corpus stage has its own ``Event`` and ``ClaimLink``."""

from __future__ import annotations

from dataclasses import dataclass

from sourcetrace.model import Voice


@dataclass(frozen=True, slots=True)
class ClaimSide:
    """A sentence of one article: its span in that article's text."""

    article_id: str
    start: int
    end: int
    text: str
    voices: tuple[Voice, ...] = ()


@dataclass(frozen=True, slots=True)
class StoredLink:
    relation: str  # corroborates | conflicts | related
    a: ClaimSide
    b: ClaimSide
    score: float | None = None
    independent: bool = True  # False when both sides repeat one shared passage
    note: str | None = None  # what differs, e.g. "date: 2020-01-02 vs 2020-01-03"


@dataclass(frozen=True, slots=True)
class StoredEvent:
    id: str
    article_ids: tuple[str, ...]
    links: tuple[StoredLink, ...] = ()
    title: str | None = None
    summary: str | None = None
