"""Time expressions in plain text: found with patterns, normalized to timeline values.

Works on any string (an article's body or one of its captions), so captions, which the parse never
sees, are read the same way as the body. Relative expressions ("Thursday", "last year") are anchored
to the publication date; without one they get the value "" (unanchored), and a month and day
without a year get "--MM-DD".

A weekday written with a date ("Friday, Jan. 2, 2020") is kept as one expression whose value is
the date; the weekday's span is kept too, so a caller can check that the two agree.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from sourcetrace.timeline import anaphora, holidays, periods
from sourcetrace.timeline.values import SHIFT, day_value, month_value, week_value

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip

_TENS_WORDS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_UNIT_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TENS = "(?:" + "|".join(_TENS_WORDS) + ")"
_UNITS = "(?:" + "|".join(_UNIT_WORDS) + ")"
_ORDINAL_WORDS = (
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
    "eighteenth", "nineteenth", "twentieth", "twenty-first",
)  # fmt: skip
_COUPLE = re.compile(r"a\s+couple(?:\s+of)?", re.IGNORECASE)  # "a couple (of) weeks ago": two

# Month names are matched capitalized only, so the verb "may" and "march" never read as months;
# AP-style abbreviations need their dot ("Jan.", "Sept.").
_MONTH = (
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|November"
    r"|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)"
)
_DAY = r"(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d:])"
_LAST_DAY = r"(?P<last_day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d:])"
_YEAR = r"(?P<year>1\d{3}|20\d\d)(?![\d%])"
_WEEKDAY = r"(?P<weekday>" + "|".join(WEEKDAYS) + r")"
_WEEKDAY_PREFIX = rf"(?:{_WEEKDAY},?\s+(?:(?i:the)\s+)?)?"
# Prepositions before "the summer" that make it a time ("over the summer").
_SEASON_AFTER = ("in", "over", "during", "since", "until", "through", "throughout", "by", "for")
_PART_OF_DAY = r"(?:\s+(?:morning|afternoon|evening|night))?"

_PATTERNS: dict[str, re.Pattern[str]] = {
    # first: "Sept. 11" of "Sept. 11 victims" is the attacks' day, not this year's (month_day)
    "historic_day": holidays.HISTORIC_PATTERN,
    "iso": re.compile(r"\b(?P<year>\d{4})-(?P<mnum>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])\b"),
    "numeric": re.compile(
        r"\b(?P<mnum>1[0-2]|0?[1-9])/(?P<day>3[01]|[12]\d|0?[1-9])/(?P<year>\d{4})\b"
    ),
    # "Nov. 22-24" is one range of days, as "1980-88" is one of years.
    "month_day": re.compile(
        rf"{_WEEKDAY_PREFIX}\b{_MONTH}\s+{_DAY}(?:\s*[-–]\s*{_LAST_DAY})?"
        rf"(?:,?\s+{_YEAR}|\s+of\s+(?P<relyear>(?i:last|this|next))\s+year\b)?"
    ),
    "day_month": re.compile(rf"{_WEEKDAY_PREFIX}\b{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?"),
    "month_year": re.compile(rf"\b{_MONTH},?\s+(?:of\s+)?{_YEAR}"),
    # "last November" in a November story is a year back, "this past June" the latest June;
    # "last May 5" is a day (month_day).
    "relative_month": re.compile(
        rf"\b(?P<rel>(?i:last|next|this\s+past|this\s+coming))\s+{_MONTH}(?![\w-])(?!\s+\d)"
    ),
    # "May this year", "in March of last year": that year's month.
    "month_of_year": re.compile(
        rf"\b{_MONTH}\s+(?:of\s+)?(?P<rel>(?i:last|this|next))\s+(?i:year)\b"
    ),
    "month": re.compile(rf"\b{_MONTH}(?![\w-])"),
    # "the 1980s", "the 1980’s", "the ’80s"; a bare "90s" only after "the", "the mid-", "the early"
    # or "the late" ("in her 90s", "in his early 20s" are ages).
    "decade": re.compile(
        r"(?:\b(?i:the)\s+)?(?:\b(?P<decade>1\d{2}|20\d)0['’]?s\b|['’](?P<short>\d)0s\b"
        r"|(?:(?<=\bthe )|(?<=\bthe mid-)|(?<=\bthe early )|(?<=\bthe late ))"
        r"(?P<bare>[1-9])0['’]?s\b)"
    ),
    "century": re.compile(
        r"\b(?i:the)\s+(?P<ordinal>(?:1\d|2[01]|[1-9])(?:st|nd|rd|th)"
        rf"|(?i:{'|'.join(_ORDINAL_WORDS)}))\s+(?i:century)\b"
    ),
    "year_range": re.compile(
        r"(?<![\d$£€.,/])\b(?P<year>1\d{3}|20\d\d)(?:\s*[-–]\s*|/)(?P<year2>\d{4}|\d{2})(?![\d%/])"
        r"(?:\s+season\b)?"  # "the 2022/23 season"
    ),
    # "1440p", "2080Ti": a number glued to letters names a format or a model, no year.
    "year": re.compile(rf"(?<![\d$£€.,/])\b{_YEAR}(?!,\d|\.\d|-\d|[A-Za-z])"),
    # "on Saturday nights" recurs, as "on Saturdays" (which "\b" already leaves out) does.
    "weekday": re.compile(
        rf"(?:\b(?P<rel>(?i:last|next|this))\s+)?\b{_WEEKDAY}\b(?!{_PART_OF_DAY}s\b){_PART_OF_DAY}"
    ),
    "relative_day": re.compile(
        r"\b(?P<word>(?i:yesterday|tomorrow|tonight|last\s+(?:night|evening)"
        r"|this\s+(?:morning|afternoon|evening)|(?:earlier|later\s+)?today))\b"
        # NBC's "Today" show, or "told 'Today.'", is no date.
        r"(?!(?<=Today)[.,]?[\"”]|(?<=Today)\s+show\b)"
    ),
    # "in the last year" spans back from publication, no calendar year; "the last decade" in 2020
    # is the 2010s ("over the next decade" spans ahead: no date).
    "relative_period": re.compile(
        r"\b(?:(?i:earlier|later)\s+)?(?:(?<!\b(?i:the) )(?P<rel>(?i:last|this|next))\s+"
        r"(?P<unit>(?i:week|month|year))|(?P<drel>(?i:last|this))\s+(?i:decade))\b"
        # ABC's "This Week", capitalized and closing a quote, is a programme, no date.
        r"(?!(?<=Week)[.,]?[\"”])"
    ),
    "relative_season": re.compile(
        r"\b(?P<rel>(?i:last|this|next))\s+(?P<season>(?i:spring|summer|fall|autumn|winter))\b"
    ),
    # "over the summer", "in the fall": the season its clause looks to, after a preposition ("the
    # fall in prices", "the fall of Rome" are no seasons).
    "season": re.compile(
        "(?:"
        + "|".join(rf"(?<=\b(?i:{word}) )" for word in _SEASON_AFTER)
        + r")(?i:the)\s+(?P<season>(?i:spring|summer|fall|autumn|winter))\b(?!\s+(?:of|in)\b)"
    ),
    "ago": re.compile(
        rf"\b(?P<count>\d+|(?i:{_COUPLE.pattern}|{_TENS}(?:[-\s]{_UNITS})?|{_UNITS}|"
        + "|".join(_NUMBER_WORDS)
        + r"))\s+(?P<unit>(?i:day|week|month|year|decade))s?\s+(?i:ago)\b"
    ),
    "anaphor": anaphora.PATTERN,
    "holiday": holidays.PATTERN,
    **periods.PATTERNS,
}

# Words (case-folded) of which every match of a kind holds one: a text holding none of them is
# not searched for that kind, which spares most texts the slowest patterns.
_NEEDS: dict[str, tuple[str, ...]] = {
    "decade": ("0s", "0's", "0’s"),
    "century": ("century",),
    "weekday": tuple(w.casefold() for w in WEEKDAYS),
    "relative_day": ("yesterday", "tomorrow", "tonight", "night", "morning", "afternoon",
                     "evening", "today"),
    "relative_period": ("week", "month", "year", "decade"),
    "relative_season": ("spring", "summer", "fall", "autumn", "winter"),
    "season": ("spring", "summer", "fall", "autumn", "winter"),
    "ago": ("ago",),
    "anaphor": ("following", "next", "previous", "prior", "before", "after", "later", "earlier",
                "that", "same", "of the year"),
    "holiday": ("thanksgiving", "election day", "christmas", "new year", "independence day",
                "veterans day", "singles day", "halloween", "valentine", "memorial day",
                "labor day", "black friday", "cyber monday", "9/11"),
    "historic_day": ("9/11", "sept"),
    **periods.NEEDS,
}  # fmt: skip
# The same as written, for the kinds that match month names capitalized only: "may" and "mar"
# (of "market") are in most texts, a capitalized "Mar" or "May" in far fewer. Looked for once per
# text (`_points`), not once per kind.
_MONTH_HEADS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTH_KINDS = frozenset(
    {"month_day", "day_month", "month_year", "month", "relative_month", "month_of_year"}
)
# A shape every match of a kind holds, opening on a literal, a digit or a space: the scan for it
# jumps between those, where the kind's own pattern, opening on a word boundary, is tried at every
# character.
_SHAPES: dict[str, re.Pattern[str]] = {
    # the part after the first year, opening on the rarer dash or slash
    "year_range": re.compile(r"[-–/]\s*\d\d"),
    "day_month": re.compile(rf"\d(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}"),
    "ago": re.compile(r"\s(?i:ago)\b"),  # not "Chicago"
    # "so far", "to date", "year-to-date"; not "update"
    "period_to_date": re.compile(r"[\s-](?:far|date)\b"),
}

# Shapes that open on a digit ("\d-[01]\d-" for "iso", "\d/\d" for "numeric"), written from the
# literal after the digit with the digit read behind it, and searched from one character on so
# that the digit still lies in the range: the regex engine skips ahead to a leading literal,
# where it tries a pattern opening on a digit at every character (ten times slower).
_SHAPES_AFTER_DIGIT: dict[str, re.Pattern[str]] = {
    "iso": re.compile(r"-(?<=\d-)[01]\d-"),
    "numeric": re.compile(r"/(?<=\d/)\d"),
}

# The characters every match of a kind opens on, where they are few: the scan for the kind tries
# its pattern only at those (`_matches`), where a pattern opening on a word boundary, a
# lookbehind or an optional group is tried at every character (the regex engine finds no prefix
# in it to skip ahead to).
_MONTH_INITIALS = "".join(sorted({month[0].upper() for month in MONTHS}))
_WEEKDAY_INITIALS = "".join(sorted({day[0] for day in WEEKDAYS}))
# What follows the initial of a month's name or abbreviation, or of a weekday's name.
_MONTH_RESTS = "|".join(sorted({month[1:] for month in MONTHS}))
_WEEKDAY_RESTS = "|".join(day[1:] for day in WEEKDAYS)


def word_opening(initials: str, rest: str = "") -> re.Pattern[str]:
    r"""One of ``initials`` (word characters) opening a word: ``\b[initials]`` with the boundary
    tested after the character (``(?<!\w\w)``), so that the regex engine skips ahead to the
    characters of the class, where a leading ``\b`` has it enter the pattern at every one.
    ``rest``, a pattern for what follows the initial, is read ahead inside the engine too: the
    fewer the openings it passes, the fewer the pattern's own tries (a call from Python each)."""
    return re.compile(rf"[{initials}](?<!\w\w)" + (f"(?={rest})" if rest else ""))


