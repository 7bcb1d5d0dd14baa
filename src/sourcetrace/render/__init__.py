"""Renderers of an Analysis: JSON (the contract), Markdown, a terminal summary, an HTML report."""

from __future__ import annotations

import json

from rich.console import Console

from sourcetrace.model import Analysis


def to_json(analysis: Analysis, *, indent: int | None = 2) -> str:
    return json.dumps(analysis.to_dict(), ensure_ascii=False, indent=indent)


def to_markdown(analysis: Analysis) -> str:
    raise NotImplementedError  # PLACEHOLDER: the render stage


def to_html(analysis: Analysis) -> str:
    """A standalone HTML report (no external resources)."""
    raise NotImplementedError  # PLACEHOLDER: the render stage


def print_summary(analysis: Analysis, console: Console) -> None:
    """The terminal summary: profile, sources, attributions."""
    raise NotImplementedError  # PLACEHOLDER: the render stage
