"""The `sourcetrace` command: every subcommand, its options from `cli.options`, its problems
reported through `cli.errors`."""

from __future__ import annotations

import typer

from sourcetrace.cli.analyze import analyze_command
from sourcetrace.cli.batch import batch_command
from sourcetrace.cli.compare import compare_command
from sourcetrace.cli.datasette import datasette_command
from sourcetrace.cli.errors import OneLineErrors
from sourcetrace.cli.eval_gold import gold_command
from sourcetrace.cli.eval_polnear import polnear_command
from sourcetrace.cli.ingest import ingest_command
from sourcetrace.cli.load import load_command
from sourcetrace.cli.serve import serve_command
from sourcetrace.cli.train import train_app

app = typer.Typer(
    cls=OneLineErrors,
    help="Who said what in news articles.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
app.command("analyze")(analyze_command)
app.command("ingest")(ingest_command)
app.command("serve")(serve_command)
app.command("batch")(batch_command)
app.command("load")(load_command)
app.command("datasette")(datasette_command)
eval_app = typer.Typer(help="Score attributions against annotated corpora.", no_args_is_help=True)
eval_app.command("polnear")(polnear_command)
eval_app.command("gold")(gold_command)
app.add_typer(eval_app, name="eval")
app.add_typer(train_app, name="train")
app.command("compare")(compare_command)


@app.callback()
def _root() -> None:
    """Who said what in news articles."""


def main() -> None:
    app()