_LEADS: dict[str, re.Pattern[str]] = {
    "year": re.compile(r"[12]"),
    # a month's name: where its capital alone is the lead, every "Senate" or "Obama" is a try
    **dict.fromkeys(
        ("month", "month_year", "month_of_year"), word_opening(_MONTH_INITIALS, _MONTH_RESTS)
    ),
    # a weekday may open it: "Tuesday, Jan. 2"
    "month_day": re.compile(
        f"[{_MONTH_INITIALS}{_WEEKDAY_INITIALS}](?={_MONTH_RESTS}|{_WEEKDAY_RESTS})"
    ),
    # "the"/"that" before a word that can follow it there, or a digit or a count word ("a",
    # "an", "one" ... "six") before a unit: the lookaheads run inside the regex engine, where a
    # lead on the first letter alone has `_matches` try the whole pattern at most words
    "anaphor": word_opening(
        r"\dTtAaOoFfSs",
        r"(?<=[Tt])(?i:he|hat)\s+(?i:following|next|previous|prior|day|week|month|year|night|same"
        rf"|{'|'.join(anaphora.MONTHS)})|\w*\s+(?i:day|week|month|year)",
    ),
    # a digit, "a couple" or a number word ("one" ... "nineteen", "twenty" ... "ninety")
    "ago": word_opening(r"\dAaOoTtFfSsEeNn"),
    # "last", "next" or "this" before the weekday, or the weekday itself
    "weekday": word_opening(
        f"LlNnTt{_WEEKDAY_INITIALS}",
        r"(?i:ast|ext|his)\s|" + "|".join(day[1:] for day in WEEKDAYS),
    ),
    # "earlier", "later", "last", "this", "next"
    "relative_period": word_opening("EeLlTtNn", r"(?i:arlier|ater|ast|his|ext)\s"),
    # "last", "next", "this past", "this coming" before the month
    "relative_month": word_opening("LlNnTt", r"(?i:ast|ext|his)\s"),
    # "yesterday", "tomorrow", "tonight", "today", "last", "this", "earlier", "later"
    "relative_day": word_opening(
        "YyTtLlEe", r"(?i:esterday|omorrow|onight|oday|ast\s|his\s|arlier|ater\s)"
    ),
    # "the beginning of", "the end of" ...; "to begin", "to end" ... (`periods.PATTERNS`)
    "period_edge": word_opening(
        "Tt",
        r"(?i:he\s+(?:beginning|start|end|middle|close|rest|remainder)"
        r"|o\s+(?:begin|start|end|close|open))",
    ),
    "season": word_opening("Tt"),  # "the", after the preposition its lookbehind reads
    # "the year so far", "year-to-date" (`periods.PATTERNS`)
    "period_to_date": word_opening("TtWwMmYy", r"(?i:he\s|eek|onth|ear)"),
    # "the 1980s", "’80s", "the 90s": "the", or the digits (after an apostrophe) before "0s"
    "decade": re.compile(r"[Tt\d'’](?=(?i:he)\s|\d{0,2}0['’]?s)"),
}

