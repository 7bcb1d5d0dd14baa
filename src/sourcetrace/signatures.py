"""Signature lines: a dash, then who signs the block above it ("– Ann L**" under a quoted review,
"— Jo Lee (@jolee) May 2, 2019" under an embedded tweet). Cleaning leaves them alone (they are
neither headings nor captions) and the attribution stage reads the block above as the signer's.

One pattern writes the signature; its readers differ only in where it stands (a whole line, the
end of a tweet tag's words, anywhere in the text) and in what it must hold.

A text may mark an embedded tweet with a tag instead (PolNeAR's `<tweet author="jolee" ...>`
words `</tweet>`): the tag is markup, no one's words, but for the author's handle it holds.
"""

from __future__ import annotations

import re

from sourcetrace.vocabulary import DASHES

# A tweet's author as the page writes it: "@jolee".
HANDLE = r"@\w{1,15}"
# The dashes of one character ("—", "–", "―"); the double hyphen is spelled out beside them.
_MARKS = "".join(sorted(d for d in DASHES if len(d) == 1))
# The dash that opens a signature inside a line: there a hyphen joins words, never signs.
_DASH = rf"(?:--|[{_MARKS}])"
# At a line's start a hyphen signs too ("- Ann L.").
_LINE_DASH = rf"(?:--|[{_MARKS}-])"
# The signer: up to 60 characters of one line, up to the handle's bracket. A hyphen is part of a
# name ("Jo Lee-Ray"); a dash is not: one before the last is the words' own ("Vote — all of you
# — Jo Lee (@jolee)" is signed by Jo Lee).
_NAME = rf"(?P<name>[^\s({_MARKS}-](?:(?!--)[^\n({_MARKS}]){{0,59}}?)"
_DATE = r"[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},[ \t]+\d{4}"


def _signature(
    handle: str = HANDLE, *, dash: str = _DASH, handled: bool = True, dated: bool = True
) -> str:
    """A signature from its dash: the name, ``handle`` in brackets, then the date; a review's
    signer has no handle (``handled=False``: it is optional, and with it the date) and a handle
    already known is a signature without a date (``dated=False``)."""
    date = rf"(?:[ \t]+(?P<date>{_DATE})){'' if dated else '?'}"
    signed = rf"(?:[ \t]*(?P<handle>\({handle}\)){date}){'' if handled else '?'}"
    return rf"{dash}[ \t]*{_NAME}{signed}"


# A line that is a signature: a dash (or two hyphens), the signer, and for a tweet its handle and
# date.
SIGNATURE = re.compile(rf"^[ \t]*{_signature(dash=_LINE_DASH, handled=False)}[ \t]*$", re.MULTILINE)
# A tweet's signature ending a run of words: "... all of you — Jo Lee (@jolee) May 2, 2019".
INLINE_SIGNATURE = re.compile(rf"[ \t]*{_signature()}[ \t]*$")
# PolNeAR's tag around an embedded tweet, closed by "</tweet>" or "<tweet/>", with its author's
# handle ("@jolee" or "jolee"; an attribute that is no handle is the markup's error, not a name).
TWEET_TAG = re.compile(
    r'<tweet\b(?P<attributes>[^>]*?)\b(?:tweet-)?author="(?P<author>@?\w{1,15})"[^>]*>'
    r"(?P<words>[^<]*)(?:</tweet>|<tweet/>)"
)
# One piece of that markup: an opening tag, whatever its attributes hold, or a closing one.
_TWEET_MARKUP = re.compile(r"</?tweet\b[^<>]*>")
_AUTHOR = re.compile(r'\bauthor="(?P<handle>@?\w{1,15})"')
# What closes a quotation that fills its line.
QUOTE_CLOSERS = ("”", '"')


def signed_by(handle: str) -> re.Pattern[str]:
    """Where ``handle`` (``@jolee``) signs the page, dated or not: "— Jo Lee (@jolee)"."""
    return re.compile(_signature(re.escape(handle), dated=False))


def signs_tweet(line: str) -> bool:
    """``line`` is a tweet's signature, with the handle and the date."""
    match = SIGNATURE.match(line)
    return match is not None and match.group("handle") is not None


def signs_quote(above: str, line: str) -> bool:
    """``line`` signs the quotation on the line ``above`` it, or is a tweet's signature."""
    return signs_tweet(line) or (
        above.rstrip().endswith(QUOTE_CLOSERS) and SIGNATURE.match(line) is not None
    )


def tweet_markup(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` that are tweet markup: every tag ("<tweet/>" and the attributes
    of an empty one too), but for the author's handle, which names whoever wrote the words
    after it."""
    if "<tweet" not in text:  # the cheap test first: almost no text has one
        return []
    spans = []
    for tag in _TWEET_MARKUP.finditer(text):
        author = _AUTHOR.search(text, tag.start(), tag.end())
        if author is None:
            spans.append(tag.span())
        else:
            spans += [(tag.start(), author.start("handle")), (author.end("handle"), tag.end())]
    return spans


def without_markup(text: str) -> str:
    """``text`` with its tweet markup blanked, line breaks kept: the same length, so every offset
    in it is one in ``text``; no attribute's quote marks or words can be read as prose."""
    spans = tweet_markup(text)
    if not spans:
        return text
    parts = []
    at = 0
    for start, end in spans:
        parts += [text[at:start], re.sub(r"[^\n]", " ", text[start:end])]
        at = end
    return "".join([*parts, text[at:]])


def signs_alone(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` (a handle) fills its line but for a final period: a reader's handle
    under the post it signs on a letters page ("@annlee."), whom the page names no further."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    rest = text[end : len(text) if line_end < 0 else line_end].strip()
    return not text[line_start:start].strip() and rest in ("", ".")


def tags_author(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is the author's handle in a tweet tag's attributes."""
    return text.endswith('author="', 0, start) and text.startswith('"', end)
