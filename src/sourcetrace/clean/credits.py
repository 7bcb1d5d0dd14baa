"""Contributor, editing and source credits: "X contributed reporting.", "Reporting by X; Editing by
Y", "SOURCE: News agencies"."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from sourcetrace.lines import Line
from sourcetrace.model import Boilerplate, BoilerplateLabel

CREDIT = re.compile(
    r"""\bcontributed\b.*\b(?:reporting|to\ this\ (?:report|story|article))\b
      | ^\W*(?:additional\ )?reporting\ by\b
      | ^\W*(?:writing|editing|compiled|produced)\ by\b
      | \bediting\ by\b
      | ^contributing:
      | ^sources?:\s*\S+(?:\s+\S+){0,4}$  # a short credit only: "Source: Al Jazeera and agencies"
    """,
    re.VERBOSE | re.IGNORECASE,
)
CREDIT_MAX_WORDS = 40


def find_credits(lines: Sequence[Line]) -> Iterator[Boilerplate]:
    for line in lines:
        if 0 < line.words <= CREDIT_MAX_WORDS and CREDIT.search(line.text):
            yield line.flag(BoilerplateLabel.CREDIT)
