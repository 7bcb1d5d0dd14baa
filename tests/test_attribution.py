"""Attribution extraction on short passages written for these tests."""

from __future__ import annotations

import sys

import pytest

from attribution_support import extract
from sourcetrace.attribution.candidate import Candidate
from sourcetrace.attribution.quotes import find_quotations
from sourcetrace.methods import Method, MissingExtraError, extract_attributions
from sourcetrace.model import AttributionType, CueClass
from sourcetrace.nlp import load_pipeline

DIRECT, INDIRECT, MIXED = AttributionType.DIRECT, AttributionType.INDIRECT, AttributionType.MIXED


def only(text: str) -> Candidate:
    found = extract(text)
    assert len(found) == 1, [(c.cue, c.content) for c in found]
    return found[0]


def contents(c: Candidate) -> list[str]:
    return [s.text for s in c.content]


def test_quote_then_said_name() -> None:
    c = only("“The harbor will reopen in May,” said Mara Tellen, the port director.")
    assert c.type is DIRECT
    assert contents(c) == ["“The harbor will reopen in May,”"]
    assert c.cue is not None and c.cue.text == "said"
    assert c.speaker is not None and c.speaker.text == "Mara Tellen, the port director"


def test_inverted_indefinite_speaker() -> None:
    c = only("“Nobody expected the flood,” recalled a former city engineer.")
    assert c.speaker is not None and c.speaker.text == "a former city engineer"
    assert c.cue is not None and c.cue.text == "recalled"


def test_speaker_before_colon_quote() -> None:
    c = only("The mayor said: “We will rebuild every bridge.”")
    assert c.type is DIRECT
    assert c.speaker is not None and c.speaker.text == "The mayor"
    assert contents(c) == ["“We will rebuild every bridge.”"]


def test_quote_interrupted_by_cue_is_one_attribution() -> None:
    c = only("“We tried everything,” he said. “Nothing worked.”")
    assert contents(c) == ["“We tried everything,”", "“Nothing worked.”"]
    assert c.speaker is not None and c.speaker.text == "he"


def test_quote_over_two_paragraphs() -> None:
    text = (
        "“The first winter was the hardest,” said Ilse Varga. “We had no heating at all.\n\n"
        "“By spring the school had reopened.”"
    )
    c = only(text)
    assert len(c.content) == 3
    assert c.content[1].text == "“We had no heating at all."
    assert c.content[2].text == "“By spring the school had reopened.”"


def test_closed_quote_paragraph_continues_previous_speaker() -> None:
    text = (
        "“The plan is sound,” said Ilse Varga, a council member.\n\n"
        "“Every district gets a clinic within two years.”"
    )
    first, second = extract(text)
    assert first.speaker is not None and first.speaker.text == "Ilse Varga, a council member"
    assert second.continues and second.cue is None and second.speaker is None
    assert contents(second) == ["“Every district gets a clinic within two years.”"]


def test_nested_quote_stays_inside() -> None:
    c = only("“He told me, ‘Leave now,’ and I did,” said the driver.")
    assert contents(c) == ["“He told me, ‘Leave now,’ and I did,”"]


def test_straight_quotes() -> None:
    c = only('"The vote was fair," the commissioner said.')
    assert contents(c) == ['"The vote was fair,"']
    assert c.speaker is not None and c.speaker.text == "the commissioner"


def test_reported_speech_with_that() -> None:
    c = only("The minister said that the budget would be cut by a tenth.")
    assert c.type is INDIRECT
    assert contents(c) == ["that the budget would be cut by a tenth"]
    assert c.speaker is not None and c.speaker.text == "The minister"


def test_told_the_listener_comma_quote() -> None:
    c = only("Tom Ruiz told the port board, “We feared the worst. It came.”")
    assert c.cue is not None and c.cue.text == "told"
    assert c.speaker is not None and c.speaker.text == "Tom Ruiz"
    assert contents(c) == ["“We feared the worst. It came.”"]


