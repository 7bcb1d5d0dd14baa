"""Which cue constructions report something (issue 10), on short sentences written for these
tests: what an object-taking cue reports, second reports, misplaced clauses, noun cues."""

from __future__ import annotations

import pytest

from attribution_support import extract, reported
from sourcetrace.attribution.candidate import Candidate
from sourcetrace.model import AttributionType, CueClass


def the_one_report(text: str, cue: str, speaker: str, content: str) -> Candidate:
    """The text's one attribution, checked to have this cue, speaker and single content piece."""
    (cand,) = extract(text)
    assert cand.cue is not None and cand.cue.text == cue
    assert cand.speaker is not None and cand.speaker.text == speaker
    assert [s.text for s in cand.content] == [content]
    return cand


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The minister accused the rebels of burning the crops.",
            "accused",
            "the rebels of burning the crops",
        ),
        (
            "The coach described the loss as a wake-up call.",
            "described",
            "the loss as a wake-up call",
        ),
        (
            "Health officials warned hikers to stay away from the caves.",
            "warned",
            "hikers to stay away from the caves",
        ),
        ("The senator called the plan a disgrace.", "called", "the plan a disgrace"),
        ("The mayor blamed the storm for the delays.", "blamed", "the storm for the delays"),
        ("The driver denied taking the money.", "denied", "taking the money"),
        (
            "The union called for a budget that protects the poor.",
            "called for",
            "a budget that protects the poor",
        ),
        (
            "The embassy rejected reports that the ambassador had resigned.",
            "rejected",
            "reports that the ambassador had resigned",
        ),
    ],
)
def test_an_object_cue_reports_a_predication(text: str, cue: str, content: str) -> None:
    assert reported(text) == [(cue, [content])]


@pytest.mark.parametrize(
    "text",
    [
        "The government welcomed the exchange of prisoners.",
        "The governor defended the budget approved by lawmakers in April.",
        "She testified about a meeting at the ministry.",
        "The stock added more than 2% to begin the week.",
        "The candidate has maintained a steady lead for months.",
        "A spokesman did not respond to inquiries about the call, which the mayor announced.",
    ],
)
def test_a_bare_topic_is_no_report(text: str) -> None:
    assert extract(text) == [], reported(text)


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The driver confessed to the robbery.", "confessed to", "the robbery"),
        ("She admitted to the theft of the van.", "admitted to", "the theft of the van"),
        ("He confessed that he had taken the keys.", "confessed", "that he had taken the keys"),
        ("He admitted to reporters that he was wrong.", "admitted", "that he was wrong"),
        (
            "The driver admitted to threatening the clerk, and hiding the cash in a basket.",
            "admitted to",
            "threatening the clerk, and hiding the cash in a basket",
        ),
    ],
)
def test_owning_up_to_reports_its_object(text: str, cue: str, content: str) -> None:
    assert reported(text) == [(cue, [content])]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The ministry has unveiled a plan to cut solar costs.", "a plan to cut solar costs"),
        ("The firm unveiled plans to build a factory in Ohio.", "plans to build a factory in Ohio"),
    ],
)
def test_a_plan_unveiled_is_announced(text: str, content: str) -> None:
    assert [content for _, (content,) in reported(text)] == [content]


@pytest.mark.parametrize(
    "text",
    [
        "The company unveiled a new phone on Tuesday.",
        "The city unveiled a statue of the mayor.",
        "The startup unveiled its new app, which tracks sleep.",
    ],
)
def test_a_thing_unveiled_is_no_report(text: str) -> None:
    assert extract(text) == [], reported(text)


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Analysts were expecting $2.52 a share.", "were expecting", "$2.52 a share"),
        (
            "Analysts expect revenue of $3 billion for the quarter.",
            "expect",
            "revenue of $3 billion for the quarter",
        ),
    ],
)
def test_a_figure_predicted_is_its_content(text: str, cue: str, content: str) -> None:
    assert reported(text) == [(cue, [content])]


@pytest.mark.parametrize(
    "text", ["Fans expect a lot from the new coach.", "The firm estimated the damage."]
)
def test_an_expectation_with_no_figure_is_no_report(text: str) -> None:
    assert extract(text) == [], reported(text)


@pytest.mark.parametrize("text", ["The hunter was admitted to hospital on Friday."])
def test_a_passive_owns_up_to_nothing(text: str) -> None:
    assert extract(text) == [], reported(text)


@pytest.mark.parametrize(
    "text",
    [
        "So many fans were talking about the new mascot that the team's name trended all day.",
        "Such a crowd was talking about the vote that the clerks closed the doors early.",
        "The mayor would like us to know that the city is on the mend.",
    ],
)
def test_a_result_clause_or_the_objects_own_act_is_no_report(text: str) -> None:
    assert extract(text) == [], reported(text)


@pytest.mark.parametrize(
    "text",
    [
        "So far, the mayor said that the port would reopen in May.",
        "In the talks so far this year, the mayor said that the port would reopen in May.",
    ],
)
def test_so_far_is_a_time_not_a_degree_with_a_result_clause(text: str) -> None:
    assert reported(text) == [("said", ["that the port would reopen in May"])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mayor reiterated that the port would reopen in May.",
            [("reiterated", ["that the port would reopen in May"])],
        ),
        (
            "The mayor disputed the notion that the port had been closed for good.",
            [("disputed", ["the notion that the port had been closed for good"])],
        ),
        (
            "She begged lawmakers not to forget the flooded towns.",
            [("begged", ["lawmakers not to forget the flooded towns"])],
        ),
        (
            "The senator has acknowledged receiving gifts from the builder.",
            [("has acknowledged", ["receiving gifts from the builder"])],
        ),
        ("The mayor later called her answer evasive.", [("later called", ["her answer evasive"])]),
        ("Critics are calling her evasive.", [("are calling", ["her evasive"])]),
    ],
)
def test_more_speech_verbs_and_small_clauses(
    text: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert reported(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ruiz was the second clerk testifying Monday who handled the ballots in March.",
        "The clerk did mention the missing ballots, a prospect Ruiz denied on Monday.",
    ],
)
def test_a_relative_clause_misread_as_content_is_no_report(text: str) -> None:
    assert extract(text) == [], reported(text)


def test_a_cue_verb_the_tagger_took_for_a_noun_still_reports() -> None:
    text = "Members of the board are calling her evasive, and question why she did not reveal it."
    assert reported(text) == [
        ("are calling", ["her evasive"]),
        ("question", ["why she did not reveal it"]),
    ]
    assert [c.asserted for c in extract(text)] == [True, False]  # a question asks, claims nothing


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # the parse gives the noun a subject
        (
            "The campaign gave no figure.\n\nTrump estimates that the rally cost $1 million.",
            "estimates",
            "that the rally cost $1 million",
        ),
        (
            "The mayor wants a recount. But Trump claims that he won the county.",
            "claims",
            "that he won the county",
        ),
        # the parse makes the name the noun's compound
        (
            "Costs rose again in March.\n\nTrump estimates that he spent $2 million on ads.",
            "estimates",
            "that he spent $2 million on ads",
        ),
    ],
)
def test_a_present_the_tagger_took_for_a_plural_noun_still_reports(
    text: str, cue: str, content: str
) -> None:
    (cand,) = extract(text)
    assert cand.cue is not None and cand.cue.text == cue
    assert cand.speaker is not None and cand.speaker.text == "Trump"
    assert [s.text for s in cand.content] == [content]


def test_a_plural_noun_with_a_relative_clause_is_no_report() -> None:
    assert extract("The claims that he made were false.") == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The mayor went on to call the plan absurd.", "went on to call"),
        ("He had also come to realize that the port was lost.", "had also come to realize"),
        ("The mayor took to Twitter to say that the plan was absurd.", "to say"),
    ],
)
def test_a_realizing_head_joins_the_cue_of_its_infinitive(text: str, cue: str) -> None:
    assert [c.cue.text for c in extract(text) if c.cue] == [cue]


def test_asking_someone_if_is_an_unasserted_question() -> None:
    (c,) = extract("The clerks asked a voter if the ballot was signed.")
    assert [s.text for s in c.content] == ["if the ballot was signed"]
    assert not c.asserted


def test_the_act_asked_of_the_object_is_the_askers_report_alone() -> None:
    text = "The coach asked them to say that the team was ready."
    assert reported(text) == [("asked", ["them to say that the team was ready"])]


def test_a_subject_controlled_infinitive_keeps_its_speaker() -> None:
    (c,) = extract("The mayor wanted to say that the city is on the mend.")
    assert c.speaker is not None and c.speaker.text == "The mayor"


def test_a_demand_made_is_its_noun() -> None:
    assert reported("The union called for the repeal of the tax.") == [
        ("called for", ["the repeal of the tax"])
    ]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "Leaders are calling for Rep. Lee to drop out of the race.",
            "are calling for",
            "Rep. Lee to drop out of the race",
        ),
        ("The union pressed for the talks to resume.", "pressed for", "the talks to resume"),
        # the parse hangs the infinitive on the main verb, away from the demand's object
        (
            "She joined a chorus of senators calling for Rep. Ann Lee (D-Vt.) to step down.",
            "calling for",
            "Rep. Ann Lee (D-Vt.) to step down",
        ),
        # no demand: a purpose after what was pleaded for
        ("She pleaded for mercy to save her son.", "pleaded for", "mercy"),
    ],
)
def test_a_request_for_someone_to_act_is_its_for_to_clause(
    text: str, cue: str, content: str
) -> None:
    assert reported(text) == [(cue, [content])]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("She joined a chorus of senators calling for the inquiry to resume.", "She"),
        ("He joined a group of parents urging the board to act.", "He"),
        # no one joins: the group's own words
        ("She read a letter from parents urging the board to act.", "parents"),
    ],
)
def test_who_joins_a_group_speaking_speaks_with_it(text: str, speaker: str) -> None:
    (cand,) = extract(text)
    assert cand.speaker is not None and cand.speaker.text == speaker


@pytest.mark.parametrize(
    "text",
    # not a phrasal request; a purpose, not a clause with a subject of its own
    ["He waited for the rain to stop.", "The coach called a timeout to stop the run."],
)
def test_a_for_to_clause_of_no_request_reports_nothing(text: str) -> None:
    assert reported(text) == []


def test_an_unmade_demand_is_nothing() -> None:
    assert extract("Teachers rallied in the capital to call for better pay.") == []


