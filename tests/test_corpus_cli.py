"""`sourcetrace compare`: the JSON shape, the HTML page, and a bad input among good ones.

Inputs are fed through a stand-in for ``read_inputs`` so the command is tested on its own."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from sourcetrace.cli import app
from sourcetrace.cli import compare as cli_compare
from sourcetrace.ingest import Rejected
from sourcetrace.methods import Method
from sourcetrace.model import Analysis, Article
from sourcetrace.store import Store, schema

DAY = date(2022, 4, 10)
ARTICLES = [
    Article(
        "The Tane river burst through a levee in Marlow on Sunday, flooding 300 homes. "
        "“We lost everything,” said Ona Pell, a baker whose shop <b>flooded</b>.",
        title="River floods Marlow [/b] [update]",
        outlet="Ledger",
        published=DAY,
        origin="ledger.txt",
    ),
    Article(
        "A levee on the Tane river gave way in Marlow on Sunday, flooding 250 homes. "
        "Rescue boats carried residents from rooftops.",
        title="Marlow levee breach floods homes",
        outlet="Courier",
        published=DAY,
        origin="courier.txt",
    ),
]


@pytest.fixture(autouse=True)
def inputs(monkeypatch: pytest.MonkeyPatch) -> None:
    def read_inputs(paths: Sequence[str], **_: Any) -> Iterator[Article | Rejected]:
        yield from ARTICLES
        yield Rejected("broken.html", "not UTF-8")

    monkeypatch.setattr(cli_compare, "read_inputs", read_inputs)


def test_json_shape() -> None:
    result = CliRunner().invoke(app, ["compare", "x", "--format", "json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert set(out) == {"similarity", "events", "outlets", "corpus_entities"}
    assert out["similarity"] == "tfidf"
    [event] = out["events"]
    assert {a["outlet"] for a in event["articles"]} == {"Ledger", "Courier"}
    assert set(event) >= {"id", "articles", "corroborations", "conflicts", "links", "shared"}
    link = next(k for k in event["links"] if k["label"] == "conflicts")
    assert set(link) == {
        "label", "score", "left", "right", "conflicts", "independent", "shared", "fact"
    }  # fmt: skip
    [conflict] = link["conflicts"]
    assert (conflict["kind"], conflict["left"], conflict["right"]) == (
        "count",
        "300 homes",
        "250 homes",
    )
    assert conflict["reason"] == "the same event (flood homes) counts 300 homes vs 250 homes"
    assert link["fact"]["kind"] == "count" and link["fact"]["reason"] == conflict["reason"]
    text = {a.id: a.text for a in ARTICLES}
    for side in (link["left"], link["right"]):
        assert text[side["article"]][side["start"] : side["end"]] == side["text"]
        assert side["sources"] and set(side["sources"][0]) == {"name", "kind", "attribution"}
    assert {o["outlet"] for o in out["outlets"]} == {"Ledger", "Courier"}
    assert "sourcetrace: broken.html: not UTF-8\n" in result.stderr


def test_html_page_escapes_text(tmp_path: Path) -> None:
    page = tmp_path / "compare.html"
    result = CliRunner().invoke(app, ["compare", "x", "--format", "html", "-o", str(page)])
    assert result.exit_code == 0, result.output
    html = page.read_text(encoding="utf-8")
    assert html.startswith("<!doctype html>")
    assert "&lt;b&gt;flooded&lt;/b&gt;" in html and "<b>flooded" not in html
    assert '<mark class="conflicts"' in html
    assert "the same event (flood homes) counts 300 homes vs 250 homes" in html  # the reason


def test_corpus_mode_prints_outlet_profiles() -> None:
    result = CliRunner().invoke(app, ["compare", "x", "--corpus"])
    assert result.exit_code == 0, result.output
    assert "Sourcing by outlet" in result.stdout
    # Text that looks like Rich markup is printed as written.
    assert "River floods Marlow [/b] [update]" in result.stdout


def test_nothing_readable_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    rejected = [Rejected("a", "empty")]
    monkeypatch.setattr(cli_compare, "read_inputs", lambda paths, **_: iter(rejected))
    result = CliRunner().invoke(app, ["compare", "a"])
    assert result.exit_code == 1
    assert "no article could be analyzed" in result.stderr


def test_events_are_stored(tmp_path: Path) -> None:
    location = str(tmp_path / "news.db")
    result = CliRunner().invoke(app, ["compare", "x", "--format", "json", "--db", location])
    assert result.exit_code == 0, result.output
    event = json.loads(result.stdout)["events"][0]
    with Store.open(location) as db:
        stored = db.event(event["id"])
        identities = db.count(schema.identities)  # rebuilt after storing
    assert identities > 0
    assert stored is not None
    assert stored.event.articles == 2
    assert len(stored.links) == len(event["links"])
    assert any(link.note == "count: 300 homes vs 250 homes" for link in stored.links)


def test_the_method_reaches_the_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    used: list[Method | str] = []
    real = cli_compare.analyze_stream

    def spy(
        items: Iterable[Article | Rejected], *, method: Method | str
    ) -> Iterator[Analysis | Rejected]:
        used.append(method)
        return real(items, method=Method.RULES)

    monkeypatch.setattr(cli_compare, "analyze_stream", spy)
    result = CliRunner().invoke(app, ["compare", "x", "--corpus", "--method", "combined"])
    assert result.exit_code == 0, result.output
    assert used == [Method.COMBINED]


def test_an_article_that_fails_is_skipped_and_the_others_compared(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real = cli_compare.analyze_stream

    def failing_first(
        items: Iterable[Article | Rejected], *, method: Method | str
    ) -> Iterator[Analysis | Rejected]:
        results = real(items, method=method)
        next(results)  # the first article's analysis fails
        yield Rejected("x:1", "analysis failed: RuntimeError: boom")
        yield from results

    monkeypatch.setattr(cli_compare, "analyze_stream", failing_first)
    result = CliRunner().invoke(app, ["compare", "x", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert "sourcetrace: x:1: analysis failed: RuntimeError: boom\n" in result.stderr
    assert json.loads(result.stdout)["outlets"]
