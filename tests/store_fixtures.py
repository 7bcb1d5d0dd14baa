"""Fixtures for the store, ingest, API and web tests: a fresh store on each backend, and analyses
built by hand so that tests need not wait for the attribution stages."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from urllib.parse import quote

import pytest
from sqlalchemy import create_engine, text

from sourcetrace.model import (
    OWN_VOICE,
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
    Voice,
    article_id,
)
from sourcetrace.store import ClaimSide, Store, StoredEvent, StoredLink
from sourcetrace.store.engine import database_url

ON_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def postgres_dsn() -> str:
    """The test server's DSN (env SOURCETRACE_TEST_PG); a skip when unset, a failure on CI."""
    dsn = os.environ.get("SOURCETRACE_TEST_PG")
    if not dsn:
        if ON_CI:
            pytest.fail("SOURCETRACE_TEST_PG is not set: CI must test the PostgreSQL store")
        pytest.skip("SOURCETRACE_TEST_PG is not set: no PostgreSQL server to test against")
    return dsn


@pytest.fixture
def postgres_location() -> Iterator[str]:
    """A PostgreSQL store location in a schema of its own, dropped afterwards."""
    dsn = postgres_dsn()
    name = f"test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(database_url(dsn))
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{name}"'))
    sep = "&" if "?" in dsn else "?"
    yield f"{dsn}{sep}options={quote(f'-csearch_path={name}')}"
    with admin.begin() as conn:
        conn.execute(text(f'DROP SCHEMA "{name}" CASCADE'))
    admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def store_location(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh store location on each backend."""
    if request.param == "sqlite":
        return str(tmp_path / "store.db")
    location: str = request.getfixturevalue("postgres_location")
    return location


@pytest.fixture
def store(store_location: str) -> Iterator[Store]:
    with Store.open(store_location) as s:
        yield s


def analysis_of(
    text_: str,
    *,
    outlet: str | None = "Example Daily",
    published: date | None = date(2020, 1, 3),
    title: str | None = "A test article",
) -> Analysis:
    """An Analysis of ``text_`` in which nothing was found."""
    return Analysis(
        id=article_id(text_),
        title=title,
        outlet=outlet,
        url=None,
        published=published,
        text=text_,
        boilerplate=(),
        sources=(),
        attributions=(),
        entities=(),
        timeline=(),
    )


RICH_TEXT = (
    'Photo: AP\n"The drones were ready," said John Maguire, a former CIA official. '
    '"We knew," he said, "they listened <script>alert("x")</script> to everybody." '
    "A senior official said the strike happened in 2007. Officials at the Pentagon said "
    "nothing on Jan. 3, 2020. The official feared a leak. Maguire declined to say where "
    "they flew."
)


def rich_analysis(text_: str = RICH_TEXT, *, outlet: str | None = "Example Daily") -> Analysis:
    """Every kind of item the model has, every field set: boilerplate, sources with several
    mentions, a quote interrupted by its cue, an attribution without a source, a belief and an
    unasserted attribution (stored, not claims), entities with titles, a timeline with caption
    and anchored entries, and a conflict."""

    def span(needle: str, start: int = 0) -> TextSpan:
        at = text_.index(needle, start)
        return TextSpan.of(text_, at, at + len(needle))

    maguire = Source(
        id="s1",
        name="John Maguire",
        kind=SourceKind.NAMED_PERSON,
        description="a former CIA official",
        mentions=(
            span("John Maguire"),
            span("he", text_.index('" he said') + 2),
            span("Maguire", text_.index("Maguire declined")),
        ),
        entity="e1",
    )
    official = Source(
        id="s2",
        name="a senior official",
        kind=SourceKind.ANONYMOUS_PERSON,
        description=None,
        mentions=(span("A senior official"), span("The official")),
    )
    pentagon = Source(
        id="s3",
        name="the Pentagon",
        kind=SourceKind.ORGANIZATION,
        description="Officials",
        mentions=(span("Officials at the Pentagon"),),
    )
    return Analysis(
        id=article_id(text_),
        title='Drones, "quotes" & <b>tags</b>',
        outlet=outlet,
        url="https://example.com/a?x=1&y=2",
        published=date(2020, 1, 3),
        text=text_,
        boilerplate=(Boilerplate(0, 9, BoilerplateLabel.CAPTION),),
        sources=(maguire, official, pentagon),
        attributions=(
            Attribution(
                "a1",
                "s1",
                AttributionType.DIRECT,
                span("said"),
                span("John Maguire"),
                (span("The drones were ready,"),),
                0.934567,
            ),
            Attribution(
                "a2",
                "s1",
                AttributionType.DIRECT,
                span("said", text_.index("We knew")),
                span("he", text_.index('" he said') + 2),
                (span("We knew,"), span('they listened <script>alert("x")</script> to everybody.')),
                0.9,
            ),
            Attribution(
                "a3",
                "s2",
                AttributionType.INDIRECT,
                span("said", text_.index("A senior")),
                span("A senior official"),
                (span("the strike happened in 2007"),),
                0.7,
            ),
            Attribution(
                "a4",
                None,
                AttributionType.INDIRECT,
                None,
                None,
                (span("nothing on Jan. 3, 2020"),),
                0.2,
            ),
            Attribution(
                "a5",
                "s2",
                AttributionType.INDIRECT,
                span("feared"),
                span("The official"),
                (span("a leak"),),
                0.6,
                cue_class=CueClass.BELIEF,
            ),
            Attribution(
                "a6",
                "s1",
                AttributionType.INDIRECT,
                span("declined to say"),
                span("Maguire", text_.index("Maguire declined")),
                (span("where they flew"),),
                0.5,
                asserted=False,
            ),
        ),
        entities=(
            Entity("e1", "John Maguire", "PERSON", (span("John Maguire"),), ("Dr.",)),
            Entity("e2", "CIA", "ORG", (span("CIA"),)),
            Entity("e3", "Pentagon", "ORG", (span("Pentagon"),)),
        ),
        timeline=(
            TimelineEntry(
                "2007",
                text_.index("2007"),
                text_.index("2007") + 4,
                "2007",
                "the strike happened in 2007",
                "a3",
            ),
            TimelineEntry(
                "Jan. 3, 2020",
                text_.index("Jan. 3"),
                text_.index("Jan. 3") + 12,
                "2020-01-03",
                "Officials at the Pentagon said nothing",
                None,
                caption=True,
                anchored=True,
            ),
        ),
        conflicts=(
            Conflict(
                ConflictKind.DATE,
                span("2007"),
                span("Jan. 3, 2020"),
                "the strike is dated 2007 and Jan. 3, 2020",
            ),
        ),
    )


def claim(analysis: Analysis, sentence: str, attribution: str | None) -> ClaimSide:
    """One side of a claim link: ``sentence`` of ``analysis``, voiced by ``attribution``'s source
    (or by the outlet when None)."""
    at = analysis.text.index(sentence)
    if attribution is None:
        voices = (Voice(analysis.outlet or "outlet", OWN_VOICE),)
    else:
        att = next(a for a in analysis.attributions if a.id == attribution)
        source = analysis.source(att.source)
        assert source is not None
        voices = (Voice(source.name, source.kind.value, attribution),)
    return ClaimSide(analysis.id, at, at + len(sentence), sentence, voices)


def event_of(first: Analysis, second: Analysis) -> StoredEvent:
    """An event of two rich analyses: a conflict on the strike's year, a corroboration."""
    strike = "A senior official said the strike happened in 2007."
    drones = '"The drones were ready," said John Maguire'
    return StoredEvent(
        "ev1",
        (first.id, second.id),
        (
            StoredLink(
                "conflicts",
                claim(first, strike, "a3"),
                claim(second, strike, "a3"),
                0.8,
                note="date: 2007 vs 2008",
            ),
            StoredLink(
                "corroborates",
                claim(first, drones, "a1"),
                claim(second, drones, None),
                0.9,
                independent=False,
            ),
        ),
        title="The strike",
    )
