"""The timeline of one article: expressions, values, anchoring, events, captions, conflicts."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from photo_captions import captions_of
from sourcetrace import names
from sourcetrace.model import (
    Analysis,
    Article,
    Attribution,
    AttributionType,
    Boilerplate,
    BoilerplateLabel,
    ConflictKind,
    SourceKind,
    TextSpan,
    TimelineEntry,
)
from sourcetrace.nlp import load_pipeline, mask
from sourcetrace.pipeline import analyze
from sourcetrace.timeline import Timeline, extract_timeline, value_bounds
from sourcetrace.timeline.events import MAX_EVENT_CHARS
from sourcetrace.timeline.holidays import holiday_date

PUBLISHED = date(2020, 1, 3)  # a Friday


def timeline_of(
    text: str,
    published: date | None = PUBLISHED,
    boilerplate: tuple[Boilerplate, ...] = (),
    attributions: tuple[Attribution, ...] = (),
) -> Timeline:
    doc = load_pipeline()(mask(text, boilerplate))
    return extract_timeline(doc, Article(text, published=published), boilerplate, attributions)


def entry_with(timeline: Timeline, text: str) -> TimelineEntry:
    found = [e for e in timeline.entries if text in e.text]
    assert len(found) == 1, [e.text for e in timeline.entries]
    return found[0]


@pytest.mark.parametrize(
    ("passage", "expression", "value"),
    [
        ("One afternoon in the final months of 2007, a crowd gathered.",
         "the final months of 2007", "2007"),
        ("He was deputy prime minister from May 2005 to May 2006, officials said.",
         "from May 2005 to May 2006", "2005-05/2006-05"),
        ("They had fought in the Iran-Iraq War of the 1980s.", "the 1980s", "198"),
        ("He was stationed in Baghdad in the mid-2000s.", "the mid-2000s", "200"),
        ("Thomas commanded JSOC from 2014 to 2016 and then retired.",
         "from 2014 to 2016", "2014/2016"),
        ("The ceasefire lasted between 1980 and 1988, historians say.",
         "between 1980 and 1988", "1980/1988"),
        ("A photo from the 1980-88 war was shown.", "1980-88", "1980/1988"),
        ("The invasion began in March 2003.", "March 2003", "2003-03"),
        ("The strike came in the early hours of Jan. 3, officials said.",
         "the early hours of Jan. 3", "2020-01-03"),
        ("Talks had collapsed on Dec. 29, two diplomats said.", "Dec. 29", "2019-12-29"),
        ("The rally was held on Jan. 2, 2020, in Baghdad.", "Jan. 2, 2020", "2020-01-02"),
        ("The ministers met on the 3rd of January.", "3rd of January", "2020-01-03"),
        ("The report was filed on 1/3/2020 in court.", "1/3/2020", "2020-01-03"),
        ("The drone struck early Friday near the airport.", "early Friday", "2020-01-03"),
        ("The primaries were held in mid May, officials said.", "mid May", "2019-05"),
        ("The Pentagon said Thursday that the general was dead.", "Thursday", "2020-01-02"),
        ("Protesters returned next Friday to the embassy.", "next Friday", "2020-01-10"),
        ("McChrystal wrote last year of an opportunity.", "last year", "2019"),
        ("Earlier this week, the base was attacked.", "Earlier this week", "2020-W01"),
        ('He said "we will win this week."', "this week", "2020-W01"),
        # A holiday is the nearest one: the Christmas nine days before a Jan. 3 story.
        ("The shops closed on Christmas, owners said.", "Christmas", "2019-12-25"),
        ("The vote was delayed until after Thanksgiving.", "Thanksgiving", "2019-11-28"),
        ("Turnout on Election Day surprised everyone.", "Election Day", "2019-11-05"),
        ("The firm misreported its Singles Day sales.", "Singles Day", "2019-11-11"),
        ("Shops opened their doors on New Years Day 2014.", "New Years Day 2014", "2014-01-01"),
        ("The embassy was besieged three days ago by militias.", "three days ago", "2019-12-31"),
        ("They met a couple of weeks ago in Rome.", "a couple of weeks ago", "2019-W51"),
        ("They met a couple weeks ago in Rome.", "a couple weeks ago", "2019-W51"),
        ("Sales fell last month across the region.", "last month", "2019-12"),
        ("The minister resigned yesterday after the vote.", "yesterday", "2020-01-02"),
        ("Voters turned out for the 2020 election in record numbers.", "2020", "2020"),
        ("The talks resumed on Jan 3rd in Geneva.", "Jan 3rd", "2020-01-03"),  # dateparser
        ("We started this journey on June 16th of last year.", "June 16th of last year",
         "2019-06-16"),
        ("She had gotten them in February, she said.", "February", "2019-02"),  # looks back
        ("The plan was announced last fall by the ministry.", "last fall", "2019"),
        ("The talks resume next summer in Vienna.", "next summer", "2020"),
        ("Twenty-two years ago, a Times article hailed him.", "Twenty-two years ago", "1998"),
        ("The war began two decades ago in the north.", "two decades ago", "200"),
        ("The market of the 1980’s collapsed.", "the 1980’s", "198"),
        ("Business boomed in the late 90s, she said.", "the late 90s", "199"),
    ],
)  # fmt: skip
def test_values(passage: str, expression: str, value: str) -> None:
    entry = entry_with(timeline_of(passage), expression)
    assert entry.text == expression
    assert passage[entry.start : entry.end] == entry.text
    assert entry.value == value


@pytest.mark.parametrize(
    ("passage", "expression", "value"),
    [
        ("The senator said today that the bill was dead.", "today", "2020-01-03"),
        ("The plant opened in 2012. The following year, it doubled its output.",
         "The following year", "2013"),
        ("The law passed in 2010. That May, the first suits were filed.", "That May", "2010-05"),
        ("The mill shut in March 2011. Two months later, it reopened.", "Two months later",
         "2011-05"),
        ("The deal was signed on Dec. 2, 2019. The day before, talks nearly failed.",
         "The day before", "2019-12-01"),
        ("Officials met Monday. The next day, they signed the deal.", "The next day",
         "2019-12-31"),
        ("The firm was founded in 1998. That year, it hired ten people.", "That year", "1998"),
        ("The mayor resigned on May 4, 2015. The same day, the council met.", "The same day",
         "2015-05-04"),
        ("The firm moved in 2009. That same year, it hired ten people.", "That same year",
         "2009"),
        ("Police made six arrests Wednesday, after 47 the previous night.", "the previous night",
         "2019-12-31"),
        # No date before it: counted from publication.
        ("A year earlier, the firm had no staff.", "A year earlier", "2019"),
    ],
)  # fmt: skip
def test_expressions_that_count_from_the_date_before_them(
    passage: str, expression: str, value: str
) -> None:
    entry = entry_with(timeline_of(passage), expression)
    assert (entry.text, entry.value) == (expression, value)


@pytest.mark.parametrize(
    "passage",
    [
        'Trump told NBC\'s "Today" show on Thursday that he had doubts.',
        'Trump told "Today." that he had doubts.',
        "In 2008, at that March 2 event, he spoke.",
        'Gibbs told ABC\'s "This Week" that it was over the line.',
    ],
)
def test_programme_names_and_a_dated_that_are_no_dates(passage: str) -> None:
    texts = [e.text for e in timeline_of(passage).entries]
    assert not {"Today", "that March", "This Week"} & set(texts)


@pytest.mark.parametrize(
    "passage",
    ["The man, in his early 20s, ran off.", "She is in her late 80s now.", "In her 90s, she won."],
)
def test_ages_are_no_decades(passage: str) -> None:
    assert timeline_of(passage).entries == ()


def test_an_antecedent_too_coarse_leaves_no_value() -> None:
    passage = "The plant opened in 2012. The next day, workers arrived."
    assert [e.text for e in timeline_of(passage).entries] == ["2012"]


def test_anchored_marks_values_that_rest_on_the_publication_date() -> None:
    timeline = timeline_of("In 2009 he was seized. On Jan. 3 he died. Thursday the Pentagon spoke.")
    assert not entry_with(timeline, "2009").anchored
    assert entry_with(timeline, "Jan. 3").anchored
    assert entry_with(timeline, "Thursday").anchored


def test_without_publication_date_relative_expressions_are_unanchored_and_last() -> None:
    timeline = timeline_of(
        "The Pentagon said Thursday that the strike on Jan. 3 followed attacks in 2019.",
        published=None,
    )
    assert [e.value for e in timeline.entries] == ["2019", "", "--01-03"]  # then text order
    assert not any(e.anchored for e in timeline.entries)


@pytest.mark.parametrize(
    "passage",
    [
        "He sent 2000 troops and paid $1.99 every 4 weeks for 7,500 miles.",
        "May I ask whether 3 million people were there?",
        "She is in her 90s and still votes.",
        "The militias fought for years and would march on the capital.",
    ],
)
def test_counts_and_durations_are_not_dates(passage: str) -> None:
    assert timeline_of(passage).entries == ()


def test_impossible_days_are_not_dates() -> None:
    timeline = timeline_of("Filed on Feb. 30, 2019 and 2019-02-30, paid on Feb. 29, 2020.")
    assert [(e.text, e.value) for e in timeline.entries] == [("Feb. 29, 2020", "2020-02-29")]


@pytest.mark.parametrize("text", ["", " \n\n "])
def test_empty_text_has_no_timeline(text: str) -> None:
    assert timeline_of(text) == Timeline((), ())


def test_chronological_order_with_unplaceable_last() -> None:
    text = (
        "In 2011 the troops left. The war of the 1980s ended in a stalemate. "
        "On Jan. 2, 2020, he flew in. In March 2003 the invasion began."
    )
    timeline = timeline_of(text)
    assert [e.value for e in timeline.entries] == ["198", "2003-03", "2011", "2020-01-02"]
    unanchored = timeline_of("He flew in on Friday. In 2011 the troops left.", published=None)
    assert [e.value for e in unanchored.entries] == ["2011", ""]


def test_event_is_the_dated_clause_trimmed() -> None:
    text = (
        "Headline about something in 2007\n\n"
        "When Soleimani stepped out of a Cham Wings Airbus A320 at Baghdad International Airport "
        "and climbed into a waiting SUV in the early hours of Jan. 3, he clearly was under the "
        "impression that these unwritten rules, which had held for more than a decade of war, "
        "were still in effect."
    )
    timeline = timeline_of(text)
    headline = entry_with(timeline, "2007")
    assert headline.event == "Headline about something in 2007"  # never runs into the next line
    strike = entry_with(timeline, "Jan. 3")
    assert "Jan. 3" in strike.event
    assert len(strike.event) <= MAX_EVENT_CHARS + 4
    assert strike.event.startswith("When Soleimani stepped out")


def test_attribution_whose_content_holds_the_expression() -> None:
    text = "“We moved in 2014,” said Thomas. The task force left in 2016."
    start = text.index("We")
    content = TextSpan(start, text.index(",”"), text[start : text.index(",”")])
    quote = Attribution("a1", "s1", AttributionType.DIRECT, None, None, (content,), 0.9)
    timeline = timeline_of(text, attributions=(quote,))
    assert entry_with(timeline, "2014").attribution == "a1"
    assert entry_with(timeline, "2016").attribution is None


CAPTIONED = (
    "When Soleimani landed at Baghdad International Airport, a missile hit his SUV in the early "
    "hours of Jan. 3.\n"
    "A burning vehicle at the Baghdad International Airport following an airstrike, in Baghdad, "
    "Iraq, early Friday, Jan. 2, 2020. The Pentagon said Thursday that it had killed Soleimani. "
    "(Photo: AP)\n"
    "A burning vehicle at the Baghdad International Airport following an airstrike Jan. 3. "
    "(Photo: AP)\n"
    "Talks with Iraq had stalled on Jan. 1 over oil revenues.\n"
)


def test_caption_dates_are_read_and_duplicates_skipped() -> None:
    boilerplate = captions_of(CAPTIONED)
    assert [b.label for b in boilerplate] == [
        BoilerplateLabel.CAPTION,
        BoilerplateLabel.CAPTION_DUPLICATE,
    ]
    timeline = timeline_of(CAPTIONED, boilerplate=boilerplate)
    caption = entry_with(timeline, "Jan. 2, 2020")
    assert caption.caption and caption.value == "2020-01-02"
    assert caption.text == "early Friday, Jan. 2, 2020"
    assert caption.event.startswith("A burning vehicle") and "Pentagon" not in caption.event
    assert entry_with(timeline, "Thursday").caption
    body = [e for e in timeline.entries if "Jan. 3" in e.text]
    assert len(body) == 1 and not body[0].caption  # the duplicate caption's Jan. 3 is skipped


def test_conflicts_same_event_two_dates_and_weekday_off_its_date() -> None:
    timeline = timeline_of(CAPTIONED, boilerplate=captions_of(CAPTIONED))
    kinds = sorted((c.kind, c.first.text, c.second.text) for c in timeline.conflicts)
    assert kinds == [
        (ConflictKind.DATE, "early Friday, Jan. 2, 2020", "the early hours of Jan. 3"),
        (ConflictKind.WEEKDAY, "Friday", "Jan. 2, 2020"),
    ]
    for c in timeline.conflicts:
        for span in (c.first, c.second):
            assert CAPTIONED[span.start : span.end] == span.text
    weekday = next(c for c in timeline.conflicts if c.kind is ConflictKind.WEEKDAY)
    assert weekday.explanation == "2020-01-02 was a Thursday, not a Friday."


def test_different_events_on_nearby_days_are_no_conflict() -> None:
    text = "Talks with Iraq stalled on Jan. 1 over oil revenues. A missile hit the SUV on Jan. 3."
    assert timeline_of(text).conflicts == ()


def test_a_dateline_is_no_event() -> None:
    story = "A missile hit the convoy at Baghdad airport. The missile hit the convoy at Baghdad "
    story += "airport on Jan. 3, officials said."
    dated_twice = timeline_of("On Jan. 2 a missile hit the convoy at Baghdad airport. " + story)
    assert [c.kind for c in dated_twice.conflicts] == [ConflictKind.DATE]
    assert timeline_of("BAGHDAD, Jan. 2 (AP) — " + story).conflicts == ()


def test_conflicts_round_trip_through_json() -> None:
    text = "Troops left on Friday, Jan. 2, 2020, after the talks."
    timeline = timeline_of(text)
    analysis = Analysis(
        id="x", title=None, outlet=None, url=None, published=PUBLISHED, text=text,
        boilerplate=(), sources=(), attributions=(), entities=(),
        timeline=timeline.entries, conflicts=timeline.conflicts,
    )  # fmt: skip
    assert len(analysis.conflicts) == 1
    again = Analysis.from_dict(analysis.to_dict())
    assert again.conflicts == analysis.conflicts and again.timeline == analysis.timeline
    assert analysis.to_dict()["conflicts"][0]["kind"] == "weekday"


@pytest.mark.parametrize(
    ("value", "first", "last"),
    [
        ("2007", date(2007, 1, 1), date(2007, 12, 31)),
        ("2005-05/2006-05", date(2005, 5, 1), date(2006, 5, 31)),
        ("198", date(1980, 1, 1), date(1989, 12, 31)),
        ("2020-W01", date(2019, 12, 30), date(2020, 1, 5)),
        ("2020-01-03", date(2020, 1, 3), date(2020, 1, 3)),
    ],
)
def test_value_bounds(value: str, first: date, last: date) -> None:
    assert value_bounds(value) == (first, last)


def test_value_bounds_of_unplaceable_values() -> None:
    assert value_bounds("") is None and value_bounds("--01-03") is None
    assert value_bounds("2019-02-30") is None


def test_seed_yahoo(yahoo_seed: Path) -> None:
    text = yahoo_seed.read_text(encoding="utf-8")
    timeline = timeline_of(text, boilerplate=captions_of(text))
    values = {e.text: e.value for e in timeline.entries}
    assert values["the final months of 2007"] == "2007"
    assert values["from May 2005 to May 2006"] == "2005-05/2006-05"
    assert values["the 1980s"] == "198"
    assert values["from 2014 to 2016"] == "2014/2016"
    assert values["the early hours of Jan. 3"] == "2020-01-03"
    assert values["March 2003"] == "2003-03"
    assert values["last year"] == "2019"
    caption = entry_with(timeline, "Jan. 2, 2020")
    assert caption.caption
    conflicts = {(c.kind, c.first.text, c.second.text) for c in timeline.conflicts}
    assert conflicts == {
        (ConflictKind.DATE, "early Friday, Jan. 2, 2020", "the early hours of Jan. 3"),
        (ConflictKind.WEEKDAY, "Friday", "Jan. 2, 2020"),
    }
    starts = [value_bounds(e.value) for e in timeline.entries]
    assert starts == sorted(starts, key=lambda b: b or (date.max, date.max))


def test_seed_sofrep(sofrep_seed: Path) -> None:
    text = sofrep_seed.read_text(encoding="utf-8")
    timeline = timeline_of(text)
    values = {e.text: e.value for e in timeline.entries}
    assert values["the early morning hours of Friday"] == "2020-01-03"
    assert values["Earlier this week"] == "2020-W01"
    assert values["1978"] == "1978"
    assert timeline.conflicts == ()


def test_seed_yahoo_through_the_pipeline(yahoo_seed: Path) -> None:
    """Wiring: the clean stage's captions reach the timeline, sources reach their entities."""
    analysis = analyze(yahoo_seed.read_text(encoding="utf-8"), published=PUBLISHED)
    assert {c.kind for c in analysis.conflicts} == {ConflictKind.DATE, ConflictKind.WEEKDAY}
    assert any(e.caption for e in analysis.timeline)
    entity_ids = {e.id for e in analysis.entities}
    linked = [s for s in analysis.sources if s.entity is not None]
    assert linked and all(s.entity in entity_ids for s in linked)
    by_id = {e.id: e for e in analysis.entities}
    people = [s for s in linked if s.kind is SourceKind.NAMED_PERSON]
    assert people
    for s in people:
        assert names.person_names_match(s.name, by_id[str(s.entity)].name)


