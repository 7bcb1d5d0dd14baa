"""Common English given names and their diminutives: "Bill" is a William, "Bob" a Robert.

Used to tell that "Bill Clinton" and "William J. Clinton" may be one person when the rest of the
name agrees; the table lists names, never people. It is a JSON object of ``"formal name":
["diminutive", ...]``, read from ``sourcetrace/data/given_names.json`` unless
``SOURCETRACE_GIVEN_NAMES`` names another file (copy it and edit it: it replaces the shipped one).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from sourcetrace import name_tables

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
    return _read(name_tables.chosen(ENV, path))


@lru_cache(maxsize=4)  # read once per file: every name comparison asks
def _read(path: Path | None) -> GivenNames:
    _, found = name_tables.read(path, "given_names.json", "given-name", GivenNameTableError)
    return GivenNames(
        frozenset((s.casefold(), name.casefold()) for name, short in found.items() for s in short)
    )