_DAY_KINDS = frozenset({"iso", "numeric", "month_day", "day_month"})
# Kinds whose value depends on the tense of their clause (see ``direction``); a weekend looks
# the way a weekday does; a day without its year is the nearest one unless told in the past.
_DIRECTED_KINDS = frozenset({"month", "weekday", "weekend", "day", "season"})
# A clause told in the past may date a day just ahead ("were pushing to postpone the June 19
# election" in a June 13 story), hardly one months away ("was arrested for the March 21 call"
# in a November story is last March's).
_PAST_REACH = timedelta(days=31)
# A weekday, month or holiday after "every" or "each" recurs ("in the pews every Sunday"): no
# one day of the calendar.
_RECURRING_KINDS = frozenset({"weekday", "month", "holiday"})
EVERY = frozenset({"every", "each"})
_DAY_OFFSETS = {"yesterday": -1, "last night": -1, "last evening": -1, "tomorrow": 1}
# Kinds whose value comes from the publication date alone.
_RELATIVE_KINDS = frozenset(
    {"weekday", "relative_day", "relative_period", "relative_season", "season", "relative_month",
     "ago", "anaphor", "holiday", "month_of_year", *periods.PATTERNS}
)  # fmt: skip

# A bare year or month is a date only after a word like these ("in 2009", "since March"), or where
# the parser tagged it DATE: "600 troops" or "2000 people" are counts, "May" may be a verb.
DATE_PREPOSITIONS = frozenset({
    "in", "since", "by", "of", "from", "to", "until", "till", "through", "throughout",
    "around", "circa", "before", "after", "during", "between", "and", "early", "late", "mid",
    "end", "spring", "summer", "fall", "autumn", "winter", "fiscal", "year",
})  # fmt: skip
_UNAMBIGUOUS_MONTHS = frozenset(m for m in MONTHS if len(m) > 5 or m in {"june", "july"})

