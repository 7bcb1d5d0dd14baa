"""Descriptions ("a former CIA official", "the Justice Department") and which earlier source a
definite description refers back to."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sourcetrace.sources.lexicon import (
    GENERIC_PERSON_HEADS,
    MODIFIER_SYNONYMS,
    PARTY_MEMBERS,
    PEOPLE_QUANTIFIERS,
    RELATED_HEADS,
)

SAME_HEAD = 2
RELATED_HEAD = 1
INCOMPATIBLE = 0
STEM_SUFFIXES = ("ings", "ing", "ers", "er", "ed", "es", "s")


@dataclass(frozen=True, slots=True)
class Description:
    """A noun phrase that describes a source, reduced to what reference depends on."""

    text: str  # as written, determiner included: "a former U.S. intelligence officer"
    head: str  # lowercase, singular: "officer"
    modifiers: frozenset[str]  # lowercase words before the head: {"former", "us", "intelligence"}
    plural: bool
    words: frozenset[str] = frozenset()  # stems of every content word, before or after the head

    @property
    def age(self) -> bool:
        """An age standing for a person: "the 56-year-old", "two 17-year-olds"."""
        return self.head == "old" and "year" in self.modifiers

    @property
    def stands_in(self) -> bool:
        """One person's age or party, fitting whoever was named last: "the 56-year-old", "the
        Arizona Republican"."""
        return not self.plural and (self.age or self.head in PARTY_MEMBERS)

    def compatibility(self, antecedent: Description) -> int:
        """How well this (definite) description can refer back to ``antecedent``: SAME_HEAD,
        RELATED_HEAD or INCOMPATIBLE. Every modifier here must be said there: "the former
        official" can be "a former senior CIA official"; "the senior official" cannot be "a former
        official"; "the night-shift worker" can be "a contractor who worked night shifts", a
        related head, as "the former commander" can be "a retired admiral who led the Command".
        A quantifier says whom only by the words after it, and they must be said there too:
        "those familiar with the plan" are not "those surveyed"."""
        said = antecedent.words | {s for m in antecedent.modifiers for s in stems(m)}
        if self.plural != antecedent.plural or not all(
            s in said for m in self.modifiers for s in stems(m)
        ):
            return INCOMPATIBLE
        if self.head in PEOPLE_QUANTIFIERS and not self.qualified <= said:
            return INCOMPATIBLE
        if self.head == antecedent.head:
            return SAME_HEAD
        related = self.same_post(antecedent)
        # the head said after the antecedent's own ("who led the Command"), not before it: "the
        # president" is not "President Obama's national security adviser"
        if self.head in GENERIC_PERSON_HEADS or related or stems(self.head) <= antecedent.qualified:
            return RELATED_HEAD
        return INCOMPATIBLE

    @property
    def qualified(self) -> frozenset[str]:
        """Stems said after the head: "of the Federal Reserve Bank of New York" for "the
        president of the Federal Reserve Bank of New York"."""
        return self.words - {s for m in self.modifiers for s in stems(m)}

    def same_post(self, other: Description) -> bool:
        """The same head, or one a writer alternates with it ("congressman" for "Rep."), in the
        same number, whatever the modifiers."""
        heads = {self.head, other.head}
        related = len(heads) == 1 or any(heads <= group for group in RELATED_HEADS)
        return related and self.plural == other.plural

    def same_as(self, other: Description) -> bool:
        return (self.head, self.modifiers, self.plural) == (
            other.head,
            other.modifiers,
            other.plural,
        )


def stems(word: str) -> set[str]:
    """Crude stems of a word's hyphen-separated parts, so "worker" meets "worked" and
    "night-shift" meets "night shifts"; "retired" counts as "former"."""
    found = set()
    for part in word.lower().split("-"):
        part = MODIFIER_SYNONYMS.get(part, part)
        for suffix in STEM_SUFFIXES:
            if part.endswith(suffix) and len(part) - len(suffix) >= 3:
                part = part[: -len(suffix)]
                break
        if part:
            found.add(part)
    return found


@dataclass(frozen=True, slots=True)
class Match:
    """How one earlier source fits a definite description; the greatest ``rank`` wins."""

    strength: int
    # an earlier description with exactly these modifiers and qualifiers, the writer's own label:
    # "the president" is "President Trump" before "the president of the New York Fed"
    exact: bool
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
        exact = (definite.modifiers, definite.qualified) == (
            description.modifiers,
            description.qualified,
        )
        found = Match(strength, exact, recency)
        if best is None or found.rank > best.rank:
            best = found
    return best
