"""One name per outlet: "fox", "FOX" and "Fox News Channel" are one outlet, Fox News.

Outlet names are compared with case and spacing folded, and an alias table maps other spellings
to one name: a JSON object of ``"canonical name": ["alias", ...]``. The table shipped in
``sourcetrace/data/outlets.json`` is read unless ``SOURCETRACE_OUTLETS`` names another file (copy
it and edit it: it replaces the shipped one).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from sourcetrace import name_tables

ENV = "SOURCETRACE_OUTLETS"


class OutletTableError(ValueError):
    """An alias table that cannot be read; the message names the file and the problem."""


def fold(name: str) -> str:
    """A name with case and spacing folded: "The  New York TIMES" -> "the new york times"."""
    return re.sub(r"\s+", " ", name).strip().casefold()


@dataclass(frozen=True, slots=True)
class OutletNames:
    aliases: Mapping[str, str]  # folded spelling (aliases and canonical names) -> canonical name

    def name(self, outlet: str) -> str:
        """The outlet's one name: the table's for a spelling it lists, else as written (spacing
        folded)."""
        return self.aliases.get(fold(outlet), re.sub(r"\s+", " ", outlet).strip())

    def key(self, outlet: str) -> str:
        """What groups an outlet's articles: its one name, case folded ("fox" -> "fox news")."""
        return fold(self.name(outlet))


def outlet_names(path: Path | None = None) -> OutletNames:
    """The alias table at ``path``, else at ``$SOURCETRACE_OUTLETS``, else the shipped one."""
    where, table = name_tables.read(
        name_tables.chosen(ENV, path), "outlets.json", "outlet", OutletTableError
    )
    aliases: dict[str, str] = {}
    for canonical, others in table.items():
        for spelling in (canonical, *others):
            taken = aliases.setdefault(fold(spelling), canonical)
            if taken != canonical:
                raise OutletTableError(
                    f"{where}: {spelling!r} is an alias of both {taken!r} and {canonical!r}"
                )
    return OutletNames(aliases)
