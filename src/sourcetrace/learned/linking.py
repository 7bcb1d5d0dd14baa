"""Tagged spans joined into attributions: each cue takes its source and content pieces.

Where a rule candidate has the same cue, its content and speaker claim the tagged spans they
overlap (the rules know which quote a cue frames). The spans left go to the nearest cue: a source
in the cue's sentence; a content piece in the same paragraph, fewest sentences away, then fewest
characters. A content piece with no cue in its paragraph, opening that paragraph, carries on the
previous attribution (a quote continued over paragraphs, which PolNeAR marks as one attribution).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc

from sourcetrace.attribution.candidate import Candidate
from sourcetrace.attribution.cue_class import cue_class
from sourcetrace.attribution.spans import Paragraphs
from sourcetrace.attribution.types import quote_type
from sourcetrace.learned.labels import Role, RoleSpan
from sourcetrace.model import AttributionType, TextSpan
from sourcetrace.nlp import doc_text

MAX_SENTENCES_AWAY = 2  # a content piece further from every cue of its paragraph is dropped
MAX_PARAGRAPHS_CARRIED = 2  # a cue-less quote paragraph continues an attribution this close


@dataclass
class _Group:
    cue: RoleSpan
    source: RoleSpan | None = None
    content: list[RoleSpan] = field(default_factory=list)


def link(doc: Doc, spans: Sequence[RoleSpan], rules: Sequence[Candidate]) -> list[Candidate]:
    """Candidates from tagged spans, in text order; a cue that gets no content is dropped."""
    text = doc_text(doc)
    sentences = _Sentences(doc)
    paragraphs = Paragraphs(text)
    groups = [_Group(s) for s in spans if s.role is Role.CUE]
    free = [s for s in spans if s.role is not Role.CUE]
    free = _claim_by_rules(groups, free, rules)
    for span in (s for s in free if s.role is Role.SOURCE):
        near = [
            g
            for g in groups
            if g.source is None and sentences.of(g.cue.start) == sentences.of(span.start)
        ]
        if near:
            min(near, key=lambda g: _gap(g.cue, span)).source = span
    last: _Group | None = None
    for span in sorted((s for s in free if s.role is Role.CONTENT), key=lambda s: s.start):
        para = paragraphs.index(span.start)
        near = [g for g in groups if paragraphs.index(g.cue.start) == para]
        away = [(sentences.distance(g.cue, span), _gap(g.cue, span), g) for g in near]
        away = [a for a in away if a[0] <= MAX_SENTENCES_AWAY]
        if away:
            last = min(away, key=lambda a: (a[0], a[1]))[2]
            last.content.append(span)
        elif (
            last is not None
            and _opens_line(text, span.start)
            and para - paragraphs.index(last.cue.start) <= MAX_PARAGRAPHS_CARRIED
        ):
            last.content.append(span)
    return [_candidate(doc, g) for g in groups if g.content]


def _claim_by_rules(
    groups: list[_Group], free: list[RoleSpan], rules: Sequence[Candidate]
) -> list[RoleSpan]:
    """Give each group the spans its same-cue rule candidate links; return the spans left."""
    by_cue = {(c.cue.start, c.cue.end): c for c in rules if c.cue}
    taken: set[RoleSpan] = set()
    for g in groups:
        rule = by_cue.get((g.cue.start, g.cue.end))
        if rule is None:
            continue
        for span in free:
            if span in taken:
                continue
            if span.role is Role.CONTENT and any(
                _overlap(span, p.start, p.end) for p in rule.content
            ):
                g.content.append(span)
                taken.add(span)
            elif (
                span.role is Role.SOURCE
                and g.source is None
                and rule.speaker is not None
                and _overlap(span, rule.speaker.start, rule.speaker.end)
            ):
                g.source = span
                taken.add(span)
    return [s for s in free if s not in taken]


def _overlap(span: RoleSpan, start: int, end: int) -> bool:
    return span.start < end and start < span.end


def _gap(a: RoleSpan, b: RoleSpan) -> int:
    return max(0, b.start - a.end, a.start - b.end)


def _opens_line(text: str, offset: int) -> bool:
    """Nothing but spaces before ``offset`` on its line."""
    return not text[text.rfind("\n", 0, offset) + 1 : offset].strip()


class _Sentences:
    def __init__(self, doc: Doc) -> None:
        self._starts = [s.start_char for s in doc.sents]

    def of(self, offset: int) -> int:
        return bisect_right(self._starts, offset) - 1

    def distance(self, cue: RoleSpan, span: RoleSpan) -> int:
        at, first, last = (
            self.of(cue.start),
            self.of(span.start),
            self.of(max(span.start, span.end - 1)),
        )
        return max(0, first - at, at - last)


def _candidate(doc: Doc, g: _Group) -> Candidate:
    """The group's candidate, its cue class read from the lexicon as the rules read theirs."""
    text = doc_text(doc)
    content = sorted(g.content, key=lambda s: s.start)
    parts = [g.cue, *content, *([g.source] if g.source else [])]
    kind = quote_type(text, [(s.start, s.end) for s in content])
    cue = doc.char_span(g.cue.start, g.cue.end, alignment_mode="expand")
    source = (
        doc.char_span(g.source.start, g.source.end, alignment_mode="expand") if g.source else None
    )
    return Candidate(
        type=kind,
        cue=TextSpan.of(text, g.cue.start, g.cue.end),
        speaker=TextSpan.of(text, g.source.start, g.source.end) if g.source else None,
        content=tuple(TextSpan.of(text, s.start, s.end) for s in content),
        confidence=round(sum(s.score for s in parts) / len(parts), 3),
        cue_class=cue_class(
            cue or (), source.root if source else None, quoted=kind is AttributionType.DIRECT
        ),
    )
