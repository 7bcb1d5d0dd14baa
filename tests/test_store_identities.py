"""Identities in the store: one person or organization across articles, clustered as `compare`
clusters them, grouping the source lists, pages and search (SQLite and PostgreSQL)."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from conftest import shared_path
from sourcetrace import analyze_many
from sourcetrace.cli import ingest as cli_ingest
from sourcetrace.cli.ingest import ingest
from sourcetrace.corpus import compare
from sourcetrace.model import (
    Analysis,
    Article,
    Attribution,
    AttributionType,
    Entity,
    Source,
    SourceKind,
    TextSpan,
)
from sourcetrace.store import Store, StoredEvent, schema
from store_fixtures import analysis_of


def quoted(
    name: str,
    said: str = "the talks would go on",
    *,
    kind: SourceKind = SourceKind.NAMED_PERSON,
    entity: str | None = None,
    label: str = "PERSON",
    day: int = 3,
) -> Analysis:
    """An article in which ``name`` says ``said``: one source, linked to its entity (``entity``,
    by default its name), one claim."""
    text = f"{name} said {said}."

    def span(needle: str) -> TextSpan:
        at = text.index(needle)
        return TextSpan.of(text, at, at + len(needle))

    return replace(
        analysis_of(text, published=date(2016, 3, day)),
        sources=(Source("s1", name, kind, None, (span(name),), entity="e1"),),
        attributions=(
            Attribution(
                "a1", "s1", AttributionType.INDIRECT, span("said"), span(name), (span(said),), 0.9
            ),
        ),
        entities=(Entity("e1", entity or name, label, (span(entity or name),)),),
    )


def _names(store: Store) -> list[tuple[str, int]]:
    return sorted((s.name, s.articles) for s in store.sources(limit=50).items)


def test_short_and_full_names_are_one_source_after_a_rebuild(store: Store) -> None:
    store.write(
        [
            quoted("Barack Obama"),
            quoted("Obama", "the deal was fair"),
            quoted("Hillary Rodham Clinton"),
            quoted("Hillary Clinton", "she would run"),
            quoted("Donald J. Trump"),
            quoted("Donald Trump", "the wall would rise"),
        ]
    )
    assert len(_names(store)) == 6  # grouped by name only until identities are built
    assert store.regroup() == 3
    assert _names(store) == [
        ("Barack Obama", 2),
        ("Donald J. Trump", 2),
        ("Hillary Rodham Clinton", 2),
    ]
    obama = next(s for s in store.sources(limit=50).items if s.name == "Barack Obama")
    detail = store.source(obama.key, limit=10)
    assert detail is not None
    assert {h.content for h in detail.attributions.items} == {
        "the talks would go on",
        "the deal was fair",
    }
    assert {h.source_key for h in detail.attributions.items} == {obama.key}
    found = store.search("obama", limit=10).sources
    assert [(s.name, s.articles) for s in found] == [("Barack Obama", 2)]


def test_a_nickname_an_article_ties_to_a_name_is_one_source(store: Store) -> None:
    tied = quoted("Margaret Collins", "Peggy was her name at school")
    (entity,) = tied.entities
    at = tied.text.index("Peggy")
    mentions = (*entity.mentions, TextSpan.of(tied.text, at, at + len("Peggy")))
    tied = replace(tied, entities=(replace(entity, mentions=mentions),))
    store.write([tied, quoted("Peggy", "the vote was fair", day=4), quoted("Bob Moss")])
    store.write([quoted("Robert Moss", "the bridge would open", day=5)])
    store.regroup()
    assert _names(store) == [("Bob Moss", 2), ("Margaret Collins", 2)]  # first spelling names it


def test_the_identity_table_and_links_are_plain_rows(store: Store) -> None:
    store.write([quoted("Barack Obama"), quoted("Obama", "the deal was fair")])
    store.regroup()
    with store.engine.connect() as conn:
        (row,) = conn.execute(select(schema.identities)).mappings()
        linked = conn.execute(select(schema.sources.c.identity_id)).scalars().all()
        entities = conn.execute(select(schema.entities.c.identity_id)).scalars().all()
    assert (row["name"], row["kind"], row["n_articles"], row["n_mentions"]) == (
        "Barack Obama",
        "named_person",
        2,
        2,
    )
    assert set(row["names"]) == {"Barack Obama", "Obama"}
    assert linked == entities == [row["id"], row["id"]]


def test_an_identity_key_is_its_full_names_source_key(store: Store) -> None:
    """A page bookmarked under the full name's key keeps working once identities are built."""
    store.write([quoted("Barack Obama"), quoted("Obama", "the deal was fair")])
    before = {s.name: s.key for s in store.sources(limit=50).items}
    store.regroup()
    (after,) = store.sources(limit=50).items
    assert after.key == before["Barack Obama"]


