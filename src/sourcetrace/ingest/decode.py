"""Bytes to text, the one normalization every text gets, and the checks it must pass."""

from __future__ import annotations

import dataclasses

from sourcetrace.ingest.errors import IngestError
from sourcetrace.ingest.text import needs_normalizing, normalize
from sourcetrace.model import Article

BOM = "\ufeff"


def decode_utf8(data: bytes) -> str:
    """The UTF-8 text of ``data`` without a byte-order mark; raises on binary or bad bytes."""
    nul = data.find(b"\x00")
    if nul >= 0:
        raise IngestError(f"binary input (NUL byte at byte {nul})")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise IngestError(
            f"invalid UTF-8 at byte {e.start} (0x{data[e.start]:02x}): {e.reason}"
        ) from None
    return text.removeprefix(BOM)


def check_text(text: str, max_chars: int) -> None:
    """Raise when ``text`` cannot be analyzed: only whitespace, or longer than ``max_chars``."""
    if not text.strip():
        raise IngestError("empty article (only whitespace)")
    if len(text) > max_chars:
        raise IngestError(f"text is {len(text):,} characters, over the limit of {max_chars:,}")


def normalized(article: Article) -> Article:
    """``article`` with its text and metadata normalized, the same for every input and store."""
    strings = (article.text, article.title, article.outlet, article.url, article.origin)
    if not any(s is not None and needs_normalizing(s) for s in strings):
        return article
    return dataclasses.replace(
        article,
        text=normalize(article.text),
        title=_normalize(article.title),
        outlet=_normalize(article.outlet),
        url=_normalize(article.url),
        origin=normalize(article.origin),
    )


def _normalize(value: str | None) -> str | None:
    return None if value is None else normalize(value)