def test_belief_classes_stay_with_the_lexicon() -> None:
    (cand,) = extract("The farmers feared the river would flood their fields.")
    assert cand.cue_class is CueClass.BELIEF


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mayor said he had read the report and slammed the plan as a fraud.",
            [
                ("said", ["he had read the report"]),
                ("slammed", ["the plan as a fraud"]),
            ],
        ),
        (
            "The coach said that she was proud of the team and reminded reporters that "
            "she had predicted the win.",
            [
                ("said", ["that she was proud of the team"]),
                ("reminded", ["that she had predicted the win"]),
            ],
        ),
    ],
)
def test_a_second_report_inside_the_first_is_its_own(
    text: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert reported(text) == expected


def test_the_speakers_own_circumstance_is_cut() -> None:
    text = "The colonel told lawmakers it was his duty to report the call, as he deflected attacks."
    assert reported(text) == [("told", ["it was his duty to report the call"])]


def test_the_writers_comparison_is_cut() -> None:
    text = "The minister said he flew coach on the trip, as did his deputy when she went to Rome."
    assert reported(text) == [("said", ["he flew coach on the trip"])]


@pytest.mark.parametrize(
    ("text", "cue", "cls"),
    [
        ("Protesters chanted that the mine must close.", "chanted", CueClass.SPEECH),
        ("The agency assured residents that the water was safe.", "assured", CueClass.SPEECH),
        ("Critics decry the ruling as a blow to free speech.", "decry", CueClass.SPEECH),
        ("An officer texted that the convoy had left the base.", "texted", CueClass.WRITTEN),
        ("The candidate is betting that voters want a change.", "is betting", CueClass.BELIEF),
        ("The smugglers knew they were safe in the port.", "knew", CueClass.PERCEPTION),
        ("The coach demanded that the players run laps.", "demanded", CueClass.SPEECH),
    ],
)
def test_cues_from_the_lexicon(text: str, cue: str, cls: CueClass) -> None:
    (cand,) = extract(text)
    assert cand.cue is not None and cand.cue.text == cue
    assert cand.cue_class is cls


@pytest.mark.parametrize(
    "text",
    [
        "He knew the harbor well after ten years there.",
        "It was impossible to know whether the guards had been paid.",
    ],
)
def test_knowing_without_a_stated_clause_is_nothing(text: str) -> None:
    assert extract(text) == [], reported(text)


def test_a_clause_the_parse_hangs_on_the_person_told_is_still_found() -> None:
    text = "The agency assured residents that the water was safe."
    assert reported(text) == [("assured", ["that the water was safe"])]


def test_reported_content_runs_on_to_the_end_of_its_quotation() -> None:
    text = 'The aide told reporters that the mayor "wrote the speech. I only read it aloud."'
    assert reported(text) == [
        ("told", ['that the mayor "wrote the speech. I only read it aloud."'])
    ]


def test_reported_content_takes_the_paragraphs_its_quotation_runs_over() -> None:
    text = (
        "The minister said the deal “gives us hope for a lasting peace.\n"
        "“We see these talks as a first step.”"
    )
    assert reported(text) == [
        (
            "said",
            [
                "the deal “gives us hope for a lasting peace.",
                "“We see these talks as a first step.”",
            ],
        )
    ]


def test_words_between_cue_and_colon_frame_the_quote() -> None:
    text = 'The coach said after the match: "We never gave up on the title."'
    (cand,) = extract(text)
    assert cand.cue is not None and cand.cue.text == "said"
    assert [s.text for s in cand.content] == ['"We never gave up on the title."']


def test_as_x_reports_gives_the_clause_it_opens() -> None:
    text = "As Lena Ortiz reports for the paper, the first cases came to light last week."
    (cand,) = extract(text)
    assert cand.cue is not None and cand.cue.text == "reports"
    assert [s.text for s in cand.content] == ["the first cases came to light last week"]


def test_per_a_named_source() -> None:
    (cand,) = extract("The bacterium, per the WHO, is often found in small mammals.")
    assert cand.cue is not None and cand.cue.text == "per"
    assert cand.speaker is not None and cand.speaker.text == "the WHO"
    assert [s.text for s in cand.content] == ["The bacterium", "is often found in small mammals"]


def test_per_a_unit_is_no_source() -> None:
    assert extract("Diesel now costs five dollars per gallon in the valley.") == []


def test_according_to_a_channel_gives_the_inner_speaker() -> None:
    text = (
        "But according to the radio station, Dr. Lin Bo wrote in a blog post that the couple "
        "had arrived nine days earlier."
    )
    (cand,) = extract(text)
    assert cand.cue is not None and cand.cue.text == "wrote in a blog post"
    assert [s.text for s in cand.content] == ["that the couple had arrived nine days earlier"]


@pytest.mark.parametrize(
    "text",
    [
        "The bishop made clear that the visit was private, according to the wire service.",
        "The bishop made it clear that the visit was private, saying that critics should calm "
        "down, according to the wire service.",
        "The bishop said that the visit was private, saying that critics should calm down, "
        "according to the wire service.",
    ],
)
def test_a_closing_according_to_relays_the_report_it_closes(text: str) -> None:
    # the phrase closes the sentence, wherever the parse hangs it inside the report: the
    # outlet is the channel of the bishop's words, which end before it
    found = extract(text)
    assert {c.speaker.text if c.speaker else None for c in found} == {"The bishop"}
    assert found[0].content[0].text == "that the visit was private"
    assert all("according" not in s.text for c in found for s in c.content)
    assert all(c.cue is not None and c.cue.text != "according to" for c in found)


def test_a_clause_before_the_cue_read_as_an_adverbial_is_still_found() -> None:
    text = "As yet, there is no evidence linking the two cases, the commission said."
    assert reported(text) == [("said", ["As yet, there is no evidence linking the two cases"])]


def test_a_quote_after_a_reported_attribution_in_its_paragraph_is_its_next_piece() -> None:
    text = "The general was “moving around freely” in the city, Hale said. “He felt at home there.”"
    (cand,) = extract(text)
    assert [s.text for s in cand.content] == [
        "The general was “moving around freely” in the city",
        "“He felt at home there.”",
    ]


def test_where_a_quote_was_said_is_not_its_tail() -> None:
    text = "“It is unfair,” said Ana Ruiz, the group's director, to the local paper, which ran it."
    (cand,) = extract(text)
    assert [s.text for s in cand.content] == ["“It is unfair,”"]


def test_pictures_showing_someone_doing_something_are_no_finding() -> None:
    assert extract("The pictures show the senator shaking hands with voters.") == []


def test_a_wh_word_is_no_speaker() -> None:
    text = "Which is not to say that the storm was minor or routine."
    assert extract(text) == [], reported(text)


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "cls"),
    [
        (
            "Many residents have voiced concerns that the plant is leaking.",
            "have voiced concerns",
            "Many residents",
            CueClass.SPEECH,
        ),
        (
            "The captain was under the impression that the storm had passed.",
            "was under the impression",
            "The captain",
            CueClass.BELIEF,
        ),
        (
            "The mayor repeated his claims that the bridge was safe.",
            "claims",
            "his",
            CueClass.SPEECH,
        ),
        (
            "Another criticism among farmers was that the subsidies came too late.",
            "criticism",
            "farmers",
            CueClass.SPEECH,
        ),
        (
            "The senator tried to clarify his comment that the mayor was weak.",
            "comment",
            "his",
            CueClass.SPEECH,
        ),
        (
            "The loss came after the coach's announcement that his wife was ill.",
            "announcement",
            "the coach",
            CueClass.SPEECH,
        ),
    ],
)
def test_noun_cues_with_a_that_clause(text: str, cue: str, speaker: str, cls: CueClass) -> None:
    (cand,) = extract(text)
    assert cand.cue is not None and cand.cue.text == cue
    assert cand.speaker is not None and cand.speaker.text == speaker
    assert cand.cue_class is cls
    assert cand.content[0].text.startswith("that ")


@pytest.mark.parametrize(
    "text",
    [
        "There is concern that the plant is leaking into the river.",
        "The announcement that the plant would close angered the workers.",
        "The comment that he made at the dinner was rude.",
    ],
)
def test_a_noun_cue_without_a_speaker_is_nothing(text: str) -> None:
    assert extract(text) == [], reported(text)


def test_a_relative_pronoun_gives_way_to_its_noun() -> None:
    text = (
        "The letter quotes the council, which wrote several letters to the governor saying "
        "that the budget cannot rely on cuts to the poor."
    )
    (cand,) = extract(text)
    assert cand.cue is not None and cand.cue.text == "saying"
    assert [s.text for s in cand.content] == ["that the budget cannot rely on cuts to the poor"]


def test_to_people_comma_gives_their_view() -> None:
    (cand,) = extract("To farmers in the valley, the government was losing control.")
    assert cand.cue is not None and cand.cue.text == "To"
    assert cand.speaker is not None and cand.speaker.text == "farmers in the valley"
    assert cand.cue_class is CueClass.BELIEF
    assert [s.text for s in cand.content] == ["the government was losing control"]


@pytest.mark.parametrize(
    "text",
    ["To date, the river has not flooded.", "To the north, the hills rise steeply."],
)
def test_to_a_time_or_place_is_no_view(text: str) -> None:
    assert extract(text) == [], reported(text)


def test_seeing_x_as_y_is_a_view() -> None:
    (cand,) = extract("The farmer saw the rain as a blessing for the crops.")
    assert cand.cue_class is CueClass.BELIEF
    assert [s.text for s in cand.content] == ["the rain as a blessing for the crops"]


def test_seeing_a_thing_is_no_view() -> None:
    assert extract("The farmer saw the trucks near the border.") == []


def test_make_it_clear_that() -> None:
    (cand,) = extract("The governor made it clear that she would veto the bill.")
    assert cand.cue is not None and cand.cue.text == "made it clear"
    assert [s.text for s in cand.content] == ["that she would veto the bill"]


def test_claimed_responsibility_for_and_the_writers_relative_clause() -> None:
    text = (
        "The group claimed responsibility for downing the drone, which it said fell near the dam."
    )
    assert reported(text) == [
        ("claimed responsibility for", ["downing the drone"]),
        ("said", ["fell near the dam"]),
    ]


def test_a_perfect_participle_sharing_a_subject_reports() -> None:
    text = "Peru is a vocal critic of the dam and has accused Brazil of diverting the river."
    assert reported(text) == [("has accused", ["Brazil of diverting the river"])]


def test_a_relative_clause_cue_keeps_its_speaker_apart() -> None:
    text = "It was not just some in the agency that felt their hands were tied."
    (cand,) = extract(text)
    assert cand.speaker is not None and cand.speaker.text.endswith("some in the agency")
    assert [s.text for s in cand.content] == ["their hands were tied"]


def test_an_accusation_carries_on_over_a_gerund_and_its_reason() -> None:
    text = (
        "Customers accused the utility of overkill and using blackouts as a crutch because "
        "it failed to fix its lines."
    )
    (cand,) = extract(text)
    assert [s.text for s in cand.content] == [
        "the utility of overkill and using blackouts as a crutch because it failed to fix its lines"
    ]


def test_a_that_clause_after_the_addressees_relative_clause() -> None:
    text = "The president told teachers who filled the lawn that the state should pay them more."
    assert reported(text) == [("told", ["that the state should pay them more"])]


def test_said_with_a_clause_parsed_as_an_object() -> None:
    (cand,) = extract("The unions said more than 15,000 people registered for the rally.")
    assert [s.text for s in cand.content] == ["more than 15,000 people registered for the rally"]


def test_a_second_report_after_a_quote_is_no_tail() -> None:
    text = '"I meant the lobbyists," Hale said, suggesting that they want the land for themselves.'
    assert reported(text) == [
        ("said", ['"I meant the lobbyists,"']),
        ("suggesting", ["that they want the land for themselves"]),
    ]


def test_emerging_to_decry_is_made() -> None:
    (cand,) = extract("Some unlikely allies have emerged to decry the cover as disrespectful.")
    assert cand.asserted
    assert [s.text for s in cand.content] == ["the cover as disrespectful"]


