"""Candidates that are no report: a stance taken, a topic talked about, a scene not found, a
legal plea, a view another holds and words put into a law (`attribution/objects.py`,
`complements.py`, `clauses.py`, `noun_cues.py`, `cues.py`), on short sentences written for these
tests."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from attribution_support import reported
from sourcetrace.attribution.noun_cues import noun_report
from sourcetrace.methods import Method, extract_attributions
from sourcetrace.nlp import load_pipeline


@pytest.mark.parametrize(
    "text",
    [
        "The senator defended keeping the embargo.",
        "The senator forcefully defended revelations that the agency collects phone records.",
        "The president formally endorsed the governor to succeed him.",
        "The congressman pleaded guilty to charges that he spent campaign cash on himself.",
        "The meeting gave rise to renewed optimism that a deal could be reached.",
        "Two girls who wrote to the mayor about the fire in which their house burned joined him.",
        "The senator talked about the bill that would cut taxes for the rich.",
        "The clerk could not find any examples of the full text of the law actually being read "
        "aloud on the floor.",
        "The rules — “one on roving taps and the other on business records” — were added to the "
        "law in 2001.",
        # a person questioned is interrogated: asked, nothing said
        "After questioning the patient about his sleep, the nurse left the room.",
        "Detectives questioned two neighbors about the fire.",
    ],
)
def test_reports_nothing(text: str) -> None:
    assert reported(text) == []


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The senator defended the program as essential to security.",
            "defended",
            "the program as essential to security",
        ),
        ("The mayor urged the governor to veto it.", "urged", "the governor to veto it"),
        (
            "The senator has talked of the possibility of using force.",
            "has talked of",
            "the possibility of using force",
        ),
        (
            "The senator pointed to cuts that keep the poor from food.",
            "pointed to",
            "cuts that keep the poor from food",
        ),
        ("The audit found the money had been moved.", "found", "the money had been moved"),
        ("“We will win,” she added.", "added", "“We will win,”"),
        (
            "The senators expressed optimism that a deal was near.",
            "expressed optimism",
            "that a deal was near",
        ),
        (
            "The senator questioned the wisdom of the new tariff.",
            "questioned",
            "the wisdom of the new tariff",
        ),
        (
            "The aide said in a statement that the plant was safe.",
            "said in a statement",
            "that the plant was safe",
        ),
    ],
)
def test_the_same_words_still_report(text: str, cue: str, content: str) -> None:
    assert reported(text) == [(cue, [content])]


@pytest.mark.parametrize(
    "text",
    [
        "People will ask you to write posts for them.",
        "They’ll assume that everyone is out of money.",
        "Voters will think that the fund is closed.",
    ],
)
def test_a_foretold_belief_or_speech_to_the_reader_is_no_report(text: str) -> None:
    assert reported(text) == []


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            'The two will discuss "how to build on the work of the campaign."',
            "will discuss",
            '"how to build on the work of the campaign."',
        ),
        (
            "The governor won’t say whether she will run.",
            "won’t say",
            "whether she will run",
        ),
        (
            "The board will tell members that the fund is closed.",
            "will tell",
            "that the fund is closed",
        ),
    ],
)
def test_forecast_speech_of_a_speaker_quoted_words_or_a_refusal_still_report(
    text: str, cue: str, content: str
) -> None:
    assert reported(text) == [(cue, [content])]


@pytest.mark.parametrize(
    "text",
    [
        "Our initial testing suggests that the laptop runs faster.",
        "The data we have been collecting suggests that the fix is working.",
        "Those facts suggest that the rats made the receptors.",
        "Multiple lines of evidence now point to the existence of plumes.",
        "The evidence makes clear that the fire was set.",
        # how someone's words were put is what the writer reads a meaning into
        "But Lee's language in the letter makes clear that she is being careful with the board.",
        "His tone suggests he expects to lose the vote.",
        "The mayor's words made it clear that she would not resign.",
    ],
)
def test_the_writers_own_findings_and_grounds_are_no_source(text: str) -> None:
    assert reported(text) == []


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # the words themselves, and the speaker's own making clear, are still reports
        (
            "The statement by the two senators suggested that the deal was dead.",
            "suggested",
            "that the deal was dead",
        ),
        ("Lee made clear that she would not resign.", "made clear", "that she would not resign"),
    ],
)
def test_a_statement_and_its_speaker_still_report(text: str, cue: str, content: str) -> None:
    assert reported(text) == [(cue, [content])]


def test_a_view_inside_a_saying_is_the_sayings() -> None:
    # the feeling is what she said: no belief of hers apart from the saying (univocal)
    text = (
        "The union called Monday for the director to resign for saying publicly that she feels "
        "the staff is lazy."
    )
    call = "the director to resign for saying publicly that she feels the staff is lazy"
    assert reported(text) == [("called Monday for", [call])]
    said = "The director said she believes the staff is lazy."
    assert reported(said) == [("said", ["she believes the staff is lazy"])]


@pytest.mark.parametrize(
    "text",
    [
        "My toddler revealed that the keys were under the sofa.",
        "My sister insisted that the movie was too long.",
        "My doctor told me that the cast could come off in May.",
        "That promises 355 horsepower and a top speed of 150 mph.",
        "This suggests that the tablet will sell well.",
        "That shows how much the market has changed.",
    ],
)
def test_the_writers_own_people_and_a_pointing_pronoun_are_no_source(text: str) -> None:
    assert reported(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The dashboard indicates that the engine is overheating.",
        "The disclosure of the meeting indicated that talks go on.",
        "New sedans and electric vans highlight the auto show.",
        "The Pixel 4 promises up to 12 hours of battery life.",
        "The new Galaxy S10 promises a brighter screen.",
        "Windows 11 threatens to slow older laptops.",
        "The controller promises faster loading.",
        "The trend suggests a deep distrust of cities.",
        "The app recommends a short workout.",
        "The water reveals traces of lead.",
        "The recipe calls for two cups of flour.",
        "The forecast calls for rain on Sunday.",
        "The game asks players to build a city.",
        "The dashboard lit up, indicating that the engine was hot.",
    ],
)
def test_a_thing_that_shows_or_puts_forward_is_no_source(text: str) -> None:
    assert reported(text) == []


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Court records indicate that he planned a plea.", "indicate", "that he planned a plea"),
        ("Experiments indicate that the drug works.", "indicate", "that the drug works"),
        (
            "The county recommends that residents boil water.",
            "recommends",
            "that residents boil water",
        ),
        ("The actress revealed that she had left.", "revealed", "that she had left"),
        ("The mayor highlighted the cost of the bridge.", "highlighted", "the cost of the bridge"),
        ("Ford promises a cheaper truck.", "promises", "a cheaper truck"),
        ("The nurse suggested that he rest.", "suggested", "that he rest"),
        ("The captain called for calm.", "called for", "calm"),
        ("The city asked residents to leave.", "asked", "residents to leave"),
        ("The plan calls for new schools.", "calls for", "new schools"),
        ("The firm's appeal asks the court to act.", "asks", "the court to act"),
        ("The union called for a strike.", "called for", "a strike"),
        (
            "That view, the senator continued, suggests that cities fail.",
            "suggests",
            "that cities fail",
        ),
    ],
)
def test_documents_findings_and_people_still_show_and_recommend(
    text: str, cue: str, content: str
) -> None:
    assert reported(text) == [(cue, [content])]


def test_a_thing_inside_a_report_lends_its_participle_to_the_reporter() -> None:
    text = (
        "The aide insisted that the matter hardly rose to a scandal, suggesting that rivals "
        "hoped to gain."
    )
    assert ("suggesting", ["that rivals hoped to gain"]) in reported(text)


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        ("Her doctor told her that the cast could come off.", "told", "Her doctor"),
        (
            "Those familiar with the plan said it would pass.",
            "said",
            "Those familiar with the plan",
        ),
        ("The letter that said the plan was dead was unsigned.", "said", "The letter"),
        ("That, the mayor said, was the plan.", "said", "the mayor"),
    ],
)
def test_anothers_people_and_a_relative_that_still_speak(text: str, cue: str, speaker: str) -> None:
    found = extract_attributions(load_pipeline()(text), Method.RULES)
    spoken = [(c.cue.text if c.cue else None, c.speaker.text if c.speaker else None) for c in found]
    assert spoken == [(cue, speaker)]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "A new study suggests that the laptop runs faster.",
            "suggests",
            "that the laptop runs faster",
        ),
        ("Our correspondent said that the port was closed.", "said", "that the port was closed"),
        ("The data suggests that the fix is working.", "suggests", "that the fix is working"),
    ],
)
def test_others_findings_and_the_outlets_people_still_report(
    text: str, cue: str, content: str
) -> None:
    assert reported(text) == [(cue, [content])]


@pytest.mark.parametrize(
    "text",
    [
        "The label has denied Swift’s claims.",
        "Company leaders have denied 'sensational' claims made in a viral post.",
        "Fact-checkers have disputed the campaign's characterization.",
    ],
)
def test_a_dispute_of_anothers_claim_is_the_claimants_not_the_disputers(text: str) -> None:
    assert reported(text) == []


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The police deny accusations of brutality.", "deny", "accusations of brutality"),
        ("The company denied the allegations.", "denied", "the allegations"),
        ("The aide echoed the mayor's concerns.", "echoed", "the mayor's concerns"),
    ],
)
def test_a_dispute_of_an_unowned_claim_or_an_echo_still_reports(
    text: str, cue: str, content: str
) -> None:
    assert reported(text) == [(cue, [content])]


@pytest.mark.parametrize("text", ["He said, she said.", "The aide said he told them."])
def test_a_frame_with_no_words_in_it_is_no_content(text: str) -> None:
    assert reported(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The aide said she agreed.", "she agreed"),
        ("The aide said he told them the truth.", "he told them the truth"),
    ],
)
def test_a_short_clause_that_says_something_is_still_content(text: str, content: str) -> None:
    assert reported(text) == [("said", [content])]


def test_a_wh_word_said_is_no_bare_frame() -> None:
    text = "The senator denied what some have said was a signal of weakness."
    assert [cue for cue, _ in reported(text)] == ["denied"]


@pytest.mark.parametrize(
    "text",
    [
        "We have seen this before: the rebels declared war on the city in 1990.",
        "The critics tried a new line: She does not mean a word of it!",
        "The worries grow with the size of the task: the new mayor would assume office in May.",
    ],
)
def test_a_clause_a_colon_closes_is_no_content_of_the_cue_after_it(text: str) -> None:
    assert all(not content[0].startswith(text[:10]) for _, content in reported(text))


def test_a_clause_a_comma_sets_off_before_the_cue_is_still_its_content() -> None:
    assert reported("There is one rule here: never lie to voters, the mayor said.") == [
        ("said", ["There is one rule here: never lie to voters"])
    ]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            'On Tuesday\'s episode of "The Morning Hour," the senator said she would run.',
            "said",
            "she would run",
        ),
        (
            'Sunday on ABC\'s "This Week," Gov. Jane Doe said the state would appeal.',
            "said",
            "the state would appeal",
        ),
        (
            'On Fox News\' "Nightly," she called on the council to resign.',
            "called on",
            "the council to resign",
        ),
    ],
)
def test_a_quoted_title_in_the_frame_is_no_quotation_said(
    text: str, cue: str, content: str
) -> None:
    assert reported(text) == [(cue, [content])]


@pytest.mark.parametrize(
    "text",
    [
        'In his 2004 book, "Raising a Rich Child," Mr. Baker gave advice on saving.',
        'The actor, who starred in "Big Sky" and "River Town Nights," posted the clip on Friday.',
        'The site spoke with him on the latest episode of its podcast, "Well, That Was Fast."',
        'In her memoir, "Long Road Home," the singer wrote about her mother.',
        "In his 2004 book, ''Make Your Kid a Saver,'' Mr. Baker suggested a budget.",
    ],
)
def test_a_title_the_writer_names_is_nobodys_words(text: str) -> None:
    assert reported(text) == []


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            'Someone in the crowd shouted "President Obama," and the host laughed.',
            "shouted",
            '"President Obama,"',
        ),
        ('"We Will Win," the mayor said.', "said", '"We Will Win,"'),
    ],
)
def test_capitalised_words_said_are_still_a_quotation(text: str, cue: str, content: str) -> None:
    assert reported(text) == [(cue, [content])]


@pytest.mark.parametrize(
    "text",
    [
        "She never made the cuts she promised to make.",
        "The target the city pledged to reach is far off.",
    ],
)
def test_a_relative_head_taken_out_of_the_infinitive_leaves_no_content(text: str) -> None:
    assert reported(text) == []


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The mayor, who pledged to cut taxes, lost.", "pledged", "to cut taxes"),
        ("The day she vowed to fix the roads, it rained.", "vowed", "to fix the roads"),
    ],
)
def test_a_relative_clause_whose_infinitive_is_whole_still_reports(
    text: str, cue: str, content: str
) -> None:
    assert reported(text) == [(cue, [content])]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "Jones was the first senator to call on the mayor to resign.",
            "to call on",
            "the mayor to resign",
        ),
        (
            "He wants a vote in May, a time when many members are asking him to wait.",
            "are asking",
            "him to wait",
        ),
    ],
)
def test_a_relative_cue_with_an_object_of_its_own_still_reports(
    text: str, cue: str, content: str
) -> None:
    assert reported(text) == [(cue, [content])]


def test_a_relative_word_keeps_the_relative_cue() -> None:
    # PolNeAR marks "which | to ignore"; the relative word is the content's, not a gap
    assert [
        cue for cue, _ in reported("Beijing rejected the ruling, which it has vowed to ignore.")
    ] == ["has vowed"]


@pytest.mark.parametrize(
    "text",
    [
        "A group that calls itself Free Valley Media posted the video.",
        "A man calling himself Paul Smith wrote a comment.",
    ],
)
def test_the_name_a_noun_goes_by_is_nothing_said(text: str) -> None:
    assert reported(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The sheriff calls himself the toughest sheriff in the state.",
            "himself the toughest sheriff in the state",
        ),
        ("The mayor, who calls himself a reformer, lost.", "himself a reformer"),
    ],
)
def test_a_label_one_puts_on_oneself_still_reports(text: str, content: str) -> None:
    assert reported(text) == [("calls", [content])]


def test_a_result_clause_hung_after_a_report_noun_is_not_its_content() -> None:
    # "laughed at the senator's remarks so often that she seemed bored": what followed the
    # laughter, not what the senator said; built by hand as the parse reads it in a longer text,
    # with the degree adverb on the noun and the clause on the verb right after the noun phrase
    words = "She laughed at the senator 's remarks so often that she seemed bored .".split()
    deps = "nsubj ROOT prep det poss case pobj advmod advmod mark nsubj ccomp acomp punct"
    doc = Doc(
        load_pipeline().vocab,
        words=words,
        heads=[1, 1, 1, 4, 6, 4, 2, 8, 6, 11, 11, 1, 11, 1],
        deps=deps.split(),
        pos="PRON VERB ADP DET NOUN PART NOUN ADV ADV SCONJ PRON VERB ADJ PUNCT".split(),
        lemmas="she laugh at the senator 's remark so often that she seem bored .".split(),
    )
    assert noun_report(doc[6]) is None


@pytest.mark.parametrize(
    "text",
    [
        "The college declined to comment on reports that the dean had been fired.",
        "The city refused to comment on rumors that the mayor would resign.",
        "The college commented on reports that the dean had been fired.",
    ],
)
def test_a_comment_on_word_going_round_gives_the_word_to_nobody_here(text: str) -> None:
    # the clause is the reports', whoever made them; the comment, made or refused, says nothing
    assert reported(text) == []


def test_a_report_the_cue_was_made_in_is_its_medium_and_the_clause_its_own() -> None:
    text = "The agency said in a report that seizures had doubled."
    assert reported(text, "speaker", "content") == [("The agency", ["that seizures had doubled"])]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The mayor defended the plan, despite the fact that it had failed twice.", []),
        (
            "The lawyers also pointed to the careers of two former mayors as examples of runs "
            "that went ahead, despite the fact that both men were born abroad.",
            [["the careers of two former mayors"]],
        ),
    ],
)
def test_the_writers_concession_after_the_cue_is_not_what_was_said(
    text: str, content: list[list[str]]
) -> None:
    assert [c for (c,) in reported(text, "content")] == content
