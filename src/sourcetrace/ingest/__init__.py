"""Input readers: .txt, .html/.htm, .jsonl, directories and stdin, to Articles.

Bad inputs are yielded as ``Rejected`` values, never raised, so a batch goes on past them.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date

from sourcetrace.model import Article

DEFAULT_MAX_CHARS = 2_000_000


@dataclass(frozen=True, slots=True)
class Rejected:
    """An input that could not be read as an article: where it came from and why, in one line."""

    origin: str
    reason: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"


def read_inputs(
    paths: Sequence[str], *, published: date | None = None, max_chars: int = DEFAULT_MAX_CHARS
) -> Iterator[Article | Rejected]:
    """Articles from files, directories (their files) or "-" (stdin), in order."""
    raise NotImplementedError  # PLACEHOLDER: the ingest stage


def article_from_html(html: str | bytes, *, origin: str, url: str | None = None) -> Article:
    """The main text of an HTML page (trafilatura) with its title, date and outlet."""
    raise NotImplementedError  # PLACEHOLDER: the ingest stage
