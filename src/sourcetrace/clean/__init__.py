"""Boilerplate detection: captions, duplicated captions, credits, paywall boxes, trailers."""

from __future__ import annotations

from sourcetrace.model import Boilerplate


def find_boilerplate(text: str) -> tuple[Boilerplate, ...]:
    """Spans of ``text`` that are not the article's own prose, sorted, non-overlapping."""
    return ()  # PLACEHOLDER: replaced by the clean stage
