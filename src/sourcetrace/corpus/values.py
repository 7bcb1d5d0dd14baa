"""The checkable values a sentence states: dates (from the timeline) and counts (a number and what
it counts). Both sentences stating one is a sign they tell one fact (``shared``); whether they
state a fact's value differently is for ``matching`` to say, slot by slot.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.lang.en.stop_words import STOP_WORDS

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


@dataclass(frozen=True, slots=True)
class Count:
    """A number and the noun it counts: "nearly 600 U.S. troops" -> troop, 600, estimate."""

    noun: str  # stemmed: "troops" and "troop" count the same thing
    value: float
    estimate: bool
    word: str = field(default="", compare=False)  # the noun as written, for people to read

    def agrees(self, other: Count) -> bool:
        if self.estimate or other.estimate:
            return abs(self.value - other.value) <= ESTIMATE_TOLERANCE * max(
                self.value, other.value
            )
        return self.value == other.value

    def __str__(self) -> str:
        number = f"{int(self.value):,}" if self.value.is_integer() else f"{self.value:g}"
        return f"{'about ' if self.estimate else ''}{number} {self.word or self.noun}"


@dataclass(frozen=True, slots=True)
class Values:
    dates: frozenset[str]  # ISO 8601 values from the timeline
    counts: frozenset[Count]


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
            found.add(Count(stem(ws[j]), value, estimate, ws[j]))
    return frozenset(found)


def values(analysis: Analysis, start: int, end: int) -> Values:
    """The values stated in ``analysis.text[start:end]``."""
    dates = frozenset(t.value for t in analysis.timeline if start <= t.start and t.end <= end)
    return Values(dates, counts(analysis.text[start:end]))


def dates_agree(a: str, b: str) -> bool:
    """Whether two timeline values can name the same time: their calendar spans overlap, so
    "2020-01" agrees with "2020-01-03"; values off the calendar ("--01-03") must be equal."""
    ba, bb = value_bounds(a), value_bounds(b)
    if ba is None or bb is None:
        return a == b
    return ba[0] <= bb[1] and bb[0] <= ba[1]


def shared(left: Values, right: Values) -> int:
    """How many dates and counts both sides state: each is a point of agreement. Shared names are
    not counted: they are words of both sentences already, weighed by their rarity, and the
    story's own names (its people, its city) are in nearly every sentence."""
    same_dates = sum(1 for a in left.dates if any(dates_agree(a, b) for b in right.dates))
    return same_dates + sum(1 for a in left.counts if any(a.agrees(b) for b in right.counts))
