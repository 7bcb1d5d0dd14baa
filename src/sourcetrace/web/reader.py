"""The article reader's view: the render stage's highlighted text (``render.highlight``, the same
segmentation as the standalone report) with a legend, the per-source colors and what a click on a
highlight shows. The legend lists the article's sources, those that make claims; the attributions
that are no claims (beliefs, perceptions, unasserted speech) are listed apart, flagged."""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup

from sourcetrace.model import Analysis
from sourcetrace.render.colors import UNRESOLVED, SourceStyle
from sourcetrace.render.highlight import article_markup
from sourcetrace.render.view import KIND_LABELS, AttributionRow, Report, SourceRow, build_report
from sourcetrace.store import source_key


@dataclass(frozen=True, slots=True)
class LegendItem:
    row: SourceRow
    key: str  # the source's key across articles, for its page


@dataclass(frozen=True, slots=True)
class ReaderView:
    report: Report
    markup: Markup
    legend: tuple[LegendItem, ...]  # the sources that make claims
    flagged: tuple[AttributionRow, ...]  # attributions that are no claims, in text order
    details: Markup  # JSON for reader.js, safe inside <script type="application/json">
    css: str  # one rule per source color, sent inline and allowed by its hash

    @property
    def css_hash(self) -> str:
        digest = hashlib.sha256(self.css.encode("utf-8")).digest()
        return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def json_script(data: Any) -> Markup:
    """JSON safe inside a <script type="application/json"> element: no "<", ">" or "&" left."""
    raw = json.dumps(data, ensure_ascii=False)
    return Markup(raw.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


def reader_view(analysis: Analysis) -> ReaderView:
    report = build_report(analysis)
    keys = {s.id: source_key(s.name, s.kind) for s in analysis.sources}
    styles: list[SourceStyle] = [r.style for r in report.sources]
    if report.unresolved:
        styles.append(UNRESOLVED)
    css = "".join(
        f".{s.css_class}{{--c:{s.color};--bg:{s.rgba(0.2)};--bg-strong:{s.rgba(0.4)}}}\n"
        for s in styles
    )
    details = {
        str(row.number): {
            "id": row.attribution.id,
            "type": row.attribution.type.value,
            "cue": row.attribution.cue.text if row.attribution.cue else None,
            "speaker": row.attribution.speaker.text if row.attribution.speaker else None,
            "source": row.source.name if row.source else None,
            "kind": KIND_LABELS[row.source.kind] if row.source else None,
            "description": row.source.description if row.source else None,
            # Only a source with claims has a page (the store lists no other).
            "source_url": f"/ui/sources/{keys[row.source.id]}"
            if row.source and row.source.claims
            else None,
            "confidence": round(row.attribution.confidence, 2),
            "cue_class": row.attribution.cue_class.value,
            "asserted": row.attribution.asserted,
            "claim": row.attribution.is_claim,
        }
        for row in report.attributions
    }
    return ReaderView(
        report=report,
        markup=article_markup(report),
        legend=tuple(
            LegendItem(row, keys[row.source.id]) for row in report.sources if row.source.claims
        ),
        flagged=tuple(row for row in report.attributions if not row.attribution.is_claim),
        details=json_script(details),
        css=css,
    )
