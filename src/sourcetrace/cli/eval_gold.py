"""`sourcetrace eval gold FILES...`: analyze each gold file's text and score it against the file."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from sourcetrace.cli.errors import fail, report
from sourcetrace.cli.options import (
    DEFAULT_METHOD,
    AttributionMethod,
    ScoresFormat,
    ScoresFormatOption,
)
from sourcetrace.cli.progress import tracked
from sourcetrace.eval.gold import (
    Gold,
    GoldError,
    GoldScore,
    Split,
    default_roots,
    load_gold,
    score,
)
from sourcetrace.pipeline import analyze_many


class SplitChoice(StrEnum):
    """The gold files to score: one split, or every file given."""

    TUNE = Split.TUNE.value
    HELDOUT = Split.HELDOUT.value
    ALL = "all"


def gold_command(
    files: Annotated[list[Path], typer.Argument(help="Gold files (tests/gold/*.json).")],
    text_root: Annotated[
        list[Path] | None,
        typer.Option(
            help="Where text_file paths are found (default: ., ../shared/corpus, ../shared/data)."
        ),
    ] = None,
    split: Annotated[
        SplitChoice,
        typer.Option(help="Score only the files of this split (a file's split defaults to tune)."),
    ] = SplitChoice.ALL,
    fmt: ScoresFormatOption = ScoresFormat.SUMMARY,
    method: AttributionMethod = DEFAULT_METHOD,
) -> None:
    """Score our analysis against our own annotated articles: attributions, claims, sources,
    boilerplate, dates."""
    roots = tuple(text_root) if text_root else default_roots()
    golds: list[Gold] = []
    for path in files:
        try:
            golds.append(load_gold(path, roots))
        except GoldError as e:
            report(e)
    if not golds:
        fail("eval gold", "no gold file could be read")
    golds = [g for g in golds if split is SplitChoice.ALL or g.split.value == split.value]
    if not golds:
        fail("eval gold", f"no gold file of split {split.value}")
    articles = (g.article() for g in golds)
    analyses = tracked(analyze_many(articles, method=method), "eval gold", len(golds))
    scores = {g.path.stem: score(g, a) for g, a in zip(golds, analyses, strict=True)}
    splits = {g.split for g in golds}
    if len(splits) > 1:  # both splits given: each pooled apart, as the README reports them
        for part in sorted(splits):
            scores[part.value] = sum(
                (scores[g.path.stem] for g in golds if g.split is part), GoldScore()
            )
    scores["all"] = sum((scores[g.path.stem] for g in golds), GoldScore())
    if fmt is ScoresFormat.JSON:
        body = {name: {**s.metrics(), **s.counts()} for name, s in scores.items()}
        typer.echo(json.dumps(body, indent=2))
    else:
        typer.echo(format_table(scores))


def format_table(scores: dict[str, GoldScore]) -> str:
    """One row per score, one column per article; '-' where nothing was there to count."""
    names = list(scores)
    width = max(len(n) for n in names) + 2
    metrics = {n: {**s.metrics(), **s.counts()} for n, s in scores.items()}
    rows = list(metrics[names[0]])
    label = max(len(r) for r in rows) + 2
    lines = ["".ljust(label) + "".join(n.rjust(width) for n in names)]
    for row in rows:
        cells = (_cell(metrics[n][row]) for n in names)
        lines.append(row.ljust(label) + "".join(c.rjust(width) for c in cells))
    return "\n".join(lines)


def _cell(value: float | int | None) -> str:
    if value is None:
        return "-"
    return str(value) if isinstance(value, int) else f"{value:.3f}"
