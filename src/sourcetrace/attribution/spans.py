"""Token and character span helpers shared by the attribution finders."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable

from spacy.tokens import Doc, Token

from sourcetrace.attribution.quotes import (
    APOSTROPHES,
    CLOSING,
    DOUBLED_CLOSING,
    OPENING,
    STRAIGHT,
    closers,
)
from sourcetrace.model import TextSpan
from sourcetrace.nlp import doc_text

QUOTE_MARKS = frozenset({OPENING, CLOSING, STRAIGHT, APOSTROPHES, DOUBLED_CLOSING})
_EDGE_PUNCT = frozenset(",.;:—–-()[]")
# A single quotation mark opening a quote: the curly one, or a straight one at a word's start
# ("calls it 'troubling.'"), never an apostrophe inside or after a word ("Clinton's", "in '16");
# and one closing a quote: a single mark no letter follows ("Clinton’s" has its apostrophe).
# Headlines quote with single marks where body text uses double ones.
_SINGLE_OPENING = re.compile(r"‘|(?<![^\s(\[—–-])'(?=[^\W\d_])")
_SINGLE_CLOSING = re.compile(r"[’'](?![^\W_])")
# A writer's numbered reference closing a sentence ("... binge eating (2)", "(10, 11)", "[3]"):
# the source list's, never the speaker's words; only its tail is matched, hence the lead.
_REFERENCE = re.compile(r".*?\s[(\[]\d{1,3}(?:,\s?\d{1,3})*[)\]]")


def after_comma(tok: Token) -> bool:
    """Whether a comma stands right before ``tok``: what it opens is set off."""
    return tok.i > 0 and tok.doc[tok.i - 1].text == ","


def possessed(noun: Token) -> bool:
    """A noun with a possessive: "their attitude", "the mayor's remarks"."""
    return any(c.dep_ == "poss" for c in noun.children)


def text_span(doc: Doc, start: int, end: int) -> TextSpan:
    return TextSpan.of(doc_text(doc), start, end)


def tokens_span(tokens: Iterable[Token]) -> tuple[int, int] | None:
    """Character extent of ``tokens`` with edge punctuation trimmed (closing quote marks kept)."""
    toks = sorted(tokens, key=lambda t: t.i)
    while toks and (toks[0].is_space or toks[0].text in _EDGE_PUNCT):
        toks.pop(0)
    while toks and (toks[-1].is_space or toks[-1].text in _EDGE_PUNCT) and not _kept(toks):
        toks.pop()
    if len(toks) > 3 and _REFERENCE.fullmatch("".join(t.text_with_ws for t in toks[-8:]).strip()):
        return tokens_span(toks[: _reference_start(toks)])
    if not toks:
        return None
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


def _reference_start(toks: list[Token]) -> int:
    """Where the trailing reference group opens: the last "(" or "[" of ``toks``."""
    return max(i for i, t in enumerate(toks) if t.text in "([")


def _kept(toks: list[Token]) -> bool:
    """The last token ends the span though punctuation: an abbreviation's period, or the ")" that
    closes a "(" inside the span ("Rep. Ann Lee (D-Calif.)")."""
    if toks[-1].text == ")":
        return sum(t.text == "(" for t in toks) > sum(t.text == ")" for t in toks[:-1])
    return _abbreviated(toks)


def _abbreviated(toks: list[Token]) -> bool:
    """The last token is the period of an abbreviation the tokenizer split off ("R-W.Va.")."""
    if len(toks) < 2 or toks[-1].text != ".":
        return False
    word = toks[-2]
    glued = word.i + 1 == toks[-1].i and not word.whitespace_
    return glued and "." in word.text and word.text[-1].isalpha()


def close_quotes(text: str, start: int, end: int) -> int:
    """``end`` moved past the closing mark of a quote the span opens but does not close, when only
    punctuation stands between: 'was “unhinged, even for him' -> '... for him.”', and so for a
    single mark: "is a ‘disaster" -> "is a ‘disaster.’"."""
    unclosed = (
        text.count(OPENING, start, end) > closers(text, start, end)
        or text.count(STRAIGHT, start, end) % 2
        or text.count(APOSTROPHES, start, end) % 2
    )
    i = end
    while i < len(text) and text[i] in ".,;:!?…":
        i += 1
    if not unclosed:
        closing = _SINGLE_CLOSING.match(text, i) if _single_unclosed(text, start, end) else None
        return end if closing is None else closing.end()
    for mark in (CLOSING, DOUBLED_CLOSING, APOSTROPHES, STRAIGHT):
        if text.startswith(mark, i):
            return i + len(mark)
    return end


def _single_unclosed(text: str, start: int, end: int) -> bool:
    """Whether the span's last single quotation mark opens a quote it does not close: "Says Plan
    Is a ‘Disaster" (whose "." and "’" follow)."""
    openers = list(_SINGLE_OPENING.finditer(text, start, end))
    return bool(openers) and _SINGLE_CLOSING.search(text, openers[-1].end(), end) is None


def clipped_subtree(head: Token, lo: int, hi: int) -> list[Token]:
    """The contiguous run of ``head``'s subtree around ``head`` that stays inside [lo, hi)."""
    doc = head.doc
    left = head.i
    while left - 1 >= head.left_edge.i and lo <= doc[left - 1].idx:
        left -= 1
    right = head.i
    while right + 1 <= head.right_edge.i and doc[right + 1].idx + len(doc[right + 1]) <= hi:
        right += 1
    return [doc[i] for i in range(left, right + 1)]


def line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The line (paragraph, headline) holding ``text[start:end]``: its first offset and the
    offset of its newline (or the text's end)."""
    return text.rfind("\n", 0, start) + 1, (text.find("\n", end) + 1 or len(text) + 1) - 1


class Paragraphs:
    """Which paragraph (newline-separated line) an offset falls in."""

    def __init__(self, text: str) -> None:
        # str.find per line, not a Python loop over every character: a text has few lines
        self._starts = [0]
        at = text.find("\n")
        while at >= 0:
            self._starts.append(at + 1)
            at = text.find("\n", at + 1)

    def index(self, offset: int) -> int:
        return bisect_right(self._starts, offset) - 1

    def bounds(self, offset: int) -> tuple[int, int]:
        i = self.index(offset)
        end = self._starts[i + 1] - 1 if i + 1 < len(self._starts) else None
        return self._starts[i], end if end is not None else -1
