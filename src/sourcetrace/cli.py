"""The `sourcetrace` command."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

from sourcetrace.eval.gold_commands import gold_cmd
from sourcetrace.pipeline import analyze

app = typer.Typer(help="Who said what in news articles.", no_args_is_help=True)
eval_app = typer.Typer(help="Score attributions against annotated articles.", no_args_is_help=True)
eval_app.command("gold")(gold_cmd)
app.add_typer(eval_app, name="eval")


@app.command("analyze")
def analyze_cmd(path: Path) -> None:
    """Analyze an article. (PLACEHOLDER: the full command comes with the ingest stage.)"""
    text = path.read_text(encoding="utf-8")
    json.dump(analyze(text).to_dict(), sys.stdout, ensure_ascii=False)


@app.callback()
def _root() -> None:
    """Who said what in news articles."""


def main() -> None:
    app()
