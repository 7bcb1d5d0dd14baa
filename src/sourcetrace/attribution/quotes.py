"""Quotation spans found from the quote marks alone, before any parse.

A ``Quotation`` is one continuous quotation: usually one span between an opening and a closing
mark, but a quotation that runs over several paragraphs (an opening mark left unclosed at the end
of a paragraph, the next paragraph reopening) is one quotation with a piece per paragraph.
Single quotes are never top-level quotation marks: in news copy they are apostrophes or nested
quotes, and nested quotes stay inside their outer quotation, as do straight ones nested in a
straight quote (a mark that opens a word inside an open quote opens a nested one).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sourcetrace.signatures import without_markup

OPENING = "“"
CLOSING = "”"
STRAIGHT = '"'
APOSTROPHES = "''"  # two apostrophes: the quotation mark of some wire and newspaper copy
# Two closing single marks: wire copy's closer of a curly quote (AP: “A,’’ he said)
DOUBLED_CLOSING = "’’"
FRAME_ENDS = (":", ",")  # what ends a frame that opens a quote: `He added: “`, `she said, “`
_PARAGRAPH = re.compile(r"[^\n]+")
# doubled marks first
_MARKS = re.compile(f"{APOSTROPHES}|{DOUBLED_CLOSING}|[{OPENING}{CLOSING}{STRAIGHT}]")
_CURLY = re.compile(f"[{OPENING}{CLOSING}]")


@dataclass(frozen=True, slots=True)
class Piece:
    start: int  # offset of the opening mark
    # offset after the closing mark, or after the paragraph's last character if unclosed, or
    # before the opener of the next quote where its closer was never typed (then closed too)
    end: int
    closed: bool


@dataclass(frozen=True, slots=True)
class Quotation:
    pieces: tuple[Piece, ...]

    @property
    def start(self) -> int:
        return self.pieces[0].start

    @property
    def end(self) -> int:
        return self.pieces[-1].end


def find_quotations(text: str) -> list[Quotation]:
    """Every top-level quotation in ``text``, in order.

    Where a text uses curly marks at all, its straight ones are typing slips, not quotes, except
    in a paragraph with no curly mark whose straight ones pair up (copy pasted in from elsewhere),
    one that pairs with a curly mark across from it (`"A,” he said`, `“A," he said`), and those
    after a paragraph's last curly mark, or before a curly opener, that pair up (`“A," he said.
    "B."`, `"A," he said. “B.”`).
    """
    text = without_markup(text)  # an attribute's value in quote marks is no quotation
    curly = OPENING in text or CLOSING in text
    quotations: list[Quotation] = []
    pending: list[Piece] = []  # pieces of a quotation still open at a paragraph's end
    for para in _PARAGRAPH.finditer(text):
        straight = not curly or _straight_only(para.group())
        pieces = _pieces_in_paragraph(text, para.start(), para.end(), straight=straight)
        if not pieces:
            # A paragraph without quote marks ends any quotation left open before it.
            if pending:
                quotations.append(Quotation(tuple(pending)))
                pending = []
            continue
        first = pieces[0]
        opens_paragraph = not text[para.start() : first.start].strip()
        if pending and not opens_paragraph:
            quotations.append(Quotation(tuple(pending)))
            pending = []
        for piece in pieces:
            pending.append(piece)
            if piece.closed:
                quotations.append(Quotation(tuple(pending)))
                pending = []
    if pending:
        quotations.append(Quotation(tuple(pending)))
    return quotations


def _straight_only(paragraph: str) -> bool:
    """Straight marks in pairs, and no curly one; after a pair, the last may open a quote that
    the next paragraph carries on (`"A," he said. "B.` then `"C," he concluded.`), where a lone
    mark is a stray."""
    count = paragraph.count(STRAIGHT)
    if not count or OPENING in paragraph or CLOSING in paragraph:
        return False
    last = paragraph.rindex(STRAIGHT)
    opens = (last == 0 or paragraph[last - 1].isspace()) and _can_open(
        paragraph, last + 1, len(paragraph)
    )
    return count % 2 == 0 or (count > 2 and opens)


def _pieces_in_paragraph(text: str, start: int, end: int, *, straight: bool) -> list[Piece]:
    pieces: list[Piece] = []
    open_at: int | None = None
    open_mark = ""
    depth = 0
    for found in _MARKS.finditer(text, start, end):
        i, mark = found.start(), found.group()
        if mark == OPENING:
            if open_at is None:
                open_at, open_mark = i, mark
            elif (
                depth or closers(text, i, end) > 1 or text[start:i].rstrip()[-1:] not in FRAME_ENDS
            ):
                depth += 1  # a doubled-up nested quote: stays inside the outer one
            else:
                # A frame's opener with too few closers left for it to nest: the open quote's
                # closer was never typed (`“A. He added: “B.”`); it ends where this one opens.
                pieces.append(Piece(open_at, len(text[open_at:i].rstrip()) + open_at, True))
                open_at, open_mark = i, mark
        elif mark in (CLOSING, DOUBLED_CLOSING):
            if open_at is not None:
                if depth:
                    depth -= 1
                else:
                    pieces.append(Piece(open_at, i + len(mark), True))
                    open_at = None
        elif mark == STRAIGHT and not straight:
            # Copy mixing marks: a straight one stands for the curly one it pairs with.
            paired = _next_curly(text, i + 1, end)
            # It opens before a curly closer, or where the straight ones from here to the next
            # curly opener, or to the end, pair up: `“A," she said. "B."` types its second quote
            # straight, `"A," she said. “B.”` its first.
            upto = end if paired is None else text.index(paired, i + 1, end)
            straight_pairs = paired != CLOSING and text.count(STRAIGHT, i, upto) % 2 == 0
            opens = paired == CLOSING or straight_pairs
            if open_at is None and opens and _can_open(text, i + 1, end):
                open_at, open_mark = i, OPENING
            elif (
                open_at is not None
                and open_mark == OPENING
                and not depth
                # a quote a straight mark opened closes on one too, curly closers later or not:
                # `"A," he said. "B.”`; in a curly one, a straight pair is nested
                and (paired != CLOSING or text[open_at] == STRAIGHT)
                and _closes(text, i)
            ):
                pieces.append(Piece(open_at, i + 1, True))
                open_at = None
        else:  # two apostrophes, or a straight mark in straight copy
            if open_at is None:
                if _can_open(text, i + len(mark), end):
                    open_at, open_mark = i, mark
            elif open_mark == mark and _opens_nested(text, i, mark, end):
                depth += 1  # `"... once called a "gold standard," Clinton shows ..."`
            elif open_mark == mark and depth:
                depth -= 1
            elif open_mark == mark:
                pieces.append(Piece(open_at, i + len(mark), True))
                open_at = None
    if open_at is not None:
        para_end = len(text[start:end].rstrip()) + start
        if para_end - open_at > len(open_mark):
            pieces.append(Piece(open_at, para_end, False))
    return pieces


def _next_curly(text: str, start: int, end: int) -> str | None:
    """The first curly mark in ``text[start:end]``, if any."""
    found = _CURLY.search(text, start, end)
    return found.group() if found else None


def closers(text: str, start: int, end: int) -> int:
    """How many curly closers ``text[start:end]`` holds."""
    return text.count(CLOSING, start, end) + text.count(DOUBLED_CLOSING, start, end)


def _closes(text: str, i: int) -> bool:
    """A straight mark at ``i`` ends a word or punctuation, so it can close a quote."""
    return i > 0 and not text[i - 1].isspace()


def _opens_nested(text: str, i: int, mark: str, end: int) -> bool:
    """A mark at ``i``, inside a quote its kind opened, that opens a quote within it: it starts
    a word rather than ending one, and two marks of its kind follow in the paragraph to close
    both (a lone one is a closer typed with a space, `"We won, "he said`)."""
    after = i + len(mark)
    return (
        not _closes(text, i) and _can_open(text, after, end) and text.count(mark, after, end) >= 2
    )


def _can_open(text: str, after: int, end: int) -> bool:
    """A straight mark opens a quote when words follow it, not when it closes an inch mark."""
    return after < end and not text[after].isspace()
