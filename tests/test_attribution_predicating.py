"""Speech acts that report what they predicate of their object (issue 10's recall): "portrayed
X as Y", "thanked X for Y", "pressured X to V", "ordered X to V", "referred to X as Y",
"challenged X to a debate", "played down X as Y", and
criticism directed at a target ("reserved his disdain for X", "railed against X"),
recommendations and findings with a clause, a poll's or a record's evidence ("a poll shows X
leading Y", "In the poll, X leads"), on short sentences written for these tests, with the same
words where they narrate and report nothing."""

from __future__ import annotations

import pytest

from attribution_support import reported
from sourcetrace.methods import Method, extract_attributions
from sourcetrace.model import CueClass, SourceKind
from sourcetrace.nlp import load_pipeline
from sourcetrace.pipeline import analyze


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The mayor cast her rival as a friend of developers.",
            "cast",
            "her rival as a friend of developers",
        ),
        (
            "The senator portrayed himself as the only honest man in the race.",
            "portrayed",
            "himself as the only honest man in the race",
        ),
        (
            "Critics characterized the plan as a tax hike.",
            "characterized",
            "the plan as a tax hike",
        ),
        ("The union branded the offer as an insult.", "branded", "the offer as an insult"),
        (
            "The coach thanked the fans for their patience.",
            "thanked",
            "the fans for their patience",
        ),
        (
            "Farmers credit the new dam with saving the harvest.",
            "credit",
            "the new dam with saving the harvest",
        ),
        (
            "Donors pressured the senator to drop out of the race.",
            "pressured",
            "the senator to drop out of the race",
        ),
        (
            "The judge ordered the landlord to pay the tenants.",
            "ordered",
            "the landlord to pay the tenants",
        ),
        (
            "The mayor assailed the council for raising fees.",
            "assailed",
            "the council for raising fees",
        ),
        (
            'The mayor referred to the protesters as "thugs."',
            "referred to",
            'the protesters as "thugs."',
        ),
        (
            "Jones referred to her rival as a coward during the debate.",
            "referred to",
            "her rival as a coward",
        ),
        (
            "In a column, the pastor compared the new law to a witch hunt.",
            "compared",
            "the new law to a witch hunt",
        ),
        (
            "The governor compared Smith to a carnival barker.",
            "compared",
            "Smith to a carnival barker",
        ),
        ("She compared herself to Joan of Arc.", "compared", "herself to Joan of Arc"),
        # a challenge to a contest is a demand (the gold README's rule 17 batch)
        ("The mayor challenged her rival to a debate.", "challenged", "her rival to a debate"),
        (
            "The governor has challenged his opponents to three debates.",
            "has challenged",
            "his opponents to three debates",
        ),
        (
            "She challenged him to explain the vote.",
            "challenged",
            "him to explain the vote",
        ),
        # a boast with a clause says it, whatever "boast" does with an object
        (
            "The firm boasted that its phones were the fastest.",
            "boasted",
            "that its phones were the fastest",
        ),
        # played down, downplayed: what it says the object is, as "dismissed X as Y"
        (
            'Last year, the minister played down the remarks as "just campaign talk."',
            "played down",
            'the remarks as "just campaign talk."',
        ),
        (
            "The governor downplayed the audit as a partisan attack.",
            "downplayed",
            "the audit as a partisan attack",
        ),
    ],
)
def test_a_predicating_act_reports_what_it_says_of_its_object(
    text: str, cue: str, content: str
) -> None:
    assert reported(text) == [(cue, [content])]


