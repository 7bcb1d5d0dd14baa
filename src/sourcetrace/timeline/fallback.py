"""Dates the patterns miss but the parser tagged, read with dateparser.

dateparser mis-reads AP abbreviations ("Jan." with its dot) and day-part words ("early Friday"),
so the text is normalized first. Only DATE entities naming a month are tried: the rest are
durations ("4 weeks", "years") that dateparser would turn into dates.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime
from functools import lru_cache

from dateparser.date import DateDataParser
from spacy.tokens import Doc, Span

from sourcetrace.nlp import doc_text
from sourcetrace.timeline.expressions import EVERY, MONTHS, TimeExpression, markup
from sourcetrace.timeline.values import day_value, month_value

_MONTH_WORD = re.compile(r"\b(?:" + "|".join(MONTHS) + r")\b\.?", re.IGNORECASE)
_DAY_PART = re.compile(r"(?i)\b(?:the|early|late|mid-?|morning|afternoon|evening|night)\b")
_YEAR = re.compile(r"\b\d{4}\b")
_FULL_MONTHS = {n: name for name, n in MONTHS.items() if len(name) > 4 or name == "may"}


def _normalized(text: str) -> str:
    """ "early Jan. 3rd" -> "January 3rd": full month names, day-part words dropped."""
    text = _MONTH_WORD.sub(lambda m: _FULL_MONTHS[MONTHS[m.group().rstrip(".").lower()]], text)
    return " ".join(_DAY_PART.sub(" ", text).split())


def parse_date_entities(
    doc: Doc, dates: Sequence[Span], published: date | None, found: Sequence[TimeExpression]
) -> list[TimeExpression]:
    """Expressions for the DATE entities of ``doc`` (``dates``) that name a month and overlap
    nothing already ``found``."""
    extra = []
    # a date in a tag's attributes is no event (as the patterns read it)
    tags = markup(doc_text(doc))
    for ent in dates:
        if not _MONTH_WORD.search(ent.text):
            continue
        taken = [*((x.start, x.end) for x in found), *tags]
        if any(start < ent.end_char and ent.start_char < end for start, end in taken):
            continue
        if any(t.lower_ in EVERY for t in doc[max(0, ent.start - 1) : ent.start + 1]):
            continue  # "each March" recurs, as the patterns read it
        # Without a year dateparser takes the current one: only the publication date may stand in.
        has_year = _YEAR.search(ent.text) is not None
        if not has_year and published is None:
            continue
        value = _parse(_normalized(ent.text), published)
        if value:
            extra.append(
                TimeExpression(ent.start_char, ent.end_char, value, not has_year, len(value) == 10)
            )
    return extra


def _parse(text: str, published: date | None) -> str:
    data = _parser(published).get_date_data(text)
    if data.date_obj is None:
        return ""
    parsed = data.date_obj.date()
    if data.period == "day":
        return day_value(parsed)
    if data.period == "month":
        return month_value(parsed.year, parsed.month)
    return ""


@lru_cache(maxsize=64)
def _parser(published: date | None) -> DateDataParser:
    settings: dict[str, object] = {"PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["month"]}
    if published is not None:
        settings["RELATIVE_BASE"] = datetime(published.year, published.month, published.day)
    return DateDataParser(languages=["en"], settings=settings)
