"""Party affiliations written after a person's name: what party (and state) an article gives a
politician, as a fact two outlets can corroborate or contradict.

Read right after a mention of a person: a party tag ("Sen. Jim Hale, R-Va.," or "(D-N.Y.)"), or
the party in words ("Ann Reed, Democrat of Ohio,", "Jim Hale, a Republican from Virginia"); or
right before it, with an office title ("Iowa Democratic Rep. Ann Reed", "Republican Sen. Jim
Hale"; not "Democratic candidate", which a primary's independent runs as). "former" before the
party ("a former Republican congressman from Idaho") leaves it out: the party may have changed
since. States are compared by name, so "R-Va." and "Republican of
Virginia" state one affiliation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from sourcetrace.corpus.facts import EntityKey, PartyFact, Slot
from sourcetrace.model import Analysis
from sourcetrace.states import state_of
from sourcetrace.vocabulary import FORMER

_PARTIES = {
    "r": "Republican",
    "republican": "Republican",
    "gop": "Republican",
    "d": "Democrat",
    "democrat": "Democrat",
    "democratic": "Democrat",
    "i": "independent",
    "independent": "independent",
}
_WORD = r"[A-Z][A-Za-z]*\.?"
# ", R-Va.," / " (D-N.Y.)" / ", R-West Virginia,": the tag's state runs to its closing mark, or
# to the sentence's end (", D-Va.").
_TAG = re.compile(rf"\s*[,(]\s*([RDI])\s*-\s*((?:{_WORD}\s?){{1,3}}?)\s*(?:[,);]|$|(?<=\.)\s)")
# ", a conservative Democrat from Ohio," / ", Republican of Virginia," / ", a Republican,": only
# words that describe the member may stand before the party, and a state or the phrase's end
# after it ("Smith, Democratic leaders said" gives Smith no party).
_IN_WORDS = re.compile(
    r"\s*,\s*(?:(?:a|an|the)\s+)?((?:(?:former|conservative|liberal|moderate|centrist|freshman|"
    r"senior|junior|veteran|longtime|fellow|[\w]+-term)\s+)*)"
    r"(Republican|Democrat|Democratic|independent)"
    r"(?:\s+(?:senator|representative|congressman|congresswoman|lawmaker|governor))?"
    rf"(?:\s+(?:of|from)\s+((?:{_WORD}\s?){{1,2}})|\s*[,.;)])"
)


# "Republican Sen." / "GOP Rep." right before the name, the state possibly before it.
_BEFORE = re.compile(
    r"(?:^|(?<=\s))(Republican|Democratic|GOP)\s+"
    r"(?:Sen\.|Rep\.|Senator|Representative|Gov\.|Governor|Congressman|Congresswoman)\s*$"
)
_REACH = 40  # characters before a name a party and title can take


def _party_after(text: str, end: int) -> tuple[int, str, str | None] | None:
    """The party (with its start and state) written right after a name ending at ``end``."""
    tag = _TAG.match(text, end)
    if tag:
        state = state_of(tag.group(2))
        return (tag.start(1), _PARTIES[tag.group(1).casefold()], state) if state else None
    words = _IN_WORDS.match(text, end)
    if words is None or "former" in words.group(1).casefold():
        return None
    place = (words.group(3) or "").split()
    # "from South Boston" names a place but no state: the party alone.
    state = next((s for n in (2, 1) if (s := state_of(" ".join(place[:n])))), None)
    party = _PARTIES[words.group(2).casefold()]
    # "independent" alone is as often an adjective ("independent of the party").
    return (words.start(2), party, state) if state or party != "independent" else None


def _party_before(text: str, start: int) -> tuple[int, str, str | None] | None:
    """The party (with its start and state) written with a title right before a name."""
    window = text[max(0, start - _REACH) : start]
    found = _BEFORE.search(window)
    if found is None:
        return None
    words = window[: found.start()].split()
    if words and words[-1].casefold() in FORMER:
        return None
    state = next(
        (s for n in (2, 1) if len(words) >= n and (s := state_of(" ".join(words[-n:])))), None
    )
    return start - len(window) + found.start(1), _PARTIES[found.group(1).casefold()], state


def party_facts(analysis: Analysis, key: EntityKey) -> Iterable[PartyFact]:
    """The party affiliations ``analysis`` writes around the names of its people."""
    text = analysis.text
    for entity in analysis.entities:
        if entity.label != "PERSON":
            continue
        holder = Slot(key(analysis.id, entity), entity.name, entity.label)
        for mention in entity.mentions:
            found = _party_after(text, mention.end) or _party_before(text, mention.start)
            if found is not None:
                start, party, state = found
                yield PartyFact(holder, party, state, start)
