"""Timeline values (ISO 8601 at any precision) as the stretch of time they cover.

Values look like "2007", "2020-01", "2020-01-03", "2020-W02", "2005-05/2006-05", "198" (the
1980s) or "19" (the 1900s). Anything else is not placed in time: ``parse_period`` returns None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

_CENTURY = re.compile(r"(\d{2})")
_DECADE = re.compile(r"(\d{3})")
_YEAR = re.compile(r"(\d{4})")
_MONTH = re.compile(r"(\d{4})-(\d{2})")
_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:T[\d:.]+(?:Z|[+-][\d:]+)?)?")
_WEEK = re.compile(r"(\d{4})-W(\d{2})(?:-(\d))?")


@dataclass(frozen=True, slots=True)
class Period:
    start: date
    end: date  # exclusive

    @property
    def days(self) -> int:
        return (self.end - self.start).days


def parse_period(value: str) -> Period | None:
    """The period an ISO value covers, or None when it is not one this reads."""
    parts = value.strip().split("/")
    try:
        if len(parts) == 1:
            return _part(parts[0])
        if len(parts) == 2:
            first, last = _part(parts[0]), _part(parts[1])
            if first is None or last is None or last.end <= first.start:
                return None
            return Period(first.start, last.end)
    except ValueError:  # out-of-range fields such as month 13 or year 0
        return None
    return None


def _part(text: str) -> Period | None:
    if m := _CENTURY.fullmatch(text):
        first = int(m[1]) * 100
        return Period(date(first, 1, 1), date(first + 100, 1, 1))
    if m := _DECADE.fullmatch(text):
        first = int(m[1]) * 10
        return Period(date(first, 1, 1), date(first + 10, 1, 1))
    if m := _YEAR.fullmatch(text):
        return Period(date(int(m[1]), 1, 1), date(int(m[1]) + 1, 1, 1))
    if m := _MONTH.fullmatch(text):
        start = date(int(m[1]), int(m[2]), 1)
        return Period(start, add_months(start, 1))
    if m := _DAY.fullmatch(text):
        start = date(int(m[1]), int(m[2]), int(m[3]))
        return Period(start, start + timedelta(days=1))
    if m := _WEEK.fullmatch(text):
        start = date.fromisocalendar(int(m[1]), int(m[2]), int(m[3] or 1))
        return Period(start, start + timedelta(days=1 if m[3] else 7))
    return None


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
    """A value as a reader would write it: decades and centuries spelled out, ranges with a dash."""
    parts = value.strip().split("/")
    return " – ".join(_part_label(p) for p in parts)


def _part_label(text: str) -> str:
    if _CENTURY.fullmatch(text):
        return f"{text}00s"
    if _DECADE.fullmatch(text):
        return f"{text}0s"
    return text
