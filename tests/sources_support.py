"""Hand-built attributions for source-resolution tests: the attribution extractor is another
stage, so these tests name each speaker mention by string and occurrence instead."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc

from sourcetrace.attribution.candidate import Candidate
from sourcetrace.model import Attribution, AttributionType, Source, TextSpan
from sourcetrace.nlp import load_pipeline
from sourcetrace.sources import resolve_sources

QUOTE = re.compile(r"“[^”]*”|\"[^\"]*\"")


def nth(text: str, needle: str, occurrence: int = 0) -> TextSpan:
    """The ``occurrence``-th (0-based) place of ``needle`` as whole words in ``text``."""
    places = occurrences(text, needle)
    if len(places) <= occurrence:
        raise AssertionError(f"{needle!r} occurs fewer than {occurrence + 1} times")
    return places[occurrence]


def occurrences(text: str, needle: str) -> list[TextSpan]:
    pattern = re.compile(rf"(?<!\w){re.escape(needle)}(?!\w)")
    return [TextSpan.of(text, m.start(), m.end()) for m in pattern.finditer(text)]


@dataclass
class Passage:
    """A text, its parse, and the attributions a test declares in it, in text order."""

    text: str
    doc: Doc = field(init=False)
    candidates: list[Candidate] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.doc = load_pipeline()(self.text)

    def said(
        self,
        speaker: str,
        occurrence: int = 0,
        cue: str = "said",
        content: str | None = None,
        confidence: float = 0.9,
        within: str | None = None,
    ) -> Passage:
        """An attribution to the ``occurrence``-th ``speaker`` (or, given ``within``, to the
        first ``speaker`` inside the ``occurrence``-th ``within``), with the nearest ``cue``, and
        as content ``content`` (its first place) or else the nearest quotation in the paragraph."""
        if within is None:
            who = nth(self.text, speaker, occurrence)
        else:
            context = nth(self.text, within, occurrence)
            who = next(s for s in occurrences(self.text, speaker) if s.start >= context.start)
        cues = occurrences(self.text, cue)
        verb = min(cues, key=lambda c: abs(c.start - who.start)) if cues else None
        quote = nth(self.text, content) if content else self._nearest_quote(who)
        content_spans = (quote,) if quote else ()
        self.candidates.append(
            Candidate(AttributionType.DIRECT, verb, who, content_spans, confidence)
        )
        return self

    def continued(self, quote_start: str, confidence: float = 0.9) -> Passage:
        """A quote paragraph beginning with ``quote_start`` that carries on the last speaker."""
        begin = nth(self.text, quote_start).start
        match = QUOTE.search(self.text, begin - 1)
        assert match is not None
        quote = TextSpan.of(self.text, match.start(), match.end())
        self.candidates.append(
            Candidate(AttributionType.DIRECT, None, None, (quote,), confidence, continues=True)
        )
        return self

    def resolve(self) -> tuple[tuple[Source, ...], tuple[Attribution, ...]]:
        return resolve_sources(self.doc, self.candidates)

    def _nearest_quote(self, who: TextSpan) -> TextSpan | None:
        para_start = self.text.rfind("\n", 0, who.start) + 1
        para_end = self.text.find("\n", who.end)
        para_end = len(self.text) if para_end < 0 else para_end
        quotes = [
            TextSpan.of(self.text, m.start(), m.end())
            for m in QUOTE.finditer(self.text, para_start, para_end)
        ]
        if not quotes:
            return None
        return min(quotes, key=lambda q: min(abs(q.end - who.start), abs(q.start - who.end)))


def clusters(sources: tuple[Source, ...], attributions: tuple[Attribution, ...]) -> list[str]:
    """Each attribution's source name, in text order (None when unresolved)."""
    by_id = {s.id: s for s in sources}
    return [by_id[a.source].name if a.source else "None" for a in attributions]
