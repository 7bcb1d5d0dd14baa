"""Article metadata read from the input: publication dates, titles."""

from __future__ import annotations

from datetime import date, datetime

from sourcetrace.ingest.errors import IngestError


def parse_published(value: object) -> date:
    """A date from ``YYYY-MM-DD`` or an ISO 8601 datetime (its calendar date, as written)."""
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
        try:
            return datetime.fromisoformat(value).date()
        except ValueError:
            pass
    raise IngestError(f"bad published value {value!r}: expected YYYY-MM-DD or an ISO datetime")


def first_line(text: str) -> str | None:
    """The first non-empty line, stripped: a plain-text article's title."""
    return next((s for line in text.splitlines() if (s := line.strip())), None)
