"""The `sourcetrace` command."""

from __future__ import annotations

import typer

from sourcetrace.batch.commands import batch_command
from sourcetrace.batch.load import load_command
from sourcetrace.cli_analyze import analyze_command
from sourcetrace.cli_compare import compare_cmd
from sourcetrace.cli_ingest import ingest_command
from sourcetrace.cli_serve import serve_command
from sourcetrace.eval.commands import eval_app
from sourcetrace.eval.gold_commands import gold_cmd

app = typer.Typer(
    help="Who said what in news articles.", no_args_is_help=True, pretty_exceptions_enable=False
)
app.command("analyze")(analyze_command)
app.command("ingest")(ingest_command)
app.command("serve")(serve_command)
app.command("batch")(batch_command)
app.command("load")(load_command)
eval_app.command("gold")(gold_cmd)
app.add_typer(eval_app, name="eval")
app.command("compare")(compare_cmd)


@app.callback()
def _root() -> None:
    """Who said what in news articles."""


def main() -> None:
    app()
