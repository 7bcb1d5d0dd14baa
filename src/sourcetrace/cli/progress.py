"""The one progress bar of long commands: Rich, on stderr, and only when stderr is a terminal, so
pipes, files and tests see exactly what they saw without it."""

from __future__ import annotations

import gzip
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TaskID,
    TextColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from sourcetrace.ingest.reader import files_under, holds_several

T = TypeVar("T")


class _RateColumn(ProgressColumn):
    def render(self, task: Task) -> Text:
        # Rich's own estimate needs two samples; a short run has one.
        speed = task.finished_speed or task.speed
        if not speed and task.elapsed:
            speed = task.completed / task.elapsed
        return Text(f"{speed:.1f} {task.fields['unit']}/s" if speed else "", style="cyan")


@dataclass(frozen=True)
class Bar:
    """One running bar: ``advance`` as items are done, ``update`` when a total is learnt."""

    _progress: Progress
    _task: TaskID

    def advance(self, done: int = 1) -> None:
        self._progress.advance(self._task, done)

    def update(self, completed: int, total: int | None) -> None:
        self._progress.update(self._task, completed=completed, total=total)


Total = int | None | Callable[[], int | None]


@contextmanager
def progress_bar(
    label: str, total: Total = None, *, unit: str = "articles", console: Console | None = None
) -> Iterator[Bar]:
    """A bar for ``label`` while the block runs (``total`` None: a count and a rate, no ETA; a
    function: called only when the bar shows, as counting may mean reading every input).
    ``console`` is for tests; a command's is stderr's, and a bar shows only on a terminal."""
    err = console or Console(stderr=True)
    progress = Progress(
        TextColumn(f"[bold]{label}"),
        BarColumn(),
        MofNCompleteColumn(),
        _RateColumn(),
        TimeRemainingColumn(),
        console=err,
        transient=True,  # the command's own output and summary are what stay on screen
        disable=not err.is_terminal,
        # Output to the same terminal is printed above the bar; into a pipe or file, untouched.
        redirect_stdout=sys.stdout.isatty(),
    )
    with progress:
        if callable(total) and not progress.disable:
            total = total()
        task = progress.add_task(label, total=None if callable(total) else total, unit=unit)
        yield Bar(progress, task)


def tracked(
    items: Iterable[T], label: str, total: Total = None, *, console: Console | None = None
) -> Iterator[T]:
    """``items``, with a bar advanced as each is taken by the caller."""
    with progress_bar(label, total, console=console) as bar:
        for item in items:
            yield item
            bar.advance()


def estimate_inputs(paths: Iterable[str]) -> int | None:
    """About how many inputs ``paths`` hold (files, JSON Lines records), for a bar's ETA; None
    when it cannot be told without reading them (stdin)."""
    total = 0
    for name in paths:
        path = Path(name)
        if name == "-":
            return None
        files = files_under(path) if path.is_dir() else [path]  # what the reader will read
        for file in files:
            total += _records(file)
    return total


def _records(file: Path) -> int:
    if not holds_several(str(file)):
        return 1
    try:
        with (
            gzip.open(file, "rb") if file.name.lower().endswith(".gz") else file.open("rb") as lines
        ):
            return sum(1 for line in lines if line.strip())
    except (OSError, EOFError):
        return 1  # unreadable: the reader will reject it, as one input
