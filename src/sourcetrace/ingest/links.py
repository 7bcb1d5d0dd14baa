"""Lines of an extracted page that are wholly a link: headlines of other stories set inside the
body ("Sean Spicer eliminated from 'Dancing With the Stars'"), maybe after a bullet or a short
label ("• <headline>", "ICYMI: <headline>"), and the items of a list of story cards, each a
linked headline with its subline ("- Pochettino fired by Tottenham Pochettino took the club to
the final"). Flagged as teasers, never read.

A text the page also writes as a block of its own is the article's, not a link's: a heading or a
paragraph holding no link (a subhead "How to retire early" that a tag link elsewhere repeats), or
a heading wholly a link that heads a paragraph (a gift guide's or a review's product, linked to
its shop: the section is about it)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from lxml.html import HtmlElement

from sourcetrace.ingest.text import squeeze
from sourcetrace.lines import PROSE_MIN_WORDS, SENTENCE_END, Line
from sourcetrace.model import Boilerplate, BoilerplateLabel

# A link line is a headline: a few words, up to a short paragraph; one or two words are a
# product or a name linked inside the prose.
LINK_MIN_WORDS = 3
LINK_MAX_WORDS = 25
# What may stand before the link on its line: a bullet, and a label of a few words and a colon.
LEAD = re.compile(r"^(?:[•·▪►*–-]+\s*)?(?:[^:\s][^:]{0,30}:\s+)?")
# A list item as extracted: its bullet before the item's text.
BULLET = re.compile(r"^[•·▪►*–-]+\s+")
HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
BLOCKS = (*HEADINGS, "p", "li")
SKIPPED = frozenset({"script", "style", "noscript"})


def link_lines(
    tree: HtmlElement, lines: Sequence[Line], title: int | None
) -> Iterator[Boilerplate]:
    """``teaser`` spans over the ``lines`` (of the text extracted from ``tree``) that are exactly
    the text of one of the page's links; ``title``, the story's own headline, often a link to
    itself, is none."""
    anchors = {squeeze(a.text_content()) for a in tree.iter("a") if _elsewhere(a)}
    found = []
    cards: set[str] | None = None  # read from the page at the first list item
    for line in lines:
        if line.index == title or line.words > LINK_MAX_WORDS:
            continue
        linked = {squeeze(line.text), squeeze(LEAD.sub("", line.text, count=1))}
        if any(len(words.split()) >= LINK_MIN_WORDS and words in anchors for words in linked):
            found.append(line)
        elif (bullet := BULLET.match(line.text)) is not None:
            cards = _card_headlines(tree) if cards is None else cards
            if _opens_with_card(squeeze(line.text[bullet.end() :]), cards):
                found.append(line)
    if found:  # the page's blocks are read only when some line is a link's text: few pages
        own = _own_blocks(tree)
        yield from (x.flag(BoilerplateLabel.TEASER) for x in found if squeeze(x.text) not in own)


def _elsewhere(link: HtmlElement) -> bool:
    """A link to another page: not a table of contents' "#section" anchor."""
    return not (link.get("href") or "#").startswith("#")


def _card_headlines(tree: HtmlElement) -> set[str]:
    """The headlines of the page's story cards: a heading inside a list item, wholly a link."""
    cards = set()
    for heading in tree.iter(*HEADINGS):
        link = heading.find(".//a")
        if link is None or not _elsewhere(link):
            continue
        text = squeeze(heading.text_content())
        inside_item = next(heading.iterancestors("li"), None) is not None
        if inside_item and squeeze(link.text_content()) == text:
            cards.add(text)
    return cards


def _opens_with_card(item: str, cards: set[str]) -> bool:
    """``item`` is a card's headline and its subline: no sentence ends it (a list item of the
    story's own that opens with a linked head goes on to a sentence)."""
    if SENTENCE_END.search(item) is not None:
        return False
    return any(
        len(card.split()) >= LINK_MIN_WORDS and item.startswith(f"{card} ") for card in cards
    )


def _own_blocks(tree: HtmlElement) -> set[str]:
    """The texts of the page's headings and paragraphs that are the article's own: a block that
    holds no link, or a heading (linked or not) over a paragraph."""
    own = set()
    for block in tree.iter(*BLOCKS):
        if block.find(".//a") is None or (block.tag in HEADINGS and _heads_paragraph(block)):
            own.add(squeeze(block.text_content()))
    return own


def _heads_paragraph(heading: HtmlElement) -> bool:
    """The first element after ``heading`` with any text is a paragraph of prose."""
    for after in heading.itersiblings():
        if not isinstance(after.tag, str) or after.tag in SKIPPED:
            continue  # a comment, or an ad's script
        text = squeeze(after.text_content())
        if text:
            prose = len(text.split()) >= PROSE_MIN_WORDS and SENTENCE_END.search(text) is not None
            return after.tag == "p" and prose
    return False
