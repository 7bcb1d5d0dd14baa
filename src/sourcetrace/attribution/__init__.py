"""Attribution extraction by rules: quote spans, cues and speaker mentions in a parsed article.

The learned taggers (`sourcetrace.learned`) read this output as features; `sourcetrace.methods`
chooses between them and the rules.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from sourcetrace.attribution.candidate import Candidate
from sourcetrace.attribution.colon_lines import find_colon_lines
from sourcetrace.attribution.direct import find_direct
from sourcetrace.attribution.interview import find_answers
from sourcetrace.attribution.lead_ins import find_lead_ins
from sourcetrace.attribution.letters import find_letters
from sourcetrace.attribution.poll_figures import find_poll_figures
from sourcetrace.attribution.quotes import CLOSING, OPENING, STRAIGHT, find_quotations
from sourcetrace.attribution.reported import find_reported
from sourcetrace.attribution.signed import find_signed
from sourcetrace.attribution.spans import Paragraphs
from sourcetrace.lines import SENTENCE_END
from sourcetrace.model import CLAIM_CLASSES, AttributionType, CueClass
from sourcetrace.nlp import doc_text
from sourcetrace.nlp.sentences import sentence_start

# Paragraphs (lines) between a continuing quote and the attribution whose speaker it carries on:
# 2 lets one blank line stand between them.
MAX_CONTINUATION_GAP = 2


def extract_rule_attributions(doc: Doc) -> list[Candidate]:
    """Every attribution the rules find in ``doc``, in text order.

    Quote marks first (the most reliable signal), with transcript lines ("PENCE: ...") where no
    cue frames the quote, then reported speech outside those, then a conversation's "Name: ..."
    lines that nothing else claimed. A block the page's layout attributes (an embedded tweet, a
    signed review, an interview's answer, a letter on a letters page, the paragraph after a
    colon lead-in) is its speaker's alone: what the other finders read inside it is left out
    (univocal). Last, a poll's further figures, each carrying on the attribution before it.
    """
    quotations = find_quotations(doc_text(doc))
    direct, used_cues = find_direct(doc, quotations)
    transcript, talk = find_colon_lines(doc)
    framed = [c for c in direct if not c.continues]
    transcript = [c for c in transcript if not any(_overlap(c, f) for f in framed)]
    direct = [c for c in direct if not any(_overlap(c, t) for t in transcript)]
    found = sorted(direct + transcript, key=lambda c: c.start)
    taken = [span for cand in found for span in cand.content]
    found += find_reported(doc, taken, used_cues, quotations)
    found += [c for c in talk if not any(_overlap(c, f) for f in found)]
    laid_out = find_signed(doc) + find_answers(doc) + find_letters(doc) + find_lead_ins(doc)
    found = [c for c in found if not any(_same_words(c, s) for s in laid_out)] + laid_out
    kept = _with_antecedents(doc, sorted(found, key=lambda c: c.start))
    return sorted(kept + find_poll_figures(doc, kept), key=lambda c: c.start)


def _overlap(a: Candidate, b: Candidate) -> bool:
    return a.start < b.end and b.start < a.end


def _same_words(a: Candidate, b: Candidate) -> bool:
    """Some content of ``a`` overlaps some content of ``b``."""
    return any(x.start < y.end and y.start < x.end for x in a.content for y in b.content)


def _with_antecedents(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """Continuing quotes whose previous attribution is close enough to be their speaker's, in
    that attribution's class (a quotation carries on speech or writing, never a belief); one in
    the same paragraph as a cued attribution is that attribution's next piece."""
    text = doc_text(doc)
    paragraphs = Paragraphs(text)
    kept: list[Candidate] = []
    for cand in found:
        if cand.continues and not cand.answers:  # an answer's interviewee is the layout's
            if not kept:
                continue
            last = kept[-1]
            gap = paragraphs.index(cand.start) - paragraphs.index(last.end)
            if gap > (0 if cand.embedded else MAX_CONTINUATION_GAP):
                continue
            if _narrated_between(text, paragraphs, last, cand):
                continue
            if cand.embedded and last.end < _previous_sentence_start(doc, cand.start):
                continue
            said = last.cue is not None and last.cue_class in CLAIM_CLASSES
            if gap == 0 and not cand.embedded and said:
                kept[-1] = _joined(last, cand)  # 'A, Hoffman said. "B."': B is his next piece
                continue
            inherited = last.cue_class if last.cue_class in CLAIM_CLASSES else CueClass.SPEECH
            cand = replace(cand, cue_class=inherited)
        kept.append(cand)
    return kept


def _narrated_between(text: str, paragraphs: Paragraphs, last: Candidate, cand: Candidate) -> bool:
    """A sentence of the writer's stands between the paragraph of ``last`` and the quote
    ``cand`` below it: a paragraph between ('X said A.' / 'Police are investigating.' / '"B."')
    or a sentence opening the quote's own paragraph ('Y weighed in on TV. "B."'). The quote no
    longer carries on the account above: its speaker, if named, is named there. Words that run
    on into the quote ('X said the museum would document --' / '"everyone."') are no sentence,
    nor is a paragraph of quoted words left open for the next to reopen."""
    after_last = paragraphs.bounds(last.end - 1)[1]
    if not 0 <= after_last < cand.start:
        return False
    lines = (line.strip() for line in text[after_last : cand.start].split("\n"))
    return any(SENTENCE_END.search(line) and not _left_open(line) for line in lines)


def _left_open(line: str) -> bool:
    """``line`` opens a quotation and never closes it: a quote running on to the next
    paragraph, its speaker's words."""
    marks = [c for c in line if c in (OPENING, CLOSING, STRAIGHT)]
    return marks == [line[0]] and line[0] != CLOSING


def _joined(last: Candidate, quote: Candidate) -> Candidate:
    """``last`` with a quotation that follows it in its paragraph as one more content piece."""
    kind = AttributionType.DIRECT if last.type is AttributionType.DIRECT else AttributionType.MIXED
    return replace(last, content=(*last.content, *quote.content), type=kind)


def _previous_sentence_start(doc: Doc, offset: int) -> int:
    """Where the sentence before the one holding ``offset`` starts."""
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    start = sentence_start(doc, span.start) if span is not None else 0
    return doc[sentence_start(doc, start - 1)].idx if start > 0 else 0
