"""One set of filters (outlet, kind, date range, event) on the API's lists and the sources
leaderboard, with its CSV and JSON downloads; bad filters are a one-line 422."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from datetime import date

import pytest
from fastapi.testclient import TestClient

from newsroom_fixtures import ANON, CNN_JAN, FOX_FEB, FOX_JAN
from sourcetrace.store import Filters, Store
from sourcetrace.web import create_app

LEADERBOARD_ROW = re.compile(
    r'<tr class="[^"]*"><td>\d+</td><td><a [^>]*>([^<]*)</a></td><td><span class="kind">([^<]*)'
    r'</span></td><td class="num">(\d+)</td><td class="num">(\d+)</td></tr>'
)


@pytest.fixture
def client(newsroom: Store) -> Iterator[TestClient]:
    with TestClient(create_app(newsroom)) as c:
        yield c


def names(page: dict[str, object]) -> list[tuple[str, int, int]]:
    items = page["items"]
    assert isinstance(items, list)
    return [(s["name"], s["attributions"], s["articles"]) for s in items]


def test_sources_are_counted_in_the_articles_the_filters_cover(client: TestClient) -> None:
    everything = client.get("/sources").json()
    assert names(everything)[:2] == [("Jane Roe", 3, 3), ("a senior official", 3, 2)]
    fox_anonymous = client.get("/sources", params={"outlet": "fox", "kind": "anonymous_person"})
    assert names(fox_anonymous.json()) == [
        ("a senior official", 2, 1),
        ("a defense official", 1, 1),
    ]
    february = client.get("/sources", params={"from": "2020-02-01"}).json()
    assert names(february) == [("Jane Roe", 1, 1), ("a defense official", 1, 1)]
    january_only = client.get("/sources", params={"from": "2020-01-01", "to": "2020-01-31"})
    assert ("a defense official", 1, 1) not in names(january_only.json())
    event = client.get("/sources", params={"event": "talks", "kind": "named_person"}).json()
    assert names(event) == [("Jane Roe", 2, 2), ("John Doe", 1, 1)]


def test_sources_sort_by_claims_articles_or_name(client: TestClient) -> None:
    by = {
        sort: [n for n, _, _ in names(client.get("/sources", params={"sort": sort}).json())]
        for sort in ("claims", "articles", "name")
    }
    assert by["claims"][:2] == ["Jane Roe", "a senior official"]
    assert by["articles"][0] == "Jane Roe"
    assert by["name"] == sorted(by["name"])


def test_attributions_and_articles_take_the_same_filters(client: TestClient) -> None:
    named_cnn = client.get("/attributions", params={"outlet": "cnn", "kind": "named_person"})
    hits = named_cnn.json()["items"]
    assert [(h["source_name"], h["content"]) for h in hits] == [
        ("John Doe", "the talks stalled"),
        ("Jane Roe", "nobody walked out"),
    ]
    assert client.get("/attributions", params={"event": "talks"}).json()["total"] == 6
    assert client.get("/attributions", params={"cue_class": "speech"}).json()["total"] == 8
    assert client.get("/sources", params={"cue_class": "written"}).json()["total"] == 0
    quoting_anonymous = client.get(
        "/articles", params={"kind": "anonymous_person", "to": "2020-01-31"}
    )
    assert {a["id"] for a in quoting_anonymous.json()["items"]} == {FOX_JAN.id, CNN_JAN.id}
    assert client.get("/events", params={"outlet": "cnn"}).json()["total"] == 1
    assert client.get("/events", params={"from": "2020-02-01"}).json()["total"] == 0


@pytest.mark.parametrize(
    ("params", "problem"),
    [
        ({"from": "2020-03-01", "to": "2020-02-01"}, "'from' is after 'to'"),
        ({"from": "March"}, "from: Value error, 'March' is not a date (YYYY-MM-DD)"),
        ({"to": "2020-02-30"}, "to: Value error, '2020-02-30' is not a date (YYYY-MM-DD)"),
        ({"kind": "martian"}, "kind: Input should be"),
        ({"outlet": "x" * 501}, "outlet: String should have at most 500 characters"),
    ],
)
def test_bad_filters_are_a_one_line_422(
    client: TestClient, params: dict[str, str], problem: str
) -> None:
    for path in ("/sources", "/attributions", "/articles", "/ui/sources"):
        r = client.get(path, params=params)
        assert r.status_code == 422, path
        assert problem in r.json()["detail"] and "\n" not in r.json()["detail"]


def test_blank_form_fields_mean_any(client: TestClient) -> None:
    blank = {"outlet": "", "kind": "", "from": "", "to": "", "event": ""}
    assert client.get("/sources", params=blank).json() == client.get("/sources").json()


def test_the_leaderboard_downloads_exactly_the_rows_it_shows(client: TestClient) -> None:
    params = {"kind": "anonymous_person", "outlet": "fox"}
    page = client.get("/ui/sources", params=params)
    assert page.status_code == 200
    shown = LEADERBOARD_ROW.findall(page.text)
    assert shown == [
        ("a senior official", "anonymous person", "2", "1"),
        ("a defense official", "anonymous person", "1", "1"),
    ]
    assert "anonymous person" in page.text and ">anonymous_person<" not in page.text
    as_csv = client.get("/ui/sources", params={**params, "format": "csv"})
    assert as_csv.headers["content-type"].startswith("text/csv")
    assert 'filename="sources.csv"' in as_csv.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(as_csv.text)))
    assert [(r["name"], r["kind"], r["attributions"], r["articles"]) for r in rows] == [
        (name, "anonymous_person", claims, articles) for name, _, claims, articles in shown
    ]
    as_json = client.get("/ui/sources", params={**params, "format": "json"}).json()
    assert [r["name"] for r in as_json] == [r["name"] for r in rows]
    assert set(as_json[0]) == {"name", "kind", "attributions", "articles", "key"}
    one = client.get("/ui/sources", params={**params, "format": "json", "limit": 1}).json()
    assert [r["name"] for r in one] == ["a senior official"]  # the page's rows, not all of them
    assert client.get("/ui/sources", params={"format": "xml"}).status_code == 422


def test_filters_read_the_same_on_the_store(newsroom: Store) -> None:
    january = Filters(date_from=date(2020, 1, 1), date_to=date(2020, 1, 31), kind=ANON)
    assert [a.id for a in newsroom.articles(limit=5, filters=january).items] == [
        CNN_JAN.id,
        FOX_JAN.id,
    ]
    assert newsroom.articles(limit=5, filters=Filters(outlet="fox")).total == 2
    assert FOX_FEB.id in {a.id for a in newsroom.articles(limit=5, filters=Filters()).items}
    with pytest.raises(ValueError, match="is after"):
        Filters(date_from=date(2020, 2, 1), date_to=date(2020, 1, 1))
    assert Filters(outlet="fox", kind=ANON, date_to=date(2020, 1, 31)).params() == {
        "outlet": "fox",
        "kind": "anonymous_person",
        "to": "2020-01-31",
    }
