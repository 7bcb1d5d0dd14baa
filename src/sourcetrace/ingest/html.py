"""HTML pages: the main text and metadata as trafilatura extracts them."""

from __future__ import annotations

import trafilatura
from trafilatura.settings import Document

from sourcetrace.ingest.errors import IngestError
from sourcetrace.ingest.layout import mark_layout_tables
from sourcetrace.ingest.markup import marked_lines
from sourcetrace.ingest.metadata import parse_published
from sourcetrace.model import Article

HIDDEN = ".//*[contains(translate(@style, ' ', ''), 'display:none') or @hidden]"


def article_from_html(html: str | bytes, *, origin: str, url: str | None = None) -> Article:
    """The main text of an HTML page (trafilatura) with its title, date, outlet and URL. A table
    that lays out the page is read as blocks, not as rows of cells (``layout.py``).

    ``Article.text`` is the extracted text exactly; ``url`` is used when the page names none.
    Raises ``IngestError`` when the page has no extractable main text.
    """
    if isinstance(html, bytes) and b"\x00" in html:
        raise IngestError("binary input (NUL bytes), not an HTML page")
    tree = trafilatura.load_html(html)
    if tree is None:
        raise IngestError("no main text could be extracted from the HTML page")
    # Reader comments are not the article; the date is only taken from the page, never guessed.
    # Hidden elements are pruned first: pages hide whole copies of the body (schema.org
    # microdata), which trafilatura's fallback extractor would otherwise read as the text.
    doc = trafilatura.bare_extraction(
        mark_layout_tables(tree),
        prune_xpath=[HIDDEN],
        url=url,
        with_metadata=True,
        include_comments=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if not isinstance(doc, Document) or not doc.text or not doc.text.strip():
        raise IngestError("no main text could be extracted from the HTML page")
    published = parse_published(doc.date) if doc.date else None
    return Article(
        text=doc.text,
        title=doc.title or None,
        outlet=doc.sitename or None,
        url=doc.url or url,
        published=published,
        origin=origin,
        flagged=marked_lines(html, doc.text),
    )
