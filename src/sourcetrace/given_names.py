"""Common English given names and their diminutives: "Bill" is a William, "Bob" a Robert.

Used to tell that "Bill Clinton" and "William J. Clinton" may be one person when the rest of the
name agrees; the table lists names, never people. It is a JSON object of ``"formal name":
["diminutive", ...]``, read from ``sourcetrace/data/given_names.json`` unless
``SOURCETRACE_GIVEN_NAMES`` names another file (copy it and edit it: it replaces the shipped one).
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

ENV = "SOURCETRACE_GIVEN_NAMES"


class GivenNameTableError(ValueError):
    """A table that cannot be read; the message names the file and the problem."""


def diminutives(path: Path | None = None) -> Mapping[str, frozenset[str]]:
    """Each formal name's diminutives, casefolded, from ``path``, else ``$SOURCETRACE_GIVEN_NAMES``,
    else the shipped table."""
    return _read(path or (Path(os.environ[ENV]) if os.environ.get(ENV) else None))


@lru_cache(maxsize=4)  # read once per file: every name comparison asks
def _read(path: Path | None) -> Mapping[str, frozenset[str]]:
    where = str(path) if path else "the shipped given-name table"
    try:
        raw = path.read_text(encoding="utf-8") if path else _shipped()
        table = json.loads(raw)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise GivenNameTableError(f"{where}: cannot read the given-name table ({e})") from None
    if not isinstance(table, dict) or not all(
        isinstance(short, list) and all(isinstance(s, str) for s in short)
        for short in table.values()
    ):
        raise GivenNameTableError(f"{where}: expected an object of name -> list of diminutives")
    return {
        name.casefold(): frozenset(s.casefold() for s in short) for name, short in table.items()
    }


def is_diminutive(short: str, formal: str) -> bool:
    """``short`` is a diminutive of ``formal`` in the table (casefolded words): "bob", "robert".
    Two diminutives of one name are not matched to each other ("Ted" may be Edward or Theodore)."""
    return short in diminutives().get(formal, ())


def _shipped() -> str:
    return (files("sourcetrace") / "data" / "given_names.json").read_text(encoding="utf-8")