def test_anonymous_sources_keep_grouping_by_their_wording(store: Store) -> None:
    store.write(
        [
            quoted(
                "a White House official",
                kind=SourceKind.ANONYMOUS_PERSON,
                entity="White House",
                label="ORG",
            ),
            quoted("White House", "it would wait", kind=SourceKind.ORGANIZATION, label="ORG"),
        ]
    )
    store.regroup()
    assert _names(store) == [("White House", 1), ("a White House official", 1)]


def test_an_ambiguous_surname_goes_to_the_person_its_event_names(store: Store) -> None:
    bill = quoted("Bill Clinton", "the economy grew", day=1)
    hillary = quoted("Hillary Rodham Clinton", day=10)
    clinton = quoted("Clinton", "she would win", day=11)
    store.write([bill, hillary, clinton])
    store.regroup()
    assert ("Clinton", 1) in _names(store)  # no event: either Clinton
    store.write_event(StoredEvent("ev1", (hillary.id, clinton.id)))
    store.regroup()
    assert _names(store) == [("Bill Clinton", 1), ("Hillary Rodham Clinton", 2)]


def test_an_ambiguous_surname_goes_to_the_person_written_with_its_office(store: Store) -> None:
    def titled(analysis: Analysis, title: str) -> Analysis:
        (entity,) = analysis.entities
        return replace(analysis, entities=(replace(entity, titles=(title,)),))

    bill = titled(quoted("Bill Clinton", "the economy grew", day=1), "President")
    hillary = titled(quoted("Hillary Rodham Clinton", day=10), "Secretary of State")
    clinton = titled(quoted("Clinton", "the cable never reached her", day=11), "Secretary of State")
    store.write([bill, hillary, clinton])
    store.regroup()
    assert _names(store) == [("Bill Clinton", 1), ("Hillary Rodham Clinton", 2)]


def test_the_store_clusters_as_compare_does_whatever_the_write_order(tmp_path: Path) -> None:
    articles = [
        quoted("Barack Obama"),
        quoted("Obama", "the deal was fair"),
        quoted("Hillary Rodham Clinton"),
        quoted("Hillary Clinton", "she would run"),
    ]
    names = sorted(e.name for e in compare(articles, align=False).entities)
    for n, order in enumerate((articles, articles[::-1])):
        with Store.open(str(tmp_path / f"{n}.db")) as store:
            store.write(order)
            store.regroup()
            with store.engine.connect() as conn:
                stored = conn.execute(select(schema.identities.c.name)).scalars().all()
        assert sorted(stored) == names == ["Barack Obama", "Hillary Rodham Clinton"]


def test_ingest_rebuilds_identities(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    analyses = {a.text: a for a in (quoted("Barack Obama"), quoted("Obama", "the deal was fair"))}
    monkeypatch.setattr(
        cli_ingest, "analyze_stream", lambda articles, **_: (analyses[a.text] for a in articles)
    )
    list(ingest(store, [Article(text, origin=f"{n}.txt") for n, text in enumerate(analyses)]))
    assert _names(store) == [("Barack Obama", 2)]


@pytest.mark.slow
def test_basil_names_one_identity_per_person(tmp_path: Path) -> None:
    """Every article naming them (no other article can hold an entity ending in these surnames,
    so the identities are those of the whole corpus): 148 of BASIL's 210."""
    path = shared_path("corpus", "basil", "basil-2010-2016.jsonl")
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    articles = [
        Article(r["text"], title=r["title"], published=date.fromisoformat(r["published"]))
        for r in rows
        if any(name in r["text"] for name in ("Obama", "Trump", "Clinton"))
    ]
    with Store.open(str(tmp_path / "basil.db")) as store:
        store.write(list(analyze_many(articles)))
        store.regroup()
        with store.engine.connect() as conn:
            linked = conn.execute(
                select(schema.sources.c.name, schema.sources.c.identity_id).where(
                    schema.sources.c.kind == SourceKind.NAMED_PERSON.value
                )
            ).all()
    identities: dict[str, Counter[str | None]] = defaultdict(Counter)
    for name, identity in linked:
        identities[name][identity] += 1
    for short, full in [
        ("Obama", "Barack Obama"),
        ("Donald Trump", "Donald J. Trump"),
        ("Hillary Clinton", "Hillary Rodham Clinton"),
        ("Clinton", "Hillary Rodham Clinton"),  # "Secretary of State Clinton" (fox 2013-05-13)
    ]:
        (person,) = identities[full]  # every "Barack Obama" source is one identity
        assert person is not None
        # An article naming Barack and Malia Obama leaves its "Obama" to no one of them.
        assert identities[short].most_common(1)[0][0] == person, (short, full)
