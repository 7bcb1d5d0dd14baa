"""Which sentence holds a token, read once per Doc.

``Token.sent`` walks the tokens out to its sentence's bounds on every call and ``Doc.sents`` makes
a Span of every sentence on every walk; the rules ask both of the same Doc thousands of times.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Span, Token

_STARTS_KEY = "sourcetrace.sentence_starts"


def sentence_starts(doc: Doc) -> list[int]:
    """The index of each sentence's first token, in order, as ``Doc.sents`` gives them; kept in
    ``user_data`` as plain numbers, so the Doc still serializes."""
    starts = doc.user_data.get(_STARTS_KEY)
    if starts is None:
        starts = doc.user_data[_STARTS_KEY] = [sent.start for sent in doc.sents]
    return starts


def sentence_start(doc: Doc, i: int, back: int = 0) -> int:
    """The index of the first token of the sentence holding token ``i``, or of the sentence
    ``back`` sentences before that one (the first sentence where there are fewer)."""
    starts = sentence_starts(doc)
    return starts[max(bisect_right(starts, i) - 1 - back, 0)]


def sentence(token: Token) -> Span:
    """``token.sent``, from the sentence starts read once."""
    doc = token.doc
    starts = sentence_starts(doc)
    k = bisect_right(starts, token.i)
    return Span(doc, starts[k - 1], starts[k] if k < len(starts) else len(doc))
