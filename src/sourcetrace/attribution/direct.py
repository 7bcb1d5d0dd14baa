"""Direct and mixed attributions anchored on quotation marks.

Each quotation is framed by the words around it up to the sentence edge: ``"A," said X.`` (cue
after), ``X said: "A."`` (cue before), ``"A," according to X.``. A quotation right after a framed
one in the same paragraph, with no frame of its own, is the same attribution's next piece
(``"A," he said. "B."``); a quotation standing alone in a later paragraph continues the previous
speaker.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from sourcetrace.attribution.candidate import Candidate
from sourcetrace.attribution.cues import Cue, cue_in
from sourcetrace.attribution.quotes import Quotation, find_quotations
from sourcetrace.attribution.spans import QUOTE_MARKS, Paragraphs, text_span, tokens_span
from sourcetrace.model import AttributionType, TextSpan

SENTENCE_END = frozenset({".", "!", "?"})
MIN_CLAUSE_WORDS = 3  # words of reported speech around a quote that make it a mixed attribution
MIN_TAIL_WORDS = 4  # words after the speaker that carry on the content: '"A," said X, B.'

CONFIDENCE_NAMED = 0.92
CONFIDENCE_PRONOUN = 0.85
CONFIDENCE_NO_SPEAKER = 0.6
CONFIDENCE_CONTINUES = 0.75


@dataclass
class _Draft:
    type: AttributionType
    cue: Cue | None
    content: list[tuple[int, int]]
    paragraph: int
    continues: bool = False
    confidence: float = CONFIDENCE_NAMED
    quotations: list[Quotation] = field(default_factory=list)


def find_direct(doc: Doc) -> tuple[list[Candidate], set[int]]:
    """Quote-anchored candidates, and the token indices of the cues they used."""
    paragraphs = Paragraphs(doc.text)
    quotations = find_quotations(doc.text)
    drafts: list[_Draft] = []
    for q in quotations:
        draft = _frame(doc, q, paragraphs, drafts[-1] if drafts else None)
        if draft is not None and draft is not (drafts[-1] if drafts else None):
            drafts.append(draft)
    used = {t.i for d in drafts if d.cue for t in d.cue.tokens}
    return [_candidate(doc, d) for d in drafts], used


def _frame(doc: Doc, q: Quotation, paragraphs: Paragraphs, last: _Draft | None) -> _Draft | None:
    """The draft ``q`` belongs to: a new one, ``last`` extended with ``q``, or None (no speech)."""
    para = paragraphs.index(q.start)
    pre = _pre_frame(doc, q)
    post = _post_frame(doc, q)
    pieces = [(p.start, p.end) for p in q.pieces]
    cue = _post_cue(doc, q, post) or _pre_cue(doc, q, pre)
    if cue is not None:
        draft = _Draft(AttributionType.DIRECT, cue, pieces, para, quotations=[q])
        draft.confidence = _confidence(cue)
        _extend_mixed(doc, draft, pre, post)
        return draft
    pre_words = [t for t in pre if t.is_alpha]
    post_words = [t for t in post if t.is_alpha]
    if pre_words or post_words:
        return None  # a quoted fragment inside a sentence: reported speech or a scare quote
    if last is not None and last.cue is not None and last.paragraph == para:
        last.content.extend(pieces)  # '"A," he said. "B."'
        last.quotations.append(q)
        return last
    if last is not None and para - last.paragraph <= 2:
        return _Draft(
            AttributionType.DIRECT,
            None,
            pieces,
            para,
            continues=True,
            confidence=CONFIDENCE_CONTINUES,
            quotations=[q],
        )
    return None


def _pre_frame(doc: Doc, q: Quotation) -> list[Token]:
    """Tokens before the quotation back to the sentence start, another quote or the paragraph."""
    span = doc.char_span(q.start, q.start + 1, alignment_mode="expand")
    out: list[Token] = []
    i = span.start - 1 if span is not None else -1
    while i >= 0:
        tok = doc[i]
        if "\n" in tok.text or tok.text in SENTENCE_END or tok.text in QUOTE_MARKS:
            break
        out.append(tok)
        i -= 1
    return out[::-1]


def _post_frame(doc: Doc, q: Quotation) -> list[Token]:
    """Tokens after the quotation up to the sentence end (inclusive), a quote or the paragraph."""
    span = doc.char_span(q.end - 1, q.end, alignment_mode="expand")
    out: list[Token] = []
    i = span.end if span is not None else len(doc)
    while i < len(doc):
        tok = doc[i]
        if "\n" in tok.text or tok.text in QUOTE_MARKS:
            break
        out.append(tok)
        if tok.text in SENTENCE_END:
            break
        i += 1
    return out


def _post_cue(doc: Doc, q: Quotation, post: list[Token]) -> Cue | None:
    if not post:
        return None
    hi = post[-1].idx + len(post[-1].text)
    return cue_in(post, q.end, hi, prefer_last=False)


def _pre_cue(doc: Doc, q: Quotation, pre: list[Token]) -> Cue | None:
    if not pre:
        return None
    return cue_in(pre, pre[0].idx, q.start, prefer_last=True)


def _confidence(cue: Cue) -> float:
    if cue.speaker_head is None:
        return CONFIDENCE_NO_SPEAKER
    if cue.speaker_head.pos_ == "PRON":
        return CONFIDENCE_PRONOUN
    return CONFIDENCE_NAMED


def _extend_mixed(doc: Doc, draft: _Draft, pre: list[Token], post: list[Token]) -> None:
    """Reported words around the quote that belong to the content make the attribution mixed.

    Cue after: 'the commander was "untouchable," said X' -> the clause before the quote.
    Cue before: 'X said the plan was "dead."' -> the words between the cue and the quote.
    Speaker then more words: '"A," said X, the force was seen as ...' -> a further piece.
    """
    cue = draft.cue
    assert cue is not None
    first, last = draft.content[0], draft.content[-1]
    cue_start, cue_end = cue.span
    if cue_start >= last[1]:  # cue after the quotation
        clause = [t for t in pre if t.idx >= _clause_start(pre)]
        if sum(t.is_alpha for t in clause) >= MIN_CLAUSE_WORDS:
            draft.content[0] = (clause[0].idx, first[1])
            draft.type = AttributionType.MIXED
        tail_from = max(cue_end, cue.speaker[1] if cue.speaker else cue_end)
        tail = [t for t in post if t.idx >= tail_from]
        if tail and tail[0].text == "," and sum(t.is_alpha for t in tail) >= MIN_TAIL_WORDS:
            span = tokens_span(tail)
            if span is not None:
                draft.content.append(span)
                draft.type = AttributionType.MIXED
    else:  # cue before the quotation
        between = [t for t in pre if t.idx >= max(cue_end, cue.speaker[1] if cue.speaker else 0)]
        if sum(t.is_alpha for t in between) >= MIN_CLAUSE_WORDS - 1:
            span = tokens_span(between)
            if span is not None:
                draft.content[0] = (span[0], first[1])
                draft.type = AttributionType.MIXED


def _clause_start(pre: list[Token]) -> int:
    """Where reported words before a quote begin: after a leading adverbial ("But, even if ...")
    no; the whole pre-frame is the clause, less a leading conjunction."""
    for tok in pre:
        if not (tok.is_punct or tok.is_space or tok.lower_ in ("and", "but", "so", "yet")):
            return tok.idx
    return pre[-1].idx if pre else 0


def _candidate(doc: Doc, d: _Draft) -> Candidate:
    cue = d.cue
    return Candidate(
        type=d.type,
        cue=text_span(doc, *cue.span) if cue else None,
        speaker=text_span(doc, *cue.speaker) if cue and cue.speaker else None,
        content=tuple(text_span(doc, s, e) for s, e in d.content),
        confidence=d.confidence,
        continues=d.continues,
    )


def content_ranges(candidates: list[Candidate]) -> list[TextSpan]:
    return [c for cand in candidates for c in cand.content]
