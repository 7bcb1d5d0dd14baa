"""The analysis as a Markdown document, for pasting into a newsroom tool."""

from __future__ import annotations

import re

from sourcetrace.model import Analysis
from sourcetrace.render.periods import period_label
from sourcetrace.render.view import BRIEF, Report, build_report, confidence, percent, snippet

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
        _entities(report),
        _timeline(report),
        _conflicts(report),
    ]
    return "\n\n".join(p for p in parts if p) + "\n"


def _profile(report: Report) -> str:
    p = report.analysis.profile
    kinds = ", ".join(f"{n} {label}" for label, n in report.kind_counts())
    lines = [
        "## Profile",
        "",
        f"- **{p.sources} sources**" + (f": {kinds}" if kinds else ""),
        f"- **{p.attributions} attributions**, {percent(p.anonymous_share)} from anonymous sources",
    ]
    if counts := report.boilerplate_counts():
        lines.append("- Boilerplate flagged: " + ", ".join(f"{n} {lbl}" for lbl, n in counts))
    return "\n".join(lines)


def _table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def _sources(report: Report) -> str:
    if not report.sources:
        return "## Sources\n\nNo sources found."
    rows = [
        [
            md(r.source.id),
            f"**{md(r.source.name)}**",
            r.kind_label,
            md(r.description or ""),
            str(len(r.attributions)),
            str(len(r.source.mentions)),
        ]
        for r in report.sources
    ]
    header = ["Id", "Source", "Kind", "Description", "Attributions", "Mentions"]
    return "## Sources\n\n" + _table(header, rows)


def _attributions(report: Report) -> str:
    if not report.attributions:
        return "## Attributions\n\nNo attributions found."
    items = []
    for row in report.attributions:
        a = row.attribution
        details = [a.type.value]
        if a.cue is not None:
            details.append(f"cue “{md(a.cue.text)}”")
        if a.speaker is not None:
            details.append(f"speaker “{md(a.speaker.text)}”")
        details.append(f"confidence {confidence(a.confidence)}")
        items.append(
            f"{row.number}. **{md(row.source_name)}** — {', '.join(details)}\n"
            f"   > {md(row.content_text)}"
        )
    return "## Attributions\n\n" + "\n".join(items)


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
