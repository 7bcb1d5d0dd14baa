"""The terminal summary (Rich): profile, the sources that make claims, who said what, what else is
reported (beliefs, perceptions, speech not made), then entities and timeline briefly.

Laid out for 100 columns; below ``NARROW`` columns the least needed columns are left out so the
rest stay readable instead of folding letter by letter.
"""

from __future__ import annotations

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from sourcetrace.model import Analysis
from sourcetrace.render.periods import period_label
from sourcetrace.render.printable import printable_all
from sourcetrace.render.view import (
    BRIEF,
    FLAGGED_TITLE,
    AttributionRow,
    Report,
    build_report,
    confidence,
    percent,
    snippet,
    span_text,
)
from sourcetrace.wording import counted

NARROW = 80
CONTENT_LIMIT = 160  # characters of a quote shown in the attributions table


def print_summary(analysis: Analysis, console: Console) -> None:
    """The terminal summary: profile, sources, claims, the rest flagged, boilerplate, entities,
    timeline. Every string is shown ``printable`` (control characters visible, never obeyed)."""
    report = build_report(printable_all(analysis))
    wide = console.width >= NARROW
    console.print(Text(report.title, style="bold"))
    if meta := report.meta():
        console.print(Text(" · ".join(meta), style="dim"))
    console.print(_profile(report))
    if report.claim_sources:
        console.print(_sources(report, wide))
    if report.claims:
        console.print(_attributions("Who said what (claims, in text order)", report.claims, wide))
    if report.flagged:
        console.print(_attributions(FLAGGED_TITLE, report.flagged, wide, labelled=True))
    if counts := report.boilerplate_counts():
        line = ", ".join(f"{n} {label}" for label, n in counts)
        console.print(Text.assemble(("Boilerplate flagged: ", "bold"), line))
    if report.entities:
        console.print(_entities(report))
    if report.timeline:
        console.print(_timeline(report, wide))
    if report.analysis.conflicts:
        console.print(_conflicts(report, wide))


def _profile(report: Report) -> Text:
    p = report.analysis.profile
    kinds = report.kinds_in_words()
    return Text.assemble(
        "\n",
        (counted(p.sources, "source"), "bold"),
        f": {kinds}" if kinds else "",
        "\n",
        (counted(p.attributions, "claim"), "bold"),
        " · anonymous share ",
        (percent(p.anonymous_share), "bold"),
        f" · {p.flagged} more reported, not claimed" if p.flagged else "",
        "\n",
    )


def _table(title: str, *, expand: bool = True) -> Table:
    return Table(
        title=title,
        title_justify="left",
        title_style="bold",
        box=box.SIMPLE_HEAD,
        expand=expand,
        pad_edge=False,
    )


def _sources(report: Report, wide: bool) -> Table:
    table = _table("Sources")
    if wide:
        table.add_column("Id", style="dim", no_wrap=True)
    # The description goes under the name, so a long one never squeezes the other columns.
    table.add_column("Source", ratio=1)
    table.add_column("Kind", no_wrap=wide)
    table.add_column("Claims", justify="right", no_wrap=True)
    table.add_column("Ment.", justify="right", no_wrap=True)
    for row in report.claim_sources:
        s = row.source
        name = Text(s.name, style=f"bold {row.style.color}")
        if row.description:
            name.append("\n" + row.description, style="dim")
        cells: list[str | Text] = [s.id] if wide else []
        cells += [name, row.kind_label, str(s.claims), str(len(s.mentions))]
        table.add_row(*cells)
    return table


def _attributions(
    title: str, rows: tuple[AttributionRow, ...], wide: bool, *, labelled: bool = False
) -> Table:
    """Attribution rows in text order; ``labelled`` puts what each reports (belief, ...) in
    place of its type."""
    table = _table(title)
    table.add_column("#", style="dim", justify="right", no_wrap=True)
    table.add_column("Source", ratio=2, min_width=10)
    table.add_column("Reports" if labelled else "Type", no_wrap=not labelled)
    if wide:
        table.add_column("Speaker / cue", ratio=2)
    table.add_column("Content", ratio=5)
    table.add_column("Conf.", justify="right", no_wrap=True)
    for row in rows:
        a = row.attribution
        cells: list[str | Text] = [
            str(row.number),
            Text(row.source_name, style=row.style.color),
            row.class_label if labelled else a.type.value,
        ]
        if wide:
            cells.append(Text.assemble(span_text(a.speaker), "\n", (span_text(a.cue), "italic")))
        cells += [snippet(row.content_text, CONTENT_LIMIT), confidence(a.confidence)]
        table.add_row(*cells)
    return table


def _entities(report: Report) -> Table:
    count = len(report.entities)
    table = _table(f"Entities (top {min(BRIEF, count)} of {count})", expand=False)
    table.add_column("Entity")
    table.add_column("Label")
    table.add_column("Mentions", justify="right", no_wrap=True)
    for e in report.entities[:BRIEF]:
        table.add_row(e.name, e.label, str(len(e.mentions)))
    return table


def _timeline(report: Report, wide: bool) -> Table:
    count = len(report.timeline)
    table = _table(f"Timeline (first {min(BRIEF, count)} of {count}, by date)")
    table.add_column("When", no_wrap=True)
    table.add_column("Expression", ratio=2)
    if wide:
        table.add_column("Event", ratio=4)
    for row in report.timeline[:BRIEF]:
        t = row.entry
        cells = [period_label(t.value), snippet(t.text, 60)]
        if wide:
            cells.append(snippet(t.event, 120))
        table.add_row(*cells)
    return table


def _conflicts(report: Report, wide: bool) -> Table:
    """Every conflict (last in the summary): the two passages that disagree, and why under them."""
    conflicts = report.analysis.conflicts
    table = _table(f"Conflicts ({len(conflicts)})")
    if wide:
        table.add_column("Kind", no_wrap=True)
    table.add_column("Passages and why", ratio=1)
    for c in conflicts:
        cells: list[str | Text] = [c.kind.value] if wide else []
        passages = Text(
            " vs ".join(f"“{snippet(s.text, 60)}” ({s.start}–{s.end})" for s in (c.first, c.second))
        )
        passages.append("\n" + snippet(c.explanation, 200), style="dim")
        table.add_row(*cells, passages)
    return table
