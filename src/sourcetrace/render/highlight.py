"""The article text as HTML, every attribution, boilerplate span and date drawn in place.

The text is cut at every span boundary (``segments``); each segment is wrapped in one element per
span covering it, outermost first, so overlapping and nested spans need no special cases and the
markup always nests correctly. Every piece of text goes through ``markupsafe`` escaping.
"""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup, escape

from sourcetrace.render.periods import period_label
from sourcetrace.render.segments import Mark, Segment, segment
from sourcetrace.render.view import AttributionRow, Report


@dataclass(frozen=True, slots=True)
class Highlight:
    """What a span is: its CSS classes, the attribution it belongs to, and an anchor id."""

    classes: str
    attribution: int | None = None  # the attribution's number (text order)
    anchor: str | None = None  # element id given to the span's first segment
    focusable: bool = False  # a keyboard stop on the span's first segment
    title: str | None = None  # tooltip
    tag: str | None = None  # a label drawn before the span (boilerplate kinds)


def article_markup(report: Report) -> Markup:
    text = report.analysis.text
    marks = _marks(report)
    return Markup("").join(_render(s) for s in segment(text, marks))


def _marks(report: Report) -> list[Mark[Highlight]]:
    marks = [
        Mark(b.start, b.end, Highlight("bp", title=b.label.value, tag=b.label.value))
        for b in report.analysis.boilerplate
    ]
    marks += [
        Mark(
            t.entry.start,
            t.entry.end,
            Highlight("time", anchor=f"tl-text-{t.number}", title=period_label(t.entry.value)),
        )
        for t in report.timeline
    ]
    for row in report.attributions:
        marks += _attribution_marks(row)
    return marks


def _attribution_marks(row: AttributionRow) -> list[Mark[Highlight]]:
    """Content pieces (each a keyboard stop, the first an anchor), then speaker, then cue."""
    a, n = row.attribution, row.number
    # A belief, perception or speech not made is drawn apart from claims: no fill, dotted.
    color = (
        row.style.css_class + (" anon" if row.anonymous else "") + ("" if row.claim else " flagged")
    )
    marks = [
        Mark(
            c.start,
            c.end,
            Highlight(f"hl content {color}", n, f"att-{n}" if i == 0 else None, focusable=True),
        )
        for i, c in enumerate(a.content)
    ]
    for span, kind in ((a.speaker, "speaker"), (a.cue, "cue")):
        if span is not None:
            marks.append(Mark(span.start, span.end, Highlight(f"hl {kind} {color}", n)))
    return marks


def _render(seg: Segment[Highlight]) -> Markup:
    opening = Markup("")
    for m in seg.marks:
        h = m.payload
        first = seg.starts(m)
        attrs = {"class": h.classes + (" first" if first and h.tag else "")}
        if h.attribution is not None:
            attrs["data-a"] = str(h.attribution)
        if first and h.anchor:
            attrs["id"] = h.anchor
        if first and h.focusable:
            attrs["tabindex"] = "0"
            attrs["role"] = "button"
        if h.title:
            attrs["title"] = h.title
        if first and h.tag:
            attrs["data-label"] = h.tag
        opening += Markup("<span{}>").format(
            Markup("").join(Markup(' {}="{}"').format(k, v) for k, v in attrs.items())
        )
    return opening + escape(seg.text) + Markup("</span>") * len(seg.marks)
