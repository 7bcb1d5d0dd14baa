"""Timeline values: the ISO 8601 strings a TimelineEntry carries, built and read back.

Forms (see ``model.TimelineEntry``): "2007" (year), "2007-11" (month), "2020-01-03" (day),
"2020-W01" (ISO week), "198" (a decade, the 1980s), "13" (a century, the 1300s), "--01-03" /
"--01" (a day or month whose year is unknown because the article has no publication date), "A/B"
(a range of two of those), "" (a relative expression that could not be anchored).
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

# How many units "last", "this" and "next" move from the publication date's.
SHIFT = {"last": -1, "this": 0, "next": 1}

_YEAR = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_WEEK = re.compile(r"(\d{4})-W(\d{2})")
_DECADE = re.compile(r"(\d{3})")
_CENTURY = re.compile(r"(\d{2})")


def day_value(d: date) -> str:
    return d.isoformat()


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def week_value(d: date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year:04d}-W{week:02d}"


def _bounds_of_point(value: str) -> tuple[date, date] | None:
    if m := _WEEK.fullmatch(value):
        monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        return monday, monday + timedelta(days=6)
    if m := _YEAR.fullmatch(value):
        year = int(m[1])
        if m[3]:
            day = date(year, int(m[2]), int(m[3]))
            return day, day
        if m[2]:
            month = int(m[2])
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        return date(year, 1, 1), date(year, 12, 31)
    if m := _DECADE.fullmatch(value):
        first = int(m[1]) * 10
        return date(first, 1, 1), date(first + 9, 12, 31)
    if m := _CENTURY.fullmatch(value):
        first = int(m[1]) * 100
        return date(first, 1, 1), date(first + 99, 12, 31)
    return None


def value_bounds(value: str) -> tuple[date, date] | None:
    """First and last day a value covers, or None when it is not on a calendar ("", "--01-03").

    >>> value_bounds("2005-05/2006-05")
    (datetime.date(2005, 5, 1), datetime.date(2006, 5, 31))
    """
    try:
        if "/" in value:
            first, _, last = value.partition("/")
            a, b = _bounds_of_point(first), _bounds_of_point(last)
            return (a[0], b[1]) if a and b else None
        return _bounds_of_point(value)
    except ValueError:  # a well-formed but impossible date, e.g. "2019-02-30"
        return None
