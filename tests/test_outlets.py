"""One name per outlet, by case and by the alias table, in the comparison and in the store."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from sourcetrace.cli import app
from sourcetrace.corpus.profiles import outlet_profiles
from sourcetrace.outlets import ENV, OutletNames, OutletTableError, outlet_names
from sourcetrace.store import Filters, Store, StoredEvent, StoreError, schema
from sourcetrace.store.engine import open_engine
from store_fixtures import analysis_of

SPELLINGS = ("fox", "FOX", "Fox News Channel")


def test_case_spacing_and_aliases_give_one_name() -> None:
    names = outlet_names()
    assert {names.name(s) for s in (*SPELLINGS, " fox  news ")} == {"Fox News"}
    assert names.name("nyt") == "The New York Times"
    assert names.name("Example  Daily") == "Example Daily"  # unknown: as written
    assert names.key("EXAMPLE DAILY") == names.key("example daily") == "example daily"


def test_the_table_is_read_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    table = tmp_path / "outlets.json"
    table.write_text('{"Marlow Courier": ["the courier", "courier.example"]}', encoding="utf-8")
    monkeypatch.setenv(ENV, str(table))
    names = outlet_names()
    assert names.name("THE COURIER") == "Marlow Courier"
    assert names.name("fox") == "fox"  # the file replaces the shipped table


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("{not json", "cannot read the outlet table"),
        ('["Fox News"]', "expected an object"),
        ('{"Fox News": "fox"}', "the entry of 'Fox News' is not a list of names"),
        ('{"Fox News": ["fox"], "Fox Sports": ["FOX"]}', "'FOX' is an alias of both"),
    ],
)
def test_a_bad_table_is_one_line_naming_the_file(
    tmp_path: Path, content: str, problem: str
) -> None:
    table = tmp_path / "outlets.json"
    table.write_text(content, encoding="utf-8")
    with pytest.raises(OutletTableError) as error:
        outlet_names(table)
    message = str(error.value)
    assert message.startswith(f"{table}: ") and problem in message and "\n" not in message


def test_a_missing_table_stops_the_store_and_compare(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV, str(tmp_path / "missing.json"))
    with pytest.raises(StoreError, match=r"missing\.json: cannot read the outlet table"):
        Store.open(str(tmp_path / "store.db"))
    result = CliRunner().invoke(app, ["compare", str(tmp_path)])
    assert result.exit_code == 1
    assert "missing.json: cannot read the outlet table" in result.stderr


def test_compare_profiles_one_outlet_per_name() -> None:
    analyses = [analysis_of(f"Article {n}.", outlet=o) for n, o in enumerate(SPELLINGS)]
    (profile,) = outlet_profiles(analyses)
    assert (profile.outlet, profile.articles) == ("Fox News", 3)


def _fox_store(store: Store) -> list[str]:
    analyses = [analysis_of(f"Article {n}.", outlet=o) for n, o in enumerate(SPELLINGS)]
    store.write([*analyses, analysis_of("Elsewhere.", outlet="Example Daily")])
    return [a.id for a in analyses]


def test_the_store_lists_one_outlet_and_keeps_the_spelling(store: Store) -> None:
    ids = _fox_store(store)
    assert [(o.outlet, o.profile.articles) for o in store.outlets()] == [
        ("Fox News", 3),
        ("Example Daily", 1),
    ]
    detail = store.outlet("FOX", limit=10)
    assert detail is not None and detail.outlet == "Fox News"
    assert sorted(a.outlet or "" for a in detail.articles.items) == sorted(SPELLINGS)
    assert store.articles(limit=10, filters=Filters(outlet="fox news channel")).total == 3
    store.write_event(StoredEvent("ev1", tuple(ids)))
    event = store.event("ev1")
    assert event is not None and event.event.outlets == 1


def test_an_edited_table_applies_at_the_next_regroup(store_location: str, tmp_path: Path) -> None:
    with Store.open(store_location) as store:
        _fox_store(store)
    edited = OutletNames({"fox": "Fox", "example daily": "Fox"})
    with Store.open(store_location, outlet_table=edited) as store:
        store.regroup()
        assert [(o.outlet, o.profile.articles) for o in store.outlets()] == [
            ("Fox", 3),  # "fox", "FOX" and Example Daily
            ("Fox News Channel", 1),
        ]


def test_a_version_6_store_names_its_outlets(store_location: str) -> None:
    with Store.open(store_location) as store:
        _fox_store(store)
    engine = open_engine(store_location)
    with engine.begin() as conn:
        if conn.dialect.name == "sqlite":  # step 9's triggers read the columns; it runs again
            for trigger in ("articles_fts_insert", "articles_fts_keys_update"):
                conn.exec_driver_sql(f"DROP TRIGGER {trigger}")
        conn.exec_driver_sql("DROP INDEX ix_articles_outlet_key")
        for column in ("outlet_name", "outlet_key"):
            conn.exec_driver_sql(f"ALTER TABLE articles DROP COLUMN {column}")
        conn.execute(schema.schema_version.delete().where(schema.schema_version.c.version >= 7))
    engine.dispose()
    with Store.open(store_location) as store:
        assert [o.outlet for o in store.outlets()] == ["Fox News", "Example Daily"]
