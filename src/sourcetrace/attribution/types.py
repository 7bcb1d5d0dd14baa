"""An attribution's type (direct, mixed, indirect) from the quote marks around its content.

Shared by the learned taggers, which type the attributions they link, and the scorer, which types
gold attributions the same way.
"""

from __future__ import annotations

from collections.abc import Sequence

from sourcetrace.model import AttributionType


def quote_type(text: str, pieces: Sequence[tuple[int, int]]) -> AttributionType:
    """Direct, mixed or indirect, by how much of the content lies inside quote marks: direct when
    every letter or digit of the content is inside them, mixed when some are, indirect when none.

    Quote state is read from the start of the content's first line: “ opens, ” closes, a straight
    " toggles, and a line break closes any open quote (a quote that runs on into the next paragraph
    opens again there).
    """
    if not pieces:
        return AttributionType.INDIRECT
    first = min(start for start, _ in pieces)
    last = max(end for _, end in pieces)
    inside = [False] * (last - first)
    quoted = False
    for i in range(text.rfind("\n", 0, first) + 1, last):
        ch = text[i]
        if ch == "\n" or ch == "”":
            quoted = False
        elif ch == "“":
            quoted = True
        elif ch == '"':
            quoted = not quoted
        if i >= first:
            inside[i - first] = quoted
    counted = [inside[i - first] for s, e in pieces for i in range(s, e) if text[i].isalnum()]
    if counted and all(counted):
        return AttributionType.DIRECT
    return AttributionType.MIXED if any(counted) else AttributionType.INDIRECT
