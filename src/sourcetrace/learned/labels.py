"""BIO tags over a paragraph's tokens: one role per token (PolNeAR is univocal).

A tagged span is one piece of one role: ``B-`` opens it, ``I-`` carries it on. A content
interrupted by its cue is two content spans; linking (`sourcetrace.learned.linking`) joins them.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from spacy.tokens import Doc, Token

OUTSIDE = "O"


class Role(StrEnum):
    SOURCE = "SRC"
    CUE = "CUE"
    CONTENT = "CON"


@dataclass(frozen=True, slots=True)
class RoleSpan:
    """One tagged piece: a role, character offsets into the document text, and how sure the
    tagger is of it (the mean marginal probability of its tags; 1.0 for spans not tagged)."""

    role: Role
    start: int
    end: int
    score: float = 1.0


def paragraphs(doc: Doc) -> list[list[Token]]:
    """The non-space tokens of ``doc``, one list per paragraph (a line break ends a paragraph)."""
    out: list[list[Token]] = [[]]
    for tok in doc:
        if tok.is_space:
            if "\n" in tok.text and out[-1]:
                out.append([])
            continue
        out[-1].append(tok)
    return [p for p in out if p]


def encode(tokens: Sequence[Token], spans: Iterable[RoleSpan]) -> list[str]:
    """The tag of each token: the role of the span covering any of its characters, else O."""
    tags = [OUTSIDE] * len(tokens)
    ends = [t.idx + len(t.text) for t in tokens]
    for span in spans:
        first = bisect_right(ends, span.start)  # the first token ending after the span starts
        last = first
        while last < len(tokens) and tokens[last].idx < span.end:
            last += 1
        inside = [i for i in range(first, last) if tags[i] == OUTSIDE]
        for n, i in enumerate(inside):
            tags[i] = f"{'B' if n == 0 else 'I'}-{span.role}"
    return tags


def decode(
    tokens: Sequence[Token], tags: Sequence[str], scores: Sequence[float] | None = None
) -> list[RoleSpan]:
    """The spans of a tag sequence; an ``I-`` with no open span of its role opens one.

    ``scores`` (one per token, e.g. the tagger's marginals) give each span their mean.
    """
    spans: list[RoleSpan] = []
    role: Role | None = None
    start = end = 0
    run: list[float] = []
    for i, (tok, tag) in enumerate(zip(tokens, tags, strict=True)):
        prefix, _, name = tag.partition("-")
        if role is not None and (prefix != "I" or name != role):
            spans.append(RoleSpan(role, start, end, _mean(run)))
            role = None
        if prefix in ("B", "I") and role is None:
            role, start, run = Role(name), tok.idx, []
        if role is not None:
            end = tok.idx + len(tok.text)
            run.append(scores[i] if scores is not None else 1.0)
    if role is not None:
        spans.append(RoleSpan(role, start, end, _mean(run)))
    return spans


def _mean(values: Sequence[float]) -> float:
    return sum(values) / len(values)
