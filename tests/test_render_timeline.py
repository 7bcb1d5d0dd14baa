"""Timeline values as periods, and the chart layout built from them."""

from __future__ import annotations

import itertools
from datetime import date

import pytest

from render_samples import realistic
from sourcetrace.render.periods import Period, parse_period, period_label
from sourcetrace.render.timeline_chart import CHAR_WIDTH, WIDTH, layout_chart
from sourcetrace.render.view import build_report


@pytest.mark.parametrize(
    ("value", "start", "end"),
    [
        ("2007", date(2007, 1, 1), date(2008, 1, 1)),
        ("2020-01", date(2020, 1, 1), date(2020, 2, 1)),
        ("2020-12", date(2020, 12, 1), date(2021, 1, 1)),
        ("2020-01-03", date(2020, 1, 3), date(2020, 1, 4)),
        ("2005-05/2006-05", date(2005, 5, 1), date(2006, 6, 1)),
        ("198", date(1980, 1, 1), date(1990, 1, 1)),
        ("2020-W02", date(2020, 1, 6), date(2020, 1, 13)),
    ],
)
def test_iso_values_cover_their_period(value: str, start: date, end: date) -> None:
    assert parse_period(value) == Period(start, end)


@pytest.mark.parametrize(
    "value",
    [
        "",
        "P1W",
        "PRESENT_REF",
        "2020-13",
        "2020-02-30",
        "2006/2005",
        "2005/..",
        "0000",
        "20200",
        "a/b/c",
        "2020-W60",
        "FY2020",
    ],
)
def test_unreadable_values_are_not_placed(value: str) -> None:
    assert parse_period(value) is None


def test_labels_spell_out_decades_centuries_and_ranges() -> None:
    assert period_label("198") == "1980s"
    assert period_label("19") == "1900s"
    assert period_label("2005-05/2006-05") == "2005-05 – 2006-05"
    assert period_label("P1W") == "P1W"


def test_chart_places_every_datable_entry_without_collisions() -> None:
    report = build_report(realistic())
    chart = layout_chart(report.timeline)
    assert chart is not None
    datable = [r.number for r in report.timeline if r.period is not None]
    assert sorted(m.number for m in chart.marks) == datable
    assert len(datable) == len(report.timeline) - 1  # "P1W" is left off
    extents: dict[float, list[tuple[float, float]]] = {}
    for m in chart.marks:
        assert m.x >= 0 and m.x + m.width <= WIDTH
        width = len(m.label) * CHAR_WIDTH
        label = (
            (m.label_x, m.label_x + width)
            if m.anchor == "start"
            else (m.label_x - width, m.label_x)
        )
        assert label[0] >= 0 and label[1] <= WIDTH
        extents.setdefault(m.y, []).append((min(m.x, label[0]), max(m.x + m.width, label[1])))
    for spans in extents.values():
        spans.sort()
        assert all(a[1] < b[0] for a, b in itertools.pairwise(spans))
    # Time runs left to right: the 1990s before 2018 before 2022.
    x_of = {
        r.entry.value: m.x for r in report.timeline for m in chart.marks if m.number == r.number
    }
    assert x_of["199"] < x_of["2005-05/2006-05"] < x_of["2018"] < x_of["2022-W10"]
    xs = [t.x for t in chart.ticks]
    assert 2 <= len(xs) <= 8 and xs == sorted(xs)
    assert chart.height > chart.axis_y


def test_chart_over_a_single_day_uses_day_ticks() -> None:
    report = build_report(realistic())
    one_day = [r for r in report.timeline if r.entry.value == "2020-01-14"]
    chart = layout_chart(one_day)
    assert chart is not None and len(chart.marks) == 1
    mark = chart.marks[0]
    assert 0 < mark.width < WIDTH / 10 and mark.x > WIDTH / 3
    assert all(len(t.label) == 10 for t in chart.ticks)  # YYYY-MM-DD


def test_no_chart_without_datable_entries() -> None:
    report = build_report(realistic())
    assert layout_chart([r for r in report.timeline if r.period is None]) is None
    assert layout_chart([]) is None
