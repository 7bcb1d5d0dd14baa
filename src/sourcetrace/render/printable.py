"""Text made safe for a terminal: control characters shown, never obeyed.

An article's title or text can carry escape sequences ("\\x1b[2J" clears the screen). Each
control character becomes one visible character (C0 as its Unicode control picture, "␛" for
ESC; C1 and DEL as U+FFFD), so lengths and offsets stay as they were. Newlines and tabs stay.
"""

from __future__ import annotations

import dataclasses
from enum import Enum
from typing import Any, TypeVar

T = TypeVar("T")

_PICTURES = {c: 0x2400 + c for c in range(0x20) if chr(c) not in "\t\n"}
_TABLE = _PICTURES | {0x7F: 0x2421} | dict.fromkeys(range(0x80, 0xA0), 0xFFFD)


def printable(text: str) -> str:
    """``text`` with its control characters made visible: ``printable("\\x1b[2J") == "␛[2J"``."""
    return text.translate(_TABLE)


def printable_all(value: T) -> T:
    """``value`` (an ``Analysis``, any frozen dataclass, tuple or string) with every string in it
    made ``printable``; fields derived in ``__post_init__`` are derived anew."""
    return _map(value)  # type: ignore[no-any-return]


def _map(value: Any) -> Any:
    if isinstance(value, Enum):
        return value
    if isinstance(value, str):
        return printable(value)
    if isinstance(value, tuple):
        return tuple(_map(v) for v in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = (f.name for f in dataclasses.fields(value) if f.init)
        changes = {name: _map(getattr(value, name)) for name in fields}
        return dataclasses.replace(value, **changes)
    return value