def test_referring_to_a_thing_is_no_report() -> None:
    assert extract("He was referring to the company on whose board the senator sat.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The speaker spoke before lawmakers defending the state budget approved by Republicans "
        "in April that boosted school spending.",
        "The governor defended the budget that raised school spending.",
    ],
)
def test_a_relative_clause_on_a_topic_says_nothing(text: str) -> None:
    assert extract(text) == [], reported(text)


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        (
            "The group has sent the mayor a letter saying he misused the fund.",
            "saying",
            "a letter",
        ),
        (
            'The host began the interview by asking, "What were you talking about?"',
            "asking",
            "The host",
        ),
        (
            "Last week, Katy Perry posted on Twitter accusing Sony Music of blocking her songs.",
            "accusing",
            "Katy Perry",
        ),
        (
            # the parse hangs "calling" on "to release", whose subject is Smith's
            "Smith went after Jones on Monday over his refusal thus far to release his taxes, "
            "calling it “disqualifying.”",
            "calling",
            "Smith",
        ),
    ],
)
def test_who_says_a_participle_or_a_gerund(text: str, cue: str, speaker: str) -> None:
    (cand,) = extract(text)
    assert cand.cue is not None and cand.cue.text == cue
    assert cand.speaker is not None and cand.speaker.text == speaker


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            # the gerund hangs on an infinitive: the subject of the verb that governs it
            "Last week, the mayor tried to defend that remark by saying he keeps a list of every "
            "complaint filed in the city.",
            "the mayor",
            "he keeps a list of every complaint filed in the city",
        ),
        (
            # on a participle of its own, whose subject is the clause's
            "So far, city officials had kept a quiet stance, raising doubts about the plan "
            "while saying the mayor would not sign it before the vote.",
            "city officials",
            "the mayor would not sign it before the vote",
        ),
        (
            "The senator wrote on her campaign blog, ending the long post by saying, “Share this "
            "if you agree.”",
            "The senator",
            "“Share this if you agree.”",
        ),
    ],
)
def test_a_gerund_after_a_preposition_has_the_subject_its_chain_of_verbs_has(
    text: str, speaker: str, content: str
) -> None:
    found = [c for c in extract(text) if c.cue is not None and c.cue.text == "saying"]
    assert [
        (c.speaker.text if c.speaker else None, [s.text for s in c.content]) for c in found
    ] == [(speaker, [content])]


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        (
            "The mayor tried to get the council to approve the budget while saying the city could "
            "not afford delays.",
            "saying",
            "The mayor",
            "the city could not afford delays",
        ),
        (
            # the parse hangs the participle on an infinitive whose object is a document
            "The senator has pushed to get the agency to release the records while requesting "
            "new hearings on the deal.",
            "requesting",
            "The senator",
            "new hearings on the deal",
        ),
        (
            "The union called for the company to rehire the workers, saying the layoffs broke "
            "the contract.",
            "saying",
            "The union",
            "the layoffs broke the contract",
        ),
    ],
)
def test_an_adverbial_on_a_gotten_infinitive_is_the_getters(
    text: str, cue: str, speaker: str, content: str
) -> None:
    # "get X to V": X does V, but a participle or "while"-clause on V is the act of the one who
    # gets, the clause's subject
    found = [c for c in extract(text) if c.cue is not None and c.cue.text == cue]
    assert [
        (c.speaker.text if c.speaker else None, [s.text for s in c.content]) for c in found
    ] == [(speaker, [content])]


@pytest.mark.parametrize(
    "text",
    [
        "The council tried to pass the bill without saying how it would pay for it.",
        "It is impossible to judge the plans, he wrote.\n\nIt is also impossible to judge the "
        "mayor's broader plans without knowing how they would affect him.",
    ],
)
def test_a_gerund_after_without_is_nobodys_report(text: str) -> None:
    assert [c for c in extract(text) if c.cue and c.cue.text in ("saying", "knowing")] == []


def test_the_speakers_next_act_after_a_report_in_the_present_is_the_speakers() -> None:
    # the parse hangs "referred" on the report's "is": its purpose is still the president's
    text = (
        'The union\'s president said that the new ad is "racist" and referred to a simple test '
        "by its founder to explain how they reached that view."
    )
    found = {c.cue.text: c.speaker.text if c.speaker else None for c in extract(text) if c.cue}
    assert found == {"said": "The union's president", "to explain": "The union's president"}


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        (
            # the parse hangs the name on "plea" and leaves the cue no subject
            "As a part of his plea, Daniel Marcus Lee, 37, said that he defrauded nearly 200 "
            "people from his home abroad.",
            "said",
            "Daniel Marcus Lee, 37",
        ),
        (
            "As a part of his plea, Daniel Marcus Lee, 37, has said that he defrauded nearly 200 "
            "people from his home abroad.",
            "has said",
            "Daniel Marcus Lee, 37",
        ),
    ],
)
def test_a_name_with_its_age_before_the_cue_is_its_speaker(
    text: str, cue: str, speaker: str
) -> None:
    the_one_report(text, cue, speaker, "that he defrauded nearly 200 people from his home abroad")


def test_a_hyphened_word_the_parse_split_stays_in_the_speaker() -> None:
    text = '"Titan is strange," said study co-author Anna Petrova, a research fellow.'
    (cand,) = extract(text)
    assert cand.speaker is not None
    assert cand.speaker.text == "study co-author Anna Petrova, a research fellow"


def test_a_dateline_the_parse_made_a_subject_is_not_the_speaker() -> None:
    text = (
        "DENVER, Colo. — Hours before Sam Ortiz’s two-goal game Tuesday, Avalanche coach Jim "
        "Beck expressed confidence in the veteran winger, saying he always finds a way to score."
    )
    # "expressed confidence in ..." and "saying ...": one speaker for both
    speakers = [c.speaker.text if c.speaker else None for c in extract(text)]
    assert speakers == ["Avalanche coach Jim Beck"] * 2


def test_a_party_tag_in_parentheses_keeps_its_closing_parenthesis() -> None:
    text = "Sen. Ann Lee (D-Calif.) said the bill was dead."
    (cand,) = extract(text)
    assert cand.speaker is not None and cand.speaker.text == "Sen. Ann Lee (D-Calif.)"


def test_a_headline_the_parse_ran_into_the_lede_does_not_give_the_speaker() -> None:
    text = (
        "Smith Under Fire\n\nRep. Steve Smith (R-Iowa) said on Tuesday that he would not apologize."
    )
    (cand,) = extract(text)
    assert cand.speaker is not None and cand.speaker.text == "Rep. Steve Smith (R-Iowa)"


def test_what_someone_is_known_for_is_no_report() -> None:
    text = "The envoy was known for telling others that he was in charge."
    assert extract(text) == [], reported(text)


def test_a_dash_before_a_quote_ends_the_reporters_clause() -> None:
    text = 'He has amended his account once — "I now do recall," he said.'
    (cand,) = extract(text)
    assert [s.text for s in cand.content] == ['"I now do recall,"']


def test_a_relative_clause_cues_speaker_stops_before_it_in_a_quote_frame() -> None:
    text = "A colonel who described the call as “improper” testified on Tuesday."
    (cand,) = extract(text)
    assert cand.cue is not None and cand.cue.text == "described"
    assert cand.speaker is not None and cand.speaker.text == "A colonel"
    assert [s.text for s in cand.content] == ["the call as “improper”"]


def test_a_that_clause_hung_on_a_prepositional_phrase() -> None:
    text = "Both hostages claimed at the time that they were being treated well."
    assert reported(text) == [("claimed", ["that they were being treated well"])]


def test_a_relative_clause_on_a_prepositional_phrase_is_no_report() -> None:
    text = "The mayor spoke at the school that the city had closed in March."
    assert extract(text) == [], reported(text)


def test_records_the_parse_reads_as_a_compound_still_speak() -> None:
    text = "The cargo was loaded onto the ship over two nights in October, court records show."
    (cand,) = extract(text)
    assert cand.speaker is not None and cand.speaker.text == "court records"
    assert cand.cue_class is CueClass.WRITTEN


def test_the_speakers_next_act_ends_an_object() -> None:
    text = (
        "He rejected reports that the mayor refused a meeting, pinning it on a scheduling conflict."
    )
    assert reported(text) == [("rejected", ["reports that the mayor refused a meeting"])]


def test_the_speakers_act_after_a_quote_is_no_tail() -> None:
    text = "“We did not lose today,” she said, interrupting reporters at the press conference."
    (cand,) = extract(text)
    assert [s.text for s in cand.content] == ["“We did not lose today,”"]
    assert cand.type is AttributionType.DIRECT


@pytest.mark.parametrize(
    "after",
    [
        "speaking on a morning radio show in Denver",
        "reading a prepared statement to the council",
    ],
)
def test_how_the_quote_was_said_is_no_tail(after: str) -> None:
    # the medium, audience or evidence of the saying, no topic and no words of the speaker's
    text = f"“We will not raise the fares,” the mayor said, {after}."
    (cand,) = extract(text)
    assert [s.text for s in cand.content] == ["“We will not raise the fares,”"]
    assert cand.type is AttributionType.DIRECT


def test_what_the_speaker_cited_after_a_quote_is_a_report_of_its_own() -> None:
    text = "“We will not raise the fares,” the mayor said, citing two recent budget reports."
    found = reported(text)
    assert ("said", ["“We will not raise the fares,”"]) in found
    assert ("citing", ["two recent budget reports"]) in found


def test_a_speech_gloss_after_a_quote_is_a_tail() -> None:
    text = "“I now do recall,” he said, talking to the envoy about the inquiry."
    (cand,) = extract(text)
    assert [s.text for s in cand.content] == [
        "“I now do recall,”",
        "talking to the envoy about the inquiry",
    ]


def test_the_sentence_after_a_quote_closing_on_a_full_stop_is_no_frame() -> None:
    text = (
        "The critics described the plan as “a rationale for cuts.” The critics say that the "
        "rule “calls for local solutions.”"
    )
    found = reported(text)
    assert ("say", ["that the rule “calls for local solutions.”"]) in found
    assert all(cue != "say" or content[0].startswith("that") for cue, content in found)


def test_according_to_closing_a_parenthetical_scopes_it() -> None:
    text = (
        "Given that record -- and the fact that the mayor has made 300 false claims, according "
        "to the local paper -- there is reason to doubt the story."
    )
    (cand,) = extract(text)
    assert cand.cue is not None and cand.cue.text == "according to"
    # the coordinator opening the parenthetical is no more content than a sentence's "But"
    assert [s.text for s in cand.content] == ["the fact that the mayor has made 300 false claims"]


def test_a_clause_coordinated_with_the_cue_on_the_same_pronoun_goes_on() -> None:
    text = "The nurse said she knew him from school, and she was impressed with his record."
    assert reported(text) == [
        ("said", ["she knew him from school, and she was impressed with his record"])
    ]


def test_a_clause_coordinated_with_the_cue_on_another_subject_is_the_writers() -> None:
    text = "The nurse said she knew him from school, and he left the town in May."
    assert reported(text) == [("said", ["she knew him from school"])]


def test_a_quote_after_a_belief_is_no_piece_of_it() -> None:
    belief, quote = extract("Officials feared the dam would fail. “We had no time to waste.”")
    assert [s.text for s in belief.content] == ["the dam would fail"]
    assert quote.continues and quote.cue_class is CueClass.SPEECH


def test_as_you_know_is_a_turn_of_phrase() -> None:
    assert extract("As you know, the bridge is closed until May.") == []


def test_a_clause_before_the_cue_gives_way_to_the_one_after_it() -> None:
    text = (
        "In a statement issued by her lawyers on Monday after court filings indicated she "
        "planned to resign, Lee said she had “no regrets” about the deal."
    )
    assert reported(text) == [
        ("indicated", ["she planned to resign"]),
        ("said", ["she had “no regrets” about the deal"]),
    ]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The mayor left the hall, denying what some have said was a signal that he had quit.",
            "denying",
            "what some have said was a signal that he had quit",
        ),
        (
            "The teachers sent the mayor a letter saying he’s misused the school funds.",
            "saying",
            "he’s misused the school funds",
        ),
    ],
)
def test_a_complement_the_parse_splits_in_two_is_one(text: str, cue: str, content: str) -> None:
    assert reported(text) == [(cue, [content])]


