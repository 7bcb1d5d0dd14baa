"""What a batch reads: input records before analysis, one per input line, file or WARC record."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sourcetrace.ingest import Rejected
from sourcetrace.model import Article


@dataclass(frozen=True, slots=True)
class WarcPage:
    """An HTML page from a WARC response, its text not yet extracted (workers do that)."""

    html: bytes
    url: str | None
    crawled: date | None  # the WARC-Date: the publication date only when the page gives none
    origin: str


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input record that is no article and no error: a WARC request, a 404, a PDF, an empty
    page. Counted by reason, never stored."""

    origin: str
    reason: str


# One input record as the client reads it, and as a worker prepares it for analysis.
Record = Article | Rejected | WarcPage | Skipped
Prepared = Article | Rejected | Skipped
