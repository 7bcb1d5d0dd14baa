"""The fuzz corpus of issue 11: every hostile or broken input found, written out at test time
(the big ones are generated, never stored), each with what a run must say about it.

``write_corpus(directory)`` writes one file per case and returns the cases; a run over the
directory must reject each ``bad`` case in one line naming its file, and analyze the others.
"""

from __future__ import annotations

import gzip
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from fuzz.normal import normal_article

# The --max-chars the corpus is read with: small, so "too big" inputs stay small on disk.
MAX_CHARS = 30_000


@dataclass(frozen=True)
class Case:
    name: str  # the file name
    make: Callable[[Path], None]  # writes the file at the path given
    reason: str | None = None  # None: analyzed; else a words of the one-line reject


def _write(data: bytes) -> Callable[[Path], None]:
    return lambda path: path.write_bytes(data)


def _jsonl(*records: object) -> Callable[[Path], None]:
    # ensure_ascii keeps "\ud800" and "\u0000" as JSON escapes, as a hostile writer sends them.
    return _write("".join(json.dumps(r) + "\n" for r in records).encode())


def _gzip(data: bytes) -> Callable[[Path], None]:
    return lambda path: path.write_bytes(gzip.compress(data, 9))


def _link(target: str) -> Callable[[Path], None]:
    return lambda path: os.symlink(target, path)


def _loop(path: Path) -> None:
    os.symlink(path.name, path)  # a link to itself


GOOD = normal_article(1_500, seed=1)
TEXT_CASES = (
    # Analyzed: text normalized or neutralized, never a traceback.
    Case("surrogate.jsonl", _jsonl({"text": "The mayor said \ud800 it.", "title": "\udfff"})),
    Case("nul.jsonl", _jsonl({"text": "Police said\u0000 so.", "outlet": "A\u0000B"})),
    Case("escapes.txt", _write(b"Title \x1b[2J\x1b]0;owned\x07 here\n\n" + GOOD.encode())),
    Case("markup.txt", _write(b'Brackets [/] and [bold]x[/bold]\n\n"We [/] won," she said.')),
    Case("quote_run.txt", _write(b"He said " + b'"' * 20_000 + b" then left.")),
    Case("mixed_run.txt", _write(b"Look " + b'"(' * 5_000 + b" here. " + b"." * 3_000)),
    Case("long_word.txt", _write(b"Word " + b"a" * 15_000 + b" end.")),
    Case("bidi.txt", _write("Said \u202e\u2066 he \ufeff\u200b.".encode())),
    # Rejected, in one line naming the file.
    Case("binary.txt", _write(b"\x89PNG\r\n\x1a\n\x00\x00IHDR"), "binary input"),
    Case("latin1.txt", _write("Café".encode("latin-1")), "invalid UTF-8"),
    Case("blank.txt", _write(b" \n\t\n"), "empty article"),
    Case("too_long.txt", _write(b"x " * MAX_CHARS), "over the limit"),
    Case("not_json.jsonl", _write(b'{"text": "unterminated\n'), "Unterminated string"),
    Case("array.jsonl", _write(b"[1, 2]\n"), "a JSON array, not an object"),
    Case("no_text.jsonl", _jsonl({"title": "x"}), 'no string "text"'),
    Case("bad_title.jsonl", _jsonl({"text": "x", "title": [1]}), "not an array"),
    Case("long_line.jsonl", _jsonl({"text": "y" * (MAX_CHARS * 7)}), "line over the limit"),
    Case("bomb.jsonl.gz", _gzip(b"\n" * 20_000_000), "gzip bomb"),
    Case("long_line.jsonl.gz", _gzip(b'{"text": "' + b"z" * 20_000_000 + b'"}\n'), "gzip bomb"),
    Case("corrupt.jsonl.gz", _write(gzip.compress(b'{"text": "x"}\n')[:12]), "corrupt gzip"),
    Case("zero.txt", _link("/dev/zero"), "not a regular file"),
    Case("loop.txt", _loop, "symbolic link loop"),
    Case("broken.txt", _link("nowhere.txt"), "broken symbolic link"),
)
CASES = (*TEXT_CASES, Case("good.txt", _write(GOOD.encode())))


def write_corpus(directory: Path) -> tuple[Case, ...]:
    directory.mkdir(parents=True, exist_ok=True)
    for case in CASES:
        case.make(directory / case.name)
    return CASES
