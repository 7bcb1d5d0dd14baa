"""The quote explorer: search over article texts too (migration 5), snippets with the words
marked, each result linking to its exact span, facets that narrow the results."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import delete, select

from browser_support import open_page
from newsroom_fixtures import ANON, CNN_JAN, FOX_FEB, FOX_JAN, NEWSROOM
from server_support import serving
from sourcetrace.outlets import OutletNames
from sourcetrace.store import Filters, Store, schema
from sourcetrace.store.engine import open_engine
from sourcetrace.store.migrations import migrate
from sourcetrace.store.queries import attribution_in
from sourcetrace.store.snippets import find, marked
from sourcetrace.web import create_app

TEXT = "One aide spoke on condition of anonymity. Officials said talks stalled, officials added."


@pytest.fixture
def client(newsroom: Store) -> Iterator[TestClient]:
    with TestClient(create_app(newsroom)) as c:
        yield c


def test_the_phrase_is_the_span_and_is_marked_whole() -> None:
    found = find(TEXT, "condition of anonymity")
    assert found is not None
    assert TEXT[found.start : found.end] == "condition of anonymity"
    assert [t for t, match in found.snippet if match] == ["condition of anonymity"]
    elsewhere = find(
        "Officials said talks stalled. It was a condition of the deal.", "condition of anonymity"
    )
    assert elsewhere is not None  # no phrase: the longer words, not "of"
    assert [t for t, match in elsewhere.snippet if match] == ["condition"]
    assert "".join(t for t, _ in found.snippet) == TEXT


def test_without_the_phrase_the_first_word_found_is_the_span() -> None:
    found = find(TEXT, "according to officials")
    assert found is not None
    assert TEXT[found.start : found.end] == "Officials"  # inflections match by their stem
    assert [t for t, match in found.snippet if match] == ["Officials", "officials"]
    assert find(TEXT, "zebras") is None and find(TEXT, "!!") is None


def test_a_long_text_gives_a_snippet_around_the_span() -> None:
    text = "Filler words here. " * 30 + "The aide spoke on condition of anonymity." + " More." * 40
    found = find(text, "condition of anonymity")
    assert found is not None
    pieces = [t for t, _ in found.snippet]
    assert pieces[0] == "…" and pieces[-1] == "…"
    assert len("".join(pieces)) < 2 * 90 + 40
    assert not pieces[1].startswith(("iller", "ords", "ere"))  # no word cut in half


def test_marked_splits_a_claim_at_the_words() -> None:
    assert marked("the talks stalled", "talk") == (
        ("the ", False),
        ("talks", True),
        (" stalled", False),
    )
    assert marked("the talks", "") == (("the talks", False),)
    assert marked("one of us", "of") == (("one ", False), ("of", True), (" us", False))


def test_search_finds_articles_by_their_text(newsroom: Store) -> None:
    results = newsroom.search("condition of anonymity", limit=10)
    assert [h.article.id for h in results.articles.items] == [FOX_JAN.id]
    hit = results.articles.items[0]
    assert hit.start is not None and hit.end is not None
    assert FOX_JAN.text[hit.start : hit.end] == "condition of anonymity"
    assert results.attributions.total == 0  # nobody said it: it is the reporter's text
    by_title = newsroom.search("deadline passes", limit=10).articles.items
    assert [h.article.id for h in by_title] == [CNN_JAN.id]
    assert newsroom.search("zebras", limit=10).articles.total == 0


def test_filters_narrow_search_and_facets_count_the_results(newsroom: Store) -> None:
    results = newsroom.search("talks", limit=10)
    assert {h.article.id for h in results.articles.items} == {a.id for a in NEWSROOM}
    facets = results.facets
    assert [(f.label, f.count) for f in facets.outlets] == [("fox", 2), ("cnn", 1)]
    assert [(f.label, f.params) for f in facets.months][1] == (
        "2020-02",
        {"from": "2020-02-01", "to": "2020-02-29"},
    )
    assert [(f.label, f.count) for f in facets.events] == [("The talks", 2)]
    assert [(f.label, f.count) for f in facets.kinds] == [
        ("named_person", 3),
        ("anonymous_person", 1),
    ]
    assert [(f.label, f.count) for f in facets.cue_classes] == [("speech", 4)]
    february = newsroom.search(
        "talks", limit=10, filters=Filters(outlet="fox", date_from=date(2020, 2, 1))
    )
    assert [h.article.id for h in february.articles.items] == [FOX_FEB.id]
    assert [h.content for h in february.attributions.items] == ["the talks resumed"]
    anonymous = newsroom.search("talks", limit=10, filters=Filters(kind=ANON))
    assert [h.source_name for h in anonymous.attributions.items] == ["a senior official"]
    assert [s.name for s in anonymous.sources] == []  # no anonymous source is named "talks"


@pytest.mark.parametrize("version", [4, 8])
def test_a_store_from_before_steps_5_and_9_gets_its_articles_indexed(
    store_location: str, version: int
) -> None:
    engine = open_engine(store_location)
    assert migrate(engine, target=version) == version
    old = Store(engine)
    old.write([FOX_JAN])
    old.close()
    with Store.open(store_location) as upgraded:
        found = upgraded.search("anonymity", limit=5)
        assert found.articles.total == 1
        assert [(f.params, f.count) for f in found.facets.months] == [
            ({"from": "2020-01-01", "to": "2020-01-31"}, 1)
        ]
        upgraded.write([CNN_JAN])
        assert upgraded.search("deadline passes", limit=5).articles.total == 1


def test_search_follows_a_renamed_outlet_and_a_deleted_article(newsroom: Store) -> None:
    """What the search reads for its facets (migration 9) stays in step with the articles."""
    newsroom.outlet_table = OutletNames({"fox": "Fox News"})
    newsroom.regroup()
    facets = newsroom.search("talks", limit=10).facets
    assert [(f.label, f.count) for f in facets.outlets] == [("Fox News", 2), ("cnn", 1)]
    with newsroom.engine.begin() as conn:
        conn.execute(delete(schema.articles).where(schema.articles.c.id == FOX_FEB.id))
    results = newsroom.search("talks", limit=10)
    assert {h.article.id for h in results.articles.items} == {FOX_JAN.id, CNN_JAN.id}
    assert [(f.label, f.count) for f in results.facets.outlets] == [("Fox News", 1), ("cnn", 1)]
    gone = newsroom.search("ships", limit=10)
    assert (gone.articles.total, gone.attributions.total) == (0, 0)


def test_a_page_of_results_is_the_best_first_and_the_total_counts_them_all(
    newsroom: Store,
) -> None:
    whole = newsroom.search("talks", limit=10)
    second = newsroom.search("talks", limit=1, offset=1)
    assert second.articles.total == whole.articles.total == 3
    assert second.attributions.total == whole.attributions.total == 4
    assert second.articles.items == whole.articles.items[1:2]
    assert second.attributions.items == whole.attributions.items[1:2]


def test_the_search_page_marks_the_words_and_offers_facets(client: TestClient) -> None:
    page = client.get("/ui/search", params={"q": "condition of anonymity"}).text
    flat = re.sub(r"\s+", " ", page)
    assert f'href="/ui/articles/{FOX_JAN.id}#span-18-40"' in flat
    assert "on <mark>condition of anonymity</mark> to" in flat
    talks = client.get("/ui/search", params={"q": "talks", "outlet": "fox"}).text
    assert 'href="?q=talks&amp;outlet=fox&amp;kind=named_person"' in talks
    assert "Narrowed to outlet fox" in talks
    assert "the <mark>talks</mark> resumed" in talks
    assert client.get("/search", params={"q": "talks", "from": "2020-02-30"}).status_code == 422


def test_a_search_result_opens_the_article_on_its_span(browser: Any, newsroom: Store) -> None:
    with serving(create_app(newsroom)) as base:
        page, problems = open_page(browser, f"{base}/ui/")
        page.fill("header input[name=q]", "condition of anonymity")
        page.press("header input[name=q]", "Enter")
        page.locator(".articles a.title").first.click()
        page.wait_for_url(re.compile(r".*#span-18-40$"))
        assert page.locator("#text mark.found").all_inner_texts() == ["condition of anonymity"]
        # A facet narrows the results; a claim opens on its attribution.
        page.goto(f"{base}/ui/search?q=talks")
        page.locator(".facets a", has_text="anonymous person").click()
        assert page.locator(".hit blockquote").all_inner_texts()[-1] == "the talks stalled"
        page.locator(".hit a", has_text="Talks stall").last.click()
        page.wait_for_url(re.compile(r".*#a1$"))
        assert page.locator("#d-source").inner_text() == "a senior official"
        assert problems == []


def test_claims_picked_by_key_are_looked_up_by_index(newsroom: Store) -> None:
    att = schema.attributions
    keys = [(FOX_JAN.id, "a2"), (CNN_JAN.id, "a1")]
    query = select(att.c.article_id, att.c.attribution_id).where(attribution_in(att, keys))
    with newsroom.engine.connect() as conn:
        assert sorted(tuple(r) for r in conn.execute(query)) == sorted(keys)
        if conn.dialect.name == "sqlite":  # a row-value list alone scans the table
            sql = str(query.compile(conn, compile_kwargs={"literal_binds": True}))
            plan = [r[-1] for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql)]
            assert not any(step.startswith("SCAN attributions") for step in plan), plan
