"""Reading within limits: every byte read (a file, stdin, a JSON Lines line, a decompressed
stream) counts against a limit while it is read, so no input can fill memory before it is refused.

An article of ``max_chars`` characters never needs more than ``MAX_BYTES_PER_CHAR`` bytes a
character (a JSON ``\\uXXXX`` escape), so ``byte_limit(max_chars)`` bytes bound one article's input.
"""

from __future__ import annotations

import errno
import gzip
import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Protocol

from sourcetrace.ingest.errors import IngestError

MAX_BYTES_PER_CHAR = 6
CHUNK_BYTES = 1 << 16
# Text compresses 3 to 10 times; a stream that inflates 100 times past the first article's worth
# of bytes is a decompression bomb (a 1 MB gzip of 1 GB of blank lines), refused as it inflates.
GZIP_MAX_RATIO = 100

_KINDS = {
    stat.S_IFCHR: "a character device",
    stat.S_IFBLK: "a block device",
    stat.S_IFIFO: "a pipe",
    stat.S_IFSOCK: "a socket",
    stat.S_IFDIR: "a directory",
}


class Readable(Protocol):
    def read(self, size: int = -1, /) -> bytes: ...


def byte_limit(max_chars: int) -> int:
    """The most bytes an input of one article of ``max_chars`` characters may take."""
    return max_chars * MAX_BYTES_PER_CHAR


def regular_file(path: Path) -> os.stat_result:
    """``path``'s status when it is a regular file (through symbolic links); otherwise raises
    ``IngestError`` saying what it is: missing, a broken link, a link loop, a device..."""
    try:
        status = path.stat()
    except OSError as e:
        if e.errno == errno.ELOOP:
            raise IngestError("symbolic link loop") from None
        if e.errno == errno.ENOENT:
            if path.is_symlink():
                raise IngestError(f"broken symbolic link (to {os.readlink(path)})") from None
            raise IngestError("no such file or directory") from None
        raise IngestError(f"cannot read: {e.strerror or e}") from None
    if not stat.S_ISREG(status.st_mode):
        kind = _KINDS.get(stat.S_IFMT(status.st_mode), "not a file")
        raise IngestError(f"not a regular file ({kind})")
    return status


def chunks(stream: Readable) -> Iterator[bytes]:
    """``stream``'s bytes in chunks of at most ``CHUNK_BYTES``."""
    while chunk := stream.read(CHUNK_BYTES):
        yield chunk


def read_at_most(parts: Iterable[bytes], limit: int) -> bytes:
    """The bytes of ``parts`` up to ``limit + 1`` of them: longer than ``limit`` means there was
    more; nothing past that is read."""
    taken: list[bytes] = []
    size = 0
    for part in parts:
        taken.append(part[: limit + 1 - size])
        size += len(taken[-1])
        if size > limit:
            break
    return b"".join(taken)


def read_within(parts: Iterable[bytes], limit: int) -> bytes:
    """All the bytes of ``parts``; raises ``IngestError`` as soon as they pass ``limit``."""
    data = read_at_most(parts, limit)
    if len(data) > limit:
        raise IngestError(over_limit(limit))
    return data


def gzip_chunks(path: Path, limit: int) -> Iterator[bytes]:
    """The decompressed bytes of a gzip file, in chunks; raises ``IngestError`` once they pass
    ``limit`` and ``GZIP_MAX_RATIO`` times the compressed bytes read so far."""
    with path.open("rb") as raw, gzip.GzipFile(fileobj=raw) as inflated:
        size = 0
        for chunk in chunks(inflated):
            size += len(chunk)
            if size > limit and size > GZIP_MAX_RATIO * raw.tell():
                raise IngestError(
                    f"decompresses to over {GZIP_MAX_RATIO} times its size (a gzip bomb?)"
                )
            yield chunk


def lines(parts: Iterable[bytes], limit: int) -> Iterator[tuple[int, bytes | IngestError]]:
    """(line number, line) for each line of ``parts`` that is not blank, read chunk by chunk; a
    line longer than ``limit`` bytes is an ``IngestError`` in its place, never held whole.

    Blank chunks are skipped without splitting them, so a gigabyte of blank lines costs no more
    than reading it.
    """
    number = 0  # lines ended so far
    held: list[bytes] = []  # the start of the current line
    size = 0
    for part in parts:
        if not size and not part.strip():
            number += part.count(b"\n")
            continue
        *ended, rest = part.split(b"\n")
        for piece in ended:
            number += 1
            if size + len(piece) > limit:
                yield number, _too_long(limit)
            elif (line := b"".join([*held, piece])).strip():
                yield number, line
            held, size = [], 0
        size += len(rest)
        # Past the limit, the line is only counted to its end, not kept.
        held = [] if size > limit else [*held, rest] if rest else held
    if size > limit:
        yield number + 1, _too_long(limit)
    elif any(p.strip() for p in held):
        yield number + 1, b"".join(held)


def over_limit(limit: int) -> str:
    return f"over the limit of {limit:,} bytes ({MAX_BYTES_PER_CHAR} for each of --max-chars)"


def _too_long(limit: int) -> IngestError:
    return IngestError(f"line {over_limit(limit)}")
