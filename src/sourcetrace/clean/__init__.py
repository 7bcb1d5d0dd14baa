"""Boilerplate detection: captions, duplicated captions, credits, paywall boxes, trailers,
teasers, and a credit or share button glued to a paragraph's end.

Whole lines are flagged, never removed: the spans are offsets into the text as it was read.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sourcetrace.clean.captions import find_captions
from sourcetrace.clean.credits import find_credits
from sourcetrace.clean.paywall import find_paywalls
from sourcetrace.clean.tails import find_tails
from sourcetrace.clean.teasers import bullet_siblings, find_teasers
from sourcetrace.clean.trailers import find_trailers
from sourcetrace.lines import Line, split_lines
from sourcetrace.model import Boilerplate, BoilerplateLabel

# Where detectors disagree the more specific one wins: a box or trailer spans several lines, a
# credit's wording is surer than a teaser's capitals label ("SOURCE: News agencies"), and a
# captioned line repeated is a duplicate before it is a caption.
PRIORITY = (
    BoilerplateLabel.PAYWALL,
    BoilerplateLabel.TRAILER,
    BoilerplateLabel.CREDIT,
    BoilerplateLabel.TEASER,
    BoilerplateLabel.CAPTION_DUPLICATE,
    BoilerplateLabel.CAPTION,
)


def find_boilerplate(
    text: str, known: Iterable[Boilerplate] = (), *, lines: Sequence[Line] | None = None
) -> tuple[Boilerplate, ...]:
    """Spans of ``text`` that are not the article's own prose, sorted, non-overlapping.

    ``known`` are spans the input's markup already marked (an HTML line that is wholly a link to
    another story, a picture's caption); they take part like any detector's. ``lines``:
    ``text``'s, when the caller has split them already."""
    if lines is None:
        lines = split_lines(text)
    known = tuple(known)
    marked = {b.start for b in known if b.label is BoilerplateLabel.CAPTION}
    # the story's headline: the first line the markup did not mark as a label above it, else the
    # first line
    above = {b.start for b in known if b.label is BoilerplateLabel.TEASER}
    filled = [x.index for x in lines if not x.blank]
    title = next((i for i in filled if lines[i].start not in above), filled[0] if filled else None)
    found = [
        *known,
        *find_paywalls(lines),
        *find_trailers(lines),
        *find_credits(lines, text),
        *find_captions(lines, marked, title),
        *find_teasers(lines, text, title),
        *find_tails(lines, text),
    ]
    found.extend(bullet_siblings(lines, found))
    kept: list[Boilerplate] = []
    for span in sorted(found, key=lambda b: PRIORITY.index(b.label)):
        if all(span.end <= k.start or span.start >= k.end for k in kept):
            kept.append(span)
    return tuple(sorted(kept, key=lambda b: b.start))
