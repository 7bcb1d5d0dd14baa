"""The segmentation under overlapping, nested and out-of-range spans."""

from __future__ import annotations

import random

from sourcetrace.render.segments import Mark, segment


def test_segments_partition_the_text_and_know_their_covering_marks() -> None:
    rng = random.Random(7)
    for _ in range(300):
        text = "".join(rng.choice("ab \n<&") for _ in range(rng.randint(0, 40)))
        marks = [
            Mark(rng.randint(-3, len(text) + 3), rng.randint(-3, len(text) + 3), i)
            for i in range(rng.randint(0, 8))
        ]
        segments = segment(text, marks)
        assert "".join(s.text for s in segments) == text
        assert [s.start for s in segments[1:]] == [s.end for s in segments[:-1]]
        for seg in segments:
            assert seg.text == text[seg.start : seg.end] and seg.start < seg.end
            for pos in range(seg.start, seg.end):
                expected = {m.payload for m in marks if m.start <= pos < m.end}
                assert {m.payload for m in seg.marks} == expected
            lengths = [m.end - m.start for m in seg.marks]
            assert lengths == sorted(lengths, reverse=True)


def test_cuts_only_at_boundaries_and_orders_nested_marks_outermost_first() -> None:
    text = "0123456789"
    outer, inner, same = Mark(1, 9, "outer"), Mark(3, 5, "inner"), Mark(3, 5, "same")
    segments = segment(text, [inner, outer, same])
    assert [(s.start, s.end) for s in segments] == [(0, 1), (1, 3), (3, 5), (5, 9), (9, 10)]
    middle = segments[2]
    assert [m.payload for m in middle.marks] == ["outer", "inner", "same"]
    assert middle.starts(middle.marks[1]) and not middle.starts(middle.marks[0])


def test_empty_and_out_of_range_marks_are_dropped_or_clipped() -> None:
    assert segment("", [Mark(0, 3, "x")]) == []
    segments = segment("abc", [Mark(2, 2, "empty"), Mark(5, 1, "inverted"), Mark(-4, 2, "clip")])
    assert [(s.text, [m.payload for m in s.marks]) for s in segments] == [
        ("ab", ["clip"]),
        ("c", []),
    ]
    assert segments[0].marks[0].start == 0
