"""A letters page: readers' letters, comments and tweets, each closed by its signer's line ("Ann
B. Lee." over "Dayton, Ohio.", or "@annlee."). No verb says who wrote them; the layout does.

Each letter is its signer's `written` attribution with no cue, one content piece per paragraph
(final punctuation kept), the signature line (its period left out) as speaker; a report the
letter makes ('she said, "..."') lies inside it and is no attribution of the page's (univocal,
tests/gold/README.md). A letter runs up from its signature to the line that closes the one above
(its signature or the place line under it), a section head in capitals ("LETTERS.",
"TWITTER."), a lead-in ending with a colon, or the page's first line, its title. A handle signs
one post: the paragraph right above it; what is above that (the page's "We asked our followers
...") is the outlet's own.

The form is the guard: two different signers at least, each a handle or a name the NER reads
as a person's, so a section head in title case ("Human Rights.") signs nothing, and the mark of
readers' mail, a handle or a place line under a name, so neither do headings the NER takes for
names; a line of a name the NER does not know still closes the letter above it, and its own
letter is left out. A page of one letter has one signer: there the name and place lines must
close the page, and the letter must not name its signer.
"""

from __future__ import annotations

import re
from itertools import islice

from spacy.tokens import Doc

from sourcetrace.attribution.candidate import Candidate
from sourcetrace.attribution.spans import text_span
from sourcetrace.attribution.types import quote_type
from sourcetrace.lines import SENTENCE_END, Line, split_lines, text_start
from sourcetrace.model import CueClass
from sourcetrace.nlp import doc_text
from sourcetrace.signatures import HANDLE
from sourcetrace.vocabulary import REGION_LABELS

# A line that is a signer, a place or a head: a handle, or one to five capitalized words (commas
# between them: "Woodside, N.Y."), a final period allowed.
_SHORT_LINE = re.compile(
    rf"^[ \t]*(?:{HANDLE}|[A-Z][\w.'’-]*(?:,?[ \t]+[A-Z][\w.'’-]*){{0,4}})\.?[ \t]*$", re.MULTILINE
)
# A signer's name: two to four capitalized words ("Atul M. Karnik"); a handle.
_NAME = re.compile(r"^[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){1,3}$")
_HANDLE = re.compile(rf"^{HANDLE}$")
MIN_LETTERS = 2
CONFIDENCE_LETTER = 0.8


def find_letters(doc: Doc) -> list[Candidate]:
    """Every signed letter of ``doc`` when it is a letters page; none otherwise."""
    text = doc_text(doc)
    if next(islice(_SHORT_LINE.finditer(text), MIN_LETTERS - 1, None), None) is None:
        return []  # the cheap test first: almost no page has two such lines
    lines = [line for line in split_lines(text) if not line.blank]
    signed = []
    for at, line in enumerate(lines):
        signer = _signer(doc, text, line, lines[at - 1] if at else None)
        if signer is not None:
            signed.append((at, signer))
    if not _letters_page(doc, text, lines, signed):
        return []
    found = (_letter(doc, text, lines, at, signer) for at, signer in signed)
    return [c for c in found if c is not None]


def _letters_page(
    doc: Doc, text: str, lines: list[Line], signed: list[tuple[int, tuple[int, int]]]
) -> bool:
    """Two signers at least, different ones, and the mark of readers' mail: a handle, or a
    place line under a name ("Dayton, Ohio."). Headings the NER takes for names ("Nighttime
    Supplement" over each of a page's sections) have neither. Or one letter alone that closes
    the page."""
    if len(signed) == 1:
        return _lone_letter(doc, text, lines, *signed[0])
    if len({text[start:end] for _, (start, end) in signed}) < MIN_LETTERS:
        return False
    return any(text[start] == "@" or _place(doc, lines, at + 1) for at, (start, _) in signed)


def _lone_letter(doc: Doc, text: str, lines: list[Line], at: int, signer: tuple[int, int]) -> bool:
    """A page of one letter: a name and the place line under it are the page's last two lines
    ("Ann B. Lee." / "Dayton, Ohio."), and the text above never names the signer. A story that
    closes on a person's name and town has named that person before (whom it reports, whom it
    quotes); a byline is no name alone on its line."""
    start, end = signer
    surname = text[start:end].split()[-1]
    closing = at + 2 == len(lines) and _place(doc, lines, at + 1)
    return closing and text[start] != "@" and text.count(surname) == 1


def _place(doc: Doc, lines: list[Line], at: int) -> bool:
    """Line ``at`` is a place's: a short line the NER reads a place in."""
    if at >= len(lines) or _SHORT_LINE.match(lines[at].text) is None:
        return False
    span = doc.char_span(lines[at].start, lines[at].end, alignment_mode="expand")
    return span is not None and any(t.ent_type_ in REGION_LABELS for t in span)


def _signer(doc: Doc, text: str, line: Line, above: Line | None) -> tuple[int, int] | None:
    """Where the signer's name or handle stands on ``line``, when it signs the prose above."""
    if above is None or SENTENCE_END.search(above.text) is None:
        return None
    name = line.text.removesuffix(".")
    start = text_start(line, text)
    end = start + len(name)
    if _HANDLE.match(name):
        return start, end
    if not _NAME.match(name) or name.isupper():
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    words = [t for t in span or () if t.is_alpha]
    return (start, end) if words and all(t.ent_type_ == "PERSON" for t in words) else None


def _letter(
    doc: Doc, text: str, lines: list[Line], at: int, signer: tuple[int, int]
) -> Candidate | None:
    """The letter signed on line ``at``: the paragraphs above it up to the first that is no
    letter's (one paragraph for a handle's post)."""
    handle = text[signer[0]] == "@"
    first = at - 1
    while first > 1 and not handle and not _outside(lines[first - 1]):
        first -= 1
    if first < 1 or _outside(lines[first]):
        return None
    pieces = [(text_start(line, text), line.end) for line in lines[first:at]]
    return Candidate(
        type=quote_type(text, pieces),
        cue=None,
        speaker=text_span(doc, *signer),
        content=tuple(text_span(doc, start, end) for start, end in pieces),
        confidence=CONFIDENCE_LETTER,
        cue_class=CueClass.WRITTEN,
    )


def _outside(line: Line) -> bool:
    """A line that is no letter's: a signer's, a place's or a head's, or a lead-in."""
    return _SHORT_LINE.match(line.text) is not None or line.text.endswith(":")
