"""Attributions from the learned tagger, alone or joined with the rules' own candidates."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from sourcetrace.attribution.candidate import Candidate
from sourcetrace.learned.linking import link
from sourcetrace.learned.tagger import tag_doc


def extract_learned(doc: Doc, rules: Sequence[Candidate], *, combined: bool) -> list[Candidate]:
    """The model's candidates; with ``combined``, plus each rule candidate the model left out
    (whose content and cue overlap none of the model's)."""
    found = link(doc, tag_doc(doc, rules), rules)
    if combined:
        found += [c for c in rules if not any(_clash(c, m) for m in found)]
    return sorted(found, key=lambda c: c.start)


def _clash(a: Candidate, b: Candidate) -> bool:
    spans_a = [*a.content, *([a.cue] if a.cue else [])]
    spans_b = [*b.content, *([b.cue] if b.cue else [])]
    return any(x.start < y.end and y.start < x.end for x in spans_a for y in spans_b)
