"""Captions by the page's markup: the short text of a picture's box, a line that repeats a
picture's alt text, or a figure's caption the extractor kept, is a caption; a subhead or a short
paragraph of the story is not."""

from __future__ import annotations

from sourcetrace.clean import find_boilerplate
from sourcetrace.ingest import article_from_html
from sourcetrace.ingest.markup import marked_lines
from sourcetrace.model import Boilerplate, BoilerplateLabel

CAPTION = BoilerplateLabel.CAPTION
FIRST = "The harbour board said on Monday that the old pier would close for repairs next spring."
SECOND = "Fishermen who moor there told the board they had not been asked about the timing at all."
THIRD = "A spokeswoman said the work could not wait because the pilings had rotted through."
FOURTH = "Repairs to the north wall are to start in April and last for most of the summer."
# A picture in a plain box, its caption a span under it that repeats its alt text (no
# <figcaption>, no class that says "caption"): the extractor keeps the span as a line.
PAGE = f"""<html><head><title>Pier to close</title></head><body><article>
<h1>Pier to close</h1><p>{FIRST}</p>
<h2>Still four mooring posts</h2><p>{SECOND}</p>
<div><img src="a.jpg" alt="Still four mooring posts on the pier"><br>
<span class="small gray">Still four mooring posts on the pier</span></div>
<p>{THIRD}</p><p>The pier is old.</p><p>{FOURTH}</p></article></body></html>"""


def _labelled(text: str, spans: tuple[Boilerplate, ...]) -> list[tuple[str, str]]:
    return [(text[b.start : b.end], b.label.value) for b in spans]


def test_a_line_that_repeats_an_image_alt_text_is_a_caption_and_the_subhead_it_echoes_is_not() -> (
    None
):
    article = article_from_html(PAGE, origin="page.html")
    assert _labelled(article.text, article.flagged) == [
        ("Still four mooring posts on the pier", "caption")
    ]
    # the subhead the caption echoes is neither a caption nor the original of a duplicate
    found = find_boilerplate(article.text, article.flagged)
    assert _labelled(article.text, found) == _labelled(article.text, article.flagged)


def test_the_text_in_a_pictures_box_is_a_caption_and_a_paragraph_with_an_icon_is_not() -> None:
    html = (
        "<html><body><article><h1>Pier to close</h1><p>" + FIRST + "</p>"
        "<div align='center'><div><a href='/p.jpg'><img src='p.jpg' alt='Pier'></a></div><br>"
        "<span class='small'>Divers inspect the rotted pilings on Monday</span></div>"
        "<p>The pier is old. <img src='icon.png'></p><ul><li><img src='dot.png'>Cranes go first"
        "</li></ul><blockquote><p>Save the pier <img src='e.png'></p></blockquote>"
        "<p>" + SECOND + "</p></article></body></html>"
    )
    text = (
        f"Pier to close\n{FIRST}\nDivers inspect the rotted pilings on Monday\nThe pier is old."
        f"\nCranes go first\nSave the pier\n{SECOND}"
    )
    assert _labelled(text, marked_lines(html, text)) == [
        ("Divers inspect the rotted pilings on Monday", "caption")
    ]


def test_a_paragraph_in_the_box_of_a_picture_is_the_texts() -> None:
    # a short post: its one paragraph and its picture in one box
    html = (
        "<html><body><article><h1>Pier to close</h1><div class='post'><img src='p.jpg'>"
        f"<p>{FIRST}</p></div></article></body></html>"
    )
    text = f"Pier to close\n{FIRST}"
    assert marked_lines(html, text) == ()
    # the same words loose in the box, as a caption stands under its picture
    caption = html.replace(f"<p>{FIRST}</p>", f"<span>{FIRST}</span>")
    assert _labelled(text, marked_lines(caption, text)) == [(FIRST, "caption")]


def test_a_subhead_repeated_as_the_alt_of_the_picture_under_it_stays_a_subhead() -> None:
    html = (
        "<html><body><article><h1>Pier to close</h1><p>" + FIRST + "</p>"
        "<h2>The north wall at low tide</h2><img src='w.jpg' alt='The north wall at low tide'>"
        "<p>" + SECOND + "</p><img src='g.jpg' alt='Gulls over the old pier'>"
        "<p>Gulls over the old pier</p></article></body></html>"
    )
    text = f"Pier to close\n{FIRST}\nThe north wall at low tide\n{SECOND}\nGulls over the old pier"
    assert _labelled(text, marked_lines(html, text)) == [("Gulls over the old pier", "caption")]


