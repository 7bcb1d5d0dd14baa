"""Photo captions, and the repeats of a caption that scraped pages often carry."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Sequence
from difflib import SequenceMatcher

from sourcetrace.lines import Line
from sourcetrace.model import Boilerplate, BoilerplateLabel
from sourcetrace.names import strip_titles
from sourcetrace.signatures import signs_tweet, without_markup

# A line that ends with a photo credit: "(Photo: Sipa/Shutterstock)", "(AP Photo/Evan Vucci)",
# "(Karim Kadim/AP)", "Getty Images", "Credit: ...", "Photograph: ...", "REUTERS/Kevin Lamarque".
PHOTO_CREDIT = re.compile(
    r"""(?:
        \([^()]*\b(?:Photo|PHOTO|Photograph)s?(?:\s+by\b|\s*[:/])[^()]*\)
      | \([^()]*/\s*(?:AP|AFP|Reuters|REUTERS|Getty\ Images|Shutterstock|EPA(?:-EFE)?|Bloomberg
                     |Sipa|NurPhoto|Zuma)\b[^()]*\)
      | \bGetty\ Images
      | \b(?:Credit|CREDIT):\s*[^.]+
      | \bPhotograph:\s*[^.]+
      | \bREUTERS/[A-Z][\w .'’-]*
    )\s*\.?$""",
    re.VERBOSE,
)
# Every photo credit holds one of these: tested first, as the pattern is tried at every character.
CREDIT_MARKS = ("Photo", "PHOTO", "/", "Getty Images", "Credit:", "CREDIT:")
CAPTION_MAX_WORDS = 80
# A line that describes the picture beside it: "This graphic, provided by Statista, shows ...",
# "The map below shows ...". A story that cites a picture names it ("a photo released by police
# shows ..."), never points at it.
PICTURE = r"(?:graphic|chart|map|photo(?:graph)?|image|picture|illustration|infographic|video)"
POINTS_AT_PICTURE = re.compile(
    rf"""^(?:this\ {PICTURE}|the\ (?:above|below)\ {PICTURE}|the\ {PICTURE}\ (?:above|below))
        \b[^.;]{{0,80}}?\b(?:shows|depicts|illustrates|captures)\b""",
    re.IGNORECASE | re.VERBOSE,
)
POINTER_MAX_WORDS = 40
# A line naming its picture's place on the page before a colon: "Cover image: an artist's
# impression of ...", "Top photo: ...". A credit's "Main image credit: X" is a credit.
PICTURE_LABEL = re.compile(
    rf"^(?:cover|featured|header|top|main|lead|hero|feature)\ {PICTURE}\s*:\s*\S", re.I | re.X
)
# A name standing alone as a caption: capitalized words, the particles of names, a final period.
NAME_WORD = re.compile(
    r"^(?:[A-Z][\w.'’-]*|(?:al|el|bin|ibn|de|da|del|van|von|der|of|the)(?:-\w+)?)$"
)
NAME_MAX_WORDS = 8
# Not names: subheads that open with an article or a gerund ("The Pinocchio Test.", "Joining Forces
# With China.") or shout ("FULL TEXT.").
SUBHEAD_OPENING = re.compile(r"^(?:A|An|The|\w+ing)\b")
# A name's next word capitalized: the name heads a longer one ("Human Rights Council").
LONGER_NAME = re.compile(r"\s+[A-Z]")
# Repeats: the same caption again (alt text and figure caption both scraped), maybe reworded.
DUPLICATE_MIN_WORDS = 4
DUPLICATE_WINDOW = 3  # lines after a caption where its repeat may stand
DUPLICATE_MIN_RATIO = 0.8
# A repeat names what its caption names, however reworded; the items of a list or the lines of a
# table share their frame, not their names ("Spain (Group F): 11th appearance", "Sweden (Group
# F): Seventh appearance"). Names: the capitalized words after the first; words: any.
NAME_IN_LINE = re.compile(r"(?<=\s)[A-Z][\w'’-]*")
WORD = re.compile(r"[\w'’-]+")


def find_captions(
    lines: Sequence[Line], marked: Collection[int], title: int | None
) -> Iterator[Boilerplate]:
    """Caption lines, and ``caption_duplicate`` for a near-identical line shortly after one.
    ``marked``: the start offsets of the lines the page's markup marks as captions; ``title``:
    the headline's line."""
    repeats = _repeats(lines, title, marked)
    originals = set(repeats.values())
    for line in lines:
        if line.is_table_row:
            continue
        if line.index in repeats:
            yield line.flag(BoilerplateLabel.CAPTION_DUPLICATE)
        elif line.index != title and (
            _has_photo_credit(line)
            or _points_at_picture(line)
            or _labels_its_picture(line)
            or _is_standalone_name(line, lines)
            or line.index in originals
        ):
            yield line.flag(BoilerplateLabel.CAPTION)


def _has_photo_credit(line: Line) -> bool:
    return (
        any(mark in line.text for mark in CREDIT_MARKS)
        and line.words <= CAPTION_MAX_WORDS
        and PHOTO_CREDIT.search(line.text) is not None
    )


def _points_at_picture(line: Line) -> bool:
    return line.words <= POINTER_MAX_WORDS and POINTS_AT_PICTURE.match(line.text) is not None


def _labels_its_picture(line: Line) -> bool:
    return line.words <= CAPTION_MAX_WORDS and PICTURE_LABEL.match(line.text) is not None


def _is_standalone_name(line: Line, lines: Sequence[Line]) -> bool:
    """A short name line ("Major General Qasem Soleimani.") between two body paragraphs, naming
    someone the story names elsewhere: a subhead ("Climate Change.") or a letter's signature
    ("Ann Lee.") names no one the story goes on about."""
    words = line.text.removesuffix(".").split()
    if not (line.text.endswith(".") and 2 <= len(words) <= NAME_MAX_WORDS):
        return False
    if line.text.isupper() or SUBHEAD_OPENING.match(line.text):
        return False
    if not all(NAME_WORD.match(w) for w in words):
        return False
    before = next((x for x in reversed(lines[: line.index]) if not x.blank), None)
    after = next((x for x in lines[line.index + 1 :] if not x.blank), None)
    between = before is not None and before.is_prose and after is not None and after.is_prose
    return between and _named_elsewhere(strip_titles(" ".join(words)), line, lines)


def _named_elsewhere(name: str, line: Line, lines: Sequence[Line]) -> bool:
    """``name`` stands on another line than ``line``, not as the head of a longer name."""
    for other in lines:
        at = -1 if other is line else other.text.find(name)
        while at >= 0:
            if LONGER_NAME.match(other.text, at + len(name)) is None:
                return True
            at = other.text.find(name, at + 1)
    return False


def _repeats(lines: Sequence[Line], title: int | None, marked: Collection[int]) -> dict[int, int]:
    """Index of each repeated caption -> index of the line it repeats.

    A title echoed by the lede, or a paragraph quoted twice, is not a caption: the original must
    carry a photo credit or be shorter than a body paragraph. Nor is a subhead that the caption
    under it echoes ("Still four ports" over a picture captioned "Still four ports on the left"):
    where the markup marks the later line a caption and not the earlier, it says which is which.
    Two tweets of one account on one day carry the same signature line: no caption either.
    """
    repeats: dict[int, int] = {}
    for line in lines:
        if line.words < DUPLICATE_MIN_WORDS or line.index in repeats or line.index == title:
            continue
        # a table's header row, repeated as its footer, is no caption
        if line.is_table_row or signs_tweet(line.text):
            continue
        if line.is_prose and not _has_photo_credit(line):
            continue
        # two tweets of one account share their tag's markup, not their words
        words = without_markup(line.text)
        for later in lines[line.index + 1 : line.index + 1 + DUPLICATE_WINDOW]:
            if later.is_table_row or (later.start in marked and line.start not in marked):
                continue
            if later.words >= DUPLICATE_MIN_WORDS and _similar(words, without_markup(later.text)):
                repeats[later.index] = line.index
    return repeats


def _similar(a: str, b: str) -> bool:
    matcher = SequenceMatcher(None, a.lower(), b.lower(), autojunk=False)
    # The cheap upper bounds first: most pairs of lines are nowhere near each other.
    return (
        matcher.real_quick_ratio() >= DUPLICATE_MIN_RATIO
        and matcher.quick_ratio() >= DUPLICATE_MIN_RATIO
        and matcher.ratio() >= DUPLICATE_MIN_RATIO
        and _same_names(a, b)
    )


def _same_names(a: str, b: str) -> bool:
    """Most names of the line that has fewer are words of the other."""
    names_a, names_b = NAME_IN_LINE.findall(a), NAME_IN_LINE.findall(b)
    names, other = (names_a, b) if len(names_a) <= len(names_b) else (names_b, a)
    words = set(WORD.findall(other.lower()))
    return sum(name.lower() in words for name in names) >= DUPLICATE_MIN_RATIO * len(names)
