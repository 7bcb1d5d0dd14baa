"""Attributions from the learned tagger, alone or added to the rules' own candidates."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Doc

from sourcetrace.attribution.candidate import Candidate
from sourcetrace.attribution.lexicon import CUE_VERBS
from sourcetrace.learned.labels import RoleSpan
from sourcetrace.learned.linking import link
from sourcetrace.learned.tagger import tag_doc

# A model attribution joins the rules' only with this confidence (mean tag marginal), a speaker
# and a cue word from the lexicon: PolNeAR also marks actions and intentions ("negotiated with",
# "placed restrictions on"), which the tagger learns but which are no claim anyone made, and a
# speakerless "asked" is mostly "asked not to be named".
MIN_CONFIDENCE = 0.8
CUE_WORDS = CUE_VERBS | {"according"}

Tagger = Callable[[Doc, Sequence[Candidate]], list[RoleSpan]]


def extract_learned(
    doc: Doc, rules: Sequence[Candidate], *, combined: bool, tagger: Tagger = tag_doc
) -> list[Candidate]:
    """The model's candidates; with ``combined``, the rules' candidates plus each model candidate
    that overlaps none of them, is confident enough and has a speaker and a lexicon cue.

    ``tagger`` finds the role spans (default: the CRF)."""
    found = link(doc, tagger(doc, rules), rules)
    if combined:
        found = [*rules, *(c for c in found if _adds(doc, c, rules))]
    return sorted(found, key=lambda c: c.start)


def _adds(doc: Doc, cand: Candidate, rules: Sequence[Candidate]) -> bool:
    if cand.confidence < MIN_CONFIDENCE or cand.cue is None or cand.speaker is None:
        return False
    cue = doc.char_span(cand.cue.start, cand.cue.end, alignment_mode="expand")
    if cue is None or not any(t.lemma_ in CUE_WORDS for t in cue):
        return False
    return not any(_clash(cand, r) for r in rules)


def _clash(a: Candidate, b: Candidate) -> bool:
    """Any content or cue of ``a`` overlaps one of ``b``'s."""
    spans_a = [*a.content, *([a.cue] if a.cue else [])]
    spans_b = [*b.content, *([b.cue] if b.cue else [])]
    return any(x.start < y.end and y.start < x.end for x in spans_a for y in spans_b)
