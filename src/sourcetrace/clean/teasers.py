"""Teasers and in-body labels: "READ MORE: <headline>", "WATCH: ...", "ENERGY: ...", "** WINNER
...", "Meet Melania Trump", "UPDATE", "<headline> [VIDEO]", "'Quoted words': <headline>", "Take a
look if you haven't read it yet: <Headline>", "Most read in world news", "Story continues below
gallery". They point elsewhere or name a section;
none is a speaker. A pointer to another piece ("Read our review here.") is one too, alone on its
line or closing a paragraph, and so is a lead-in to what the page shows or links to ("Watch the
ad above.", "See live results here.").

A label before a colon is told apart from a transcript speaker ("TRUMP: We will win") and a
dateline ("NEW DELHI: Their American dream ...") by what follows it and by the article itself:
a teaser's label opens a headline, not prose, and is no name the article uses elsewhere.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from itertools import pairwise

from sourcetrace.headings import CAPITALS_MAX_WORDS
from sourcetrace.lines import SENTENCE_END, SENTENCE_GAP, Line, text_start, title_case
from sourcetrace.model import Boilerplate, BoilerplateLabel

# A time of day, maybe with its zone: "2:52 p.m.", "5:10 pm ET".
CLOCK = r"\d{1,2}:\d{2}\ ?[ap]\.?m\.?(?:\ [A-Z]{2,4})?"
# Words that label a link or an amendment whatever follows them, in any case.
KICKER = (
    r"(?:read(?:\ more)?|see(?:\ more)?|watch|listen|also\ read|read\ also|more|related(?:\ \w+)?"
    r"|recommended"
    rf"|video|photos?|gallery|update[ds]?(?:\ at)?:?(?:\ {CLOCK})?|updated\ at\ .{{1,20}}"
    r"|correction|editor'?s\ note"
    r"|plus|meet|don'?t\ miss"
    # a shop's link under a product: "See it now: Amazon", "Buy now: Example Store"
    r"|see\ it(?:\ now)?|(?:buy|shop|get\ it)\ now|view\ (?:the\ )?deal)"
)
# A known kicker word before a colon or dash, or standing as the whole line ("UPDATE", "UPDATE
# 2:52 p.m. --"), maybe after bullet stars or a list's bullet ("- See it now: Amazon").
KICKER_LABEL = re.compile(
    rf"^(?:\*+\s*|[-–•]\s+)?({KICKER})(?:\s*(?::|--|—|–)\s*|\s*$)", re.IGNORECASE
)
# A short line opening with a kicker verb and naming what to look at: "Meet Melania Trump".
KICKER_LINE = re.compile(r"^(?:plus|meet|watch|listen|see)\s+\S", re.IGNORECASE)
# A page's widget standing in the body: the head of a list of links ("Most read in world news",
# "You may also like..."), a pointer past a gallery or an ad ("Story continues below gallery").
WIDGET = re.compile(
    r"""^(?:(?:most\ (?:read|popular|viewed|shared)|trending)\ (?:in|on)\ .+
         |(?:story|article)\ continues\ (?:below|after)\b.*
         |you\ (?:may|might)\ also\ (?:like|enjoy)\W*)$""",
    re.IGNORECASE | re.VERBOSE,
)
# A label in capitals before a colon, maybe after bullet stars: "KEEPING SCORE: ...".
CAPS_LABEL = re.compile(r"^(\*+\s*)?([A-Z][A-Z'’&.\- ]{0,28}[A-Z.])\s*:\s+(?=\S)")
# A quotation before a colon, as related-story headlines open: "'Meth. We're On It.': State
# spends $449K on new ad campaign".
QUOTED_LABEL = re.compile(r"^['\"‘“][^\n]{1,60}?['\"’”]\s*:\s+(?=\S)")
# A sentence inviting the reader to another story, before a colon and its headline: "Take a look
# if you haven't read it yet: Why Some People Triumph Online", "In case you missed it: ...". The
# headline's title case tells it from a quotation ("The sign read: Keep out").
INVITATION = re.compile(
    r"""\b(?:take\ a\ look|check\ (?:it\ |this\ )?out|in\ case\ you\ missed
         |(?:haven|hasn|didn)['’]?t\ (?:yet\ )?(?:read|seen)|(?:have|has)\ not\ (?:yet\ )?read
         |you\ (?:might|may)\ (?:also\ )?(?:like|enjoy)|read\ (?:it|this|next|on))\b""",
    re.IGNORECASE | re.VERBOSE,
)
INVITATION_MAX_CHARS = 100  # the label before the colon: a sentence at most
# A kicker in brackets around its link: "(Graphic: Global assets in 2019 - here)", "[Related:
# Keynote: AI and more]".
BRACKETED_KICKER = re.compile(
    r"^[(\[](?:graphic|video|photo|interactive|factbox|related|read\ more|see\ also|watch)s?:"
    r"\s.*[)\]]$",
    re.IGNORECASE,
)
# A link's section tag closing a line: "Lakers vs Nets: NBA make final decision [VIDEO]", or the
# medium it leads to in any case ("... Review [Video]").
SECTION_TAG = re.compile(
    r"\[(?:[A-Z][A-Z ]{2,20}|(?i:video|photos?|gallery|audio|podcast|interactive))\]\W?$"
)
# A line sending the reader to another of the outlet's pieces: "You can view our June open thread
# here.", "Read about that topic in the next article in this series, <Title>." A story's "Read
# our lips" names no piece; a quotation is someone's words.
POINTER = re.compile(
    r"""^(?:you\ can\ (?:also\ )?|be\ sure\ to\ )?(?:read|view|see|watch|check\ out|listen\ to)\b
        [^.!?"“”]{0,80}?\b(?:our|(?:the\ )?(?:next|previous)\ (?:article|story|post|part)
                         |this\ series)\b
        [^.!?"“”]{0,80}?(?:\bhere\b|\b(?:article|story|review|coverage|series|thread|post)\b.*)
        [.!]?$""",
    re.IGNORECASE | re.VERBOSE,
)
# A line sending the reader on to the rest of a piece excerpted above it, or to a page of results:
# "Read it all here.", "Read the rest here.", "Read the rest of the story at The Daily Example.",
# "CLICK FOR FULL RESULTS", "Click for more photos".
ONWARD = re.compile(
    r"""^(?:read\ (?:it\ all|the\ rest(?:\ of\ (?:it|the\ \w+))?|the\ whole\ thing)
           \ (?:here|at\ (?-i:[A-Z])\S*(?:\ \S+){0,5}?)[.!]?
         |click\ (?:for|to\ (?:see|read|view))\ (?:the\ )?(?:full|more|all|complete)\b[^.!?]*)$""",
    re.IGNORECASE | re.VERBOSE,
)
ONWARD_MAX_WORDS = 12  # "Read the rest of the story at The New York Post.": 11
# A lead-in pointing the reader at something on the page or behind a link rather than at the prose:
# "Watch the ad above.", "See live results here.", "Read the latest updates below:", "(See the
# latest results here.)", "Watch the latest video at <a href=...>...</a>.". An imperative of
# looking, reading or listening opens it and where to look closes it, so a call the story reports
# ("Watch the ad above, she said.") or quotes ('"Watch it here," she said.') is none, and neither
# is a farewell ("See you here"); a title in quotes may stand inside ("Check out the trailer for
# "Tides," below."). A call to follow or sign up is the outlet's sign-off, a trailer ("Follow our
# coverage at ...").
LEAD_IN = re.compile(
    r"""^\(?(?:watch|read|see|view|listen\ to|click|check\ out)\b(?!\ you\b)
        [^.!?:()]{0,80}?
        (?:\b(?:here|below|above)|\ at\ (?:<a\ .*</a>|https?://\S+|www\.\S+))
        [.:!]?\)?$""",
    re.IGNORECASE | re.VERBOSE,
)
LEAD_IN_MAX_WORDS = 15
# Between two sentences of a line, a space or none: "Results here.Read the latest updates below:".
# A colon closes a lead-in too; a stop inside a link's address is followed by no capital.
LEAD_IN_GAP = re.compile(r"(?:(?<=[.!?:])|(?<=[.!?]\)))(?=\s*[A-Z(])")
# How every lead-in ends, but one to a web address: looked for in the line's last characters
# before the line is cut into sentences.
LEAD_IN_ENDS = ("here", "below", "above", "</a>")
LEAD_IN_TAIL = 10
# Where a lead-in to the page's own picture, video or list points.
ON_THE_PAGE = re.compile(r"\b(?:above|below)\W*$", re.IGNORECASE)
# What closes a quotation around a paragraph: a lead-in at its end stops before it.
CLOSING_QUOTES = '"”'
# An archive's labels, in capitals alone on their line, over the summary it gives and the story
# after it: "ABSTRACT.", "FULL TEXT.".
ARCHIVE_LABEL = re.compile(r"^(?:ABSTRACT|FULL TEXT)\.?$")
# A pointer glued to the end of a paragraph: "... It runs well. Read our full review here." Its
# last sentence is flagged, the paragraph stays the story's.
POINTER_ENDS = ("here.", "here!")
# A line of bullet stars and capitals with no colon: "** WINNER Clinton takes Ohio".
STARRED_CAPS = re.compile(r"^\*+\s*[A-Z]{2,}\b")
# A linked name's hover card pasted into the sentence: the name again, glued to it, then the
# person's latest headlines up to "MORE": "Rep. Jane DoeJane DoeSenate passes ... | ... MORE".
HOVER_CARD = re.compile(r"([A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3})(\1\S.{0,800}? MORE)\b")
# An item of a bulleted list: "- Moon Rush: Private Lunar Lander Plans", "• ...".
BULLET = re.compile(r"^[-–•*]\s+\S")
TEASER_MAX_WORDS = 25  # a headline; a longer line is a paragraph
KICKER_LINE_MAX_WORDS = 6
# Words of a capitals label that say nothing of whether it names someone.
FUNCTION_WORDS = frozenset({"THE", "A", "AN", "OF", "AND", "IN", "ON", "FOR", "TO", "MR.", "MS."})


def find_teasers(lines: Sequence[Line], text: str, title: int | None) -> Iterator[Boilerplate]:
    """Teaser lines, flagged whole; a label before a paragraph is flagged alone, so that the
    paragraph stays ("UPDATE: The senator said ..."). ``title``: the headline's line."""
    transcript = _has_repeated_labels(lines)
    for line in lines:
        if line.blank or line.is_table_row:  # a row in capitals is a table's, not a headline
            continue
        yield from _hover_cards(line, text)
        kicker = KICKER_LABEL.match(line.text)
        if kicker is not None and not _runs_on(line, kicker, lines):
            yield _flag(line, kicker.end(), text)
        elif line.index == title:
            continue  # the article's own headline, however it reads ("'Quoted words': ...")
        elif leads := _lead_ins(line, text):
            yield from leads
        elif line.words <= KICKER_LINE_MAX_WORDS and KICKER_LINE.match(line.text):
            if SENTENCE_END.search(line.text) is None:
                yield line.flag(BoilerplateLabel.TEASER)
        elif line.words <= KICKER_LINE_MAX_WORDS and (
            WIDGET.match(line.text) or ARCHIVE_LABEL.match(line.text)
        ):
            yield line.flag(BoilerplateLabel.TEASER)
        elif (caps := CAPS_LABEL.match(line.text)) is not None:
            label = caps.group(2)
            if _headline(line.text[caps.end() :]) and not (
                transcript or named_elsewhere(label, text)
            ):
                yield line.flag(BoilerplateLabel.TEASER)
        elif BRACKETED_KICKER.match(line.text) and _headline(line.text):
            yield line.flag(BoilerplateLabel.TEASER)
        elif (quoted := QUOTED_LABEL.match(line.text)) is not None:
            if _headline(line.text[quoted.end() :]):
                yield line.flag(BoilerplateLabel.TEASER)
        elif (
            _marked_headline(line)
            or (":" in line.text and _invites_to_read(line))
            or _points_elsewhere(line)
        ):
            yield line.flag(BoilerplateLabel.TEASER)
        elif line.text.endswith(POINTER_ENDS) and (tail := _pointer_tail(line)) is not None:
            start = text_start(line, text)
            yield Boilerplate(start + tail, start + len(line.text), BoilerplateLabel.TEASER)


def bullet_siblings(lines: Sequence[Line], found: Iterable[Boilerplate]) -> Iterator[Boilerplate]:
    """The other headlines of a bulleted list one of whose items is a teaser: a page's list of
    related stories, of which the markup linked only some ("- Photos: Icy Moons of Jupiter" under
    a linked "- NASA Mission Could Spot Signs of Life"), in title case as such headlines are. A
    list item that ends a sentence is the story's own ("- Pay off your debts first."), and so is
    one in sentence case: two lists one under the other read as one run ("- Wales (Group E):
    Second appearance" over a list of linked stories)."""
    teasers = [b for b in found if b.label is BoilerplateLabel.TEASER]
    run: list[Line] = []
    for line in [*lines, None]:
        if line is not None and (line.blank or BULLET.match(line.text)):
            run.append(line)
            continue
        items = [x for x in run if not x.blank]
        flagged = [x for x in items if any(b.start < x.end and x.start < b.end for b in teasers)]
        if flagged:
            for item in items:
                if item not in flagged and _headline(item.text) and title_case(item.text):
                    yield item.flag(BoilerplateLabel.TEASER)
        run = []


def _points_elsewhere(line: Line) -> bool:
    return (line.words <= TEASER_MAX_WORDS and POINTER.match(line.text) is not None) or (
        line.words <= ONWARD_MAX_WORDS and ONWARD.match(line.text) is not None
    )


def lead_in(text: str) -> bool:
    """``text``, one sentence, is a lead-in to something outside the prose."""
    return len(text.split()) <= LEAD_IN_MAX_WORDS and LEAD_IN.match(text) is not None


def lead_in_to_the_page(text: str) -> bool:
    """``text`` is a lead-in to what the page shows ("Watch the ad above."): a teaser even as the
    page's last line, where one to a link ("Watch the interview here.") signs off, a trailer."""
    return lead_in(text) and ON_THE_PAGE.search(text) is not None


def _lead_ins(line: Line, text: str) -> list[Boilerplate]:
    """The lead-ins closing ``line``, each its own span: every sentence of a line of them ("See
    live results here.Read the latest updates below:"), or the last of a paragraph ("... 49.6
    percent. (See the latest results here.)"), a quotation's closing mark left out. A paragraph
    closing on a label ("... on its podcast. Listen to the interview below:") is the outlet's
    note on what follows, whole."""
    body = line.text.rstrip(CLOSING_QUOTES)
    tail = body[-LEAD_IN_TAIL:].lower()
    if not any(word in tail for word in LEAD_IN_ENDS) and "://" not in body and "www." not in body:
        return []  # the cheap test first: few lines end pointing anywhere
    cuts = [0, *(gap.end() for gap in LEAD_IN_GAP.finditer(body)), len(body)]
    start = text_start(line, text)
    found: list[Boilerplate] = []
    for begin, end in reversed(list(pairwise(cuts))):
        sentence = body[begin:end].strip()
        if not lead_in(sentence):
            if body.endswith(":"):
                return []
            break
        at = start + begin + body[begin:end].index(sentence)
        found.append(Boilerplate(at, at + len(sentence), BoilerplateLabel.TEASER))
    return found[::-1]


def _pointer_tail(line: Line) -> int | None:
    """Where the line's last sentence opens when it is a pointer and another sentence is before
    it."""
    gaps = list(SENTENCE_GAP.finditer(line.text))
    if not gaps:
        return None
    at = gaps[-1].end()
    rest = line.text[at:]
    last = Line(line.index, line.start + at, line.end, rest)
    return at if _points_elsewhere(last) else None


def _runs_on(line: Line, kicker: re.Match[str], lines: Sequence[Line]) -> bool:
    """A kicker word alone on its line whose next line goes on in lower case: the first word of a
    hard-wrapped sentence ("Photos / which were released online ... show ..."), not a label."""
    if kicker.end() < len(line.text) or line.text[-1] in ":-–—":
        return False
    after = lines[line.index + 1] if line.index + 1 < len(lines) else None
    return after is not None and after.text[:1].islower()


def _marked_headline(line: Line) -> bool:
    """A headline marked as another story's: bullet stars ("** WINNER ..."), a section tag
    ("... [VIDEO]"), or capitals over more words than a section head's ("LAUREN ALAINA SAYS
    'DWTS' HAS HELPED HER LOSE 25 POUNDS"). A tag alone on its line tags no headline: a
    roundup's "[CNET]" credits the excerpt above it."""
    text = line.text
    capitals = line.words > CAPITALS_MAX_WORDS and text.isupper()
    tag = SECTION_TAG.search(text)
    marked = STARRED_CAPS.match(text) or (tag is not None and tag.start() > 0) or capitals
    return bool(marked) and _headline(text)


def _invites_to_read(line: Line) -> bool:
    """ "Take a look if you haven't read it yet: <Headline In Title Case>"."""
    label, _, rest = line.text.partition(":")
    if len(label) > INVITATION_MAX_CHARS or INVITATION.search(label) is None:
        return False
    return bool(rest.strip()) and _headline(rest) and title_case(rest)


def _hover_cards(line: Line, text: str) -> Iterator[Boilerplate]:
    """The hover cards inside ``line``, from the repeated name to "MORE"; the sentence around
    them stays."""
    if " MORE" not in line.text:  # the cheap test first: most lines have none
        return
    lead = text_start(line, text)
    for card in HOVER_CARD.finditer(line.text):
        yield Boilerplate(lead + card.start(2), lead + card.end(2), BoilerplateLabel.TEASER)


def _flag(line: Line, label_end: int, text: str) -> Boilerplate:
    """The whole line when what follows the label is no paragraph, else the label alone."""
    if _headline(line.text[label_end:]):
        return line.flag(BoilerplateLabel.TEASER)
    start = text_start(line, text)
    return Boilerplate(start, start + label_end, BoilerplateLabel.TEASER)


def _headline(rest: str) -> bool:
    """What follows a label reads as a headline: short, and no sentence ends it."""
    words = len(rest.split())
    return words <= TEASER_MAX_WORDS and (words == 0 or SENTENCE_END.search(rest) is None)


def _has_repeated_labels(lines: Sequence[Line]) -> bool:
    """A capitals label on two lines or more: a transcript, whose labels are its speakers."""
    seen: set[str] = set()
    for line in lines:
        caps = CAPS_LABEL.match(line.text)
        if caps is not None:
            if caps.group(2) in seen:
                return True
            seen.add(caps.group(2))
    return False


def named_elsewhere(label: str, text: str) -> bool:
    """A word of the label written elsewhere as a name, capitalized inside a sentence ("said
    Trump", "..., Trump said" for "TRUMP:"): the label is a speaker."""
    for word in label.split():
        if word in FUNCTION_WORDS or len(word) < 2:
            continue
        name = word[0] + word[1:].lower()
        if re.search(rf"[^\s.!?]\s+{re.escape(name)}\b", text):
            return True
    return False
