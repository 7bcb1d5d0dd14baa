"""The `sourcetrace` command."""

from __future__ import annotations

import typer

from sourcetrace.batch.commands import batch_command
from sourcetrace.cli_analyze import analyze_command
from sourcetrace.eval.commands import eval_app

app = typer.Typer(
    help="Who said what in news articles.", no_args_is_help=True, pretty_exceptions_enable=False
)
app.command("analyze")(analyze_command)
app.command("batch")(batch_command)
app.add_typer(eval_app, name="eval")


@app.callback()
def _root() -> None:
    """Who said what in news articles."""


def main() -> None:
    app()