@pytest.mark.parametrize(
    ("sentence", "published", "expression", "value"),
    [
        # The tense of the clause decides which way a bare month or weekday looks.
        ("The talks ended in March.", date(2015, 2, 25), "March", "2014-03"),
        ("Netanyahu will address Congress in March.", date(2015, 2, 25), "March", "2015-03"),
        ("Trump will take office in January.", date(2016, 11, 30), "January", "2017-01"),
        ("He is expected to name a cabinet in January.", date(2016, 11, 30), "January", "2017-01"),
        ("She is running for re-election in November.", date(2010, 6, 14), "November", "2010-11"),
        ("She said in January that the plan would fail.", date(2016, 11, 30), "January", "2016-01"),
        # A month that dates a noun is the nearest one.
        ("Steele must focus on the November vote.", date(2010, 7, 4), "November", "2010-11"),
        ("The June decision found otherwise.", date(2013, 8, 29), "June", "2013-06"),
        # unless the noun is a value measured: a past one
        ("Sales are down from the March high.", date(2019, 11, 20), "March", "2019-03"),
        ("Prices are up from their October low.", date(2019, 8, 2), "October", "2018-10"),
        # A weekday looks ahead only under an explicit future.
        ("The Senate is set to vote on Thursday.", date(2016, 11, 30), "Thursday", "2016-12-01"),
        ("The Senate voted on Thursday.", date(2016, 11, 30), "Thursday", "2016-11-24"),
        ("The House will vote Friday.", date(2016, 12, 2), "Friday", "2016-12-02"),
        # A present progressive looks ahead; the simple present of a headline does not.
        ("Ryan is flying to Ohio for a talk Thursday", date(2012, 4, 25), "Thursday", "2012-04-26"),
        ("Ryan heads to Ohio for a talk Thursday", date(2012, 4, 25), "Thursday", "2012-04-19"),
        # An arrival told by a participle, and what a clause awaits ("in advance of", "ahead of").
        ("We differ from the team coming in January.", date(2016, 11, 30), "January", "2017-01"),
        (
            "We want to differentiate between us and the administration coming in January.",
            date(2016, 11, 30),
            "January",
            "2017-01",
        ),
        (
            "They wrote in advance of his visit on Thursday.",
            date(2012, 4, 24),
            "Thursday",
            "2012-04-26",
        ),
        ("They met ahead of the vote on Monday.", date(2012, 4, 26), "Monday", "2012-04-23"),
        # An "ahead" verb in the present passive, and a passive infinitive under one.
        ("The vote is expected in January.", date(2016, 11, 30), "January", "2017-01"),
        ("Trump is set to be sworn in in January.", date(2016, 11, 30), "January", "2017-01"),
        ("He was freed in March.", date(2016, 11, 30), "March", "2016-03"),
        ("She had planned to visit in March.", date(2016, 11, 30), "March", "2016-03"),
        ("Brewer was scheduled to return Tuesday.", date(2014, 2, 24), "Tuesday", "2014-02-25"),
        ("Trump is to be inaugurated in January.", date(2016, 11, 30), "January", "2017-01"),
        # A month that a plan told in the past dates is the nearest one; a headline too.
        ("The hearing was scheduled for January.", date(2016, 11, 30), "January", "2017-01"),
        ("Repeal vote set for January", date(2016, 11, 30), "January", "2017-01"),
        ("The hearing was scheduled for June.", date(2016, 11, 30), "June", "2016-06"),
    ],
)
def test_bare_months_and_weekdays_follow_the_tense_of_their_clause(
    sentence: str, published: date, expression: str, value: str
) -> None:
    entries = {t.text: t.value for t in analyze(sentence, published=published).timeline}
    assert entries[expression] == value


