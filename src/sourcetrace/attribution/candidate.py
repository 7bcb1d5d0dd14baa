"""What the attribution stage hands to source resolution."""

from __future__ import annotations

from dataclasses import dataclass

from sourcetrace.model import AttributionType, TextSpan


@dataclass(frozen=True, slots=True)
class Candidate:
    """One attribution as found in the text, before its speaker is resolved to a Source.

    ``speaker`` is the in-text mention at this attribution (the whole noun phrase, appositive
    included, as PolNeAR marks it). ``continues`` marks a quote with no cue or speaker of its own
    that carries on the previous attribution's speaker.
    """

    type: AttributionType
    cue: TextSpan | None
    speaker: TextSpan | None
    content: tuple[TextSpan, ...]
    confidence: float
    continues: bool = False

    @property
    def start(self) -> int:
        return min(s.start for s in self._spans())

    @property
    def end(self) -> int:
        return max(s.end for s in self._spans())

    def _spans(self) -> list[TextSpan]:
        return [*self.content, *(s for s in (self.cue, self.speaker) if s)]
