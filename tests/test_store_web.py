"""The web pages: escaping, headers, every page; and end to end in headless Chromium."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from browser_support import open_page
from server_support import serving
from sourcetrace.model import Analysis
from sourcetrace.store import Store
from sourcetrace.web import create_app
from store_fixtures import RICH_TEXT, event_of, rich_analysis

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def two_outlets(store: Store) -> tuple[Analysis, Analysis]:
    first = rich_analysis()
    second = rich_analysis(RICH_TEXT + " More.", outlet='The "Other" <Times>')
    store.write([first, second])
    store.write_event(event_of(first, second))
    return first, second


@pytest.fixture
def client(store: Store) -> Iterator[TestClient]:
    with TestClient(create_app(store)) as c:
        yield c


def test_article_text_and_metadata_are_escaped(store: Store, client: TestClient) -> None:
    rich = rich_analysis()
    sneaky = replace(rich.sources[0], description="</script><script>alert(1)</script>")
    analysis = replace(rich, url="javascript:alert(1)", sources=(sneaky, *rich.sources[1:]))
    store.write([analysis])
    r = client.get(f"/ui/articles/{analysis.id}")
    assert r.status_code == 200
    page = r.text
    assert "they listened &lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; to" in page
    assert "<b>tags</b>" not in page
    assert "Drones, &#34;quotes&#34; &amp; &lt;b&gt;tags&lt;/b&gt;" in page
    assert "javascript:" not in page
    # Only this page's own two script elements; the JSON inside one has no "<" left.
    assert re.findall(r"<script[^>]*>", page) == [
        '<script type="application/json" id="attribution-details">',
        '<script src="/static/reader.js" defer>',
    ]
    data = page.split('id="attribution-details">')[1].split("</script>")[0]
    assert "<" not in data and "\\u003c/script\\u003e\\u003cscript\\u003e" in data


def test_a_url_that_does_not_parse_is_not_linked(store: Store, client: TestClient) -> None:
    analysis = replace(rich_analysis(), url="http://[::1/broken")
    store.write([analysis])
    r = client.get(f"/ui/articles/{analysis.id}")
    assert r.status_code == 200
    assert "broken" not in r.text


def test_quotes_in_attributes_are_escaped(
    client: TestClient, two_outlets: tuple[Analysis, Analysis]
) -> None:
    _, second = two_outlets
    page = client.get(f"/ui/articles/{second.id}").text
    assert 'href="/ui/outlets/The%20%22Other%22%20%3CTimes%3E"' in page
    assert "The &#34;Other&#34; &lt;Times&gt;" in page
    outlet = client.get("/ui/outlets/The%20%22Other%22%20%3CTimes%3E")
    assert outlet.status_code == 200
    assert outlet.text.count("<figure>") == 2  # attributions and sources by kind
    assert "<title>named people: 2</title>" in outlet.text


def test_pages_send_a_content_security_policy(
    client: TestClient, two_outlets: tuple[Analysis, Analysis]
) -> None:
    first, _ = two_outlets
    for path in [
        "/ui/",
        f"/ui/articles/{first.id}",
        "/ui/sources",
        "/ui/events/ev1",
        "/ui/search?q=drones",
        "/ui/outlets/Example%20Daily",
    ]:
        r = client.get(path)
        assert r.status_code == 200, path
        csp = r.headers["content-security-policy"]
        assert "default-src 'none'" in csp and "script-src 'self'" in csp
        assert "unsafe-inline" not in csp
        if "/articles/" in path:  # the per-source colors, allowed by their hash
            assert re.search(r"style-src 'self' 'sha256-[A-Za-z0-9+/=]+'", csp)
        assert r.headers["x-content-type-options"] == "nosniff"


def test_the_article_page_counts_claims_and_flags_the_rest(
    store: Store, client: TestClient
) -> None:
    rich = rich_analysis()
    undated = [replace(rich.timeline[0], value=value, caption=True) for value in ("--01-03", "")]
    analysis = replace(rich, timeline=(*rich.timeline, *undated))
    store.write([analysis])
    page = client.get(f"/ui/articles/{analysis.id}").text
    flat = re.sub(r"\s+", " ", page)
    assert "2 sources (1 named, 1 anonymous, 0 organizations, 0 documents), 4 claims" in flat
    assert "2 flagged attributions (beliefs, perceptions, unasserted speech) not counted" in flat
    assert "the Pentagon" not in page.split('class="legend"')[1].split("</ul>")[0]
    flagged = page.split("<h2>Flagged, not counted</h2>")[1].split("</ul>")[0]
    assert "a leak" in flagged and "belief" in flagged
    assert "where they flew" in flagged and "speech, not asserted" in flagged
    timeline = page.split("<h2>Timeline</h2>")[1].split("</table>")[0]
    whens = re.findall(r"<td>([^<]*)</td><td>", timeline)
    assert whens == ["2007", "2020-01-03", "3 January, year unknown", "undated"]
    conflicts = page.split("<h2>Conflicts</h2>")[1].split("</ul>")[0]
    assert "the strike is dated 2007 and Jan. 3, 2020" in conflicts
    assert "<blockquote>2007</blockquote><blockquote>Jan. 3, 2020</blockquote>" in conflicts
    # Every source page linked from the article exists: none for a source without claims.
    other = rich_analysis(RICH_TEXT + " More.")
    rich_only_believes = replace(other, attributions=other.attributions[4:5], timeline=())
    store.write([rich_only_believes])
    details = client.get(f"/ui/articles/{rich_only_believes.id}").text.split(
        'id="attribution-details">'
    )[1]
    assert '"source": "a senior official"' in details and '"source_url": null' in details
    home = client.get("/ui/").text
    assert "2 sources, 4 claims, 25% anonymous, 2 flagged" in re.sub(r"\s+", " ", home)


def test_every_page_shows_its_content(
    client: TestClient, two_outlets: tuple[Analysis, Analysis]
) -> None:
    first, _ = two_outlets
    home = client.get("/ui/").text
    assert first.id in home and "Example Daily" in home and "The strike" in home
    article = client.get(f"/ui/articles/{first.id}").text
    # Two sources that make claims (the Pentagon makes none), unresolved, boilerplate.
    assert article.count('<span class="swatch') == 4
    assert 'class="bp first" title="caption" data-label="caption">Photo: AP<' in article
    event = client.get("/ui/events/ev1").text
    assert event.count('class="outlet-column"') == 2
    assert "<circle" in event and "date: 2007 vs 2008" in event
    assert "one voice, not two" in event  # the corroboration repeats one passage
    assert "1 conflict, 1 corroboration (0 independent)." in event
    search = client.get("/ui/search", params={"q": "listened"}).text
    assert "they <mark>listened</mark>" in search
    key = client.get("/sources").json()["items"][0]["key"]
    assert "a former CIA official" in client.get(f"/ui/sources/{key}").text
    for path in ["/ui/articles/0123456789abcdef", "/ui/sources/x", "/ui/events/x", "/ui/outlets/x"]:
        assert client.get(path).status_code == 404


# End to end in a real browser.


def _screenshot(page: Any, path: Path) -> None:
    """A screenshot, also copied to $SOURCETRACE_SCREENSHOTS when set, for people to look at."""
    page.screenshot(path=str(path))
    if os.environ.get("SOURCETRACE_SCREENSHOTS"):
        shutil.copy(path, Path(os.environ["SOURCETRACE_SCREENSHOTS"]) / path.name)
    assert path.stat().st_size > 0


def test_the_reader_shows_details_on_click(
    browser: Any, store: Store, two_outlets: tuple[Analysis, Analysis], tmp_path: Path
) -> None:
    first, _ = two_outlets
    with serving(create_app(store)) as base:
        page, problems = open_page(browser, f"{base}/ui/articles/{first.id}")
        assert page.locator("#details-list").is_hidden()
        page.locator('.hl.content[data-a="2"]').first.click()
        color = page.locator('.hl.content[data-a="1"]').first.evaluate(
            "e => getComputedStyle(e).borderBottomColor"
        )
        assert color == "rgb(78, 121, 167)"  # the first source's color: the inline style applies
        assert page.locator("#details-list").is_visible()
        assert page.locator("#d-source").inner_text() == "John Maguire"
        assert page.locator("#d-speaker").inner_text() == "he"
        assert page.locator("#d-confidence").inner_text() == "0.90"
        assert page.locator('.hl.selected[data-a="2"]').count() == 4  # 2 pieces, cue, speaker
        # The article's "<script>" is text on the page, never run.
        assert '<script>alert("x")</script>' in page.locator("#text").inner_text()
        _screenshot(page, tmp_path / "reader.png")
        # A search result opens the article on its attribution.
        page.goto(f"{base}/ui/search?q=strike")
        page.locator(".hits:not(.articles) .hit a", has_text="Drones").first.click()
        page.wait_for_url(re.compile(r".*/ui/articles/[0-9a-f]{16}#a3$"))
        assert page.locator("#d-source").inner_text() == "a senior official"
        page.goto(f"{base}/ui/events/ev1")
        assert page.locator("svg circle").count() == 4
        assert problems == []


def test_seed_articles_end_to_end(
    browser: Any, yahoo_seed: Path, sofrep_seed: Path, tmp_path: Path
) -> None:
    db = tmp_path / "seeds.db"
    run = subprocess.run(
        [
            sys.executable,
            "-c",
            "from sourcetrace.cli import main; main()",
            "ingest",
            str(yahoo_seed),
            str(sofrep_seed),
            "--db",
            str(db),
        ],
        env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert run.returncode == 0, run.stderr
    assert "2 article(s) stored" in run.stderr
    with Store.open(str(db)) as store:
        articles = store.articles(limit=10).items
        assert len(articles) == 2
        richest = max(articles, key=lambda a: a.attributions)
        with serving(create_app(store)) as base:
            page, problems = open_page(browser, f"{base}/ui/articles/{richest.id}")
            highlights = page.locator("#text .hl.content")
            assert highlights.count() > 0
            highlights.first.click()
            assert page.locator("#details-list").is_visible()
            assert page.locator("#d-cue").inner_text().strip() not in ("", "—")
            _screenshot(page, tmp_path / "seed.png")
            assert problems == []
