"""The `sourcetrace eval` commands."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated

import typer

from sourcetrace.cli_options import (
    DEFAULT_METHOD,
    AttributionMethod,
    ScoresFormat,
    ScoresFormatOption,
    in_existing_directory,
)
from sourcetrace.eval.polnear import Evaluation, evaluate
from sourcetrace.eval.spans import format_scores, span_errors

eval_app = typer.Typer(help="Score attributions against annotated corpora.", no_args_is_help=True)


@eval_app.command("polnear")
def polnear_cmd(
    directory: Annotated[Path, typer.Argument(help="A PolNeAR split: text/ and attributions/.")],
    limit: Annotated[int | None, typer.Option(min=1, help="Only the first N articles.")] = None,
    fmt: ScoresFormatOption = ScoresFormat.SUMMARY,
    output: Annotated[
        Path | None,
        typer.Option(help="Write here instead of stdout.", callback=in_existing_directory),
    ] = None,
    errors: Annotated[
        Path | None,
        typer.Option(help="Also write every non-exact span here, one JSON object per line."),
    ] = None,
    method: AttributionMethod = DEFAULT_METHOD,
) -> None:
    """Exact and overlap P/R/F1 for content, cue and source spans on a PolNeAR split."""
    try:
        result = evaluate(directory, limit, method)
    except FileNotFoundError as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(2) from None
    for problem in result.problems:
        typer.echo(f"skipped: {problem}", err=True)
    if fmt is ScoresFormat.JSON:
        body = json.dumps({**result.scores.to_dict(), "skipped": list(result.problems)}, indent=2)
    else:
        body = format_scores(result.scores)
    if output is None:
        typer.echo(body)
    else:
        _write_whole(output, body + "\n")
    if errors is not None:
        _write_whole(errors, "".join(_error_lines(result)))
    if result.scores.articles == 0:
        typer.echo(f"error: {directory}: no article could be evaluated", err=True)
        raise typer.Exit(1)


def _error_lines(result: Evaluation) -> Iterator[str]:
    for article in result.articles:
        for error in span_errors(article.gold, article.pred):
            line = {"article": article.name, **error.to_dict(article.text)}
            yield json.dumps(line, ensure_ascii=False) + "\n"


def _write_whole(path: Path, body: str) -> None:
    """Write through a temporary file and rename, so a failed run leaves no half-written file."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(body)
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise
