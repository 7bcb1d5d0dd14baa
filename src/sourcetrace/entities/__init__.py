"""Named entities of one article, one Entity per real thing."""

from __future__ import annotations

from spacy.tokens import Doc

from sourcetrace.model import Entity


def extract_entities(doc: Doc) -> tuple[Entity, ...]:
    return ()  # PLACEHOLDER
