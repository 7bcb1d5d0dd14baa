"""Paths to a stream of Articles: files by extension, directories recursively, "-" for stdin."""

from __future__ import annotations

import dataclasses
import sys
import zlib
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from itertools import chain
from pathlib import Path

from sourcetrace.ingest.decode import check_text, decode_utf8, normalized
from sourcetrace.ingest.detect import InputKind, sniff
from sourcetrace.ingest.errors import IngestError, Rejected
from sourcetrace.ingest.html import article_from_html
from sourcetrace.ingest.jsonl import articles_from_jsonl
from sourcetrace.ingest.limits import (
    byte_limit,
    chunks,
    gzip_chunks,
    lines,
    over_limit,
    read_at_most,
    read_within,
    regular_file,
)
from sourcetrace.ingest.metadata import first_line
from sourcetrace.model import Article

DEFAULT_MAX_CHARS = 1_000_000
STDIN = "-"
STDIN_ORIGIN = "<stdin>"

Reader = Callable[[Path, int], Iterator[Article | Rejected]]


def read_inputs(
    paths: Sequence[str], *, published: date | None = None, max_chars: int = DEFAULT_MAX_CHARS
) -> Iterator[Article | Rejected]:
    """Articles from files, directories (their files) or "-" (stdin), in order.

    ``published`` is the date of articles whose input gives none. Bad inputs come as ``Rejected``.
    Every input is read within ``limits.byte_limit(max_chars)`` bytes an article, and every text
    normalized (``decode.normalized``).
    """
    for item in _read_all(paths, max_chars):
        if isinstance(item, Rejected):
            yield item
            continue
        item = normalized(item)
        try:
            check_text(item.text, max_chars)
        except IngestError as e:
            yield Rejected(item.origin, str(e))
            continue
        if item.published is None and published is not None:
            item = dataclasses.replace(item, published=published)
        yield item


def holds_several(name: str) -> bool:
    """Whether an input names several articles: a directory or a JSON Lines file."""
    path = Path(name)
    return path.is_dir() or _extension(path) in {".jsonl", ".jsonl.gz"}


def _read_all(paths: Sequence[str], max_chars: int) -> Iterator[Article | Rejected]:
    for name in paths:
        if name == STDIN:
            yield from _guarded(STDIN_ORIGIN, _read_stdin(max_chars))
            continue
        path = Path(name)
        if path.is_dir():
            files = files_under(path)
            if not files:
                yield Rejected(name, f"directory has no {', '.join(READERS)} files")
            for file in files:
                yield from _guarded(str(file), _read_file(file, max_chars))
        else:
            yield from _guarded(name, _read_file(path, max_chars))


def _read_file(path: Path, max_chars: int) -> Iterator[Article | Rejected]:
    """The file's articles, when it is a regular file (through links) of a known type."""
    regular_file(path)
    if _extension(path) not in READERS:
        raise IngestError(f"unknown file type (expected {', '.join(READERS)})")
    yield from READERS[_extension(path)](path, max_chars)


def _guarded(origin: str, items: Iterator[Article | Rejected]) -> Iterator[Article | Rejected]:
    """A reader's (lazy) output, with an unreadable file or a bad article turned into a Rejected."""
    try:
        yield from items
    except IngestError as e:
        yield Rejected(origin, str(e))
    except MemoryError:
        yield Rejected(origin, "out of memory while reading")
    except OSError as e:
        yield Rejected(origin, f"cannot read: {e.strerror or e}")
    except (EOFError, zlib.error) as e:
        yield Rejected(origin, f"corrupt gzip stream: {e}")


def files_under(root: Path) -> list[Path]:
    """Files of known types under ``root``, recursively, sorted; hidden ones skipped. Anything
    else named like one (a broken link, a device) is listed too, for its reader to reject."""
    return sorted(
        (
            p
            for p in root.rglob("*")
            if _extension(p) in READERS
            and not p.is_dir()
            and not any(part.startswith(".") for part in p.relative_to(root).parts)
        ),
        key=lambda p: p.relative_to(root).parts,
    )


def _extension(path: Path) -> str:
    """The type suffix, with ".gz" kept after the one it compresses: ".html.gz", ".jsonl.gz"."""
    name = path.name.lower()
    if name.endswith(".gz"):
        return Path(name.removesuffix(".gz")).suffix + ".gz"
    return path.suffix.lower()


def _read_bytes(path: Path, max_chars: int) -> bytes:
    # A file bigger than the limit is refused unread; one that grows while read, once past it.
    limit = byte_limit(max_chars)
    size = path.stat().st_size
    if size > limit:
        raise IngestError(f"file is {size:,} bytes, {over_limit(limit)}")
    with path.open("rb") as stream:
        return read_within(chunks(stream), limit)


def _read_gz_bytes(path: Path, max_chars: int) -> bytes:
    limit = byte_limit(max_chars)
    return read_within(gzip_chunks(path, limit), limit)


def _read_txt(path: Path, max_chars: int) -> Iterator[Article]:
    yield _text_article(decode_utf8(_read_bytes(path, max_chars)), str(path))


def _read_txt_gz(path: Path, max_chars: int) -> Iterator[Article]:
    yield _text_article(decode_utf8(_read_gz_bytes(path, max_chars)), str(path))


def _read_html(path: Path, max_chars: int) -> Iterator[Article]:
    yield article_from_html(_read_bytes(path, max_chars), origin=str(path))


def _read_html_gz(path: Path, max_chars: int) -> Iterator[Article]:
    # Pages saved compressed, as ../shared/corpus/aeb keeps them.
    yield article_from_html(_read_gz_bytes(path, max_chars), origin=str(path))


def _read_jsonl(path: Path, max_chars: int) -> Iterator[Article | Rejected]:
    with path.open("rb") as stream:
        numbered = lines(chunks(stream), byte_limit(max_chars))
        yield from articles_from_jsonl(numbered, origin=str(path))


def _read_jsonl_gz(path: Path, max_chars: int) -> Iterator[Article | Rejected]:
    limit = byte_limit(max_chars)
    yield from articles_from_jsonl(lines(gzip_chunks(path, limit), limit), origin=str(path))


def _read_stdin(max_chars: int) -> Iterator[Article | Rejected]:
    """JSON Lines are streamed line by line; anything else is one article, read whole."""
    limit = byte_limit(max_chars)
    rest = chunks(sys.stdin.buffer)
    head = read_at_most(rest, limit)
    kind = sniff(head)
    if kind is InputKind.JSONL:
        yield from articles_from_jsonl(lines(chain([head], rest), limit), origin=STDIN_ORIGIN)
        return
    if len(head) > limit:
        raise IngestError(f"input {over_limit(limit)}")
    if kind is InputKind.HTML:
        yield article_from_html(head, origin=STDIN_ORIGIN)
    else:
        yield _text_article(decode_utf8(head), STDIN_ORIGIN)


def _text_article(text: str, origin: str) -> Article:
    return Article(text=text, title=first_line(text), origin=origin)


READERS: dict[str, Reader] = {
    ".txt": _read_txt,
    ".txt.gz": _read_txt_gz,
    ".html": _read_html,
    ".html.gz": _read_html_gz,
    ".htm": _read_html,
    ".htm.gz": _read_html_gz,
    ".jsonl": _read_jsonl,
    ".jsonl.gz": _read_jsonl_gz,
}
