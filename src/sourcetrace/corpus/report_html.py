"""A standalone HTML view of a comparison: per event, the outlets' texts side by side with the
evidence of each link highlighted, and the links listed below with both spans. All text is
escaped; the page needs no network and no script."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from sourcetrace.corpus.records import ClaimLink, Comparison, Event, OutletProfile
from sourcetrace.model import Analysis

CSS = """
body{font:15px/1.45 system-ui,sans-serif;margin:1.5rem;color:#222}
.articles{display:flex;gap:1rem;align-items:flex-start}
.article{flex:1;min-width:0;border:1px solid #ccc;padding:.5rem 1rem;max-height:40rem;overflow:auto}
.article p{white-space:pre-wrap}
mark{padding:0 .1em}
mark.corroborates{background:#c9f0c9} mark.conflicts{background:#f7c2c2}
mark.related{background:#eee} mark.copied{outline:2px dashed #c80}
table{border-collapse:collapse;margin:.5rem 0 2rem} td,th{border:1px solid #ccc;padding:.3rem .5rem;
vertical-align:top;text-align:left}
.label-conflicts{color:#a00;font-weight:bold} .label-corroborates{color:#070}
"""


def _marked(analysis: Analysis, links: Sequence[tuple[int, ClaimLink]]) -> str:
    """The article's text with each link's evidence in this article wrapped in a <mark>."""
    spans = []
    for n, link in links:
        for evidence in (link.left, link.right):
            if evidence.article == analysis.id:
                spans.append((evidence.start, evidence.end, n, link))
    out, at = [], 0
    for start, end, n, link in sorted(spans, key=lambda s: (s[0], -s[1])):
        if start < at:  # one sentence in several links: mark it once, for its first link
            continue
        css = link.label.value + ("" if link.independent else " copied")
        out.append(escape(analysis.text[at:start]))
        out.append(
            f'<mark class="{css}" id="l{n}-{analysis.id}" title="link {n}: {link.label.value}">'
            f"{escape(analysis.text[start:end])}</mark>"
        )
        at = end
    out.append(escape(analysis.text[at:]))
    return "".join(out)


def _event(event: Event, by_id: dict[str, Analysis]) -> str:
    numbered = list(enumerate(event.links, 1))
    columns = "".join(
        f'<div class="article"><h3>{escape(a.outlet or "unknown outlet")} '
        f"<small>{escape(a.published or '')}</small></h3><h4>{escape(a.title or '')}</h4>"
        f"<p>{_marked(by_id[a.id], numbered)}</p></div>"
        for a in event.articles
    )
    names = {a.id: a.name for a in event.articles}
    rows = "".join(_link_row(n, link, names) for n, link in numbered)
    return (
        f"<section><h2>Event {escape(event.id)}</h2>"
        f"<p>{event.counts}</p><div class=articles>{columns}</div>"
        f"<table><tr><th>#</th><th>link</th><th>left</th><th>right</th></tr>{rows}</table>"
        "</section>"
    )


def _link_row(n: int, link: ClaimLink, names: dict[str, str]) -> str:
    label = f'<span class="label-{link.label.value}">{link.label.value}</span> {link.score:.2f}'
    if not link.independent:
        label += "<br>one voice: shared text"
    for c in link.conflicts:
        label += f"<br>{escape(c.describe('≠'))}"
    if link.fact is not None:
        label += f"<br><small>{escape(link.fact.reason)}</small>"
    cells = []
    for evidence in (link.left, link.right):
        voices = ", ".join(dict.fromkeys(v.name for v in evidence.sources))
        cells.append(
            f'<td><a href="#l{n}-{evidence.article}">{escape(names[evidence.article])}</a> '
            f"<small>[{evidence.start}:{evidence.end}] {escape(voices)}</small><br>"
            f"{escape(evidence.text)}</td>"
        )
    return f"<tr><td>{n}</td><td>{label}</td>{''.join(cells)}</tr>"


def _profiles(profiles: Sequence[OutletProfile]) -> str:
    rows = "".join(
        f"<tr><td>{escape(p.outlet)}</td><td>{p.articles}</td>"
        f"<td>{p.attributions_per_article:.1f}</td><td>{p.anonymous_share:.0%}</td>"
        f"<td>{escape(', '.join(f'{k} {n}' for k, n in p.kinds))}</td>"
        f"<td>{escape(', '.join(f'{s} ({n})' for s, n in p.top_sources))}</td></tr>"
        for p in profiles
    )
    return (
        "<h2>Sourcing by outlet</h2><table><tr><th>outlet</th><th>articles</th>"
        "<th>attributions/article</th><th>anonymous</th><th>kinds</th><th>top sources</th></tr>"
        f"{rows}</table>"
    )


def comparison_html(comparison: Comparison, analyses: Sequence[Analysis]) -> str:
    """The whole page."""
    by_id = {a.id: a for a in analyses}
    events = "".join(_event(e, by_id) for e in comparison.events)
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        f"<title>sourcetrace comparison</title><style>{CSS}</style></head><body>"
        f"<h1>sourcetrace: {len(comparison.events)} events</h1>{events}"
        f"{_profiles(comparison.outlets)}</body></html>\n"
    )
