"""Where a command writes: stdout, or a file written whole or not at all."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from sourcetrace.atomic import atomic_writer
from sourcetrace.cli.errors import fail


@contextmanager
def written(path: Path | None) -> Iterator[TextIO]:
    """stdout when ``path`` is None, else a file that appears at ``path`` only when the block
    ends well; a file that cannot be written is a one-line error naming it, never a traceback."""
    if path is None:
        yield sys.stdout
        return
    try:
        with atomic_writer(path) as out:
            yield out
    except OSError as e:
        fail(path, f"cannot write: {e.strerror or e}")


def write_whole(path: Path | None, text: str) -> None:
    with written(path) as out:
        out.write(text)
