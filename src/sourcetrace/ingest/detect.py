"""What kind of input some bytes are when no file name says: HTML, JSON Lines or plain text."""

from __future__ import annotations

import json
import re
from enum import StrEnum

HTML_TAG = re.compile(rb"<(?:!doctype\s+html|html|head|body|article|div|p)\b", re.IGNORECASE)
SNIFF_BYTES = 4096


class InputKind(StrEnum):
    TEXT = "text"
    HTML = "html"
    JSONL = "jsonl"


def sniff(data: bytes) -> InputKind:
    """HTML when it opens with a tag and has a document tag early on; JSON Lines when its first
    line is a JSON object; plain text otherwise."""
    head = data[:SNIFF_BYTES].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"<") and HTML_TAG.search(head):
        return InputKind.HTML
    if head.startswith(b"{"):
        first = data.lstrip(b"\xef\xbb\xbf \t\r\n").split(b"\n", 1)[0]
        try:
            if isinstance(json.loads(first), dict):
                return InputKind.JSONL
        except (json.JSONDecodeError, UnicodeDecodeError):
            pass
    return InputKind.TEXT
