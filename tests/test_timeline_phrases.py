"""Timeline phrases read on the grown gold set: qualifiers kept in the span, months named with
"last" or "this past", weekends, the edges of the current week or month, sports seasons,
centuries, years before the nouns they date, and the tense of the clause."""

from __future__ import annotations

from datetime import date

import pytest

from sourcetrace.model import Boilerplate, BoilerplateLabel
from sourcetrace.timeline import value_bounds
from sourcetrace.timeline.expressions import _PATTERNS, _may_match
from sourcetrace.web.charts import year_of
from test_timeline import entry_with, timeline_of

WEDNESDAY = date(2019, 11, 20)


@pytest.mark.parametrize(
    ("passage", "published", "expression", "value"),
    [
        # A month named with "last" is a year back in its own month; "this past" is the latest.
        ("Their partnership began last November.", WEDNESDAY, "last November", "2018-11"),
        ("The chain opened last March, staff said.", WEDNESDAY, "last March", "2019-03"),
        ("Just this past June, the magazine ran a cover.", date(2011, 8, 9),
         "this past June", "2011-06"),
        ("The store will reopen next March.", WEDNESDAY, "next March", "2020-03"),
        # A month with "this", "last" or "next year" after it is one expression: that year's.
        ("In May this year, travellers were stranded.", WEDNESDAY, "May this year", "2019-05"),
        ("The mine closed in March of last year.", WEDNESDAY, "March of last year", "2018-03"),
        ("Officials concluded around 2013 that the plan failed.", WEDNESDAY,
         "around 2013", "2013"),
        # "earlier", "later", "early" and "late" stay in the span, with an "on" or "in" after them.
        ("The laptop is faster than the model from earlier in 2019.", WEDNESDAY,
         "earlier in 2019", "2019"),
        ("Yields rose from 1.8% late on Monday.", WEDNESDAY, "late on Monday", "2019-11-18"),
        ("Earlier Tuesday, the mayor spoke to the council.", WEDNESDAY, "Earlier Tuesday",
         "2019-11-19"),
        ("Later on Sunday, she met donors.", WEDNESDAY, "Later on Sunday", "2019-11-17"),
        ("He filed the motion last evening, aides said.", WEDNESDAY, "last evening",
         "2019-11-19"),
        # A part of a year written out is its months.
        ("The laptop is expected in the first half of 2020.", WEDNESDAY, "the first half of 2020",
         "2020-01/2020-06"),
        ("Sales doubled in the last 6 months of 2017.", WEDNESDAY, "the last 6 months of 2017",
         "2017-07/2017-12"),
        ("She earned it in 2014 and the first four months of 2015.", WEDNESDAY,
         "the first four months of 2015", "2015-01/2015-04"),
        # A season before a year is a part of that year; "midway through" qualifies one too.
        ("Deliveries of the car begin in spring 2020.", WEDNESDAY, "spring 2020", "2020"),
        ("A faster charger comes as an option in Summer 2021.", WEDNESDAY, "Summer 2021", "2021"),
        ("The wagon goes on sale midway through next year.", WEDNESDAY,
         "midway through next year", "2020"),
        # "of the year" is the year of the date before it, else of publication.
        ("These are the best apps of the year.", WEDNESDAY, "the year", "2019"),
        ("In 2016 it was the biggest deal of the year.", WEDNESDAY, "the year", "2016"),
        # A range of days in one month is one entry, as a range of years is.
        ("The festival runs Nov. 22-24 at the fairgrounds.", WEDNESDAY, "Nov. 22-24",
         "2019-11-22/2019-11-24"),
        ("The fair ran May 5–7, 2018, in the valley.", WEDNESDAY, "May 5–7, 2018",
         "2018-05-05/2018-05-07"),
        ("It passed on a March 3-2 vote.", WEDNESDAY, "March 3", "2019-03-03"),
        # A month without its year joined to one with it shares that year.
        ("They met during the months of June and July of 2009.", date(2010, 5, 28), "June",
         "2009-06"),
        ("The vote moved from March 3 or April 5, 2016.", WEDNESDAY, "March 3", "2016-03-03"),
        # "the summer" after a preposition looks the way its clause does.
        ("He fixed the mouse over the summer.", WEDNESDAY, "the summer", "2019"),
        ("The hybrid goes on sale in the summer.", WEDNESDAY, "the summer", "2020"),
        ("If the case arises in the fall, courts will act.", date(2016, 5, 1), "the fall",
         "2016"),
        ("She moved in the summer.", date(2016, 5, 1), "the summer", "2015"),
        # "this spring", "this summer" and "this fall" are those of the publication's year.
        ("Prior to this spring, the agency ignored the rule.", date(2013, 8, 29), "this spring",
         "2013"),
        ("The band toured this summer.", date(2019, 10, 20), "this summer", "2019"),
        # A fiscal year is its year, "fiscal" kept in the span, also before the noun it dates.
        ("Profit rose in fiscal 2019, the firm said.", WEDNESDAY, "fiscal 2019", "2019"),
        ("The chart shows the fiscal year 2019 seizures.", WEDNESDAY, "fiscal year 2019", "2019"),
        ("Nobody knew where he was on the night of March 10, 2001.", WEDNESDAY,
         "the night of March 10, 2001", "2001-03-10"),
        # Centuries and decades.
        ("The plague swept Europe in the 1300s.", WEDNESDAY, "the 1300s", "13"),
        ("Phones spread quickly in the 2000s.", WEDNESDAY, "the 2000s", "200"),
        ("Plague swept Europe in the 14th century.", WEDNESDAY, "the 14th century", "13"),
        ("It was feared during the fourteenth century.", WEDNESDAY, "the fourteenth century",
         "13"),
        ("Threats changed in the 21st Century, he said.", WEDNESDAY, "the 21st Century", "20"),
        # Decades ago name a decade, as "the last decade" does.
        ("The case started a decade ago.", date(2011, 3, 29), "a decade ago", "200"),
        ("A probe found it two decades ago.", WEDNESDAY, "two decades ago", "199"),
        ("He watched the club closely for the better part of the last decade.", date(2020, 1, 9),
         "last decade", "201"),
        # Seasons of a sport straddle the new year; the end of one is its last year.
        ("The coach signed until the end of the 2022/23 season.", WEDNESDAY,
         "the end of the 2022/23 season", "2023"),
        ("The 2022/23 season was long.", WEDNESDAY, "2022/23 season", "2022/2023"),
        ("The club has won five matches this season.", WEDNESDAY, "this season", "2019/2020"),
        ("The club has won five matches this season.", date(2020, 3, 2), "this season",
         "2019/2020"),
        ("The club was relegated last season.", WEDNESDAY, "last season", "2018/2019"),
        # Weekends.
        ("Over the weekend, the president golfed.", WEDNESDAY, "the weekend",
         "2019-11-16/2019-11-17"),
        ("The band will play twice this weekend.", WEDNESDAY, "this weekend",
         "2019-11-23/2019-11-24"),
        ("The band played twice last weekend.", date(2019, 11, 24), "last weekend",
         "2019-11-16/2019-11-17"),
        # On a Monday, "this weekend" told in the past is the one just gone.
        ("He became the latest contender this weekend.", date(2010, 12, 13), "this weekend",
         "2010-12-11/2010-12-12"),
        # The edge of the current week, month or year.
        ("Shares rose at the beginning of the week.", WEDNESDAY, "the beginning of the week",
         "2019-W47"),
        ("The stock added 2% to begin the week after the sale.", WEDNESDAY, "the week", "2019-W47"),
        ("Witnesses will be heard before the end of the month.", WEDNESDAY, "the end of the month",
         "2019-11"),
        # What is left of it, or what has passed of it so far.
        ("Rates should stay low for the remainder of the year.", WEDNESDAY,
         "the remainder of the year", "2019"),
        ("It was the best month of the year thus far.", WEDNESDAY, "the year thus far", "2019"),
        ("Ferry traffic is up 4% year to date.", WEDNESDAY, "year to date", "2019"),
        ("Shares of the chain are up 39% year-to-date.", WEDNESDAY, "year-to-date", "2019"),
        # Days up to a weekday are one range; the weekday is the latest one, or the first after
        # the range's start where the latest comes before it.
        ("Voters were polled Thursday through Sunday.", WEDNESDAY, "Thursday through Sunday",
         "2019-11-14/2019-11-17"),
        ("The survey ran from Nov. 8 through Sunday.", WEDNESDAY, "from Nov. 8 through Sunday",
         "2019-11-08/2019-11-17"),
        ("Voters were polled Monday through Saturday.", date(2019, 11, 21),
         "Monday through Saturday", "2019-11-18/2019-11-23"),
        # A day of history named by its date is that day, whenever the story was written.
        ("The bill lets 9/11 families sue the kingdom.", WEDNESDAY, "9/11", "2001-09-11"),
        ("He backed the post-Sept. 11 law.", WEDNESDAY, "Sept. 11", "2001-09-11"),
        ("Sept. 11 victims will testify.", WEDNESDAY, "Sept. 11", "2001-09-11"),
        ("She felt faint at a September 11 commemoration.", date(2016, 9, 20), "September 11",
         "2016-09-11"),
        ("She left a 9/11 memorial ceremony early.", date(2016, 9, 20), "9/11", "2016-09-11"),
    ],
)  # fmt: skip
def test_phrases_and_their_values(
    passage: str, published: date, expression: str, value: str
) -> None:
    entry = entry_with(timeline_of(passage, published), expression)
    assert (entry.text, entry.value) == (expression, value)


