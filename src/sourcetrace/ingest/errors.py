"""A bad input: a ``Rejected`` value in the stream, raised inside the readers as ``IngestError``."""

from __future__ import annotations

from dataclasses import dataclass

from sourcetrace.ingest.text import normalize, one_line


@dataclass(frozen=True, slots=True)
class Rejected:
    """An input that could not be read as an article: where it came from and why, in one line."""

    origin: str
    reason: str

    def __post_init__(self) -> None:
        object.__setattr__(self, "origin", normalize(self.origin))
        object.__setattr__(self, "reason", normalize(one_line(self.reason)))

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"


class IngestError(ValueError):
    """An input that cannot be an article; the message is the one-line reason.

    Readers raise it and ``read_inputs`` turns it into a ``Rejected`` value, so a batch goes on.
    """