# Words before an expression that make its text read as a phrase ("the final months of 2007",
# "the early hours of Jan. 3", "early Friday", "around 2013", "the night of March 10", "fiscal
# year 2019", "earlier in 2019", "late on Monday"); they never change the value, except that the
# end or beginning of a range is its last or first year ("the end of the 2022/23 season" is 2023)
# and a part of a year written out is its months ("the first half of 2020": "2020-01/2020-06",
# "the last 6 months of 2017").
_MONTH_COUNTS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven")
_QUALIFIER = re.compile(
    r"(?i:(?:the\s+)?(?:(?P<part>first|second|last)\s+(?:(?P<months>[1-9]|1[01]|"
    + "|".join(_MONTH_COUNTS)
    + r")\s+months|half)"
    r"\s+of\s+|(?:early|late|final|first|last|closing|opening|waning|dying|second)\s+"
    r"(?:months?|weeks?|days?|years?|hours|morning\s+hours|part|half|quarter)\s+of\s+"
    r"|(?:(?P<edge>end|beginning|start)|middle|spring|summer|fall|autumn|winter|turn)\s+of\s+"
    r"(?:the\s+)?|(?:night|morning|afternoon|evening)\s+of\s+|mid-"
    r"|(?:early|late|mid|earlier|later)\s+(?:(?:on|in)\s+)?|midway\s+through\s+"
    r"|(?P<season>spring|summer|fall|autumn|winter)\s+)"
    r"|(?:around|circa|fiscal(?:\s+year)?)\s+)$"
)
_PLURAL_AFTER = re.compile(r"\s+[a-z]*[a-rt-z]s\b")  # "troops", not "class"
# Nouns a year before them dates whatever the parser says: "Holcomb's 2016 election campaign",
# "raising 2016 elections", events that happen on a day ("the 2012 attacks in Libya").
_DATED_NOUN_AFTER = re.compile(
    r"\s+(?:(?:presidential|general|midterm|primary|terror(?:ist)?)\s+)?"
    r"(?:elections?|campaigns?|races?|primar(?:y|ies)|midterms?|census|Olympics|budgets?"
    r"|attacks?|bombings?|shootings?|massacres?|riots?|uprisings?|coups?|invasions?"
    r"|earthquakes?|hurricanes?|floods?|wildfires?|tsunamis?)\b"
)
# A house number before its street ("of 1909 Jolinda Drive") and a bill or item number after its
# letters ("SB 1062", "No. 1119") are no years, whatever word comes before them.
_ADDRESS_AFTER = re.compile(
    # no "Court" nor "Place": "the 2015 Supreme Court ruling" is dated
    r"(?:\s+[A-Z][\w.]*){1,3}\s+(?:St|Street|Ave|Avenue|Rd|Road|Drive|Blvd|Boulevard|Lane|Ln"
    r"|Parkway|Pkwy)\b"
)
# A year before a colon and a capitalized word, inside a sentence, opens a title: "the film
# 2016: Obama's America", "from 2001: A Space Odyssey to Alien" (a year opening its line, "2016:
# Trump wins", dates an item of a chronology).
_TITLE_AFTER = re.compile(r":\s*[A-Z]")
_IDENTIFIER_BEFORE = re.compile(r"\b(?:[SHA]\.?B\.?|H\.?R\.?|No\.|Nos\.)\s*$")
# The first end of a range of years ("the 2012 through 2015 model").
_RANGE_TO_YEAR = re.compile(r"\s*(?:through|to|until|[-–])\s*(?:1\d{3}|20\d\d)\b")
# A year after these dates the noun after it ("the 2020 Sentra", "a 2018 analysis"), unless that
# noun is a plural it counts ("the 2000 troops").
_DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "this", "that"})
# A year that is the subject of a singular copula: "2019 is just not as strong as 2018".
_YEAR_SUBJECT = re.compile(r"\s+(?:is|was|has\s+been|will\s+be)\b")
# A bound that a year closes after "at least" ("until at least 2021"); "in at least 2000 cases"
# counts.
_BOUND_BEFORE = re.compile(
    r"\b(?i:until|till|through|by|before|after|since)\s+at\s+(?i:least|the\s+(?:earliest|latest))"
    r"\s+$"
)
_RANGE_JOINER = re.compile(r"\s*(?:(?P<word>to|through|until|till|and)\s+|[-–—]\s*)")
_COORDINATED = re.compile(r"\s*,\s*|,?\s+(?:and|or)\s+")
_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}")
_RANGE_OPENER = re.compile(r"(?i:\b(?P<word>from|between)\s+)$")


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """One time expression: its span in the text it was found in, and its normalized value."""

    start: int
    end: int
    value: str
    anchored: bool  # the value rests on the publication date ("Thursday", "Jan. 3")
    explicit_day: bool  # a calendar day is written out ("Jan. 3", "2020-01-03"), not inferred
    weekday: tuple[int, int, int] | None = None  # span and index (Monday=0) of a weekday
    # written with the date, as in "Friday, Jan. 2, 2020"


@dataclass(frozen=True, slots=True)
class _Point:
    """A parsed atomic expression before anchoring."""

    start: int
    end: int
    kind: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    decade: str | None = None
    value: str = ""  # set directly for relative expressions and year ranges
    anchored: bool = False
    weekday: tuple[int, int, int] | None = None
    looks: str = "back"  # which way a bare month or day looks from publication (timeline.tense)
    anaphor: anaphora.Anaphor | None = None  # counted from the date before it, not publication
    last_day: int | None = None  # a range of days in one month: "Nov. 22-24"


def _month(name: str) -> int:
    return MONTHS[name.rstrip(".").lower()]


def _count(words: str) -> int:
    """ "22", "twenty-two", "twelve", "a", "a couple of" as a number."""
    if words.isdigit():
        return int(words)
    if _COUPLE.fullmatch(words):
        return 2
    parts = re.split(r"[-\s]+", words.lower())
    if parts[0] in _TENS_WORDS:
        tens = 20 + 10 * _TENS_WORDS.index(parts[0])
        return tens + (_UNIT_WORDS.index(parts[1]) + 1 if len(parts) > 1 else 0)
    return _NUMBER_WORDS[parts[0]]


def _shift_months(d: date, months: int) -> tuple[int, int]:
    index = d.year * 12 + d.month - 1 + months
    return index // 12, index % 12 + 1


def _nearest_year(month: int, day: int, published: date) -> int:
    """The year that puts month/day closest to the publication date (ties go to the past)."""

    def distance(year: int) -> tuple[int, int]:
        try:
            delta = (date(year, month, day) - published).days
        except ValueError:  # Feb. 29 in a common year
            return (10**6, 0)
        return (abs(delta), delta > 0)

    return min((published.year - 1, published.year, published.year + 1), key=distance)


