"""What the rule extractor finds in a short sentence, for the attribution tests: its candidates, and
their parts as plain tuples a test compares with what it expects."""

from __future__ import annotations

from typing import Literal

from sourcetrace.attribution.candidate import Candidate
from sourcetrace.methods import Method, extract_attributions
from sourcetrace.nlp import load_pipeline

Part = Literal["cue", "speaker", "content", "class"]


def extract(text: str) -> list[Candidate]:
    return extract_attributions(load_pipeline()(text), Method.RULES)


def by_cue(text: str, cue: str) -> Candidate:
    """The one attribution whose cue is ``cue``."""
    found = [c for c in extract(text) if c.cue is not None and c.cue.text == cue]
    assert len(found) == 1, [(c.cue, c.content) for c in extract(text)]
    return found[0]


def reported(text: str, *parts: Part) -> list[tuple[object, ...]]:
    """Each attribution's ``parts`` in the order named (cue and content pieces when none are):
    texts, None for a missing cue or speaker, and the cue's class."""
    return [tuple(_part(c, part) for part in parts or ("cue", "content")) for c in extract(text)]


def _part(cand: Candidate, part: Part) -> object:
    if part == "cue":
        return cand.cue.text if cand.cue else None
    if part == "speaker":
        return cand.speaker.text if cand.speaker else None
    if part == "content":
        return [s.text for s in cand.content]
    return cand.cue_class
