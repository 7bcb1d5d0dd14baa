"""The Parquet tables a batch writes, one row per article, attribution, source and reject.

``articles.analysis`` holds the whole ``Analysis.to_dict()`` as JSON, so the flat columns can
stay few and nothing is lost: ``analysis_from_row`` rebuilds it. The flat columns count claims, as
``model.Profile`` does; ``attributions`` keeps every attribution with its cue class and assertion.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import pyarrow as pa

from sourcetrace.ingest import Rejected
from sourcetrace.model import Analysis, Attribution, Source, TextSpan

CONTENT_JOINER = " … "  # between the pieces of a quote interrupted by its cue

ARTICLES = pa.schema(
    [
        ("id", pa.string()),
        ("title", pa.string()),
        ("outlet", pa.string()),
        ("url", pa.string()),
        ("published", pa.date32()),
        ("origin", pa.string()),
        ("text_chars", pa.int64()),
        ("sources", pa.int32()),
        ("named_person", pa.int32()),
        ("anonymous_person", pa.int32()),
        ("organization", pa.int32()),
        ("document", pa.int32()),
        ("unknown", pa.int32()),
        ("attributions", pa.int32()),
        ("anonymous_share", pa.float64()),
        ("flagged", pa.int32()),
        ("conflicts", pa.int32()),
        ("analysis", pa.string()),
    ]
)
ATTRIBUTIONS = pa.schema(
    [
        ("article_id", pa.string()),
        ("attribution_id", pa.string()),
        ("source_id", pa.string()),
        ("source_name", pa.string()),
        ("source_kind", pa.string()),
        ("type", pa.string()),
        ("cue_text", pa.string()),
        ("cue_start", pa.int64()),
        ("cue_end", pa.int64()),
        ("speaker_text", pa.string()),
        ("speaker_start", pa.int64()),
        ("speaker_end", pa.int64()),
        ("content_text", pa.string()),
        ("content_start", pa.int64()),
        ("content_end", pa.int64()),
        ("content_pieces", pa.int32()),
        ("confidence", pa.float64()),
        ("cue_class", pa.string()),
        ("asserted", pa.bool_()),
    ]
)
SOURCES = pa.schema(
    [
        ("article_id", pa.string()),
        ("source_id", pa.string()),
        ("name", pa.string()),
        ("kind", pa.string()),
        ("description", pa.string()),
        ("mentions", pa.int32()),
        ("entity", pa.string()),
        ("claims", pa.int32()),
    ]
)
REJECTS = pa.schema([("origin", pa.string()), ("reason", pa.string())])

SCHEMAS = {
    "articles": ARTICLES,
    "attributions": ATTRIBUTIONS,
    "sources": SOURCES,
    "rejects": REJECTS,
}


def build_tables(
    analyses: Sequence[tuple[Analysis, str]], rejects: Iterable[Rejected]
) -> dict[str, pa.Table]:
    """The four tables for (analysis, origin) pairs and rejects, each with its schema (an empty
    table too, so every shard of a table reads with the same columns)."""
    rows = {
        "articles": [article_row(a, origin) for a, origin in analyses],
        "attributions": [r for a, _ in analyses for r in attribution_rows(a)],
        "sources": [r for a, _ in analyses for r in source_rows(a)],
        "rejects": [{"origin": r.origin, "reason": r.reason} for r in rejects],
    }
    return {name: pa.Table.from_pylist(rows[name], schema=SCHEMAS[name]) for name in SCHEMAS}


def article_row(analysis: Analysis, origin: str) -> dict[str, Any]:
    profile = analysis.profile.to_dict()
    return {
        "id": analysis.id,
        "title": analysis.title,
        "outlet": analysis.outlet,
        "url": analysis.url,
        "published": analysis.published,
        "origin": origin,
        "text_chars": len(analysis.text),
        **profile,
        "conflicts": len(analysis.conflicts),
        "analysis": json.dumps(analysis.to_dict(), ensure_ascii=False),
    }


def analysis_from_row(row: Mapping[str, Any]) -> Analysis:
    """The Analysis an ``articles`` row holds, every field as it was written."""
    return Analysis.from_dict(json.loads(row["analysis"]))


def attribution_rows(analysis: Analysis) -> list[dict[str, Any]]:
    return [_attribution_row(analysis, a) for a in analysis.attributions]


def _attribution_row(analysis: Analysis, a: Attribution) -> dict[str, Any]:
    source = analysis.source(a.source)
    return {
        "article_id": analysis.id,
        "attribution_id": a.id,
        "source_id": a.source,
        "source_name": source.name if source else None,
        "source_kind": source.kind.value if source else None,
        "type": a.type.value,
        **_span("cue", a.cue),
        **_span("speaker", a.speaker),
        "content_text": CONTENT_JOINER.join(c.text for c in a.content),
        "content_start": min((c.start for c in a.content), default=None),
        "content_end": max((c.end for c in a.content), default=None),
        "content_pieces": len(a.content),
        "confidence": round(a.confidence, 3),
        "cue_class": a.cue_class.value,
        "asserted": a.asserted,
    }


def _span(prefix: str, span: TextSpan | None) -> dict[str, Any]:
    return {
        f"{prefix}_text": span.text if span else None,
        f"{prefix}_start": span.start if span else None,
        f"{prefix}_end": span.end if span else None,
    }


def source_rows(analysis: Analysis) -> list[dict[str, Any]]:
    return [_source_row(analysis.id, s) for s in analysis.sources]


def _source_row(article_id: str, s: Source) -> dict[str, Any]:
    return {
        "article_id": article_id,
        "source_id": s.id,
        "name": s.name,
        "kind": s.kind.value,
        "description": s.description,
        "mentions": len(s.mentions),
        "entity": s.entity,
        "claims": s.claims,
    }
