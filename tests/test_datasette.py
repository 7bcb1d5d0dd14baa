"""`sourcetrace datasette`: every table and column described, the metadata file, and the canned
queries answered by a real Datasette over the small newsroom store (skipped where the `datasette`
extra is not installed, but on CI)."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from newsroom_fixtures import NEWSROOM, TALKS
from sourcetrace.cli import app
from sourcetrace.store import Store, schema
from sourcetrace.store.datasette import QUERIES, datasette_metadata
from sourcetrace.store.descriptions import column_description
from store_fixtures import ON_CI


@pytest.fixture(scope="module")
def newsroom_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("datasette") / "newsroom.db"
    with Store.open(str(path)) as store:
        store.write(list(NEWSROOM))
        store.write_event(TALKS)
    return path


def test_every_table_and_column_of_the_schema_is_described() -> None:
    tables = datasette_metadata("newsroom")["databases"]["newsroom"]["tables"]
    assert tables.pop("articles_fts_keys") == {"hidden": True}  # the search's, not data
    assert set(tables) == set(schema.metadata.tables)
    for name, table in schema.metadata.tables.items():
        assert tables[name]["description"]
        assert set(tables[name]["columns"]) == {c.name for c in table.columns}
        assert all(tables[name]["columns"].values()), name


def test_prefixed_and_side_columns_say_which_span() -> None:
    assert column_description("attributions", "cue_start_char") == (
        "The cue (the verb or phrase of saying): where the span starts in articles.text "
        "(character offset)."
    )
    assert column_description("claim_links", "article_id_b") == "Side b: the article (articles.id)."
    assert column_description("articles", "no_such_column") is None


def test_metadata_file_for_datasette_m(newsroom_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "metadata.json"
    result = CliRunner().invoke(app, ["datasette", str(newsroom_db), "--metadata", str(out)])
    assert result.exit_code == 0, result.stderr
    database = json.loads(out.read_text())["databases"]["newsroom"]  # the file's stem
    assert set(database["queries"]) == set(QUERIES)


def test_a_missing_store_is_one_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["datasette", str(tmp_path / "nope.db")])
    assert (result.exit_code, result.stderr) == (
        1,
        f"sourcetrace: {tmp_path / 'nope.db'}: no such database\n",
    )


def test_without_the_extra_it_says_what_to_install(
    newsroom_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "datasette.app", None)  # an import of it fails
    result = CliRunner().invoke(app, ["datasette", str(newsroom_db)])
    assert (result.exit_code, result.stderr) == (
        1,
        "sourcetrace: datasette: not installed: pip install 'sourcetrace[datasette]'\n",
    )


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def _get(url: str) -> Any:
    with urllib.request.urlopen(url, timeout=10) as response:
        return json.load(response)


@pytest.fixture(scope="module")
def datasette_url(newsroom_db: Path) -> Iterator[str]:
    """The real command serving the newsroom store on a free loopback port."""
    try:
        import datasette  # noqa: F401
    except ImportError as missing:
        if ON_CI:  # `make test` installs the extra: CI runs Datasette, never skips it
            raise
        pytest.skip(f"the datasette extra is not installed: {missing}")
    port = _free_port()
    command = [sys.executable, "-c", "from sourcetrace.cli import main; main()"]
    server = subprocess.Popen(
        [*command, "datasette", str(newsroom_db), "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    try:
        while True:
            try:
                _get(f"{url}/-/versions.json")
                break
            except (urllib.error.URLError, ConnectionError):
                assert server.poll() is None, server.communicate()[1].decode()
                assert time.monotonic() < deadline, "Datasette did not start"
                time.sleep(0.2)
        yield f"{url}/newsroom"
    finally:
        server.terminate()
        server.wait(timeout=10)


def query(base: str, name: str, **params: str) -> list[dict[str, Any]]:
    """A canned query's rows as objects, through Datasette's JSON API."""
    args = urllib.parse.urlencode({**params, "_shape": "array"})
    rows: list[dict[str, Any]] = _get(f"{base}/{name}.json?{args}")
    return rows


def test_tables_carry_their_descriptions(datasette_url: str) -> None:
    served = _get(f"{datasette_url.rsplit('/', 1)[0]}/-/metadata.json")
    tables = served["databases"]["newsroom"]["tables"]
    assert tables["sources"]["columns"]["source_key"] == "Groups one name and kind across articles."
    listed = {t["name"]: t["hidden"] for t in _get(f"{datasette_url}.json")["tables"]}
    assert listed["articles_fts_keys"] and not listed["sources"]


def test_top_sources_count_claims_and_articles(datasette_url: str) -> None:
    rows = query(datasette_url, "top_sources")
    assert [(r["source"], r["claims"], r["articles"]) for r in rows] == [
        ("Jane Roe", 3, 3),
        ("a senior official", 3, 2),
        ("John Doe", 1, 1),
        ("a defense official", 1, 1),
    ]
    anonymous = query(datasette_url, "top_sources", kind="anonymous_person", outlet="cnn")
    assert [(r["source"], r["claims"]) for r in anonymous] == [("a senior official", 1)]


def test_anonymous_sources_of_an_outlet(datasette_url: str) -> None:
    rows = query(datasette_url, "anonymous_sources_of_outlet", outlet="fox")
    assert [(r["source"], r["kind"], r["claims"]) for r in rows] == [
        ("a senior official", "anonymous_person", 2),
        ("a defense official", "anonymous_person", 1),
    ]


def test_who_is_quoted_on_an_event_by_which_outlet(datasette_url: str) -> None:
    rows = query(datasette_url, "event_quotes_by_outlet", event="talks")
    assert [(r["source"], r["outlet"], r["claims"]) for r in rows] == [
        ("a senior official", "Fox News", 2),
        ("Jane Roe", "CNN", 1),
        ("Jane Roe", "Fox News", 1),
        ("John Doe", "CNN", 1),
        ("a senior official", "CNN", 1),
    ]


def test_where_outlets_disagree(datasette_url: str) -> None:
    rows = query(datasette_url, "outlet_disagreements", outlet="CNN")
    assert [(r["outlet_a"], r["outlet_b"], r["note"]) for r in rows] == [
        ("Fox News", "CNN", "who left: resume vs walked out")
    ]
    assert query(datasette_url, "outlet_disagreements", outlet="nbc") == []


def test_articles_using_a_phrase(datasette_url: str) -> None:
    rows = query(datasette_url, "articles_using_phrase", phrase="condition of anonymity")
    assert [r["title"] for r in rows] == ["Talks stall"]
    assert "[condition of anonymity]" in rows[0]["passage"]
    # Query syntax in the phrase is words, not an FTS5 error.
    assert query(datasette_url, "articles_using_phrase", phrase='talks" OR "x') == []


def test_anonymous_share_by_outlet_and_month(datasette_url: str) -> None:
    rows = query(datasette_url, "anonymous_share_by_outlet_month")
    assert [(r["outlet"], r["month"], r["claims"], r["anonymous_share"]) for r in rows] == [
        ("CNN", "2020-01", 3, 0.333),
        ("Fox News", "2020-01", 3, 0.667),
        ("Fox News", "2020-02", 2, 0.5),
    ]
