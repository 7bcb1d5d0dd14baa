"""Input readers: .txt, .html/.htm, .jsonl(.gz), directories and stdin, to Articles.

Bad inputs are yielded as ``Rejected`` values, never raised, so a batch goes on past them.
"""

from __future__ import annotations

from sourcetrace.ingest.decode import normalized
from sourcetrace.ingest.errors import IngestError, Rejected
from sourcetrace.ingest.html import article_from_html
from sourcetrace.ingest.jsonl import article_from_record
from sourcetrace.ingest.reader import DEFAULT_MAX_CHARS, holds_several, read_inputs
from sourcetrace.ingest.text import normalize, one_line

__all__ = [
    "DEFAULT_MAX_CHARS",
    "IngestError",
    "Rejected",
    "article_from_html",
    "article_from_record",
    "holds_several",
    "normalize",
    "normalized",
    "one_line",
    "read_inputs",
]