@pytest.mark.parametrize(
    ("name", "year", "day"),
    [
        ("Thanksgiving", 2016, date(2016, 11, 24)),  # the fourth Thursday
        ("Election Day", 2016, date(2016, 11, 8)),  # Nov. 1 a Tuesday: the next one
        ("Election Day", 2020, date(2020, 11, 3)),
        ("New Year’s Day", 2020, date(2020, 1, 1)),
        ("New Years Day", 2014, date(2014, 1, 1)),
        ("Singles Day", 2019, date(2019, 11, 11)),
        ("Black Friday", 2019, date(2019, 11, 29)),  # the day after Thanksgiving
        ("Cyber Monday", 2019, date(2019, 12, 2)),
        ("Memorial Day", 2019, date(2019, 5, 27)),  # the last Monday of May
        ("Memorial Day", 2021, date(2021, 5, 31)),  # May 31 a Monday itself
        ("Labor Day", 2019, date(2019, 9, 2)),  # the first Monday of September
        ("Halloween", 2019, date(2019, 10, 31)),
    ],
)
def test_holiday_dates(name: str, year: int, day: date) -> None:
    assert holiday_date(name, year) == day


def test_a_holiday_without_a_publication_date_is_unanchored() -> None:
    entry = entry_with(timeline_of("They met on Thanksgiving.", published=None), "Thanksgiving")
    assert (entry.value, entry.anchored) == ("", False)
