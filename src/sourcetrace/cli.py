"""The `sourcetrace` command."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

from sourcetrace.cli_ingest import ingest_command
from sourcetrace.cli_serve import serve_command
from sourcetrace.pipeline import analyze

app = typer.Typer(help="Who said what in news articles.", no_args_is_help=True)


app.command("ingest")(ingest_command)
app.command("serve")(serve_command)


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
