"""The store on SQLite and PostgreSQL: round trips, batches, search, groupings, migrations."""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import replace
from pathlib import Path

import pandas as pd
import pytest
from sqlalchemy import delete, select, update

from sourcetrace.ingest import Rejected
from sourcetrace.model import Analysis, CueClass, SourceKind, TimelineEntry
from sourcetrace.store import Filters, Store, StoreError, schema
from sourcetrace.store.engine import open_engine
from sourcetrace.store.migrations import _LOSSLESS_COLUMNS, LATEST, migrate
from store_fixtures import RICH_TEXT, analysis_of, event_of, rich_analysis


def test_an_analysis_reads_back_equal(store: Store) -> None:
    analysis = rich_analysis()
    assert store.write([analysis]) == {analysis.id}
    reread = store.analysis(analysis.id)
    assert reread == analysis
    assert reread is not None
    assert Analysis.from_dict(reread.to_dict()) == Analysis.from_dict(analysis.to_dict())


def test_an_empty_analysis_reads_back_equal(store: Store) -> None:
    analysis = analysis_of("Nothing was said here.", outlet=None, published=None, title=None)
    store.write([analysis])
    assert store.analysis(analysis.id) == analysis
    assert store.analysis("0123456789abcdef") is None


def test_an_article_already_stored_is_skipped(store: Store) -> None:
    analysis = rich_analysis()
    store.write([analysis, analysis])
    assert store.write([analysis]) == set()
    assert store.known_ids([analysis.id, "0123456789abcdef"]) == {analysis.id}
    assert store.count(schema.articles) == 1
    assert store.count(schema.attribution_content) == 7
    assert store.count(schema.conflicts) == 1


def test_a_batch_that_fails_writes_nothing(store: Store) -> None:
    good = rich_analysis()
    dangling = TimelineEntry("2007", 0, 4, "2007", "x", attribution="a99")  # no such attribution
    bad = replace(analysis_of("Another article."), timeline=(dangling,))
    with pytest.raises(Exception, match=r"(?i)foreign key"):
        store.write([good, bad])
    assert store.count(schema.articles) == 0
    assert store.count(schema.attributions) == 0


def test_rejects_keep_the_latest_reason_and_go_when_the_input_reads(store: Store) -> None:
    store.write([], rejects=[Rejected("a.txt", "empty"), Rejected("b.html", "no text")])
    store.write([], rejects=[Rejected("a.txt", "not UTF-8")])
    assert store.rejects() == [Rejected("a.txt", "not UTF-8"), Rejected("b.html", "no text")]
    analysis = rich_analysis()
    store.write([analysis], origins={analysis.id: "a.txt"})
    assert store.rejects() == [Rejected("b.html", "no text")]


def test_search_finds_stemmed_words_in_content_and_source_names(store: Store) -> None:
    analysis = rich_analysis()
    store.write([analysis, analysis_of("Nothing to see.")])
    found = store.search("listen everybody", limit=10, offset=0)
    assert [(h.article_id, h.attribution_id) for h in found.attributions.items] == [
        (analysis.id, "a2")
    ]
    hit = found.attributions.items[0]
    assert hit.content.startswith("We knew, … they listened")
    assert (hit.source_name, hit.cue, hit.outlet) == ("John Maguire", "said", "Example Daily")
    assert [s.name for s in store.search("maguire", limit=10).sources] == ["John Maguire"]
    assert store.search("nobody here", limit=10).attributions.total == 0


def test_only_claims_are_counted_and_listed(store: Store) -> None:
    rich = rich_analysis()
    # The senior official now only "knows" it: a perception, stored but not a claim.
    perceived = replace(rich.attributions[2], cue_class=CueClass.PERCEPTION)
    analysis = replace(
        rich, attributions=(*rich.attributions[:2], perceived, *rich.attributions[3:])
    )
    store.write([analysis])
    assert store.analysis(analysis.id) == analysis
    (summary,) = store.articles(limit=5).items
    assert (summary.sources, summary.attributions, summary.flagged) == (1, 3, 3)
    assert summary.anonymous_share == 0.0
    assert [s.name for s in store.sources(limit=10).items] == ["John Maguire"]
    (outlet,) = store.outlets()
    assert outlet.profile.attributions_by_kind == {"named_person": 2, "unresolved": 1}
    for q in ("strike happened", "leak", "where they flew"):  # said, but not claimed
        assert store.search(q, limit=10).attributions.total == 0, q
    assert store.search("drones", limit=10).attributions.total == 1


