"""Options several commands share, defined once so they are spelled and checked the same."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

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


def output_option(help: str) -> Any:
    """``--output``/``-o``, checked by ``in_existing_directory``; ``help`` says what is written."""
    return typer.Option("--output", "-o", help=help, callback=in_existing_directory)


# One --format vocabulary: `summary` is always the output for people, `json` the contract.
class OutputFormat(StrEnum):
    """What ``analyze`` writes for each article."""

    SUMMARY = "summary"
    JSON = "json"
    JSONL = "jsonl"
    MARKDOWN = "markdown"
    HTML = "html"


class CompareFormat(StrEnum):
    """What ``compare`` writes for the whole comparison."""

    SUMMARY = "summary"
    JSON = "json"
    HTML = "html"


class ScoresFormat(StrEnum):
    """How the eval commands print scores: a table, or JSON."""

    SUMMARY = "summary"
    JSON = "json"


def _format_option(help: str) -> Any:
    return typer.Option("--format", "-f", help=help)


OutputFormatOption = Annotated[OutputFormat, _format_option("What to write for each article.")]
CompareFormatOption = Annotated[CompareFormat, _format_option("What to write.")]
ScoresFormatOption = Annotated[ScoresFormat, _format_option("summary (a table) or json.")]

# The articles a command reads: everything `ingest.read_inputs` takes.
Inputs = Annotated[
    list[str],
    typer.Argument(
        help="Files (.txt, .html, .htm, .jsonl, .jsonl.gz), directories of them, or - (stdin).",
        metavar="PATH",
        show_default=False,
    ),
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


# Where a server listens (`serve`, `datasette`); each command has its own default port.
Host = Annotated[str, typer.Option(help="Address to listen on.")]
Port = Annotated[int, typer.Option(min=0, max=65535, help="Port to listen on.")]


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
    "CompareFormat",
    "CompareFormatOption",
    "Db",
    "Host",
    "Inputs",
    "MaxChars",
    "OutputFormat",
    "OutputFormatOption",
    "Port",
    "Published",
    "ScoresFormat",
    "ScoresFormatOption",
    "output_option",
    "parse_date",
    "parse_method_option",
]