def test_a_cue_the_tagger_reads_as_a_noun_with_a_subject_frames_a_quote() -> None:
    (cand,) = extract('"Where is the money?" the angry voter demands.')
    assert cand.cue is not None and cand.cue.text == "demands"
    assert cand.speaker is not None and cand.speaker.text == "the angry voter"


def test_a_demand_for_a_thing_is_the_thing_demanded() -> None:
    # tests/gold/README.md annotates a demand's noun phrase ("demanding answers")
    assert reported("Protesters demanded the release of the prisoners.") == [
        ("demanded", ["the release of the prisoners"])
    ]


def test_a_line_ending_on_a_cue_and_colon_frames_the_quotation_below() -> None:
    text = "The paper reported:\n\n“The talks ended at noon. Both sides left the city.”"
    (cand,) = extract(text)
    assert cand.cue is not None and cand.cue.text == "reported"
    assert cand.speaker is not None and cand.speaker.text == "The paper"
    assert [s.text for s in cand.content] == [text.split("\n\n")[1]]


def test_a_colon_line_without_a_cue_frames_nothing() -> None:
    assert extract("Here is the full text:\n\n“The talks ended at noon. Both left.”") == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "It is unclear whether the film will go ahead, or if Lee will return — both actors "
            "were said to have left the project in May, according to the trade press.",
            "both actors were said to have left the project in May",
        ),
        (
            "The firm cut 300 jobs — a third of its staff, according to the union.",
            "The firm cut 300 jobs — a third of its staff",
        ),
    ],
)
def test_according_to_after_a_lone_dash_scopes_the_clause_it_ends(text: str, content: str) -> None:
    assert reported(text) == [("according to", [content])]


def test_a_second_report_coordinated_with_a_predication_is_its_own() -> None:
    text = (
        "He admitted he had used the money, calling the charges accurate and saying he had "
        "“no interest in wasting time.”"
    )
    assert reported(text) == [
        ("admitted", ["he had used the money"]),
        ("calling", ["the charges accurate"]),
        ("saying", ["he had “no interest in wasting time.”"]),
    ]
    assert {c.speaker.text for c in extract(text) if c.speaker} == {"He"}


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            'The aide called his rhetoric "well over the line."',
            'his rhetoric "well over the line."',
        ),
        (
            'The senator called the bill "a disgrace to the state."',
            'the bill "a disgrace to the state."',
        ),
    ],
)
def test_a_quoted_name_after_the_object_is_what_calling_predicates(text: str, content: str) -> None:
    assert reported(text) == [("called", [content])]


def test_calling_someone_at_a_time_is_no_report() -> None:
    assert extract("The mayor called the council at noon.") == []


def test_a_clause_coordinated_after_a_cue_between_commas_goes_on() -> None:
    text = "The talks have failed, officials said Sunday, and the troops were leaving the city."
    assert reported(text) == [
        ("said", ["The talks have failed", "and the troops were leaving the city"])
    ]


def test_a_clause_after_a_colon_closing_the_cues_words_is_its_content() -> None:
    text = (
        "Using an encrypted chat platform, an operator quickly texted a simple message to the "
        "pilot from the 3rd Squadron, who was almost 7,500 miles away at a base in Nevada: Hold "
        "the drone above the city."
    )
    assert reported(text) == [("quickly texted", ["Hold the drone above the city"])]


def test_a_list_after_a_colon_is_no_content() -> None:
    assert extract("The mayor mentioned three reasons: cost, time and risk.") == []


def test_a_cue_the_parse_reads_as_an_adjective_on_its_object_still_reports() -> None:
    text = (
        "Over the weekend, Trump assailed Williams as part of the “Never Trumpers” who oppose "
        "his presidency, though there is no sign of it."
    )
    (cand,) = extract(text)
    assert cand.cue is not None and cand.cue.text == "assailed"
    assert cand.speaker is not None and cand.speaker.text == "Trump"
    assert [s.text for s in cand.content] == [
        "Williams as part of the “Never Trumpers” who oppose his presidency"
    ]


@pytest.mark.parametrize(
    "text", ["The widely criticized plan was dropped.", "The Obama-praised plan failed."]
)
def test_a_cue_as_an_adjective_without_a_subject_is_nothing(text: str) -> None:
    assert extract(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The talks have failed, officials said, and police added that the troops had left.",
        "The talks have failed, officials said Sunday, and police added that the troops had left.",
    ],
)
def test_a_second_report_after_a_parenthetical_cue_is_its_own(text: str) -> None:
    assert reported(text) == [
        ("said", ["The talks have failed"]),
        ("added", ["that the troops had left"]),
    ]


def test_what_they_did_after_a_cue_between_commas_is_the_writers() -> None:
    text = "The talks have failed, officials said Sunday, and they left the city."
    assert reported(text) == [("said", ["The talks have failed"])]


def test_a_report_sharing_the_host_clauses_subject_goes_on_with_it() -> None:
    text = (
        "Diplomats knew about the cargo by May, the former official said, but were told that "
        "the navy had “handled it.”"
    )
    assert reported(text) == [
        (
            "said",
            [
                "Diplomats knew about the cargo by May",
                "but were told that the navy had “handled it.”",
            ],
        )
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Without more staff, the nurse said, she feared the ward would close.",
            "the nurse",
            ["Without more staff", "she feared the ward would close"],
        ),
        (
            "Most farmers, the minister said, believe the drought will end soon.",
            "the minister",
            ["Most farmers", "believe the drought will end soon"],
        ),
        (
            "Before the vote, the aide said, the senator knew the bill would fail.",
            "the aide",
            ["Before the vote", "the senator knew the bill would fail"],
        ),
        # right after the belief verb, before its clause
        (
            "He hoped, he said, that the talks would resume.",
            "he",
            ["He hoped", "that the talks would resume"],
        ),
        (
            "She believed, she said, that the deal was fair.",
            "she",
            ["She believed", "that the deal was fair"],
        ),
    ],
)
def test_a_parenthetical_cue_frames_the_belief_it_interrupts(
    text: str, speaker: str, content: list[str]
) -> None:
    # the belief or knowledge is what the parenthetical speaker reports, not a second attribution
    (cand,) = extract(text)
    assert cand.cue is not None and cand.cue.text == "said"
    assert cand.cue_class is CueClass.SPEECH
    assert cand.speaker is not None and cand.speaker.text == speaker
    assert [s.text for s in cand.content] == content


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "In a race shaped by the anger of rural voters, those strategists argued, the "
            "suburbs would decide the outcome.",
            "argued",
            [
                "In a race shaped by the anger of rural voters",
                "the suburbs would decide the outcome",
            ],
        ),
        (
            "If the proposal fails to pass, Smith argues, the city will run short by spring.",
            "argues",
            ["If the proposal fails to pass", "the city will run short by spring"],
        ),
    ],
)
def test_the_lead_the_parse_hangs_on_a_parenthetical_cue_is_the_clauses(
    text: str, cue: str, content: list[str]
) -> None:
    # the parse takes the clause's leading adverbial for the cue's, before its speaker
    assert reported(text) == [(cue, content)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "But to keep the pool open, the mayor said, the town must raise fees.",
            ["to keep the pool open", "the town must raise fees"],
        ),
        ("And the ferry, she said, will run all winter.", ["the ferry", "will run all winter"]),
    ],
)
def test_a_coordinator_opening_the_clause_a_cue_interrupts_is_the_writers(
    text: str, content: list[str]
) -> None:
    assert [c for _, c in reported(text)] == [content]


def test_a_participle_before_a_parenthetical_cue_is_the_sayings() -> None:
    text = "Asked about the plan, Smith said, the council would vote on it in May."
    assert reported(text) == [("said", ["the council would vote on it in May"])]


def test_a_not_only_clause_keeps_its_but_part() -> None:
    text = "The contract stated that it would not only cover the ferry, but the bridge as well."
    (c,) = extract(text)
    assert [p.text for p in c.content] == [
        "that it would not only cover the ferry, but the bridge as well"
    ]
    # without "not only", another party's bare reaction after "but" is the writer's
    (c,) = extract("The mayor said that the ferry was late, but the council disagreed.")
    assert [p.text for p in c.content] == ["that the ferry was late"]


def test_a_negated_alternative_before_the_cue_stays_in_the_content() -> None:
    text = "The usual way the port counts ships is by weight, not by number, a spokesman told us."
    (c,) = extract(text)
    assert [p.text for p in c.content] == [
        "The usual way the port counts ships is by weight, not by number"
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the question put to him: what he was asked about, not what he suggested
        "Asked whether he was suggesting that the mayor lied, the senator smiled and left.",
        "Asked if she believed that the vote was rigged, the governor walked away.",
    ],
)
def test_a_report_inside_a_question_put_to_someone_is_nobodys(text: str) -> None:
    assert reported(text) == []


@pytest.mark.parametrize(
    "text",
    [
        'As Sherlock would say, "Elementary, my dear Watson."',
        "As my grandmother would say, the proof of the pudding is in the eating.",
    ],
)
def test_what_someone_would_say_is_the_writers_turn_of_phrase(text: str) -> None:
    assert reported(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Let's hope the council sees reason before the vote next week.",
        "Let’s hope we see more of his associates testify in court.",
    ],
)
def test_lets_hope_is_the_writer_and_the_reader(text: str) -> None:
    assert reported(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The mayor invited union leaders to discuss a plan to raise wages.",
        "The governor invited reporters to discuss a proposal to close the prison.",
    ],
)
def test_an_infinitive_requested_of_someone_is_no_report_of_theirs(text: str) -> None:
    assert reported(text) == []


def test_a_request_made_keeps_its_infinitive_as_content() -> None:
    text = "The prosecutor asked the jury to find him guilty of all charges."
    assert reported(text) == [("asked", ["the jury to find him guilty of all charges"])]


@pytest.mark.parametrize(
    "text",
    [
        "Officers found her buried in a laundry basket in the closet.",
        "The jury took just ten minutes to find him guilty.",
    ],
)
def test_a_verbless_small_clause_after_a_perception_verb_is_no_finding(text: str) -> None:
    assert reported(text) == []


def test_a_finding_with_a_clause_still_reports() -> None:
    text = "Investigators found that the driver had been drinking."
    assert reported(text) == [("found", ["that the driver had been drinking"])]


def test_a_relative_clause_after_a_comma_closing_a_demand_is_the_writers_gloss() -> None:
    text = "She has called for lifting the sales tax on food, which would have helped the poor."
    assert reported(text) == [("has called for", ["lifting the sales tax on food"])]
    text = "The union called for a budget that protects the poor."
    assert reported(text) == [("called for", ["a budget that protects the poor"])]


def test_a_cue_in_the_clause_on_a_charge_is_the_charge_not_a_report() -> None:
    text = "A man pleaded guilty to charges he threatened to kill the mayor, the office said."
    assert reported(text) == [
        ("said", ["A man pleaded guilty to charges he threatened to kill the mayor"])
    ]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The office said two people were hurt, but added the exact causes of the deaths and "
            "injuries remained unclear.",
            "added",
            "the exact causes of the deaths and injuries remained unclear",
        ),
        (
            "The spokesman added the cause of the fire remained unknown.",
            "added",
            "the cause of the fire remained unknown",
        ),
        ("She told reporters the vote was a mistake.", "told", "the vote was a mistake"),
    ],
)
def test_a_clause_whose_subject_the_parse_made_the_cues_object_keeps_it(
    text: str, cue: str, content: str
) -> None:
    assert (cue, [content]) in reported(text)


@pytest.mark.parametrize(
    "text",
    [
        "The senator also defended his criticism of a requirement that insurers cover the test.",
        "The mayor welcomed the timing of a decision to close two prisons.",
        "The senator defended his handling of a request that the agency release the files.",
    ],
)
def test_an_object_whose_clause_hangs_on_a_noun_inside_it_is_a_topic(text: str) -> None:
    assert reported(text) == []


