"""Boilerplate detection: captions, duplicated captions, credits, paywall boxes, trailers.

Whole lines are flagged, never removed: the spans are offsets into the text as it was read.
"""

from __future__ import annotations

from sourcetrace.clean.captions import find_captions
from sourcetrace.clean.credits import find_credits
from sourcetrace.clean.lines import split_lines
from sourcetrace.clean.paywall import find_paywalls
from sourcetrace.clean.trailers import find_trailers
from sourcetrace.model import Boilerplate, BoilerplateLabel

# Where detectors disagree the more specific one wins: a box or trailer spans several lines, and a
# captioned line repeated is a duplicate before it is a caption.
PRIORITY = (
    BoilerplateLabel.PAYWALL,
    BoilerplateLabel.TRAILER,
    BoilerplateLabel.CREDIT,
    BoilerplateLabel.CAPTION_DUPLICATE,
    BoilerplateLabel.CAPTION,
)


def find_boilerplate(text: str) -> tuple[Boilerplate, ...]:
    """Spans of ``text`` that are not the article's own prose, sorted, non-overlapping."""
    lines = split_lines(text)
    found = [
        *find_paywalls(lines),
        *find_trailers(lines),
        *find_credits(lines),
        *find_captions(lines),
    ]
    kept: list[Boilerplate] = []
    for span in sorted(found, key=lambda b: PRIORITY.index(b.label)):
        if all(span.end <= k.start or span.start >= k.end for k in kept):
            kept.append(span)
    return tuple(sorted(kept, key=lambda b: b.start))
