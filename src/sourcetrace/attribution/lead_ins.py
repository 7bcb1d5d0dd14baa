"""A colon lead-in: a paragraph whose sentence ends on a verb of saying or writing and a colon
("In a post, Lee wrote:", "Lee spoke about the plan:", "..., observing of the mayor:"), then
a paragraph of prose that is what was said, with no quote marks to say so.

The colon stands for the verb's content, so the verb must have none of its own before it (not
"Lee said the changes include:", a list's lead-in) and must be the sentence's own report (its
main verb, or a participle set beside it), not one inside a clause ("what the reviews say:",
"the message he felt the Lord meant to convey:"). The content is the one paragraph after the
colon, a whole sentence or more: a heading ("What does it offer?"), a label's line, a
quotation (the direct finder's) or an embedded post's markup (its author's) is not taken.
What the paragraph itself reports stays inside it (univocal).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from sourcetrace.attribution.candidate import Candidate
from sourcetrace.attribution.colon_lines import LABELLED_LINE
from sourcetrace.attribution.cue_class import cue_class
from sourcetrace.attribution.cues import cue_in
from sourcetrace.attribution.quotes import OPENING, STRAIGHT
from sourcetrace.attribution.spans import after_comma, text_span, tokens_span
from sourcetrace.attribution.types import quote_type
from sourcetrace.lines import PROSE_MIN_WORDS, SENTENCE_END
from sourcetrace.model import CLAIM_CLASSES
from sourcetrace.nlp import doc_text
from sourcetrace.nlp.sentences import sentence

# A colon that ends its line, then the next line with words.
_COLON_THEN_LINE = re.compile(r":[ \t]*\n\s*(?P<line>\S[^\n]*)")
# What a verb's own content is: a clause, an object or a predicate of it.
_CONTENT_DEPS = frozenset({"ccomp", "xcomp", "dobj", "attr", "oprd"})
# The main verb, or a participle or verb joined to it ("He wrote ..., observing of X:").
_BESIDE_MAIN = frozenset({"advcl", "conj"})
# An embedded post's markup opens the line (PolNeAR's "<tweet author=...>"): the post is its
# author's (`signed.py`), whatever lead-in stands above it.
MARKUP = "<"
CONFIDENCE_LEAD_IN = 0.75


def find_lead_ins(doc: Doc) -> list[Candidate]:
    """Every paragraph ``doc`` gives to the speaker of the colon lead-in above it."""
    text = doc_text(doc)
    found = []
    for match in _COLON_THEN_LINE.finditer(text):
        cand = _lead_in(doc, match)
        if cand is not None:
            found.append(cand)
    return found


def _lead_in(doc: Doc, match: re.Match[str]) -> Candidate | None:
    line = match.group("line").rstrip()
    if line[0] in (OPENING, STRAIGHT, MARKUP) or LABELLED_LINE.match(line):
        return None
    if len(line.split()) < PROSE_MIN_WORDS or SENTENCE_END.search(line) is None:
        return None
    colon = doc.char_span(match.start(), match.start() + 1, alignment_mode="expand")
    if colon is None:
        return None
    held = sentence(colon[0])
    frame = [t for t in held if t.i < colon.start and _main_verb(t)]
    cue = cue_in(frame, held.start_char, colon.start_char, prefer_last=True)
    if cue is None or cue.speaker is None or _has_content(cue.tokens[0], colon.start):
        return None
    cls = cue_class(cue.tokens, cue.speaker_head)
    start = match.start("line")
    words = doc.char_span(start, start + len(line), alignment_mode="contract")
    content = tokens_span(words) if words is not None else None
    if cls not in CLAIM_CLASSES or content is None:
        return None
    return Candidate(
        type=quote_type(doc_text(doc), [content]),
        cue=text_span(doc, *cue.span),
        speaker=text_span(doc, *cue.speaker),
        content=(text_span(doc, *content),),
        confidence=CONFIDENCE_LEAD_IN,
        cue_class=cls,
    )


def _main_verb(token: Token) -> bool:
    """The sentence's main verb, one joined to it, or a participle a comma sets off (", observing
    of X:"), however the parse hangs it."""
    beside = token.dep_ in _BESIDE_MAIN and token.head.dep_ == "ROOT"
    return token.dep_ == "ROOT" or beside or (token.tag_ == "VBG" and after_comma(token))


def _has_content(verb: Token, colon: int) -> bool:
    """The verb has its content before the colon (the parse may run the sentence on past it)."""
    return any(c.dep_ in _CONTENT_DEPS and c.i < colon for c in verb.children)
