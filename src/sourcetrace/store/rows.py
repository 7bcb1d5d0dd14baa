"""An Analysis to table rows and back: the one place that knows how the JSON contract is laid out
in the tables."""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Table

from sourcetrace.model import (
    Analysis,
    Attribution,
    AttributionType,
    Boilerplate,
    BoilerplateLabel,
    Conflict,
    ConflictKind,
    CueClass,
    Entity,
    Source,
    SourceKind,
    TextSpan,
    TimelineEntry,
)
from sourcetrace.store import schema

Row = dict[str, Any]
Rows = Mapping[Table, Sequence[Mapping[Any, Any]]]


def source_key(name: str, kind: SourceKind | str) -> str:
    """The key that groups one source across articles: its kind and its name, case and spacing
    folded. Anonymous sources group by their wording ("a senior official"), which is a label, not
    an identity."""
    normalized = re.sub(r"\s+", " ", name).strip().casefold()
    return hashlib.sha256(f"{SourceKind(kind).value}\0{normalized}".encode()).hexdigest()[:16]


def _span(span: TextSpan | None, prefix: str = "") -> Row:
    return {
        f"{prefix}text": span.text if span else None,
        f"{prefix}start_char": span.start if span else None,
        f"{prefix}end_char": span.end if span else None,
    }


def analysis_rows(
    analysis: Analysis, *, stored_at: datetime, origin: str | None = None
) -> dict[Table, list[Row]]:
    """The rows of every article table for one analysis."""
    a = analysis.id
    p = analysis.profile
    rows: dict[Table, list[Row]] = {table: [] for table in schema.ARTICLE_TABLES}
    rows[schema.articles].append(
        {
            "id": a,
            "title": analysis.title,
            "outlet": analysis.outlet,
            "url": analysis.url,
            "published": analysis.published,
            "text": analysis.text,
            "n_sources": p.sources,
            "n_named_person": p.named_person,
            "n_anonymous_person": p.anonymous_person,
            "n_organization": p.organization,
            "n_document": p.document,
            "n_unknown": p.unknown,
            "n_attributions": p.attributions,
            "anonymous_share": p.anonymous_share,
            "n_flagged": p.flagged,
            "origin": origin,
            "stored_at": stored_at,
        }
    )
    for i, b in enumerate(analysis.boilerplate):
        rows[schema.boilerplate].append(
            {
                "article_id": a,
                "seq": i,
                "start_char": b.start,
                "end_char": b.end,
                "label": b.label.value,
            }
        )
    for i, s in enumerate(analysis.sources):
        rows[schema.sources].append(
            {
                "article_id": a,
                "source_id": s.id,
                "seq": i,
                "name": s.name,
                "kind": s.kind.value,
                "description": s.description,
                "entity_id": s.entity,
                "source_key": source_key(s.name, s.kind),
            }
        )
        rows[schema.source_mentions].extend(
            {"article_id": a, "source_id": s.id, "seq": j, **_span(m)}
            for j, m in enumerate(s.mentions)
        )
    for i, t in enumerate(analysis.attributions):
        rows[schema.attributions].append(
            {
                "article_id": a,
                "attribution_id": t.id,
                "seq": i,
                "source_id": t.source,
                "type": t.type.value,
                **_span(t.cue, "cue_"),
                **_span(t.speaker, "speaker_"),
                "confidence": t.confidence,
                "cue_class": t.cue_class.value,
                "asserted": t.asserted,
            }
        )
        rows[schema.attribution_content].extend(
            {"article_id": a, "attribution_id": t.id, "seq": j, **_span(c)}
            for j, c in enumerate(t.content)
        )
    for i, e in enumerate(analysis.entities):
        rows[schema.entities].append(
            {
                "article_id": a,
                "entity_id": e.id,
                "seq": i,
                "name": e.name,
                "label": e.label,
                "titles": list(e.titles),
            }
        )
        rows[schema.entity_mentions].extend(
            {"article_id": a, "entity_id": e.id, "seq": j, **_span(m)}
            for j, m in enumerate(e.mentions)
        )
    for i, tl in enumerate(analysis.timeline):
        rows[schema.timeline].append(
            {
                "article_id": a,
                "seq": i,
                **_span(TextSpan(tl.start, tl.end, tl.text)),
                "value": tl.value,
                "event": tl.event,
                "attribution_id": tl.attribution,
                "caption": tl.caption,
                "anchored": tl.anchored,
            }
        )
    for i, c in enumerate(analysis.conflicts):
        rows[schema.conflicts].append(
            {
                "article_id": a,
                "seq": i,
                "kind": c.kind.value,
                **_span(c.first, "first_"),
                **_span(c.second, "second_"),
                "explanation": c.explanation,
            }
        )
    return rows