def _weekday_date(weekday: int, rel: str | None, published: date, looks: str = "back") -> date:
    """The day a weekday names: the latest on or before publication unless "next"/"last"/"this".

    News reports mostly look back, so a bare "Thursday" is the most recent Thursday (the
    publication day itself counts); in a clause about the future ("will vote Thursday") it is
    the first one on or after publication, and in a plan told in the past ("was scheduled to
    return Tuesday") the nearer of the two.
    """
    back = (published.weekday() - weekday) % 7
    ahead = (weekday - published.weekday()) % 7
    if rel is None and (looks == "ahead" or (looks == "nearest" and ahead < back)):
        return published + timedelta(days=ahead)
    if rel == "next":
        return published + timedelta(days=(weekday - published.weekday()) % 7 or 7)
    if rel == "last":
        return published - timedelta(days=back or 7)
    if rel == "this":
        return published + timedelta(days=weekday - published.weekday())
    return published - timedelta(days=back)


_SEASON_START = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}


def _season_year(season: str, rel: str, published: date) -> int:
    """The year a relative season starts in: "last fall" in a September 2016 story is the fall
    of 2015 (this one has only begun), "last spring" the spring of 2016, "this winter" the winter
    starting in December 2016; "this spring", "this summer" and "this fall" are those of the
    publication's year, past or to come ("prior to this spring" in an August story)."""
    start = _SEASON_START[season]
    latest = published.year - (start > published.month)  # the latest start of the season
    ongoing = (published.month - start) % 12 < 3
    if rel == "this":
        if season != "winter":  # the one season that straddles two years
            return published.year
        return latest if ongoing else latest + 1
    if rel == "next":
        return latest + 1
    return latest - 1 if ongoing else latest


def _season_looked_to(season: str, published: date, looks: str) -> int:
    """The year "the summer" starts in: the latest one begun ("over the summer" in a November
    story), the coming one where its clause looks ahead ("goes on sale in the summer")."""
    start = _SEASON_START[season]
    latest = published.year - (start > published.month)
    ongoing = (published.month - start) % 12 < 3
    return latest + 1 if looks == "ahead" and not ongoing else latest


def _relative_month(month: int, rel: str, published: date) -> str:
    """ "last November" in a November story is the one a year before; "this past June" the latest
    June on or before publication; "next March" and "this coming March" the first one after."""
    now = published.month
    year = published.year + {
        "last": -(month >= now), "this past": -(month > now),
        "next": month <= now, "this coming": month < now,
    }[rel]  # fmt: skip
    return month_value(year, month)


def _relative_value(m: re.Match[str], kind: str, published: date, looks: str) -> str:
    if kind in periods.PATTERNS:
        return periods.period_value(kind, m, published, looks)
    if kind == "relative_month":
        return _relative_month(_month(m["month"]), " ".join(m["rel"].lower().split()), published)
    if kind == "month_of_year":
        return month_value(published.year + SHIFT[m["rel"].lower()], _month(m["month"]))
    if kind == "relative_season":
        return f"{_season_year(m['season'].lower(), m['rel'].lower(), published):04d}"
    if kind == "season":
        return f"{_season_looked_to(m['season'].lower(), published, looks):04d}"
    if kind == "holiday" and m["holiday_year"]:
        return day_value(holidays.holiday_date(m["holiday"], int(m["holiday_year"])))
    if kind == "holiday":
        return day_value(holidays.nearest_holiday(m["holiday"], published))
    if kind == "relative_day":
        word = " ".join(m["word"].lower().split())
        offset = _DAY_OFFSETS.get(word, 0)
        return day_value(published + timedelta(days=offset))
    if kind == "relative_period" and m["drel"]:  # "the last decade"
        return f"{published.year // 10 + SHIFT[m['drel'].lower()]:03d}"
    unit = m["unit"].lower()
    if kind == "ago" and unit == "decade":  # "a decade ago" in 2011 is the 2000s: "200"
        return f"{(published.year - 10 * _count(m['count'])) // 10:03d}"
    back = -_count(m["count"]) if kind == "ago" else SHIFT[m["rel"].lower()]
    if unit == "day":
        return day_value(published + timedelta(days=back))
    if unit == "week":
        return week_value(published + timedelta(weeks=back))
    if unit == "month":
        return month_value(*_shift_months(published, back))
    return f"{published.year + back:04d}"


def _weekday_span(m: re.Match[str]) -> tuple[int, int, int] | None:
    if m["weekday"] is None:
        return None
    return (m.start("weekday"), m.end("weekday"), WEEKDAYS.index(m["weekday"]))


def _is_day(year: int | None, month: int, day: int) -> bool:
    """A real calendar day ("Feb. 30" is none; "Feb. 29" without a year may be)."""
    try:
        date(year or 2000, month, day)
    except ValueError:
        return False
    return True


def _parse_day(m: re.Match[str], kind: str, published: date | None, looks: str) -> _Point | None:
    """A written calendar day, or None when no such day exists ("Feb. 30")."""
    numeric = kind in {"iso", "numeric"}
    month = int(m["mnum"]) if numeric else _month(m["month"])
    day = int(m["day"])
    year = int(m["year"]) if m["year"] else None
    if not _is_day(year, month, day):
        return None
    last_day = None if numeric or m.groupdict().get("last_day") is None else int(m["last_day"])
    if last_day is not None and last_day <= day:
        return None  # "March 3-2" is a score, no range
    relative_year = None if numeric else m.groupdict().get("relyear")
    if relative_year and published is not None:  # "June 16th of last year"
        year = published.year + SHIFT[relative_year.lower()]
    weekday = None if numeric else _weekday_span(m)
    return _Point(
        m.start(), m.end(), kind, year, month, day,
        anchored=bool(relative_year and published), weekday=weekday, looks=looks,
        last_day=last_day,
    )  # fmt: skip


