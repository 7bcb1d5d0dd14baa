"""Paywall and subscription boxes: a run of short lines selling access, flagged as one block."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from sourcetrace.lines import Line, block
from sourcetrace.model import Boilerplate, BoilerplateLabel

PAYWALL_MARKER = re.compile(
    r"""already\ (?:have\ an\ account|a\ subscriber)
      | \bsign\ in\b | \blog\ ?in\b
      | \bsubscri(?:be|ption|ber)
      | ^[$£€]\d | [$£€]\d+(?:\.\d\d)?\s*(?:/|per\b|a\ (?:month|week|year)\b)
      | \bevery\ \d+\ (?:weeks?|months?)\b | \bper\ (?:month|week|year)\b
      | \bunlimited\ (?:digital\ )?access\b | \bcancel\ anytime\b | \bad-free\b
      | \bcontinue\ (?:to\ )?read(?:ing)?\b | \bfree\ trial\b | \bbecome\ a\ member\b
      | \brecurring\ (?:monthly|annually|yearly)\b
      | \bsupport\ (?:independent\ |quality\ )?journalism\b""",
    re.VERBOSE | re.IGNORECASE,
)
BOX_LINE_MAX_WORDS = 12  # a box is made of short lines; a paragraph ends it
MIN_MARKERS = 3  # one line about subscribing is not yet a box


def find_paywalls(lines: Sequence[Line]) -> Iterator[Boilerplate]:
    """One ``paywall`` span per box, from its first selling line to its last."""
    markers: list[Line] = []
    for line in [*lines, None]:
        if line is not None and (line.blank or line.words <= BOX_LINE_MAX_WORDS):
            if PAYWALL_MARKER.search(line.text):
                markers.append(line)
            continue
        if len(markers) >= MIN_MARKERS:
            yield block(markers[0], markers[-1], BoilerplateLabel.PAYWALL)
        markers = []
