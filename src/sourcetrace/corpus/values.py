"""The checkable values a sentence states: dates (from the timeline), counts (a number and what it
counts) and names of people, places and organizations (from the entities).

Two aligned sentences conflict when they state the same kind of value about the same thing and
the values differ: "killed 5 soldiers" / "killed 7 soldiers", "on March 3" / "on March 5".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.lang.en.stop_words import STOP_WORDS

from sourcetrace.corpus.records import Conflict
from sourcetrace.corpus.terms import stem, words
from sourcetrace.model import Analysis
from sourcetrace.timeline.values import value_bounds

NUMBER_WORDS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
}
SCALES = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
}
DIGITS = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")
YEAR = re.compile(r"(?:1[89]|20)\d\d")  # a year is a date, for the timeline to read, not a count
# Words between a number and the noun it counts that say nothing about what is counted.
FILLER = frozenset({"of", "the", "u.s", "other", "more"})
# Words before a number that make it an estimate: "nearly $44 million" agrees with "$43 million".
HEDGES = frozenset({"about", "nearly", "roughly", "almost", "around", "some", "over", "than"})
ESTIMATE_TOLERANCE = 0.1  # relative difference two estimates may have and still agree
# A number after a month is a day of a date ("Sept. 11 hijackers"), the timeline's to read.
MONTHS = frozenset(
    "jan feb mar apr jun jul aug sep sept oct nov dec january february march april may june "
    "july august september october november december".split()
)
NOT_NOUNS = STOP_WORDS | MONTHS
ENTITY_KINDS = {
    "PERSON": "person",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "ORG": "organization",
}


@dataclass(frozen=True, slots=True)
class Count:
    """A number and the noun it counts: "nearly 600 U.S. troops" -> troop, 600, estimate."""

    noun: str  # stemmed
    value: float
    estimate: bool

    def agrees(self, other: Count) -> bool:
        if self.estimate or other.estimate:
            return abs(self.value - other.value) <= ESTIMATE_TOLERANCE * max(
                self.value, other.value
            )
        return self.value == other.value

    def __str__(self) -> str:
        number = f"{int(self.value):,}" if self.value.is_integer() else f"{self.value:g}"
        return f"{'about ' if self.estimate else ''}{number} {self.noun}"


@dataclass(frozen=True, slots=True)
class Values:
    dates: frozenset[str]  # ISO 8601 values from the timeline
    counts: frozenset[Count]
    names: frozenset[tuple[str, str]]  # (kind, canonical name)


def _number(word: str) -> float | None:
    if DIGITS.fullmatch(word) and not YEAR.fullmatch(word):
        return float(word.replace(",", ""))
    return float(NUMBER_WORDS[word]) if word in NUMBER_WORDS else None


def counts(text: str) -> frozenset[Count]:
    """Numbers with the noun they count. Clock times ("9:52 p.m."), days of a month and numbers
    followed by no noun ("40 to 60") are not counts."""
    spans = words(text)
    ws = [w for _, _, w in spans]
    found = set()
    for i, (start, end, w) in enumerate(spans):
        value = _number(w)
        if value is None or text[start - 1 : start] == ":" or text[end : end + 1] == ":":
            continue
        if i > 0 and ws[i - 1] in MONTHS:
            continue
        j = i + 1
        if j < len(ws) and ws[j] in SCALES:
            value *= SCALES[ws[j]]
            j += 1
        while j < len(ws) and ws[j] in FILLER:
            j += 1
        if j < len(ws) and ws[j].isalpha() and ws[j] not in NOT_NOUNS:
            estimate = i > 0 and ws[i - 1] in HEDGES
            found.add(Count(stem(ws[j]), value, estimate))
    return frozenset(found)


def values(analysis: Analysis, start: int, end: int) -> Values:
    """The values stated in ``analysis.text[start:end]``."""
    dates = frozenset(t.value for t in analysis.timeline if start <= t.start and t.end <= end)
    names = frozenset(
        (ENTITY_KINDS[e.label], e.name)
        for e in analysis.entities
        if e.label in ENTITY_KINDS and any(start <= m.start and m.end <= end for m in e.mentions)
    )
    return Values(dates, counts(analysis.text[start:end]), names)


def _dates_agree(a: str, b: str) -> bool:
    """Whether two timeline values can name the same time: their calendar spans overlap, so
    "2020-01" agrees with "2020-01-03"; values off the calendar ("--01-03") must be equal."""
    ba, bb = value_bounds(a), value_bounds(b)
    if ba is None or bb is None:
        return a == b
    return ba[0] <= bb[1] and bb[0] <= ba[1]


def _name_words(name: str) -> list[str]:
    return [w for _, _, w in words(name)]


def _names_agree(a: str, b: str) -> bool:
    # One thing under two spellings or lengths: "Qassem Soleimani" / "Qasem Soleimani" (same last
    # word), "Baghdad" / "Baghdad International Airport" (one inside the other).
    wa, wb = _name_words(a), _name_words(b)
    if not wa or not wb:
        return a.casefold() == b.casefold()
    return wa[-1] == wb[-1] or set(wa) <= set(wb) or set(wb) <= set(wa)


def shared(left: Values, right: Values) -> int:
    """How many dates and counts both sides state: each is a point of agreement. Shared names are
    not counted: they are words of both sentences already, weighed by their rarity, and the
    story's own names (its people, its city) are in nearly every sentence."""
    same_dates = sum(1 for a in left.dates if any(_dates_agree(a, b) for b in right.dates))
    return same_dates + sum(1 for a in left.counts if any(a.agrees(b) for b in right.counts))


def conflicts(left: Values, right: Values, *, names: bool = True) -> tuple[Conflict, ...]:
    """Values of one kind that both sides state and that nowhere agree (names only when
    ``names``: a sentence names many people and places besides the fact's own)."""
    found: list[Conflict] = []
    if (
        left.dates
        and right.dates
        and not any(_dates_agree(a, b) for a in left.dates for b in right.dates)
    ):
        found.append(Conflict("date", min(left.dates), min(right.dates)))
    # A count conflicts only where each side gives one number for the noun: a sentence listing
    # "21 percent ... 17 percent" does not say which one the other side's "12 percent" is.
    for noun in sorted({c.noun for c in left.counts} & {c.noun for c in right.counts}):
        left_n = [c for c in left.counts if c.noun == noun]
        right_n = [c for c in right.counts if c.noun == noun]
        if len(left_n) == len(right_n) == 1 and not left_n[0].agrees(right_n[0]):
            found.append(Conflict("number", str(left_n[0]), str(right_n[0])))
    kinds = {k for k, _ in left.names} & {k for k, _ in right.names} if names else set()
    for kind in sorted(kinds):
        mine = {n for k, n in left.names if k == kind}
        theirs = {n for k, n in right.names if k == kind}
        if not any(_names_agree(a, b) for a in mine for b in theirs):
            found.append(Conflict(kind, min(mine), min(theirs)))
    return tuple(found)
