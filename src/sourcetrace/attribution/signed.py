"""Words a page sets in above a signature line, with no cue: an embedded tweet over its
"— Name (@handle) Month D, YYYY" line, and a quoted review or testimonial over "– Name".

The layout is the attribution: the signer is the speaker (the line, dash outside), the words above
are what they wrote. Both need the signature's full shape and the block directly above it, so a
byline, a photo credit ("— AP Photo/Evan Vucci") or a list of bullets never signs anything.

PolNeAR's plain texts mark the same embedded tweet with a `<tweet>` tag whose author attribute
names the writer: the tag's words are theirs (tests/gold/README.md, rule 14 batch), an empty tag
is nothing.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from sourcetrace.attribution.candidate import Candidate
from sourcetrace.attribution.quotes import CLOSING, OPENING, STRAIGHT
from sourcetrace.attribution.spans import text_span
from sourcetrace.attribution.types import quote_type
from sourcetrace.clean.trailers import READER_CALL
from sourcetrace.model import CueClass, TextSpan
from sourcetrace.nlp import doc_text
from sourcetrace.signatures import INLINE_SIGNATURE, SIGNATURE, TWEET_TAG

# A signer's name: one to five capitalized words, or a name masked by the site ("Ni** My**").
_NAME = re.compile(r"^[A-Z][\w.'’*-]*(?:[ \t]+[A-Z][\w.'’*-]*){0,4}$")
# Words of a credit, a byline or a caption line, never a reviewer's name.
_CREDIT_WORDS = frozenset("by photo photos image file staff getty reuters ap afp via".split())
# A tweet is at most 280 characters; the lines above its signature are taken while they fit.
TWEET_CHARS = 280
# What a tweet's text ends with that is no part of its words. After its last sentence: hashtags
# glued on ("... day.#Vote") or its writer's sign-off by initial or first name ("... now. -H", a
# staff account's tweet the candidate signs); then its picture link and links; then its final
# period. A hashtag that ends a sentence ("prayers are with #SanBernardino") is a word of it.
_TWEET_TAIL = re.compile(
    r"(?:(?<=[.!?])(?:(?:[ \t]*#\w+)+|[ \t]+-[A-Za-z][a-z]*))?"
    r"(?:[ \t]*(?:pic\.twitter\.com/\S+|https?://\S+))*[ \t]*$"
)
# As Twitter counts a tweet's length: an attached picture's link not at all, any other link as
# its shortened form, 23 characters.
_PICTURE = re.compile(r"[ \t]*pic\.twitter\.com/\S+")
_LINK = re.compile(r"https?://\S+")
SHORT_LINK = "x" * 23
CONFIDENCE_SIGNED = 0.8
# The markup splits an attached picture's link: its attribute keeps "pic.twitter.com/" and the
# words end with the rest of the link ("... meanwhile DJPzHmuDP"), which is no part of the tweet.
_PICTURE_REST = re.compile(r"[ \t]+\S+$")
_SPLIT_PICTURE = 'pic="pic.twitter.com/'  # an empty pic="" splits nothing: the words are whole


def find_signed(doc: Doc) -> list[Candidate]:
    """Every signed block of ``doc``: a tweet over its signature with handle and date, or a
    quotation that is a whole line over a plain name ("“Great show.”" / "– Ann L**")."""
    text = doc_text(doc)
    found = []
    for match in SIGNATURE.finditer(text):
        cand = _tweet(doc, text, match) if match.group("handle") else _review(doc, text, match)
        if cand is not None:
            found.append(cand)
    for tag in TWEET_TAG.finditer(text):
        cand = _tagged_tweet(doc, text, tag)
        if cand is not None:
            found.append(cand)
    return found


def _tagged_tweet(doc: Doc, text: str, tag: re.Match[str]) -> Candidate | None:
    """The words of a `<tweet>` tag as its author's: its inline signature, a call to sign up for
    the page's newsletter the copy swept in, the rest of a picture link, glued hashtags, a
    sign-off and links at the end and a final period left out; none when empty."""
    start, end = tag.span("words")
    signature = INLINE_SIGNATURE.search(text, start, end)  # the signature the tag keeps inline
    if signature is not None:
        end = signature.start()
    call = READER_CALL.search(text, start, end)
    if call is not None:  # the call's match opens with the sentence's end before it: kept
        end = call.start() + (text[call.start()] in "?!")
    if _SPLIT_PICTURE in tag.group("attributes"):
        rest = _PICTURE_REST.search(text, start, end)
        end = end if rest is None else rest.start()
    tail = _TWEET_TAIL.search(text, start, end)
    words = text[start : tail.start() if tail else end]
    start += len(words) - len(words.lstrip())
    stop = len(words.strip().removesuffix("."))
    if stop == 0:
        return None
    return _candidate(doc, text, *tag.span("author"), start, start + stop)


def _tweet(doc: Doc, text: str, match: re.Match[str]) -> Candidate | None:
    """The tweet over ``match``: the lines directly above it while they fit in a tweet (up to a
    blank line, another signature or a lead-in ending with a colon, "See the tweets:"), its
    picture link, glued hashtags, a sign-off and links at the end and a final period left out;
    none when it links to another post (an outlet's promotion of its own story)."""
    end = _line_start(text, match.start()) - 1
    if end < 0:
        return None
    start = _line_start(text, end)
    while start > 0:
        above = _line_start(text, start - 1)
        line = text[above : start - 1]
        if _outside(line) or _length(text[above:end]) > TWEET_CHARS:
            break
        start = above
    block = text[start:end]
    if not block.strip() or "https://t.co/" in block:
        return None
    start += len(block) - len(block.lstrip())
    tail = _TWEET_TAIL.search(text, start, end)
    stop = len(text[start : tail.start() if tail else end].rstrip().removesuffix("."))
    if stop == 0:
        return None
    return _candidate(doc, text, match.start("name"), match.end("handle"), start, start + stop)


def _review(doc: Doc, text: str, match: re.Match[str]) -> Candidate | None:
    """The quotation over ``match`` when the line directly above is one whole quotation, the name
    is a name, and the page does not repeat the quotation (a pull quote of a cued one)."""
    name = match.group("name")
    if not _NAME.match(name) or any(w.lower() in _CREDIT_WORDS for w in name.split()):
        return None
    line_start = _line_start(text, match.start())
    if line_start == 0:
        return None
    above = _line_start(text, line_start - 1)
    quote = text[above : line_start - 1].strip()
    if (
        len(quote) < 3
        or quote[0] not in (OPENING, STRAIGHT)
        or quote[-1] not in (CLOSING, STRAIGHT)
    ):
        return None
    if text.count(quote[1:-1]) > 1:
        return None
    start = text.index(quote, above)
    return _candidate(doc, text, match.start("name"), match.end("name"), start, start + len(quote))


def _candidate(
    doc: Doc, text: str, signer: int, signer_end: int, start: int, end: int
) -> Candidate:
    return Candidate(
        type=quote_type(text, [(start, end)]),
        cue=None,
        speaker=text_span(doc, signer, signer_end),
        content=(TextSpan.of(text, start, end),),
        confidence=CONFIDENCE_SIGNED,
        cue_class=CueClass.WRITTEN,
    )


def _outside(line: str) -> bool:
    """A line above a tweet that is no part of it."""
    stripped = line.strip()
    return not stripped or stripped.endswith(":") or SIGNATURE.match(line) is not None


def _line_start(text: str, offset: int) -> int:
    return text.rfind("\n", 0, offset) + 1


def _length(block: str) -> int:
    """A tweet's length as counted for its limit."""
    return len(_LINK.sub(SHORT_LINK, _PICTURE.sub("", block.strip())))
