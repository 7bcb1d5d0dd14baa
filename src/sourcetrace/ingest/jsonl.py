"""JSON Lines: one article per line, ``text`` required; ``title``, ``url``, ``outlet``,
``published`` and ``id`` optional (the id is the input's own; an article's id is its text hash)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from sourcetrace.ingest.decode import decode_utf8
from sourcetrace.ingest.errors import IngestError, Rejected
from sourcetrace.ingest.metadata import parse_published
from sourcetrace.model import Article

OPTIONAL_STRINGS = ("title", "url", "outlet")
JSON_TYPES = {list: "array", str: "string", int: "number", float: "number", bool: "boolean"}


def articles_from_jsonl(
    lines: Iterable[tuple[int, bytes | IngestError]], *, origin: str
) -> Iterator[Article | Rejected]:
    """One Article (or Rejected) per numbered line (``limits.lines``), origin ``origin:LINE``."""
    for number, line in lines:
        where = f"{origin}:{number}"
        try:
            if isinstance(line, IngestError):
                raise line
            yield article_from_json(decode_utf8(line), origin=where)
        except IngestError as e:
            yield Rejected(where, str(e))


def article_from_json(line: str, *, origin: str) -> Article:
    """The Article one JSON object describes."""
    try:
        record: Any = json.loads(line)
    except json.JSONDecodeError as e:
        raise IngestError(f"not JSON: {e.msg.removesuffix(' at')} at column {e.colno}") from None
    return article_from_record(record, origin=origin)


def article_from_record(record: object, *, origin: str) -> Article:
    """The Article a JSON object (a JSONL row as a dict) describes: ``text`` required; ``title``,
    ``url``, ``outlet`` and ``published`` optional."""
    if not isinstance(record, dict):
        raise IngestError(f"a JSON {_json_type(record)}, not an object")
    text = record.get("text")
    if not isinstance(text, str):
        raise IngestError('no string "text" field')
    for key in OPTIONAL_STRINGS:
        if record.get(key) is not None and not isinstance(record[key], str):
            raise IngestError(f'"{key}" must be a string, not {_a(_json_type(record[key]))}')
    published = record.get("published")
    return Article(
        text=text,
        title=record.get("title") or None,
        outlet=record.get("outlet") or None,
        url=record.get("url") or None,
        published=parse_published(published) if published is not None else None,
        origin=origin,
    )


def _json_type(value: object) -> str:
    return JSON_TYPES.get(type(value), "null" if value is None else "object")


def _a(json_type: str) -> str:
    """The type with its article: "an array", "a number", "null"."""
    if json_type == "null":
        return json_type
    return f"{'an' if json_type[0] in 'aeiou' else 'a'} {json_type}"
