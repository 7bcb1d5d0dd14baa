"""What every renderer shows, worked out once: sources in display order with their colors and
attributions, attributions in text order, labels, counts, and trimmed snippets.

Renderers list as the article's sources only those that make claims (asserted speech or writing),
and count claims; beliefs, perceptions and unasserted speech are shown apart, labelled
(`AttributionRow.class_label`)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from sourcetrace.model import (
    ANONYMOUS_KINDS,
    Analysis,
    Attribution,
    Entity,
    Source,
    SourceKind,
    TextSpan,
    TimelineEntry,
)
from sourcetrace.render.colors import UNRESOLVED, SourceStyle, source_style
from sourcetrace.render.periods import Period, parse_period
from sourcetrace.wording import counted

KIND_LABELS = {
    SourceKind.NAMED_PERSON: "named person",
    SourceKind.ANONYMOUS_PERSON: "anonymous person",
    SourceKind.ORGANIZATION: "organization",
    SourceKind.DOCUMENT: "document",
    SourceKind.UNKNOWN: "unknown",
}
KIND_PLURALS = {
    SourceKind.NAMED_PERSON: "named people",
    SourceKind.ANONYMOUS_PERSON: "anonymous people",
    SourceKind.ORGANIZATION: "organizations",
    SourceKind.DOCUMENT: "documents",
    SourceKind.UNKNOWN: "unknown",
}
UNRESOLVED_NAME = "(unresolved)"
# Heading of what is reported but claimed by nobody.
FLAGGED_TITLE = "Also reported: beliefs, perceptions and speech not made"
BRIEF = 10  # entities and timeline entries a summary lists
PIECE_SEPARATOR = " … "
_SPACE = re.compile(r"\s+")


def snippet(text: str, limit: int) -> str:
    """``text`` on one line, cut at a word boundary to at most ``limit`` characters."""
    flat = _SPACE.sub(" ", text).strip()
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1]
    if " " in cut[limit // 2 :]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:.") + "…"


_ARTICLE = re.compile(r"^(?:a|an|the)\s+", re.I)


def description_of(source: Source) -> str | None:
    """The source's description, unless it only restates the name ("a former official" for
    "former official")."""
    d = source.description
    if d is None or _ARTICLE.sub("", d.strip()).casefold() == source.name.strip().casefold():
        return None
    return d


def percent(share: float) -> str:
    return f"{share:.0%}"


def confidence(value: float) -> str:
    return f"{value:.2f}"


def span_text(span: TextSpan | None) -> str:
    return snippet(span.text, 60) if span is not None else "—"


@dataclass(frozen=True, slots=True)
class AttributionRow:
    number: int  # 1-based place in text order
    attribution: Attribution
    source: Source | None
    style: SourceStyle

    @property
    def source_name(self) -> str:
        return self.source.name if self.source is not None else UNRESOLVED_NAME

    @property
    def anonymous(self) -> bool:
        return self.source is not None and self.source.kind in ANONYMOUS_KINDS

    @property
    def claim(self) -> bool:
        return self.attribution.is_claim

    @property
    def class_label(self) -> str:
        """What the attribution reports: "speech", "belief", "written, not asserted"."""
        a = self.attribution
        return a.cue_class.value + ("" if a.asserted else ", not asserted")

    @property
    def content_text(self) -> str:
        """Every content piece, in order, joined where the quote was interrupted."""
        pieces = (_SPACE.sub(" ", c.text).strip() for c in self.attribution.content)
        return PIECE_SEPARATOR.join(pieces)


@dataclass(frozen=True, slots=True)
class SourceRow:
    source: Source
    style: SourceStyle
    attributions: tuple[AttributionRow, ...]

    @property
    def kind_label(self) -> str:
        return KIND_LABELS[self.source.kind]

    @property
    def claims(self) -> tuple[AttributionRow, ...]:
        return tuple(r for r in self.attributions if r.claim)

    @property
    def description(self) -> str | None:
        return description_of(self.source)

    @property
    def anonymous(self) -> bool:
        return self.source.kind in ANONYMOUS_KINDS

    def mention_counts(self) -> list[tuple[str, int]]:
        """Each distinct way the source is mentioned, most frequent first."""
        counts = Counter(_SPACE.sub(" ", m.text).strip() for m in self.source.mentions)
        return counts.most_common()


@dataclass(frozen=True, slots=True)
class TimelineRow:
    number: int  # 1-based place in chronological order
    entry: TimelineEntry
    period: Period | None  # None: the value could not be placed in time
    speaker: AttributionRow | None  # the attribution the date sits inside, if any


@dataclass(frozen=True, slots=True)
class Report:
    analysis: Analysis
    # Every source, for colors: those with claims first, most claims first; renderers list
    # `claim_sources` as the article's sources.
    sources: tuple[SourceRow, ...]
    attributions: tuple[AttributionRow, ...]  # text order, claims or not
    unresolved: tuple[AttributionRow, ...]  # claims no known source owns
    entities: tuple[Entity, ...]  # most mentioned first
    timeline: tuple[TimelineRow, ...]  # chronological; undatable entries last, in text order

    def meta(self) -> list[str]:
        """Outlet, date and URL, those the article has."""
        a = self.analysis
        return [m for m in (a.outlet, a.published.isoformat() if a.published else None, a.url) if m]

    @property
    def claim_sources(self) -> tuple[SourceRow, ...]:
        """The article's sources: those that make at least one claim."""
        return tuple(r for r in self.sources if r.source.claims)

    @property
    def claims(self) -> tuple[AttributionRow, ...]:
        return tuple(r for r in self.attributions if r.claim)

    @property
    def flagged(self) -> tuple[AttributionRow, ...]:
        """Beliefs, perceptions and unasserted speech, in text order."""
        return tuple(r for r in self.attributions if not r.claim)

    @property
    def flagged_sources(self) -> tuple[SourceRow, ...]:
        """Sources that only believe, perceive or did not speak: never the article's sources."""
        return tuple(r for r in self.sources if not r.source.claims and r.attributions)

    def kind_counts(self) -> list[tuple[str, int]]:
        """Count of the article's sources (those with claims) per kind, kinds that occur only."""
        counts = Counter(s.kind for s in self.analysis.claim_sources)
        return [(KIND_LABELS[k], counts[k]) for k in SourceKind if counts[k]]

    def kinds_in_words(self) -> str:
        """ "1 named person, 2 anonymous people": the article's sources by kind."""
        counts = Counter(s.kind for s in self.analysis.claim_sources)
        return ", ".join(
            counted(counts[k], KIND_LABELS[k], KIND_PLURALS[k]) for k in SourceKind if counts[k]
        )

    def boilerplate_counts(self) -> list[tuple[str, int]]:
        counts = Counter(b.label.value for b in self.analysis.boilerplate)
        return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))

    @property
    def title(self) -> str:
        return self.analysis.title or "Untitled article"


