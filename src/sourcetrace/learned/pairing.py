"""The rules' and a tagger's candidates paired up: one pair for each attribution either found.

Two candidates are one attribution when they share their cue (identical offsets), else when their
contents overlap by at least half of the shorter one. Pairs are taken one-to-one, same cues
first, then the largest share of the longer content; a candidate left over stands alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sourcetrace.attribution.candidate import Candidate
from sourcetrace.model import SpanRole, TextSpan

MIN_SHARE = 0.5  # of the shorter content, for candidates with different cues


@dataclass(frozen=True, slots=True)
class Pair:
    """One attribution as the rules (``rules``) and the tagger (``tagged``) found it; one of the
    two may be missing."""

    rules: Candidate | None
    tagged: Candidate | None

    @property
    def start(self) -> int:
        return min(c.start for c in (self.rules, self.tagged) if c is not None)

    @property
    def same_cue(self) -> bool:
        r, t = self.rules, self.tagged
        return r is not None and t is not None and r.cue is not None and r.cue == t.cue


def role_pieces(cand: Candidate, role: SpanRole) -> tuple[TextSpan, ...]:
    """The candidate's spans of ``role``: its content's pieces, or its cue or speaker if any."""
    match role:
        case SpanRole.CONTENT:
            return tuple(cand.content)
        case SpanRole.CUE:
            return (cand.cue,) if cand.cue else ()
        case SpanRole.SOURCE:
            return (cand.speaker,) if cand.speaker else ()


def extent(cand: Candidate, role: SpanRole) -> tuple[int, int] | None:
    """Where the candidate's span of ``role`` starts and ends (a content: its first piece's start,
    its last piece's end); None when it has none."""
    pieces = role_pieces(cand, role)
    return (min(p.start for p in pieces), max(p.end for p in pieces)) if pieces else None


def content_length(cand: Candidate) -> int:
    return sum(p.end - p.start for p in cand.content)


def shared(a: Candidate, b: Candidate) -> int:
    """Characters inside both candidates' contents."""
    return sum(
        max(0, min(x.end, y.end) - max(x.start, y.start)) for x in a.content for y in b.content
    )


def align(rules: Sequence[Candidate], tagged: Sequence[Candidate]) -> list[Pair]:
    """Every candidate of both lists in exactly one pair, in text order."""
    links: list[tuple[float, int, int]] = []
    for i, r in enumerate(rules):
        for j, t in enumerate(tagged):
            if r.cue is not None and r.cue == t.cue:
                links.append((2.0, i, j))  # above any content share
                continue
            common = shared(r, t)
            shorter = min(content_length(r), content_length(t))
            if common and common >= MIN_SHARE * shorter:
                links.append((common / max(content_length(r), content_length(t)), i, j))
    links.sort(key=lambda x: (-x[0], x[1], x[2]))
    paired_r: dict[int, int] = {}
    paired_t: set[int] = set()
    for _, i, j in links:
        if i not in paired_r and j not in paired_t:
            paired_r[i] = j
            paired_t.add(j)
    pairs = [Pair(r, tagged[paired_r[i]] if i in paired_r else None) for i, r in enumerate(rules)]
    pairs += [Pair(None, t) for j, t in enumerate(tagged) if j not in paired_t]
    return sorted(pairs, key=lambda p: p.start)
