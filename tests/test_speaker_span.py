"""Speaker spans (`attribution/speaker.py`) on short made-up sentences: the speaker's noun phrase,
no more and no less."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from sourcetrace import analyze
from sourcetrace.attribution.speaker import antecedent, typed_dash
from sourcetrace.model import SourceKind
from sourcetrace.nlp import load_pipeline


def speakers(text: str) -> list[str]:
    return [a.speaker.text for a in analyze(text).attributions if a.speaker is not None]


def test_a_speaker_never_crosses_a_paragraph_break() -> None:
    # the parse hangs the closing quote mark of the paragraph before on "Ryan"
    text = (
        '"He looks forward to affirming our commitment to the poor, which does not mean bigger '
        'government."\n\nRyan, who was raised on benefits after his father died, defended his '
        'budget, saying that the plan is merely "following through on policy" that has support.'
    )
    assert set(speakers(text)) == {"Ryan, who was raised on benefits after his father died"}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Even Lee said that the plan would cost too much.", "Lee"),
        (
            "Ann Lee, who grew up in Ohio, also on Sunday defended the plan, saying that it "
            "would pay for itself.",
            "Ann Lee, who grew up in Ohio",
        ),
        # a focus adverb inside the speaker's own relative clause stays
        ("Ann Lee, who also served in the Navy, said the ship was late.", None),
    ],
)
def test_focus_adverbs_are_no_part_of_the_speaker(text: str, speaker: str | None) -> None:
    assert speakers(text)[0] == (speaker or "Ann Lee, who also served in the Navy")


def test_the_relative_clause_holding_the_cue_is_left_out() -> None:
    text = "The memo came from a career Army officer who said that the call was improper."
    assert speakers(text) == ["a career Army officer"]
    quoted = "The hearing follows the testimony of four officials, including a career Navy officer "
    assert speakers(quoted + "who called the plan “improper.”") == ["a career Navy officer"]


def test_relative_who_takes_the_person_not_the_place_or_body_it_hangs_on() -> None:
    place = "The plan came from Ann Lee, a candidate in Ohio's 16th District, who said it was."
    assert speakers(place) == ["Ann Lee, a candidate in Ohio's 16th District"]
    quoted = "“We lost,” said Tom Reed, a Democrat from Ohio's Ninth District, who said it was not."
    assert speakers(quoted)[1] == "Tom Reed, a Democrat from Ohio's Ninth District"
    # a person named in the phrase is the one meant
    named = "The plan was drafted by the wife of Tom Reed, who said it would pass."
    assert speakers(named) == ["Tom Reed"]
    # nothing to climb to past the phrase's own head
    members = "The plan was backed by the members of the Dayton Council, who said it would pass."
    assert speakers(members) == ["the members of the Dayton Council"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The ruling also drew the ire of Judge Ann Lee who said the law was clear.",
            "Judge Ann Lee",
        ),
        ("The law drew the wrath of Gov. Ann Lee who said it went too far.", "Gov. Ann Lee"),
    ],
)
def test_who_on_a_thing_is_the_person_named_right_before_it(text: str, speaker: str) -> None:
    # the parse hangs "who said" on "ire" / "wrath": a feeling says nothing, its person does
    assert speakers(text) == [speaker]


def test_an_e_mail_is_one_word_its_sender_whole_and_itself_a_document() -> None:
    sent = "Tom Reed, the mayor's spokesman, e-mailed to remind staff that the vote was set."
    assert speakers(sent) == ["Tom Reed, the mayor's spokesman"]
    analysis = analyze("An e-mail to the staff warned that the vote was set.")
    assert [s.kind for s in analysis.sources] == [SourceKind.DOCUMENT]


def test_a_name_the_parse_split_into_two_subjects_is_joined() -> None:
    text = (
        "The commission holds a hearing on Wednesday.\n"
        "In a letter calling for the meeting, CPUC President Marybel Batjer said that the "
        "outages endanger lives."
    )
    analysis = analyze(text)
    # "a letter calling for the meeting" is the letter's own call (a written attribution)
    (attribution,) = [a for a in analysis.attributions if a.cue and a.cue.text == "said"]
    assert attribution.speaker is not None
    assert attribution.speaker.text == "CPUC President Marybel Batjer"
    source = next(s for s in analysis.sources if s.id == attribution.source)
    assert (source.name, source.kind) == ("Marybel Batjer", SourceKind.NAMED_PERSON)


def test_a_dateline_is_no_part_of_the_speaker() -> None:
    text = (
        "OSLO -- The Nordic Space Agency says sleeping crews could make long flights easier.\n"
        "LIMA (Reuters) – Top mining investor Ana Ruiz said on Friday that the mine would open."
    )
    assert speakers(text) == ["The Nordic Space Agency", "Top mining investor Ana Ruiz"]


def test_a_wire_dateline_giving_the_date_is_no_part_of_the_speaker() -> None:
    text = "Dec 29 (Reuters) - Mining investor Ana Ruiz on Tuesday said that the mine would open."
    assert speakers(text) == ["Mining investor Ana Ruiz"]
    # a name before a dash stays: only a date, capitals or parentheses make a dateline
    named = "Ana Ruiz - a mining investor - said on Tuesday that the mine would open."
    assert speakers(named) == ["Ana Ruiz - a mining investor"]


@pytest.mark.parametrize(
    "text",
    [
        "Lake City (AFP) – Vice Mayor Ann Ruiz said on Monday that the mine would open.",
        # the tagger takes the place for a person and the parse makes it the subject
        "Tamsville (Reuters) – Vice Mayor Ann Ruiz on Monday said the mine would open.",
    ],
)
def test_a_place_in_title_case_with_its_wire_is_a_dateline(text: str) -> None:
    assert speakers(text) == ["Vice Mayor Ann Ruiz"]


def test_a_name_with_a_one_letter_party_tag_before_a_dash_is_no_dateline() -> None:
    text = "Ann Lee (D) – a critic of the plan – said that it would fail."
    assert speakers(text) == ["Ann Lee (D) – a critic of the plan"]


def test_a_dateline_the_parse_made_the_subject_gives_way_to_the_name_after_it() -> None:
    # the parse makes "OSLO" the subject and hangs the name on it as its apposition
    text = (
        "OSLO -- Mayor Ann Lee on Tuesday firmly defended the budget, saying that the city "
        "was in good shape."
    )
    assert speakers(text) == ["Mayor Ann Lee"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("DES MOINES, Iowa — Ann Hale said on Monday that the plan would fail.", "Ann Hale"),
        ("COLUMBUS, Ohio — Gov. Tom Reed said Monday that he would run.", "Gov. Tom Reed"),
        (
            "AUGUSTA, Me. — Gov. Ann Hale of Maine declared on Tuesday that she would stay.",
            "Gov. Ann Hale of Maine",
        ),
        # the outlet's call sign after the state, a hyphen spaced as a dash
        ("DES MOINES, Iowa (KXYZ) — Ann Hale said on Monday that the plan would fail.", "Ann Hale"),
        (
            "TAOS, N.M. (KXYZ) - Park scientists using a telescope have confirmed that it is ice.",
            "Park scientists using a telescope",
        ),
        ("OSLO - The Nordic Space Agency says crews could sleep on long flights.", None),
        # a spaced hyphen, where the parse hangs the state on the name
        ("TAOS, N.M. - Ann Lee told supporters on Monday that she would win.", "Ann Lee"),
    ],
)
def test_a_datelines_state_after_its_place_is_no_part_of_the_speaker(
    text: str, speaker: str | None
) -> None:
    assert speakers(text) == [speaker or "The Nordic Space Agency"]


@pytest.mark.parametrize("dash", ["-", "--", "—"])
def test_a_name_after_a_dateline_is_the_name_alone_whatever_the_dash(dash: str) -> None:
    # the tagger runs "ROME - Ann Hale" into one entity: a spaced hyphen ends a dateline as a
    # dash does, and joins no two parts of a name
    text = (
        "Hale says the visit was private.\n\n"
        f"ROME {dash} Ann Hale met the pope on Saturday, ending a short trip.\n\n"
        '"It was a private visit," Hale said.'
    )
    analysis = analyze(text)
    assert [s.name for s in analysis.sources] == ["Ann Hale"]
    assert "Ann Hale" in [e.name for e in analysis.entities]


@pytest.mark.parametrize("dash", ["—", "―", "–", "--", "-", "\u2010"])
def test_every_dash_a_clause_is_set_off_by_ends_a_dateline(dash: str) -> None:
    doc = load_pipeline()(f"OSLO {dash} The agency said the flight would go ahead.")
    assert doc[1].text == dash and typed_dash(doc[1])


def test_a_hyphen_inside_a_name_or_before_a_signer_is_no_dateline() -> None:
    text = (
        "The talks failed.\n\n"
        '"We tried everything we could," the minister said. - Jo Lee-Smith\n\n'
        "ROME - Anne-Marie Reed said the bill is bad. Jo Lee-Smith said it was good."
    )
    names = [s.name for s in analyze(text).sources]
    assert "Anne-Marie Reed" in names and "Jo Lee-Smith" in names


def test_a_relative_clause_a_quote_cuts_off_is_left_out_of_speaker_and_quote() -> None:
    text = (
        "“It has never been done before,” said Mr. Katz, who said he wanted Mr. Hale to get "
        "“a fair and full review.”"
    )
    first = analyze(text).attributions[0]
    assert first.speaker is not None and first.speaker.text == "Mr. Katz"
    assert [c.text for c in first.content] == ["“It has never been done before,”"]


def test_a_name_before_a_dash_keeps_its_description() -> None:
    text = (
        "Sales were misreported, a post said. Mei Lin — manager for communications at the "
        "store — responded on Monday, saying that the figures were right."
    )
    sources = analyze(text).sources
    assert ("Mei Lin", SourceKind.NAMED_PERSON) in [(s.name, s.kind) for s in sources]


def test_a_relative_pronoun_subject_is_the_noun_phrase_it_stands_for() -> None:
    text = (
        "The mayor met the National Council of Churches, which wrote to him saying that the "
        "shelter cuts would hurt us."
    )
    assert speakers(text) == ["the National Council of Churches"]


@pytest.mark.parametrize(
    "text",
    [
        # the parse hangs "slammed" on the clause "said" reports, whose subject is "he"
        "Trump said he had watched part of the testimony and slammed the hearings as a disgrace.",
        "Ann Lee said afterward that she was tired and reminded reporters that she had won.",
    ],
)
def test_a_second_cue_takes_the_reporters_subject_not_the_reported_clauses(text: str) -> None:
    first = speakers(text)[0]
    assert speakers(text) == [first, first]
    assert first in {"Trump", "Ann Lee"}


def test_a_reporting_verb_after_its_clause_lends_no_subject_to_a_cue_in_it() -> None:
    # two paragraphs parsed as one sentence: "began" is read as what "Lee said" reports
    text = (
        'Bob Ray began his interview with Lee on Sunday by asking, "What were you thinking?"'
        '\n\n"I was thinking of the farmers," Lee said.'
    )
    assert speakers(text)[0] == "Bob Ray"


@pytest.mark.parametrize("dateline", ["BOSTON (AP) —", "SALEM, Ohio (AP) —"])
def test_a_lede_run_into_its_headline_keeps_its_own_subject(dateline: str) -> None:
    # no period ends the headline: the parse hangs the lede's "accused" on "accuses"
    text = (
        "Lee accuses Ohio of hurting smaller towns\n"
        f"{dateline} U.S. Labor Secretary Ann Lee on Wednesday accused Ohio of using coercion "
        "against smaller towns to impose its will."
    )
    assert speakers(text)[-1] == "U.S. Labor Secretary Ann Lee"


def test_an_abbreviation_keeps_its_period() -> None:
    # the tokenizer splits the last period off "W.Va."; a speaker's own comma still goes
    text = "Rep. Jane Doe, R-W.Va., argued that the ferry needs repairs."
    assert speakers(text) == ["Rep. Jane Doe, R-W.Va."]
    assert speakers("Jane Doe, the ferry's captain, said that it was late.") == [
        "Jane Doe, the ferry's captain"
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The governor, speaking at the Capitol, said the law would change.", "The governor"),
        (
            "BOSTON — Senator Mary Lane, trying to end a long quarrel over the budget that is "
            "hurting her party, firmly denied on Monday that she had lied.",
            "Senator Mary Lane",
        ),
        # a preposition in participle form keeps what it adds
        (
            "Records released by the panel, including a report from the mayor, also showed "
            "that costs rose.",
            "Records released by the panel, including a report from the mayor",
        ),
    ],
)
def test_a_participle_set_off_by_commas_is_no_part_of_the_speaker(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The mayor, the county board and the local bank all urged the state to wait.",
            "The mayor, the county board and the local bank",
        ),
        ("The two senators both said that the bill was dead.", "The two senators"),
    ],
)
def test_a_floating_quantifier_is_no_part_of_the_speaker(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The mayor issued a statement calling the vote a disgrace.", "The mayor"),
        ("The governor released a statement saying that the vote was rigged.", "The governor"),
        # a statement someone only came by speaks for itself, as a letter does
        ("Reporters obtained a statement saying that the deal was off.", "a statement"),
        ("The council sent a letter saying that the deal was off.", "a letter"),
    ],
)
def test_who_issues_a_statement_speaks_through_it(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'The mayor was caught on a hot mic in the hall ripping the plan as "rigged".',
            "The mayor",
        ),
        ("The senator was heard on a recording saying that the vote was rigged.", "The senator"),
        # a document speaks for itself
        ("The council sent a letter saying that the deal was off.", "a letter"),
    ],
)
def test_who_a_medium_caught_speaking_is_the_speaker_not_the_medium(
    text: str, speaker: str
) -> None:
    assert speakers(text) == [speaker]


def test_a_participle_after_a_that_clause_on_the_object_is_the_subjects() -> None:
    text = (
        "During his news conference Friday, Lee offered more racially charged comments that "
        'have drawn fire, saying, "A bad man is a bad man."'
    )
    assert speakers(text) == ["Lee"]


@pytest.mark.parametrize(
    "speaker",
    ["Lawmakers from both parties", "Members of all three caucuses", "Aides to each senator"],
)
def test_a_quantifier_determining_a_noun_stays_in_the_speaker(speaker: str) -> None:
    assert speakers(f"{speaker} said on Monday that the session was needed.") == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the parse hangs "Now" on "said" and "to Stop Pet Theft" on it as a purpose clause
        (
            '"We are ready," said Jo Hale, board member for Secure Oregon Now.',
            "Jo Hale, board member for Secure Oregon Now",
        ),
        (
            '"It is a big day," said Tim Ross, director of the Coalition to Stop Pet Theft.',
            "Tim Ross, director of the Coalition to Stop Pet Theft",
        ),
    ],
)
def test_a_speaker_ends_at_the_end_of_a_name_not_inside_it(text: str, speaker: str) -> None:
    assert speakers(text)[0] == speaker


def test_a_word_hung_on_the_verb_before_the_relative_clause_is_left_out() -> None:
    # "afterward" lies between "statements" and "that said" but hangs on "issued"
    text = 'The two offices issued identical statements afterward that said "talks go on."'
    assert speakers(text) == ["identical statements"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ryan, toward the end of the debate, warned that a crisis was coming.", "Ryan"),
        (
            "The governor, amid calls by critics to veto the bill, made clear he liked it.",
            "The governor",
        ),
        ('"Sales were strong," said CEO Ann Lee in the company\'s news release.', "CEO Ann Lee"),
        # a description of who the speaker is stays
        (
            "Ann Lee, of the Ohio Farm Bureau, said that prices would fall.",
            "Ann Lee, of the Ohio Farm Bureau",
        ),
    ],
)
def test_a_circumstance_or_channel_on_the_speakers_noun_is_the_verbs(
    text: str, speaker: str
) -> None:
    assert speakers(text)[0] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the parse gives "said" both subjects: the one inside the commas is the speaker
        (
            "That group of Democrats, Mr. Hale said on CNN, was beginning to realize that they "
            "lacked votes.",
            "Mr. Hale",
        ),
        ("The plan, the mayor said, would cost too much.", "the mayor"),
    ],
)
def test_a_report_set_off_by_commas_is_its_own_subjects(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Lee's remarks came as Ruiz turned down an invitation to meet the council, saying "
            "such a meeting could hurt him.",
            "Ruiz",
        ),
        ("The move came as the court ruled on Monday, saying the law was void.", "the court"),
        # a subject that can speak keeps the participle
        ("The mayor spoke after the council voted, saying the vote was rigged.", "The mayor"),
    ],
)
def test_a_participle_whose_verbs_subject_cannot_speak_is_the_nearer_clauses(
    text: str, speaker: str
) -> None:
    assert speakers(text) == [speaker]


def test_a_lawmakers_party_and_state_at_the_end_of_a_sentence_stays_with_the_name() -> None:
    text = '"It is a fine exercise," said Rep. Tom Hale, D-N.Y. "But you cannot skim it."'
    assert speakers(text) == ["Rep. Tom Hale, D-N.Y."]


def test_a_quantifier_opening_a_conjunct_is_no_floating_one() -> None:
    text = "Mr. Issa and all seven Republicans on the Senate panel have asked the court to wait."
    assert speakers(text) == ["Mr. Issa and all seven Republicans on the Senate panel"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('But "truthers" have asked for more proof, asserting he was born abroad.', '"truthers"'),
        ('"Today" show host Ann Lee asked Trump, "Have you seen it?"', '"Today" show host Ann Lee'),
    ],
)
def test_a_speaker_keeps_both_quote_marks_of_its_own_quoted_word(text: str, speaker: str) -> None:
    assert speaker in speakers(text)


def test_a_circumstance_after_the_speakers_relative_clause_is_the_clauses() -> None:
    # the parse hangs "during" on "Fowler": it goes on with "who helmed the DNC"
    text = (
        "“We must go,” said Don Fowler, who helmed the DNC from 1995 to 1997, during Bill "
        "Clinton’s presidency, and has backed Hillary Clinton since her 2008 bid."
    )
    assert "from 1995 to 1997, during Bill Clinton’s presidency" in speakers(text)[0]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The garden club passed its own resolution against the mayor, accusing him of neglect.",
            "its own resolution against the mayor",
        ),
        (
            "The tabloid ran a story on Monday claiming that the actor had left the country.",
            "a story",
        ),
        (
            "The team released a statement from her doctor on Friday declaring that she was fit.",
            "a statement from her doctor",
        ),
        # a document whose author its phrase names, whatever the subject did with it
        (
            "Two dozen council members signed a letter from Ann Lee on Friday calling for a vote.",
            "a letter from Ann Lee",
        ),
    ],
)
def test_a_document_put_out_or_authored_speaks_through_a_participle_hung_on_the_verb(
    text: str, speaker: str
) -> None:
    analysis = analyze(text)
    kinds = {s.id: s.kind for s in analysis.sources}
    (attribution,) = analysis.attributions
    assert attribution.speaker is not None and attribution.speaker.text == speaker
    assert attribution.source is not None and kinds[attribution.source] is SourceKind.DOCUMENT


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a statement of the subject's own, and a document that was not put out, stay the subject's
        ("The mayor issued a statement on Friday calling the vote a disgrace.", "The mayor"),
        ("Mr. Lee signed the order on Friday, saying that it would help farmers.", "Mr. Lee"),
    ],
)
def test_the_subject_speaks_through_its_own_statement_or_a_document_it_only_handled(
    text: str, speaker: str
) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The bishops wrote several letters to Congress on Friday saying the bill was cruel.",
            "The bishops",
        ),
        (
            "Two states filed a federal lawsuit on Friday claiming that the law was illegal.",
            "Two states",
        ),
    ],
)
def test_a_letter_written_or_a_lawsuit_filed_is_its_writers_or_plaintiffs(
    text: str, speaker: str
) -> None:
    assert speakers(text)[0] == speaker


def test_a_name_right_before_a_cue_speaks_where_the_shared_subject_is_a_thing() -> None:
    # the parse makes Lee a conjunct of "standards" and lends "said" the remedies as subject
    text = (
        "Those two remedies need different standards for class certification and Justice "
        "Ann Lee said it was a problem."
    )
    assert speakers(text) == ["Justice Ann Lee"]


def test_a_date_the_parse_makes_a_participles_subject_gives_way_to_the_verbs_subject() -> None:
    text = "Instead, Ann Lee was seen that April praising the mayor for his work after the flood."
    assert speakers(text) == ["Ann Lee"]


def test_an_abbreviations_split_off_period_does_not_end_the_frame_before_a_quote() -> None:
    # the tokenizer splits "Vt." in "(D-Vt.)"; that period ends no sentence
    text = (
        'The plan drew fire.\n\nSen. Tom Reed (D-Vt.) called Lee\'s speech "a cheap stunt" in a '
        "statement earlier this month."
    )
    assert speakers(text) == ["Sen. Tom Reed (D-Vt.)"]


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        (
            "Noting that costs had doubled, Mr. Lee said that the plan would fail.",
            "Noting",
            "Lee",
        ),
        (
            "But in pressing for approval of new spending, Ms. Hart took aim at her rivals.",
            "pressing for",
            "Hart",
        ),
        (
            "Citing a poll that showed wide support, the committee said the senator should act.",
            "Citing",
            "committee",
        ),
        (
            "After denouncing the leak, the director insisted the program was lawful.",
            "denouncing",
            "director",
        ),
    ],
)
def test_a_participle_fronted_before_its_subject_marks_no_speaker(
    text: str, cue: str, source: str
) -> None:
    # PolNeAR marks the shared subject at its own verb only; the source is still the subject's
    analysis = analyze(text)
    names = {s.id: s.name for s in analysis.sources}
    fronted = next(a for a in analysis.attributions if a.cue is not None and a.cue.text == cue)
    assert fronted.speaker is None
    assert names[fronted.source or ""].endswith(source)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The governor said the bill was fair, noting that it passed with wide support.",
            "The governor",
        ),
        ("Ann Lee, citing a new poll, warned that turnout would fall.", "Ann Lee"),
    ],
)
def test_a_participle_after_its_subject_keeps_the_speaker(text: str, speaker: str) -> None:
    assert speakers(text) and set(speakers(text)) == {speaker}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Only 52 percent of registered voters said they trust him.",
            "Only 52 percent of registered voters",
        ),
        ("Only two candidates said they would sign the pledge.", "Only two candidates"),
        ("Just three senators said they would vote for the bill.", "Just three senators"),
        # a focus adverb on the speaker itself is still no part of it
        ("Even Lee said that the plan would cost too much.", "Lee"),
    ],
)
def test_a_focus_adverb_on_the_speakers_count_stays(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The son of Cuban immigrants, Marco Rubio has said the law is wrong.",
            "The son of Cuban immigrants, Marco Rubio",
        ),
        (
            "A former prosecutor, Mr. Hart said the charges were weak.",
            "A former prosecutor, Mr. Hart",
        ),
        (
            "The daughter of a coal miner, Senator Jane Roe told reporters the mine would close.",
            "The daughter of a coal miner, Senator Jane Roe",
        ),
        # the name set off by dashes, with its relative clause; the closing dash left out
        (
            "A former Democratic presidential candidate -- John Baker, who lost the 2012 race "
            'to Obama -- said the president "offered no real plan at all."',
            "A former Democratic presidential candidate -- John Baker, who lost the 2012 race "
            "to Obama",
        ),
        # no description of the speaker: a date, a circumstance, the content's subject
        ("Last week, Mr. Hart said the charges were weak.", "Mr. Hart"),
        ("In a statement, Lee said the charges were weak.", "Lee"),
        ("The bill, Lee said, would fail in the Senate.", "Lee"),
    ],
)
def test_a_description_fronted_before_the_name_is_part_of_the_speaker(
    text: str, speaker: str
) -> None:
    assert speakers(text) == [speaker]


def test_a_fronted_description_and_its_name_are_one_named_source() -> None:
    analysis = analyze("A former prosecutor, Mr. Hart said the charges were weak.")
    assert [(s.name, s.kind) for s in analysis.sources] == [("Hart", SourceKind.NAMED_PERSON)]
    analysis = analyze(
        "A former Democratic presidential candidate -- John Baker, who lost the 2012 race to "
        'Obama -- said the president "offered no real plan at all."'
    )
    assert [(s.name, s.kind) for s in analysis.sources] == [("John Baker", SourceKind.NAMED_PERSON)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The deal came from China and the United States, the two biggest polluters, which "
            "together vowed to cut emissions.",
            "China and the United States, the two biggest polluters",
        ),
        (
            "The ad was paid for by Acme, a firm in Ohio, which said the claims were false.",
            "Acme, a firm in Ohio",
        ),
    ],
)
def test_which_on_an_appositive_speaks_for_the_noun_it_describes(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"We will win," said Ann Lee on the Senate floor on Tuesday.', "Ann Lee"),
        ("Ann Lee on the Senate floor said the bill would fail.", "Ann Lee"),
        # the frame's end cuts the phrase at the quote
        ('"I will fight," says Tom Reed in the new ad titled "Strong."', "Tom Reed"),
        # a body's phrase, a place and a description are the speaker's own
        ("Officials in the department said the bill would fail.", "Officials in the department"),
        ('"We lost," said Ann Lee in Ohio.', "Ann Lee in Ohio"),
        ('"We lost," said Ann Lee, a lawyer in the case.', "Ann Lee, a lawyer in the case"),
    ],
)
def test_where_a_named_person_spoke_is_the_verbs(text: str, speaker: str) -> None:
    assert speakers(text)[0] == speaker


def test_a_relative_clause_the_frame_cuts_on_a_noun_of_the_phrase_is_left_out_whole() -> None:
    quote = "“Nobody has done that,” said Ann Lee, "
    cut = "a writer for the Ohio Review, where she has chronicled the judge’s “long record.”"
    assert speakers(quote + cut)[0] == "Ann Lee, a writer for the Ohio Review"
    # a whole one stays
    whole = "a writer for the Ohio Review, where she has worked since 2010."
    assert speakers(quote + whole)[0] == "Ann Lee, " + whole[:-1]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The mayor was joined by a number of local pastors speaking out against the plan.",
            "a number of local pastors",
        ),
        (
            "She released eight years of tax returns showing that she paid her share.",
            "eight years of tax returns",
        ),
        # a verb's subject and a name after another preposition stay as they are
        (
            "The members of the board voting against it said the plan was late.",
            "The members of the board voting against it",
        ),
        ("Lee cited emails from Ann Ruiz showing that the plan was late.", "Lee"),
        # no count: the participle is the object's ("blasting" needs what it holds against
        # the mayor: "the mayor suggests a deep divide" is no clause of its own)
        (
            "The rhetoric of rival candidates blasting the mayor as a liar suggests a deep divide.",
            "rival candidates",
        ),
    ],
)
def test_a_participle_on_an_of_object_describes_the_count_or_collection_whole(
    text: str, speaker: str
) -> None:
    assert speakers(text)[0] == speaker


@pytest.mark.parametrize("surname", ["D’Mello", "O’Hara"])
def test_a_name_with_a_curly_apostrophe_is_a_persons_name(surname: str) -> None:
    # the model reads "D’Mello" as a common noun where it tags "D'Mello" a person: the parser
    # sees the straight apostrophe; the mentions keep the one the article wrote, the name (one
    # across outlets) is straight
    text = (
        f"Author Kiran {surname} made a prediction about the race.\n\n"
        f"{surname} told the host that he is making a film about the campaign."
    )
    sources = analyze(text).sources
    straight = surname.replace("’", "'")
    assert [(s.name, s.kind) for s in sources] == [(f"Kiran {straight}", SourceKind.NAMED_PERSON)]
    assert [m.text for m in sources[0].mentions] == [f"Author Kiran {surname}", surname]


def test_a_dateline_ended_by_a_horizontal_bar_leaves_the_subject_its_verb() -> None:
    # the model tags the bar "―" a verb, and "told" lost its subject; the parser reads an em dash
    # (one character for one), the attribution keeps the text as written
    text = (
        "BOSTON ― Two aides to the governor told reporters the budget was late, "
        "and the mayor agreed."
    )
    (found,) = analyze(text).attributions
    assert found.speaker is not None and found.speaker.text == "Two aides to the governor"
    assert [c.text for c in found.content] == ["the budget was late"]


@pytest.mark.parametrize("cue", ["asks for a review of the contracts", "says the bids were rigged"])
def test_a_dash_closing_an_aside_ends_what_the_aside_names(cue: str) -> None:
    # the aside between the dashes says whom the memo went to; the subject follows the second
    text = f"In the memo - sent to the state auditor, Laura M. Briggs - the Ohio Democrat {cue}."
    assert speakers(text) == ["the Ohio Democrat"]


def test_two_subjects_the_parse_left_uncoordinated_are_one_speaker() -> None:
    # the parse makes both titled names subjects of "announced", the "and" hung on the first
    text = (
        "Former Ohio Gov. Ann Lee (D) and former Utah Gov. Bo Ray (R) announced they will "
        "leave the race."
    )
    result = analyze(text)
    assert [a.speaker.text for a in result.attributions if a.speaker] == [
        "Former Ohio Gov. Ann Lee (D) and former Utah Gov. Bo Ray (R)"
    ]
    assert [s.kind for s in result.sources] == [SourceKind.UNKNOWN]


def test_who_after_a_persons_name_under_a_thing_is_that_person() -> None:
    # "hardly an anomaly for Jim Walsh, who criticized ...", built as the parse read it once,
    # with the tagger taking "anomaly" for a proper noun
    words = "It is an anomaly for Jim Walsh , who criticized them .".split()
    doc = Doc(
        load_pipeline().vocab,
        words=words,
        heads=[1, 1, 3, 1, 3, 6, 4, 6, 9, 6, 9, 1],
        deps="nsubj ROOT det attr prep compound pobj punct nsubj relcl dobj punct".split(),
        pos="PRON AUX DET PROPN ADP PROPN PROPN PUNCT PRON VERB PRON PUNCT".split(),
        lemmas="it be an anomaly for Jim Walsh , who criticize they .".split(),
        ents=["O", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O", "O"],
    )
    assert antecedent(doc[9], person=True).text == "Walsh"
    # any other relative walks up from the name as before ("the Conference of Catholic Bishops,
    # which"): only a person's "who" stays on a person's name
    assert antecedent(doc[9]).text == "anomaly"
