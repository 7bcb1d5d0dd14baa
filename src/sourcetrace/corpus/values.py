"""The checkable values a sentence states: dates (from the timeline), counts (a number and what it
counts) and names of people, places and organizations (from the entities).

Two aligned sentences conflict when they state the same kind of value about the same thing and
the values differ: "killed 5 soldiers" / "killed 7 soldiers", "on March 3" / "on March 5".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sourcetrace.corpus.records import Conflict
from sourcetrace.corpus.terms import stem, words
from sourcetrace.model import Analysis

NUMBER_WORDS = {
    w: i
    for i, w in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty",
        ]
    )
}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
DIGITS = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")
YEAR = re.compile(r"(?:1[89]|20)\d\d")  # a year is a date, for the timeline to read, not a count
# Words between a number and the noun it counts that say nothing about what is counted.
FILLER = frozenset({"more", "than", "about", "nearly", "some", "of", "the", "u.s", "u.s.", "other"})
ENTITY_KINDS = {
    "PERSON": "person",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "ORG": "organization",
}


@dataclass(frozen=True, slots=True)
class Values:
    dates: frozenset[str]  # ISO 8601 values from the timeline
    counts: frozenset[tuple[str, float]]  # (stem of the counted noun, the number)
    names: frozenset[tuple[str, str]]  # (kind, canonical name)


def _number(word: str) -> float | None:
    if DIGITS.fullmatch(word) and not YEAR.fullmatch(word):
        return float(word.replace(",", ""))
    return float(NUMBER_WORDS[word]) if word in NUMBER_WORDS else None


def counts(text: str) -> frozenset[tuple[str, float]]:
    """Numbers with the noun they count: "600 U.S. troops" -> ("troop", 600)."""
    ws = [w for _, _, w in words(text)]
    found = set()
    for i, w in enumerate(ws):
        value = _number(w)
        if value is None:
            continue
        j = i + 1
        if j < len(ws) and ws[j] in SCALES:
            value *= SCALES[ws[j]]
            j += 1
        while j < len(ws) and ws[j] in FILLER:
            j += 1
        if j < len(ws) and _number(ws[j]) is None and not ws[j].isdigit():
            found.add((stem(ws[j]), value))
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
    # "2020-01" and "2020-01-03" agree (one is less precise); so do overlapping ranges.
    la, lb = a.split("/"), b.split("/")
    lo_a, hi_a, lo_b, hi_b = la[0], la[-1], lb[0], lb[-1]
    return (lo_a <= hi_b or hi_b.startswith(lo_a) or lo_a.startswith(hi_b)) and (
        lo_b <= hi_a or hi_a.startswith(lo_b) or lo_b.startswith(hi_a)
    )


def _name_words(name: str) -> list[str]:
    return [w for _, _, w in words(name)]


def _names_agree(a: str, b: str) -> bool:
    # One thing under two spellings or lengths: "Qassem Soleimani" / "Qasem Soleimani" (same last
    # word), "Baghdad" / "Baghdad International Airport" (one inside the other).
    wa, wb = _name_words(a), _name_words(b)
    if not wa or not wb:
        return a.casefold() == b.casefold()
    return wa[-1] == wb[-1] or set(wa) <= set(wb) or set(wb) <= set(wa)


def _agreeing_names(left: Values, right: Values) -> int:
    return sum(
        1 for k, a in left.names if any(k == kb and _names_agree(a, b) for kb, b in right.names)
    )


def shared(left: Values, right: Values) -> int:
    """How many values both sides state: each is a point of agreement."""
    same_dates = sum(1 for a in left.dates if any(_dates_agree(a, b) for b in right.dates))
    return same_dates + len(left.counts & right.counts) + _agreeing_names(left, right)


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
    right_counts = dict(right.counts)
    for noun, value in sorted(left.counts):
        if noun in right_counts and (noun, right_counts[noun]) not in left.counts:
            found.append(Conflict("number", f"{value:g} {noun}", f"{right_counts[noun]:g} {noun}"))
    kinds = {k for k, _ in left.names} & {k for k, _ in right.names} if names else set()
    for kind in sorted(kinds):
        mine = {n for k, n in left.names if k == kind}
        theirs = {n for k, n in right.names if k == kind}
        if not any(_names_agree(a, b) for a in mine for b in theirs):
            found.append(Conflict(kind, min(mine), min(theirs)))
    return tuple(found)
