"""The event a time expression dates: its clause, trimmed to a readable length."""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Doc

from sourcetrace.attribution.spans import line_bounds
from sourcetrace.nlp import doc_text

MAX_EVENT_CHARS = 200
_MIN_CLAUSE_CHARS = 80
_CLAUSE_HEADS = frozenset({"VERB", "AUX"})
# A sentence ends at . ! ? before a capital, except after an abbreviation ("Jan. 3", "Gen.
# Qassem", "U.S. forces").
_SENTENCE_END = re.compile(
    r"(?<![A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2})(?<!Sept)[.!?][\"”’)]*\s+(?=[\"“(A-Z])"
)


def squeeze(text: str) -> str:
    """Runs of whitespace (blanked boilerplate, newlines) as one space."""
    return " ".join(text.split())


def trim_around(text: str, start: int, end: int, limit: int = MAX_EVENT_CHARS) -> str:
    """``text`` cut to about ``limit`` characters around ``text[start:end]`` at word boundaries,
    with an ellipsis where it was cut."""
    if len(text) <= limit:
        return squeeze(text)
    room = max(0, limit - (end - start)) // 2
    left = max(0, start - room)
    right = min(len(text), end + room + max(0, room - (start - left)))
    if left > 0:
        space = text.find(" ", left, start)
        left = space + 1 if space >= 0 else left
    if right < len(text):
        space = text.rfind(" ", end, right)
        right = space if space >= 0 else right
    return (
        ("… " if left > 0 else "") + squeeze(text[left:right]) + (" …" if right < len(text) else "")
    )


class BodyEvents:
    """Sentences and clauses of one parsed body, for the expressions found in it.

    Sentence bounds are read once: a span's ``sent`` walks the whole Doc each time it is asked
    for.
    """

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text: str = doc_text(doc)
        self._bounds = [(s.start_char, s.end_char) for s in doc.sents]
        self._starts = [first for first, _ in self._bounds]

    def sentence(self, start: int, end: int) -> tuple[int, int]:
        """Bounds of the parsed sentence holding ``start:end``, cut to its line."""
        line_start, line_end = line_bounds(self.text, start, end)  # sentences never cross one
        i = bisect_right(self._starts, start) - 1
        if i < 0:
            return line_start, line_end
        first, last = self._bounds[i]
        return max(first, line_start), min(max(last, end), line_end)

    def event(self, start: int, end: int) -> str:
        """The clause that the expression at ``start:end`` dates.

        The sentence when it is short; otherwise the subtree of the nearest verb above the
        expression that is long enough to read on its own, trimmed around the expression.
        """
        doc, text = self.doc, self.text
        first, last = self.sentence(start, end)
        sentence = text[first:last]
        span = doc.char_span(start, end, alignment_mode="expand")
        if len(squeeze(sentence)) <= MAX_EVENT_CHARS or span is None or len(span) == 0:
            return trim_around(sentence, start - first, end - first)
        for token in (span.root, *span.root.ancestors):
            if token.pos_ in _CLAUSE_HEADS:
                clause_first = max(doc[token.left_edge.i].idx, first)
                right = doc[token.right_edge.i]
                clause_last = min(right.idx + len(right.text), last)
                if clause_last - clause_first >= _MIN_CLAUSE_CHARS:
                    first, last = clause_first, clause_last
                    break
        return trim_around(text[first:last], start - first, end - first)


def sentence_in_text(text: str, start: int, end: int, bounds: tuple[int, int]) -> tuple[int, int]:
    """Bounds of the sentence around ``text[start:end]`` inside ``text[bounds[0]:bounds[1]]``
    (a caption, which has no parse)."""
    first, last = bounds
    for m in _SENTENCE_END.finditer(text, first, last):
        if m.end() <= start:
            first = m.end()
        elif m.start() >= end:
            last = m.start() + 1
            break
    return first, last
