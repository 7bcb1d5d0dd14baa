"""WARC and WARC.gz files (warcio): HTML pages from successful responses, the rest skipped."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

from warcio.archiveiterator import ArchiveIterator
from warcio.recordloader import ArchiveLoadFailed

from sourcetrace.batch.records import Skipped, WarcPage
from sourcetrace.ingest import IngestError, Rejected, article_from_html
from sourcetrace.ingest.limits import byte_limit
from sourcetrace.model import Article

WARC_EXTENSIONS = (".warc", ".warc.gz")
HTML_TYPES = ("text/html", "application/xhtml+xml")

NOT_RESPONSE = "not a response record"
NO_ARTICLE_TEXT = "no article text"


def is_warc(path: Path) -> bool:
    return path.name.lower().endswith(WARC_EXTENSIONS)


def read_warc(path: Path, *, max_chars: int) -> Iterator[WarcPage | Skipped | Rejected]:
    """One item per WARC record, in order, origin ``path:N`` (N counts records from 1).

    Only ``response`` records with HTTP status 200 and an HTML body become pages; a file that
    cannot be read as WARC ends as one ``Rejected`` after the records read before the fault.
    """
    max_bytes = byte_limit(max_chars)
    number = 0
    try:
        with path.open("rb") as stream:
            for number, record in enumerate(ArchiveIterator(stream), start=1):
                yield _item(record, f"{path}:{number}", max_bytes)
    except (ArchiveLoadFailed, OSError, EOFError, ValueError) as e:
        where = f"{path}:{number + 1}"
        yield Rejected(where, f"unreadable WARC record: {type(e).__name__}: {e}")


def _item(record: Any, origin: str, max_bytes: int) -> WarcPage | Skipped:
    if record.rec_type != "response" or record.http_headers is None:
        return Skipped(origin, NOT_RESPONSE)
    http = record.http_headers
    status = http.get_statuscode()
    if status != "200":
        return Skipped(origin, f"HTTP status {status}")
    media_type = (http.get_header("Content-Type") or "").split(";")[0].strip().lower()
    if media_type not in HTML_TYPES:
        return Skipped(origin, f"not HTML ({media_type or 'no content type'})")
    html = record.content_stream().read(max_bytes + 1)
    if len(html) > max_bytes:
        return Skipped(origin, "page over the size limit")
    headers = record.rec_headers
    return WarcPage(
        html=html,
        url=headers.get_header("WARC-Target-URI"),
        crawled=_warc_date(headers.get_header("WARC-Date")),
        origin=origin,
    )


def _warc_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value).date()
    except ValueError:
        return None


def article_from_page(page: WarcPage) -> Article | Skipped:
    """The page's article (through the same HTML path as ``analyze``), or a skip when the page
    has no article text. The crawl date stands in for a publication date the page does not give.
    """
    try:
        article = article_from_html(page.html, origin=page.origin, url=page.url)
    except IngestError:
        return Skipped(page.origin, NO_ARTICLE_TEXT)
    if article.published is None and page.crawled is not None:
        article = dataclasses.replace(article, published=page.crawled)
    return article
