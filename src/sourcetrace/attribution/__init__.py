"""Attribution extraction: quote spans, cues and speaker mentions in a parsed article."""

from __future__ import annotations

from spacy.tokens import Doc

from sourcetrace.attribution.candidate import Candidate


def extract_attributions(doc: Doc) -> list[Candidate]:
    """Every attribution in ``doc``, in text order."""
    return []  # PLACEHOLDER