def test_a_quote_reopened_after_its_cue_and_run_on_to_a_new_cue_is_split_there() -> None:
    text = (
        "Race tightens\n\n"
        '"We will win the county," she said. "We have the votes and the money. And we have the '
        "best team.\n\n"
        '"Nobody works harder than our volunteers," Smith said.'
    )
    assert reported(text) == [
        (
            "said",
            [
                '"We will win the county,"',
                '"We have the votes and the money. And we have the best team.',
            ],
        ),
        ("said", ['"Nobody works harder than our volunteers,"']),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The workers cheered the announcement that the plant would stay open.",
        "The ruling fueled fears that the factory would close.",
    ],
)
def test_a_noun_cue_that_needs_its_own_speaker_takes_no_verbs_subject(text: str) -> None:
    # the workers heard the announcement, the ruling caused the fears: neither made them
    assert extract(text) == [], reported(text)


@pytest.mark.parametrize(
    ("text", "cue", "cls"),
    [
        (
            "The president expressed confidence that the deal would pass.",
            "expressed confidence",
            CueClass.BELIEF,
        ),
        ("Her fear that the party would split proved right.", "fear", CueClass.BELIEF),
        ("He made the announcement that he would run.", "made the announcement", CueClass.SPEECH),
        ("The mayor made the case that taxes must rise.", "made the case", CueClass.SPEECH),
    ],
)
def test_a_light_verb_or_possessor_gives_such_a_noun_its_speaker(
    text: str, cue: str, cls: CueClass
) -> None:
    (cand,) = extract(text)
    assert cand.cue is not None and cand.cue.text == cue
    assert cand.cue_class is cls


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            'The governor was quoted as saying, "The tax is here to stay."',
            "was quoted as saying",
            '"The tax is here to stay."',
        ),
        (
            "The governor has been quoted as saying that the bill would fail.",
            "has been quoted as saying",
            "that the bill would fail",
        ),
    ],
)
def test_quoted_as_saying_is_the_passive_subjects_speech(text: str, cue: str, content: str) -> None:
    found = extract(text)
    assert [(c.cue.text if c.cue else None, [s.text for s in c.content]) for c in found] == [
        (cue, [content])
    ]
    assert found[0].speaker is not None and found[0].speaker.text == "The governor"


def test_known_as_saying_is_no_report() -> None:
    assert extract("The coach was known as saying little at meetings.") == []


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The mayor hinted that the budget would be cut.",
            "hinted",
            "that the budget would be cut",
        ),
        (
            "She speculated that the senator would retire.",
            "speculated",
            "that the senator would retire",
        ),
        ("The senator reaffirmed that she would vote no.", "reaffirmed", "that she would vote no"),
        ("He requested that the vote be delayed.", "requested", "that the vote be delayed"),
        ('An officer shouts, "Open the door!"', "shouts", '"Open the door!"'),
    ],
)
def test_less_common_verbs_of_saying_report(text: str, cue: str, content: str) -> None:
    assert reported(text) == [(cue, [content])]


@pytest.mark.parametrize(
    "text",
    [
        # "requested a table" is a request made, its object what was asked (noun-phrase contents)
        "The crowd shouted at the players.",
        "He whispered something to his aide.",
    ],
)
def test_those_verbs_without_a_clause_or_quote_report_nothing(text: str) -> None:
    assert extract(text) == [], reported(text)


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The governor has repeatedly targeted the mayor for not cutting taxes.",
            "has repeatedly targeted",
            "the mayor for not cutting taxes",
        ),
        (
            "The party also attacked the senator for skipping the vote.",
            "also attacked",
            "the senator for skipping the vote",
        ),
        (
            "The mayor scoffed at the council for wasting money.",
            "scoffed at",
            "the council for wasting money",
        ),
        ("The critics mocked him as a coward.", "mocked", "him as a coward"),
        (
            "The senator blasted the mayor for wasting money.",
            "blasted",
            "the mayor for wasting money",
        ),
        ("He likened the new tax to theft.", "likened", "the new tax to theft"),
        # their own conduct, a possessed noun
        (
            "She berated the senators for their attitude at the hearing.",
            "berated",
            "the senators for their attitude at the hearing",
        ),
        (
            "Critics mocked the mayor for her remarks on crime.",
            "mocked",
            "the mayor for her remarks on crime",
        ),
    ],
)
def test_a_reproach_reports_what_it_holds_against_someone(
    text: str, cue: str, content: str
) -> None:
    assert reported(text) == [(cue, [content])]


@pytest.mark.parametrize(
    "text",
    [
        "The army attacked the town for hours.",
        "Rebels attacked the convoy near the border.",
        "The campaign targeted young voters for months.",
        "The senator scoffed at the idea.",
        "Workers blasted the rock for hours.",
        "The coach blasted the referees for the third time.",
        "He likened the tax.",
    ],
)
def test_a_reproach_verb_without_a_gerund_or_as_reports_nothing(text: str) -> None:
    assert extract(text) == [], reported(text)


@pytest.mark.parametrize(
    "text",
    [
        "His face red, Tom Reed did not speak at all.",
        "His face flushed, Tom Reed spoke briefly.",
    ],
)
def test_a_clause_before_a_clauseless_cue_is_a_circumstance(text: str) -> None:
    assert extract(text) == [], reported(text)
    # a verb that takes a clause still has it fronted
    assert reported("The plan is dead, Tom Reed said.") == [("said", ["The plan is dead"])]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "Mr. Cole called the idea of schools being run by the state “anachronistic.”",
            "called",
            "the idea of schools being run by the state “anachronistic.”",
        ),
        (
            "She also described her role of leading the party as a “great honor” for all.",
            "also described",
            "her role of leading the party as a “great honor” for all",
        ),
    ],
)
def test_a_quoted_predicate_the_parse_hangs_inside_the_object_is_predicated(
    text: str, cue: str, content: str
) -> None:
    assert reported(text) == [(cue, [content])]


def test_an_unquoted_as_inside_the_object_is_the_objects_own() -> None:
    assert extract("She described the role she played as a child.") == []


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The aide criticized such attacks on “character and faith.”",
            "criticized",
            "such attacks on “character and faith.”",
        ),
        (
            "Britain has urged an “end to the violence” in the city.",
            "has urged",
            "an “end to the violence” in the city",
        ),
    ],
)
def test_an_object_quoting_the_speakers_words_is_reported(
    text: str, cue: str, content: str
) -> None:
    assert reported(text) == [(cue, [content])]


@pytest.mark.parametrize(
    "text",
    [
        "The senator mentioned the novel “War and Peace.”",
        "They rejected the “so-called” deal.",
        "They rejected the deal on Monday.",
    ],
)
def test_a_quoted_title_or_scare_word_in_an_object_is_no_report(text: str) -> None:
    assert extract(text) == [], reported(text)


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The senator has talked of the possibility of raising taxes.",
            "has talked of",
            "the possibility of raising taxes",
        ),
        (
            "He criticized the practice of targeting small groups.",
            "criticized",
            "the practice of targeting small groups",
        ),
    ],
)
def test_a_noun_whose_of_takes_a_gerund_is_a_clause(text: str, cue: str, content: str) -> None:
    assert reported(text) == [(cue, [content])]


def test_a_noun_whose_of_takes_a_noun_is_a_topic() -> None:
    text = "The senator has talked of the cost of the program."
    assert extract(text) == [], reported(text)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Neighbors reported hearing gunshots after midnight.", "hearing gunshots after midnight"),
        (
            "Others reported being abruptly logged off the service.",
            "being abruptly logged off the service",
        ),
    ],
)
def test_reported_with_a_gerund_reports_it(text: str, content: str) -> None:
    assert reported(text) == [("reported", [content])]


@pytest.mark.parametrize(
    "text", ["The company reported record profits.", "Police reported a crash on the highway."]
)
def test_reported_with_a_noun_reports_nothing(text: str) -> None:
    assert extract(text) == [], reported(text)


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The county reported its fourth case of measles.",
            "reported",
            "its fourth case of measles",
        ),
        (
            "State officials are reporting a second death linked to the storm.",
            "are reporting",
            "a second death linked to the storm",
        ),
        ("The bakery reported $3 million in sales last year.", "reported", "$3 million in sales"),
        ("Residents are demanding answers from the city.", "are demanding", "answers"),
        (
            "The mayor promised a full inquiry into the fire.",
            "promised",
            "a full inquiry into the fire",
        ),
    ],
)
def test_a_figure_reported_a_demand_or_a_promise_is_its_noun_phrase(
    text: str, cue: str, content: str
) -> None:
    assert [(c, p[0][: len(content)]) for c, p in reported(text)] == [(cue, content)]


@pytest.mark.parametrize(
    "text",
    [
        "The job demands patience.",
        "The new season promises excitement for the fans.",
        "The economic recovery he promised has stalled.",
    ],
)
def test_a_thing_that_demands_or_promises_says_nothing(text: str) -> None:
    assert extract(text) == [], reported(text)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("She apologized for misleading voters.", "misleading voters"),
        (
            "She apologized for the agency's practice of targeting small groups.",
            "the agency's practice of targeting small groups",
        ),
    ],
)
def test_apologizing_for_a_clause_reports_it(text: str, content: str) -> None:
    assert reported(text) == [("apologized for", [content])]


def test_a_reproach_takes_no_clause_the_parse_hangs_on_it() -> None:
    text = "The senator attacked what he calls wage stagnation under the president."
    assert [cue for cue, _ in reported(text)] == ["calls"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ('"We are done with this fight," as one aide put it.', '"We are done with this fight,"'),
        ("As the senator put it, the bill is dead on arrival.", "the bill is dead on arrival"),
    ],
)
def test_as_someone_put_it_reports_the_words(text: str, content: str) -> None:
    assert reported(text) == [("put it", [content])]


@pytest.mark.parametrize(
    "text",
    [
        "She put the book on the shelf before the meeting.",
        "As she put it down, the phone rang in the hall.",
        "As he put it away, his sister left the room.",
    ],
)
def test_putting_things_is_no_speech(text: str) -> None:
    assert extract(text) == [], reported(text)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The union called on Congress to act.", "Congress to act"),
        (
            "The senator called on the president to resign at once.",
            "the president to resign at once",
        ),
    ],
)
def test_calling_on_someone_to_act_reports_the_demand(text: str, content: str) -> None:
    assert reported(text) == [("called on", [content])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The governor called on Tuesday for calm after the riots.", [("called", ["calm"])]),
        (
            "The committee called on Thursday for the chairman to step down.",
            [("called on Thursday for", ["the chairman to step down"])],
        ),
        (
            "The league called on Sunday night for an inquiry into the crash.",
            [("called", ["an inquiry into the crash"])],
        ),
    ],
)
def test_a_day_after_called_on_is_when_not_whom(
    text: str, expected: list[tuple[str, list[str]]]
) -> None:
    # "on Tuesday" tells when the call was made; the call is for what follows "for"
    assert reported(text) == expected


def test_a_phrasal_preposition_predicates_nothing_of_its_own_object() -> None:
    text = "Officials warned of dangers on the road."
    assert extract(text) == [], reported(text)


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "Every morning his editors would say that the story needed more sources.",
            "would say",
            "that the story needed more sources",
        ),
        (
            "As he would later say, the deal was dead on arrival.",
            "would later say",
            "the deal was dead on arrival",
        ),
        ('As she would often say, "Never give up."', "would often say", '"Never give up."'),
    ],
)
def test_a_habit_or_a_later_saying_still_reports(text: str, cue: str, content: str) -> None:
    assert reported(text) == [(cue, [content])]


