"""`sourcetrace eval polnear DIR`: our attributions scored against a PolNeAR split."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated

import typer

from sourcetrace.cli.errors import fail, report
from sourcetrace.cli.options import (
    DEFAULT_METHOD,
    AttributionMethod,
    ScoresFormat,
    ScoresFormatOption,
    in_existing_directory,
    output_option,
)
from sourcetrace.cli.output import write_whole
from sourcetrace.cli.progress import progress_bar
from sourcetrace.eval.polnear import Evaluation, evaluate
from sourcetrace.eval.spans import format_scores, span_errors


def polnear_command(
    directory: Annotated[Path, typer.Argument(help="A PolNeAR split: text/ and attributions/.")],
    limit: Annotated[int | None, typer.Option(min=1, help="Only the first N articles.")] = None,
    fmt: ScoresFormatOption = ScoresFormat.SUMMARY,
    output: Annotated[Path | None, output_option("Write here instead of stdout.")] = None,
    errors: Annotated[
        Path | None,
        typer.Option(
            help="Also write every non-exact span here, one JSON object per line.",
            callback=in_existing_directory,
        ),
    ] = None,
    method: AttributionMethod = DEFAULT_METHOD,
) -> None:
    """Exact and overlap P/R/F1 for content, cue and source spans on a PolNeAR split."""
    try:
        with progress_bar("eval polnear") as bar:
            result = evaluate(directory, limit, method, progress=bar.update)
    except FileNotFoundError as e:
        fail(e, code=2)
    for problem in result.problems:
        report(problem)
    if fmt is ScoresFormat.JSON:
        body = json.dumps({**result.scores.to_dict(), "skipped": list(result.problems)}, indent=2)
    else:
        body = format_scores(result.scores)
    write_whole(output, body + "\n")
    if errors is not None:
        write_whole(errors, "".join(_error_lines(result)))
    if result.scores.articles == 0:
        fail(directory, "no article could be evaluated")


def _error_lines(result: Evaluation) -> Iterator[str]:
    for article in result.articles:
        for error in span_errors(article.gold, article.pred):
            line = {"article": article.name, **error.to_dict(article.text)}
            yield json.dumps(line, ensure_ascii=False) + "\n"
