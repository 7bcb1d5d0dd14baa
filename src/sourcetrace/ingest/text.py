"""Text as every surface may carry it: the one normalization of input text, one-line messages."""

from __future__ import annotations

import re

REPLACEMENT = "\ufffd"
LONGEST_REASON = 300
# Characters no output can carry: NUL (PostgreSQL text refuses it) and lone surrogates (UTF-8
# cannot encode them; JSON's "\ud800" escape or an undecodable file name makes one).
_UNSAFE = re.compile("[\x00\ud800-\udfff]")
_BREAKS = re.compile(r"\s*[\r\n]+\s*")


def normalize(text: str) -> str:
    """``text`` with NUL and lone surrogates replaced by U+FFFD, one for one, so its length and
    every offset into it stay as they were: ``normalize("a\\x00b") == "a\\ufffdb"``."""
    return _UNSAFE.sub(REPLACEMENT, text)


def needs_normalizing(text: str) -> bool:
    return _UNSAFE.search(text) is not None


def squeeze(text: str) -> str:
    """``text`` with its runs of whitespace read as one space, trimmed: how a page's element and
    a line extracted from it are compared."""
    return " ".join(text.split())


def one_line(message: str) -> str:
    """``message`` on one line (line breaks become " | "), cut at ``LONGEST_REASON`` characters."""
    line = _BREAKS.sub(" | ", message.strip())
    return line if len(line) <= LONGEST_REASON else line[: LONGEST_REASON - 1] + "…"
