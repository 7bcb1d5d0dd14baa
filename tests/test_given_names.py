"""The editable table of given names and their diminutives."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sourcetrace import given_names, names


def test_the_shipped_table_knows_common_diminutives() -> None:
    shipped = given_names.table()
    assert shipped.is_diminutive("bill", "william")
    assert shipped.is_diminutive("bob", "robert")
    assert not shipped.is_diminutive("william", "bill")


def test_a_table_named_by_the_environment_replaces_the_shipped_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert names.same_person_name("Bob Moss", "Robert Moss")  # compared (and cached) first
    table = tmp_path / "names.json"
    table.write_text(json.dumps({"Margarita": ["Rita"]}), encoding="utf-8")
    monkeypatch.setenv(given_names.ENV, str(table))
    assert names.same_person_name("Rita Moss", "Margarita Moss")
    assert not names.same_person_name("Bob Moss", "Robert Moss")
    assert not names.is_short_form("Bob Moss", "Robert T. Moss")


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("{not json", "cannot read the given-name table"),
        ('{"robert": "bob"}', "the entry of 'robert' is not a list of names"),
    ],
)
def test_a_bad_table_is_one_line_naming_the_file(
    tmp_path: Path, content: str, problem: str
) -> None:
    table = tmp_path / "bad.json"
    table.write_text(content, encoding="utf-8")
    with pytest.raises(given_names.GivenNameTableError) as raised:
        given_names.table(table)
    message = str(raised.value)
    assert message.startswith(f"{table}: {problem}") and "\n" not in message
