"""Boilerplate glued to the end of a paragraph: a wire agency's initials after its last sentence
("... were deported by Mexico. PTI") and a share button's label after a quotable sentence ("...
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


def find_tails(lines: Sequence[Line], text: str) -> Iterator[Boilerplate]:
    """A credit or trailer span over each paragraph's tail."""
    for line in lines:
        # only the line's last characters are searched: no line is scanned whole
        tail = TAIL.search(line.text, max(0, len(line.text) - TAIL_MAX_CHARS))
        if tail is None:
            continue
        label = tail.lastgroup or ""
        start = text_start(line, text)
        yield Boilerplate(start + tail.start(label), start + tail.end(), BoilerplateLabel(label))
