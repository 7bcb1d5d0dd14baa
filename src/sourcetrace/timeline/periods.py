"""Periods named from the publication date: a weekend, the edge of the current week, month or
year, a sports season.

"Over the weekend" in a Wednesday story is the Saturday and Sunday before it; "a deal announced at
the beginning of the week" is the publication's ISO week, "before the end of the month" its month,
"for the remainder of the year" and "the year thus far" its year;
"this season" in November 2019 is the 2019/2020 season (a sports season straddles the new year,
starting in the second half of one).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from sourcetrace.timeline.values import SHIFT, day_value, month_value, week_value

_SATURDAY = 5
_SEASON_TURN = 7  # a season starting from July on is the next year's too: 2019/2020

PATTERNS: dict[str, re.Pattern[str]] = {
    # "the weekend of March 5" is dated by its day, not as a weekend near publication.
    "weekend": re.compile(r"\b(?P<rel>(?i:the|this|last|next|past))\s+weekend\b(?!\s+of\b)"),
    # "the beginning of the week", "to begin the week" (the span starts at "the": the verb is
    # the `lead`, read as context; no lookbehinds, which cost a test at every character).
    "period_edge": re.compile(
        r"\b(?:(?i:the)\s+(?i:beginning|start|end|middle|close|rest|remainder)\s+of\s+"
        r"|(?P<lead>(?i:to)\s+(?i:begin|start|end|close|open)\s+))"
        r"(?i:the)\s+(?P<unit>(?i:week|month|year))\b"
        # "the end of the month of May" is dated by its month.
        r"(?!\s+of\b)"
    ),
    # "the year thus far", "year to date", "year-to-date": the current one ("this year so far" is
    # "this year"); "the year-to-date period" is a modifier, a period compared, no date.
    "period_to_date": re.compile(
        r"\b(?:(?i:the)\s+)?(?P<unit>(?i:week|month|year))"
        r"(?:\s+(?:(?i:thus|so)\s+far|to\s+date)|(?<![Tt]he year)(?<![Tt]he week)(?<![Tt]he month)"
        r"-to-date)\b"
    ),
    "sports_season": re.compile(r"\b(?P<rel>(?i:this|last|next))\s+season\b"),
}

# Words (case-folded) each kind's matches hold, to skip texts without any.
NEEDS: dict[str, tuple[str, ...]] = {
    "weekend": ("weekend",),
    "period_edge": ("week", "month", "year"),
    "period_to_date": ("week", "month", "year"),
    "sports_season": ("season",),
}


def period_value(kind: str, m: re.Match[str], published: date, looks: str) -> str:
    """The value of a ``PATTERNS[kind]`` match; ``looks`` is the way its clause looks ("ahead"
    makes "the weekend" the coming one)."""
    if kind == "weekend":
        return _weekend(m["rel"].lower(), published, looks)
    if kind in ("period_edge", "period_to_date"):
        unit = m["unit"].lower()
        if unit == "week":
            return week_value(published)
        if unit == "month":
            return month_value(published.year, published.month)
        return f"{published.year:04d}"
    first = published.year - (published.month < _SEASON_TURN) + SHIFT[m["rel"].lower()]
    return f"{first:04d}/{first + 1:04d}"


def _weekend(rel: str, published: date, looks: str) -> str:
    """The Saturday and Sunday ``rel`` names: "last weekend" the one before the current weekend
    (or the one just past on a weekday); "this weekend" the current one, else the coming one in
    a clause about the future, the one just past in a clause told in the past, the nearer one
    otherwise; "the weekend" the latest unless its clause looks ahead."""
    back = (published.weekday() - _SATURDAY) % 7  # days since the latest Saturday
    latest = published - timedelta(days=back)
    coming = latest + timedelta(days=7 * (back > 1))  # the current weekend counts as coming
    if rel == "last":
        saturday = latest - timedelta(days=7 * (back <= 1))
    elif rel == "next":
        saturday = latest + timedelta(days=7)
    elif looks == "ahead":
        saturday = coming
    elif rel == "this" and looks != "past":
        saturday = coming if (coming - published).days < back else latest
    else:
        saturday = latest
    return f"{day_value(saturday)}/{day_value(saturday + timedelta(days=1))}"
