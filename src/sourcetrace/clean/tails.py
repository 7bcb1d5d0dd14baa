"""Boilerplate glued to the end of a paragraph: a wire agency's initials after its last sentence
("... were deported by Mexico. PTI"), its bracketed credit ("... (Reporting by X; Editing by
Y)", "... (h/t X)") and a share button's label after a quotable sentence ("...
with much less stress.Click To Tweet"). Only the tail is flagged; the paragraph stays the
story's. Alone on its line, initials are a head of the story's ("FAQ") and a share button's label
a trailer marker (``trailers.py``)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from sourcetrace.lines import Line, text_start
from sourcetrace.model import Boilerplate, BoilerplateLabel

# After a sentence's end: the agency's initials in capitals ("PTI", "(IANS)",
# "AP/AFP"), or a share button's label in any case.
TAIL = re.compile(
    r"""(?<=[.!?"'”’)])\s*
        (?:(?P<credit>\(?[A-Z]{2,5}(?:/[A-Z]{2,5})?\)?)
          |(?P<trailer>(?i:click\ to\ tweet|tweet\ this)))$""",
    re.VERBOSE,
)
TAIL_MAX_CHARS = 20  # the longest tail and the mark before it: the search looks no further back
# A wire's credit in brackets after the paragraph's last sentence: "... on Tuesday. (Reporting by
# Ann Lee in Paris; Editing by Bo Chan)", or a hat tip to whoever had the story first ("... on
# Tuesday. (h/t The Hill)"). Alone on its line it is a credit of ``credits.py``.
WIRE_CREDIT = re.compile(
    r"\((?:(?:additional\ )?(?:reporting|writing|editing)\ by|h/t|hat\ tip)\b[^()]*\)$",
    re.IGNORECASE | re.VERBOSE,
)
SENTENCE_MARKS = tuple(".!?\"'”’")


def find_tails(lines: Sequence[Line], text: str) -> Iterator[Boilerplate]:
    """A credit or trailer span over each paragraph's tail."""
    for line in lines:
        credit = wire_credit(line)
        if credit is not None:
            start = text_start(line, text)
            yield Boilerplate(start + credit, start + len(line.text), BoilerplateLabel.CREDIT)
            continue
        # only the line's last characters are searched: no line is scanned whole
        tail = TAIL.search(line.text, max(0, len(line.text) - TAIL_MAX_CHARS))
        if tail is None:
            continue
        label = tail.lastgroup or ""
        start = text_start(line, text)
        yield Boilerplate(start + tail.start(label), start + tail.end(), BoilerplateLabel(label))


def wire_credit(line: Line) -> int | None:
    """Where a wire's bracketed credit after the line's last sentence opens, if one closes it."""
    if not line.text.endswith(")"):  # the cheap test first: few lines end so
        return None
    at = line.text.rfind("(")
    before = line.text[:at].rstrip()
    if not before.endswith(SENTENCE_MARKS) or WIRE_CREDIT.match(line.text, at) is None:
        return None
    return at
