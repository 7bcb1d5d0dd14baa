"""Trailers: "Read more from ...:", "Related:", "COMMENTS", newsletter, follow-us ("Follow
Newsbeat on Instagram ..."), share and reprint prompts, a bare URL line, reach-the-reporter,
"Have a tip? ... at <e-mail>", "Email X at <e-mail>", a reporter's bare e-mail or social-media
address, copyright, disclaimer (a personal-use notice too) and "Originally published on ..."
lines, "More AP NBA: <link>", with the list of links that follows such a header at the end of an
article and the rule ("___") that sets one off; after the story's last paragraph, sign-offs
("Listen to ...", an author's bio ending "Follow him on Twitter", "Editor's note: ...") and the
lines between two trailers; a call to sign up for a newsletter, wherever it stands; a press
release's "About <name>" notes, and the company's description closing it ("Acme is a global
provider of ...")."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from itertools import pairwise

from sourcetrace.clean.teasers import (
    CLOCK,
    KICKER_LABEL,
    KICKER_LINE_MAX_WORDS,
    ONWARD,
    POINTER,
    lead_in_to_the_page,
)
from sourcetrace.lines import Line, block
from sourcetrace.model import Boilerplate, BoilerplateLabel

TRAILER_MARKER = re.compile(
    r"""^(?:
        read\ more\b.*
      | (?:related|recommended|see\ also|most\ (?:read|popular)|trending|more\ from\ .+)
        (?:\ (?:stories|articles|coverage|content|links|reading|news))?\s*:?
      | related:\s.+
      | (?:\d+\s+)?comments?(?:\s*\(\d+\))?
      | (?:view|show|load|read|add)\ (?:all\ |the\ |a\ )?comments?
      | (?:follow|subscribe\ to|like)\ (?:us|\S+(?:\ \S+){0,3})
        \ on\ (?:twitter|facebook|instagram|youtube|tiktok|linkedin)\b.*
      | like\ this\ (?:story|article)\?.*
      | \W*(?:order\ reprints|print\ (?:this\ )?article)
      | https?://\S+
      | (?:sign\ up|subscribe)\ (?:for|to)\b.*\bnewsletters?\b.*
      | get\ (?:the\ latest|breaking)\b.*\b(?:inbox|newsletters?)\b.*
      | share\ (?:this\ )?(?:article|story)\s*:?
      | click\ to\ tweet | tweet\ this
      | read\ the\ (?:original|full)\ (?:article|story|report)\.?
      | .*\bclick(?:ing)?\ here\b.*
      | (?:reach|contact|email|follow)\ (?:the\ )?(?:reporters?|writers?|authors?)\b.*
      | (?:the\ )?(?:reporters?|writers?|authors?)\ can\ be\ reached\b.*
      | (?:this\ (?:article|story)\ (?:was\ )?)?
        (?:originally\ (?:published|appeared|posted)|reprinted)\ (?:on|in|at)\b.*
      | \W*visit\ .{1,40}\ (?:homepage|home\ page|website)\b.*
      | .*\ball\ rights?\ reserved\b.*
      | write\ to\ .{1,40}\ at\ \S+@\S+
      | explore\ further
      | popular\ on\ \S.*
      | more\ [^:]{1,40}:\s*(?:https?://|www\.)\S+.*
      | [\w.+-]+@[\w-]+(?:\.[\w-]+)+
      | (?:https?://)?(?:www\.)?(?:twitter|x|facebook|instagram|linkedin)\.com/\S+
    )$""",
    re.VERBOSE | re.IGNORECASE,
)
MARKER_MAX_WORDS = 12
# A site's disclaimer or copyright notice is a trailer however long: "Disclaimer: The views ...
# are their own. Example.com advises users to check with certified experts ...", "© 2019 Example
# Press. All Rights Reserved. This material may not be published, ...", "copyright Example 2019 -
# ISSN ..." (no claim of the story's).
DISCLAIMER = re.compile(
    r"""^\W*(?:disclaimer\s*:|disclosure\s*:
        |this\ copy\ is\ for\ your\ personal,?\ non-commercial\ use
        |(?:copyright\ )?[©ⓒ]|copyright\ (?:\(c\)\ )?(?-i:[A-Z][\w.&-]*\ ){0,3}\d{4}\b)""",
    re.IGNORECASE | re.VERBOSE,
)
# A newsroom's call for tips, an address to write to, or where to learn more, naming an e-mail,
# a website or a post office box: longer than a marker ("Contact the column at www.example.com or
# P.O. Box 12, ...", "For more information on Acme's products, please visit: www.acme.com").
CONTACT = re.compile(
    r"""^(?:have\ a\ (?:news\ )?tip\b|.*\b(?:may|can)\ be\ reached\b|for\ more\ information\b
          |(?:e-?mail|contact|write\ to)\ [^@]{1,40}\ at\ )
        .*(?:@|\bwww\.|https?://|\bP\.?\ ?O\.?\ Box\b)""",
    re.I | re.X,
)
CONTACT_MAX_WORDS = 30
# A call to the reader to get the outlet's newsletter, briefing or podcast, wherever it stands and
# however long ("Sign up for the free daily newsletter.", "You can also subscribe to this
# newsletter here", "Just search for X in your Alexa's flash briefing"): the verb opens a sentence
# or follows "you can", so that a story's "2 million people subscribe to the newsletter" stays.
READER_CALL = re.compile(
    r"""(?:^|[.?!:—–]\s+|\byou\ can\ (?:also\ |now\ )?)(?:just\ |now\ )?
        (?:sign\ up|subscribe|register|search\ for|catch\ up|listen|tune\ in)\b[^.?!]{0,100}?
        \b(?:newsletters?|inbox|briefings?|podcasts?|e-?mail\ alerts)\b""",
    re.I | re.X,
)
READER_CALL_MAX_WORDS = 60
# What every call names, looked for first and without its first letter, whatever its case: few
# lines name any, and plain substring tests cost far less than a search.
READER_CALL_WORDS = ("ewsletter", "nbox", "riefing", "odcast", "lerts")
# A call to follow the outlet (or a brand) on a social network, opening the line and however long
# ("Follow @ExampleDeals on Twitter to keep up with the latest deals ...", "Be sure to visit Acme
# on Facebook, Twitter, and Instagram.", "Subscribe to the Example YouTube Channel for ...").
SOCIAL = r"(?:twitter|facebook|instagram|youtube|tiktok|linkedin|pinterest)"
SOCIAL_CALL = re.compile(
    rf"""^(?:be\ sure\ to\ |don['’]t\ forget\ to\ )?
        (?:follow|subscribe\ to|like|visit|find|join)\s
        (?:(?:us|@?\S+(?:\ \S+){{0,3}})\ on\ {SOCIAL}\b
          |(?:\S+\ ){{0,4}}{SOCIAL}\ (?:channel|page|account|feed|group)\b)""",
    re.I | re.X,
)
# An affiliate disclosure: the outlet may earn from what the reader buys through its links ("If
# you buy something through this post, Example may get a share of the sale.", "We may earn a
# commission from links on this page."). A story's "the firm may earn a commission" names no page.
AFFILIATE = re.compile(
    r"""\b(?:may|might|could|will)\ (?:earn|get|receive|make)\ (?:an?\ )?(?:small\ )?
        (?:share|commission|portion|cut|fee|affiliate)\b
        .*\b(?:this|our)\ (?:post|page|article|site|story|links?)\b
      |\b(?:through|via|from)\ (?:links?\ (?:on|in)\ )?
        (?:this|our)\ (?:post|page|article|site|links?)\b
        .*\b(?:may|might|could|will)\ (?:earn|get|receive|make)\ (?:an?\ )?(?:small\ )?
        (?:share|commission|portion|cut|fee|affiliate)\b""",
    re.I | re.X,
)
# A call the story reports, not one it makes: "Subscribe to the newsletter, the mayor urged.",
# "Follow us on Twitter, the port told crews."
REPORTED = re.compile(
    r",\s+(?:[\w.'’-]+\s+){1,4}(?:\w+ed|said|says|told|wrote|writes|urges|adds|asks)\b[^,]{0,40}$",
    re.I,
)
CALL_MAX_WORDS = 60
# Every affiliate disclosure holds one of these: tested first, as the pattern is searched.
AFFILIATE_WORDS = ("share", "ommission", "ffiliate", "portion", " cut", " fee")
# A press release's boilerplate: "About Acme" over a paragraph that opens with the name ("Acme
# makes ..."); it runs to the end, where releases keep their "About" notes and contacts.
ABOUT = re.compile(r"^About\ (\S.{0,40}?)\s*:?$")
ABOUT_MAX_WORDS = 6
# A note on when the story was changed: after the story's last paragraph, a trailer ("Updated at
# 1:23 p.m."); before or between paragraphs, a teaser's label.
AMENDMENT = re.compile(rf"^(?:update[ds]?(?:\ at)?|correction)\s*:?\s*(?:{CLOCK})?$", re.I | re.X)
# A line of underscores, dashes or stars: AP's "___" before its trailing notes.
RULE = re.compile(r"^[_*=~\-–—]{3,}$")
# "Editor's note: ...", "Correction added Nov. 18: ...": a note on the story, opening its line.
# A no-break space may stand between its words ("Editor's\xa0note:").
NOTE_HEAD = r"^(?:editor['’]?s\s+note|correction|clarification)\b[^:]{0,40}:"
# After the story's last paragraph, a line that speaks to the reader ("Listen to Newsbeat live
# ...", "Follow AP's full coverage at <link>", an author's bio ending "Follow him on Twitter ...",
# a call to follow a link, "Get started with Acme here.", "Stay tuned for more guides!", "...
# Click here for more information.", a show's schedule: "Port Desk airs on Example FM weekdays
# from 6 a.m.") or notes a change to the story ("Editor's note: This story was updated ...",
# "Correction added Nov. 18: ...", "This article has been updated with ...") is a trailer
# however long; inside the story the same words are the story's.
SIGN_OFF = re.compile(
    r"""^(?:listen|watch|follow|download|read|visit|join)\b
      | \bfollow\ (?:him|her|them|us|me)\ (?:on|at)\b
      | ^(?:get\ started|learn\ more|find\ out\ more|shop|try|discover|check\ out)\b.*\bhere[.!:]?$
      | \bstay\ tuned\b | \bclick\ here\b
      | ^this\ (?:article|story|post|piece)\ (?:has\ been|was)\ (?:updated|corrected|amended)\b
      | \bairs\ (?:on\ [^.]{1,60}?\ )?
        (?:weekdays|weeknights|weekends|daily|nightly|every\ \w+day)\b
      | """
    + NOTE_HEAD,
    re.I | re.X,
)
SIGN_OFF_MAX_WORDS = 40
# After the story's last paragraph, an op-ed's line on its author: a name, maybe a title and an
# apposition, then a role ("Ann Lee is a professor of history at State University.", "Rep. Ann
# Lee, D-Ore., chairs the harbor caucus.", "Ann Lee, a delegate from Oregon to the convention, is
# coordinator of the Harbor Network and co-founder of ...", "Ann Lee is the governor of Oregon.").
# A story's last fact names no such role ("Lee is expected in court on Monday.") or reports words
# (SPEECH); a verb of office counts only after an apposition ("Rep. Ann Lee, D-Ore., chairs") and
# before its object: "Ryan heads to Ohio" and "Sen. Lee leads the race" may close a story, or be
# all of it.
ROLE = (
    r"(?i:editor|director|professor|president|(?:co-?)?founder|chair(?:man|woman)?|fellow"
    r"|columnist|correspondent|writer|reporter|author|analyst|economist|historian|mayor|governor"
    r"|contributor|lecturer|scholar|journalist|playwright|coordinator)"
)
AUTHOR_LINE = re.compile(
    rf"""^(?:(?:Rep|Sen|Gov|Dr|Prof|Mr|Ms|Mrs)\.\ )?
        (?!The\b)[A-Z][\w.'’-]*(?:\ [A-Z][\w.'’-]*){{0,3}}
        (?P<apposition>,\ [^,]{{1,50}},)?
        \ (?:(?P<office>(?:chairs|directs|heads|leads|teaches)\ (?:the|a|an)\b|represents\b)
           |is\ (?:also\ )?(?:(?:a|an|the)\ )?(?:[\w-]+\ ){{0,5}}?{ROLE}\b)""",
    re.X,
)
SPEECH = re.compile(r"\b(?:said|says|told|tells|argue[sd]?|believes?|according)\b", re.I)
# After the story's last paragraph, a note on the story longer than a sign-off ("Editor's note:
# ...", "Correction: ..."), with no quotation in it.
NOTE = re.compile(NOTE_HEAD, re.I | re.X)
SENTENCE_END = re.compile(r"[.!?\"”’)]$")  # what ends a note's last line
# A press release's standing description of the company, closing it: "Acme is a global provider
# of ...", maybe over more lines that open with the name ("Acme is headquartered in ...").
COMPANY = re.compile(
    r"""^(?P<name>[A-Z][\w&.'’-]*(?:\ [A-Z][\w&.'’-]*){0,3}),?\ (?:is|are)\ (?:a|an|the)
        \ (?:world['’]s\ )?(?:leading|global|worldwide|premier|international)\b
        [^.]{0,80}\b(?:provider|company|manufacturer|maker|supplier|developer|firm|group)\b""",
    re.X,
)
NOTE_MAX_WORDS = 120
# After the text's last rule, at most this many lines that no rule flags, beside a trailer.
RULED_NOTES_MAX = 2
QUOTE_MARKS = re.compile(r"[\"“”]")


def find_trailers(lines: Sequence[Line]) -> Iterator[Boilerplate]:
    """Each trailer line; a marker with no prose after it (a list of links) runs to the end. After
    the story's last paragraph, a sign-off is one too, and so is a line between two trailers ("An
    error has occurred" between a reporter's address and the copyright), and a note set off with a
    trailer under the text's last rule."""
    about = _about_block(lines)
    if about is not None:
        yield about
    markers = [_marker(line) for line in lines]
    found = [m or _by_its_words(line) for m, line in zip(markers, lines, strict=True)]
    closing = [f or _sign_off(line) for f, line in zip(found, lines, strict=True)]
    for index in _ruled_off(lines, found):
        closing[index] = True
    story_end = max(
        (line.index for line in lines if line.is_prose and not closing[line.index]), default=-1
    )
    # a short label closing the text introduces nothing ("See more photos:"): the page's widget
    filled = [line for line in lines if not line.blank]
    if filled and filled[-1].words <= KICKER_LINE_MAX_WORDS and filled[-1].text.endswith(":"):
        found[filled[-1].index] = closing[filled[-1].index] = True
    last = max((i for i, c in enumerate(closing) if c), default=-1)
    seen = False  # a trailer flagged after the story's end
    for line in lines:
        tail = story_end < line.index
        found_here = found[line.index] or (
            tail and (closing[line.index] or (seen and line.index < last))
        )
        if not (line.words and (found_here or AMENDMENT.match(line.text))):
            continue
        first = _ruled_from(lines, line)
        rest = [x for x in lines[line.index + 1 :] if not x.blank]
        prose_after = any(x.is_prose for x in rest)
        if not found_here and prose_after:
            continue  # "UPDATE: ..." over the story's own paragraphs: a teaser's label
        if markers[line.index] and prose_after and _headline_link(line):
            continue  # "RELATED: <headline>" inside the body: a teaser
        seen = seen or tail
        # a marker heads what follows it ("Related:" over links); a call to follow is one line
        if rest and not prose_after and found[line.index] and not _outlets_call(line):
            yield block(first, rest[-1], BoilerplateLabel.TRAILER)
            return
        yield block(first, _run_on(lines, line), BoilerplateLabel.TRAILER)


def _run_on(lines: Sequence[Line], line: Line) -> Line:
    """The last line of a note that single line breaks cut mid-sentence ("Editor's note: The
    mayor regularly" / "ignores" / "the council's votes."): its sentence goes on to the line
    that ends it; any other trailer is its own line."""
    if not NOTE.match(line.text):
        return line
    while not SENTENCE_END.search(line.text) and line.index + 1 < len(lines):
        after = lines[line.index + 1]
        if after.blank:
            break
        line = after
    return line


def _ruled_off(lines: Sequence[Line], found: Sequence[bool]) -> list[int]:
    """The lines after the text's last rule ("___") when a trailer stands among them and the rest
    are a note or two, no quotation: the page's closing notes ("___ / X is Example's deal curator.
    / If you buy something through this post, ..."). A section of the story after a rule goes
    on for paragraphs or quotes someone."""
    rule = max((line.index for line in lines if RULE.match(line.text)), default=-1)
    after = [line for line in lines[rule + 1 :] if not line.blank] if rule >= 0 else []
    notes = [line for line in after if not found[line.index]]
    if len(notes) == len(after) or len(notes) > RULED_NOTES_MAX:
        return []
    if any(x.words > SIGN_OFF_MAX_WORDS or QUOTE_MARKS.search(x.text) for x in notes):
        return []
    return [line.index for line in notes]


def _marker(line: Line) -> bool:
    return (
        line.words <= MARKER_MAX_WORDS
        and TRAILER_MARKER.match(line.text) is not None
        and REPORTED.search(line.text) is None
    )


def trailer_sentence(text: str) -> bool:
    """``text``, a sentence inside a line, would be a trailer as a line of its own: a marker
    ("Read the original article.") or a contact ("Contact X at www.example.com")."""
    line = Line(0, 0, len(text), text)
    return _marker(line) or _contact(line)


def _by_its_words(line: Line) -> bool:
    """A trailer however long, wherever it stands: a disclaimer, a copyright, a contact, a call
    to sign up or to follow on a social network, an affiliate disclosure."""
    return (
        DISCLAIMER.match(line.text) is not None
        or _contact(line)
        or _reader_call(line)
        or _outlets_call(line)
    )


def _reader_call(line: Line) -> bool:
    return (
        line.words <= READER_CALL_MAX_WORDS
        and any(word in line.text for word in READER_CALL_WORDS)
        and READER_CALL.search(line.text) is not None
        and REPORTED.search(line.text) is None
    )


def _outlets_call(line: Line) -> bool:
    """A call to follow on a social network, or an affiliate disclosure."""
    return (
        line.words <= CALL_MAX_WORDS
        and (SOCIAL_CALL.match(line.text) is not None or _affiliate(line.text))
        and REPORTED.search(line.text) is None
    )


def _affiliate(text: str) -> bool:
    return any(word in text for word in AFFILIATE_WORDS) and AFFILIATE.search(text) is not None


def _about_block(lines: Sequence[Line]) -> Boilerplate | None:
    """From an "About <name>" head whose next paragraph opens with the name to the last line, or
    from a company's description to the last line when every line from it opens with the name."""
    filled = [line for line in lines if not line.blank]
    company = _company_block(filled)
    if company is not None:
        return company
    for head, after in pairwise(filled):
        if not head.text.startswith("About ") or head.words > ABOUT_MAX_WORDS:
            continue  # the cheap tests first: almost no line is one
        about = ABOUT.match(head.text)
        if about is not None and after.text.lower().startswith(about.group(1).lower()):
            return block(head, filled[-1], BoilerplateLabel.TRAILER)
    return None


def _company_block(filled: Sequence[Line]) -> Boilerplate | None:
    """The closing lines, from a company's description, when all open with its name."""
    for at in range(len(filled) - 1, -1, -1):
        line = filled[at]
        described = COMPANY.match(line.text) if line.words <= NOTE_MAX_WORDS else None
        if described is not None:
            rest = filled[at:]
            name = described.group("name")
            if all(x.text.startswith(name) and _unquoted(x.text) for x in rest):
                return block(line, filled[-1], BoilerplateLabel.TRAILER)
        if not line.text.startswith(filled[-1].text.split(" ", 1)[0]):
            return None  # the closing run of lines sharing the last one's first word is over
    return None


def _sign_off(line: Line) -> bool:
    """A line speaking to the reader; one sending them to another of the outlet's pieces ("Read
    about that in the next article in this series"), on to the rest of one ("Read it all
    here.") or to what the page shows ("Watch the ad above.") is a teaser wherever it stands;
    one to a link is a sign-off after the story ("Watch the full interview here.")."""
    if line.words <= NOTE_MAX_WORDS and NOTE.match(line.text) and _unquoted(line.text):
        return True
    return (
        line.words <= SIGN_OFF_MAX_WORDS
        and (SIGN_OFF.search(line.text) is not None or _author_line(line.text))
        and POINTER.match(line.text) is None
        and ONWARD.match(line.text) is None
        and not lead_in_to_the_page(line.text)
    )


def _author_line(text: str) -> bool:
    line = AUTHOR_LINE.match(text)
    if line is None or (line["office"] and not line["apposition"]):
        return False
    return _unquoted(text) and SPEECH.search(text) is None


def _unquoted(text: str) -> bool:
    """No quotation and no reported speech: nobody's words the story reports."""
    return QUOTE_MARKS.search(text) is None and REPORTED.search(text) is None


def _headline_link(line: Line) -> bool:
    """A kicker with a headline after it: "Related: Talks resume in Geneva"."""
    kicker = KICKER_LABEL.match(line.text)
    return kicker is not None and bool(line.text[kicker.end() :].strip())


def _contact(line: Line) -> bool:
    return line.words <= CONTACT_MAX_WORDS and CONTACT.match(line.text) is not None


def _ruled_from(lines: Sequence[Line], line: Line) -> Line:
    """The rule line right before ``line`` (blank lines aside) when there is one, else ``line``."""
    for before in reversed(lines[: line.index]):
        if not before.blank:
            return before if RULE.match(before.text) else line
    return line
