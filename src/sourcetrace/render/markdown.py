"""The analysis as a Markdown document, for pasting into a newsroom tool."""

from __future__ import annotations

import re

from sourcetrace.model import Analysis
from sourcetrace.render.periods import period_label
from sourcetrace.render.view import (
    BRIEF,
    FLAGGED_TITLE,
    AttributionRow,
    Report,
    build_report,
    confidence,
    percent,
    snippet,
)
from sourcetrace.wording import counted

# Characters that would turn article text into markup; CommonMark un-escapes each backslashed one.
_SPECIAL = re.compile(r"([\\`*_\[\]<>|&~#])")


def md(text: str) -> str:
    """Article text made inert inside a Markdown line or table cell."""
    return _SPECIAL.sub(r"\\\1", re.sub(r"\s+", " ", text).strip())


def to_markdown(analysis: Analysis) -> str:
    report = build_report(analysis)
    parts = [
        f"# {md(report.title)}",
        " · ".join(md(m) for m in report.meta()),
        _profile(report),
        _sources(report),
        _attributions(report),
        _flagged(report),
        _entities(report),
        _timeline(report),
        _conflicts(report),
    ]
    return "\n\n".join(p for p in parts if p) + "\n"


def _profile(report: Report) -> str:
    p = report.analysis.profile
    kinds = report.kinds_in_words()
    lines = [
        "## Profile",
        "",
        f"- **{counted(p.sources, 'source')}**" + (f": {kinds}" if kinds else ""),
        f"- **{counted(p.attributions, 'claim')}**, {percent(p.anonymous_share)} from anonymous "
        "sources",
    ]
    if p.flagged:
        lines.append(
            f"- {p.flagged} more reported, not claimed (beliefs, perceptions, speech not made)"
        )
    if counts := report.boilerplate_counts():
        lines.append("- Boilerplate flagged: " + ", ".join(f"{n} {lbl}" for lbl, n in counts))
    return "\n".join(lines)


def _table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def _sources(report: Report) -> str:
    if not report.claim_sources:
        return "## Sources\n\nNo sources found."
    rows = [
        [
            md(r.source.id),
            f"**{md(r.source.name)}**",
            r.kind_label,
            md(r.description or ""),
            str(r.source.claims),
            str(len(r.source.mentions)),
        ]
        for r in report.claim_sources
    ]
    header = ["Id", "Source", "Kind", "Description", "Claims", "Mentions"]
    return "## Sources\n\n" + _table(header, rows)


def _attributions(report: Report) -> str:
    if not report.claims:
        return "## Who said what\n\nNo claims found."
    return "## Who said what\n\n" + _items(report.claims, labelled=False)


def _flagged(report: Report) -> str:
    if not report.flagged:
        return ""
    return f"## {FLAGGED_TITLE}\n\n" + _items(report.flagged, labelled=True)


def _items(rows: tuple[AttributionRow, ...], *, labelled: bool) -> str:
    """A numbered item per attribution; ``labelled`` leads with what it reports ("belief")."""
    items = []
    for row in rows:
        a = row.attribution
        details = [row.class_label] if labelled else []
        details.append(a.type.value)
        if a.cue is not None:
            details.append(f"cue “{md(a.cue.text)}”")
        if a.speaker is not None:
            details.append(f"speaker “{md(a.speaker.text)}”")
        details.append(f"confidence {confidence(a.confidence)}")
        items.append(
            f"{row.number}. **{md(row.source_name)}** — {', '.join(details)}\n"
            f"   > {md(row.content_text)}"
        )
    return "\n".join(items)


def _entities(report: Report) -> str:
    if not report.entities:
        return ""
    rows = [[md(e.name), e.label, str(len(e.mentions))] for e in report.entities[:BRIEF]]
    more = len(report.entities) - BRIEF
    tail = f"\n\n…and {more} more." if more > 0 else ""
    return "## Entities\n\n" + _table(["Entity", "Label", "Mentions"], rows) + tail


def _timeline(report: Report) -> str:
    if not report.timeline:
        return ""
    items = []
    for row in report.timeline:
        t = row.entry
        said = f" (according to {md(row.speaker.source_name)})" if row.speaker else ""
        items.append(
            f"- **{md(period_label(t.value))}** — “{md(t.text)}”: {md(snippet(t.event, 200))}{said}"
        )
    return "## Timeline\n\n" + "\n".join(items)


def _conflicts(report: Report) -> str:
    items = [
        f"- **{c.kind.value}** — "
        + " vs ".join(
            f"“{md(snippet(s.text, 120))}” ({s.start}–{s.end})" for s in (c.first, c.second)
        )
        + f": {md(c.explanation)}"
        for c in report.analysis.conflicts
    ]
    return "## Conflicts\n\n" + "\n".join(items) if items else ""
