"""Counts read from text, and when two sides' values conflict."""

from __future__ import annotations

from sourcetrace.corpus.values import Count, Values, conflicts, counts


def side(text: str) -> Values:
    return Values(frozenset(), counts(text), frozenset())


def test_counts_with_their_nouns() -> None:
    assert counts("The blast killed 12 people and wounded nearly 40 U.S. soldiers.") == {
        Count("peopl", 12, False),
        Count("soldier", 40, True),
    }
    assert counts("She paid $2.6 million in taxes.") == frozenset()  # "in" counts nothing
    assert counts("a $2.6 trillion fund") == {Count("fund", 2.6e12, False)}


def test_clock_times_years_and_ranges_are_not_counts() -> None:
    assert counts("At 9:52 p.m. in 2012, staff took a 40- to 60-hour course.") == {
        Count("hour", 60, False)
    }
    # "19 Sept. 11 hijackers": neither number is read (the day and month are the timeline's).
    assert counts("Fifteen of the 19 Sept. 11 hijackers") == frozenset()


def test_estimates_agree_within_a_tenth() -> None:
    left, right = (
        side("They paid nearly 44 million dollars."),
        side("They paid 43 million dollars."),
    )
    assert conflicts(left, right) == ()
    far = side("They paid 30 million dollars.")
    assert [c.kind for c in conflicts(left, far)] == ["number"]


def test_a_list_of_numbers_is_not_compared() -> None:
    left = side("Romney had 21 percent, Huckabee 17 percent.")
    right = side("Romney had 12 percent among independents.")
    assert conflicts(left, right) == ()


def test_dates_agree_when_their_spans_overlap() -> None:
    def dates(*values: str) -> Values:
        return Values(frozenset(values), frozenset(), frozenset())

    assert conflicts(dates("2020-01-03"), dates("2020-01")) == ()
    assert conflicts(dates("2005-05/2006-05"), dates("2006-02-10")) == ()
    assert conflicts(dates("198"), dates("1985")) == ()
    assert [c.kind for c in conflicts(dates("2020-01-02"), dates("2020-01-03"))] == ["date"]