def test_a_second_cue_before_a_whole_quotation_makes_it_direct() -> None:
    found = extract("Ada Brandt said she never used the word and added, “I cringe when I hear it.”")
    added = next(c for c in found if c.cue is not None and c.cue.text == "added")
    assert contents(added) == ["“I cringe when I hear it.”"]
    assert added.type is DIRECT


def test_the_subject_of_a_chain_of_conjoined_verbs_speaks() -> None:
    c = only("Ada Brandt stormed back, leaned into him and said, “Let me be clear to you.”")
    assert c.speaker is not None and c.speaker.text == "Ada Brandt"
    assert contents(c) == ["“Let me be clear to you.”"]


def test_a_paragraph_ending_on_a_colon_frames_the_quote_below_it() -> None:
    found = extract(
        "Tom Ruiz spoke first.\n\nThe Daily Ledger reports:\n\n“The mayor will resign.”"
    )
    assert [(c.speaker.text if c.speaker else None, contents(c)) for c in found] == [
        ("The Daily Ledger", ["“The mayor will resign.”"])
    ]
    assert extract("Here is the list:\n\n“Apples”") == []


def test_a_statement_issued_before_a_colon_frames_the_quote_below_it() -> None:
    (c,) = extract("The port board issued a brief statement:\n\n“The cranes are safe.”")
    assert c.cue is not None and c.cue.text == "issued a brief statement"
    assert c.speaker is not None and c.speaker.text == "The port board"
    assert c.cue_class is CueClass.WRITTEN


def test_told_reporters() -> None:
    c = only("Ortega told reporters the talks had collapsed on Tuesday.")
    assert c.cue is not None and c.cue.text == "told"
    assert contents(c) == ["the talks had collapsed on Tuesday"]


def test_parenthetical_cue_after_clause() -> None:
    c = only("The factory will close next year, a company spokeswoman said.")
    assert c.type is INDIRECT
    assert contents(c) == ["The factory will close next year"]
    assert c.speaker is not None and c.speaker.text == "a company spokeswoman"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "According to court records, the firm paid no tax in 2019.",
            "the firm paid no tax in 2019",
        ),
        (
            "The firm paid no tax in 2019, according to court records.",
            "The firm paid no tax in 2019",
        ),
    ],
)
def test_according_to_either_side(text: str, content: str) -> None:
    c = only(text)
    assert c.cue is not None and c.cue.text.lower() == "according to"
    assert c.speaker is not None and c.speaker.text == "court records"
    assert contents(c) == [content]


def test_mixed_reported_speech_with_quoted_fragment() -> None:
    c = only("The governor said the plan was “dead on arrival” in the legislature.")
    assert c.type is MIXED
    assert c.content[0].text.startswith("the plan was “dead on arrival”")


def test_quoted_fragment_before_cue_is_mixed() -> None:
    c = only("The commander was “untouchable” in the capital, the analyst said.")
    assert c.type is MIXED
    assert c.content[0].text.startswith("The commander was “untouchable”")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # what the quote was about: the writer's gloss, no words of the speaker's
        ('"You have been named too, Maria," Lopez said, referring to the tabloid story.', []),
        # a label put on it: the speaker's
        (
            '"They are thugs," Lopez said, referring to the protesters as criminals.',
            ["referring to the protesters as criminals"],
        ),
    ],
)
def test_referring_after_a_quote_names_its_topic(text: str, content: list[str]) -> None:
    c = only(text)
    assert contents(c) == [text.split(" Lopez")[0], *content]


def test_wrote_on_social_media() -> None:
    c = only("“We never had the nerve,” retired Adm. Lena Voss wrote on LinkedIn.")
    assert c.cue is not None and c.cue.text == "wrote"
    assert c.speaker is not None and c.speaker.text == "retired Adm. Lena Voss"


def test_scare_quote_without_cue_is_not_an_attribution() -> None:
    assert extract("The so-called “peace dividend” never arrived in the valley towns.") == []


