"""Building an indirect candidate from the offsets the parse rules found."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from sourcetrace.attribution.candidate import Candidate
from sourcetrace.attribution.spans import QUOTE_MARKS, close_quotes, line_bounds, text_span
from sourcetrace.attribution.words_end import MIN_CONTENT_WORDS
from sourcetrace.model import AttributionType, CueClass
from sourcetrace.nlp import doc_text

# Blanked boilerplate inside a content: no sentence has this many spaces in a row.
BLANKED = re.compile(r" {6,}")
_WORDS = re.compile(r"[^\W\d_]+")


def make_indirect(
    doc: Doc,
    cue: tuple[Token, ...],
    speaker: tuple[int, int] | None,
    content: list[tuple[int, int]],
    confidence: float,
    cls: CueClass,
    asserted: bool = True,
) -> Candidate | None:
    """An indirect (or, where a quote mark falls in the content, mixed) candidate from token
    offsets: the content cut to the cue's line and around boilerplate blanked inside it."""
    text = doc_text(doc)
    content = _unblanked(text, _on_line(text, cue[0].idx, content))
    if not content:
        return None
    quoted = any(mark in text[s:e] for s, e in content for mark in QUOTE_MARKS)
    last = cue[-1]
    return Candidate(
        type=AttributionType.MIXED if quoted else AttributionType.INDIRECT,
        cue=text_span(doc, cue[0].idx, last.idx + len(last.text)),
        speaker=text_span(doc, *speaker) if speaker else None,
        content=tuple(text_span(doc, s, close_quotes(text, s, e)) for s, e in sorted(content)),
        confidence=confidence,
        cue_class=cls,
        asserted=asserted,
    )


def _unblanked(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The pieces split around the boilerplate blanked inside them (a hover card after a linked
    name: "to kill Rep. Jane Doe<card> (D-Minn.)"), so no content holds a teaser's words."""
    kept = []
    for start, end in pieces:
        for blank in BLANKED.finditer(text, start, end):
            kept.append((start, blank.start()))
            start = blank.end()
        kept.append((start, end))
    return [(s, e) for s, e in kept if any(ch.isalnum() for ch in text[s:e])]


def _on_line(text: str, at: int, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The pieces cut to the line of offset ``at``: the parse can run a headline that has no
    full stop on into the paragraph below it. None where the cut leaves no words of what was
    said."""
    lo, hi = line_bounds(text, at, at)
    kept = []
    for start, end in pieces:
        start, end = max(start, lo), min(end, hi)
        while start < end and text[end - 1].isspace():
            end -= 1
        if start < end:
            kept.append((start, end))
    cut = sum(e - s for s, e in kept) < sum(e - s for s, e in pieces)
    if cut and len(_WORDS.findall(" ".join(text[s:e] for s, e in kept))) < MIN_CONTENT_WORDS:
        # 'The poll also found that:' before a list or paragraph: what was found is not on the
        # cue's line (nor, where the page lost the list, in the text at all), "that:" no words
        return []
    return kept
