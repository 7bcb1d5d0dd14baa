"""The newsroom's questions, answered on the pages: an outlet's top named and anonymous sources and
its anonymous share by month, the events index, an event's conflicts first and its source × outlet
matrix; in words for people. Over HTTP on both stores, then clicked through in Chromium."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from browser_support import open_page
from server_support import serving
from sourcetrace.store import Filters, Store
from sourcetrace.store.views import MonthClaims
from sourcetrace.web import create_app
from sourcetrace.web.charts import share_chart
from sourcetrace.web.wording import kind_label


@pytest.fixture
def client(newsroom: Store) -> Iterator[TestClient]:
    with TestClient(create_app(newsroom)) as c:
        yield c


def flat(html: str) -> str:
    return re.sub(r"\s+", " ", html)


def test_claims_by_month_give_the_anonymous_share(newsroom: Store) -> None:
    assert newsroom.monthly_claims(Filters(outlet="fox")) == [
        MonthClaims(month="2020-01", claims=3, anonymous=2),
        MonthClaims(month="2020-02", claims=2, anonymous=1),
    ]
    assert newsroom.monthly_claims()[0] == MonthClaims(month="2020-01", claims=6, anonymous=3)


def test_the_share_chart_draws_one_line_per_series() -> None:
    jan, feb = (
        MonthClaims(month="2020-01", claims=4, anonymous=1),
        MonthClaims(month="2020-02", claims=0, anonymous=0),
    )
    chart = share_chart([("fox", "a", [jan, feb]), ("all", "b", [feb])])
    assert chart is not None
    assert [len(line.points) for line in chart.lines] == [1, 0]  # a month without claims: no dot
    assert chart.lines[0].points[0].title == "fox, 2020-01: 25% of 4 claims"
    assert chart.lines[0].points[0].y == round(chart.bottom - (chart.bottom - chart.top) * 0.25)
    assert [t.label for t in chart.ticks] == ["2020-01", "2020-02"]
    assert share_chart([("fox", "a", [])]) is None


def test_the_outlet_page_shows_its_top_sources_and_its_trend(client: TestClient) -> None:
    page = flat(client.get("/ui/outlets/fox").text)
    named = page.split('class="top-named_person"')[1].split("</section>")[0]
    anonymous = page.split('class="top-anonymous_person"')[1].split("</section>")[0]
    assert "Jane Roe" in named and "2 claims in 2 articles" in named
    assert "a senior official" in anonymous and "a defense official" in anonymous
    assert "a senior official" not in named
    assert "/ui/sources?outlet=fox&amp;kind=anonymous_person" in anonymous
    trend = page.split('<figure class="trend">')[1].split("</figure>")[0]
    assert trend.count("<polyline") == 2
    assert "<title>fox, 2020-01: 67% of 3 claims</title>" in trend
    assert "<title>all outlets, 2020-01: 50% of 6 claims</title>" in trend


def test_trends_draw_each_outlets_anonymous_share_and_claims_by_kind(client: TestClient) -> None:
    page = flat(client.get("/ui/trends").text)
    lines = re.findall(r'<polyline stroke="(#[0-9a-f]{6})"', page)
    assert len(lines) == 3 and len(set(lines)) == 3  # fox, cnn, all outlets
    assert "<title>cnn, 2020-01: 33% of 3 claims</title>" in page
    assert "<title>all outlets, 2020-02: 50% of 2 claims</title>" in page
    bars = page.split("Claims by kind of source, per outlet")[1]
    assert bars.count("<figure>") == 2
    assert "<title>named people: 2</title>" in bars and "<title>anonymous people: 3</title>" in bars
    assert ' style="' not in page  # colors are attributes: the CSP allows no inline style


def test_outlets_and_events_have_indexes_in_the_menu(client: TestClient) -> None:
    home = client.get("/ui/").text
    for link in ("/ui/outlets", "/ui/events", "/ui/trends", "/ui/sources", "/ui/search"):
        assert f'href="{link}"' in home
    outlets = flat(client.get("/ui/outlets").text)
    assert '<a href="/ui/outlets/fox">fox</a></td><td class="num">2</td>' in outlets
    events = flat(client.get("/ui/events").text)
    assert "The talks" in events and "2 articles from 2 outlets" in events
    assert "1 event." in events
    none = client.get("/ui/events", params={"outlet": "fox", "from": "2020-02-01"}).text
    assert "No event matches these filters" in none


def test_the_event_page_leads_with_its_conflicts_then_who_is_quoted(client: TestClient) -> None:
    page = flat(client.get("/ui/events/talks").text)
    order = [page.index(h) for h in ('id="conflicts"', 'id="quoted"', 'id="corroborations"')]
    assert order == sorted(order)
    assert "1 conflict, 1 corroboration" in page
    conflicts = page.split('id="conflicts"')[1].split('id="quoted"')[0]
    assert "nobody walked out" in conflicts and "deadline slipped" not in conflicts
    matrix = page.split('<table class="matrix">')[1].split("</table>")[0]
    headers = re.findall(r'<th class="num">(?:<a [^>]*>)?([^<]*)', matrix)
    assert headers == ["cnn", "fox", "Claims"]
    jane = matrix.split("Jane Roe</a>")[1].split("</tr>")[0]
    assert re.findall(r">(\d+)</a>", jane) == ["1", "1"]
    assert "/ui/sources/" in jane and "event=talks&amp;outlet=cnn" in jane
    official = matrix.split("a senior official</a>")[1].split("</tr>")[0]
    assert "named person" in matrix and "anonymous person" in official


def test_a_matrix_cell_opens_the_claims_behind_it(client: TestClient) -> None:
    key = client.get("/sources", params={"kind": "named_person"}).json()["items"][0]["key"]
    page = flat(client.get(f"/ui/sources/{key}", params={"event": "talks", "outlet": "cnn"}).text)
    assert "nobody walked out" in page
    assert "the talks will resume" not in page and "the talks resumed" not in page
    assert "Only in the articles from cnn of event" in page and "(1 claim)" in page


def test_kinds_in_words() -> None:
    assert kind_label("anonymous_person") == "anonymous person"
    assert kind_label("outlet") == "the outlet itself"
    assert kind_label(None) == "no source"
    assert kind_label("martian") == "martian"


def test_no_page_shows_a_raw_kind_or_a_wrong_plural(client: TestClient, newsroom: Store) -> None:
    key = newsroom.sources(limit=1).items[0].key
    for path in (
        "/ui/",
        "/ui/sources",
        "/ui/outlets/cnn",
        "/ui/events/talks",
        f"/ui/sources/{key}",
    ):
        page = client.get(path).text
        assert not re.search(r">\s*(named_person|anonymous_person)\s*<", page), path
        assert not re.search(r"\b1 (articles|claims|sources|outlets|conflicts)\b", page), path


# In a real browser: each question within two clicks of the home page.


def test_which_anonymous_sources_an_outlet_leans_on(browser: Any, newsroom: Store) -> None:
    with serving(create_app(newsroom)) as base:
        page, problems = open_page(browser, f"{base}/ui/")
        page.locator("header nav a", has_text="Outlets").click()
        page.locator("td a", has_text="fox").click()
        top = page.locator(".top-anonymous_person li a")
        assert top.all_inner_texts() == ["a senior official", "a defense official"]
        assert page.locator("figure.trend polyline").count() == 2
        page.locator("header nav a", has_text="Trends").click()
        assert page.locator("figure.trend polyline").count() == 3
        # The leaderboard, filtered with its form and sorted by a click on a header.
        page.goto(f"{base}/ui/sources")
        page.select_option("select[name=outlet]", "fox")
        page.select_option("select[name=kind]", "anonymous_person")
        page.locator("form.filters button").click()
        page.wait_for_url(re.compile(r".*outlet=fox.*kind=anonymous_person.*"))
        rows = page.locator("table.leaderboard tbody tr")
        assert rows.count() == 2
        page.locator("th a", has_text="Source").click()
        assert page.locator("table.leaderboard tbody td:nth-child(2)").all_inner_texts() == [
            "a defense official",
            "a senior official",
        ]
        with page.expect_download() as download:
            page.locator(".downloads a", has_text="CSV").click()
        lines = Path(download.value.path()).read_text(encoding="utf-8").splitlines()
        assert [line.split(",")[0] for line in lines[1:]] == [
            "a defense official",
            "a senior official",
        ]
        assert problems == []


def test_who_is_quoted_on_an_event_and_where_outlets_disagree(
    browser: Any, newsroom: Store
) -> None:
    with serving(create_app(newsroom)) as base:
        page, problems = open_page(browser, f"{base}/ui/")
        page.locator("header nav a", has_text="Events").click()
        page.locator(".list a", has_text="The talks").click()
        first_section = page.locator("main h2").first.inner_text()
        assert first_section == "Where the outlets disagree"
        assert page.locator(".conflicts blockquote").count() == 2
        page.locator("table.matrix tr", has_text="John Doe").locator("td a", has_text="1").click()
        assert page.locator(".hits blockquote").all_inner_texts() == ["the talks stalled"]
        assert problems == []
