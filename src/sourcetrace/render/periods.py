"""Timeline values (the forms of ``model.TimelineEntry.value``) as periods and labels."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from sourcetrace.timeline.values import value_bounds

_CENTURY = re.compile(r"(\d{2})")
_DECADE = re.compile(r"(\d{3})")
_NO_YEAR = re.compile(r"--(\d{2})(?:-(\d{2}))?")  # "--01-03", "--01": the year is unknown
UNDATED = "undated"  # the label of "": a relative expression nothing anchors


@dataclass(frozen=True, slots=True)
class Period:
    start: date
    end: date  # exclusive

    @property
    def days(self) -> int:
        return (self.end - self.start).days


def parse_period(value: str) -> Period | None:
    """The period a timeline value covers, or None when it is not on a calendar.

    The timeline owns the value format: this reads it through ``value_bounds``.
    """
    bounds = value_bounds(value)
    if bounds is None or bounds[1] < bounds[0]:
        return None
    return Period(bounds[0], bounds[1] + timedelta(days=1))


def add_months(day: date, months: int) -> date:
    """The first of the month ``months`` after ``day``'s month."""
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def year_fraction(day: date) -> float:
    """A date as a position on a continuous year axis (2020-07-02 is about 2020.5)."""
    first = date(day.year, 1, 1)
    length = (date(day.year + 1, 1, 1) - first).days if day.year < 9999 else 365
    return day.year + (day - first).days / length


def period_label(value: str) -> str:
    """A value as a reader would write it: decades and centuries spelled out, ranges with a dash,
    a day or month without its year said so ("3 January, year unknown"), "" as "undated"."""
    parts = value.strip().split("/")
    return " – ".join(_part_label(p) for p in parts)


def _part_label(text: str) -> str:
    if not text:
        return UNDATED
    if _CENTURY.fullmatch(text):
        return f"{text}00s"
    if _DECADE.fullmatch(text):
        return f"{text}0s"
    if (m := _NO_YEAR.fullmatch(text)) and 1 <= int(m[1]) <= 12:
        month = calendar.month_name[int(m[1])]
        return f"{int(m[2])} {month}, year unknown" if m[2] else f"{month}, year unknown"
    return text
