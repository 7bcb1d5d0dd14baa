"""Hand-made analyses for the renderer tests: a realistic article with every kind of source,
attribution (claims, a belief, unasserted speech) and timeline value, and small hostile or
overlapping cases. Text written for this."""

from __future__ import annotations

from datetime import date

from sourcetrace.model import (
    Analysis,
    Attribution,
    AttributionType,
    Boilerplate,
    BoilerplateLabel,
    CueClass,
    Entity,
    Source,
    SourceKind,
    TextSpan,
    TimelineEntry,
    article_id,
)

ARTICLE = """\
Workers inspect the old river bridge. (Photo: Jane Roe/Example Wire)
Workers inspect the old river bridge. (Photo: Jane Roe/Example Wire)

The city council on Tuesday postponed a vote on the $2 billion bridge & tunnel plan, the third \
delay since the plan was first proposed in 2019.

"We are not going to rush this," said Mayor Ana Ortiz. "The numbers have to work for <everyone>."

Ortiz said the council would return to the plan between March and June 2021, after an \
independent review.

A senior city official, who spoke on condition of anonymity because the talks are private, said \
the contractor had asked for more money. "They want another 300 million," the official said.

Another person familiar with the negotiations said the dispute goes back to the 1990s, when the \
first tunnel was dug.

The Regional Transit Authority said in a statement that it "remains committed to the project" \
and expects work to start by 2022-W10.

According to a 2018 engineering report, the bridge's main span "has deteriorated faster than \
expected" since inspections between May 2005 and May 2006.

"It is a mess," he added.

Engineers on the site believe the span can last another decade. Ortiz declined to say whether \
the vote would pass.

Subscribe to the Riverside Gazette for $1 a week.
"""


def find(text: str, needle: str, occurrence: int = 1) -> TextSpan:
    """The span of the occurrence-th ``needle`` in ``text``."""
    at = -1
    for _ in range(occurrence):
        at = text.index(needle, at + 1)
    return TextSpan.of(text, at, at + len(needle))


def realistic() -> Analysis:
    t = ARTICLE

    def s(needle: str, occurrence: int = 1) -> TextSpan:
        return find(t, needle, occurrence)

    def when(needle: str, value: str, event: str, attribution: str | None = None) -> TimelineEntry:
        span = s(needle)
        return TimelineEntry(span.text, span.start, span.end, value, event, attribution)

    he_added = s("he added")
    he = TextSpan.of(t, he_added.start, he_added.start + 2)
    sources = (
        Source(
            "s1",
            "Ana Ortiz",
            SourceKind.NAMED_PERSON,
            "mayor of the city",
            (s("Mayor Ana Ortiz"), s("Ortiz", 2)),
        ),
        Source(
            "s2",
            "senior city official",
            SourceKind.ANONYMOUS_PERSON,
            "senior city official who spoke on condition of anonymity",
            (s("A senior city official"), s("the official")),
        ),
        Source(
            "s3",
            "person familiar with the negotiations",
            SourceKind.ANONYMOUS_PERSON,
            None,
            (s("Another person familiar with the negotiations"),),
        ),
        Source(
            "s4",
            "Regional Transit Authority",
            SourceKind.ORGANIZATION,
            "regional agency",
            (s("The Regional Transit Authority"),),
            entity="e2",
        ),
        Source(
            "s5",
            "2018 engineering report",
            SourceKind.DOCUMENT,
            None,
            (s("a 2018 engineering report"),),
        ),
        Source("s6", "unidentified speaker", SourceKind.UNKNOWN, None, (he,)),
        # Believes only: no claim, so not one of the article's sources.
        Source("s7", "engineers", SourceKind.ANONYMOUS_PERSON, None, (s("Engineers on the site"),)),
    )
    a = AttributionType
    attributions = (
        Attribution(
            "a1",
            "s1",
            a.DIRECT,
            s("said", 1),
            s("Mayor Ana Ortiz"),
            (s("We are not going to rush this,"), s("The numbers have to work for <everyone>.")),
            0.95,
        ),
        Attribution(
            "a2",
            "s1",
            a.INDIRECT,
            s("said", 2),
            s("Ortiz", 2),
            (
                s(
                    "the council would return to the plan between March and June 2021, "
                    "after an independent review"
                ),
            ),
            0.81,
        ),
        Attribution(
            "a3",
            "s2",
            a.INDIRECT,
            s("said", 3),
            s("A senior city official"),
            (s("the contractor had asked for more money"),),
            0.77,
        ),
        Attribution(
            "a4",
            "s2",
            a.DIRECT,
            s("said", 4),
            s("the official"),
            (s("They want another 300 million,"),),
            0.9,
        ),
        Attribution(
            "a5",
            "s3",
            a.INDIRECT,
            s("said", 5),
            s("Another person familiar with the negotiations"),
            (s("the dispute goes back to the 1990s, when the first tunnel was dug"),),
            0.7,
        ),
        Attribution(
            "a6",
            "s4",
            a.MIXED,
            s("said in a statement"),
            s("The Regional Transit Authority"),
            (s('it "remains committed to the project" and expects work to start by 2022-W10'),),
            0.84,
        ),
        Attribution(
            "a7",
            "s5",
            a.MIXED,
            s("According to"),
            s("a 2018 engineering report"),
            (s('the bridge\'s main span "has deteriorated faster than expected"'),),
            0.66,
        ),
        Attribution("a8", "s6", a.DIRECT, s("added"), he, (s("It is a mess,"),), 0.5),
        Attribution(
            "a9",
            "s7",
            a.INDIRECT,
            s("believe"),
            s("Engineers on the site"),
            (s("the span can last another decade"),),
            0.6,
            cue_class=CueClass.BELIEF,
        ),
        Attribution(
            "a10",
            "s1",
            a.INDIRECT,
            s("declined to say"),
            s("Ortiz", 3),
            (s("whether the vote would pass"),),
            0.75,
            asserted=False,
        ),
    )
    return Analysis(
        id=article_id(t),
        title="Council delays vote on bridge & tunnel plan",
        outlet="Riverside Gazette",
        url="https://example.org/bridge?a=1&b=2",
        published=date(2020, 1, 16),
        text=t,
        boilerplate=(
            Boilerplate(0, len(t.splitlines()[0]), BoilerplateLabel.CAPTION),
            Boilerplate(
                s("Workers", 2).start, s("Wire)", 2).end, BoilerplateLabel.CAPTION_DUPLICATE
            ),
            Boilerplate(s("(Photo").start, s("Wire)").end, BoilerplateLabel.CREDIT),
            Boilerplate(s("Subscribe").start, s("a week.").end, BoilerplateLabel.PAYWALL),
        ),
        sources=sources,
        attributions=attributions,
        entities=(
            Entity("e1", "Ana Ortiz", "PERSON", (s("Ana Ortiz"), s("Ortiz", 2))),
            Entity("e2", "Regional Transit Authority", "ORG", (s("Regional Transit Authority"),)),
            Entity("e3", "Jane Roe", "PERSON", (s("Jane Roe"), s("Jane Roe", 2))),
            Entity("e4", "Riverside Gazette", "ORG", (s("Riverside Gazette"),)),
        ),
        timeline=(
            when("on Tuesday", "2020-01-14", "The city council postponed a vote"),
            when("in 2019", "2019", "the plan was first proposed"),
            when(
                "between March and June 2021",
                "2021-03/2021-06",
                "the council would return to the plan",
                "a2",
            ),
            when("the 1990s", "199", "the dispute goes back", "a5"),
            when("by 2022-W10", "2022-W10", "work to start", "a6"),
            when("2018", "2018", "engineering report"),
            when("between May 2005 and May 2006", "2005-05/2006-05", "inspections", "a7"),
            when("a week", "P1W", "subscription price"),
        ),
    )


