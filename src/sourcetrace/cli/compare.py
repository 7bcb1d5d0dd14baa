"""`sourcetrace compare FILES...`: events, their claims aligned, and outlet profiles."""

from __future__ import annotations

import json
from functools import partial
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from sourcetrace.cli.errors import fail, none_analyzed, report
from sourcetrace.cli.options import (
    DEFAULT_METHOD,
    AttributionMethod,
    CompareFormat,
    CompareFormatOption,
    Inputs,
    Published,
    output_option,
)
from sourcetrace.cli.output import written
from sourcetrace.cli.progress import estimate_inputs, tracked
from sourcetrace.corpus import compare
from sourcetrace.corpus.report_html import comparison_html
from sourcetrace.corpus.report_terminal import print_comparison
from sourcetrace.ingest import Rejected, read_inputs
from sourcetrace.model import Analysis
from sourcetrace.outlets import OutletTableError, outlet_names
from sourcetrace.pipeline import analyze_stream
from sourcetrace.store import StoreError
from sourcetrace.store.comparisons import save


def compare_command(
    files: Inputs,
    format: CompareFormatOption = CompareFormat.SUMMARY,
    output: Annotated[
        Path | None, output_option("File to write (written whole or not at all).")
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
        fail(e)
    analyses: list[Analysis] = []
    results = analyze_stream(read_inputs(files, published=published), method=method)
    for item in tracked(results, "compare", partial(estimate_inputs, files)):
        if isinstance(item, Rejected):
            report(item)
        else:
            analyses.append(item)
    if not analyses:
        none_analyzed("compare")
    comparison = compare(analyses, align=not corpus, outlets=outlets)
    if db is not None:
        try:
            save(comparison, analyses, db)
        except StoreError as e:
            fail(e)
    with written(output) as out:
        if format is CompareFormat.SUMMARY:
            print_comparison(comparison, Console(file=out), links=not corpus)
        elif format is CompareFormat.JSON:
            out.write(json.dumps(comparison.to_dict(), ensure_ascii=False, indent=2) + "\n")
        else:
            out.write(comparison_html(comparison, analyses))
