"""One data model: ``sourcetrace.model`` is the definition; the SQL tables, the API schema and the
Parquet tables each give every model field a place, and every analysis reads back equal in every
field from each of them (property tests over fully populated analyses)."""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import fields

import pyarrow.parquet as pq
import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from pydantic import BaseModel
from sqlalchemy import Column, Table, delete

from model_strategies import analyses
from sourcetrace.batch.tables import analysis_from_row, build_tables
from sourcetrace.model import (
    Analysis,
    Attribution,
    Boilerplate,
    Conflict,
    Entity,
    Profile,
    Source,
    TextSpan,
    TimelineEntry,
)
from sourcetrace.store import Store, schema
from sourcetrace.web import contract, create_app

DERIVED = "derived"  # recomputed by Analysis from the attributions, so stored through them

# Where each model field lives in the SQL tables: a column, the table of its items, or DERIVED.
# A field added to the model fails test_every_model_field_has_a_column until it is given one.
SQL_PLACES: dict[type, dict[str, Column[object] | Table | str]] = {
    Analysis: {
        "id": schema.articles.c.id,
        "title": schema.articles.c.title,
        "outlet": schema.articles.c.outlet,
        "url": schema.articles.c.url,
        "published": schema.articles.c.published,
        "text": schema.articles.c.text,
        "boilerplate": schema.boilerplate,
        "sources": schema.sources,
        "attributions": schema.attributions,
        "entities": schema.entities,
        "timeline": schema.timeline,
        "conflicts": schema.conflicts,
        "profile": DERIVED,  # and denormalized into articles.n_* (see Profile below)
    },
    Boilerplate: {
        "start": schema.boilerplate.c.start_char,
        "end": schema.boilerplate.c.end_char,
        "label": schema.boilerplate.c.label,
    },
    Source: {
        "id": schema.sources.c.source_id,
        "name": schema.sources.c.name,
        "kind": schema.sources.c.kind,
        "description": schema.sources.c.description,
        "mentions": schema.source_mentions,
        "entity": schema.sources.c.entity_id,
        "claims": DERIVED,
    },
    Attribution: {
        "id": schema.attributions.c.attribution_id,
        "source": schema.attributions.c.source_id,
        "type": schema.attributions.c.type,
        "cue": schema.attributions.c.cue_start_char,
        "speaker": schema.attributions.c.speaker_start_char,
        "content": schema.attribution_content,
        "confidence": schema.attributions.c.confidence,
        "cue_class": schema.attributions.c.cue_class,
        "asserted": schema.attributions.c.asserted,
    },
    Entity: {
        "id": schema.entities.c.entity_id,
        "name": schema.entities.c.name,
        "label": schema.entities.c.label,
        "mentions": schema.entity_mentions,
        "titles": schema.entities.c.titles,
    },
    TimelineEntry: {
        "text": schema.timeline.c.text,
        "start": schema.timeline.c.start_char,
        "end": schema.timeline.c.end_char,
        "value": schema.timeline.c.value,
        "event": schema.timeline.c.event,
        "attribution": schema.timeline.c.attribution_id,
        "caption": schema.timeline.c.caption,
        "anchored": schema.timeline.c.anchored,
    },
    Conflict: {
        "kind": schema.conflicts.c.kind,
        "first": schema.conflicts.c.first_start_char,
        "second": schema.conflicts.c.second_start_char,
        "explanation": schema.conflicts.c.explanation,
    },
    TextSpan: {
        "start": schema.source_mentions.c.start_char,
        "end": schema.source_mentions.c.end_char,
        "text": schema.source_mentions.c.text,
    },
    Profile: {
        "sources": schema.articles.c.n_sources,
        "named_person": schema.articles.c.n_named_person,
        "anonymous_person": schema.articles.c.n_anonymous_person,
        "organization": schema.articles.c.n_organization,
        "document": schema.articles.c.n_document,
        "unknown": schema.articles.c.n_unknown,
        "attributions": schema.articles.c.n_attributions,
        "anonymous_share": schema.articles.c.anonymous_share,
        "flagged": schema.articles.c.n_flagged,
    },
}

API_MODELS: dict[type, type[BaseModel]] = {
    Analysis: contract.AnalysisOut,
    Boilerplate: contract.BoilerplateOut,
    Source: contract.SourceOut,
    Attribution: contract.AttributionOut,
    Entity: contract.EntityOut,
    TimelineEntry: contract.TimelineOut,
    Conflict: contract.ConflictOut,
    TextSpan: contract.Span,
    Profile: contract.ProfileOut,
}

ROUND_TRIP = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def _field_names(cls: type) -> set[str]:
    return {f.name for f in fields(cls)}


@pytest.mark.parametrize("cls", list(SQL_PLACES), ids=lambda c: c.__name__)
def test_every_model_field_has_a_column(cls: type) -> None:
    places = SQL_PLACES[cls]
    assert set(places) == _field_names(cls)
    for place in places.values():
        if isinstance(place, Column):
            assert place.table.metadata is schema.metadata
        elif isinstance(place, Table):
            assert place in schema.ARTICLE_TABLES


@pytest.mark.parametrize("cls", list(API_MODELS), ids=lambda c: c.__name__)
def test_the_api_schema_mirrors_the_model(cls: type) -> None:
    assert set(API_MODELS[cls].model_fields) == _field_names(cls)


def test_the_parquet_tables_keep_the_whole_analysis_and_flag_claims() -> None:
    tables = build_tables([], [])
    assert "analysis" in tables["articles"].column_names  # every field, as the JSON contract
    assert {"flagged", "conflicts"} <= set(tables["articles"].column_names)
    assert {"cue_class", "asserted"} <= set(tables["attributions"].column_names)
    assert "claims" in tables["sources"].column_names


def _replace_in(store: Store, analysis: Analysis) -> None:
    """Store ``analysis`` anew (Hypothesis may draw one text twice; the store keeps the first)."""
    with store.engine.begin() as conn:
        conn.execute(delete(schema.articles).where(schema.articles.c.id == analysis.id))
    assert store.write([analysis]) == {analysis.id}


@given(analysis=analyses())
@ROUND_TRIP
def test_the_store_reads_back_every_field(store: Store, analysis: Analysis) -> None:
    _replace_in(store, analysis)
    assert store.analysis(analysis.id) == analysis


@given(analysis=analyses())
@ROUND_TRIP
def test_parquet_reads_back_every_field(analysis: Analysis) -> None:
    buffer = io.BytesIO()
    pq.write_table(build_tables([(analysis, "in.jsonl:1")], [])["articles"], buffer)
    (row,) = pq.read_table(io.BytesIO(buffer.getvalue())).to_pylist()
    assert analysis_from_row(row) == analysis


@pytest.fixture
def client(store: Store) -> Iterator[TestClient]:
    with TestClient(create_app(store)) as c:
        yield c


@given(analysis=analyses())
@ROUND_TRIP
def test_the_api_serves_every_field(store: Store, client: TestClient, analysis: Analysis) -> None:
    _replace_in(store, analysis)
    served = client.get(f"/articles/{analysis.id}")
    assert served.status_code == 200
    assert Analysis.from_dict(served.json()) == analysis
    assert served.json() == analysis.to_dict()