def test_a_label_put_on_a_relative_pronoun_reports_the_pronoun_and_the_label() -> None:
    text = "She holds a big lead, which her campaign refers to as a firewall."
    assert reported(text) == [("refers to", ["which", "as a firewall"])]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            'In an interview, one senator called Jones "the king of empty promises."',
            "one senator",
            'Jones "the king of empty promises."',
        ),
        (
            'The first mailer called Jones an "arrogant elitist" for his vote.',
            "The first mailer",
            'Jones an "arrogant elitist"',
        ),
        (
            'The council met in June; one member called Smith "the king of empty promises."',
            "one member",
            'Smith "the king of empty promises."',
        ),
    ],
)
def test_a_naming_the_parse_read_as_a_participle_reports_the_label(
    text: str, speaker: str, content: str
) -> None:
    # the parse reads "one senator (who is) called Jones" and leaves the sentence no verb
    found = extract_attributions(load_pipeline()(text), Method.RULES)
    assert [
        (c.speaker.text if c.speaker else None, [s.text for s in c.content]) for c in found
    ] == [(speaker, [content])]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The issue came up in May, when Senator Jones called the governor “the cartel’s best"
            " friend.”",
            "the governor “the cartel’s best friend.”",
        ),
        ("Mr. Smith called Mrs. Brown an ''Uncle Sam.''", "Mrs. Brown an ''Uncle Sam.''"),
        ('The coach called it "a very good game."', 'it "a very good game."'),
        (
            "At a rally on Monday, Smith called Brown, his rival in the race, a “fraud.”",
            "Brown, his rival in the race, a “fraud.”",
        ),
    ],
)
def test_a_quoted_label_the_parse_fused_with_the_one_named_is_what_was_said(
    text: str, content: str
) -> None:
    assert reported(text) == [("called", [content])]


def test_a_participle_naming_a_noun_reports_nothing() -> None:
    text = "Ann Lee, who founded a group called Citizens First, met the mayor on Tuesday."
    assert reported(text) == []


def test_a_predicating_act_is_speech() -> None:
    found = extract_attributions(
        load_pipeline()("The coach thanked the fans for their patience."), Method.RULES
    )
    assert [c.cue_class for c in found] == [CueClass.SPEECH]


def test_a_document_may_portray() -> None:
    text = "The memo characterized the strike as a defensive act."
    assert reported(text) == [("characterized", ["the strike as a defensive act"])]


def test_an_order_frames_a_quote() -> None:
    assert reported('"Step out of the car," an officer ordered.') == [
        ("ordered", ['"Step out of the car,"'])
    ]


@pytest.mark.parametrize(
    "text",
    [
        "She cast her vote early in the morning.",
        "He thanked the crowd and left the stage.",
        "He thanked the crowd for hours.",
        "They ordered pizza for the whole team.",
        "The painters painted the house white.",
        "Rising costs pressured the company to cut jobs.",
        "The scandal cast him as a liar in the eyes of voters.",
        "The general ordered an attack on the city.",
        "The governor ordered flags to be flown at half-staff.",
        "Tea Party groups will pressure House conservatives to join the campaign.",
        "The mayor referred to the budget in her speech.",
        "Jones referred reporters to the police.",
        "The term refers to a kind of tax.",
        'The candidates referred to "ISIS" 44 times.',
        'He mocked her in his tweets and referred to her "scandal."',
        "The report refers to investments intended to create jobs.",
        "He compared prices with those of his rivals.",
        "Sales rose 5 percent compared to last year.",
        "The team compared their simulated galaxies to real-life observations.",
        'She called Smith, a "maverick" senator, on Monday.',
        'They joined a group called Citizens "First" last year.',
        "The lawyers challenged the ruling to the Supreme Court.",
        "The states challenged the rules in court.",
        "The biggest challenge is to win the state.",
        # a goal set oneself: no demand made of anyone
        "The company is challenging itself to run its plants on wind power.",
        "The coach challenged himself to win one more title.",
        # "boast" with an object owns it, and the "as" says what is owned
        "The small town boasts a reputation as a haven for painters.",
        "The firm boasts a record as the fastest builder in the state.",
        # a stance of welcome, an invitation: nothing said
        "The union welcomed the news that the factory would stay open.",
        "The village welcomed the governor to visit in the spring.",
        # a response to others' claims: the claims' clause is theirs, a topic of the response
        "The spokesman responded to claims that he had met the donor twice.",
        "The chief wrote about allegations that officers had hidden the files.",
        "He downplayed the risk of the surgery.",
        "The aide downplayed the significance of raising taxes.",
        "He played down his role.",
        "The band played down the street.",
    ],
)
def test_the_same_verbs_narrating_report_nothing(text: str) -> None:
    assert reported(text) == []


