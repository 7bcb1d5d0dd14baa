"""Counts read from text, and when two values agree."""

from __future__ import annotations

from sourcetrace.corpus.records import ValueConflict
from sourcetrace.corpus.values import Count, Values, counts, dates_agree, shared


def test_counts_with_their_nouns() -> None:
    assert counts("The blast killed 12 people and wounded nearly 40 U.S. soldiers.") == {
        Count("peopl", 12, False),
        Count("soldier", 40, True),
    }
    assert counts("She paid $2.6 million in taxes.") == frozenset()  # "in" counts nothing
    assert counts("a $2.6 trillion fund") == {Count("fund", 2.6e12, False)}


def test_a_count_reads_as_written_but_compares_by_stem() -> None:
    (killed,) = counts("The blast killed 12 people.")
    assert str(killed) == "12 people"  # never the stem "peopl" in a conflict's reason
    (about,) = counts("They sent about 40 soldiers.")
    assert str(about) == "about 40 soldiers"
    assert killed == Count("peopl", 12, False)


def test_clock_times_years_and_ranges_are_not_counts() -> None:
    assert counts("At 9:52 p.m. in 2012, staff took a 40- to 60-hour course.") == {
        Count("hour", 60, False)
    }
    # "19 Sept. 11 hijackers": neither number is read (the day and month are the timeline's).
    assert counts("Fifteen of the 19 Sept. 11 hijackers") == frozenset()


def test_estimates_agree_within_a_tenth() -> None:
    (nearly,) = counts("They paid nearly 44 million dollars.")
    (exactly,) = counts("They paid 43 million dollars.")
    (far,) = counts("They paid 30 million dollars.")
    assert nearly.agrees(exactly) and exactly.agrees(nearly)
    assert not nearly.agrees(far)


def test_dates_agree_when_their_spans_overlap() -> None:
    assert dates_agree("2020-01-03", "2020-01")
    assert dates_agree("2005-05/2006-05", "2006-02-10")
    assert dates_agree("198", "1985")
    assert not dates_agree("2020-01-02", "2020-01-03")


def test_shared_values_count_agreeing_dates_and_counts() -> None:
    left = Values(frozenset({"2021-03-03"}), counts("40 homes and 3 schools"))
    right = Values(frozenset({"2021-03"}), counts("40 homes and 5 schools"))
    assert shared(left, right) == 2


def test_a_conflict_shows_a_date_without_year_as_a_reader_writes_it() -> None:
    assert ValueConflict("date", "--01-03", "2020-01-02").describe("≠") == (
        "date: 3 January, year unknown ≠ 2020-01-02"
    )
    count = ValueConflict("count", "300 home", "250 home")
    assert count.describe() == "count: 300 home vs 250 home"
