"""Cutting a text into segments at every span boundary, so overlapping and nested spans can be
drawn: each segment knows every span that covers it, and no span starts or ends inside one."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Mark(Generic[T]):
    """A span to draw, carrying whatever the renderer needs to know about it."""

    start: int
    end: int
    payload: T


@dataclass(frozen=True, slots=True)
class Segment(Generic[T]):
    start: int
    end: int
    text: str
    marks: tuple[Mark[T], ...]  # the marks covering it, outermost (longest) first

    def starts(self, mark: Mark[T]) -> bool:
        """Whether this is the first segment of ``mark``."""
        return self.start == mark.start


def segment(text: str, marks: Sequence[Mark[T]]) -> list[Segment[T]]:
    """The text cut at every mark boundary, in order, covering all of it.

    Marks are clipped to the text; empty ones are dropped. Among marks covering a segment, longer
    ones come first, then those listed first, so nested drawing puts the innermost span inside.
    """
    size = len(text)
    kept = [
        Mark(max(0, m.start), min(size, m.end), m.payload)
        for m in marks
        if min(size, m.end) > max(0, m.start)
    ]
    order = {id(m): i for i, m in enumerate(kept)}
    cuts = sorted({0, size, *(m.start for m in kept), *(m.end for m in kept)})
    opening = sorted(kept, key=lambda m: m.start)
    active: list[Mark[T]] = []
    segments: list[Segment[T]] = []
    next_open = 0
    for left, right in pairwise(cuts):
        active = [m for m in active if m.end > left]
        while next_open < len(opening) and opening[next_open].start <= left:
            active.append(opening[next_open])
            next_open += 1
        covering = sorted(active, key=lambda m: (m.start - m.end, order[id(m)]))
        segments.append(Segment(left, right, text[left:right], tuple(covering)))
    return segments