def test_a_noun_spelt_like_a_cue_verb_does_not_frame_a_carried_on_quote() -> None:
    # "order" is a cue verb now; the noun of "in order to" frames nothing
    text = (
        "The general wrote last year of a chance he had to strike the convoy. He decided to "
        "just watch it, in order “to avoid a firefight, and the politics that would follow.”"
    )
    assert [cue for cue, _ in reported(text)] == ["wrote", None]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The mayor took a sharp swipe at Jones.", "took a sharp swipe at", "Jones"),
        (
            "She reserved her harshest criticism for the council and for its chairman.",
            "reserved her harshest criticism for",
            "the council and for its chairman",
        ),
        (
            "He extended that critique to the former governor.",
            "extended that critique to",
            "the former governor",
        ),
        (
            "The union directed its scorn at the new owners.",
            "directed its scorn at",
            "the new owners",
        ),
        ("The senator railed against Smith.", "railed against", "Smith"),
        ("The senator railed against the new tax.", "railed against", "the new tax"),
        (
            "He expressed frustration at the council's failure to act.",
            "expressed frustration at",
            "the council's failure to act",
        ),
        ("The mayor voiced anger over the delay.", "voiced anger over", "the delay"),
    ],
)
def test_criticism_directed_at_a_target_reports_the_target(
    text: str, cue: str, content: str
) -> None:
    assert reported(text) == [(cue, [content])]


@pytest.mark.parametrize(
    "text",
    [
        "The governor took criticism for the delay.",
        "The team earned praise for its defense.",
        "Soldiers turned their fire on the building.",
        "He saved his praise for the end of the speech.",
        "The workers leaned a rail against the wall.",
        "He reserved a table for six.",
        "She extended the deadline to Friday.",
        "She felt frustration at the slow pace of talks.",
        "He expressed frustration.",
    ],
)
def test_criticism_received_or_things_directed_report_nothing(text: str) -> None:
    assert reported(text) == []


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The governor blasted Congress on Friday.", "blasted", "Congress"),
        (
            "The White House also blasted congressional Republicans.",
            "also blasted",
            "congressional Republicans",
        ),
        ("Hartley slammed Smith's campaign.", "slammed", "Smith's campaign"),
        ("The senator assailed Jones at a rally.", "assailed", "Jones"),
        (
            "He attacked the senator's personal life.",
            "attacked",
            "the senator's personal life",
        ),
        (
            "The two rivals attacked each other's plans on taxes.",
            "attacked",
            "each other's plans on taxes",
        ),
    ],
)
def test_an_attack_on_a_name_or_on_someones_own_reports_it(
    text: str, cue: str, content: str
) -> None:
    assert reported(text) == [(cue, [content])]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The governor blasted her rival over his stance on abortion.",
            "blasted",
            "her rival over his stance on abortion",
        ),
        (
            "The mayor attacked the council over its spending.",
            "attacked",
            "the council over its spending",
        ),
        (
            "The senator criticized the governor over the tax plan.",
            "criticized",
            "the governor over the tax plan",
        ),
    ],
)
def test_what_an_attack_is_over_is_what_was_said(text: str, cue: str, content: str) -> None:
    assert reported(text) == [(cue, [content])]


def test_a_time_an_attack_went_on_over_is_not_what_was_said() -> None:
    text = "The senator criticized the governor over the weekend."
    assert reported(text) == [("criticized", ["the governor"])]


@pytest.mark.parametrize(
    "text",
    [
        "The crew blasted the rock with dynamite.",
        "The band blasted music all night.",
        "She slammed the door and left.",
        "The storm ripped the roof off the barn.",
        "The army attacked Mosul at dawn.",
        "Rebels attacked the convoy over the river.",
    ],
)
def test_a_blow_or_a_noise_reports_nothing(text: str) -> None:
    assert reported(text) == []


def test_a_plea_made_with_someone_reports_what_was_asked() -> None:
    text = "Party elders pleaded with the mayor to run for governor."
    assert reported(text) == [("pleaded with", ["the mayor to run for governor"])]


def test_a_plea_with_no_request_reports_nothing() -> None:
    assert reported("Parents pleaded with the school board.") == []