def test_a_headlines_name_and_colon_is_no_attribution() -> None:
    # a colon alone is no cue (tests/gold/README.md, rule 14)
    for headline in (
        "Poll: Voters in the valley favor the new bridge",
        "Ada Brandt: Harbor Decision 'Defies Explanation,' Needs More Review",
        "Ada Brandt: ‘The Bridge Is Not A Radical Idea’",
    ):
        text = f"{headline}\nThe poll was taken in March, and Brandt spoke on Friday.\n"
        assert all(c.cue is None or c.cue.text != ":" for c in extract(text)), headline


def test_headline_kicker_is_not_a_speaker() -> None:
    text = "Exclusive: The inside story of the bridge deal\nThe deal was signed in March.\n"
    assert all(c.cue is None or c.cue.text != ":" for c in extract(text))


def test_offsets_round_trip() -> None:
    text = "Intro line.\n“It is over,” said Ada Brandt. Brandt said the club would fold."
    for c in extract(text):
        for span in (*c.content, c.cue, c.speaker):
            if span is not None:
                assert text[span.start : span.end] == span.text


def test_unclosed_quote_without_continuation_runs_to_paragraph_end() -> None:
    text = "“This is unfinished, said nobody\nNext paragraph."
    (q,) = find_quotations(text)
    assert text[q.start : q.end] == "“This is unfinished, said nobody"
    assert not q.pieces[0].closed


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ('He said, “we should go," the office said. She left.', ['“we should go,"']),
        ('“He said "go," and left,” she said.', ['“He said "go," and left,”']),
        ('“It was 6" tall,” she said.', ['“It was 6" tall,”']),
    ],
)
def test_a_straight_mark_typed_for_a_curly_closer_closes(text: str, quoted: list[str]) -> None:
    assert [text[q.start : q.end] for q in find_quotations(text)] == quoted


def test_cue_keeps_auxiliaries_and_channel() -> None:
    c = only("The senator has also said in a statement that the bill would fail.")
    assert c.cue is not None and c.cue.text == "has also said in a statement"
    assert contents(c) == ["that the bill would fail"]


def test_parenthetical_cue_inside_clause() -> None:
    c = only("But to prevent problems, he said, local officials should be vigilant.")
    # the sentence's opening "But" is the writer's link (tests/gold/README.md)
    assert contents(c) == ["to prevent problems", "local officials should be vigilant"]
    assert c.speaker is not None and c.speaker.text == "he"


def test_an_opening_nor_stays_in_the_clause_a_parenthetical_cue_interrupts() -> None:
    # "Nor" negates what was said ("will the city pay" would ask); "But" only links
    c = only("Nor, the mayor said, will the city pay for the repairs.")
    assert contents(c) == ["Nor", "will the city pay for the repairs"]


def test_phrasal_cue_with_object_content() -> None:
    c = only("The union has called for the complete repeal of the tax.")
    assert c.cue is not None and c.cue.text == "has called for"
    assert contents(c) == ["the complete repeal of the tax"]


def test_action_verbs_are_not_cues() -> None:
    assert extract("He was actively supporting the militias in the north.") == []


def test_cue_inside_a_quote_is_not_a_second_attribution() -> None:
    text = "Officials would “meet the leaders and say, ‘Stop the attacks,’” recalled Tom Ruiz."
    c = only(text)
    assert c.cue is not None and c.cue.text == "recalled"
    assert c.speaker is not None and c.speaker.text == "Tom Ruiz"
    assert c.type is MIXED


def test_straight_marks_are_ignored_where_curly_ones_are_used() -> None:
    text = '"Intro stray mark.\n\n“It was over,” said Ada Brandt.'
    c = only(text)
    assert contents(c) == ["“It was over,”"]


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ('"We will win,” Ada Brandt tweeted.', '"We will win,”'),
        ('“We will win," she said. “Soon.”', '“We will win,"'),
        ('“Dance" was the word, and “jump” too.', '“Dance"'),
    ],
)
def test_a_straight_mark_pairs_with_a_curly_one(text: str, quoted: str) -> None:
    found = [text[q.start : q.end] for q in find_quotations(text)]
    assert found[0] == quoted


