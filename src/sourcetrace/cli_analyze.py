"""`sourcetrace analyze`: who said what in each input article, as a summary, JSON, Markdown or HTML.

Bad inputs are reported on stderr and skipped; the exit status is 0 when at least one article was
analyzed, 1 when none could be, 2 for usage errors.
"""

from __future__ import annotations

import sys
import textwrap
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager, nullcontext
from enum import StrEnum
from itertools import chain
from pathlib import Path
from typing import Annotated, TextIO

import typer
from rich.console import Console

from sourcetrace.atomic import atomic_writer
from sourcetrace.cli_options import (
    DEFAULT_MAX_CHARS,
    DEFAULT_METHOD,
    AttributionMethod,
    MaxChars,
    Published,
)
from sourcetrace.ingest import Rejected, holds_several, read_inputs
from sourcetrace.model import Analysis
from sourcetrace.pipeline import analyze_stream
from sourcetrace.render import print_summary, to_html, to_json, to_markdown

MARKDOWN_SEPARATOR = "\n\n---\n\n"


class OutputFormat(StrEnum):
    SUMMARY = "summary"
    JSON = "json"
    JSONL = "jsonl"
    MARKDOWN = "markdown"
    HTML = "html"


def analyze_command(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Files (.txt, .html, .htm, .jsonl, .jsonl.gz), directories of them, or - (stdin).",
            metavar="PATH",
            show_default=False,
        ),
    ],
    output_format: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="What to write.")
    ] = OutputFormat.SUMMARY,
    published: Published = None,
    max_chars: MaxChars = DEFAULT_MAX_CHARS,
    method: AttributionMethod = DEFAULT_METHOD,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="File to write (written whole or not at all); for html and several articles, "
            "a directory that gets one ID.html per article.",
        ),
    ] = None,
) -> None:
    """Analyze articles: who said what, how the sources are identified, when things happened."""
    several = len(paths) > 1 or any(holds_several(p) for p in paths)
    if output_format is OutputFormat.HTML and several and output is None:
        raise typer.BadParameter(
            "--format html writes one file per article: give -o DIR for several inputs",
            param_hint="--output",
        )
    items = read_inputs(paths, published=published, max_chars=max_chars)
    analyses = _reporting_rejected(analyze_stream(items, method=method))
    if output_format is OutputFormat.HTML and output is not None and (several or output.is_dir()):
        if not _write_html_files(analyses, output):
            _fail_none_analyzed()
        return
    with _open_output(output) as out:
        if not WRITERS[output_format](analyses, out):
            _fail_none_analyzed()  # inside the block, so no empty output file is put in place


def _fail_none_analyzed() -> None:
    typer.echo("sourcetrace: no article could be analyzed", err=True)
    raise typer.Exit(1)


def _reporting_rejected(items: Iterable[Analysis | Rejected]) -> Iterator[Analysis]:
    """The analyses; each rejected input or failed article is reported on stderr in its place."""
    for item in items:
        if isinstance(item, Rejected):
            typer.echo(f"sourcetrace: {item}", err=True)
        else:
            yield item


def _open_output(output: Path | None) -> AbstractContextManager[TextIO]:
    return nullcontext(sys.stdout) if output is None else atomic_writer(output)


def _write_summary(analyses: Iterable[Analysis], out: TextIO) -> int:
    console = Console(file=out)
    count = 0
    for analysis in analyses:
        print_summary(analysis, console)
        count += 1
    return count


def _write_json(analyses: Iterable[Analysis], out: TextIO) -> int:
    """One article: a JSON object; several: an array of them, streamed as they are analyzed."""
    stream = iter(analyses)
    first = next(stream, None)
    if first is None:
        return 0
    second = next(stream, None)
    if second is None:
        out.write(to_json(first) + "\n")
        return 1
    out.write("[\n" + textwrap.indent(to_json(first), "  "))
    count = 1
    for analysis in chain([second], stream):
        out.write(",\n" + textwrap.indent(to_json(analysis), "  "))
        count += 1
    out.write("\n]\n")
    return count


def _write_jsonl(analyses: Iterable[Analysis], out: TextIO) -> int:
    count = 0
    for analysis in analyses:
        out.write(to_json(analysis, indent=None) + "\n")
        out.flush()  # a reader downstream sees each article as soon as it is done
        count += 1
    return count


def _write_markdown(analyses: Iterable[Analysis], out: TextIO) -> int:
    count = 0
    for count, analysis in enumerate(analyses, start=1):
        out.write((MARKDOWN_SEPARATOR if count > 1 else "") + to_markdown(analysis))
    if count:
        out.write("\n")
    return count


def _write_html(analyses: Iterable[Analysis], out: TextIO) -> int:
    """One article's report; a second article is a usage error (several need -o DIR)."""
    stream = iter(analyses)
    first = next(stream, None)
    if first is None:
        return 0
    if next(stream, None) is not None:
        raise typer.BadParameter(
            "--format html writes one file per article: give -o DIR for several articles",
            param_hint="--output",
        )
    out.write(to_html(first))
    return 1


def _write_html_files(analyses: Iterable[Analysis], directory: Path) -> int:
    """One ID.html per article in ``directory`` (made once one is done), each written whole."""
    count = 0
    for analysis in analyses:
        directory.mkdir(parents=True, exist_ok=True)
        with atomic_writer(directory / f"{analysis.id}.html") as out:
            out.write(to_html(analysis))
        count += 1
    return count


WRITERS = {
    OutputFormat.SUMMARY: _write_summary,
    OutputFormat.JSON: _write_json,
    OutputFormat.JSONL: _write_jsonl,
    OutputFormat.MARKDOWN: _write_markdown,
    OutputFormat.HTML: _write_html,
}