@pytest.mark.parametrize(
    ("passage", "expression", "value"),
    [
        ("The union gave money to Holcomb's 2016 election campaign.", "2016", "2016"),
        ("He denied raising 2016 elections with the envoy.", "2016", "2016"),
        ("Lawmakers will not act on funding until at least 2021.", "2021", "2021"),
        ("A panel is still investigating the 2012 attacks in Libya.", "2012", "2012"),
        ("He said, “2019 is just not as strong as 2018.”", "2019", "2019"),
        # After a determiner, a year dates the noun after it; it may open a range of years.
        ("Nissan showed the 2020 Sentra in Los Angeles.", "2020", "2020"),
        # A colon after a year is no title before a small letter, nor where the year opens a line.
        ("The peak came in 2016: prices rose.", "2016", "2016"),
        ("Timeline.\n2017: The plant opens in Ohio.", "2017", "2017"),
        (
            "Critics disliked the keys of the 2016 through 2019 models.",
            "2016 through 2019",
            "2016/2019",
        ),
    ],
)
def test_a_year_that_dates_a_noun_or_closes_a_bound(
    passage: str, expression: str, value: str
) -> None:
    assert entry_with(timeline_of(passage, WEDNESDAY), expression).value == value


@pytest.mark.parametrize(
    ("passage", "undated"),
    [
        ("The drug was used in at least 2000 cases.", "2000"),
        ("About 2000 were killed in the floods.", "2000"),
        # "today" of a state told in the simple present is these days.
        ("Plague infections are rare today, doctors say.", "today"),
        ("Today, the world is neither peaceful nor stable.", "Today"),
        ("They are better than the consoles that exist today.", "today"),
        # A weekday in the name of a broadcast.
        ("He said on “Fox News Sunday” that talks had stalled.", "Sunday"),
        ("He said on the Sunday morning show that talks had stalled.", "Sunday"),
        # A day, month or holiday that recurs.
        ("You need not sit in the pews every Sunday to know it.", "Sunday"),
        ("The fair opens each March in the valley.", "March"),
        ("They fast every Christmas.", "Christmas"),
        ("The debates air on Saturday nights.", "Saturday"),
        # A time word capitalized after a word of its sentence is a name.
        ("She anchors the ''Today'' show.", "Today"),
        ("The poll was paid for by USA TODAY and a university.", "TODAY"),
        # A year before a colon and a capitalized word inside a sentence opens a title.
        ("He made the film 2016: Obama's America with a friend.", "2016"),
        ("Films from 2001: A Space Odyssey to Alien show it.", "2001"),
        # A date among a tag's attributes dates the markup, no event.
        ('<post author="@a" date="March 3, 2019">It rained.</post> Rain fell.', "March"),
        ('<post author="@a" time="2019-03-03">It rained.</post> Rain fell.', "2019"),
        # House, bill and format numbers.
        ("Police arrested a man of 1909 Elm Drive on Friday.", "1909"),
        ("Lawmakers passed the bill, known as SB 1062, last week.", "1062"),
        ("The game runs in 1440p on the console.", "1440"),
        ("In the last year, bishops have spoken out more often.", "last year"),
        ("A plan for the weekend of March 5 was dropped.", "weekend"),
        ("The bill would cut deficits over the next decade.", "decade"),
        # A part of a year, a recurring time and a title are no year of their own.
        ("Prices rise at this time of the year.", "year"),
        ("She was named Player of the Year.", "Year"),
        ("Capacity in the first seven months of the year grew.", "year"),
        ("That changed at the turn of the year.", "year"),
        ("Stocks slid after the fall in oil prices.", "fall"),
        ("They studied the fall of Rome.", "fall"),
        ("The summer was hot.", "summer"),
        # A compound adjective names a kind of thing or a period compared, no day.
        ("Sales fell from the year-to-date period last year.", "year-to-date"),
        ("Aides held a Thanksgiving-themed lunch.", "Thanksgiving"),
        ("The Christmas-time rush began.", "Christmas"),
        # A season before a word that is no year: "fall" is a verb here.
        ("Stocks fall Monday, traders said.", "fall"),
    ],
)
def test_counts_and_spans_back_from_publication_are_no_dates(passage: str, undated: str) -> None:
    assert not [e for e in timeline_of(passage, WEDNESDAY).entries if undated in e.text]


