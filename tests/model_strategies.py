"""Hypothesis strategies for the data model: analyses with every field and every kind of item
(optional ones set or not), every span a valid
pair of offsets into the text, every reference (attribution → source, timeline → attribution)
to an item that exists, as the store's foreign keys require."""

from __future__ import annotations

from datetime import date

from hypothesis import strategies as st

from sourcetrace.model import (
    Analysis,
    Attribution,
    AttributionType,
    Boilerplate,
    BoilerplateLabel,
    Conflict,
    ConflictKind,
    CueClass,
    Entity,
    Source,
    SourceKind,
    TextSpan,
    TimelineEntry,
    article_id,
)

# Any character a database keeps: no NUL (PostgreSQL refuses it) nor lone surrogates (not UTF-8).
CHARACTERS = st.characters(exclude_categories=("Cs",), exclude_characters="\x00")
WORDS = st.text(CHARACTERS, min_size=1, max_size=20)
# Every form of TimelineEntry.value, the undated ones included.
TIMELINE_VALUES = st.sampled_from(
    ["2007", "2007-11", "2020-01-03", "2020-W01", "198", "2005-05/2006-05", "--01-03", "--01", ""]
)
CONFIDENCES = st.integers(0, 1000).map(lambda n: n / 1000)  # the JSON keeps three decimals


@st.composite
def spans(draw: st.DrawFn, text: str) -> TextSpan:
    start = draw(st.integers(0, len(text)))
    end = draw(st.integers(start, len(text)))
    return TextSpan.of(text, start, end)


def _optional(strategy: st.SearchStrategy[str]) -> st.SearchStrategy[str | None]:
    return st.none() | strategy


@st.composite
def analyses(draw: st.DrawFn) -> Analysis:
    text = draw(st.text(CHARACTERS, min_size=1, max_size=200))
    span = spans(text)
    n_sources, n_entities = draw(st.integers(1, 3)), draw(st.integers(1, 3))
    entity_ids = [f"e{i}" for i in range(n_entities)]
    sources = tuple(
        Source(
            id=f"s{i}",
            name=draw(WORDS),
            kind=draw(st.sampled_from(SourceKind)),
            description=draw(_optional(WORDS)),
            mentions=tuple(draw(st.lists(span, min_size=1, max_size=3))),
            entity=draw(st.none() | st.sampled_from(entity_ids)),
        )
        for i in range(n_sources)
    )
    source_ids = [s.id for s in sources]
    attributions = tuple(
        Attribution(
            id=f"a{i}",
            source=draw(st.none() | st.sampled_from(source_ids)),
            type=draw(st.sampled_from(AttributionType)),
            cue=draw(st.none() | span),
            speaker=draw(st.none() | span),
            content=tuple(draw(st.lists(span, min_size=1, max_size=3))),
            confidence=draw(CONFIDENCES),
            cue_class=draw(st.sampled_from(CueClass)),
            asserted=draw(st.booleans()),
        )
        for i in range(draw(st.integers(1, 4)))
    )
    attribution_ids = [a.id for a in attributions]

    def timeline_entry() -> TimelineEntry:
        at = draw(span)
        return TimelineEntry(
            text=at.text,
            start=at.start,
            end=at.end,
            value=draw(TIMELINE_VALUES),
            event=draw(st.text(CHARACTERS, max_size=30)),
            attribution=draw(st.none() | st.sampled_from(attribution_ids)),
            caption=draw(st.booleans()),
            anchored=draw(st.booleans()),
        )

    return Analysis(
        id=article_id(text),
        title=draw(_optional(WORDS)),
        outlet=draw(_optional(WORDS)),
        url=draw(_optional(WORDS)),
        published=draw(st.none() | st.dates(date(1900, 1, 1), date(2100, 12, 31))),
        text=text,
        boilerplate=tuple(
            Boilerplate(s.start, s.end, draw(st.sampled_from(BoilerplateLabel)))
            for s in draw(st.lists(span, min_size=1, max_size=3))
        ),
        sources=sources,
        attributions=attributions,
        entities=tuple(
            Entity(
                id=entity_id,
                name=draw(WORDS),
                label=draw(st.sampled_from(["PERSON", "ORG", "GPE", "NORP"])),
                mentions=tuple(draw(st.lists(span, min_size=1, max_size=3))),
                titles=tuple(draw(st.lists(WORDS, max_size=2))),
            )
            for entity_id in entity_ids
        ),
        timeline=tuple(timeline_entry() for _ in range(draw(st.integers(1, 3)))),
        conflicts=tuple(
            Conflict(draw(st.sampled_from(ConflictKind)), draw(span), draw(span), draw(WORDS))
            for _ in range(draw(st.integers(1, 2)))
        ),
    )
