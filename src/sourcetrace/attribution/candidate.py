"""What the attribution stage hands to source resolution."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from sourcetrace.attribution.spans import text_span
from sourcetrace.attribution.types import quote_type
from sourcetrace.model import AttributionType, CueClass, TextSpan
from sourcetrace.nlp import doc_text


@dataclass(frozen=True, slots=True)
class Candidate:
    """One attribution as found in the text, before its speaker is resolved to a Source.

    ``speaker`` is the in-text mention at this attribution (the whole noun phrase, appositive
    included, as PolNeAR marks it). ``continues`` marks a quote with no cue or speaker of its own
    that carries on the previous attribution's speaker; ``embedded``, one such quote inside a
    sentence of the reporter's ('He left, in order "to avoid a firefight."'), which only the
    sentence before can hand a speaker. ``answers`` marks an interview's answer: the first names
    the interviewee, a person, and each later one (``continues``) keeps the source of the answer
    before it, whatever reports the questions between hold. ``unmarked``: ``speaker`` is a later
    verb's subject that this cue shares from before it ("Noting that ..., he said"); it gives the
    source, but PolNeAR marks it at its own verb only, so the attribution shows no speaker.
    ``cue_class`` and ``asserted`` as in `Attribution`.
    """

    type: AttributionType
    cue: TextSpan | None
    speaker: TextSpan | None
    content: tuple[TextSpan, ...]
    confidence: float
    continues: bool = False
    embedded: bool = False
    answers: bool = False
    cue_class: CueClass = CueClass.SPEECH
    asserted: bool = True
    unmarked: bool = False

    @property
    def start(self) -> int:
        return min(s.start for s in self._spans())

    @property
    def end(self) -> int:
        return max(s.end for s in self._spans())

    def _spans(self) -> list[TextSpan]:
        return [*self.content, *(s for s in (self.cue, self.speaker) if s)]


def continuation(
    doc: Doc, bounds: tuple[int, int], confidence: float, cue_class: CueClass = CueClass.SPEECH
) -> Candidate:
    """A content with no cue or speaker of its own that carries on the attribution before it (a
    transcript's unlabeled line, a poll's next finding)."""
    return Candidate(
        type=quote_type(doc_text(doc), [bounds]),
        cue=None,
        speaker=None,
        content=(text_span(doc, *bounds),),
        confidence=confidence,
        continues=True,
        cue_class=cue_class,
    )
