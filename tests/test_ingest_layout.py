"""Layout tables: a page laid out in a table cell reads as paragraphs, a data table as rows."""

from __future__ import annotations

import gzip

import trafilatura

from conftest import shared_path
from sourcetrace.ingest import article_from_html
from sourcetrace.ingest.layout import LAYOUT_ROLE, mark_layout_tables

FIRST = "The harbour board said on Monday that the old pier would close for repairs next spring."
SECOND = "Fishermen who moor there told the board they had not been asked about the timing at all."
THIRD = "A spokeswoman said the work could not wait because the pilings had rotted through."
# An old-style page: the whole page is one table row, the story in one cell, links beside it.
TABLE_PAGE = f"""<html><head><title>Pier to close</title></head><body>
<table border="0"><tr>
<td><h1>Pier to close</h1><p>Monday, March 2, 2020</p><p>{FIRST}</p><p>{SECOND}</p>
<p>{THIRD}</p></td>
<td><div>More news</div><div>Ferry fares rise</div><div>New lighthouse keeper named</div></td>
</tr></table></body></html>"""
DATA_PAGE = f"""<html><head><title>Tide times</title></head><body><article>
<h1>Tide times</h1><p>{FIRST}</p><p>{SECOND}</p>
<table><tr><th>Day</th><th>High</th><th>Low</th></tr>
<tr><td>Monday</td><td>06:10</td><td>12:25</td></tr>
<tr><td>Tuesday</td><td>06:55</td><td>13:10</td></tr></table>
<p>{THIRD}</p></article></body></html>"""


def tables(html: str) -> list[str | None]:
    tree = mark_layout_tables(trafilatura.load_html(html))
    return [t.get("role") for t in tree.iter("table")]


def test_a_table_with_a_cell_of_paragraphs_is_marked_layout() -> None:
    assert tables(TABLE_PAGE) == [LAYOUT_ROLE]


def test_a_data_table_and_a_table_naming_its_role_are_left_alone() -> None:
    assert tables(DATA_PAGE) == [None]
    assert tables(TABLE_PAGE.replace('<table border="0">', '<table role="grid">')) == ["grid"]


def test_a_story_laid_out_in_a_table_reads_as_paragraphs() -> None:
    lines = article_from_html(TABLE_PAGE, origin="pier.html").text.splitlines()
    for sentence in (FIRST, SECOND, THIRD):
        assert sentence in lines  # each paragraph a line of its own, no " | " between them
    assert not any("|" in line for line in lines)


def test_a_data_table_keeps_its_rows() -> None:
    text = article_from_html(DATA_PAGE, origin="tides.html").text
    assert "| Monday | 06:10 | 12:25 |" in text
    assert FIRST in text.splitlines() and THIRD in text.splitlines()


def test_a_real_page_laid_out_in_a_table_joins_no_cells() -> None:
    # The Space Review page of ../shared/corpus/aeb: its story cell came out as one " | " line.
    path = shared_path(
        "corpus",
        "aeb",
        "html",
        "c00962aabe7bdd1fca78f5360ea7fa93cd7674863b05157e00827506a7aa58c4.html.gz",
    )
    text = article_from_html(gzip.decompress(path.read_bytes()), origin=str(path)).text
    joined = [line for line in text.splitlines() if line.strip().strip("|").count("|") >= 1]
    assert joined == []
    assert len(text.splitlines()) > 30


def test_a_story_wrapped_in_a_div_of_the_cell_is_still_layout() -> None:
    wrapped = TABLE_PAGE.replace("<td><h1>", "<td><div><h1>").replace(
        f"<p>{THIRD}</p></td>", f"<p>{THIRD}</p></div></td>"
    )
    assert tables(wrapped) == [LAYOUT_ROLE]


# A page that hides a second copy of its story (as schema.org microdata blocks do): extraction
# fell back to a reader that counts hidden text, and gave the story twice.
HIDDEN_COPY_PAGE = f"""<html><head><title>Pier to close</title></head><body><article>
<h1>Pier to close</h1><p>{FIRST}</p><p>{SECOND}</p><p>{THIRD}</p></article>
<div style="display: none"><p>{FIRST} {SECOND} {THIRD}</p><p>{FIRST} {SECOND} {THIRD}</p></div>
<div hidden><p>{FIRST}</p><p>{SECOND}</p><p>{THIRD}</p></div>
</body></html>"""


def test_hidden_copies_of_the_story_are_not_read() -> None:
    text = article_from_html(HIDDEN_COPY_PAGE, origin="pier.html").text
    for sentence in (FIRST, SECOND, THIRD):
        assert text.count(sentence) == 1


def aeb_text(sha8: str) -> str:
    """The text extracted from the aeb page whose sha256 starts with ``sha8``."""
    folder = shared_path("corpus", "aeb", "html")
    path = next(folder.glob(f"{sha8}*.html.gz"))
    return article_from_html(gzip.decompress(path.read_bytes()), origin=str(path)).text


def test_real_pages_hiding_or_tabling_their_story_read_it_once() -> None:
    # Business Insider hid two microdata copies of its 435-word story (extracted: 1,458 words);
    # PanARMENIAN wraps its story in a div of a layout cell (extracted: one " | " line).
    insider = aeb_text("fde930b0")
    assert len(insider.split()) < 600
    lines = insider.splitlines()
    assert len(lines) == len(set(lines))
    assert not [line for line in aeb_text("d90bda7e").splitlines() if " | " in line]
