"""Where a search's words are in an article's text: the span a result links to, and a short
snippet around it with the words marked. The database finds the articles (stemmed); this finds the
words again in the text, by their first letters, to point at them."""

from __future__ import annotations

import re
from dataclasses import dataclass

CONTEXT = 90  # characters of text on each side of the span in a snippet


@dataclass(frozen=True, slots=True)
class Found:
    start: int  # the span in the text: the whole phrase, else the first word found
    end: int
    snippet: tuple[tuple[str, bool], ...]  # (text, is a match) pieces, in order


def _pattern(word: str) -> str:
    """The word and its inflections, by a prefix they share ("officials": "offici..."): enough
    to find what a stemmed search matched, not a stemmer. Short words ("of") match whole."""
    if len(word) <= 3:
        return re.escape(word) + r"\b"
    return re.escape(word[: max(4, len(word) - 3)]) + r"\w*"


def _words(q: str) -> list[str]:
    return [w.casefold() for w in re.findall(r"\w+", q)]


def _phrase_re(words: list[str]) -> re.Pattern[str]:
    return re.compile(r"\b" + r"\W+".join(_pattern(w) for w in words), re.IGNORECASE)


def _marks_re(words: list[str]) -> re.Pattern[str]:
    """The phrase, else any of its words longer than three letters (all of them when none is):
    a lone "of" or "to" is no match worth marking."""
    singles = [w for w in words if len(w) > 3] or words
    alone = r"\b(?:" + "|".join(_pattern(w) for w in singles) + ")"
    return re.compile(_phrase_re(words).pattern + "|" + alone, re.IGNORECASE)


Pieces = tuple[tuple[str, bool], ...]


def _pieces(text: str, marks: re.Pattern[str], lo: int, hi: int) -> list[tuple[str, bool]]:
    pieces: list[tuple[str, bool]] = []
    at = lo
    for m in marks.finditer(text, lo, hi):
        pieces += [(text[at : m.start()], False), (m.group(), True)]
        at = m.end()
    pieces.append((text[at:hi], False))
    return [p for p in pieces if p[0]]


def marked(text: str, q: str) -> Pieces:
    """``text`` in pieces, ``q`` (as a phrase, or its words, with their inflections) marked."""
    words = _words(q)
    return tuple(_pieces(text, _marks_re(words), 0, len(text))) if words else ((text, False),)


def find(text: str, q: str) -> Found | None:
    """The first place of ``q`` as a phrase in ``text``, else of any of its words; None when
    none is there. The snippet marks the phrase and the longer words elsewhere."""
    words = _words(q)
    if not words:
        return None
    marks = _marks_re(words)
    hit = _phrase_re(words).search(text) or marks.search(text)
    if hit is None:
        return None
    lo = _word_edge(text, max(0, hit.start() - CONTEXT), forward=True)
    hi = _word_edge(text, min(len(text), hit.end() + CONTEXT), forward=False)
    pieces = [("…", False)] if lo > 0 else []
    pieces += _pieces(text, marks, lo, hi)
    if hi < len(text):
        pieces.append(("…", False))
    return Found(hit.start(), hit.end(), tuple(pieces))


def _word_edge(text: str, at: int, *, forward: bool) -> int:
    """``at`` moved to the nearest space (forward or back), so that a snippet cuts no word."""
    if at in (0, len(text)):
        return at
    space = text.find(" ", at) if forward else text.rfind(" ", 0, at)
    return at if space < 0 else (space + 1 if forward else space)
