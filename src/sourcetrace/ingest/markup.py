"""The spans of an extracted page that its markup marks as boilerplate: captions
(``figures.py``) and links to other stories (``links.py``). The page is parsed once for both."""

from __future__ import annotations

from trafilatura.utils import load_html

from sourcetrace.ingest.figures import caption_lines
from sourcetrace.ingest.links import link_lines
from sourcetrace.lines import split_lines
from sourcetrace.model import Boilerplate


def marked_lines(html: str | bytes, text: str) -> tuple[Boilerplate, ...]:
    """Whole-line spans of ``text`` (extracted from ``html``) that the markup flags; a caption
    that is linked (to the picture, or to the product it shows) is a caption, not a teaser."""
    tree = load_html(html)
    if tree is None:
        return ()
    lines = split_lines(text)
    # the first line is the story's own headline
    title = next((line.index for line in lines if not line.blank), None)
    captions = tuple(caption_lines(tree, lines, title))
    captioned = {b.start for b in captions}
    links = (b for b in link_lines(tree, lines, title) if b.start not in captioned)
    return tuple(sorted((*captions, *links), key=lambda b: b.start))