@pytest.mark.parametrize(
    "text",
    [
        "His blood work showed that his immune system had reacted to feathers.",
        "The ad's success shows that the campaign worked.",
        "Yet the floods have continued, showing that the dams are too weak.",
        "The storms kept coming all week, showing that the forecasts were wrong.",
        "The mayor launched the plan to fix roads, and the plan going viral on its first day "
        "shows that it is a success.",
    ],
)
def test_a_thing_showing_something_is_the_writers_inference(text: str) -> None:
    assert reported(text) == []


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "Court records show that he paid the fine in May.",
            "show",
            "that he paid the fine in May",
        ),
        (
            "A group of Swiss scientists showed that rats use these receptors.",
            "showed",
            "that rats use these receptors",
        ),
        (
            "Breathing tests showed that his lungs could not hold much air.",
            "showed",
            "that his lungs could not hold much air",
        ),
    ],
)
def test_a_document_or_a_finder_still_shows(text: str, cue: str, content: str) -> None:
    assert reported(text) == [(cue, [content])]


def test_make_it_loud_and_clear_that() -> None:
    (cand,) = extract("The governor made it loud and clear that she would veto the bill.")
    assert cand.cue is not None and cand.cue.text == "made it loud and clear"
    assert [s.text for s in cand.content] == ["that she would veto the bill"]


@pytest.mark.parametrize(
    "text",
    [
        "In the wake of the storm, the plan will also focus on housing, Fox News is told.",
        "The mayor was asked whether the bridge would reopen.",
        "Residents were warned that the water was unsafe.",
    ],
)
def test_a_passive_addressee_is_no_speaker(text: str) -> None:
    # the subject of a passive "told" or "asked" was spoken to; who spoke, the sentence leaves out
    assert [c.cue.text for c in extract(text) if c.cue] == []


def test_a_passive_addressee_verb_has_its_by_agent_for_speaker() -> None:
    (found,) = extract("Lee was told by aides that the plan would fail.")
    assert found.speaker is not None and found.speaker.text == "aides"
    assert [s.text for s in found.content] == ["that the plan would fail"]


def test_according_to_inside_a_relative_clause_speaks_for_that_clause() -> None:
    text = (
        "While Lee said that he believes voters will not elect him, he is worried about the "
        "caucus, in which, according to entrance polls, Trump won 44 percent of the vote."
    )
    found = {c.cue.text: [s.text for s in c.content] for c in extract(text) if c.cue}
    assert found["said"] == ["that he believes voters will not elect him"]
    assert found["according to"][-1] == "Trump won 44 percent of the vote"
    assert "Lee" not in " ".join(found["according to"])


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The mayor nodded, intimating that he would run.", "intimating", "that he would run"),
        ("The senator insinuated that Lee had lied.", "insinuated", "that Lee had lied"),
    ],
)
def test_hinting_verbs_report_what_they_hint(text: str, cue: str, content: str) -> None:
    assert reported(text) == [(cue, [content])]


def test_an_examination_shows_as_a_document() -> None:
    (found,) = extract("An examination of the votes shows that the count was wrong.")
    assert found.cue is not None and found.cue.text == "shows"
    assert found.cue_class is CueClass.WRITTEN
    assert [s.text for s in found.content] == ["that the count was wrong"]


@pytest.mark.parametrize("mark", ["while", "whereas", "though", "although"])
def test_a_contrasting_clause_with_its_own_report_ends_the_first(mark: str) -> None:
    text = f"Lee said that taxes would rise, {mark} Ann Cole said they would fall."
    assert reported(text) == [("said", ["that taxes would rise"]), ("said", ["they would fall"])]


@pytest.mark.parametrize("mark", ["while", "though"])
def test_a_contrasting_clause_with_no_report_of_its_own_is_still_the_speakers(mark: str) -> None:
    assert reported(f"Lee said that taxes would rise, {mark} wages stayed flat.") == [
        ("said", [f"that taxes would rise, {mark} wages stayed flat"])
    ]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The mayor condemned the vandalism of the library.",
            "condemned",
            "the vandalism of the library",
        ),
        (
            "The senator praised the efforts of the rescue crews.",
            "praised",
            "the efforts of the rescue crews",
        ),
        (
            "The firm has denied knowledge of any wrongdoing.",
            "has denied",
            "knowledge of any wrongdoing",
        ),
        ("Two officials have confirmed its authenticity.", "have confirmed", "its authenticity"),
        (
            "The pastor decried the use of his sermon in the ads.",
            "decried",
            "the use of his sermon in the ads",
        ),
        ("Her rivals questioned her loyalty.", "questioned", "her loyalty"),
        ("They cited rising violence in the region.", "cited", "rising violence in the region"),
        ("The group disputed claims of bias.", "disputed", "claims of bias"),
        ("The company denied the allegations.", "denied", "the allegations"),
        (
            "The senator ridiculed the governor's plan for the schools.",
            "ridiculed",
            "the governor's plan for the schools",
        ),
        (
            "She highlighted the fragile nature of the new rules.",
            "highlighted",
            "the fragile nature of the new rules",
        ),
        # praise and blame report a name too
        ("The coach praised Maria Lopez.", "praised", "Maria Lopez"),
        ("The mayor criticized Republicans.", "criticized", "Republicans"),
    ],
)
def test_a_speech_act_reports_its_noun_phrase_object(text: str, cue: str, content: str) -> None:
    assert reported(text) == [(cue, [content])]


@pytest.mark.parametrize(
    "text",
    [
        "The coach praised him.",
        "The clerk confirmed it.",
        "The clerk confirmed Maria Lopez.",
        "The report should force lawmakers to condemn the vandalism of the library.",
        "The only witness he confirmed speaking with was his brother.",
        "The mayor did not condemn the vandalism at the library.",
        "The governor defended the budget.",
    ],
)
def test_a_name_a_pronoun_or_a_speech_act_not_made_is_no_noun_report(text: str) -> None:
    assert extract(text) == [], reported(text)


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The mayor apologized for his remarks.", "apologized for", "his remarks"),
        ("Residents complained of poor service.", "complained of", "poor service"),
        (
            "The senator pointed to the rising cost of housing.",
            "pointed to",
            "the rising cost of housing",
        ),
        ("She pointed out two reasons for the delay.", "pointed out", "two reasons for the delay"),
        ("The ambassador has objected to the new law.", "has objected to", "the new law"),
        ("The union pressed for higher wages.", "pressed for", "higher wages"),
        ("Local residents pleaded for a delay in the vote.", "pleaded for", "a delay in the vote"),
        (
            "Critics point to cuts in funding in recent years, and the fact that the state "
            "spent less.",
            "point to",
            "cuts in funding in recent years, and the fact that the state spent less",
        ),
    ],
)
def test_a_phrasal_speech_act_reports_its_noun_object(text: str, cue: str, content: str) -> None:
    assert reported(text) == [(cue, [content])]


@pytest.mark.parametrize(
    "text",
    [
        "He pointed it out.",
        "He objected to both Smith and Jones.",
        "She talked about the new tax rules.",
        "The mayor did not apologize for his remarks.",
        "A man pleaded guilty to threatening the mayor.",
        # a verb with its own object directs it: nothing is said of where
        "The plan is also pointing the country to a very different tax system.",
        "The guide pointed the hikers to a shelter on the ridge.",
    ],
)
def test_a_phrasal_cue_with_a_pronoun_name_or_topic_or_not_made_reports_nothing(text: str) -> None:
    assert extract(text) == [], reported(text)


def test_a_report_inside_a_cited_object_is_the_citers() -> None:
    """Univocal: the study's own report lies inside the dean's content."""
    text = "The dean has cited a study showing Ohio as the state with the lowest raises."
    assert reported(text) == [
        ("has cited", ["a study showing Ohio as the state with the lowest raises"])
    ]


def test_the_speakers_next_act_ends_a_noun_phrase_content() -> None:
    text = (
        "Ms. Lee highlighted the money she and her husband had paid in taxes, while lamenting "
        "what she called a lopsided tax code."
    )
    assert reported(text) == [
        ("highlighted", ["the money she and her husband had paid in taxes"]),
        ("lamenting", ["what she called a lopsided tax code"]),
    ]


def test_the_medium_after_a_noun_phrase_content_is_no_part_of_it() -> None:
    assert reported("The firm denied the claims in a statement posted online.") == [
        ("denied", ["the claims"])
    ]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The officials voiced concerns about the visit.", "voiced concerns about", "the visit"),
        (
            "The coach expressed confidence in the young striker.",
            "expressed confidence in",
            "the young striker",
        ),
        (
            "The banker made dire predictions about the damage to the economy.",
            "made dire predictions about",
            "the damage to the economy",
        ),
        (
            "The judge also offered his doubts about the merits of the case.",
            "offered his doubts about",
            "the merits of the case",
        ),
        (
            "Two jurors expressed qualms about how to weigh the evidence.",
            "expressed qualms about",
            "how to weigh the evidence",
        ),
        (
            "Several scholars are raising concerns about the fairness of the rule.",
            "are raising concerns about",
            "the fairness of the rule",
        ),
    ],
)
def test_a_view_voiced_about_something_is_what_its_preposition_takes(
    text: str, cue: str, content: str
) -> None:
    # tests/gold/README.md, rule 11: the noun and its preposition are in the cue
    (cand,) = extract(text)
    assert cand.cue is not None and cand.cue.text == cue
    assert [s.text for s in cand.content] == [content]
    assert cand.cue_class is CueClass.SPEECH  # voiced, whatever the noun ("doubts")


@pytest.mark.parametrize(
    "text",
    [
        "The senator has concerns about the plan.",
        "The coach expressed his confidence.",
        "The crash raised concerns about the safety of the bridge.",
        "It raised concerns about the future of the club.",
        "The council repeated its opposition to the new law.",
    ],
)
def test_a_view_held_caused_or_about_nothing_or_a_stance_is_no_report(text: str) -> None:
    # a thing raises concerns without saying anything; opposition voiced is a stance
    assert extract(text) == [], reported(text)


def test_a_call_on_someone_made_in_joining_others_is_the_subjects() -> None:
    text = (
        "The governor joined other Republicans in calling on Rep. Ann Lee to give up her bid, "
        "as the congresswoman vowed to stay in the race."
    )
    assert [
        (c.speaker.text if c.speaker else None, c.cue.text if c.cue else None)
        for c in extract(text)
    ] == [
        ("The governor", "calling on"),
        ("the congresswoman", "vowed"),
    ]
    assert reported(text)[0] == ("calling on", ["Rep. Ann Lee to give up her bid"])


def test_a_request_beats_a_clause_the_parse_hangs_after_it() -> None:
    text = (
        "Gov. Ann Lee urged state lawmakers to change a bill sent to her desk a day earlier, in "
        "the face of criticism that it could allow businesses to discriminate."
    )
    assert reported(text) == [
        ("urged", ["state lawmakers to change a bill sent to her desk a day earlier"])
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The new rule passed Monday, denying a candidate a spot on the ballot.",
        "The bill gives the clerk latitude in denying a candidate a spot on the ballot.",
    ],
)
def test_denying_someone_a_thing_withholds_it(text: str) -> None:
    assert extract(text) == [], reported(text)


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Analysts predicted $2.52 a share.", "predicted", "$2.52 a share"),
        (
            "The mayor proposed an initiative to hire more nurses.",
            "proposed",
            "an initiative to hire more nurses",
        ),
        (
            "Residents explained the problems that need to be fixed.",
            "explained",
            "the problems that need to be fixed",
        ),
    ],
)
def test_a_prediction_a_proposal_or_an_explanation_is_its_noun_phrase(
    text: str, cue: str, content: str
) -> None:
    assert reported(text) == [(cue, [content])]


