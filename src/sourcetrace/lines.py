"""An article's lines with their offsets: the unit boilerplate is flagged in."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sourcetrace.model import Boilerplate, BoilerplateLabel

SENTENCE_END = re.compile(r"[.!?][\"'”’)]*$")
# Between two sentences of a line: the space after a stop, before a capital.
SENTENCE_GAP = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
PROSE_MIN_WORDS = 12
# Title case leaves short words lower ("of", "and", "in"); every longer one is capitalized.
TITLE_SHORT_WORD = 3
TITLE_MIN_WORDS = 3


@dataclass(frozen=True, slots=True)
class Line:
    index: int  # position among the article's lines
    start: int  # offset of its first character in the article
    end: int  # offset just past its last character, newline and carriage return excluded
    text: str  # the line, stripped of surrounding whitespace
    # its number of words, counted once: every detector asks, most more than once
    words: int = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "words", len(self.text.split()))

    @property
    def blank(self) -> bool:
        return not self.text

    @property
    def is_prose(self) -> bool:
        """A body paragraph: several words ending a sentence."""
        return self.words >= PROSE_MIN_WORDS and SENTENCE_END.search(self.text) is not None

    @property
    def is_table_row(self) -> bool:
        """A row of a table as pages are extracted, its cells between bars ("| HD | Home Depot |
        225.86 |"): the article's data, never a caption or a headline, however it reads."""
        return len(self.text) > 1 and self.text.startswith("|") and self.text.endswith("|")

    def flag(self, label: BoilerplateLabel) -> Boilerplate:
        return Boilerplate(self.start, self.end, label)


def text_start(line: Line, text: str) -> int:
    """Where ``line.text`` (the line stripped) starts in ``text``: offsets into it map there."""
    raw = text[line.start : line.end]
    return line.start + len(raw) - len(raw.lstrip())


def title_case(text: str) -> bool:
    """``text`` reads as a headline in title case: its words over three letters are capitalized
    ("Why Some People Triumph Online and Others Never Make It"), at least three of them."""
    long_words = [w for w in text.split() if len(w) > TITLE_SHORT_WORD]
    return len(long_words) >= TITLE_MIN_WORDS and all(w[0].isupper() for w in long_words)


def split_lines(text: str) -> list[Line]:
    """Every line of ``text`` (blank ones too), in order."""
    lines = []
    start = 0
    for index, raw in enumerate(text.split("\n")):
        content = raw.removesuffix("\r")
        lines.append(Line(index, start, start + len(content), content.strip()))
        start += len(raw) + 1
    return lines


def block(first: Line, last: Line, label: BoilerplateLabel) -> Boilerplate:
    """One span over the lines from ``first`` to ``last``, the newlines between them included."""
    return Boilerplate(first.start, last.end, label)
