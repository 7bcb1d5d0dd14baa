"""Who a tweet's handle names, where the page gives no name with it (PolNeAR's
`<tweet author="JebBush">`, an "@handle" alone): the person whose name it spells, as the article
writes that name where it does ("MartinOMalley" is its "Martin O’Malley"), else in the words the
handle runs together, a title before them and a state after them dropped ("GovMikeHuckabee" is
Mike Huckabee, "LindseyGrahamSC" Lindsey Graham, "GovChristie" Christie). A handle that spells
no name ("existentialfish", "@DMVBlackLives") is someone a reader cannot name
(tests/gold/README.md, rule 17 and the rule 18 batch).
"""

from __future__ import annotations

import re

from sourcetrace.sources.lexicon import HANDLE_PREFIXES
from sourcetrace.sources.names import INSTITUTION_WORDS, NameIndex
from sourcetrace.states import state_of
from sourcetrace.vocabulary import TITLE_ABBREVIATIONS, TITLES

# A handle's words as its capitals split them: "LindseyGrahamSC" is "Lindsey", "Graham", "SC";
# "MartinOMalley" is "Martin", "O", "Malley"; a run of digits is a word of its own.
_SEGMENT = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")
# A person's handle spells two or three names ("JohnKasich", "MaryEllenLee").
_NAME_WORDS = range(2, 4)


def spelled_name(handle: str, names: NameIndex) -> tuple[str, ...] | None:
    """The name of the person ``handle`` ("@JebBush", "tedcruz") spells, in the article's form
    of it where it writes one; None when it spells none."""
    segments = _SEGMENT.findall(handle)
    titled = False
    while len(segments) > 1 and _prefix(segments[0]):
        titled = titled or segments[0].lower() not in HANDLE_PREFIXES
        segments = segments[1:]
    if len(segments) > 1 and segments[-1].isupper() and state_of(segments[-1]) is not None:
        segments = segments[:-1]  # "LindseyGrahamSC": a senator's state
    written = names.spelled("".join(segments).lower())
    if written is not None:
        return written
    # a word of an institution's name makes the handle an institution's or a thing's, never a
    # person's: "TwitchyTeam", "MashableNews", "CityCouncil"
    if not all(s.isalpha() and s.lower() not in INSTITUTION_WORDS for s in segments):
        return None
    if len(segments) == 1:
        # "GovChristie": the surname the title goes with. A lowercase run ("tedcruz") is split
        # nowhere: a given name opens too many words ("markets", "billboard") to guess a name.
        (word,) = segments
        return (word,) if titled and _capitalized(word) else None
    if len(segments) in _NAME_WORDS and len(segments[0]) > 1 and all(map(_capitalized, segments)):
        return tuple(segments)
    return None


def _prefix(segment: str) -> bool:
    """A word before the name in a handle: "real", "Gov", "Senator"."""
    word = segment.lower()
    return word in HANDLE_PREFIXES or word in TITLES or word in TITLE_ABBREVIATIONS


def _capitalized(word: str) -> bool:
    """A name's word: a capital, then small letters ("Graham"), or an initial ("O")."""
    return word[0].isupper() and (len(word) == 1 or word[1:].islower())
