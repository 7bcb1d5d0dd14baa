"""Options several commands share, defined once so they are spelled and checked the same."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from sourcetrace.ingest import DEFAULT_MAX_CHARS
from sourcetrace.methods import DEFAULT_METHOD, Method, UnknownMethodError, parse_method

DEFAULT_DB = "sourcetrace.db"


def parse_date(value: str) -> date:
    """A --published value; a usage error naming it when it is not YYYY-MM-DD."""
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date: expected YYYY-MM-DD") from None


def in_existing_directory(path: Path | None) -> Path | None:
    """An --output path, checked before any article is read: a usage error naming its folder
    when that folder does not exist (a report directory itself is made when needed)."""
    if path is not None and not path.is_dir() and not path.parent.is_dir():
        raise typer.BadParameter(f"{path.parent}: no such directory")
    return path


class ScoresFormat(StrEnum):
    """How a command prints scores: for people (the same name as ``analyze``'s terminal output)
    or as JSON."""

    SUMMARY = "summary"
    JSON = "json"


ScoresFormatOption = Annotated[
    ScoresFormat, typer.Option("--format", "-f", help="summary (a table) or json.")
]


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


def parse_method_option(value: str) -> Method:
    """A --method value; a usage error naming it and the choices when it is none of them."""
    try:
        return parse_method(value)
    except UnknownMethodError as e:
        raise typer.BadParameter(str(e)) from None


# The one place SOURCETRACE_ATTRIBUTION is read: the library takes the method as a parameter.
AttributionMethod = Annotated[
    Method,
    typer.Option(
        "--method",
        parser=parse_method_option,
        metavar="|".join(Method),
        envvar="SOURCETRACE_ATTRIBUTION",
        help="Attribution extractor: the rules, or a tagger reading their output (model: the CRF; "
        "combined: the rules plus the CRF's confident extras; minilm: the minilm extra).",
    ),
]

__all__ = [
    "DEFAULT_DB",
    "DEFAULT_MAX_CHARS",
    "DEFAULT_METHOD",
    "AttributionMethod",
    "Db",
    "MaxChars",
    "Published",
    "parse_date",
    "parse_method_option",
]
