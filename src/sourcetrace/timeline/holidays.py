"""Holidays that date an event by name: "held before Thanksgiving", "on Election Day".

A holiday without a year is the nearest one to the publication date, as a day without a year is:
"before Thanksgiving" in a Nov. 30 story is the Thanksgiving six days earlier. A day that names
one event of history is that event's day whenever the story was written: "9/11 families", "the
post-Sept. 11 law" are Sept. 11, 2001 (a "September 11 commemoration" or "9/11 memorial ceremony"
is not: only the attacks, their victims and the law after them are named so).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

# "a 9/11 memorial ceremony" is this year's anniversary (the holiday "9/11" of PATTERN).
_COMMEMORATION = r"\s+(?:memorial\s+)?(?:ceremony|commemoration|anniversary|service)"
PATTERN = re.compile(
    r"\b(?P<holiday>Thanksgiving|Election Day|Christmas Eve|Christmas|New Year['’]?s Eve"
    r"|New Year['’]?s Day|Independence Day|Veterans Day|Singles Day|Halloween"
    r"|Valentine['’]s Day|Memorial Day|Labor Day|Black Friday|Cyber Monday"
    rf"|9/11(?={_COMMEMORATION}))\b"
    r"(?!-\w)"  # "a Thanksgiving-themed event": an adjective, no day
    r"(?:,?\s+(?P<holiday_year>(?:19|20)\d\d)\b)?"  # "New Years Day 2014": that year's
)
HISTORIC_PATTERN = re.compile(
    rf"(?<![\d/])9/11(?![\d/])(?!{_COMMEMORATION})"
    r"|(?:(?<=post-)|(?<=pre-))(?:Sept\.|September)\s+11(?:th)?\b"
    r"|(?:Sept\.|September)\s+11(?:th)?(?=\s+(?:attacks?|terror\w*|hijack\w*|victims|families"
    r"|survivors|responders|commission)\b)"
)
SEPTEMBER_11 = date(2001, 9, 11)  # the one day of history HISTORIC_PATTERN names
_FIXED = {
    "christmas eve": (12, 24),
    "christmas": (12, 25),
    "new year's eve": (12, 31),
    "new year's day": (1, 1),
    "independence day": (7, 4),
    "veterans day": (11, 11),
    "singles day": (11, 11),
    "halloween": (10, 31),
    "valentine's day": (2, 14),
    "9/11": (9, 11),
}
_MONDAY, _TUESDAY, _THURSDAY = 0, 1, 3
# Days counted from Thanksgiving: the shopping days after it.
_AFTER_THANKSGIVING = {"black friday": 1, "cyber monday": 4}


def holiday_date(name: str, year: int) -> date:
    """The day of the holiday ``name`` (as ``PATTERN`` matches it) in ``year``."""
    key = name.lower().replace("’", "'").replace("years", "year's")
    if key in _FIXED:
        return date(year, *_FIXED[key])
    if key == "memorial day":  # the last Monday of May
        last = date(year, 5, 31)
        return last - timedelta(days=(last.weekday() - _MONDAY) % 7)
    if key == "labor day":  # the first Monday of September
        return _nth_weekday(year, 9, _MONDAY, 1)
    if key == "election day":  # the Tuesday after the first Monday of November
        return _nth_weekday(year, 11, _MONDAY, 1) + timedelta(days=1)
    # Thanksgiving, the fourth Thursday of November, and the days counted from it
    return _nth_weekday(year, 11, _THURSDAY, 4) + timedelta(days=_AFTER_THANKSGIVING.get(key, 0))


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def nearest_holiday(name: str, published: date) -> date:
    """The holiday ``name`` nearest to ``published``, before or after it."""
    days = (holiday_date(name, published.year + k) for k in (-1, 0, 1))
    return min(days, key=lambda d: abs(d - published))
