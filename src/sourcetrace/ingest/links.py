"""Lines of an extracted page that are wholly a link: headlines of other stories set inside the
body ("Sean Spicer eliminated from 'Dancing With the Stars'"), maybe after a bullet or a short
label ("• <headline>", "ICYMI: <headline>"). Flagged as teasers, never read."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from lxml.html import HtmlElement

from sourcetrace.ingest.text import squeeze
from sourcetrace.lines import Line
from sourcetrace.model import Boilerplate, BoilerplateLabel

# A link line is a headline: a few words, up to a short paragraph; one or two words are a
# product or a name linked inside the prose.
LINK_MIN_WORDS = 3
LINK_MAX_WORDS = 25
# What may stand before the link on its line: a bullet, and a label of a few words and a colon.
LEAD = re.compile(r"^(?:[•·▪►*–-]+\s*)?(?:[^:\s][^:]{0,30}:\s+)?")


def link_lines(
    tree: HtmlElement, lines: Sequence[Line], title: int | None
) -> Iterator[Boilerplate]:
    """``teaser`` spans over the ``lines`` (of the text extracted from ``tree``) that are exactly
    the text of one of the page's links; ``title``, the story's own headline, often a link to
    itself, is none."""
    # links elsewhere: not a table of contents' "#section" anchors
    anchors = {
        squeeze(a.text_content())
        for a in tree.iter("a")
        if not (a.get("href") or "#").startswith("#")
    }
    for line in lines:
        if line.index == title or line.words > LINK_MAX_WORDS:
            continue
        linked = {squeeze(line.text), squeeze(LEAD.sub("", line.text, count=1))}
        if any(len(words.split()) >= LINK_MIN_WORDS and words in anchors for words in linked):
            yield line.flag(BoilerplateLabel.TEASER)
