"""Cross-article records the corpus stage hands the store: an event (the articles that report one
story) and the claim links between attributions in them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal


@dataclass(frozen=True, slots=True)
class ClaimLink:
    """Two attributions (article id, attribution id) that corroborate or conflict."""

    relation: Literal["corroborates", "conflicts"]
    a: tuple[str, str]
    b: tuple[str, str]
    score: float | None = None
    note: str | None = None  # what agrees or differs, e.g. "date: 2007 vs 2008"


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    title: str
    article_ids: tuple[str, ...]
    links: tuple[ClaimLink, ...] = ()
    summary: str | None = None
