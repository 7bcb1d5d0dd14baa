"""Shared passages: runs of words two articles have in common, verbatim or nearly (wire copy, a
press release pasted in, one quote copied from the other). Such a run is one voice, however many
outlets print it.

Found with word shingles: every run of ``SHINGLE`` consecutive words of one article that also
occurs in the other marks those words shared; overlapping and adjacent hits merge into passages.
"""

from __future__ import annotations

from collections import defaultdict

from sourcetrace.corpus.records import Evidence, SharedPassage
from sourcetrace.corpus.terms import words
from sourcetrace.model import Analysis

SHINGLE = 8  # eight words in the same order rarely meet by chance in two independent reports
MIN_WORDS = 12  # a passage shorter than this is a stock phrase or a title, not copied text
GAP = 3  # words of difference (an edit, a changed name) still inside one near-verbatim passage


def _evidence(analysis: Analysis, start: int, end: int) -> Evidence:
    return Evidence(analysis.id, start, end, analysis.text[start:end], ())


def shared_passages(left: Analysis, right: Analysis) -> tuple[SharedPassage, ...]:
    """The passages of ``left`` that ``right`` repeats, each with its place in both."""
    lw, rw = words(left.text), words(right.text)
    where: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for j in range(len(rw) - SHINGLE + 1):
        where[tuple(w for _, _, w in rw[j : j + SHINGLE])].append(j)
    # (left word index, right word index) of each shingle both have
    hits = []
    for i in range(len(lw) - SHINGLE + 1):
        for j in where.get(tuple(w for _, _, w in lw[i : i + SHINGLE]), ()):
            hits.append((i, j))
    passages: list[SharedPassage] = []
    run: list[tuple[int, int]] = []
    for i, j in sorted(hits):
        if run and (i - run[-1][0] > GAP + SHINGLE or not 0 <= j - run[-1][1] <= GAP + SHINGLE):
            passages.extend(_passage(left, right, lw, rw, run))
            run = []
        run.append((i, j))
    passages.extend(_passage(left, right, lw, rw, run))
    return tuple(passages)


def _passage(
    left: Analysis,
    right: Analysis,
    lw: list[tuple[int, int, str]],
    rw: list[tuple[int, int, str]],
    run: list[tuple[int, int]],
) -> list[SharedPassage]:
    if not run:
        return []
    (i0, j0), (i1, j1) = run[0], run[-1]
    n = i1 + SHINGLE - i0
    if n < MIN_WORDS:
        return []
    return [
        SharedPassage(
            _evidence(left, lw[i0][0], lw[i1 + SHINGLE - 1][1]),
            _evidence(right, rw[j0][0], rw[j1 + SHINGLE - 1][1]),
            n,
        )
    ]
