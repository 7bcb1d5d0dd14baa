"""The spans of an extracted page that its markup marks as boilerplate: captions
(``figures.py``), links to other stories (``links.py``) and the lines kept above the page's
``<h1>`` headline. The page is parsed once for all."""

from __future__ import annotations

from collections.abc import Sequence

from lxml.html import HtmlElement
from trafilatura.utils import load_html

from sourcetrace.ingest.figures import caption_lines
from sourcetrace.ingest.links import link_lines
from sourcetrace.ingest.text import squeeze
from sourcetrace.lines import Line, split_lines
from sourcetrace.model import Boilerplate, BoilerplateLabel

# Where the page's headline may stand among the extracted lines, and its fewest words.
HEADLINE_WITHIN = 6
HEADLINE_MIN_WORDS = 3


def marked_lines(html: str | bytes, text: str) -> tuple[Boilerplate, ...]:
    """Whole-line spans of ``text`` (extracted from ``html``) that the markup flags; a caption
    that is linked (to the picture, or to the product it shows) is a caption, not a teaser."""
    tree = load_html(html)
    if tree is None:
        return ()
    lines = split_lines(text)
    title = _headline(tree, lines)
    # what the extractor kept above the headline is the page's: a section label ("Review"), a
    # sidebar's headlines
    above = tuple(x.flag(BoilerplateLabel.TEASER) for x in lines[:title] if not x.blank)
    captions = tuple(caption_lines(tree, lines, title))
    captioned = {b.start for b in (*above, *captions)}
    links = (b for b in link_lines(tree, lines, title) if b.start not in captioned)
    return tuple(sorted((*above, *captions, *links), key=lambda b: b.start))


def _headline(tree: HtmlElement, lines: Sequence[Line]) -> int | None:
    """The story's headline: the page's ``<h1>`` where one of the first lines is its text (a
    headline of a few words: a site's name is a logo's ``<h1>`` too), else the first line."""
    filled = [line for line in lines if not line.blank][:HEADLINE_WITHIN]
    heads = {squeeze(h.text_content()) for h in tree.iter("h1")}
    for line in filled:
        if line.words >= HEADLINE_MIN_WORDS and squeeze(line.text) in heads:
            return line.index
    return filled[0].index if filled else None
