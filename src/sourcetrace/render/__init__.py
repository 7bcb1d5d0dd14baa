"""Renderers of an Analysis: JSON (the contract), Markdown, a terminal summary, an HTML report."""

from __future__ import annotations

from sourcetrace.render.html import to_html
from sourcetrace.render.json import to_json
from sourcetrace.render.markdown import to_markdown
from sourcetrace.render.terminal import print_summary

__all__ = ["print_summary", "to_html", "to_json", "to_markdown"]