def _text_span(row: Mapping[Any, Any], prefix: str = "") -> TextSpan | None:
    if row[f"{prefix}start_char"] is None:
        return None
    return TextSpan(row[f"{prefix}start_char"], row[f"{prefix}end_char"], row[f"{prefix}text"])


def _required_span(row: Mapping[Any, Any], prefix: str = "") -> TextSpan:
    span = _text_span(row, prefix)
    assert span is not None  # mention, content and conflict spans are NOT NULL in the schema
    return span


def _spans_by(rows: Sequence[Mapping[Any, Any]], key: str) -> dict[str, list[TextSpan]]:
    grouped: dict[str, list[TextSpan]] = defaultdict(list)
    for row in sorted(rows, key=lambda r: r["seq"]):
        grouped[row[key]].append(_required_span(row))
    return grouped


def analysis_from_rows(rows: Rows) -> Analysis:
    """The Analysis back from the rows of one article (each table's rows in any order)."""
    (art,) = rows[schema.articles]

    def ordered(table: Table) -> list[Mapping[Any, Any]]:
        return sorted(rows[table], key=lambda r: r["seq"])

    source_mentions = _spans_by(rows[schema.source_mentions], "source_id")
    content = _spans_by(rows[schema.attribution_content], "attribution_id")
    entity_mentions = _spans_by(rows[schema.entity_mentions], "entity_id")
    return Analysis(
        id=art["id"],
        title=art["title"],
        outlet=art["outlet"],
        url=art["url"],
        published=art["published"],
        text=art["text"],
        boilerplate=tuple(
            Boilerplate(r["start_char"], r["end_char"], BoilerplateLabel(r["label"]))
            for r in ordered(schema.boilerplate)
        ),
        sources=tuple(
            Source(
                id=r["source_id"],
                name=r["name"],
                kind=SourceKind(r["kind"]),
                description=r["description"],
                mentions=tuple(source_mentions[r["source_id"]]),
                entity=r["entity_id"],
            )
            for r in ordered(schema.sources)
        ),
        attributions=tuple(
            Attribution(
                id=r["attribution_id"],
                source=r["source_id"],
                type=AttributionType(r["type"]),
                cue=_text_span(r, "cue_"),
                speaker=_text_span(r, "speaker_"),
                content=tuple(content[r["attribution_id"]]),
                confidence=r["confidence"],
                cue_class=CueClass(r["cue_class"]),
                asserted=bool(r["asserted"]),
            )
            for r in ordered(schema.attributions)
        ),
        entities=tuple(
            Entity(
                id=r["entity_id"],
                name=r["name"],
                label=r["label"],
                mentions=tuple(entity_mentions[r["entity_id"]]),
                titles=tuple(r["titles"]),
            )
            for r in ordered(schema.entities)
        ),
        timeline=tuple(
            TimelineEntry(
                text=r["text"],
                start=r["start_char"],
                end=r["end_char"],
                value=r["value"],
                event=r["event"],
                attribution=r["attribution_id"],
                caption=bool(r["caption"]),
                anchored=bool(r["anchored"]),
            )
            for r in ordered(schema.timeline)
        ),
        conflicts=tuple(
            Conflict(
                kind=ConflictKind(r["kind"]),
                first=_required_span(r, "first_"),
                second=_required_span(r, "second_"),
                explanation=r["explanation"],
            )
            for r in ordered(schema.conflicts)
        ),
    )