def _parse(
    m: re.Match[str], kind: str, published: date | None, looks: str = "back"
) -> _Point | None:
    # a pattern's `lead` is context before the expression: "to begin" in "to begin the week"
    lead = "lead" in m.re.groupindex and m["lead"] is not None
    start, end = m.end("lead") if lead else m.start(), m.end()
    if kind in _DAY_KINDS:
        return _parse_day(m, kind, published, looks)
    if kind == "historic_day":
        day = holidays.SEPTEMBER_11
        return _Point(start, end, kind, day.year, day.month, day.day)
    if kind == "month_year":
        return _Point(start, end, kind, int(m["year"]), _month(m["month"]))
    if kind == "month":
        return _Point(start, end, kind, None, _month(m["month"]), looks=looks)
    if kind == "decade":
        short = m["short"] or m["bare"]
        decade = m["decade"] or ("19" if short and int(short) >= 3 else "20") + (short or "")
        if decade.endswith("0") and decade < "200":  # "the 1300s" is the century ("13")
            decade = decade[:2]
        return _Point(start, end, kind, decade=decade)
    if kind == "century":  # "the 14th century" is the 1300s: "13", as a decade-style value
        ordinal = m["ordinal"].lower()
        number = int(ordinal[:-2]) if ordinal[0].isdigit() else _ORDINAL_WORDS.index(ordinal) + 1
        return _Point(start, end, kind, decade=f"{number - 1:02d}")
    if kind == "year_range":
        first, second = m["year"], m["year2"]
        last = int(first[: 4 - len(second)] + second)
        if last <= int(first):
            return None  # "2005-06" as a season is fine, "2005-03" is not a range
        return _Point(start, end, kind, value=f"{first}/{last}")
    if kind == "year":
        return _Point(start, end, kind, int(m["year"]))
    if kind == "anaphor":
        return _Point(start, end, kind, anaphor=anaphora.parse(m))
    if published is None:
        return _Point(start, end, kind)  # relative, unanchored: value ""
    if kind == "weekday":
        rel = m["rel"].lower() if m["rel"] else None
        day = _weekday_date(WEEKDAYS.index(m["weekday"]), rel, published, looks)
        return _Point(start, end, kind, value=day_value(day), anchored=True)
    return _Point(start, end, kind, value=_relative_value(m, kind, published, looks), anchored=True)


def _point_value(p: _Point, published: date | None, year: int | None = None) -> tuple[str, bool]:
    """A point's value and whether it rests on the publication date; ``year`` fills a missing
    year from the other end of a range ("from May to June 2005")."""
    if p.value or p.kind in _RELATIVE_KINDS:
        return p.value, p.anchored
    if p.decade is not None:
        return p.decade, False
    assert p.month is not None or p.year is not None
    if p.month is None:
        return f"{p.year:04d}", False
    anchored = p.anchored or (p.year is None and year is None)
    year = p.year or year
    if year is None and published is not None:
        # A day without a year is the nearest such day ("Sept. 30" in a Sept. 28 story is
        # ahead), the latest one where a clause told in the past would put it months ahead;
        # a month alone is the latest one on or before publication ("in February"), the next
        # one in a clause about the future ("will take office in January"), the nearest where
        # it dates a noun ("the November election").
        if p.day is not None or p.looks == "nearest":
            year = _nearest_year(p.month, p.day or 15, published)
            if p.day is not None and p.looks == "past" and _is_day(year, p.month, p.day):
                year -= date(year, p.month, p.day) - published > _PAST_REACH
        elif p.looks == "ahead":
            year = published.year + (p.month < published.month)
        else:
            year = published.year - (p.month > published.month)
    if year is None:
        return ("--" + f"{p.month:02d}" + (f"-{p.day:02d}" if p.day else "")), False
    if p.day is None:
        return month_value(year, p.month), anchored
    day = f"{year:04d}-{p.month:02d}-{p.day:02d}"
    if p.last_day is not None:
        return f"{day}/{year:04d}-{p.month:02d}-{p.last_day:02d}", anchored
    return day, anchored


def _points(
    text: str,
    start: int,
    end: int,
    published: date | None,
    is_date: Callable[[int, int], bool],
    direction: Callable[[int, str], str],
) -> list[_Point]:
    found: list[_Point] = []
    impossible: list[tuple[int, int]] = []  # "Feb. 30, 2019": none of its parts is a date either
    folded = text[start:end].casefold()
    months = _holds_a_month_head(text, start, end)
    for kind, pattern in _PATTERNS.items():
        if not _may_match(kind, text, start, end, folded, months):
            continue
        for m in _matches(kind, pattern, text, start, end):
            if kind in {"year", "month"} and not _bare_is_date(text, m, kind, is_date):
                continue
            if kind in _RECURRING_KINDS and _word_before(text, m.start()) in EVERY:
                continue
            if _is_today(m, kind) and direction(m.start(), "today") == "now":
                continue
            if kind == "weekday" and _names_a_programme(text, m):
                continue
            if kind == "relative_day" and _capitalized_in_sentence(text, m.start()):
                continue
            directed = "day" if kind in _DAY_KINDS else kind
            # "the summer" looks the way its clause does from the season's word, not from "the"
            at = m.start("season") if kind == "season" else m.start()
            looks = direction(at, directed) if directed in _DIRECTED_KINDS else "back"
            point = _parse(m, kind, published, looks)
            if point is not None:
                found.append(point)
            elif kind in _DAY_KINDS:
                impossible.append(m.span())
    skipped = impossible + markup(text, start, end)
    found = [p for p in found if not any(s < p.end and p.start < e for s, e in skipped)]
    found.sort(key=lambda p: (p.start, -(p.end - p.start)))
    kept: list[_Point] = []
    for p in found:
        if not kept or p.start >= kept[-1].end:
            kept.append(p)
    return kept


