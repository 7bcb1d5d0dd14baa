"""Geometry for the inline SVG charts (the templates draw it): bar charts of a sourcing profile,
a timeline of dated expressions across outlets, and the anonymous share per month."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sourcetrace.model import SourceKind
from sourcetrace.render.colors import source_color
from sourcetrace.render.view import KIND_PLURALS
from sourcetrace.store.views import MonthClaims, SourcingProfile, TimelinePoint

_CSS = {
    SourceKind.NAMED_PERSON: "kind-named",
    SourceKind.ANONYMOUS_PERSON: "kind-anonymous",
    SourceKind.ORGANIZATION: "kind-organization",
    SourceKind.DOCUMENT: "kind-document",
    SourceKind.UNKNOWN: "kind-unknown",
}
# Each kind's field of a profile, its bar's label (the reports' plural) and its CSS class.
_KINDS = tuple((k.value, KIND_PLURALS[k], css) for k, css in _CSS.items())
_UNRESOLVED = ("unresolved", "no source", "kind-unknown")


@dataclass(frozen=True, slots=True)
class Bar:
    label: str
    value: int
    y: int
    width: int
    css: str


@dataclass(frozen=True, slots=True)
class BarChart:
    width: int
    height: int
    label_width: int
    bar_height: int
    bars: tuple[Bar, ...]


def bar_chart(values: Sequence[tuple[str, int, str]], *, width: int = 460) -> BarChart:
    """One bar per (label, value, CSS class), scaled to the largest."""
    label_width, bar_height, gap = 140, 18, 6
    top = max((v for _, v, _ in values), default=0) or 1
    room = width - label_width - 40
    bars = tuple(
        Bar(label, value, i * (bar_height + gap), round(room * value / top), css)
        for i, (label, value, css) in enumerate(values)
    )
    return BarChart(width, len(bars) * (bar_height + gap), label_width, bar_height, bars)


def sources_chart(profile: SourcingProfile) -> BarChart:
    """How many sources of each kind."""
    return bar_chart([(label, int(getattr(profile, f)), css) for f, label, css in _KINDS])


def attributions_chart(profile: SourcingProfile) -> BarChart:
    """How many claims rest on each kind of source: how much of the coverage each carries."""
    by_kind = profile.attributions_by_kind
    return bar_chart([(label, by_kind.get(k, 0), css) for k, label, css in (*_KINDS, _UNRESOLVED)])


@dataclass(frozen=True, slots=True)
class Dot:
    x: int
    y: int
    color: str  # "#rrggbb", the outlet's
    title: str


@dataclass(frozen=True, slots=True)
class Lane:
    label: str
    y: int
    color: str


@dataclass(frozen=True, slots=True)
class Tick:
    x: int
    label: str


@dataclass(frozen=True, slots=True)
class TimelineChart:
    width: int
    height: int
    left: int
    dots: tuple[Dot, ...]
    lanes: tuple[Lane, ...]
    ticks: tuple[Tick, ...]


_ISO = re.compile(r"^(\d{2,4})(?:-(\d{2}))?(?:-(\d{2}))?")


def year_of(value: str) -> float | None:
    """A timeline value ("2007", "2020-01-03", "2005-05/2006-05", "198" for the 1980s, "13" for
    the 1300s) as a fractional year (an interval by its start); None when it is no date."""
    m = _ISO.match(value)
    if not m:
        return None
    year = int(m[1]) * {2: 100, 3: 10}.get(len(m[1]), 1)  # a century "13", a decade "198"
    month = int(m[2]) if m[2] else 1
    day = int(m[3]) if m[3] else 1
    return year + (month - 1) / 12 + (day - 1) / 365


def timeline_chart(points: Sequence[TimelinePoint], *, width: int = 720) -> TimelineChart | None:
    """Dots on a date axis, one lane per outlet; None when nothing is dated."""
    dated = [(p, y) for p in points if (y := year_of(p.value)) is not None]
    if not dated:
        return None
    outlets = sorted({p.outlet or "(no outlet)" for p, _ in dated})
    lane_of = {o: i for i, o in enumerate(outlets)}
    lo, hi = min(y for _, y in dated), max(y for _, y in dated)
    span = (hi - lo) or 1.0
    left, lane_height, right = 150, 28, 20

    def x_of(year: float) -> int:
        return round(left + (width - left - right) * (year - lo) / span)

    dots = tuple(
        Dot(
            x_of(y),
            lane_of[p.outlet or "(no outlet)"] * lane_height + lane_height // 2,
            source_color(lane_of[p.outlet or "(no outlet)"]),
            f"{p.value}: {p.text} ({p.outlet or 'no outlet'})",
        )
        for p, y in dated
    )
    lanes = tuple(
        Lane(o, i * lane_height + lane_height // 2, source_color(i)) for i, o in enumerate(outlets)
    )
    first, last = int(lo), int(hi) + 1
    step = max(1, (last - first) // 8)
    ticks = tuple(Tick(x_of(y), str(y)) for y in range(first, last + 1, step) if lo <= y <= hi)
    if not ticks:
        ticks = (Tick(x_of(lo), f"{lo:.0f}"),)
    return TimelineChart(width, len(outlets) * lane_height + 24, left, dots, lanes, ticks)


@dataclass(frozen=True, slots=True)
class Point:
    x: int
    y: int
    title: str


@dataclass(frozen=True, slots=True)
class Line:
    label: str
    color: str  # "#rrggbb"
    points: tuple[Point, ...]

    @property
    def path(self) -> str:
        """The SVG polyline's points."""
        return " ".join(f"{p.x},{p.y}" for p in self.points)


@dataclass(frozen=True, slots=True)
class ShareChart:
    width: int
    height: int
    left: int
    top: int
    bottom: int  # the y of 0 %
    lines: tuple[Line, ...]
    ticks: tuple[Tick, ...]  # months along the x axis
    grid: tuple[Tick, ...]  # shares along the y axis (x holds the y)


def share_chart(
    series: Sequence[tuple[str, str, Sequence[MonthClaims]]], *, width: int = 720
) -> ShareChart | None:
    """One line per (label, color, months) of the anonymous share of claims, on one month axis;
    a month without claims in a series is skipped. None when no series has a month."""
    months = sorted({m.month for _, _, ms in series for m in ms})
    if not months:
        return None
    left, right, top, height = 50, 20, 10, 180
    bottom = height - 24
    step = (width - left - right) / max(len(months) - 1, 1)
    x_of: Mapping[str, int] = {m: round(left + i * step) for i, m in enumerate(months)}

    def y_of(share: float) -> int:
        return round(bottom - (bottom - top) * share)

    lines = tuple(
        Line(
            label,
            color,
            tuple(
                Point(
                    x_of[m.month],
                    y_of(m.anonymous_share),
                    f"{label}, {m.month}: {m.anonymous_share:.0%} of {m.claims:,} claims",
                )
                for m in ms
                if m.claims
            ),
        )
        for label, color, ms in series
    )
    every = max(1, len(months) // 8)
    return ShareChart(
        width,
        height,
        left,
        top,
        bottom,
        lines,
        tuple(Tick(x_of[m], m) for m in months[::every]),
        tuple(Tick(y_of(s), f"{s:.0%}") for s in (0.0, 0.5, 1.0)),
    )
