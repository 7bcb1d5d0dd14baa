"""Signature lines: a dash, then who signs the block above it ("– Ann L**" under a quoted review,
"— Jo Lee (@jolee) May 2, 2019" under an embedded tweet). Cleaning leaves them alone (they are
neither headings nor captions) and the attribution stage reads the block above as the signer's."""

from __future__ import annotations

import re

# A dash (or two hyphens) opening a line, the signer, and for a tweet its handle and date.
SIGNATURE = re.compile(
    r"^[ \t]*(?:--|[—–-])[ \t]*(?P<name>[^\s(][^\n(]{0,59}?)"
    r"(?:[ \t]*(?P<handle>\(@\w{1,15}\))"
    r"[ \t]+(?P<date>[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},[ \t]+\d{4}))?"
    r"[ \t]*$",
    re.MULTILINE,
)
# What closes a quotation that fills its line.
QUOTE_CLOSERS = ("”", '"')


def signs_tweet(line: str) -> bool:
    """``line`` is a tweet's signature, with the handle and the date."""
    match = SIGNATURE.match(line)
    return match is not None and match.group("handle") is not None


def signs_quote(above: str, line: str) -> bool:
    """``line`` signs the quotation on the line ``above`` it, or is a tweet's signature."""
    return signs_tweet(line) or (
        above.rstrip().endswith(QUOTE_CLOSERS) and SIGNATURE.match(line) is not None
    )