def _matches(
    kind: str, pattern: re.Pattern[str], text: str, start: int, end: int
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text, start, end)``, the pattern tried only where `_LEADS` says a match
    of ``kind`` can open. Lookbehinds and word boundaries still read the text before a try."""
    lead = _LEADS.get(kind)
    if lead is None:
        yield from pattern.finditer(text, start, end)
        return
    at = start
    while (opening := lead.search(text, at, end)) is not None:
        m = pattern.match(text, opening.start(), end)
        if m is None:
            at = opening.start() + 1
        else:  # as finditer: the next try after the match
            yield m
            at = max(m.end(), opening.start() + 1)  # an empty match would hold the scan still


# A tag kept in a text (a tweet embedded as `<tweet datetime="2016-06-28">`) is markup, no prose:
# a date among its attributes dates the tag, no event the text tells.
_TAG = re.compile(r"<[A-Za-z/][^<>]*>")


def markup(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The spans of the markup tags in ``text[start:end]`` (none in most texts: no "<")."""
    end = len(text) if end is None else end
    if text.find("<", start, end) < 0:
        return []
    return [m.span() for m in _TAG.finditer(text, start, end)]


_ONLY_AFTER = re.compile(r"\s+(?i:only)\b")
_AS_OF_BEFORE = re.compile(r"\b(?i:as\s+of)\s+$")


# A weekday in the name of a broadcast: "Fox News Sunday", "the Sunday morning show" ("a poll
# released Wednesday shows" is a day: "shows" a verb there, with no "the" before the weekday).
_NEWS_BEFORE = re.compile(r"\bNews\s+$")
_SHOW_AFTER = re.compile(r"\s+(?:(?:morning|night)\s+)?(?:talk\s+)?shows?\b")


def _names_a_programme(text: str, m: re.Match[str]) -> bool:
    """Whether the weekday ``m`` matched is part of a broadcast's name (``_NEWS_BEFORE``,
    ``_SHOW_AFTER``)."""
    start = m.start("weekday")
    if _NEWS_BEFORE.search(text, max(0, start - 6), start):
        return True
    return (
        _word_before(text, start) == "the" and _SHOW_AFTER.match(text, m.end("weekday")) is not None
    )


# Quotation marks that may open a name: "the ''Today'' show" (two apostrophes in some archives).
_OPENING_QUOTES = "\"'“‘"


def _capitalized_in_sentence(text: str, start: int) -> bool:
    """Whether the word at ``start``, capitalized, follows a word of its sentence: "USA TODAY",
    "the ''Today'' show" name a paper and a programme, where "today" opens a sentence only
    capitalized ("Today, the mayor said", "He said, “Today we vote.”")."""
    if not text[start].isupper():
        return False
    before = text[max(0, start - 8) : start].rstrip(_OPENING_QUOTES).rstrip(" ")
    return before[-1:].isalnum()


def _is_today(m: re.Match[str], kind: str) -> bool:
    """A bare "today" (not "today's": "today's hearing" is the day's), and not one that bounds a
    period or an offer: "as of today", "today only" are the day, whatever the tense."""
    return (
        kind == "relative_day"
        and m["word"].lower() == "today"
        and not m.string.startswith(("'s", "’s"), m.end())
        and _ONLY_AFTER.match(m.string, m.end()) is None
        and _AS_OF_BEFORE.search(m.string, max(0, m.start() - 8), m.start()) is None
    )


def _may_match(
    kind: str, text: str, start: int, end: int, folded: str, months: bool | None = None
) -> bool:
    """Whether ``text[start:end]`` (``folded``: case-folded) holds what every match of ``kind``
    holds (`_NEEDS`, `_MONTH_HEADS`, `_SHAPES`, `_SHAPES_AFTER_DIGIT`): tests far cheaper than
    the kind's pattern. ``months``: whether the range holds a month head, if already known."""
    if kind in _NEEDS and not any(word in folded for word in _NEEDS[kind]):
        return False
    if kind in _MONTH_KINDS and not (
        _holds_a_month_head(text, start, end) if months is None else months
    ):
        return False
    after_digit = _SHAPES_AFTER_DIGIT.get(kind)
    if after_digit is not None:
        return after_digit.search(text, start + 1, end) is not None
    return kind not in _SHAPES or _SHAPES[kind].search(text, start, end) is not None


def _holds_a_month_head(text: str, start: int, end: int) -> bool:
    return any(text.find(head, start, end) >= 0 for head in _MONTH_HEADS)


def _word_before(text: str, start: int) -> str:
    words = re.findall(r"[A-Za-z]+", text[max(0, start - 20) : start])
    return words[-1].lower() if words else ""


def _opens_a_title(text: str, start: int, end: int) -> bool:
    """Whether the year at ``start:end`` opens a title (``_TITLE_AFTER``), not its line."""
    if _TITLE_AFTER.match(text, end) is None:
        return False
    line = text[text.rfind("\n", max(0, start - 80), start) + 1 : start]
    return bool(line.strip(" \t-•*"))


def _bare_is_date(
    text: str, m: re.Match[str], kind: str, is_date: Callable[[int, int], bool]
) -> bool:
    if kind == "month" and m["month"].rstrip(".").lower() in _UNAMBIGUOUS_MONTHS:
        return True
    start, end = m.span()
    if kind == "year" and (
        _ADDRESS_AFTER.match(text, end)
        or _IDENTIFIER_BEFORE.search(text, max(0, start - 8), start)
        or _opens_a_title(text, start, end)
    ):
        return False
    before = _word_before(text, start)
    if before in DATE_PREPOSITIONS:
        return True
    if kind == "year" and (
        _DATED_NOUN_AFTER.match(text, end)
        or _RANGE_TO_YEAR.match(text, end)
        or (before in _DETERMINERS and not _PLURAL_AFTER.match(text, end))
        or _YEAR_SUBJECT.match(text, end)
        or _BOUND_BEFORE.search(text, max(0, start - 40), start)
    ):
        return True
    # "the 2020 election" is a date, "2000 troops" a count, whatever the parser says.
    return is_date(start, end) and not _PLURAL_AFTER.match(text, end)


