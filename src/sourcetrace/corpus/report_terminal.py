"""A Rich terminal summary of a comparison: events, their claim links, outlet profiles, the
entities most written about."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from sourcetrace.corpus.records import (
    ClaimLink,
    Comparison,
    CorpusEntity,
    Event,
    LinkLabel,
    OutletProfile,
)
from sourcetrace.render.printable import printable_all

STYLE = {
    LinkLabel.CORROBORATES: "green",
    LinkLabel.CONFLICTS: "bold red",
    LinkLabel.RELATED: "dim",
}
EXCERPT = 90
TITLE = 30
TOP_ENTITIES = 10


def _excerpt(text: str, length: int = EXCERPT) -> str:
    text = " ".join(text.split())
    return escape(text if len(text) <= length else text[: length - 1] + "…")


def _voices(link: ClaimLink, side: str) -> str:
    evidence = link.left if side == "left" else link.right
    return escape(", ".join(dict.fromkeys(v.name for v in evidence.sources)))


def _event_table(event: Event, outlets: dict[str, str], links: bool) -> Table:
    title = f"Event {event.id}: {event.counts}"
    table = Table(title=title, title_justify="left", show_lines=True, expand=True)
    if not links:
        for column in ("outlet", "published", "title"):
            table.add_column(column)
        for a in event.articles:
            table.add_row(escape(a.outlet or ""), a.published or "", escape(a.title or ""))
        return table
    for column in ("link", "left", "right"):
        table.add_column(column, overflow="fold")
    for link in event.links:
        label = link.label.value + ("" if link.independent else "\n(one voice: shared text)")
        if link.conflicts:
            label += "\n" + escape("; ".join(c.describe("≠") for c in link.conflicts))
        if link.fact is not None:
            label += "\n" + escape(link.fact.reason)
        table.add_row(
            f"[{STYLE[link.label]}]{label}[/]\n{link.score:.2f}",
            f"[b]{outlets[link.left.article]}[/] ({_voices(link, 'left')})\n"
            f"{_excerpt(link.left.text)}",
            f"[b]{outlets[link.right.article]}[/] ({_voices(link, 'right')})\n"
            f"{_excerpt(link.right.text)}",
        )
    return table


def _profiles_table(profiles: tuple[OutletProfile, ...]) -> Table:
    table = Table(title="Sourcing by outlet", title_justify="left")
    for column in ("outlet", "articles", "attributions/article", "anonymous", "kinds", "top"):
        table.add_column(column)
    for p in profiles:
        table.add_row(
            escape(p.outlet),
            str(p.articles),
            f"{p.attributions_per_article:.1f}",
            f"{p.anonymous_share:.0%}",
            ", ".join(f"{k} {n}" for k, n in p.kinds),
            escape(", ".join(f"{name} ({n})" for name, n in p.top_sources)),
        )
    return table


def _entities_table(entities: tuple[CorpusEntity, ...]) -> Table:
    table = Table(title="Entities across articles", title_justify="left")
    for column in ("entity", "label", "articles", "mentions", "also written"):
        table.add_column(column)
    top = sorted(entities, key=lambda e: (-e.articles, -e.mentions))[:TOP_ENTITIES]
    for e in top:
        others = ", ".join(n for n in e.names if n != e.name)
        table.add_row(escape(e.name), e.label, str(e.articles), str(e.mentions), escape(others))
    return table


def print_comparison(comparison: Comparison, console: Console, *, links: bool = True) -> None:
    """Each event (its links, or with ``links`` False its articles), the outlet profiles, then the
    entities in the most articles."""
    comparison = printable_all(comparison)
    outlets = {a.id: _excerpt(a.name, TITLE) for e in comparison.events for a in e.articles}
    for event in comparison.events:
        console.print(_event_table(event, outlets, links))
    console.print(_profiles_table(comparison.outlets))
    if comparison.entities:
        console.print(_entities_table(comparison.entities))
    console.print(f"[dim]{len(comparison.events)} events; similarity: {comparison.similarity}[/]")