def test_straight_marks_after_the_last_curly_one_pair_up() -> None:
    c = only('“The pool opens in May," Ann Cole said. "Bring a towel."')
    assert contents(c) == ['“The pool opens in May,"', '"Bring a towel."']
    # an odd one out is an inch mark, and opens nothing
    text = '“The pool opens in May," Ann Cole said. It is 6" deep.'
    assert [text[q.start : q.end] for q in find_quotations(text)] == ['“The pool opens in May,"']


def test_a_straight_quote_left_open_runs_on_where_curly_marks_are_used() -> None:
    text = (
        "“Hello,” she said.\n"
        '"We owe nothing," the club said. "We have worked hard.\n'
        '"We saw progress," the club concluded.'
    )
    quoted = [[text[p.start : p.end] for p in q.pieces] for q in find_quotations(text)]
    assert quoted[1:] == [
        ['"We owe nothing,"'],
        ['"We have worked hard.', '"We saw progress,"'],
    ]


def test_a_quote_a_straight_mark_opened_closes_on_one_before_a_later_curly_closer() -> None:
    # the second quote opens straight and closes curly; the first must not run into it
    text = '"It is risky," Ann Cole said, according to AP. "We will not do it.”'
    c = only(text)
    assert c.speaker is not None and c.speaker.text == "Ann Cole"
    assert contents(c) == ['"It is risky,"', '"We will not do it.”']


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        (
            "“We will rebuild. She added: “The port opens in May.”",
            ["“We will rebuild. She added:", "“The port opens in May.”"],
        ),
        (
            "“We will rebuild. She said, “The port opens in May.”",
            ["“We will rebuild. She said,", "“The port opens in May.”"],
        ),
        # a nested opener with closers for both, or with no frame before it, stays inside
        ("“She told me: “Go home,” and left,” Ann said.", ["“She told me: “Go home,” and left,”"]),
        ("“It was a “farce” again\nNext paragraph.", ["“It was a “farce” again"]),
    ],
)
def test_a_framed_curly_opener_ends_a_quote_whose_closer_was_never_typed(
    text: str, quoted: list[str]
) -> None:
    assert [text[q.start : q.end] for q in find_quotations(text)] == quoted


def test_a_report_after_a_quote_left_unclosed_is_found() -> None:
    text = "Lee said the board had “given us a plan. He added: “We will not worry about it.”"
    assert ("added", ["“We will not worry about it.”"]) in [
        (c.cue.text if c.cue else None, contents(c)) for c in extract(text)
    ]


def test_a_straight_mark_nested_in_a_curly_quote_stays_inside() -> None:
    text = '“He said "no" to it,” said Ada Brandt.'
    assert [text[q.start : q.end] for q in find_quotations(text)] == ['“He said "no" to it,”']


def test_a_straight_quote_nested_in_a_straight_quote_stays_inside() -> None:
    c = only(
        '"By dodging a deal she once called a "gold standard," Ann Hale shows why voters doubt '
        'her," Tom Reed said.'
    )
    assert contents(c) == [
        '"By dodging a deal she once called a "gold standard," Ann Hale shows why voters doubt '
        'her,"'
    ]
    assert c.speaker is not None and c.speaker.text == "Tom Reed"


def test_a_closer_typed_with_a_space_still_closes_a_straight_quote() -> None:
    text = '"We won the seat, "he said. The count ended at noon.'
    assert [text[q.start : q.end] for q in find_quotations(text)] == ['"We won the seat, "']


def test_answered_frames_the_answer_not_the_question() -> None:
    found = extract(
        "“Would it work?” Tom Reed pressed.\n\n"
        "“I would say this,” Ann Hale answered. “We will find a fair system.”"
    )
    answer = found[-1]
    assert answer.speaker is not None and answer.speaker.text == "Ann Hale"
    assert contents(answer) == ["“I would say this,”", "“We will find a fair system.”"]
    assert extract("Ann Hale answered questions from reporters for an hour.") == []