def _position(a: Attribution) -> tuple[int, int]:
    spans = [*a.content, *(s for s in (a.cue, a.speaker) if s is not None)]
    if not spans:
        return (0, 0)
    return (min(s.start for s in spans), max(s.end for s in spans))


def build_report(analysis: Analysis) -> Report:
    by_id = {s.id: s for s in analysis.sources}
    in_text_order = sorted(analysis.attributions, key=lambda a: (*_position(a), a.id))
    count = Counter(a.source for a in analysis.attributions)
    first_seen = {a.source: i for i, a in reversed(list(enumerate(in_text_order)))}
    # Colors go by display order, so the sources with most claims get the most distinct colors.
    ordered = sorted(
        analysis.sources,
        key=lambda s: (-s.claims, -count[s.id], first_seen.get(s.id, len(in_text_order)), s.id),
    )
    styles = {s.id: source_style(i) for i, s in enumerate(ordered)}
    rows = tuple(
        AttributionRow(
            number=i,
            attribution=a,
            source=by_id.get(a.source or ""),
            style=styles.get(a.source or "", UNRESOLVED),
        )
        for i, a in enumerate(in_text_order, start=1)
    )
    sources = tuple(
        SourceRow(s, styles[s.id], tuple(r for r in rows if r.source is s)) for s in ordered
    )
    by_attribution = {r.attribution.id: r for r in rows}
    dated = [(t, parse_period(t.value)) for t in sorted(analysis.timeline, key=lambda t: t.start)]
    dated.sort(key=lambda tp: (tp[1] is None, (tp[1].start, tp[1].end) if tp[1] else ()))
    timeline = tuple(
        TimelineRow(i, t, p, by_attribution.get(t.attribution or ""))
        for i, (t, p) in enumerate(dated, start=1)
    )
    entities = tuple(sorted(analysis.entities, key=lambda e: (-len(e.mentions), e.name)))
    return Report(
        analysis=analysis,
        sources=sources,
        attributions=rows,
        unresolved=tuple(r for r in rows if r.source is None and r.claim),
        entities=entities,
        timeline=timeline,
    )