@pytest.mark.parametrize("q", ['"', "AND OR NOT", "(*", "drone* NEAR(", "'; DROP TABLE x", ""])
def test_search_reads_any_input_as_words(store: Store, q: str) -> None:
    store.write([rich_analysis()])
    assert store.search(q, limit=10).attributions.total >= 0


def test_sources_group_by_name_and_kind_across_articles(store: Store) -> None:
    first = rich_analysis()
    second = rich_analysis(RICH_TEXT + " More.", outlet="Other Times")
    store.write([first, second])
    page = store.sources(limit=10)
    assert page.total == 2  # the Pentagon makes no claim: it is no source
    top = page.items[0]
    assert (top.name, top.kind, top.articles, top.attributions) == (
        "John Maguire",
        "named_person",
        2,
        4,
    )
    detail = store.source(top.key, limit=3)
    assert detail is not None
    # Claims only: Maguire's "declined to say" is stored, not counted nor listed.
    assert detail.attributions.total == 4
    assert len(detail.attributions.items) == 3
    assert {h.attribution_id for h in store.source(top.key, limit=9).attributions.items} == {
        "a1",
        "a2",
    }
    assert detail.descriptions == ["a former CIA official"]
    anonymous = store.sources(limit=10, filters=Filters(kind=SourceKind.ANONYMOUS_PERSON)).items
    assert [(s.name, s.attributions) for s in anonymous] == [("a senior official", 2)]
    assert store.sources(limit=10, filters=Filters(kind=SourceKind.ORGANIZATION)).total == 0
    assert store.search("pentagon", limit=10).sources == []
    assert store.source("no-such-key", limit=3) is None


def test_outlets_carry_their_sourcing_profile(store: Store) -> None:
    store.write(
        [
            rich_analysis(),
            rich_analysis(RICH_TEXT + " More.", outlet="Other Times"),
            analysis_of("No outlet.", outlet=None),
        ]
    )
    outlets = {o.outlet: o.profile for o in store.outlets()}
    assert set(outlets) == {"Example Daily", "Other Times"}
    profile = outlets["Example Daily"]
    # The Pentagon makes no claim in the fixture, so it is not one of the article's sources.
    assert (profile.articles, profile.sources, profile.attributions) == (1, 2, 4)
    assert profile.anonymous_share == 0.25
    assert profile.flagged == 2  # the official's fear, Maguire's "declined to say"
    assert profile.attributions_by_kind == {
        "named_person": 2,
        "anonymous_person": 1,
        "unresolved": 1,
    }
    detail = store.outlet("Other Times", limit=10)
    assert detail is not None and detail.articles.total == 1
    assert store.outlet("Nobody", limit=10) is None


def test_articles_page_in_date_order(store: Store) -> None:
    analyses = [
        replace(
            analysis_of(f"Article {i}."),
            published=None if i == 0 else analysis_of("x").published.replace(day=i),
        )
        for i in range(5)
    ]
    store.write(analyses)
    page = store.articles(limit=2, offset=1)
    assert page.total == 5
    assert [a.published.day for a in page.items if a.published] == [3, 2]
    assert store.articles(limit=10, offset=4).items[0].published is None


def test_events_keep_their_articles_and_claim_links(store: Store) -> None:
    first = rich_analysis()
    second = rich_analysis(RICH_TEXT + " More.", outlet="Other Times")
    store.write([first, second])
    event = event_of(first, second)
    store.write_event(event)
    store.write_event(event)  # replacing is harmless
    assert store.count(schema.claim_voices) == 4
    assert [e.id for e in store.events(limit=10).items] == ["ev1"]
    detail = store.event("ev1")
    assert detail is not None
    assert (detail.event.title, detail.event.articles, detail.event.outlets) == ("The strike", 2, 2)
    conflict, corroboration = detail.links
    assert (conflict.relation, conflict.note, conflict.independent) == (
        "conflicts",
        "date: 2007 vs 2008",
        True,
    )
    assert conflict.a.text == first.text[conflict.a.start : conflict.a.end]
    assert (conflict.b.outlet, conflict.b.voices[0].name) == ("Other Times", "a senior official")
    assert corroboration.b.voices[0].kind == "outlet" and not corroboration.independent
    assert {p.value for p in detail.timeline} == {"2007", "2020-01-03"}
    assert store.event("nope") is None


