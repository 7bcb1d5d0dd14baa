"""A batch's inputs: arguments (files, directories, globs) to input files, each read as a stream
of records. WARC files are read here; every other kind through ``sourcetrace.ingest``."""

from __future__ import annotations

import glob
from collections.abc import Iterator, Sequence
from pathlib import Path

from sourcetrace.batch.records import Record
from sourcetrace.batch.warc import WARC_EXTENSIONS, is_warc, read_warc
from sourcetrace.ingest import DEFAULT_MAX_CHARS, IngestError, Rejected, read_inputs
from sourcetrace.ingest.limits import regular_file
from sourcetrace.ingest.reader import READERS

GLOB_CHARS = frozenset("*?[")


def input_files(arguments: Sequence[str]) -> Iterator[Path | Rejected]:
    """Files to read, in order: a file as named, a directory's known files (recursively, sorted,
    hidden ones left out), a glob's matches (sorted); an argument naming nothing is a Rejected."""
    for argument in arguments:
        if GLOB_CHARS & set(argument) and not Path(argument).exists():
            matches = sorted(glob.glob(argument, recursive=True))
            if not matches:
                yield Rejected(argument, "no file matches the pattern")
            for match in matches:
                yield from _expanded(Path(match))
        elif not Path(argument).exists() and not Path(argument).is_symlink():
            yield Rejected(argument, "no such file or directory")  # a bad link: its reader says
        else:
            yield from _expanded(Path(argument))


def _expanded(path: Path) -> Iterator[Path]:
    if not path.is_dir():
        yield path
        return
    # Known names that are not files (broken links, devices) are listed too, for the reader to
    # reject with a reason.
    yield from sorted(
        (
            p
            for p in path.rglob("*")
            if not p.is_dir()
            and _known(p)
            and not any(part.startswith(".") for part in p.relative_to(path).parts)
        ),
        key=lambda p: p.relative_to(path).parts,
    )


def _known(path: Path) -> bool:
    name = path.name.lower()
    return name.endswith((*READERS, *WARC_EXTENSIONS))


def read_records(path: Path, *, max_chars: int = DEFAULT_MAX_CHARS) -> Iterator[Record]:
    """The records of one input file, streamed: WARC records, or what ``read_inputs`` yields."""
    if is_warc(path):
        try:
            regular_file(path)
        except IngestError as e:
            yield Rejected(str(path), str(e))
            return
        yield from read_warc(path, max_chars=max_chars)
    else:
        yield from read_inputs([str(path)], max_chars=max_chars)
