"""Lines of an extracted page that are a picture's caption by the page's markup: the text of the
box that holds an image (the nearest element around the ``<img>`` with any text, when that is
short and no paragraph: "<div><img ...><br><span>The slimmer bezels</span></div>"; a box that
holds a ``<p>`` is the text's, as a short post's body beside its picture is), the text of
an image's ``alt`` set again under it, or of a ``<figcaption>`` or an element whose class or id
names a caption or a credit, when the extractor kept it. Flagged as captions, never read: the page
says what they are, where their shape (a short line with no final period) is a subhead's too. So
is a short italic paragraph right under a block that holds only a picture."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from lxml.html import HtmlElement

from sourcetrace.ingest.links import HEADINGS, SKIPPED
from sourcetrace.ingest.text import squeeze
from sourcetrace.lines import SENTENCE_END, Line
from sourcetrace.model import Boilerplate, BoilerplateLabel

# One word is a product or a section name as often as a picture's; a caption is no paragraph.
CAPTION_MIN_WORDS = 2
CAPTION_MAX_WORDS = 60
# A line in italics right under a picture is its caption when it reads as one: a title and its
# author ("Light a Wish by Example Group"), no sentence.
EMPHASIS = frozenset({"em", "i"})
UNDER_MAX_WORDS = 25
CAPTION_CLASS = re.compile(r"caption|credit", re.IGNORECASE)
# Elements that hold an image inside a text, not a text beside an image: a picture in a
# paragraph, a list item, a quotation (an embedded post) or a heading is the text's.
INLINE = frozenset(
    {"p", "li", "blockquote", "h1", "h2", "h3", "h4", "a", "span", "em", "strong", "b", "i"}
)


def caption_lines(
    tree: HtmlElement, lines: Sequence[Line], title: int | None
) -> Iterator[Boilerplate]:
    """``caption`` spans over the ``lines`` (of the text extracted from ``tree``) whose text is
    a caption of the page's; ``title``, the story's headline, is none, nor is any heading of the
    page: pages give a picture the headline or the subhead over it as its ``alt`` ("Battery
    life" over a picture of the battery)."""
    alts: set[str] = set()
    captions: set[str] = set()
    for img in tree.iter("img"):
        alts.add(squeeze(img.get("alt") or ""))
        if box := _box_text(img) or _emphasized_under(img):
            captions.add(box)
    captions.update(alts - {squeeze(h.text_content()) for h in tree.iter(*HEADINGS)})
    captions.update(squeeze(el.text_content()) for el in tree.iter() if _captions(el))
    for line in lines:
        if (
            line.index != title
            and CAPTION_MIN_WORDS <= line.words <= CAPTION_MAX_WORDS
            and squeeze(line.text) in captions
        ):
            yield line.flag(BoilerplateLabel.CAPTION)


def _captions(element: HtmlElement) -> bool:
    if not isinstance(element.tag, str):  # a comment or a processing instruction
        return False
    if element.tag == "figcaption":
        return True
    named = f"{element.get('class') or ''} {element.get('id') or ''}"
    return CAPTION_CLASS.search(named) is not None


def _emphasized_under(image: HtmlElement) -> str | None:
    """The text of a short paragraph wholly in italics right under the block that holds
    ``image`` and no text: "<p><a><img></a></p><p><em>Light a Wish by Example Group</em></p>".
    A line that ends a sentence is the story's, italic or not."""
    box = image
    for around in image.iterancestors():
        if any(piece.strip() for piece in around.itertext()):
            break
        box = around
    if (box.tail or "").strip():
        return None  # text runs on after the picture in the same block
    after = box.getnext()
    while after is not None and (not isinstance(after.tag, str) or after.tag in SKIPPED):
        after = after.getnext()
    if after is None or after.tag not in ("p", "div") or len(after) != 1:
        return None
    inner = after[0]
    if inner.tag not in EMPHASIS or (after.text or "").strip() or (inner.tail or "").strip():
        return None
    text = squeeze(after.text_content())
    short = len(text.split()) <= UNDER_MAX_WORDS
    return text if short and SENTENCE_END.search(text) is None else None


def _box_text(image: HtmlElement) -> str | None:
    """The text of the nearest element around ``image`` that has any, when it is a box (no
    inline element) and short enough to be a caption."""
    for around in image.iterancestors():
        pieces: list[str] = []
        counted = 0  # an upper bound: a word split over two pieces counts twice
        # read no further than a caption's length: the nearest element with text may be the page
        for piece in around.itertext():
            pieces.append(piece)
            counted += len(piece.split())
            if counted > 2 * CAPTION_MAX_WORDS:
                return None
        text = squeeze("".join(pieces))  # as text_content() joins them
        if text:
            short = len(text.split()) <= CAPTION_MAX_WORDS
            box = around.tag not in INLINE and around.find(".//p") is None
            return text if short and box else None
    return None