def test_two_apostrophes_as_quotation_marks() -> None:
    c = only("''This isn't tax reform,'' said Dana Holt, an economist. ''It's a tax increase.''")
    assert contents(c) == ["''This isn't tax reform,''", "''It's a tax increase.''"]
    assert c.speaker is not None and c.speaker.text == "Dana Holt, an economist"


def test_a_straight_pair_before_the_first_curly_mark_is_a_quote() -> None:
    c = only('"We tried everything. It was not enough," he said. “Nothing worked.”')
    assert contents(c) == ['"We tried everything. It was not enough,"', "“Nothing worked.”"]


def test_two_closing_single_marks_close_a_curly_quotation() -> None:
    c = only("“It was an attempt to mislead,’’ the chief told the BBC. “It is wrong.”")
    assert contents(c) == ["“It was an attempt to mislead,’’", "“It is wrong.”"]
    text = "The board warned that “voters are owed clarity.’’ Later, it said it has “no role.’’"
    assert [contents(c) for c in extract(text)] == [
        ["that “voters are owed clarity.’’"],
        ["it has “no role.’’"],
    ]


def test_phrasal_cue_with_a_gap() -> None:
    c = only("Reyes, the former commander, wrote last year of a chance to end the siege.")
    assert c.cue is not None and c.cue.text == "wrote"
    assert contents(c) == ["a chance to end the siege"]
    assert c.speaker is not None and c.speaker.text == "Reyes, the former commander"


def test_content_takes_the_closing_quote_mark() -> None:
    c = only("The senator said the tweets were “unhinged, even for him.”")
    assert contents(c) == ["the tweets were “unhinged, even for him.”"]


def test_quote_interrupted_mid_sentence_shares_its_cue() -> None:
    c = only("“If he thinks that is smart,” the narrator says, “what does he think of you?”")
    assert contents(c) == ["“If he thinks that is smart,”", "“what does he think of you?”"]


def test_second_quote_with_trailing_words_is_the_same_attribution() -> None:
    c = only("“I was told no,” he said. “There was no appetite for it” in the ministry.")
    assert contents(c) == ["“I was told no,”", "“There was no appetite for it”"]


def test_continuation_after_reported_speech() -> None:
    text = "The minister said that the port would stay closed.\n\n“Nobody knew how long.”"
    first, second = extract(text)
    assert first.type is INDIRECT
    assert second.continues and contents(second) == ["“Nobody knew how long.”"]


def test_a_quote_below_a_paragraph_of_narration_is_not_the_speaker_above() -> None:
    text = (
        "The mayor said that the bridge would reopen in May.\n"
        "Engineers from the state inspected the piers last week.\n"
        "“Nobody should cross it before the summer.”"
    )
    assert [contents(c) for c in extract(text)] == [["that the bridge would reopen in May"]]


def test_a_quote_after_a_sentence_opening_its_paragraph_is_not_the_speaker_above() -> None:
    text = (
        "“The plan is sound,” said Ilse Varga, a council member.\n\n"
        "Her rival on the council spent the evening at a rally in the harbor district. "
        "“Nobody believes a word of it.”"
    )
    assert [contents(c) for c in extract(text)] == [["“The plan is sound,”"]]


def test_a_quote_below_a_quoted_paragraph_left_open_still_continues() -> None:
    # The middle paragraph's straight mark opens a quote the next paragraph reopens: her words,
    # not the writer's, though the marks do not pair in a text of curly ones.
    text = (
        "The council member wrote about the plan on her page, and said that it was “sound.”\n"
        '"Every district gets a clinic in the first year. Nobody has to drive for an hour.\n'
        '"The rest follow within two years."'
    )
    first, second = extract(text)
    assert first.speaker is not None and first.speaker.text == "The council member"
    assert second.continues and contents(second) == ['"The rest follow within two years."']


def test_lone_quote_paragraph_far_from_any_speaker_is_dropped() -> None:
    text = "“A slogan on a wall.”\n\nThe town was quiet."
    assert extract(text) == []


