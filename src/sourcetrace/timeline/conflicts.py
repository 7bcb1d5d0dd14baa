"""Date conflicts inside one article: one event dated two ways, a weekday off its date."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from itertools import combinations

from sourcetrace.model import Conflict, ConflictKind, TextSpan, TimelineEntry
from sourcetrace.timeline.expressions import WEEKDAYS, TimeExpression

# Two explicit days this close, on clauses this alike, are one event dated twice: a strike "early
# Friday, Jan. 2" in a caption and "the early hours of Jan. 3" in the body. Days further apart are
# more likely two events of one story.
MAX_DAYS_APART = 7
MIN_SHARED_WORDS = 3
MIN_SHARED_SHARE = 0.3
# Dates that stamp the text rather than an event: a dateline ("Sept. 28 (UPI) —") and the date
# under an embedded tweet ("— Apple Music (@AppleMusic) September 27, 2016").
_DATELINE_AFTER = re.compile(r"\s*\([A-Z][A-Za-z]*\)\s*[—–-]")
_TWEET_BEFORE = re.compile(r"\(@\w+\)\s*$")
_STOPWORDS = frozenset({
    "a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "by", "with", "and", "or",
    "but", "as", "that", "this", "these", "those", "it", "its", "he", "she", "they", "them",
    "his", "her", "their", "was", "were", "is", "are", "be", "been", "had", "has", "have",
    "said", "says", "after", "before", "into", "over", "under", "during", "while", "when",
    "where", "which", "who", "whom", "what", "than", "then", "there", "early", "late", "hours",
    "morning", "night",
}) | frozenset(m.lower() for m in WEEKDAYS)  # fmt: skip
_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True, slots=True)
class Dated:
    """A timeline entry with what conflict checks need from the expression behind it."""

    entry: TimelineEntry
    expression: TimeExpression
    sentence: str  # the whole sentence: clauses of one event reported twice often differ


def _content_words(d: Dated) -> frozenset[str]:
    """Words of the sentence that say what happened: the date itself and stopwords left out."""
    words = _WORD.findall(d.sentence.replace(d.entry.text, " ").lower())
    return frozenset(w for w in words if w not in _STOPWORDS)


def _explicit_day(d: Dated) -> date | None:
    if not d.expression.explicit_day:
        return None
    try:
        return date.fromisoformat(d.entry.value)
    except ValueError:
        return None


def _where(d: Dated) -> str:
    return "a caption" if d.entry.caption else "the text"


def _same_event(wa: frozenset[str], wb: frozenset[str]) -> bool:
    """Two sentences' content words say they report one event."""
    shared = len(wa & wb)
    return shared >= MIN_SHARED_WORDS and shared / max(1, min(len(wa), len(wb))) >= MIN_SHARED_SHARE


def _is_stamp(d: Dated, text: str) -> bool:
    start, end = d.entry.start, d.entry.end
    return bool(
        _DATELINE_AFTER.match(text, end) or _TWEET_BEFORE.search(text, max(0, start - 40), start)
    )


def date_conflicts(dated: Sequence[Dated], text: str) -> list[Conflict]:
    """Pairs of explicit days that date alike sentences of ``text`` differently, each once."""
    days = [
        (d, day, _content_words(d))
        for d in dated
        if (day := _explicit_day(d)) is not None and not _is_stamp(d, text)
    ]
    conflicts = []
    for (a, day_a, words_a), (b, day_b, words_b) in combinations(days, 2):
        close = day_a != day_b and abs((day_a - day_b).days) <= MAX_DAYS_APART
        if close and _same_event(words_a, words_b):
            conflicts.append(
                Conflict(
                    ConflictKind.DATE,
                    TextSpan(a.entry.start, a.entry.end, a.entry.text),
                    TextSpan(b.entry.start, b.entry.end, b.entry.text),
                    f"{_where(a).capitalize()} dates this {day_a.isoformat()}, {_where(b)} "
                    f"{day_b.isoformat()}: one event, two dates.",
                )
            )
    return conflicts


def weekday_conflicts(dated: Sequence[Dated], text: str) -> list[Conflict]:
    """Weekdays written with a date that falls on another day: "Friday, Jan. 2, 2020"."""
    conflicts = []
    for d in dated:
        day = _explicit_day(d)
        if day is None or d.expression.weekday is None:
            continue
        w_start, w_end, weekday = d.expression.weekday
        if day.weekday() != weekday:
            date_start = text.find(" ", w_end) + 1
            conflicts.append(
                Conflict(
                    ConflictKind.WEEKDAY,
                    TextSpan.of(text, w_start, w_end),
                    TextSpan.of(text, date_start, d.entry.end),
                    f"{day.isoformat()} was a {WEEKDAYS[day.weekday()]}, "
                    f"not a {WEEKDAYS[weekday]}.",
                )
            )
    return conflicts
