"""Section headings inside an article's body: structure, not prose.

A numbered or bulleted head ("3. “Not some irregular channel”", "- Never urged Ukraine ...") or
a short capitals head ("CLOSEOUT SEQUENCE") over a paragraph has no sentence end, so the parser
would run it into the paragraph's first sentence and make it that sentence's subject, and its
quote marks would make it a quotation with no speaker. Headings are not boilerplate (the text is
the article's own) but they are blanked for parsing like it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from sourcetrace.lines import SENTENCE_END, Line
from sourcetrace.signatures import signs_quote

MARKED = re.compile(r"^(?:\d{1,2}[.)]|[-–•*])\s+\S")
HEADING_MAX_WORDS = 12
CAPITALS_MAX_WORDS = 6


def find_headings(lines: Sequence[Line]) -> Iterator[Line]:
    """Each heading line: below the title, over a body paragraph, ending on no full stop or
    colon, and numbered, bulleted or in capitals; a dash line that signs the quotation above it
    ("– Ann L**") is a signature."""
    body = [line for line in lines if not line.blank]
    for above, heading, below in zip(body, body[1:], body[2:], strict=False):
        if below.is_prose and _heading(heading.text) and not signs_quote(above.text, heading.text):
            yield heading


def _heading(text: str) -> bool:
    if SENTENCE_END.search(text) or text.endswith(":"):
        return False
    words = len(text.split())
    if MARKED.match(text):
        return words <= HEADING_MAX_WORDS
    return words <= CAPITALS_MAX_WORDS and text.isupper()