def find_time_expressions(
    text: str,
    published: date | None,
    *,
    start: int = 0,
    end: int | None = None,
    is_date: Callable[[int, int], bool] = lambda start, end: False,
    direction: Callable[[int, str], str] = lambda start, kind: "back",
) -> Iterator[TimeExpression]:
    """Time expressions in ``text[start:end]``, in text order, spans as offsets into ``text``.

    ``is_date(start, end)`` says whether a parser tagged that span as a date; it lets a bare year
    that no preposition introduces ("the 2020 election") count. ``direction(start, kind)`` says
    which way from publication a bare month, weekday or weekend there looks: "back" (the
    default: the latest one on or before publication), "ahead" (the first on or after it) or
    "nearest"; "past" where the clause tells the past (a day written without its year, kind
    "day", is then the latest one unless the nearest is less than a month ahead; a weekend the
    latest).
    """
    end = len(text) if end is None else end
    points = _points(text, start, end, published, is_date, direction)
    # What "the following year" counts from: the last dated expression, else publication.
    before, before_anchored = anaphora.publication(published), True
    i = 0
    while i < len(points):
        p = points[i]
        i += 1
        if p.anaphor is not None:
            value = anaphora.resolve(p.anaphor, before) if before else None
            if value is not None:  # else too coarse an antecedent ("the next day" after 2012)
                yield TimeExpression(p.start, p.end, value, before_anchored, False)
                before = value
            continue
        found, joined = _expression(text, start, published, p, points[i : i + 1])
        i += joined  # a range takes the next point too
        yield found
        if (point := anaphora.antecedent(found.value)) is not None:
            before, before_anchored = point, found.anchored


def _expression(
    text: str, start: int, published: date | None, p: _Point, after: list[_Point]
) -> tuple[TimeExpression, bool]:
    """The expression point ``p`` starts, and whether it is a range ending at the next point."""
    q = after[0] if after else None
    opener = _RANGE_OPENER.search(text, max(start, p.start - 10), p.start)
    if q is not None and _joins(text, p, q, opener):
        q_value, q_anchored = _point_value(q, published)
        p_value, p_anchored = _point_value(p, published, year=q.year)
        if q.kind == "weekday" and _DAY_VALUE.fullmatch(p_value):
            q_value = _weekday_from(p_value, q_value)
        first = opener.start() if opener else p.start
        range_ = f"{p_value}/{q_value}"
        return TimeExpression(first, q.end, range_, p_anchored or q_anchored, False), True
    shared = q.year if q is not None and _shares_year(text, p, q) else None
    value, anchored = _point_value(p, published, year=shared)
    qualifier = _QUALIFIER.search(text, max(start, p.start - 40), p.start)
    if qualifier and qualifier["season"] and p.kind != "year":
        qualifier = None  # "summer 2020" is a season of a year; "fall Monday" a verb
    first = qualifier.start() if qualifier else p.start
    if qualifier and qualifier["edge"] and "/" in value:  # "the end of the 2022/23 season"
        ends = value.split("/")
        value = ends[-1] if qualifier["edge"].lower() == "end" else ends[0]
    if qualifier and qualifier["part"] and p.kind == "year" and p.year is not None:
        months = _count(qualifier["months"] or "6")
        begin = 1 if qualifier["part"].lower() == "first" else 13 - months
        value = f"{month_value(p.year, begin)}/{month_value(p.year, begin + months - 1)}"
    one_day = p.day is not None and p.last_day is None
    return TimeExpression(first, p.end, value, anchored, one_day, p.weekday), False


def _weekday_from(first: str, weekday: str) -> str:
    """The end of a range of days closed by a weekday (``weekday``: the value it has alone, the
    latest such day), or the first such weekday after the range's ``first`` day where the latest
    comes before it ("Wednesday through Saturday" in a Thursday story: the coming Saturday)."""
    start, alone = date.fromisoformat(first), date.fromisoformat(weekday)
    if alone >= start:
        return weekday
    return day_value(start + timedelta(days=(alone.weekday() - start.weekday()) % 7))


def _shares_year(text: str, p: _Point, q: _Point) -> bool:
    """A month or day without its year joined to the next one that has it takes that year:
    "June and July of 2009", "March 3 or April 5, 2019"."""
    return (
        p.year is None
        and p.month is not None
        and p.kind not in _RELATIVE_KINDS
        and q.year is not None
        and q.month is not None
        and _COORDINATED.fullmatch(text, p.end, q.start) is not None
    )


def _joins(text: str, p: _Point, q: _Point, opener: re.Match[str] | None) -> bool:
    """``p`` and ``q`` are the two ends of one range: "from 2014 to 2016", "May-June 2005",
    "between 1980 and 1988", "Wednesday through Sunday". Other relative expressions never form
    ranges."""
    joiner = _RANGE_JOINER.fullmatch(text, p.end, q.start)
    if joiner is None:
        return False
    word = (joiner["word"] or "").lower()
    if q.kind == "weekday" and (p.kind == "weekday" or p.kind in _DAY_KINDS):
        # Days a poll or an event ran, up to a weekday: "taken May 13 through Sunday". Not "to":
        # "moved the vote from Tuesday to Thursday" names two days, no span of them.
        # Without a publication date the weekday has no value to close the range with.
        return word in ("through", "") and p.last_day is None and bool(q.value)
    if p.kind in _RELATIVE_KINDS or q.kind in _RELATIVE_KINDS:
        return False
    if word == "and":
        return opener is not None and opener["word"].lower() == "between"
    return word != "to" or opener is not None or q.kind == p.kind
