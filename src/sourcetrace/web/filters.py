"""The list filters as query parameters, parsed once into a ``Filters`` for the API and pages.

A blank kind or date (an HTML form's empty field) means "any", so that a form can send every
field; the schema says so, and a wrong value still gets the one error of its own type."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Annotated, Any

from fastapi import Depends, Query
from fastapi.exceptions import RequestValidationError
from pydantic import BeforeValidator, WithJsonSchema

from sourcetrace.model import CueClass, SourceKind
from sourcetrace.store.filters import Filters

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _blank_is_none(value: Any) -> Any:
    return None if value == "" else value


def _iso_date(value: Any) -> Any:
    """YYYY-MM-DD only: the lax parser would read "0" as a Unix time."""
    if not isinstance(value, str) or value == "":
        return _blank_is_none(value)
    if _ISO_DATE.fullmatch(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise ValueError(f"{value[:40]!r} is not a date (YYYY-MM-DD)")


def _or_blank(
    schema: dict[str, Any], parse: Callable[[Any], Any] = _blank_is_none
) -> tuple[BeforeValidator, WithJsonSchema]:
    return BeforeValidator(parse), WithJsonSchema(
        {"anyOf": [schema, {"const": ""}, {"type": "null"}]}
    )


_DATE = _or_blank({"type": "string", "format": "date"}, _iso_date)
_KIND = _or_blank({"type": "string", "enum": [k.value for k in SourceKind]})
_CUE = _or_blank({"type": "string", "enum": [c.value for c in CueClass]})


def filters_of(
    outlet: Annotated[
        str | None, Query(max_length=500, description="Only articles from this outlet.")
    ] = None,
    kind: Annotated[
        SourceKind | None, *_KIND, Query(description="Only sources of this kind.")
    ] = None,
    date_from: Annotated[
        date | None,
        *_DATE,
        Query(alias="from", description="Only articles published on or after this date."),
    ] = None,
    date_to: Annotated[
        date | None,
        *_DATE,
        Query(alias="to", description="Only articles published on or before this date."),
    ] = None,
    event: Annotated[
        str | None, Query(max_length=64, description="Only articles of this event.")
    ] = None,
    cue_class: Annotated[
        CueClass | None, *_CUE, Query(description="Only claims with this class of cue.")
    ] = None,
) -> Filters:
    try:
        return Filters(outlet or None, kind, date_from, date_to, event or None, cue_class)
    except ValueError as e:  # a 422 like any invalid parameter's
        error = {"loc": ("query", "from"), "msg": str(e), "type": "value_error"}
        raise RequestValidationError([error]) from e


FiltersDep = Annotated[Filters, Depends(filters_of)]
