"""Layout of the timeline chart: each datable entry placed on a time axis, packed into lanes so
that no two bars or labels collide. The HTML template only draws what this computes."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sourcetrace.render.colors import UNRESOLVED_COLOR
from sourcetrace.render.periods import add_months, period_label, year_fraction
from sourcetrace.render.view import TimelineRow, snippet

WIDTH = 960
MARGIN = 16
LANE_HEIGHT = 22
AXIS_HEIGHT = 30
CHAR_WIDTH = 6.3  # average advance of the 11px label font, for collision estimates
MIN_BAR = 5.0  # narrower periods are drawn as dots
LABEL_GAP = 6.0
MAX_TICKS = 8
MIN_SPAN = 1 / 12  # years
_TICK_STEPS = (
    ("day", 1),
    ("day", 2),
    ("day", 7),
    ("day", 14),
    ("month", 1),
    ("month", 2),
    ("month", 3),
    ("month", 6),
    *(("year", n) for n in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000)),
)


@dataclass(frozen=True, slots=True)
class ChartMark:
    number: int  # the entry's number in the timeline list
    x: float
    width: float
    y: float  # lane center
    label: str
    label_x: float
    anchor: str  # SVG text-anchor of the label: "start" (right of the mark) or "end" (left)
    color: str
    title: str

    @property
    def dot(self) -> bool:
        return self.width < MIN_BAR


@dataclass(frozen=True, slots=True)
class Tick:
    x: float
    label: str


@dataclass(frozen=True, slots=True)
class Chart:
    width: int
    height: int
    axis_y: float
    marks: tuple[ChartMark, ...]
    ticks: tuple[Tick, ...]


def layout_chart(rows: Sequence[TimelineRow]) -> Chart | None:
    """The chart of the rows that have a period; None when none has."""
    dated = [(r, r.period) for r in rows if r.period is not None]
    if not dated:
        return None
    lo = min(year_fraction(p.start) for _, p in dated)
    hi = max(year_fraction(p.end) for _, p in dated)
    # At least a month wide, so that a lone day is a mark on an axis, not a bar across it.
    pad = max((hi - lo) * 0.04, (MIN_SPAN - (hi - lo)) / 2)
    lo, hi = lo - pad, hi + pad
    scale = (WIDTH - 2 * MARGIN) / (hi - lo)

    def x_of(t: float) -> float:
        return MARGIN + (t - lo) * scale

    lane_ends: list[float] = []  # rightmost pixel used in each lane so far
    marks: list[ChartMark] = []
    for row, period in sorted(dated, key=lambda rp: year_fraction(rp[1].start)):
        x = x_of(year_fraction(period.start))
        width = x_of(year_fraction(period.end)) - x
        label = snippet(row.entry.text, 32)
        label_width = len(label) * CHAR_WIDTH
        right = x + max(width, MIN_BAR)
        if right + LABEL_GAP + label_width <= WIDTH:  # label to the right of the mark
            label_x, anchor = right + LABEL_GAP, "start"
            left, end = x, label_x + label_width
        elif x - LABEL_GAP - label_width >= 0:  # else to its left
            label_x, anchor = x - LABEL_GAP, "end"
            left, end = label_x - label_width, right
        else:  # a bar spanning the chart: the label goes on it
            label_x, anchor = x + LABEL_GAP, "start"
            left, end = x, max(right, label_x + label_width)
        lane = next((i for i, used in enumerate(lane_ends) if used + LABEL_GAP < left), None)
        if lane is None:
            lane = len(lane_ends)
            lane_ends.append(end)
        else:
            lane_ends[lane] = end
        marks.append(
            ChartMark(
                number=row.number,
                x=x,
                width=width,
                y=LANE_HEIGHT * (lane + 0.5),
                label=label,
                label_x=label_x,
                anchor=anchor,
                color=row.speaker.style.color if row.speaker else UNRESOLVED_COLOR,
                title=f"{period_label(row.entry.value)}: {snippet(row.entry.event, 160)}",
            )
        )
    axis_y = LANE_HEIGHT * len(lane_ends) + 6
    ticks = tuple(Tick(x_of(year_fraction(d)), label) for d, label in _ticks(lo, hi))
    return Chart(WIDTH, round(axis_y + AXIS_HEIGHT), axis_y, tuple(marks), ticks)


def _ticks(lo: float, hi: float) -> list[tuple[date, str]]:
    """The finest tick series with at most MAX_TICKS ticks between lo and hi."""
    first, last = _date_of(lo), _date_of(hi)
    for unit, step in _TICK_STEPS:
        ticks: list[tuple[date, str]] = []
        for d in _series(first, last, unit, step):
            ticks.append((d, _tick_label(d, unit)))
            if len(ticks) > MAX_TICKS:
                break
        if len(ticks) <= MAX_TICKS:
            return ticks
    return []


def _series(first: date, last: date, unit: str, step: int) -> Iterator[date]:
    """Dates from ``first`` to ``last`` every ``step`` units, aligned to round values."""
    if unit == "day":
        d = first
        while d <= last:
            yield d
            d += timedelta(days=step)
        return
    if unit == "month":
        d = add_months(first, 0 if first.day == 1 else 1)
        d = add_months(d, -(d.month - 1) % step)
        while d <= last:
            yield d
            d = add_months(d, step)
        return
    year = first.year + (0 if (first.month, first.day) == (1, 1) else 1)
    year += -year % step
    while year <= last.year and year <= 9999:
        yield date(year, 1, 1)
        year += step


def _tick_label(d: date, unit: str) -> str:
    return {"day": d.isoformat(), "month": f"{d:%Y-%m}", "year": str(d.year)}[unit]


def _date_of(t: float) -> date:
    year = min(max(int(t), 1), 9999)
    return date(year, 1, 1) + timedelta(days=int((t - int(t)) * 365))
