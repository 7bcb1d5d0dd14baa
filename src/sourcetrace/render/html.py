"""The standalone HTML report: one file, inline CSS and JS, no external resources.

A Content-Security-Policy meta tag allows exactly the style and script this module ships, by
their SHA-256 hashes, so nothing that slipped into the article text could ever run.
"""

from __future__ import annotations

import base64
import hashlib
from functools import cache
from importlib.resources import files
from urllib.parse import urlsplit

from jinja2 import Environment, PackageLoader, StrictUndefined, Template
from markupsafe import Markup

from sourcetrace.model import Analysis
from sourcetrace.render.colors import UNRESOLVED, SourceStyle
from sourcetrace.render.highlight import article_markup
from sourcetrace.render.periods import period_label
from sourcetrace.render.timeline_chart import layout_chart
from sourcetrace.render.view import (
    FLAGGED_TITLE,
    KIND_LABELS,
    Report,
    build_report,
    confidence,
    description_of,
    percent,
    snippet,
)

_ASSETS = files("sourcetrace.render") / "templates"


@cache
def _template() -> Template:
    env = Environment(
        loader=PackageLoader("sourcetrace.render", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(
        snippet=snippet,
        percent=percent,
        confidence=confidence,
        period=period_label,
        description=description_of,
    )
    return env.get_template("report.html.j2")


def csp_hash(code: str) -> str:
    digest = hashlib.sha256(code.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def _source_css(report: Report) -> str:
    """One rule per source color; class names are generated, never taken from the input."""
    styles: list[SourceStyle] = [r.style for r in report.sources]
    if report.unresolved:
        styles.append(UNRESOLVED)
    return "".join(
        f".{s.css_class}{{--c:{s.color};--bg:{s.rgba(0.2)};--bg-strong:{s.rgba(0.38)}}}\n"
        for s in styles
    )


def _link(url: str | None) -> str | None:
    """The article URL when it is safe to link to (http or https only)."""
    if url and urlsplit(url).scheme.lower() in ("http", "https"):
        return url
    return None


def to_html(analysis: Analysis) -> str:
    """A standalone HTML report (no external resources)."""
    report = build_report(analysis)
    css = (_ASSETS / "report.css").read_text(encoding="utf-8") + _source_css(report)
    js = (_ASSETS / "report.js").read_text(encoding="utf-8")
    csp = (
        f"default-src 'none'; style-src {csp_hash(css)}; script-src {csp_hash(js)}; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )
    return _template().render(
        report=report,
        profile=analysis.profile,
        article=article_markup(report),
        chart=layout_chart(report.timeline),
        kinds=KIND_LABELS,
        flagged_title=FLAGGED_TITLE,
        link=_link(analysis.url),
        css=Markup(css),
        js=Markup(js),
        csp=csp,
    )
