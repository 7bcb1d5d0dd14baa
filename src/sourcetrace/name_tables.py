"""The name tables a user may edit (outlet aliases, given-name diminutives): each a JSON object of
``"name": ["other name", ...]`` shipped in ``sourcetrace/data/``, replaced by a copy the user
edited when an environment variable names one."""

from __future__ import annotations

import json
import os
from importlib.resources import files
from pathlib import Path


def chosen(env: str, path: Path | None = None) -> Path | None:
    """``path``, else the file ``$env`` names, else None: the shipped table."""
    return path or (Path(os.environ[env]) if os.environ.get(env) else None)


def read(
    path: Path | None, shipped: str, what: str, error: type[ValueError]
) -> tuple[str, dict[str, list[str]]]:
    """(where it was read, the table) from ``path`` or the shipped ``data/{shipped}``; ``error``,
    one line naming the file and the problem, for a table that cannot be read or is not an object
    of name -> list of names. ``what`` names the table in messages ("outlet")."""
    where = str(path) if path else f"the shipped {what} table"
    try:
        raw = (
            path.read_text("utf-8")
            if path
            else (files("sourcetrace") / "data" / shipped).read_text("utf-8")
        )
        found = json.loads(raw)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise error(f"{where}: cannot read the {what} table ({e})") from None
    if not isinstance(found, dict):
        raise error(f"{where}: expected an object of name -> list of names")
    for name, others in found.items():
        if not isinstance(others, list) or not all(isinstance(o, str) for o in others):
            raise error(f"{where}: the entry of {name!r} is not a list of names")
    return where, found
