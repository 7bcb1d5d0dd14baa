"""Lines of an extracted page that are wholly a link: headlines of other stories set inside the
body ("Sean Spicer eliminated from 'Dancing With the Stars'"), maybe after a bullet or a short
label ("• <headline>", "ICYMI: <headline>"). Flagged as teasers, never read."""

from __future__ import annotations

import re

from trafilatura.utils import load_html

from sourcetrace.lines import split_lines
from sourcetrace.model import Boilerplate, BoilerplateLabel

# A link line is a headline: a few words, up to a short paragraph; one or two words are a
# product or a name linked inside the prose.
LINK_MIN_WORDS = 3
LINK_MAX_WORDS = 25
# What may stand before the link on its line: a bullet, and a label of a few words and a colon.
LEAD = re.compile(r"^(?:[•·▪►*–-]+\s*)?(?:[^:\s][^:]{0,30}:\s+)?")


def link_lines(html: str | bytes, text: str) -> tuple[Boilerplate, ...]:
    """``teaser`` spans over the lines of ``text`` (extracted from ``html``) that are exactly the
    text of one of the page's links."""
    tree = load_html(html)
    if tree is None:
        return ()
    # links elsewhere: not a table of contents' "#section" anchors
    anchors = {
        _words(a.text_content())
        for a in tree.iter("a")
        if not (a.get("href") or "#").startswith("#")
    }
    lines = split_lines(text)
    # the first line is the story's own headline, often a link to itself
    title = next((line.index for line in lines if not line.blank), None)
    return tuple(
        line.flag(BoilerplateLabel.TEASER)
        for line in lines
        if line.index != title
        and line.words <= LINK_MAX_WORDS
        and any(
            len(linked.split()) >= LINK_MIN_WORDS and linked in anchors
            for linked in {_words(line.text), _words(LEAD.sub("", line.text, count=1))}
        )
    )


def _words(text: str) -> str:
    return " ".join(text.split())
