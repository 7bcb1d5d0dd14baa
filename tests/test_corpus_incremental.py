"""Events on ingest: new articles grouped with the stored ones near them, by compare's rule, and
stored with their claim links (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import date

import pytest

from sourcetrace import corpus
from sourcetrace.cli import ingest as cli_ingest
from sourcetrace.cli.ingest import ingest
from sourcetrace.corpus import compare
from sourcetrace.model import Analysis, Article
from sourcetrace.store import Store, StoredEvent
from sourcetrace.store.comparisons import save
from sourcetrace.store.event_assignment import assign_events
from store_fixtures import analysis_of

FLOOD = (
    "The river Thame flooded Marlow on Friday and 300 homes were evacuated, the mayor said. "
    "Rescue boats reached the old mill by noon."
)
FLOOD_AGAIN = (
    "Floods hit Marlow on Friday as the river Thame burst its banks and 250 homes were "
    "evacuated. Rescue boats reached the old mill at noon."
)
BUDGET = (
    "The Ashford council approved a budget of 40 million pounds for new schools on Tuesday. "
    "The vote was close."
)


def flood(day: int = 3) -> Analysis:
    return analysis_of(FLOOD, title="River floods Marlow", published=date(2020, 1, day))


def flood_again(day: int = 4) -> Analysis:
    return analysis_of(
        FLOOD_AGAIN,
        title="Marlow flooded by the Thame",
        outlet="Other",
        published=date(2020, 1, day),
    )


def budget() -> Analysis:
    return analysis_of(BUDGET, title="Ashford council budget", published=date(2020, 1, 3))


def _events(store: Store) -> set[frozenset[str]]:
    """Each stored event's articles."""
    found = set()
    for summary in store.events(limit=50).items:
        detail = store.event(summary.id)
        assert detail is not None
        found.add(frozenset(a.id for a in detail.articles))
    return found


def test_a_new_article_joins_the_stored_event_of_its_story(store: Store) -> None:
    first = [flood(), budget()]
    store.write(first)
    assert assign_events(store, [a.id for a in first]) == 2
    late = flood_again()
    store.write([late])
    # Only the flood's event changes: the budget's is kept as stored.
    assert assign_events(store, [late.id]) == 1
    everything = [*first, late]
    assert _events(store) == {
        frozenset(a.id for a in e.articles) for e in compare(everything).events
    }
    (event,) = [e for e in compare(everything).events if len(e.articles) == 2]
    stored = store.event(event.id)
    assert stored is not None
    assert [k.relation for k in stored.links] == [k.label.value for k in event.links]
    assert "corroborates" in [k.relation for k in stored.links]


def test_an_article_a_month_later_is_no_part_of_the_window(store: Store) -> None:
    early, later = flood(3), flood_again(30)
    store.write([early, later])
    assert store.event_window([later.id], days=7) == [later.id]
    assign_events(store, [early.id, later.id])
    assert _events(store) == {frozenset({early.id}), frozenset({later.id})}


def test_ingest_assigns_events_and_catches_up_on_articles_in_none(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    analyses = {a.text: a for a in (flood(), budget(), flood_again())}
    monkeypatch.setattr(
        cli_ingest, "analyze_stream", lambda articles, **_: (analyses[a.text] for a in articles)
    )
    store.write([flood(), budget()])  # stored with no event, as before events on ingest
    list(ingest(store, [Article(FLOOD_AGAIN, origin="late.txt")], batch_size=4))
    assert store.unassigned(limit=10) == []
    assert _events(store) == {
        frozenset({flood().id, flood_again().id}),
        frozenset({budget().id}),
    }


def test_compare_db_regroups_in_place_of_the_events_ingest_made(
    store: Store, store_location: str
) -> None:
    first, late = flood(), flood_again()
    store.write([first, late, budget()])
    store.write_event(StoredEvent("ingest-1", (first.id,)))
    store.write_event(StoredEvent("ingest-2", (late.id,)))
    store.write_event(StoredEvent("elsewhere", (budget().id,)))
    save(compare([first, late]), [first, late], store_location)
    assert _events(store) == {frozenset({first.id, late.id}), frozenset({budget().id})}


def test_an_event_whose_claims_cannot_be_aligned_is_stored_without_links(
    store: Store, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(*_: object, **__: object) -> None:
        raise ValueError("the aligner broke")

    monkeypatch.setattr(corpus, "align_event", broken)
    articles = [flood(), flood_again()]
    store.write(articles)
    assert assign_events(store, [a.id for a in articles]) == 1
    assert _events(store) == {frozenset(a.id for a in articles)}
    assert "claims not aligned (ValueError: the aligner broke)" in caplog.text