@pytest.mark.parametrize(
    "text",
    [
        "A florist denied service to a gay couple.",
        "The source requested anonymity.",
        "The company reported record profits.",
    ],
)
def test_a_thing_withheld_asked_for_or_reported_as_an_event_is_no_report(text: str) -> None:
    assert extract(text) == [], reported(text)


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The senator took a swipe at the governor's budget.",
            "took a swipe at",
            "the governor's budget",
        ),
        ("The coach heaped praise on the young team.", "heaped praise on", "the young team"),
        ("The mayor threw several jabs at the council.", "threw several jabs at", "the council"),
        ("The senator took a dig at her rival.", "took a dig at", "her rival"),
    ],
)
def test_an_idiom_of_attack_or_praise_reports_its_target(text: str, cue: str, content: str) -> None:
    assert reported(text) == [(cue, [content])]


@pytest.mark.parametrize(
    "text",
    [
        "The soldier took a shot at the target.",
        "The stock took a hit at the open.",
        "The workers began to dig at the site.",
    ],
)
def test_a_shot_or_a_hit_taken_is_no_report(text: str) -> None:
    assert extract(text) == [], reported(text)


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "Amid calls by critics to veto the bill, the governor left town.",
            "calls",
            "to veto the bill",
        ),
        (
            "The senator repeated his call for a recount of the votes.",
            "call",
            "a recount of the votes",
        ),
    ],
)
def test_a_demand_with_a_speaker_of_its_own_reports_what_it_asks(
    text: str, cue: str, content: str
) -> None:
    assert (cue, [content]) in reported(text)


@pytest.mark.parametrize(
    "text", ["She took a call from her mother.", "There were calls to veto the bill."]
)
def test_a_call_with_no_speaker_or_nothing_asked_is_no_report(text: str) -> None:
    assert extract(text) == [], reported(text)


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        ("His promise to build a wall won him votes.", "promise", "His", "to build a wall"),
        (
            "Her vow to raise the minimum wage drew cheers.",
            "vow",
            "Her",
            "to raise the minimum wage",
        ),
        (
            "The caucus's threat to block every bill worried the leaders.",
            "threat",
            "The caucus",
            "to block every bill",
        ),
        (
            "The mayor is under fire for breaking his vow that fares would not rise.",
            "vow",
            "his",
            "that fares would not rise",
        ),
    ],
)
def test_a_commitment_with_a_speaker_of_its_own_reports_what_it_promises(
    text: str, cue: str, speaker: str, content: str
) -> None:
    the_one_report(text, cue, speaker, content)


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        (
            "Officials accepted the auditor's recommendations to hire more inspectors.",
            "recommendations",
            "the auditor",
            "to hire more inspectors",
        ),
        (
            "The panel's recommendation that the city close the plant surprised no one.",
            "recommendation",
            "The panel",
            "that the city close the plant",
        ),
        # one possessor for both coordinated nouns
        (
            "The mayor accepted the auditor's findings and recommendations to hire more staff.",
            "recommendations",
            "the auditor",
            "to hire more staff",
        ),
    ],
)
def test_advice_with_a_speaker_of_its_own_reports_what_it_recommends(
    text: str, cue: str, speaker: str, content: str
) -> None:
    the_one_report(text, cue, speaker, content)


@pytest.mark.parametrize(
    "text",
    [
        # "for" names what someone is recommended for; an adopted recommendation is heard
        "Her recommendation for the job came from her old boss.",
        "The agency adopted the recommendation that it hire more staff.",
        "The auditor's report and the recommendations to hire more staff were adopted.",
    ],
)
def test_advice_with_no_speaker_or_a_post_recommended_for_is_no_report(text: str) -> None:
    assert extract(text) == [], reported(text)


def test_a_challenge_not_made_is_unasserted() -> None:
    (cand,) = extract("The mayor isn't challenging her rival to a debate.")
    assert [s.text for s in cand.content] == ["her rival to a debate"]
    assert not cand.asserted


@pytest.mark.parametrize(
    "text",
    [
        "The plan is a threat to national security.",
        "There was a promise to fix the roads.",
        "The promise of jobs drew workers to the town.",
        "His pledge for a cleaner city drew cheers.",
    ],
)
def test_a_commitment_with_no_speaker_or_nothing_promised_is_no_report(text: str) -> None:
    assert extract(text) == [], reported(text)


def test_ruling_out_is_a_denial_and_not_ruling_out_is_unasserted() -> None:
    assert reported("Police have ruled out foul play.") == [("have ruled out", ["foul play"])]
    (cand,) = extract("He did not rule out the possibility that the photo was his.")
    assert cand.content[0].text == "the possibility that the photo was his"
    assert not cand.asserted


@pytest.mark.parametrize(
    "text",
    [
        "The striker was ruled out for the season.",
        # a decision with no clause decided, a reign, a question settled, a resolve
        "A federal court ruled Friday against the county's voting plan.",
        "The court ruled in favor of the city.",
        "The king ruled the country for forty years.",
        "Aides had determined which of the files were private.",
        "Investigators are trying to determine whether the fire was set.",
        "Early retirement will determine exactly what you need to save.",
        # a ruling still to come, a thing that "rules"
        "It was unclear whether the judges would rule that the mines posed a threat.",
        "It was a state in which class was abolished, equality ruled and all owned land.",
        "She is determined to win the race.",
        "The cause of the fire has not been determined.",
        "He reasoned with the crowd for an hour.",
    ],
)
def test_a_ruling_with_nothing_decided_or_a_player_ruled_out_is_no_report(text: str) -> None:
    assert extract(text) == [], reported(text)


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The court ruled that the law was invalid.",
            "ruled",
            "that the law was invalid",
        ),
        (
            "The commission ruled the senator eligible for the ballot.",
            "ruled",
            "the senator eligible for the ballot",
        ),
        (
            "The mayor will stay in office while the case proceeds, a state judge ruled Tuesday.",
            "ruled",
            "The mayor will stay in office while the case proceeds",
        ),
        (
            "The court ruled that if the plan passes, the city must pay.",
            "ruled",
            "that if the plan passes, the city must pay",
        ),
        (
            "The agency determined that the plant posed no hazard.",
            "determined",
            "that the plant posed no hazard",
        ),
        (
            "The panel rejected the appeal, reasoning that the deadline had passed.",
            "reasoning",
            "that the deadline had passed",
        ),
    ],
)
def test_a_ruling_tells_what_it_decides(text: str, cue: str, content: str) -> None:
    # the gold README's Rule 21 batch: rulings of boards, courts and agencies are `speech`
    assert reported(text, "cue", "content", "class") == [(cue, [content], CueClass.SPEECH)]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "Jane Roe, head of a parents' group, applauded the action by Ohio and Iowa.",
            "applauded",
            "the action by Ohio and Iowa",
        ),
        (
            "The club passed a motion condemning racism within the league.",
            "condemning",
            "racism within the league",
        ),
        ("The speech demanded loyalty among his allies.", "demanded", "loyalty among his allies"),
        # a time or a medium after the object is the act's own
        ("She condemned the attack on Monday.", "condemned", "the attack"),
        ("She condemned the attack in a statement.", "condemned", "the attack"),
    ],
)
def test_a_nouns_own_phrase_the_parse_hangs_on_the_verb_stays_with_the_object(
    text: str, cue: str, content: str
) -> None:
    assert reported(text) == [(cue, [content])]


@pytest.mark.parametrize(
    "text",
    [
        # the parse makes "have cleared" a clause coordinated with "denies", with no subject
        "The firm denies any role in the spill and multiple state investigations have cleared it "
        "of blame.",
        # the parse makes it a relative clause on "role"
        "Most of the bombers were Saudi citizens, but the Saudi government denies any role in "
        "the bombings and multiple U.S. government investigations have cleared it of wrongdoing.",
    ],
)
def test_a_clause_after_and_ends_a_noun_phrase_content(text: str) -> None:
    (cand,) = extract(text)
    assert (
        cand.content[0].text.startswith("any role in the") and " and " not in cand.content[0].text
    )


def test_echoing_someones_words_reports_them() -> None:
    assert reported("The mayor echoed the governor's sentiments.") == [
        ("echoed", ["the governor's sentiments"])
    ]
    assert reported("She echoed his concerns about the budget.") == [
        ("echoed", ["his concerns about the budget"])
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Echoing the reaction to the law, the governor has faced pressure.",
        "The sound echoed through the hall.",
    ],
)
def test_echoing_what_is_no_ones_words_is_no_report(text: str) -> None:
    assert extract(text) == [], reported(text)


@pytest.mark.parametrize(
    "text",
    [
        "The mayor vowed to cut fares. The governor echoed that pledge.",
        "Two senators praised the plan. Other members echoed those remarks.",
        "The aide echoed the same point.",
    ],
)
def test_an_echo_pointing_back_to_words_already_given_is_no_new_report(text: str) -> None:
    assert all(cue != "echoed" for cue, _ in reported(text)), reported(text)


@pytest.mark.parametrize(
    "text",
    ["In case that fails, the council will vote again.", "The case that the court heard was old."],
)
def test_a_case_no_one_made_is_no_report(text: str) -> None:
    assert extract(text) == [], reported(text)


def test_a_passive_reproach_is_its_agents() -> None:
    text = "Ms. Lee has been criticized by Republicans for saying little about the trade deal."
    (cand,) = extract(text)
    assert cand.speaker is not None and cand.speaker.text == "Republicans"
    assert [s.text for s in cand.content] == ["Ms. Lee", "for saying little about the trade deal"]


def test_a_passive_reproach_with_no_agent_names_no_one() -> None:
    assert extract("The senator was condemned for his remarks.") == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The mayor is accused by critics of hiding the report.",
            "critics",
            ["The mayor", "of hiding the report"],
        ),
        (
            "The mayor was blamed by residents for the delays.",
            "residents",
            ["The mayor", "for the delays"],
        ),
        (
            "The coach was credited by the players with turning the team around.",
            "the players",
            ["The coach", "with turning the team around"],
        ),
    ],
)
def test_a_passive_accusation_or_credit_is_its_agents(
    text: str, speaker: str, content: list[str]
) -> None:
    (cand,) = extract(text)
    assert cand.speaker is not None and cand.speaker.text == speaker
    assert [s.text for s in cand.content] == content


@pytest.mark.parametrize(
    "text",
    ["The base was attacked by militias.", "The mayor was accused of hiding the report."],
)
def test_a_passive_attack_or_an_accusation_with_no_agent_reports_nothing(text: str) -> None:
    assert extract(text) == [], reported(text)


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        (
            "The mayor expressed disbelief that the governor would win.",
            "expressed disbelief",
            "The mayor",
            "that the governor would win",
        ),
        (
            "The mayor quit the race, expressing worry he would split the vote.",
            "expressing worry",
            "The mayor",
            "he would split the vote",
        ),
        (
            "Voters who have already expressed fear that he will raise taxes are angry.",
            "expressed fear",
            "Voters",
            "that he will raise taxes",
        ),
        (
            "The coach voiced regret that he had benched the captain.",
            "voiced regret",
            "The coach",
            "that he had benched the captain",
        ),
    ],
)
def test_any_noun_voiced_with_its_clause_reports_the_clause(
    text: str, cue: str, speaker: str, content: str
) -> None:
    the_one_report(text, cue, speaker, content)