def test_according_to_outranks_a_verb_nested_in_its_clause() -> None:
    text = (
        "After officials concluded that the dam was safe, there was no inspection, "
        "according to a former engineer."
    )
    c = only(text)
    assert c.cue is not None and c.cue.text == "according to"


def test_asked_is_not_the_subjects_cue() -> None:
    assert extract("Asked whether Renwick would testify, she declined to comment.") == []


def test_transcript_lines() -> None:
    text = (
        "Debate transcript\nKAINE: We will raise wages for working families.\n"
        "PENCE: Well, look, that plan raises taxes.\n"
    )
    first, second = extract(text)
    assert first.speaker is not None and first.speaker.text == "KAINE"
    assert second.cue is not None and second.cue.text == ":"
    assert contents(second) == ["Well, look, that plan raises taxes"]


def test_labels_that_are_not_speakers() -> None:
    text = "Intro\nUpdate: the bridge reopened on Tuesday morning.\nNote: times are local.\n"
    assert extract(text) == []


def test_a_pages_field_labels_are_no_speakers() -> None:
    text = (
        "Phone review\nPRICE: $299 for the base model today.\n"
        "VERDICT: A great phone for most people.\nBATTERY LIFE: Twelve hours of heavy use.\n"
    )
    assert extract(text) == []


def test_quoted_transcript_lines_outrank_reported_speech_inside_them() -> None:
    text = (
        "Partial transcript as follows:\n\n"
        '"WALLACE: Let me ask you about the debate tomorrow night.\n\n'
        '"PENCE: Well, look, Hillary Clinton apparently thinks this is a reality show.\n'
    )
    first, second = extract(text)
    assert first.speaker is not None and first.speaker.text == "WALLACE"
    assert second.speaker is not None and second.speaker.text == "PENCE"
    assert second.type is DIRECT
    assert contents(second) == [
        "Well, look, Hillary Clinton apparently thinks this is a reality show"
    ]


@pytest.mark.parametrize("dash", ["―", "—", "–", "--"])
def test_quote_credited_by_a_dash(dash: str) -> None:
    c = only(f"“The new bridge changed my commute completely.” {dash} Dana Okafor, a nurse\n")
    assert c.type is DIRECT
    assert c.cue is not None and c.cue.text == dash
    assert c.speaker is not None and c.speaker.text == "Dana Okafor, a nurse"
    assert contents(c) == ["“The new bridge changed my commute completely.”"]


def test_a_dash_before_lower_case_words_credits_nobody() -> None:
    assert extract("“The vote is close.” — and it may stay that way for weeks.\n") == []


def test_headline_content_stops_at_its_line() -> None:
    c = only("Mayor says the harbor will reopen\n\nWork on the quay began in March")
    assert contents(c) == ["the harbor will reopen"]


def test_dash_glued_to_the_closing_mark_credits_too() -> None:
    c = only("“The new bridge changed my commute completely.”― Dana Okafor\n")
    assert c.speaker is not None and c.speaker.text == "Dana Okafor"
    assert c.cue is not None and c.cue.text.endswith("―")


def test_minilm_without_its_extra_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "sourcetrace.learned.minilm", None)  # as if torch were absent
    with pytest.raises(MissingExtraError, match=r"needs the minilm extra .*pip install"):
        extract_attributions(load_pipeline()("“Yes,” she said."), Method.MINILM)


@pytest.mark.parametrize(
    "text",
    [
        "“We filed the bill on Monday,” said the senator on the floor on Tuesday, “however, "
        "nobody voted.”",
        "“The plant will close,” the mayor said at a meeting in the town hall, “and the jobs "
        "will go.”",
        # what it was said of, a relative clause and all
        "“I cannot say how these people voted,” he said of voters whose rights were restored, "
        "“but I know that they made an investment in their town.”",
    ],
)
def test_a_quote_interrupted_by_its_cue_and_the_cues_circumstance_is_one_attribution(
    text: str,
) -> None:
    (c,) = extract(text)
    assert len(c.content) == 2 and c.content[1].text.startswith("“")