def test_a_version_1_database_upgrades_and_keeps_its_data(store_location: str) -> None:
    engine = open_engine(store_location)
    assert migrate(engine, target=1) == 1
    old = Store(engine)
    analysis = rich_analysis()
    old.write([analysis])
    old.close()
    with Store.open(store_location) as upgraded:
        assert upgraded.analysis(analysis.id) == analysis
        assert upgraded.search("drones", limit=5).attributions.total == 1
        with upgraded.engine.connect() as conn:
            versions = conn.execute(select(schema.schema_version.c.version)).scalars().all()
        assert sorted(versions) == list(range(1, LATEST + 1))


def _as_version_3(location: str) -> None:
    """Take a store back to schema version 3: no conflicts table nor the columns step 4 added,
    profiles counting every source (as before claims)."""
    engine = open_engine(location)
    with engine.begin() as conn:
        conn.execute(schema.conflicts.delete())
        conn.exec_driver_sql("DROP TABLE conflicts")
        for column in _LOSSLESS_COLUMNS:
            conn.exec_driver_sql(f"ALTER TABLE {column.table.name} DROP COLUMN {column.name}")
        conn.exec_driver_sql("UPDATE articles SET n_sources = 3, n_organization = 1")
        conn.execute(delete(schema.schema_version).where(schema.schema_version.c.version >= 4))
    engine.dispose()


def test_a_version_3_database_upgrades_to_keep_every_field(store_location: str) -> None:
    analysis = rich_analysis()
    with Store.open(store_location) as store:
        store.write([analysis])
    _as_version_3(store_location)
    with Store.open(store_location) as upgraded:
        # What version 3 kept reads back; the new fields take their defaults until rewritten.
        assert upgraded.analysis(analysis.id) == replace(
            analysis,
            attributions=tuple(
                replace(a, cue_class=CueClass.SPEECH, asserted=True) for a in analysis.attributions
            ),
            entities=tuple(replace(e, titles=()) for e in analysis.entities),
            timeline=tuple(replace(t, caption=False, anchored=False) for t in analysis.timeline),
            conflicts=(),
        )
        # The profile counts sources with claims again: the Pentagon made none.
        outlet = upgraded.outlet("Example Daily", limit=1)
        assert outlet is not None
        assert (outlet.profile.sources, outlet.profile.organization) == (2, 0)
        other = rich_analysis(RICH_TEXT + " More.", outlet="Other Times")
        upgraded.write([other])
        assert upgraded.analysis(other.id) == other


def test_a_newer_schema_is_refused(store_location: str) -> None:
    Store.open(store_location).close()
    engine = open_engine(store_location)
    with engine.begin() as conn:
        conn.execute(
            update(schema.schema_version)
            .where(schema.schema_version.c.version == LATEST)
            .values(version=LATEST + 1)
        )
    engine.dispose()
    with pytest.raises(StoreError, match="newer than this sourcetrace knows"):
        Store.open(store_location)


def test_an_unusable_location_is_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="unsupported database 'mysql'"):
        Store.open("mysql://localhost/x")
    with pytest.raises(StoreError, match="cannot open the store"):
        Store.open(str(tmp_path / "no" / "such" / "dir" / "x.db"))


def test_the_sqlite_file_reads_as_plain_tables(tmp_path: Path) -> None:
    path = tmp_path / "store.db"
    with Store.open(str(path)) as store:
        store.write([rich_analysis()])
    with sqlite3.connect(path) as conn:
        content = pd.read_sql("SELECT * FROM attribution_content ORDER BY attribution_id", conn)
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert list(content["text"])[:1] == ["The drones were ready,"]
    assert {t.name for t in schema.metadata.sorted_tables} <= tables


def test_stores_opened_at_once_migrate_once(store_location: str) -> None:
    errors: list[BaseException] = []

    def open_one() -> None:
        try:
            Store.open(store_location).close()
        except BaseException as e:  # reported below, in the test's thread
            errors.append(e)

    threads = [threading.Thread(target=open_one) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with Store.open(store_location) as store, store.engine.connect() as conn:
        versions = conn.execute(select(schema.schema_version.c.version)).scalars().all()
    assert sorted(versions) == list(range(1, LATEST + 1))


def test_a_new_store_waits_for_another_writer_to_switch_to_wal(tmp_path: Path) -> None:
    # SQLite refuses the switch to WAL at once, without its busy timeout, while another
    # connection writes: CI once lost a run to two processes creating one store together.
    path = tmp_path / "store.db"
    writer = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    writer.execute("CREATE TABLE other (x)")
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("INSERT INTO other VALUES (1)")
    release = threading.Timer(0.3, writer.commit)
    release.start()
    try:
        with Store.open(str(path)) as store, store.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    finally:
        release.join()
        writer.close()
