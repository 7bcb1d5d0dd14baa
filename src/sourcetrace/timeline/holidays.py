"""Holidays that date an event by name: "held before Thanksgiving", "on Election Day".

A holiday without a year is the nearest one to the publication date, as a day without a year is:
"before Thanksgiving" in a Nov. 30 story is the Thanksgiving six days earlier. A day that names
one event of history is that event's day whenever the story was written: "9/11 families", "the
post-Sept. 11 law" are Sept. 11, 2001 (a "September 11 commemoration" is not: only the attacks,
their victims and the law after them are named so).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

PATTERN = re.compile(
    r"\b(?P<holiday>Thanksgiving|Election Day|Christmas Eve|Christmas|New Year['’]s Eve"
    r"|New Year['’]s Day|Independence Day)\b"
)
HISTORIC_PATTERN = re.compile(
    r"(?<![\d/])9/11(?![\d/])"
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
}
_THURSDAY, _TUESDAY = 3, 1


def holiday_date(name: str, year: int) -> date:
    """The day of the holiday ``name`` (as ``PATTERN`` matches it) in ``year``."""
    key = name.lower().replace("’", "'")
    if key in _FIXED:
        return date(year, *_FIXED[key])
    first = date(year, 11, 1)
    if key == "thanksgiving":  # the fourth Thursday of November
        return first + timedelta(days=(_THURSDAY - first.weekday()) % 7 + 21)
    # Election Day: the Tuesday after the first Monday of November.
    return first + timedelta(days=(_TUESDAY - first.weekday()) % 7 + (first.weekday() == 1) * 7)


def nearest_holiday(name: str, published: date) -> date:
    """The holiday ``name`` nearest to ``published``, before or after it."""
    days = (holiday_date(name, published.year + k) for k in (-1, 0, 1))
    return min(days, key=lambda d: abs(d - published))
