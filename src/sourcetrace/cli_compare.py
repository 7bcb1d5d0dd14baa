"""`sourcetrace compare FILES...`: events, their claims aligned, and outlet profiles."""

from __future__ import annotations

import io
import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from sourcetrace.atomic import atomic_writer
from sourcetrace.cli_options import (
    DEFAULT_METHOD,
    AttributionMethod,
    Published,
    in_existing_directory,
)
from sourcetrace.corpus import compare
from sourcetrace.corpus.report_html import comparison_html
from sourcetrace.corpus.report_terminal import print_comparison
from sourcetrace.corpus.storage import save
from sourcetrace.ingest import Rejected, read_inputs
from sourcetrace.model import Analysis
from sourcetrace.outlets import OutletTableError, outlet_names
from sourcetrace.pipeline import analyze_stream
from sourcetrace.render.printable import printable
from sourcetrace.store import StoreError


class CompareFormat(StrEnum):
    SUMMARY = "summary"
    JSON = "json"
    HTML = "html"


def _write(path: Path, content: str) -> None:
    with atomic_writer(path) as out:
        out.write(content)


def compare_cmd(
    files: Annotated[list[str], typer.Argument(help="Articles: .txt, .html, .jsonl, dirs, or -")],
    format: Annotated[CompareFormat, typer.Option("--format", "-f")] = CompareFormat.SUMMARY,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write here", callback=in_existing_directory),
    ] = None,
    published: Published = None,
    method: AttributionMethod = DEFAULT_METHOD,
    db: Annotated[
        str | None,
        typer.Option(
            "--db",
            help="Also store articles and events here: a SQLite file path, sqlite:///PATH or "
            "postgresql://USER@HOST/DB (never taken from SOURCETRACE_DB: storing is opt-in).",
        ),
    ] = None,
    corpus: Annotated[
        bool, typer.Option("--corpus", help="Events and outlet profiles only, no claim alignment")
    ] = False,
) -> None:
    """Which articles tell the same story, which claims corroborate or conflict, and how each
    outlet sources its stories."""
    try:
        outlets = outlet_names()  # read before the analyses: a bad table fails fast
    except OutletTableError as e:
        print(f"error: {e}", file=sys.stderr)
        raise typer.Exit(1) from None
    analyses: list[Analysis] = []
    for item in analyze_stream(read_inputs(files, published=published), method=method):
        if isinstance(item, Rejected):
            print(f"skipped {printable(str(item))}", file=sys.stderr)
        else:
            analyses.append(item)
    if not analyses:
        print("no article could be analyzed", file=sys.stderr)
        raise typer.Exit(1)
    comparison = compare(analyses, align=not corpus, outlets=outlets)
    if db is not None:
        try:
            save(comparison, analyses, db)
        except StoreError as e:
            print(e, file=sys.stderr)
            raise typer.Exit(1) from None
    if format is CompareFormat.SUMMARY:
        buffer = io.StringIO()
        print_comparison(
            comparison, Console(file=buffer if output else sys.stdout), links=not corpus
        )
        if output is not None:
            _write(output, buffer.getvalue())
        return
    if format is CompareFormat.JSON:
        content = json.dumps(comparison.to_dict(), ensure_ascii=False, indent=2) + "\n"
    else:
        content = comparison_html(comparison, analyses)
    if output is None:
        sys.stdout.write(content)
    else:
        _write(output, content)
