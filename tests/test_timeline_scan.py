"""The timeline's scans that try a kind's pattern only where its matches can open (`_matches`)
find what ``finditer`` finds, word boundaries and lookbehinds before each try included."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sourcetrace.timeline.expressions import _LEADS, _PATTERNS, _matches, word_opening

# Pieces that make and break the date patterns: month and weekday names, years after "$", a
# digit or a letter, days, commas, "of", and whitespace that may hold a line break.
_PIECES = [
    "May", "March", "Sept.", "Jan.", "Mayor", "Friday", "Tuesday", "the", "of", "last", "this",
    "year", "2019", "1999", "20", "5", "30th", "$", "x", "1", ",", ".", " ", "  ", "\n", "-",
    "next", "past", "today", "Today", "summer", "in",
    # the words the leads read ahead for: "the following day", "two weeks ago", "to end the year"
    "That", "that", "following", "same", "day", "weeks", "two", "ago", "later", "earlier", "to",
    "end", "beginning", "Monday", "tonight", "yesterday", "week", "so far", "-to-date", "’80s",
    "90s", "1980s",
]  # fmt: skip


def _spans(kind: str, text: str, start: int) -> tuple[list[tuple[int, int]], ...]:
    pattern = _PATTERNS[kind]
    found = [m.span() for m in _matches(kind, pattern, text, start, len(text))]
    return found, [m.span() for m in pattern.finditer(text, start, len(text))]


@pytest.mark.parametrize(
    ("kind", "text", "spans"),
    [
        ("year", "In 2019, not $2019 nor 12019, and 1999.", [(3, 7), (34, 38)]),
        ("month_day", "On Tuesday, May 5, 2019 and June 3", [(3, 23), (28, 34)]),
        ("month", "Mayor May and Jan. met", [(6, 9), (14, 18)]),
        ("month_year", "in March 2019 or Sept. of 2001", [(3, 13), (17, 30)]),
        ("month_of_year", "March of last year", [(0, 18)]),
        (
            "anaphor",
            "The next day, 3 weeks later, that May, the same year",
            [(0, 12), (14, 27), (29, 37), (39, 52)],
        ),
        (
            "ago",
            "Two years ago, 12 days ago, and a couple of weeks ago in Chicago",
            [(0, 13), (15, 26), (32, 53)],
        ),
        ("weekday", "Last Monday, and on Friday night", [(0, 11), (20, 32)]),
        ("relative_period", "earlier this week, the last year, next month", [(0, 17), (34, 44)]),
        ("relative_month", "last March and this past June", [(0, 10), (15, 29)]),
        ("relative_day", "Yesterday and later today, and Today's", [(0, 9), (14, 25), (31, 36)]),
        ("period_edge", "at the end of the year, to start the week", [(3, 22), (24, 41)]),
        ("period_to_date", "up the year so far, month-to-date", [(3, 18), (20, 33)]),
        ("decade", "in the 1980s, the ’90s and the 70s", [(3, 12), (14, 22), (27, 34)]),
    ],
)
def test_a_scan_by_openings_finds_the_patterns_matches(
    kind: str, text: str, spans: list[tuple[int, int]]
) -> None:
    found, expected = _spans(kind, text, 0)
    assert found == expected == spans


@settings(max_examples=300, deadline=None)
@given(
    kind=st.sampled_from(sorted(_LEADS)),
    pieces=st.lists(st.sampled_from(_PIECES), max_size=30),
    start=st.integers(min_value=0, max_value=20),
)
def test_a_scan_by_openings_finds_what_finditer_finds(
    kind: str, pieces: list[str], start: int
) -> None:
    text = "".join(pieces)
    found, expected = _spans(kind, text, min(start, len(text)))
    assert found == expected


def test_a_word_opening_is_one_of_its_initials_after_no_word_character() -> None:
    lead = word_opening("Tt")
    text = "The tot, at\nthe Test"
    assert [m.start() for m in lead.finditer(text)] == [0, 4, 12, 16]
    # from the last "t" of "tot": the "o" before the start still keeps it from opening a word
    assert [m.start() for m in lead.finditer(text, 6)] == [12, 16]


def test_a_word_opening_reads_what_follows_its_initial() -> None:
    lead = word_opening("Tt", r"he\s")
    assert [m.start() for m in lead.finditer("the then, The\tthe")] == [0, 10]
