"""Dated timeline of one article: time expressions normalized and anchored.

The body is read from the parse (its DATE entities let bare years such as "the 2020 election"
count); captions, blanked out of the parse, are read from the original text with the same patterns
so their dates are not lost ("early Friday, Jan. 2, 2020" under a photo). A caption that writes
out its day with the year tells the rest from that day, not from publication: "Jan. 2, 2020. The
Pentagon said Thursday" is that Thursday. Duplicated captions are skipped so nothing is counted
twice. Entries are ordered by date, unplaceable ones last.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date

from spacy.tokens import Doc

from sourcetrace.model import (
    Article,
    Attribution,
    Boilerplate,
    BoilerplateLabel,
    Conflict,
    TimelineEntry,
)
from sourcetrace.nlp import doc_text
from sourcetrace.timeline.conflicts import Dated, date_conflicts, weekday_conflicts
from sourcetrace.timeline.events import BodyEvents, sentence_in_text, trim_around
from sourcetrace.timeline.expressions import TimeExpression, find_time_expressions
from sourcetrace.timeline.fallback import parse_date_entities
from sourcetrace.timeline.tense import Directions
from sourcetrace.timeline.values import value_bounds

__all__ = ["Timeline", "extract_timeline", "value_bounds"]


@dataclass(frozen=True, slots=True)
class Timeline:
    """An article's timeline entries in date order and the date conflicts among them."""

    entries: tuple[TimelineEntry, ...]
    conflicts: tuple[Conflict, ...]


def extract_timeline(
    doc: Doc,
    article: Article,
    boilerplate: Sequence[Boilerplate],
    attributions: Sequence[Attribution],
) -> Timeline:
    """Every dated expression of the article in date order, and the date conflicts among them.

    ``doc`` is the parse of ``article.text`` with ``boilerplate`` blanked (same offsets).
    """
    dated = [*_body(doc, article), *_captions(article, boilerplate)]
    holder = _content_holder(attributions)
    dated = [replace(d, entry=replace(d.entry, attribution=holder(d.entry))) for d in dated]
    dated.sort(key=_chronological)
    conflicts = date_conflicts(dated, article.text) + weekday_conflicts(dated, article.text)
    return Timeline(tuple(d.entry for d in dated), tuple(conflicts))


def _body(doc: Doc, article: Article) -> list[Dated]:
    dates = [e for e in doc.ents if e.label_ == "DATE"]  # read once for both uses below
    tagged = bytearray(len(article.text))  # characters the parser tagged DATE
    for e in dates:
        tagged[e.start_char : e.end_char] = b"\x01" * (e.end_char - e.start_char)

    def tagged_date(start: int, end: int) -> bool:
        return all(tagged[start:end])

    found = list(
        find_time_expressions(
            doc_text(doc), article.published, is_date=tagged_date, direction=Directions(doc)
        )
    )
    found += parse_date_entities(doc, dates, article.published, found)
    events = BodyEvents(doc)
    dated = []
    for x in found:
        first, last = events.sentence(x.start, x.end)
        entry = _entry(article.text, x, events.event(x.start, x.end))
        dated.append(Dated(entry, x, article.text[first:last]))
    return dated


def _captions(article: Article, boilerplate: Sequence[Boilerplate]) -> list[Dated]:
    dated = []
    for b in boilerplate:
        if b.label is not BoilerplateLabel.CAPTION:
            continue
        for x in _caption_expressions(article, b):
            first, last = sentence_in_text(article.text, x.start, x.end, (b.start, b.end))
            event = trim_around(article.text[first:last], x.start - first, x.end - first)
            entry = _entry(article.text, x, event, caption=True)
            dated.append(Dated(entry, x, article.text[first:last]))
    return dated


def _caption_expressions(article: Article, caption: Boilerplate) -> list[TimeExpression]:
    """The caption's expressions, relative ones counted from the first day it writes out with
    its year (captions are written the day of the photo), else from publication."""
    found = list(
        find_time_expressions(article.text, article.published, start=caption.start, end=caption.end)
    )
    own = next((x.value for x in found if x.explicit_day and not x.anchored), None)
    if own is None or own == (article.published and article.published.isoformat()):
        return found
    day = date.fromisoformat(own)
    return list(find_time_expressions(article.text, day, start=caption.start, end=caption.end))


def _entry(text: str, x: TimeExpression, event: str, *, caption: bool = False) -> TimelineEntry:
    return TimelineEntry(
        text=text[x.start : x.end],
        start=x.start,
        end=x.end,
        value=x.value,
        event=event,
        caption=caption,
        anchored=x.anchored,
    )


def _content_holder(
    attributions: Sequence[Attribution],
) -> Callable[[TimelineEntry], str | None]:
    """For an entry, the id of the first attribution whose quoted or reported content holds it.

    Content pieces sorted by start are searched back from the entry's start: a long article has
    thousands of each, so the naive entries x attributions scan went quadratic."""
    pieces = sorted(
        (c.start, c.end, rank, a.id) for rank, a in enumerate(attributions) for c in a.content
    )
    starts = [start for start, _, _, _ in pieces]
    longest = max((end - start for start, end, _, _ in pieces), default=0)

    def holder(entry: TimelineEntry) -> str | None:
        best: tuple[int, str] | None = None
        i = bisect_right(starts, entry.start) - 1
        # Pieces that start further back than the longest piece is long cannot reach the entry.
        while i >= 0 and entry.start - starts[i] <= longest:
            _, end, rank, attribution = pieces[i]
            if entry.end <= end and (best is None or rank < best[0]):
                best = (rank, attribution)
            i -= 1
        return best[1] if best else None

    return holder


def _chronological(d: Dated) -> tuple[int, int, int, int]:
    bounds = value_bounds(d.entry.value)
    if bounds is None:
        return (1, 0, 0, d.entry.start)
    first, last = bounds
    return (0, first.toordinal(), last.toordinal(), d.entry.start)
