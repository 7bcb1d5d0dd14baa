"""Time expressions that lean on the date before them: "the following year", "two days later",
"that May", "that year", "the same day", "the best games of the year".

Their value is counted from the antecedent, the last dated expression before them in the same
text ("The plant opened in 2012. The following year ..." is 2013), or from the publication date
when none comes first. An antecedent too coarse for the unit ("the next day" after "in 2012")
leaves the expression without a value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from sourcetrace.timeline.values import day_value, month_value, value_bounds, week_value

MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
_COUNT_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def _unit(group: str, *, night: bool = False) -> str:
    return rf"(?P<{group}>(?i:day|week|month|year{'|night' if night else ''}))"


def _unit_of(word: str) -> str:
    """The calendar unit a matched unit word counts in: a night is its day's ("the previous
    night" after "Wednesday" is Tuesday; "that night" is left out, as often told of a night the
    text never dates)."""
    word = word.lower()
    return "day" if word == "night" else word


PATTERN = re.compile(
    "|".join(
        (
            r"\b(?i:the)\s+(?P<rel>(?i:following|next|previous|prior))\s+"
            rf"{_unit('unit', night=True)}\b",
            # Only at a clause's end: "the day after the vote" counts from the vote.
            rf"\b(?i:the)\s+{_unit('unit_ba')}\s+(?P<ba>(?i:before|after))(?=\s*(?:[,.;:)]|$))",
            rf"\b(?P<count>\d+|(?i:{'|'.join(_COUNT_WORDS)}))\s+{_unit('unit_n')}s?\s+"
            r"(?P<dir>(?i:later|earlier))\b",
            # "that March 2 event" is March 2, not "that March".
            rf"\b(?i:that)\s+(?:{_unit('unit_that')}|(?P<month>{'|'.join(MONTHS)})(?!\s+\d))\b",
            # The antecedent's own day, week ...: "the same day", "That same year".
            rf"\b(?i:the|that)\s+(?i:same)\s+{_unit('unit_same')}\b",
            # "the best games of the year", "his first catch of the year": the antecedent's year
            # (not a part of one, "this time of the year", nor a title, "Player of the Year").
            r"(?<=\bof )(?<!time of )(?<!months of )(?<!half of )(?<!quarter of )(?<!part of )"
            r"(?<!days of )(?<!weeks of )(?<!turn of )"
            r"(?i:the)\s+(?P<unit_of>year)\b(?!\s+(?:before|after))",
        )
    )
)
_POINT = re.compile(r"\d{4}(?:-W\d{2}|-\d{2}(?:-\d{2})?)?")


@dataclass(frozen=True, slots=True)
class Anaphor:
    """A parsed expression: ``shift`` ``unit``s from the antecedent, or its ``month``."""

    unit: str  # day | week | month | year
    shift: int = 0
    month: int | None = None


def parse(m: re.Match[str]) -> Anaphor:
    """The anaphor a ``PATTERN`` match states."""
    if m["month"]:
        return Anaphor("month", month=MONTHS.index(m["month"]) + 1)
    if same := m["unit_that"] or m["unit_same"] or m["unit_of"]:
        return Anaphor(_unit_of(same))
    if m["rel"]:
        return Anaphor(_unit_of(m["unit"]), 1 if m["rel"].lower() in ("following", "next") else -1)
    if m["ba"]:
        return Anaphor(_unit_of(m["unit_ba"]), 1 if m["ba"].lower() == "after" else -1)
    count = m["count"].lower()
    n = int(count) if count.isdigit() else _COUNT_WORDS[count]
    return Anaphor(_unit_of(m["unit_n"]), n if m["dir"].lower() == "later" else -n)


def antecedent(value: str) -> str | None:
    """``value`` as an antecedent: a year, month, ISO week or day on the calendar (a range
    counts by its start); None for values off it ("", "--01-03", a decade)."""
    first = value.partition("/")[0]
    return first if _POINT.fullmatch(first) else None


def resolve(anaphor: Anaphor, before: str) -> str | None:
    """The value of ``anaphor`` counted from the antecedent value ``before``; None when
    ``before`` is too coarse ("the next day" after a year)."""
    bounds = value_bounds(before)
    if bounds is None:
        return None
    first = bounds[0]
    precision = "week" if "W" in before else {4: "year", 7: "month"}.get(len(before), "day")
    if anaphor.month is not None:
        return month_value(first.year, anaphor.month)
    if anaphor.unit == "year":
        return f"{first.year + anaphor.shift:04d}"
    if anaphor.unit == "month" and precision != "year":
        index = first.year * 12 + first.month - 1 + anaphor.shift
        return month_value(index // 12, index % 12 + 1)
    if anaphor.unit == "week" and precision in ("day", "week"):
        return week_value(first + timedelta(weeks=anaphor.shift))
    if anaphor.unit == "day" and precision == "day":
        return day_value(first + timedelta(days=anaphor.shift))
    return None


def publication(published: date | None) -> str | None:
    """The antecedent of a text's first anaphor: its publication day, when known."""
    return day_value(published) if published else None
