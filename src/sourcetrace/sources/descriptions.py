"""Descriptions ("a former CIA official", "the Justice Department") and which earlier source a
definite description refers back to."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sourcetrace.sources.lexicon import GENERIC_PERSON_HEADS, RELATED_HEADS

SAME_HEAD = 2
RELATED_HEAD = 1
INCOMPATIBLE = 0


@dataclass(frozen=True, slots=True)
class Description:
    """A noun phrase that describes a source, reduced to what reference depends on."""

    text: str  # as written, determiner included: "a former U.S. intelligence officer"
    head: str  # lowercase, singular: "officer"
    modifiers: frozenset[str]  # lowercase words before the head: {"former", "us", "intelligence"}
    plural: bool

    def compatibility(self, antecedent: Description) -> int:
        """How well this (definite) description can refer back to ``antecedent``: SAME_HEAD,
        RELATED_HEAD or INCOMPATIBLE. Every modifier here must appear there: "the former
        official" can be "a former senior CIA official"; "the senior official" cannot be "a former
        official"."""
        if self.plural != antecedent.plural or not self.modifiers <= antecedent.modifiers:
            return INCOMPATIBLE
        if self.head == antecedent.head:
            return SAME_HEAD
        if self.head in GENERIC_PERSON_HEADS or any(
            {self.head, antecedent.head} <= group for group in RELATED_HEADS
        ):
            return RELATED_HEAD
        return INCOMPATIBLE

    def same_as(self, other: Description) -> bool:
        return (self.head, self.modifiers, self.plural) == (
            other.head,
            other.modifiers,
            other.plural,
        )


@dataclass(frozen=True, slots=True)
class Match:
    """How one earlier source fits a definite description; the greatest ``rank`` wins."""

    strength: int
    exact: bool  # an earlier description with exactly these modifiers: the writer's own label
    recency: int  # offset of the source's latest mention before this one

    @property
    def rank(self) -> tuple[int, bool, int]:
        return (self.strength, self.exact, self.recency)

    @property
    def tier(self) -> tuple[int, bool]:
        """Two matches in one tier are told apart by recency alone: a guess."""
        return (self.strength, self.exact)


def match(definite: Description, earlier: Iterable[Description], recency: int) -> Match | None:
    """The best fit of ``definite`` against one source's earlier descriptions, or None."""
    best: Match | None = None
    for description in earlier:
        strength = definite.compatibility(description)
        if strength == INCOMPATIBLE:
            continue
        found = Match(strength, definite.modifiers == description.modifiers, recency)
        if best is None or found.rank > best.rank:
            best = found
    return best
