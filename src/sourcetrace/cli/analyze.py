"""`sourcetrace analyze`: who said what in each input article, as a summary, JSON, Markdown or HTML.

Bad inputs are reported on stderr and skipped; the exit status is 0 when at least one article was
analyzed, 1 when none could be, 2 for usage errors.
"""

from __future__ import annotations

import textwrap
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from itertools import chain
from pathlib import Path
from typing import Annotated, TextIO

import typer
from rich.console import Console

from sourcetrace.cli.errors import none_analyzed, report
from sourcetrace.cli.options import (
    DEFAULT_MAX_CHARS,
    DEFAULT_METHOD,
    AttributionMethod,
    Inputs,
    MaxChars,
    OutputFormat,
    OutputFormatOption,
    Published,
    output_option,
)
from sourcetrace.cli.output import write_whole, written
from sourcetrace.cli.progress import Bar, estimate_inputs, progress_bar
from sourcetrace.ingest import Rejected, holds_several, read_inputs
from sourcetrace.methods import Method
from sourcetrace.model import Analysis, Article
from sourcetrace.pipeline import analyze_stream
from sourcetrace.render import print_summary, to_html, to_json, to_markdown

MARKDOWN_SEPARATOR = "\n\n---\n\n"


def analyze_command(
    paths: Inputs,
    output_format: OutputFormatOption = OutputFormat.SUMMARY,
    published: Published = None,
    max_chars: MaxChars = DEFAULT_MAX_CHARS,
    method: AttributionMethod = DEFAULT_METHOD,
    output: Annotated[
        Path | None,
        output_option(
            "File to write (written whole or not at all); for html and several articles, "
            "a directory that gets one ID.html per article."
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
    # The bar starts before stdout is taken: on a terminal, the output then goes above it.
    with progress_bar("analyze", partial(estimate_inputs, paths)) as bar:
        _write(_analyzed(items, method, bar), output_format, output, several=several)


def _write(
    analyses: Iterable[tuple[str, Analysis]],
    output_format: OutputFormat,
    output: Path | None,
    *,
    several: bool,
) -> None:
    if output_format is OutputFormat.HTML and output is not None and (several or output.is_dir()):
        if not _write_html_files(_rendered(analyses, to_html), output):
            none_analyzed("analyze")
        return
    with written(output) as out:
        rendered = _rendered(analyses, _renderer(output_format, out))
        if not WRITERS[output_format](rendered, out):
            none_analyzed("analyze")  # inside the block, so no empty output file is put in place


def _analyzed(
    items: Iterable[Article | Rejected], method: Method | str, bar: Bar
) -> Iterator[tuple[str, Analysis]]:
    """Each analysis with the origin of its input, ``bar`` advanced; each rejected input or failed
    article is reported on stderr in its place. ``analyze_stream`` gives one result per item, in
    order."""
    waiting: deque[str] = deque()  # origins of the items the pipeline has taken, not given back

    def fed() -> Iterator[Article | Rejected]:
        for item in items:
            waiting.append(item.origin)
            yield item

    for result in analyze_stream(fed(), method=method):
        origin = waiting.popleft()
        bar.advance()
        if isinstance(result, Rejected):
            report(result)
        else:
            yield origin, result


def _rendered(
    analyses: Iterable[tuple[str, Analysis]], render: Callable[[Analysis], str]
) -> Iterator[tuple[Analysis, str]]:
    """Each analysis with its rendering; one that cannot be rendered is reported like a bad
    input, and the others still are."""
    for origin, analysis in analyses:
        try:
            yield analysis, render(analysis)
        except Exception as exc:  # this article's failure alone
            report(Rejected(origin, f"output failed: {type(exc).__name__}: {exc}"))


def _renderer(output_format: OutputFormat, out: TextIO) -> Callable[[Analysis], str]:
    """One article's output in ``output_format``."""
    if output_format is OutputFormat.SUMMARY:
        # Markup off: brackets in an article's text are text, never Rich styles.
        return partial(_summary, Console(file=out, markup=False))
    return {
        OutputFormat.JSON: to_json,
        OutputFormat.JSONL: _jsonl_line,
        OutputFormat.MARKDOWN: to_markdown,
        OutputFormat.HTML: to_html,
    }[output_format]


def _jsonl_line(analysis: Analysis) -> str:
    return to_json(analysis, indent=None) + "\n"


def _summary(console: Console, analysis: Analysis) -> str:
    with console.capture() as captured:
        print_summary(analysis, console)
    return captured.get()


Rendered = Iterable[tuple[Analysis, str]]


def _write_each(rendered: Rendered, out: TextIO) -> int:
    count = 0
    for _, text in rendered:
        out.write(text)
        out.flush()  # a reader downstream sees each article as soon as it is done
        count += 1
    return count


def _write_json(rendered: Rendered, out: TextIO) -> int:
    """One article: a JSON object; several: an array of them, streamed as they are analyzed."""
    stream = (text for _, text in rendered)
    first = next(stream, None)
    if first is None:
        return 0
    second = next(stream, None)
    if second is None:
        out.write(first + "\n")
        return 1
    out.write("[\n" + textwrap.indent(first, "  "))
    count = 1
    for text in chain([second], stream):
        out.write(",\n" + textwrap.indent(text, "  "))
        count += 1
    out.write("\n]\n")
    return count


def _write_markdown(rendered: Rendered, out: TextIO) -> int:
    count = 0
    for count, (_, text) in enumerate(rendered, start=1):
        out.write((MARKDOWN_SEPARATOR if count > 1 else "") + text)
    if count:
        out.write("\n")
    return count


def _write_html(rendered: Rendered, out: TextIO) -> int:
    """One article's report; a second article is a usage error (several need -o DIR)."""
    stream = iter(rendered)
    first = next(stream, None)
    if first is None:
        return 0
    if next(stream, None) is not None:
        raise typer.BadParameter(
            "--format html writes one file per article: give -o DIR for several articles",
            param_hint="--output",
        )
    out.write(first[1])
    return 1


def _write_html_files(rendered: Rendered, directory: Path) -> int:
    """One ID.html per article in ``directory`` (made once one is done), each written whole."""
    count = 0
    for analysis, html in rendered:
        directory.mkdir(parents=True, exist_ok=True)
        write_whole(directory / f"{analysis.id}.html", html)
        count += 1
    return count


WRITERS = {
    OutputFormat.SUMMARY: _write_each,
    OutputFormat.JSON: _write_json,
    OutputFormat.JSONL: _write_each,
    OutputFormat.MARKDOWN: _write_markdown,
    OutputFormat.HTML: _write_html,
}
