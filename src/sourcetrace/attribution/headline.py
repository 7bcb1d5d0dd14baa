"""Headlines of the form "Name: what they said" ("Poll: Clinton leads in Ohio")."""

from __future__ import annotations

from spacy.tokens import Doc

from sourcetrace.attribution.candidate import Candidate
from sourcetrace.attribution.spans import text_span, tokens_span
from sourcetrace.model import AttributionType

MAX_NAME_TOKENS = 5
# Nouns that name a speaking document in a headline ("Poll: ..."); kicker words are not speakers.
DOCUMENT_NOUNS = frozenset({"poll", "survey", "study", "report", "audit", "memo", "review"})
NAME_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
MIN_CONTENT_WORDS = 3
CONFIDENCE_HEADLINE = 0.6


def find_headline(doc: Doc) -> Candidate | None:
    """The title line's attribution, when its part before a colon is a short proper name."""
    line_end = doc.text.find("\n")
    line_end = len(doc.text) if line_end < 0 else line_end
    colon = doc.text.find(": ", 0, line_end)
    if colon <= 0:
        return None
    name = [t for t in doc if t.idx < colon and not t.is_space]
    rest = [t for t in doc if colon < t.idx < line_end]
    if not name or len(name) > MAX_NAME_TOKENS or sum(t.is_alpha for t in rest) < MIN_CONTENT_WORDS:
        return None
    is_named = all(t.ent_type_ in NAME_LABELS for t in name if t.is_alpha)
    is_document = len(name) == 1 and name[0].lower_ in DOCUMENT_NOUNS
    if not (is_named or is_document):
        return None
    speaker, content = tokens_span(name), tokens_span(rest)
    if speaker is None or content is None:
        return None
    quoted = doc.text[content[0]] in "“\"'‘"
    return Candidate(
        type=AttributionType.DIRECT if quoted else AttributionType.INDIRECT,
        cue=text_span(doc, colon, colon + 1),
        speaker=text_span(doc, *speaker),
        content=(text_span(doc, *content),),
        confidence=CONFIDENCE_HEADLINE,
    )