@pytest.mark.parametrize(
    ("passage", "published", "expression", "value"),
    [
        # An infinitive under a gerund takes the tense of the finite verb above both.
        ("Carl pleaded guilty Monday to threatening to kill the mayor in March, police said.",
         date(2019, 11, 19), "March", "2019-03"),
        # A day without its year told in the past is the latest one, not the nearest.
        ("He was arrested in April for the March 21 call to her office.", date(2019, 11, 19),
         "March 21", "2019-03-21"),
        ("The hearing is set for March 21, the clerk said.", date(2019, 11, 19), "March 21",
         "2020-03-21"),
        # ... but a past clause may tell of a day a few days ahead.
        ("Members were pushing to postpone the June 19 election.", date(2014, 6, 13), "June 19",
         "2014-06-19"),
        # A modal puts a weekday ahead; "look forward to" and "in advance of" await it.
        ("The wind should ease by Thursday morning, forecasters said.", WEDNESDAY,
         "Thursday morning", "2019-11-21"),
        ("“I look forward to talking to you Monday evening,” she wrote.", date(2010, 12, 12),
         "Monday evening", "2010-12-13"),
        ("A poll released Wednesday shows the senator ahead.", WEDNESDAY, "Wednesday",
         "2019-11-20"),
        # A weekday that dates a simple present or an imperative of a full sentence is a
        # timetable; a headline's present, a present of report and a weekday under a noun or
        # "from" tell the past.
        ("The show opens to the public on Friday.", WEDNESDAY, "Friday", "2019-11-22"),
        ("The launch day is Tuesday.", date(2019, 11, 18), "Tuesday", "2019-11-19"),
        ("Host the visitors on Saturday.", WEDNESDAY, "Saturday", "2019-11-23"),
        ("The team heads to Ohio for a game Saturday", WEDNESDAY, "Saturday", "2019-11-16"),
        ("The message from Tuesday is clear.", WEDNESDAY, "Tuesday", "2019-11-19"),
        ("The paper reports she on Monday first said it.", WEDNESDAY, "Monday", "2019-11-18"),
        ("Hopes are slim after Monday night's loss.", WEDNESDAY, "Monday night", "2019-11-18"),
        # "today" as the subject of its verb, or in a clause told in the past, is the day.
        ("“Today marks a watershed moment,” he said.", WEDNESDAY, "Today", "2019-11-20"),
        ("The mayor said today that plague infections are rare.", WEDNESDAY, "today",
         "2019-11-20"),
        # ... and so is a "today" that bounds an offer or a period, whatever the tense.
        ("The speaker is available at $99 today only.", WEDNESDAY, "today", "2019-11-20"),
        ("The plan includes a single game as of today.", WEDNESDAY, "today", "2019-11-20"),
        # "as soon as" and "as early as" tell the earliest a thing still to come may happen.
        ("Aides said a vote was possible as soon as Friday.", WEDNESDAY, "Friday", "2019-11-22"),
        ("The firm said it was ready to ship as early as Monday.", WEDNESDAY, "Monday",
         "2019-11-25"),
        ("The letter was released Tuesday and signed by the faculty, in advance of Ryan's visit "
         "there on Thursday.", date(2012, 4, 24), "Thursday", "2012-04-26"),
    ],
)  # fmt: skip
def test_the_clause_tells_which_way_a_date_looks(
    passage: str, published: date, expression: str, value: str
) -> None:
    assert entry_with(timeline_of(passage, published), expression).value == value


