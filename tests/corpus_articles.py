"""Hand-built Analysis objects for the corpus tests: real or made-up text, with the entities,
timeline and attributions a test needs placed by finding their text."""

from __future__ import annotations

from datetime import date

from sourcetrace.model import (
    Analysis,
    Attribution,
    AttributionType,
    Entity,
    Source,
    SourceKind,
    TextSpan,
    TimelineEntry,
    article_id,
)


def span(text: str, needle: str) -> TextSpan:
    start = text.index(needle)
    return TextSpan.of(text, start, start + len(needle))


def article(
    text: str,
    *,
    outlet: str | None = None,
    title: str | None = None,
    published: date | None = None,
    dates: dict[str, str] | None = None,
    entities: dict[str, str] | None = None,
    quotes: dict[str, tuple[str, SourceKind]] | None = None,
) -> Analysis:
    """``dates``: expression -> ISO value; ``entities``: name -> label (one mention each);
    ``quotes``: quoted content -> (source name, kind)."""
    timeline = tuple(
        TimelineEntry(s.text, s.start, s.end, value, event=s.text)
        for s, value in ((span(text, expr), v) for expr, v in (dates or {}).items())
    )
    found = tuple(
        Entity(f"e{i}", name, label, (span(text, name),))
        for i, (name, label) in enumerate((entities or {}).items(), 1)
    )
    sources = []
    attributions = []
    for i, (content, (name, kind)) in enumerate((quotes or {}).items(), 1):
        sources.append(Source(f"s{i}", name, kind, None, (span(text, name),)))
        attributions.append(
            Attribution(
                f"a{i}", f"s{i}", AttributionType.INDIRECT, None, None, (span(text, content),), 0.9
            )
        )
    return Analysis(
        id=article_id(text),
        title=title,
        outlet=outlet,
        url=None,
        published=published,
        text=text,
        boilerplate=(),
        sources=tuple(sources),
        attributions=tuple(attributions),
        entities=found,
        timeline=timeline,
    )