@pytest.mark.parametrize(
    ("text", "kind", "cls"),
    [
        (
            "Senior figures in the party pleaded with him to run for president.",
            SourceKind.ANONYMOUS_PERSON,
            CueClass.SPEECH,
        ),
        (
            "The budget figures showed that the deficit had grown.",
            SourceKind.DOCUMENT,
            CueClass.WRITTEN,
        ),
    ],
)
def test_a_rank_makes_figures_people(text: str, kind: SourceKind, cls: CueClass) -> None:
    found = analyze(text)
    assert [s.kind for s in found.sources] == [kind]
    assert [a.cue_class for a in found.attributions] == [cls]


@pytest.mark.parametrize(
    ("text", "cue", "content", "cls"),
    [
        (
            "Prosecutors recommended that the judge impose a fine.",
            "recommended",
            "that the judge impose a fine",
            CueClass.SPEECH,
        ),
        (
            "State officials have certified that the count was accurate.",
            "have certified",
            "that the count was accurate",
            CueClass.SPEECH,
        ),
        (
            "The senator advocated to raise the tax.",
            "advocated",
            "to raise the tax",
            CueClass.SPEECH,
        ),
        (
            "Auditors uncovered that the fund had lost money.",
            "uncovered",
            "that the fund had lost money",
            CueClass.PERCEPTION,
        ),
    ],
)
def test_a_recommendation_or_a_finding_reports_its_clause(
    text: str, cue: str, content: str, cls: CueClass
) -> None:
    found = extract_attributions(load_pipeline()(text), Method.RULES)
    assert [(c.cue.text if c.cue else None, [s.text for s in c.content]) for c in found] == [
        (cue, [content])
    ]
    assert [c.cue_class for c in found] == [cls]


@pytest.mark.parametrize(
    "text",
    [
        "He recommended the restaurant to his friends.",
        "The board certified the election results.",
        "Police uncovered a cache of weapons.",
    ],
)
def test_a_thing_recommended_certified_or_found_is_no_report(text: str) -> None:
    assert reported(text) == []


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "A new poll shows the mayor leading her rival, 52 percent to 40 percent.",
            "shows",
            "the mayor leading her rival, 52 percent to 40 percent",
        ),
        (
            "The survey showed a sharp drop in support for the plan.",
            "showed",
            "a sharp drop in support for the plan",
        ),
        (
            "Records released by the city documented 40 complaints in the year before the fire.",
            "documented",
            "40 complaints in the year before the fire",
        ),
    ],
)
def test_a_document_shows_the_evidence_it_holds(text: str, cue: str, content: str) -> None:
    assert reported(text) == [(cue, [content])]


@pytest.mark.parametrize(
    "text",
    [
        "She showed the house to the buyers.",
        "His blood work showed high levels of lead.",
        "The ruling shows the court's reluctance to act.",
        "The photo shows a crowd outside the court.",
        "She documented abuses in the prison.",
    ],
)
def test_a_person_a_thing_or_a_picture_showing_something_reports_nothing(text: str) -> None:
    assert reported(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "In the poll, the mayor leads the field with 30 percent.",
            "the mayor leads the field with 30 percent",
        ),
        (
            "In a new survey released Monday, the senator trails by two points.",
            "the senator trails by two points",
        ),
    ],
)
def test_a_sentence_opening_in_a_poll_gives_its_findings(text: str, content: str) -> None:
    found = extract_attributions(load_pipeline()(text), Method.RULES)
    assert [(c.cue.text if c.cue else None, [s.text for s in c.content]) for c in found] == [
        ("In", [content])
    ]
    assert [c.cue_class for c in found] == [CueClass.WRITTEN]


@pytest.mark.parametrize(
    "text",
    [
        "In the report's wake, the mayor resigned.",
        "In Congress, the bill stalled.",
        "In the poll's margin of error, the race is a tie.",
    ],
)
def test_a_sentence_opening_in_a_place_or_a_time_gives_nothing(text: str) -> None:
    assert reported(text) == []


def test_a_poll_respondents_report_is_theirs() -> None:
    text = "In the survey, 40 percent of voters said they would back the tax."
    assert reported(text) == [("said", ["they would back the tax"])]