def test_a_caption_counts_its_weekdays_from_the_day_it_writes_out() -> None:
    caption = "Crowds gather in Baghdad, Jan. 2, 2020. The Pentagon said Thursday that it struck."
    text = f"The strike shook the region.\n{caption}\n"
    start = text.index(caption)
    flagged = (Boilerplate(start, start + len(caption), BoilerplateLabel.CAPTION),)
    timeline = timeline_of(text, date(2020, 1, 9), boilerplate=flagged)
    assert entry_with(timeline, "Thursday").value == "2020-01-02"


def test_a_century_reads_back_as_its_hundred_years() -> None:
    assert value_bounds("13") == (date(1300, 1, 1), date(1399, 12, 31))
    assert (year_of("13"), year_of("198"), year_of("2007")) == (1300, 1980, 2007)


@pytest.mark.parametrize(
    ("kind", "passage"),
    [
        ("iso", "The filing is dated 2019-05-03 in the record."),
        ("numeric", "It was signed on 5/3/2019 by both."),
        ("year_range", "He served from 2014-16 on the board."),
        ("year_range", "It lost money in the 2018/19 season."),
        ("day_month", "The vote fell on the 5th of\nMay."),
        ("month_day", "The vote fell on Sept. 30, 2019."),
        ("month_year", "It opened in March 2012."),
        ("month", "It opened in December."),
        ("relative_month", "It opened last June."),
        ("month_of_year", "It opened in June\nlast year."),
        ("holiday", "They met on Election Day."),
        ("historic_day", "They met 9/11 families."),
        ("century", "It began in the 14th\nCentury."),
        ("ago", "They met two years\nAgo."),
        ("period_to_date", "Sales for the year so far are up."),
        ("period_to_date", "It is the best month to date."),
        ("period_to_date", "It is up 4% year-to-date."),
        ("anaphor", "It was the best game of the year."),
    ],
)
def test_a_kind_is_searched_in_every_text_its_pattern_matches(kind: str, passage: str) -> None:
    assert _PATTERNS[kind].search(passage)
    assert _may_match(kind, passage, 0, len(passage), passage.casefold())
    plain = "They met on the fifth, and the market may hear of it in a year."
    assert not _may_match(kind, plain, 0, len(plain), plain.casefold())


@pytest.mark.parametrize(("kind", "text"), [("iso", "on 2019-05-06 at"), ("numeric", "on 5/6 at")])
def test_a_shape_opening_on_a_digit_holds_its_digit_in_the_range(kind: str, text: str) -> None:
    # searched from the literal after the digit, with the digit read behind: a digit just
    # before the range must not count, one at its first character must
    digit = next(i for i, c in enumerate(text) if c in "-/") - 1
    folded = text.casefold()
    assert _may_match(kind, text, digit, len(text), folded)
    assert not _may_match(kind, text, digit + 1, len(text), folded)
    assert not _may_match(kind, text, 0, digit + 1, folded)
