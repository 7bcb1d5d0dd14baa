"""Layout tables: a table whose cell holds the article's paragraphs lays out the page; it is not
a table of data."""

from __future__ import annotations

from lxml.html import HtmlElement

# Trafilatura reads a table as data: one line a row, each cell's paragraphs flattened between
# " | ". A table that says it is layout (ARIA role "presentation") has its cells read as blocks.
LAYOUT_ROLE = "presentation"
PARAGRAPHS = 2  # paragraphs in one cell: prose, which no data cell holds


def mark_layout_tables(tree: HtmlElement) -> HtmlElement:
    """``tree`` with every table that has a cell of paragraphs (two or more ``<p>``, at any depth:
    pages wrap the story in a div of the cell) marked as layout, unless the table already names
    its role."""
    for cell in tree.iter("td", "th"):
        if len(cell.findall(".//p")) < PARAGRAPHS:
            continue
        table = next(cell.iterancestors("table"), None)
        if table is not None and table.get("role") is None:
            table.set("role", LAYOUT_ROLE)
    return tree