@pytest.mark.parametrize(
    "text",
    [
        "The mayor expressed concerns he shares with the council.",
        "The mayor expressed concerns that were raised by residents.",
        "The mayor expressed interest in the project.",
    ],
)
def test_a_noun_voiced_with_a_relative_clause_or_none_reports_no_clause(text: str) -> None:
    assert extract(text) == [], reported(text)


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        (
            "The senator was the first Republican to call on Smith to withdraw from the race.",
            "to call on",
            "The senator",
            "Smith to withdraw from the race",
        ),
        (
            "She was the only one to say the plan would fail.",
            "to say",
            "She",
            "the plan would fail",
        ),
        (
            "The paper was first to report that the mayor would resign.",
            "to report",
            "The paper",
            "that the mayor would resign",
        ),
    ],
)
def test_an_infinitive_on_a_rank_after_be_is_the_subjects_report(
    text: str, cue: str, speaker: str, content: str
) -> None:
    assert the_one_report(text, cue, speaker, content).asserted


@pytest.mark.parametrize(
    "text",
    ["It was the best time to call on the governor.", "He was the right man to say it."],
)
def test_an_infinitive_on_a_noun_that_ranks_nothing_reports_nothing(text: str) -> None:
    assert extract(text) == [], reported(text)


def test_a_subject_the_parse_made_the_predicate_of_an_asked_opener_still_reports() -> None:
    text = (
        "Asked in the interview how serious his bid is, Trump, who would have to leave his firm,"
        ' said, "I always take things seriously."'
    )
    (found,) = extract(text)
    assert found.cue is not None and found.cue.text == "said"
    assert found.speaker is not None and found.speaker.text.startswith("Trump")
    assert [s.text for s in found.content] == ['"I always take things seriously."']


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "In the court papers, prosecutors and lawyers for both men said they would proceed.",
            "they would proceed",
        ),
        (
            "In the filed papers, doctors and nurses at the clinic said the ward would close.",
            "the ward would close",
        ),
    ],
)
def test_a_subject_the_parse_ran_into_the_opening_phrase_still_reports(
    text: str, content: str
) -> None:
    assert reported(text) == [("said", [content])]


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        (
            "Several lawmakers have spoken out against the new curfew.",
            "have spoken out against",
            "Several lawmakers",
            "the new curfew",
        ),
        (
            "Dozens of teachers are speaking out against the bill.",
            "are speaking out against",
            "Dozens of teachers",
            "the bill",
        ),
        ("The senator lashed out at Jane Doe.", "lashed out at", "The senator", "Jane Doe"),
    ],
)
def test_an_outburst_criticizes_what_its_preposition_takes(
    text: str, cue: str, speaker: str, content: str
) -> None:
    # "spoke out against X", "lashed out at X": criticism, a name too, as "railing against X"
    the_one_report(text, cue, speaker, content)


@pytest.mark.parametrize(
    "text",
    [
        "The mayor spoke against a backdrop of flags.",
        "The governor came out against the bill.",
        "He lashed out, kicking the door.",
        "The storm lashed the coast.",
    ],
)
def test_without_out_or_with_no_object_there_is_no_outburst(text: str) -> None:
    # "came out against X" states a stance (tests/gold/README.md, rule 11)
    assert extract(text) == [], reported(text)


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("The audit recommended two new inspectors.", "The audit", "two new inspectors"),
        (
            "The mayor recommended closing the pool early.",
            "The mayor",
            "closing the pool early",
        ),
        (
            "The panel recommended armed staff to guard the doors.",
            "The panel",
            "armed staff to guard the doors",
        ),
        (
            "The mayor recommended closing the pool; hiring a guard; and fixing the gate.",
            "The mayor",
            "closing the pool; hiring a guard; and fixing the gate",
        ),
    ],
)
def test_a_recommendation_is_what_it_proposes(text: str, speaker: str, content: str) -> None:
    # as "proposed": its noun phrase, gerund or object's infinitive, and a semicolon list of
    # gerunds goes on with the first
    the_one_report(text, "recommended", speaker, content)


def test_a_gerund_after_a_semicolon_with_a_subject_after_it_is_no_list_item() -> None:
    text = "The board proposed cutting the budget; ignoring the advice, the mayor vetoed it."
    assert reported(text) == [("proposed", ["cutting the budget"])]


def test_an_idioms_target_ends_before_a_relative_clause_set_off_after_it() -> None:
    # "whom he called ..." is a report of its own, not part of what the jabs were aimed at
    text = "The mayor threw several jabs at the governor, whom she called a coward."
    assert ("threw several jabs at", ["the governor"]) in reported(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quoted term inside the speaker or a fronted phrase is no quotation of the speaker
        (
            '"We never gave up," the "Glee" singer said on the show.',
            [("said", ['"We never gave up,"'])],
        ),
        (
            'For "best results", the company recommends charging the battery overnight.',
            [("recommends", ["charging the battery overnight"])],
        ),
        (
            'On the radio show "Morning Talk," he called on the council to resign.',
            [("called on", ["the council to resign"])],
        ),
        # a quoted object of a content-object cue is read with the rest of its predication
        (
            'The mayor blamed "greed" for the budget troubles of the city.',
            [("blamed", ['"greed" for the budget troubles of the city'])],
        ),
        (
            'The senator criticized "lies" that she was going to quit the race.',
            [("criticized", ['"lies" that she was going to quit the race'])],
        ),
        # a short quotation set off from the frame is the speaker's words
        ('"Absolutely," she said.', [("said", ['"Absolutely,"'])]),
        ('Then, "absolutely not," he said.', [("said", ['"absolutely not,"'])]),
        ('He called the plan "a disaster."', [("called", ['the plan "a disaster."'])]),
    ],
)
def test_short_quoted_term_is_no_quotation(text: str, expected: list) -> None:
    assert reported(text) == expected


def test_quoted_subject_is_no_content() -> None:
    # '"skeptics" have demanded': the quotation is who speaks, never what is said
    assert all(
        '"skeptics"' not in pieces
        for _, pieces in reported('But "skeptics" have demanded more proof of the claim.')
    )


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ('"Meh," wrote a fan who runs the account.', '"Meh,"'),
        ('"Savage," she said, meaning he is bold.', '"Savage,"'),
    ],
)
def test_short_quotation_set_off_is_the_words_said(text: str, quote: str) -> None:
    # the frame's comma makes the quotation what was said, whatever the parse hangs it on
    assert reported(text)[0][1][0] == quote


@pytest.mark.parametrize(
    "text",
    [
        "The show was neither as bad as the critics thought it would be.",
        "The cost was higher than the agency feared it would be.",
        "The bridge fell, as engineers had warned it would.",
        "He walked into the last place anyone would expect him to.",
    ],
)
def test_gapped_comparison_reports_nothing(text: str) -> None:
    # the writer's comparison with an expectation: its verb phrase left out, nothing stated
    assert reported(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Asked whether the deal was dead, the minister said it was not.", "it was not"),
        ("Asked if he would run, he said he would.", "he would"),
        # a relative clause whose pronoun is the speaker answers too
        ("The plan came from the mayor, who said it was.", "it was"),
    ],
)
def test_answer_ellipsis_stays_a_report(text: str, content: str) -> None:
    assert [pieces for _, pieces in reported(text)] == [[content]]


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        (
            "The mayor shot back that the audit was wrong.",
            "shot back",
            "The mayor",
            "that the audit was wrong",
        ),
        (
            '"Read the report," the senator fired back.',
            "fired back",
            "the senator",
            '"Read the report,"',
        ),
        ('"Sit down," the coach barked.', "barked", "the coach", '"Sit down,"'),
        ('"Not now," the clerk snapped.', "snapped", "the clerk", '"Not now,"'),
        (
            "The judge sounded off on the new tariff.",
            "sounded off on",
            "The judge",
            "the new tariff",
        ),
        ("The actor sounded off on Jane Doe.", "sounded off on", "The actor", "Jane Doe"),
    ],
)
def test_a_retort_or_a_curt_voice_reports_its_words(
    text: str, cue: str, speaker: str, content: str
) -> None:
    # "shot back that", "barked", "sounded off on X": speech in an idiom of attack or of voice
    the_one_report(text, cue, speaker, content)


@pytest.mark.parametrize(
    "text",
    [
        "The guard shot the lock off the gate.",
        "Prices shot back up in the spring.",
        "Police fired back at the gunman.",
        "The company fired two managers.",
        "The dog barked all night.",
        "The sergeant barked orders at the recruits.",
        "A branch snapped under the snow.",
        "The siren sounded across the valley.",
    ],
)
def test_a_gun_a_rise_or_a_noise_is_no_retort(text: str) -> None:
    # without "back" or "off", or without a quote, these verbs tell of guns, prices and dogs
    assert extract(text) == [], reported(text)


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The preacher extols the virtues of thrift.", "extols", "the virtues of thrift"),
        (
            "The lawyer kept impugning the witness's memory.",
            "impugning",
            "the witness's memory",
        ),
        ("The senator disparaged the new rules.", "disparaged", "the new rules"),
        ("The author scorns modern architecture.", "scorns", "modern architecture"),
    ],
)
def test_praise_or_blame_in_one_verb_reports_what_it_is_said_of(
    text: str, cue: str, content: str
) -> None:
    assert reported(text) == [(cue, [content])]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The mayor asked for patience from commuters.", "asked for", "patience from commuters"),
        (
            "The lawyer asked for the hearing to be delayed.",
            "asked for",
            "the hearing to be delayed",
        ),
        (
            "The governor has requested federal aid for the flooded towns.",
            "has requested",
            "federal aid for the flooded towns",
        ),
        ("The chairman asks for an audit of the fund.", "asks for", "an audit of the fund"),
        ("The envoy urged restraint on both sides.", "urged", "restraint on both sides"),
    ],
)
def test_a_request_reports_what_was_asked_for(text: str, cue: str, content: str) -> None:
    # requests with a noun-phrase object (tests/gold/README.md: "asked for compassion")
    assert reported(text) == [(cue, [content])]


@pytest.mark.parametrize(
    "text",
    [
        "The reporter asked for comment.",
        "The aide asked for anonymity.",
        "The aide requested an interview with the mayor.",
        "She never got the loan she asked for.",
        "The senator asked for him by name.",
    ],
)
def test_what_reporter_and_source_ask_of_each_other_is_no_report(text: str) -> None:
    # a request for comment, anonymity or an interview says nothing of the story; a relative
    # head or a person asked for has no content
    assert extract(text) == [], reported(text)


@pytest.mark.parametrize(
    "text",
    [
        "The network said the owners left because of the way he has criticized the town.",
        '"We cannot stay here because of the way he has criticized our town," the owner said.',
    ],
)
def test_a_cue_in_a_restrictive_relative_clause_is_within_the_report(text: str) -> None:
    # "the way he has criticized the town" says which way: the owners' or network's words, not
    # a report of his of its own
    assert [cue for cue, _ in reported(text)] == ["said"]


@pytest.mark.parametrize(
    "text",
    [
        "After the tape came out, the nation learned that the senator had lied.",
        "The American public knows that the mayor has lied many times.",
        "The world learned that the treaty had been signed in secret.",
    ],
)
def test_a_whole_people_knowing_a_fact_is_the_writers_claim(text: str) -> None:
    assert reported(text) == []


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        (
            "The researchers showed that the drug lowered blood pressure.",
            "The researchers",
            "showed",
            "that the drug lowered blood pressure",
        ),
        (
            "The jury found that the driver had been speeding.",
            "The jury",
            "found",
            "that the driver had been speeding",
        ),
        (
            "Officials in the ministry learned that the budget was short.",
            "Officials in the ministry",
            "learned",
            "that the budget was short",
        ),
    ],
)
def test_people_who_found_or_learned_something_still_report(
    text: str, speaker: str, cue: str, content: str
) -> None:
    the_one_report(text, cue, speaker, content)
