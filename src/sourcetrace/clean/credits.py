"""Contributor, editing and source credits: "X contributed reporting.", "Reporting by X; Editing by
Y", a hat tip ("(h/t The Hill.)"), "SOURCE: News agencies", "With Post wires", "Staff Reports", a
headline credited to its outlet ("<Headline> [Bloomberg]"), the text's origin ("This article was
originally published by X.", "This article has been adapted from ..."), a picture's credit line
("Main image credit: X", "X via Getty Images."), a poll's ("Source Example Times/State
University."), a sponsor's ("This sponsored post is brought to you by X."), a byline ("By X",
"5:45 AM PST 11/19/2019 by X") and, closing the text, a column's "X is written by Y" and a wire's
or writer's dash ("- Reuters.")."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from sourcetrace.clean.tails import wire_credit
from sourcetrace.clean.teasers import SECTION_TAG, TEASER_MAX_WORDS
from sourcetrace.clean.trailers import trailer_sentence
from sourcetrace.lines import SENTENCE_GAP, Line, text_start, title_case
from sourcetrace.model import Boilerplate, BoilerplateLabel

CREDIT = re.compile(
    r"""\bcontributed\b.*\b(?:reporting|to\ this\ (?:report|story|article))\b
      | ^\W*(?:additional\ )?reporting\ by\b
      | ^\W*(?:writing|editing|compiled|produced)\ by\b
      | (?:^|;)\s*\W*editing\ by\b  # closing a credit line: "...; Editing by X"
      | ^contributing:
      | ^\W*(?:h/t|hat\ tip)\b  # a hat tip to whoever had the story first: "(h/t The Hill.)"
      | ^sources?:\s*\S+(?:\s+\S+){0,4}$  # a short credit only: "Source: Al Jazeera and agencies"
      | ^with\ (?:\S+\ ){0,3}(?:wires?|wire\ (?:services|reports)|agencies)\.?$
      | ^(?:from\ )?staff\ (?:and\ wire\ )?reports?\.?$
      | ^(?:this\ (?:article|story)\ (?:was\ )?)?(?:originally|first)\ published\ by\ [^.]{1,40}\.
      | ^this\ (?:article|story|post|piece)\ (?:has\ been\ |was\ |is\ )?
        (?:adapted|excerpted|republished|translated)\ from\b
      | ^(?:[\w-]+\ ){0,2}(?:image|photo|picture)s?\ credits?\s*:
      # the page's own dateline, as a byline gives it: "- Published 18 November 2019", "Posted on
      # March 3, 2019 by Ann Lee"
      | ^\W*(?:published|posted)(?:\ on)?:?\s
        (?:\d{1,2}\ [a-z]+\.?\ \d{4}|[a-z]+\.?\ \d{1,2},?\ \d{4}
          |\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2})
        [^.]{0,30}$
      # a sponsor's credit for the page itself: "This sponsored deal is brought to you by Acme.",
      # "This shop has been compensated by X" (a story's "The event is sponsored by X" stays)
      | ^this\ (?:sponsored\ )?(?:post|article|story|content|deal|shop|video|episode|review
                                |giveaway|series|newsletter)
        \ (?:is|was|has\ been)\ (?:sponsored|brought\ to\ you|paid\ for|presented|compensated
                                   |made\ possible|underwritten)\ by\b
    """,
    re.VERBOSE | re.IGNORECASE,
)
CREDIT_MAX_WORDS = 40
NAME = r"(?!The\b|A\b|An\b)[A-Z][\w.'’-]*"
# A byline: "By" and names, maybe after the time and date it ran; in capitals and case-sensitive,
# so that "By the numbers" or "By Friday the talks had failed." stay the story's.
BYLINE = re.compile(
    rf"^(?:By|(?:\S*\d\S*\ |[A-Z]{{2,4}}\ )+by)\ {NAME}(?:,?\ (?:and\ )?{NAME}){{0,5}}$"
)
BYLINE_MAX_WORDS = 12
# A headline credited to the outlet that ran it, as news roundups list them: "Why Ports Still
# Close Early on Fridays [Bloomberg]". The headline's title case tells it from a transcript's
# "We will win [applause]" or an editor's "[sic]"; a tag in capitals names a section ("[VIDEO]").
SOURCE_TAG = re.compile(r"^(?P<headline>.+?)\s*\[[A-Z][\w.&'’ -]{1,30}\]$")


# A line that is a picture's credit and nothing else, no caption: "Ann Lee via Getty Images.",
# "Ann Lee/AFP". Case-sensitive: names and agencies are capitalized.
PICTURE_CREDIT = re.compile(
    r"^[A-Z][\w.'’-]*(?:\ [A-Z][\w.'’-]*){0,3}(?:\ via\ |\ for\ |\s*/\s*)"
    r"(?:Getty\ Images|AP|AFP|Reuters|REUTERS|Shutterstock|EPA(?:-EFE)?|Bloomberg)\.?$"
)
# A chart's or poll's credit naming its outlets with a slash, with or without the colon: "Source
# Example Times/State University.", "SOURCE Acme/Example Poll".
SLASHED_SOURCE = re.compile(r"^(?:Source|SOURCE)s?:?\ [A-Z][\w.&!'’ -]{0,40}/[\w.&!'’ -]{1,40}\.?$")
# The text's last line signing it with a dash: a wire's "- Reuters." or a writer's "- Ann Lee."
# under the item they sent. Only closing the text: inside it a dash opens a list's item.
DASH_SIGNATURE = re.compile(r"^[-–—]\s*[A-Z][\w.'’-]*(?:\ [A-Z][\w.'’-]*){0,2}\.?$")
# A syndicated column's credit closing it: "Dear Abby is written by Abigail Van Buren, also known
# as ...". Only after the story's last paragraph: inside it, "The letter is written by Ann Lee,
# who says ..." is the story's.
COLUMN_CREDIT = re.compile(r"^[A-Z][^.]{0,40}\ (?:is|are)\ (?:written|edited)\ by\ [A-Z]")


def find_credits(lines: Sequence[Line], text: str) -> Iterator[Boilerplate]:
    # the last paragraph, or the last line when there is none
    last = max((line.index for line in lines if line.is_prose), default=len(lines) - 1)
    final = max((line.index for line in lines if not line.blank), default=-1)
    for line in lines:
        if not line.words or wire_credit(line) is not None:
            continue  # a wire's credit closing a paragraph is flagged alone (tails.py)
        if (
            _is_credit(line)
            or (line.index >= last and _column_credit(line))
            or (line.index == final and DASH_SIGNATURE.match(line.text) is not None)
        ):
            yield from _credit_and_trailer(line, text)


def _credit_and_trailer(line: Line, text: str) -> Iterator[Boilerplate]:
    """The credit ``line``, or its credit and the trailer sentences closing it, apart: where the
    line goes on with a sentence that is a trailer ("This article was originally published by X.
    Read the original article.", "Dear Abby is written by X. Contact Dear Abby at
    www.example.com ..."), the credit ends before it and the rest is a trailer."""
    for gap in SENTENCE_GAP.finditer(line.text):
        if trailer_sentence(line.text[gap.end() :]):
            start = text_start(line, text)
            yield Boilerplate(start, start + gap.start(), BoilerplateLabel.CREDIT)
            yield Boilerplate(start + gap.end(), line.end, BoilerplateLabel.TRAILER)
            return
    yield line.flag(BoilerplateLabel.CREDIT)


def _column_credit(line: Line) -> bool:
    return line.words <= CREDIT_MAX_WORDS and COLUMN_CREDIT.match(line.text) is not None


def _is_credit(line: Line) -> bool:
    if line.words <= BYLINE_MAX_WORDS and BYLINE.match(line.text):
        return True
    if line.text.endswith("]") and _credited_headline(line.text):
        return True
    if line.words <= BYLINE_MAX_WORDS and (
        PICTURE_CREDIT.match(line.text) or SLASHED_SOURCE.match(line.text)
    ):
        return True
    return line.words <= CREDIT_MAX_WORDS and CREDIT.search(line.text) is not None


def _credited_headline(text: str) -> bool:
    tagged = SOURCE_TAG.match(text)
    if tagged is None or SECTION_TAG.search(text):
        return False
    headline = tagged.group("headline")
    return len(headline.split()) <= TEASER_MAX_WORDS and title_case(headline)
