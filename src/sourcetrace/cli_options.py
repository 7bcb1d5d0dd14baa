"""Options several commands share, defined once so they are spelled and checked the same."""

from __future__ import annotations

from datetime import date
from typing import Annotated

import typer

from sourcetrace.ingest import DEFAULT_MAX_CHARS

DEFAULT_DB = "sourcetrace.db"


def parse_date(value: str) -> date:
    """A --published value; a usage error naming it when it is not YYYY-MM-DD."""
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date: expected YYYY-MM-DD") from None


Published = Annotated[
    date | None,
    typer.Option(
        parser=parse_date,
        metavar="YYYY-MM-DD",
        help="Publication date of articles whose input gives none.",
    ),
]
MaxChars = Annotated[int, typer.Option(min=1, help="Longest article text accepted, in characters.")]
Db = Annotated[
    str,
    typer.Option(
        envvar="SOURCETRACE_DB",
        help="The store: a SQLite file path, sqlite:///PATH or postgresql://USER@HOST/DB.",
    ),
]

__all__ = ["DEFAULT_DB", "DEFAULT_MAX_CHARS", "Db", "MaxChars", "Published", "parse_date"]
