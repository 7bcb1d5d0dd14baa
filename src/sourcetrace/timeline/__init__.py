"""Dated timeline of one article: time expressions normalized and anchored."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from spacy.tokens import Doc

from sourcetrace.model import Attribution, TimelineEntry


def extract_timeline(
    doc: Doc, published: date | None, attributions: Sequence[Attribution]
) -> tuple[TimelineEntry, ...]:
    return ()  # PLACEHOLDER