HOSTILE = """\
<script>alert(1)</script> Fish & Chips Ltd said "it's <b>fine</b> & 'safe'".
Credit: O'Brien & "Sons" <img src=x onerror=alert(2)>
"""


def hostile() -> Analysis:
    """Markup, quotes and ampersands everywhere article text can reach the page."""
    t = HOSTILE
    speaker = find(t, "Fish & Chips Ltd")
    name = "Fish & Chips \"Ltd\" <b>'x'</b>"
    return Analysis(
        id=article_id(t),
        title="<script>alert(1)</script> & \"quotes\" 'too'",
        outlet="<i>Outlet</i>",
        url="javascript:alert(1)",
        published=None,
        text=t,
        boilerplate=(Boilerplate(find(t, "Credit").start, len(t) - 1, BoilerplateLabel.CREDIT),),
        sources=(
            Source(
                "s1", name, SourceKind.ORGANIZATION, 'desc "with" <em>tags</em> & more', (speaker,)
            ),
        ),
        attributions=(
            Attribution(
                "a1",
                "s1",
                AttributionType.DIRECT,
                find(t, "said"),
                speaker,
                (find(t, "it's <b>fine</b> & 'safe'"),),
                0.9,
            ),
        ),
        entities=(Entity("e1", "<script>x</script>", "ORG", (speaker,)),),
        timeline=(
            TimelineEntry(
                "alert(1)", 8, 16, '2020" onmouseover="alert(3)', "<svg onload=alert(4)>"
            ),
        ),
    )


OVERLAP = 'Critics, "led by the mayor Jo Bell who said it," said the plan fails. Bell disagreed.'


def overlapping() -> Analysis:
    """A speaker inside another attribution's content, a cue inside content, an unresolved
    source, identical spans, and boilerplate cutting across a quote."""
    t = OVERLAP
    outer = find(t, "led by the mayor Jo Bell who said it,")
    it = find(t, "it,")
    said_it = TextSpan.of(t, it.start, it.start + 2)
    return Analysis(
        id=article_id(t),
        title=None,
        outlet=None,
        url=None,
        published=None,
        text=t,
        boilerplate=(Boilerplate(find(t, "plan").start, len(t), BoilerplateLabel.OTHER),),
        sources=(
            Source("s1", "Critics", SourceKind.UNKNOWN, None, (find(t, "Critics"),)),
            Source(
                "s2",
                "Jo Bell",
                SourceKind.NAMED_PERSON,
                "mayor",
                (find(t, "Jo Bell"), find(t, "Bell", 2)),
            ),
        ),
        attributions=(
            Attribution(
                "a1",
                "s1",
                AttributionType.MIXED,
                find(t, "said", 2),
                find(t, "Critics"),
                (outer, find(t, "the plan fails")),
                0.6,
            ),
            # Nested inside a1's content: speaker, cue and content all within it.
            Attribution(
                "a2",
                "s2",
                AttributionType.INDIRECT,
                find(t, "said"),
                find(t, "the mayor Jo Bell"),
                (said_it,),
                0.4,
            ),
            Attribution(
                "a3",
                "s2",
                AttributionType.INDIRECT,
                find(t, "disagreed"),
                find(t, "Bell", 2),
                (find(t, "disagreed"),),
                0.3,
            ),
            Attribution(
                "a4", None, AttributionType.DIRECT, None, None, (find(t, "the plan fails"),), 0.2
            ),
        ),
        entities=(),
        timeline=(),
    )


def empty() -> Analysis:
    return Analysis(
        id=article_id(""),
        title=None,
        outlet=None,
        url=None,
        published=None,
        text="",
        boilerplate=(),
        sources=(),
        attributions=(),
        entities=(),
        timeline=(),
    )
