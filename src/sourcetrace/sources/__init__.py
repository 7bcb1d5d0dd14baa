"""Source resolution: each speaker mention to one canonical Source per real speaker."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from sourcetrace.attribution.candidate import Candidate
from sourcetrace.model import Attribution, Source


def resolve_sources(
    doc: Doc, candidates: Sequence[Candidate]
) -> tuple[tuple[Source, ...], tuple[Attribution, ...]]:
    """Sources (ids s1, s2, ... in order of first mention) and the attributions pointing at them
    (ids a1, a2, ... in text order)."""
    return (), ()  # PLACEHOLDER