def test_the_headline_and_a_short_paragraph_are_no_captions_even_as_alt_text() -> None:
    html = (
        "<html><body><article><h1>Pier to close</h1><img src='a.jpg' alt='Pier to close'>"
        f"<p>{FIRST}</p><p>The pier is old.</p><img src='b.jpg' alt='The pier is old.'>"
        f"<img src='c.jpg' alt='Pier'><p>Pier</p><p>{SECOND}</p></article></body></html>"
    )
    # the headline is the story's own; a one-word alt names a thing, not a picture
    assert marked_lines(html, f"Pier to close\n{FIRST}\nPier\n{SECOND}") == ()
    text = f"Pier to close\n{FIRST}\nThe pier is old.\n{SECOND}"
    assert _labelled(text, marked_lines(html, text)) == [("The pier is old.", "caption")]


def test_a_linked_caption_is_a_caption_not_a_teaser() -> None:
    html = (
        "<html><body><article><h1>Pier to close</h1><p>" + FIRST + "</p><a href='/pier.jpg'>"
        "<img src='b.jpg' alt='The pier at low tide'></a><a href='/pier.jpg'>The pier at low "
        "tide</a><p>" + SECOND + "</p></article></body></html>"
    )
    text = f"Pier to close\n{FIRST}\nThe pier at low tide\n{SECOND}"
    assert _labelled(text, marked_lines(html, text)) == [("The pier at low tide", "caption")]


def test_a_figcaption_or_an_element_named_a_caption_or_credit_is_a_caption() -> None:
    html = (
        "<html><body><article><h1>Pier to close</h1><p>" + FIRST + "</p><figure><img src='a.jpg'>"
        "<figcaption>Divers inspect the pilings</figcaption></figure>"
        "<div class='photo-credit'>Jane Roe for the Gazette</div>"
        "<p id='caption-3'>Gulls over the old pier</p><p>" + SECOND + "</p></article></body></html>"
    )
    text = (
        f"Pier to close\n{FIRST}\nDivers inspect the pilings\nJane Roe for the Gazette\n"
        f"Gulls over the old pier\n{SECOND}"
    )
    assert [text[b.start : b.end] for b in marked_lines(html, text)] == [
        "Divers inspect the pilings",
        "Jane Roe for the Gazette",
        "Gulls over the old pier",
    ]
    assert all(b.label is CAPTION for b in marked_lines(html, text))


def test_a_short_italic_line_under_a_picture_block_is_a_caption_and_italic_prose_is_not() -> None:
    html = (
        "<html><body><article><h1>Pier to close</h1><p>" + FIRST + "</p>"
        "<p><a href='/a.jpg'><img src='a.jpg' alt='pier'></a></p>"
        "<p><em>Low Tide by Jane Roe</em></p><p>" + SECOND + "</p>"
        "<p><img src='b.jpg' alt='gulls'></p><p><em>" + THIRD + "</em></p>"
        "<p><em>Gulls over the pier</em></p><p>" + FOURTH + "</p></article></body></html>"
    )
    text = (
        f"Pier to close\n{FIRST}\nLow Tide by Jane Roe\n{SECOND}\n{THIRD}\nGulls over the pier\n"
        f"{FOURTH}"
    )
    # an italic sentence under a picture is the story's; a line under a text paragraph is no caption
    assert _labelled(text, marked_lines(html, text)) == [("Low Tide by Jane Roe", "caption")]


def test_lines_kept_above_the_pages_h1_headline_are_teasers() -> None:
    html = (
        "<html><body><article><a href='/reviews'>Review</a><h1>Pier to close next spring</h1>"
        "<p>" + FIRST + "</p><p>" + SECOND + "</p></article></body></html>"
    )
    text = f"Review\nPier to close next spring\n{FIRST}\n{SECOND}"
    assert _labelled(text, marked_lines(html, text)) == [("Review", "teaser")]
    # the headline itself is no teaser, and where the first line is the <h1> nothing is marked
    assert marked_lines(html, f"Pier to close next spring\n{FIRST}\n{SECOND}") == ()
    # a logo's short <h1> elsewhere in the text moves no headline
    html = html.replace("<h1>Pier to close next spring</h1>", "<h1>Port Desk</h1>")
    assert marked_lines(html, f"Title\nPort Desk\n{FIRST}") == ()
