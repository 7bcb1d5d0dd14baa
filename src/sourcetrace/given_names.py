"""Common English given names and their diminutives: "Bill" is a William, "Bob" a Robert.

Used to tell that "Bill Clinton" and "William J. Clinton" may be one person when the rest of the
name agrees; the table lists names, never people. It is a JSON object of ``"formal name":
["diminutive", ...]``, read from ``sourcetrace/data/given_names.json`` unless
``SOURCETRACE_GIVEN_NAMES`` names another file (copy it and edit it: it replaces the shipped one).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

ENV = "SOURCETRACE_GIVEN_NAMES"


class GivenNameTableError(ValueError):
    """A table that cannot be read; the message names the file and the problem."""


@dataclass(frozen=True, slots=True)
class GivenNames:
    """The table as (diminutive, formal name) pairs, casefolded; hashable, so name comparisons
    can be cached per table."""

    pairs: frozenset[tuple[str, str]]

    def is_diminutive(self, short: str, formal: str) -> bool:
        """``short`` is a diminutive of ``formal`` ("bob", "robert"). Two diminutives of one name
        are not matched to each other ("Ted" may be an Edward or a Theodore)."""
        return (short, formal) in self.pairs


def table(path: Path | None = None) -> GivenNames:
    """The table at ``path``, else at ``$SOURCETRACE_GIVEN_NAMES``, else the shipped one."""
    return _read(path or (Path(os.environ[ENV]) if os.environ.get(ENV) else None))


@lru_cache(maxsize=4)  # read once per file: every name comparison asks
def _read(path: Path | None) -> GivenNames:
    where = str(path) if path else "the shipped given-name table"
    try:
        raw = path.read_text(encoding="utf-8") if path else _shipped()
        found = json.loads(raw)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise GivenNameTableError(f"{where}: cannot read the given-name table ({e})") from None
    if not isinstance(found, dict) or not all(
        isinstance(short, list) and all(isinstance(s, str) for s in short)
        for short in found.values()
    ):
        raise GivenNameTableError(f"{where}: expected an object of name -> list of diminutives")
    return GivenNames(
        frozenset((s.casefold(), name.casefold()) for name, short in found.items() for s in short)
    )


def _shipped() -> str:
    return (files("sourcetrace") / "data" / "given_names.json").read_text(encoding="utf-8")
