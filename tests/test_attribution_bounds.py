"""Where a reported clause ends, and constructions that report nothing (issue 10), on short
sentences written for these tests."""

from __future__ import annotations

import pytest

from attribution_support import by_cue, extract, reported
from sourcetrace.model import AttributionType, CueClass


def contents(text: str, cue: str) -> list[str]:
    """The content pieces of the attribution whose cue is ``cue``."""
    return [s.text for s in by_cue(text, cue).content]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "An aide said the deal was meant for the mayor to stay in office, and she couldn't "
            "have run the city and the agency at once.",
            "said",
            "the deal was meant for the mayor to stay in office, and she couldn't have run the "
            "city and the agency at once",
        ),
        (
            "A spokeswoman told reporters that the senator was abroad during the vote, but had "
            "she been there, she would have voted against the bill.",
            "told",
            "that the senator was abroad during the vote, but had she been there, she would have "
            "voted against the bill",
        ),
    ],
)
def test_a_counterfactual_coordinated_with_the_cue_goes_on_with_the_report(
    text: str, cue: str, content: str
) -> None:
    assert contents(text, cue) == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            'Lee said the deal was "a fine start," but the details are still missing from it.',
            'the deal was "a fine start," but the details are still missing from it',
        ),
        (
            'Lee said that Obama is waging a "war on faith," and he is the one who can stop it.',
            'that Obama is waging a "war on faith," and he is the one who can stop it',
        ),
        # unquoted, the clause after the comma is as often the writer's
        (
            "Lee said the deal was a fine start, but the details are still missing from it.",
            "the deal was a fine start",
        ),
        # the speaker's next act, in the past; another's bare reaction
        (
            'Lee said the deal was "a fine start," and he signed it on Monday.',
            'the deal was "a fine start,"',
        ),
        (
            'Lee said the deal was "a fine start," but the council disagreed.',
            'the deal was "a fine start,"',
        ),
    ],
)
def test_a_clause_after_a_quote_whose_comma_the_marks_close_goes_on_with_the_report(
    text: str, content: str
) -> None:
    assert contents(text, "said") == [content]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "Despite the rain, the mayor said the parade would go ahead.",
            "said",
            ["Despite the rain", "the parade would go ahead"],
        ),
        (
            "Despite being the costliest run in years, the team believes the trial has paid off.",
            "believes",
            ["Despite being the costliest run in years", "the trial has paid off"],
        ),
        (
            "Notwithstanding the delay, the firm said the phone would ship in May.",
            "said",
            ["Notwithstanding the delay", "the phone would ship in May"],
        ),
        # one holding another's report
        (
            "Despite the mayor's promises that the city will pay, Fox vowed that it never would.",
            "vowed",
            ["that it never would"],
        ),
        # not set off by a comma; after the cue's words, inside them already
        (
            "Despite the rain the mayor said the parade would go ahead.",
            "said",
            ["the parade would go ahead"],
        ),
        (
            "Despite the rain, the parade will go ahead, the mayor said.",
            "said",
            ["Despite the rain, the parade will go ahead"],
        ),
    ],
)
def test_a_concession_opening_the_sentence_qualifies_what_was_said(
    text: str, cue: str, content: list[str]
) -> None:
    assert contents(text, cue) == content


def test_the_speakers_own_next_clause_ends_what_was_made_clear() -> None:
    text = (
        "The mayor made it clear that the tax is a matter of principle, and she has not shied "
        "from defending it."
    )
    assert contents(text, "made it clear") == ["that the tax is a matter of principle"]


def test_a_simple_past_after_an_infinitive_is_the_speakers_next_act() -> None:
    text = "The governor said he hoped to sign the bill but backed off after the protests."
    assert contents(text, "said") == ["he hoped to sign the bill"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "She said they would cut taxes and raise spending.",
            "they would cut taxes and raise spending",
        ),
        (
            "The deputies say they have pulled over drivers and found cash in the trunk.",
            "they have pulled over drivers and found cash in the trunk",
        ),
    ],
)
def test_verbs_sharing_the_complements_auxiliary_stay_in_it(text: str, content: str) -> None:
    (cand,) = extract(text)
    assert [s.text for s in cand.content] == [content]


def test_a_report_in_a_relative_clause_on_the_subject_does_not_end_the_clause() -> None:
    text = (
        "The mayor said that the council members, who had criticized her for skipping the "
        "meeting, could resign."
    )
    (cand,) = extract(text)
    assert [s.text for s in cand.content] == [
        "that the council members, who had criticized her for skipping the meeting, could resign"
    ]


def test_a_report_in_a_relative_clause_after_the_verb_is_its_own() -> None:
    text = "The army said it shot down the drone, which it said crashed in the hills."
    assert [[s.text for s in c.content] for c in extract(text)] == [
        ["it shot down the drone"],
        ["crashed in the hills"],
    ]


def test_the_reason_after_a_cue_between_commas_goes_on_with_the_report() -> None:
    text = "The plant will close next year, the company said, because demand has fallen."
    assert contents(text, "said") == ["The plant will close next year", "because demand has fallen"]


def test_according_to_after_a_dash_and_anothers_report_gives_the_verbless_phrase() -> None:
    text = "Critics argue that the bridge costs more — roughly $9 million, according to the county."
    assert contents(text, "according to") == ["roughly $9 million"]


def test_according_to_on_someones_telling_is_its_channel() -> None:
    text = "The mayor told donors of her plans on Monday, according to two aides."
    assert not [c for c in extract(text) if c.cue is not None and c.cue.text == "according to"]


def test_according_to_on_a_verb_of_saying_without_a_listener_is_the_source() -> None:
    text = "According to his coach, he was reading at an adult level at five."
    assert contents(text, "According to") == ["he was reading at an adult level at five"]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The mayor urged residents to stay home, in a message posted on Sunday.",
            "urged",
            "residents to stay home",
        ),
        (
            "The senator vowed to seek new funding for the port, in a letter to the governor.",
            "vowed",
            "to seek new funding for the port",
        ),
        ("The union vowed to fight the cuts in court.", "vowed", "to fight the cuts in court"),
    ],
)
def test_a_phrase_set_off_after_an_infinitives_object_is_the_reports_circumstance(
    text: str, cue: str, content: str
) -> None:
    assert contents(text, cue) == [content]


def test_an_including_phrase_set_off_after_an_infinitives_object_is_what_was_promised() -> None:
    text = (
        "The senator promised to begin cutting taxes in her first year, including a sweeping cut "
        "for families with children."
    )
    assert contents(text, "promised") == [
        "to begin cutting taxes in her first year, including a sweeping cut for families with "
        "children"
    ]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # the parse hangs the condition on the cue, not on the infinitive
        (
            "The union threatened to strike at every plant unless the company restores the "
            "pensions.",
            "threatened",
            "to strike at every plant unless the company restores the pensions",
        ),
        (
            "She vowed to veto the bill unless lawmakers cut the tax.",
            "vowed",
            "to veto the bill unless lawmakers cut the tax",
        ),
    ],
)
def test_a_condition_right_after_an_infinitive_is_what_was_promised(
    text: str, cue: str, content: str
) -> None:
    assert contents(text, cue) == [content]


def test_a_written_channel_set_off_after_an_infinitive_makes_the_report_written() -> None:
    text = "The senator vowed to seek new funding for the port, in a letter to the governor."
    (cand,) = extract(text)
    assert cand.cue_class is CueClass.WRITTEN


def test_a_channel_noun_inside_the_infinitive_is_its_words() -> None:
    text = "The hostages asked their governments to help in their release."
    (cand,) = extract(text)
    assert cand.cue_class is CueClass.SPEECH


@pytest.mark.parametrize(
    "text",
    [
        "The mayor urged residents to stay home, amid warnings that the river could flood.",
        "The governor urged lawmakers to amend the bill, in the face of criticism that it could "
        "allow bias.",
    ],
)
def test_a_that_clause_on_a_speech_noun_in_a_phrase_is_not_the_cues(text: str) -> None:
    (cand,) = extract(text)
    assert cand.cue is not None and cand.cue.text == "urged"
    assert "that" not in cand.content[0].text


@pytest.mark.parametrize(
    "text",
    [
        "Residents stayed home, amid warnings that the river could flood.",
        # another's words probed, answered or fought
        "Prosecutors widened their probe into allegations that the aides closed the bridge.",
        "The FBI opened an inquiry into claims that the mayor lied.",
        "The minister quit over allegations that she misused funds.",
        "The governor joked about claims that he would run.",
        "He defended himself against accusations that he lied.",
    ],
)
def test_a_speech_noun_amid_an_act_is_not_the_actors(text: str) -> None:
    assert extract(text) == []


def test_a_view_the_subject_speaks_of_is_its_own() -> None:
    assert contents("He spoke of fears that the plan will fail.", "spoke of") == [
        "fears that the plan will fail"
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The mayor said “we will fight” against the new tax.",
            "“we will fight” against the new tax",
        ),
        ("The mayor said “the bridge is safe” on Monday.", "“the bridge is safe”"),
        ('The mayor said "the bridge is safe" and left.', '"the bridge is safe"'),
    ],
)
def test_a_quote_after_the_cue_takes_the_rest_of_its_clause(text: str, content: str) -> None:
    assert contents(text, "said") == [content]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The governor made clear he still backs the law -- which bars towns from taxing "
            "churches.",
            "made clear",
            "he still backs the law",
        ),
        (
            "The mayor said the plan would help the port -- which has lost money for years.",
            "said",
            "the plan would help the port",
        ),
        ("He called the plan a disaster -- a word he often uses.", "called", "the plan a disaster"),
        (
            "Officials found that he had slipped into the Green Zone — the guarded seat of the "
            "government.",
            "found",
            "that he had slipped into the Green Zone — the guarded seat of the government",
        ),
    ],
)
def test_a_gloss_set_off_by_a_dash_at_the_end_is_the_writers(
    text: str, cue: str, content: str
) -> None:
    assert contents(text, cue) == [content]


@pytest.mark.parametrize("dash", ["—", "―", "–", "--", "-", "\u2010"])
def test_a_gloss_after_any_dash_is_the_writers(dash: str) -> None:
    # a spaced hyphen, plain or the Unicode one, is typed for a dash: it sets off a gloss too
    text = f"The senator said she would not back the cuts {dash} a bold stand she has taken before."
    assert contents(text, "said") == ["she would not back the cuts"]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The watchdog noted that the campaign had spent nearly $3 million — a large sum, "
            "but still below what was spent in 2012.",
            "noted",
            "that the campaign had spent nearly $3 million",
        ),
        (
            "The senator said she would not back the cuts — a bold stand she has taken before.",
            "said",
            "she would not back the cuts",
        ),
        # a noun the dash identifies, a list, a bare noun, a pair of dashes and a definition
        # stay what was said
        (
            "Police said they were looking for another man — a suspect with a long record.",
            "said",
            "they were looking for another man — a suspect with a long record",
        ),
        (
            "The mayor said the town needs three things — a new park, a school and a clinic.",
            "said",
            "the town needs three things — a new park, a school and a clinic",
        ),
        (
            "The mayor said the town needs one thing — a clinic.",
            "said",
            "the town needs one thing — a clinic",
        ),
        (
            "The mayor said the mill — a relic of the 1950s — would close.",
            "said",
            "the mill — a relic of the 1950s — would close",
        ),
        (
            "She recalled that it looked like a basket cell — a cell type found in the brain.",
            "recalled",
            "that it looked like a basket cell — a cell type found in the brain",
        ),
    ],
)
def test_a_lone_dash_before_an_indefinite_description_ends_the_report(
    text: str, cue: str, content: str
) -> None:
    assert contents(text, cue) == [content]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The senator said he would vote against the bill, a move that angered his party.",
            "said",
            "he would vote against the bill",
        ),
        (
            "The bishop said the letter did not speak for all the bishops, a point on which the "
            "group disagrees.",
            "said",
            "the letter did not speak for all the bishops",
        ),
        (
            "She said the bill would raise taxes on farmers - one of the main worries of the "
            "rural vote.",
            "said",
            "the bill would raise taxes on farmers",
        ),
        ("He called the tax a theft, a charge the mayor denies.", "called", "the tax a theft"),
        (
            "The mayor praised the council for cutting taxes - moves that she said helped the "
            "city.",
            "praised",
            "the council for cutting taxes",
        ),
    ],
)
def test_an_indefinite_apposition_summing_up_the_report_is_the_writers(
    text: str, cue: str, content: str
) -> None:
    assert contents(text, cue) == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The mayor said she would visit Paris, a city she loves.",
            "she would visit Paris, a city she loves",
        ),
        (
            "The mayor said the council backed the tax, the first step of its kind in the state.",
            "the council backed the tax, the first step of its kind in the state",
        ),
    ],
)
def test_an_apposition_describing_a_noun_goes_on_with_the_report(text: str, content: str) -> None:
    assert contents(text, "said") == [content]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The government denies any role in the attacks and two inquiries have cleared it.",
            "denies",
            "any role in the attacks",
        ),
        (
            "He said that the plan failed and that the city lost money.",
            "said",
            "that the plan failed and that the city lost money",
        ),
        (
            "She said the bridge is safe and the road will reopen.",
            "said",
            "the bridge is safe and the road will reopen",
        ),
    ],
)
def test_a_clause_after_a_coordinator_is_no_complement(text: str, cue: str, content: str) -> None:
    assert contents(text, cue) == [content]


def test_a_report_in_a_restrictive_that_clause_names_its_noun() -> None:
    text = (
        "Critics say the offer may have broken the part of the law that says no one may trade jobs."
    )
    assert contents(text, "say") == [
        "the offer may have broken the part of the law that says no one may trade jobs"
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            'The mayor insisted "nothing improper" happened at the port.',
            '"nothing improper" happened at the port',
        ),
        (
            'Voters said "most people in politics" can\'t be trusted to keep their word.',
            '"most people in politics" can\'t be trusted to keep their word',
        ),
        ('He said "the old bridge" would close in May.', '"the old bridge" would close in May'),
        (
            'She said "the bridge" has been closed since May.',
            '"the bridge" has been closed since May',
        ),
    ],
)
def test_a_quote_that_is_the_subject_of_the_reported_clause_opens_it(
    text: str, content: str
) -> None:
    """Its verb, or the auxiliary before it, carries the report on past the closing mark: the
    writer's words are content too, so the report is mixed, not direct."""
    found = [c for c in extract(text) if c.cue is not None]
    assert [[s.text for s in c.content] for c in found] == [[content]]
    assert found[0].type == AttributionType.MIXED


def test_a_cue_whose_line_ends_at_that_and_a_colon_reports_nothing_there() -> None:
    text = "The poll also found that:\nMost voters want lower taxes. Few trust the council."
    assert not [c for c in extract(text) if c.cue is not None and c.cue.text == "also found"]
    same_line = "The poll also found that: most voters want lower taxes."
    assert contents(same_line, "also found") == ["that: most voters want lower taxes"]


def test_a_clause_never_starts_inside_a_hyphened_word() -> None:
    # The tokenizer splits "re-read"; the parse takes "read" for a verb with a report of its own.
    text = (
        "But a professor at the college said the council needs to re-read the charter to be "
        "reminded how big the city has become."
    )
    assert [[s.text for s in c.content] for c in extract(text)] == [
        ["the council needs to re-read the charter to be reminded how big the city has become"]
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            'The critic told us the show may be "a bit of a stunt," but it is "not pointless at '
            'all."',
            'the show may be "a bit of a stunt," but it is "not pointless at all."',
        ),
        (
            "The clerk said the council did not answer the letters, and its lawyer had lost the "
            "files that the court wanted.",
            "the council did not answer the letters, and its lawyer had lost the files that the "
            "court wanted",
        ),
    ],
)
def test_a_quoted_or_backshifted_clause_after_the_complement_and_a_comma_goes_on_with_it(
    text: str, content: str
) -> None:
    assert [s.text for s in extract(text)[0].content] == [content]


@pytest.mark.parametrize(
    "text",
    [
        # the speaker's next act cuts the complement short: what follows is the writer's
        "The aide said the bill had been delayed and dismissed the report as a rumor, but this "
        "week the mayor hired a lawyer.",
        "The aide said the bill had been delayed — but it is hard to know why.",
        "The aide said the bill had been delayed, and police said the vote was off.",
        # neither quoted nor backshifted: as often the writer's own
        "The aide said the bill had been delayed, but that was not the case.",
        "The aide said the bill had been delayed, and the delay is casting a shadow on the budget.",
    ],
)
def test_a_clause_after_a_cut_complement_a_dash_or_with_its_own_report_does_not(
    text: str,
) -> None:
    assert [s.text for s in extract(text)[0].content] == ["the bill had been delayed"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The agency reports that 12 workers who touched the crates were tested, and developed "
            "no fever.",
            "that 12 workers who touched the crates were tested, and developed no fever",
        ),
        (
            "The agency reports that the crates were opened, and contained no weapons.",
            "that the crates were opened, and contained no weapons",
        ),
    ],
)
def test_a_past_coordinated_with_a_present_cue_shares_the_complements_subject(
    text: str, content: str
) -> None:
    assert contents(text, "reports") == [content]


def test_a_past_cue_coordinated_with_a_present_one_is_its_own_report() -> None:
    text = "The group says it is innocent, and denied the charges."
    assert [[s.text for s in c.content] for c in extract(text)] == [
        ["it is innocent"],
        ["the charges"],
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The senator said she plans to meet soon with the governor to discuss how they can "
            "fix the roads.",
            "she plans to meet soon with the governor to discuss how they can fix the roads",
        ),
        (
            "An aide said the mayor will travel to the capital to argue that the bridge is unsafe.",
            "the mayor will travel to the capital to argue that the bridge is unsafe",
        ),
    ],
)
def test_an_infinitive_of_purpose_in_the_complement_is_no_report_of_its_own(
    text: str, content: str
) -> None:
    assert [[s.text for s in c.content] for c in extract(text)] == [[content]]


def test_the_speakers_own_past_as_clause_on_a_kept_present_ends_the_report() -> None:
    text = (
        "The minister said on Monday that she understands why many farmers distrust the banks "
        "as she made a visit to the flooded valley."
    )
    assert contents(text, "said") == ["that she understands why many farmers distrust the banks"]
    # a belief of the speaker's stays in what was said
    assert contents("The chief said crime falls as he predicted.", "said") == [
        "crime falls as he predicted"
    ]


def test_a_noun_after_the_quotations_comma_is_the_writers_apposition() -> None:
    text = (
        "They added that “several senior officials have stated that the agencies do not keep "
        "files on ‘millions of voters,’ ” assertions that they believe have been contradicted by "
        "the records."
    )
    assert contents(text, "added") == [
        "that “several senior officials have stated that the agencies do not keep files on "
        "‘millions of voters,’ ”"
    ]
    # without the comma, the noun is still the clause's: its second object
    text = 'She argued that the vote gave the mayor "a real chance" to win over the council.'
    assert contents(text, "argued") == [
        'that the vote gave the mayor "a real chance" to win over the council'
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a horizontal bar is a dash too
        (
            "Judges must step aside from cases where their “fairness might be questioned” ― and "
            "they did so in 40 cases last year, according to a new study by a watchdog group.",
            "they did so in 40 cases last year",
        ),
        (
            "The mayor may veto the bill — and she did so twice last year, according to city "
            "records.",
            "she did so twice last year",
        ),
    ],
)
def test_according_to_after_a_dash_scopes_the_clause_after_it_without_its_coordinator(
    text: str, content: str
) -> None:
    assert contents(text, "according to") == [content]


def test_the_reason_right_after_the_complement_goes_on_with_it() -> None:
    text = (
        "The prince spent a minute explaining how he couldn't have been at the party, because "
        "the woman described him as tall, and at that time he was in Paris."
    )
    assert [[s.text for s in c.content] for c in extract(text)] == [
        [
            "how he couldn't have been at the party, because the woman described him as tall, "
            "and at that time he was in Paris"
        ]
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The actor announced that his wife was expecting on a previous episode of the show.",
            "that his wife was expecting",
        ),
        (
            "The senator said she would run for governor in an interview on Sunday.",
            "she would run for governor",
        ),
        # a stage or a plan is what was said
        (
            "The chef said the dish will be served on the show.",
            "the dish will be served on the show",
        ),
        (
            "The mayor said 200 families are enrolled in the program.",
            "200 families are enrolled in the program",
        ),
    ],
)
def test_the_medium_closing_the_complement_is_not_what_was_said(text: str, content: str) -> None:
    assert [[s.text for s in c.content] for c in extract(text)] == [[content]]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The report described the talks as informal and not tied to any job offer.",
            "described",
            "the talks as informal and not tied to any job offer",
        ),
        (
            "They criticized the city for not tracking the money, and for not requiring checks.",
            "criticized",
            "the city for not tracking the money, and for not requiring checks",
        ),
        # the speaker's next act is no second predicate
        ("She described the plan as flawed and left the room.", "described", "the plan as flawed"),
    ],
)
def test_a_second_predicate_coordinated_with_the_cue_goes_on_with_the_first(
    text: str, cue: str, content: str
) -> None:
    assert contents(text, cue) == [content]


@pytest.mark.parametrize(
    ("text", "cue", "content", "nested"),
    [
        (
            "The group believes that the real toll may be much higher, with some reports "
            "suggesting that 50 died.",
            "believes",
            "that the real toll may be much higher",
            "suggesting",
        ),
        (
            "She proposed a training program of 40 hours per person, at what her aide said would "
            "be a cost of 800 dollars.",
            "proposed",
            "a training program of 40 hours per person",
            "said",
        ),
    ],
)
def test_a_report_set_off_after_the_content_ends_it_and_is_its_own(
    text: str, cue: str, content: str, nested: str
) -> None:
    assert contents(text, cue) == [content]
    assert len(contents(text, nested)) == 1


def test_a_relative_clause_told_as_hearsay_ends_the_content() -> None:
    text = (
        "The company confirmed that it had been contacted by the state office, which will "
        "reportedly focus on its finances."
    )
    assert contents(text, "confirmed") == ["that it had been contacted by the state office"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The mayor said the toll may be much higher, with many roads still closed.",
            "the toll may be much higher, with many roads still closed",
        ),
        (
            "The mayor said the fund backs the port, which will soon reopen.",
            "the fund backs the port, which will soon reopen",
        ),
    ],
)
def test_a_set_off_phrase_with_no_report_of_its_own_stays_in_the_content(
    text: str, content: str
) -> None:
    assert contents(text, "said") == [content]


@pytest.mark.parametrize(
    "text",
    [
        "Teens love their earbuds more than ever before. That's according to a new survey.",
        "- Teens love their earbuds more than ever before. That's according to a new survey.\n"
        "- Apple is holding an event in the city next month.",
    ],
)
def test_according_to_on_a_bare_that_is_gives_the_sentence_before(text: str) -> None:
    assert contents(text, "according to") == ["Teens love their earbuds more than ever before"]


def test_according_to_on_its_own_clause_keeps_that_clause() -> None:
    text = "Teens love their earbuds. That is why sales rose, according to a new survey."
    assert contents(text, "according to") == ["That is why sales rose"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Lee said he wants the mayor to do well, but the city is not going that direction.",
            "he wants the mayor to do well, but the city is not going that direction",
        ),
        (
            "Officials said the bridge is safe, but the road is closed to trucks.",
            "the bridge is safe, but the road is closed to trucks",
        ),
        (
            "The coach said Morgan has made progress, but the quarterback has not been cleared "
            "to play.",
            "Morgan has made progress, but the quarterback has not been cleared to play",
        ),
    ],
)
def test_a_clause_in_the_speakers_present_after_a_past_cue_goes_on_with_the_report(
    text: str, content: str
) -> None:
    assert contents(text, "said") == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the writer's past after the speaker's present
        (
            "The mayor said the plan is dead, but the council voted for it on Monday.",
            "the plan is dead",
        ),
        # the speaker's words in the past: the present after them is the writer's
        (
            "The mayor said the plan was dead, but the council is still debating it.",
            "the plan was dead",
        ),
        (
            "The company said it expects profits to rise, but the shares fell on Monday.",
            "it expects profits to rise",
        ),
    ],
)
def test_a_clause_out_of_the_speakers_tense_is_the_writers(text: str, content: str) -> None:
    assert contents(text, "said") == [content]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The senator insists the party must stay a party of ideas, and has backed a budget "
            "that cuts taxes.",
            "insists",
            "the party must stay a party of ideas",
        ),
        (
            "Kim says voters should get a vote on the deal and has pushed for a ballot question.",
            "says",
            "voters should get a vote on the deal",
        ),
        (
            "The mayor said the city would fix the roads and has hired new crews.",
            "said",
            "the city would fix the roads",
        ),
        (
            "The mayor said the city would fix the roads and had hired new crews.",
            "said",
            "the city would fix the roads",
        ),
    ],
)
def test_a_finite_verb_after_a_modal_is_the_speakers_next_act(
    text: str, cue: str, content: str
) -> None:
    assert contents(text, cue) == [content]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            'The union\'s president said that the new ad is "racist" and referred to a simple '
            "test to explain her view.",
            "said",
            'that the new ad is "racist"',
        ),
        (
            "The report said the former mayor has mild asthma and mentioned a knee injury.",
            "said",
            "the former mayor has mild asthma",
        ),
        (
            "He has said reporters are his biggest worry and joked about closing the newsroom.",
            "has said",
            "reporters are his biggest worry",
        ),
    ],
)
def test_a_bare_past_after_the_speakers_present_is_the_speakers_next_act(
    text: str, cue: str, content: str
) -> None:
    assert contents(text, cue) == [content]


@pytest.mark.parametrize(
    "text",
    [
        # the present inside a clause of the report ("if ...")
        "The mayor said residents expect lower fares if the council passes the budget and urged "
        "the board to act quickly.",
        # the present on a noun of the report ("that pays ...")
        "The mayor criticized the contract that pays the builder twice and said the deal would "
        "be reviewed.",
    ],
)
def test_a_bare_past_after_a_present_deeper_in_the_report_is_the_speakers(text: str) -> None:
    speakers = {c.cue.text: c.speaker.text for c in extract(text) if c.cue and c.speaker}
    assert speakers.get("urged", speakers.get("said")) == "The mayor", speakers


@pytest.mark.parametrize(
    "text",
    [
        # a bare verb shares the modal: still what was said
        "The mayor said the city would fix the roads and hire new crews.",
        # both finite, one tense: the clause's own coordination
        "The mayor said the city fixed the roads and hired new crews.",
        "The mayor said the city fixes the roads and hires new crews.",
        # a past of another act may be the clause's own
        "The mayor said the suspect is a felon and owned a rifle.",
        # the speaker's own clause: the predicate tells of the speaker either way
        "The mayor said she would consider a run but loves her job and has no plans to leave.",
        "The mayor said that she could not recall the password and has not visited the site.",
    ],
)
def test_a_predicate_sharing_the_complements_verb_group_stays_in_it(text: str) -> None:
    assert contents(text, "said") == [text.removeprefix("The mayor said ").removesuffix(".")]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The governor has said he will not sign the bill, but he stars in a new ad for it.",
            "he will not sign the bill",
        ),
        (
            "The governor said he would not sign the bill, and he appears in an ad for it.",
            "he would not sign the bill",
        ),
    ],
)
def test_the_speakers_clause_in_the_writers_present_ends_the_report(
    text: str, content: str
) -> None:
    assert contents(text, "said" if "has said" not in text else "has said") == [content]


@pytest.mark.parametrize(
    "text",
    [
        "An aide said she related to him, and she was impressed with him.",
        "The governor said he is tired, and he wants to rest.",
    ],
)
def test_the_speakers_clause_in_the_complements_tense_goes_on_with_it(text: str) -> None:
    words = text.split(" said ", 1)[1].removesuffix(".")
    assert contents(text, "said") == [words]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            'In cases of abortion, the group said, "the woman is a victim."',
            ["In cases of abortion", '"the woman is a victim."'],
        ),
        (
            'But in hard times, the mayor said, "the city must borrow."',
            ["in hard times", '"the city must borrow."'],
        ),
        (
            'The savings, she said, "do not add up to much."',
            ["The savings", '"do not add up to much."'],
        ),
        (
            'In past campaigns, "we felt that we could reach people online," Smith said.',
            ['In past campaigns, "we felt that we could reach people online,"'],
        ),
    ],
)
def test_a_quotation_in_lower_case_goes_on_with_the_sentence_begun_before_it(
    text: str, content: list[str]
) -> None:
    assert contents(text, "said") == content


@pytest.mark.parametrize(
    "text",
    [
        # a quoted sentence of its own: the frame is the saying's
        'At a rally on Tuesday, Trump said, "We will win this state."',
        'Speaking to reporters, the mayor said, "the plan is dead."',
        'Instead, the mayor said, "the plan is dead."',
        'As for Iran, the mayor said, "the deal is dead."',
    ],
)
def test_a_frame_of_the_saying_stays_outside_the_quotation(text: str) -> None:
    quoted = text[text.index('"') :]
    assert contents(text, "said") == [quoted]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            'Clinton said she was "going to put coal miners out of business," while trying to '
            "explain her plan to rebuild the economy.",
            'she was "going to put coal miners out of business,"',
        ),
        (
            'Fans on Twitter said Kelly was "incognito," sparking a firestorm of speculation.',
            'Kelly was "incognito,"',
        ),
        (
            'He said the plan was "dead," leaving the city without a budget.',
            'the plan was "dead,"',
        ),
    ],
)
def test_a_participle_after_the_closing_quotation_mark_is_the_writers(
    text: str, content: str
) -> None:
    assert contents(text, "said") == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Officials said troops attacked the village, killing 12 people.",
            "troops attacked the village, killing 12 people",
        ),
        # no comma: the quoted words run on into the participle
        (
            'He said he had asked his "people" to "look into" paying the fees.',
            'he had asked his "people" to "look into" paying the fees',
        ),
    ],
)
def test_a_participle_not_set_off_after_a_quotation_stays_in_the_clause(
    text: str, content: str
) -> None:
    assert contents(text, "said") == [content]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "If spending does not slow down, forecasters say it will cripple the economy.",
            "say",
            ["If spending does not slow down", "it will cripple the economy"],
        ),
        (
            "If elected, the senator said she would close the base.",
            "said",
            ["If elected", "she would close the base"],
        ),
        (
            "When Lee is matched against Kim, 45 percent said they would vote for him.",
            "said",
            ["When Lee is matched against Kim", "they would vote for him"],
        ),
    ],
)
def test_a_fronted_condition_is_the_claims_first_piece(
    text: str, cue: str, content: list[str]
) -> None:
    assert contents(text, cue) == content


@pytest.mark.parametrize(
    "text",
    [
        # when the words were said
        "When he arrived, the mayor said the plan was dead.",
        "When asked about the plan, the mayor said it was dead.",
        # the writer's aside, and a hedge with no clause
        "As if the week were not bad enough, the mayor said the plan was dead.",
        "If anything, the mayor said the plan was dead.",
        # a report of its own: the critics' claims frame it, not the mayor's words
        "If critics claim the plan failed, the mayor said the plan was dead.",
    ],
)
def test_a_fronted_time_of_the_saying_stays_outside(text: str) -> None:
    assert contents(text, "said") == [text.split(" said ")[1].removesuffix(".")]


def test_a_condition_before_a_parenthetical_cue_is_not_the_next_cues() -> None:
    text = "If you find success, he said, conservatives believe you should keep it."
    believed = [c for c in extract(text) if c.cue is not None and c.cue.text == "believe"]
    assert all(len(c.content) == 1 for c in believed)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # past an infinitive, the next finite verb up is the complement's own
        (
            "The report said this allows firms to hide their profits and creates room for abuse.",
            "this allows firms to hide their profits and creates room for abuse",
        ),
    ],
)
def test_a_present_not_coordinated_with_a_modal_stays_in_the_report(
    text: str, content: str
) -> None:
    assert contents(text, "said") == [content]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "Studies show that eating late is tied to a higher risk of binge eating (2).",
            "show",
            "that eating late is tied to a higher risk of binge eating",
        ),
        (
            "One review found that skipping breakfast raised the risk of overeating (10, 11).",
            "found",
            "that skipping breakfast raised the risk of overeating",
        ),
        (
            "Researchers concluded that the drug eased pain in most patients [3].",
            "concluded",
            "that the drug eased pain in most patients",
        ),
        # a year or a list in brackets is the speaker's, not a numbered reference
        (
            "Officials said the bill would cost $5 million (2016).",
            "said",
            "the bill would cost $5 million (2016)",
        ),
        (
            "Lee said the plan covers three counties (Adams, Brown and Clay).",
            "said",
            "the plan covers three counties (Adams, Brown and Clay)",
        ),
    ],
)
def test_a_numbered_reference_closing_the_sentence_is_the_writers(
    text: str, cue: str, content: str
) -> None:
    assert contents(text, cue) == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "However, rents in the north are being held down by new building, the agency said.",
            "rents in the north are being held down by new building",
        ),
        (
            "Meanwhile, the county will close two clinics, officials said.",
            "the county will close two clinics",
        ),
        # a coordinator stays: PolNeAR keeps it inside a preposed report as often as not
        (
            "But the tunnel is not about traffic, the engineer said.",
            "But the tunnel is not about traffic",
        ),
        # an adverb of the word after it says something: still the speaker's
        ("Still more nurses will be hired, she said.", "Still more nurses will be hired"),
    ],
)
def test_a_sentence_opening_connective_adverb_is_the_writers_link(text: str, content: str) -> None:
    assert contents(text, "said") == [content]


def test_a_sentence_opening_connective_adverb_stays_out_of_an_according_to_report() -> None:
    text = "Still, most riders now rate the new buses highly, according to a city survey."
    assert contents(text, "according to") == ["most riders now rate the new buses highly"]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # headlines quote with single marks: the closing mark, and the stop inside it, are the
        # quote's
        (
            "Senator says budget plan is a ‘disaster.’\n\nThe senator spoke on Monday.",
            "says",
            "budget plan is a ‘disaster.’",
        ),
        (
            "Mayor says new stadium deal is 'a giveaway.'\n\nThe mayor spoke on Monday.",
            "says",
            "new stadium deal is 'a giveaway.'",
        ),
        (
            "The governor said the ruling was a ‘travesty.’ Her aides agreed.",
            "said",
            "the ruling was a ‘travesty.’",
        ),
    ],
)
def test_a_content_closing_a_single_quoted_phrase_takes_its_closing_mark(
    text: str, cue: str, content: str
) -> None:
    assert contents(text, cue) == [content]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # an apostrophe is no quotation mark: the content ends before the stop
        ("An aide said the mayor's plan failed.", "said", "the mayor's plan failed"),
        ("An aide said the plan failed in '16.", "said", "the plan failed in '16"),
        ("An aide said the fault was the Joneses'.", "said", "the fault was the Joneses'"),
        # a quote closed inside the content leaves the stop after it out
        ("An aide said the plan was ‘dead’ for now.", "said", "the plan was ‘dead’ for now"),
    ],
)
def test_an_apostrophe_or_a_closed_single_quote_takes_no_stop(
    text: str, cue: str, content: str
) -> None:
    assert contents(text, cue) == [content]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # another's report set beside the first by "while", no comma before it
        (
            "The union accuses the council of hiding the costs of the plan while the council "
            "suggests the union is stalling the talks.",
            "accuses",
            "the council of hiding the costs of the plan",
        ),
        (
            "The mayor said the budget was balanced while the governor insisted it was not.",
            "said",
            "the budget was balanced",
        ),
    ],
)
def test_a_contrasted_report_ends_the_first_without_a_comma(
    text: str, cue: str, content: str
) -> None:
    assert contents(text, cue) == [content]
    assert len(extract(text)) == 2


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # leading the clause: the speaker's own concession
        (
            "The mayor said that while critics suggest the plan is costly, it will save money.",
            "that while critics suggest the plan is costly, it will save money",
        ),
        # no comma and no clause reported: an act that is part of the claim
        (
            "The councilman said he believes the mayor should resign even though she apologized "
            "for the remarks.",
            "he believes the mayor should resign even though she apologized for the remarks",
        ),
    ],
)
def test_a_contrast_that_sets_no_report_beside_stays_in_the_words(text: str, content: str) -> None:
    assert contents(text, "said") == [content]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # a second participle with a report of its own is the speaker's next act, and a cue set
        # off at the sentence's end is the channel: neither is what was said
        (
            "The mayor welcomed the news that the strike would end, saying the union was "
            '"doing the right thing," suggesting she might meet its leaders, a local paper '
            "reported.",
            "saying",
            'the union was "doing the right thing,"',
        ),
        (
            "The coach said the team would travel on Sunday, a local radio station reported.",
            "said",
            "the team would travel on Sunday",
        ),
    ],
)
def test_a_later_cue_set_off_by_a_comma_ends_the_words(text: str, cue: str, content: str) -> None:
    assert contents(text, cue) == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a time followed by the occasion of speaking, to the sentence's end, is when and where
        # the words were said: on the verb or at the end of its predicate
        (
            "The governor said the tax plan was a disaster on Tuesday at a rally in Ohio.",
            "the tax plan was a disaster",
        ),
        (
            "The mayor said the new bridge was unsafe Monday in a radio interview.",
            "the new bridge was unsafe",
        ),
        (
            "The union said its leaders were confident earlier Friday during a news conference.",
            "its leaders were confident",
        ),
        # a time alone, a year, an event's time or one in a clause of what will be may be the
        # words' own
        (
            "The mayor said the bridge was closed on Monday.",
            "the bridge was closed on Monday",
        ),
        (
            "The minister said the jobless rate was high in 2015 at a briefing.",
            "the jobless rate was high in 2015 at a briefing",
        ),
        (
            "The mayor said she had visited the school last week during a town hall debate.",
            "she had visited the school last week during a town hall debate",
        ),
        (
            "The senator said the vote would take place on Thursday at a town hall forum.",
            "the vote would take place on Thursday at a town hall forum",
        ),
    ],
)
def test_a_states_time_before_the_occasion_of_speaking_is_the_reports(
    text: str, content: str
) -> None:
    assert contents(text, "said") == [content]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # a day closing an object content before the occasion of speaking is the speaker's
        (
            "The coach blamed the referees for the loss Sunday at a news conference.",
            "blamed",
            "the referees for the loss",
        ),
        (
            "The senator called the bill a disgrace on Tuesday in a floor speech.",
            "called",
            "the bill a disgrace",
        ),
        # the occasion may come first, its day after it
        (
            "Board chair Ann Lee decided not to recommend firing the coach at a news conference "
            "Monday even though she found errors.",
            "not to recommend",
            "firing the coach",
        ),
        (
            "The coach blamed the referees for the loss at a news conference Sunday.",
            "blamed",
            "the referees for the loss",
        ),
        # a day with no occasion after it, or one of what is yet to be done, is the words' own
        (
            "The senator called the bill a disgrace on Tuesday.",
            "called",
            "the bill a disgrace on Tuesday",
        ),
        (
            "The mayor vowed to visit the school on Friday during a town hall debate.",
            "vowed",
            "to visit the school on Friday during a town hall debate",
        ),
        ("The mayor vowed to speak at a rally Tuesday.", "vowed", "to speak at a rally Tuesday"),
    ],
)
def test_a_day_before_the_occasion_of_speaking_closes_an_object_content(
    text: str, cue: str, content: str
) -> None:
    assert contents(text, cue) == [content]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "PORTLAND, Ore., Dec. 11 (AP) — Young farmers are turning toward the governor, a new "
            "survey indicates.",
            "indicates",
            "Young farmers are turning toward the governor",
        ),
        (
            "WASHINGTON — The plan will fail, the senator said.",
            "said",
            "The plan will fail",
        ),
    ],
)
def test_a_dateline_opening_a_fronted_content_is_the_wires(
    text: str, cue: str, content: str
) -> None:
    assert contents(text, cue) == [content]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # "however" opening a clause after a comma or semicolon: the writer's contrast
        (
            "About 40 percent said they would back the governor, however this year that share "
            "has fallen to 30 percent.",
            "said",
            "they would back the governor",
        ),
        (
            "The mayor said the budget would pass; however, the council has not voted yet.",
            "said",
            "the budget would pass",
        ),
        # inside the reported clause, or on an adjective, it is the speaker's
        (
            "The mayor said the budget, however, would not pass this year.",
            "said",
            "the budget, however, would not pass this year",
        ),
        (
            "The mayor said the budget would pass, however long the debate lasted.",
            "said",
            "the budget would pass, however long the debate lasted",
        ),
    ],
)
def test_a_clause_opened_by_however_after_the_report_is_the_writers(
    text: str, cue: str, content: str
) -> None:
    assert contents(text, cue) == [content]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # a refusal to tell, coordinated with no subject: the reporter's silence, the writer's
        (
            "The team confirmed that the coach would be meeting with the owners but would not "
            "give details of the agenda.",
            "confirmed",
            "that the coach would be meeting with the owners",
        ),
        (
            "The team confirmed the coach would be meeting with the owners, but did not comment "
            "on the agenda.",
            "confirmed",
            "the coach would be meeting with the owners",
        ),
        (
            "The mayor said the city would rebuild the bridge but would not elaborate.",
            "said",
            "the city would rebuild the bridge",
        ),
        # not negated, or no telling withheld: what was said goes on
        (
            "The mayor said the contractor would rebuild the bridge and give details of the cost "
            "next week.",
            "said",
            "the contractor would rebuild the bridge and give details of the cost next week",
        ),
        (
            "The team said the coach would meet the owners but would not sign a new deal.",
            "said",
            "the coach would meet the owners but would not sign a new deal",
        ),
    ],
)
def test_a_refusal_to_tell_coordinated_in_the_complement_is_the_writers(
    text: str, cue: str, content: str
) -> None:
    assert contents(text, cue) == [content]


def test_an_outlets_account_of_events_holds_the_report_inside_it() -> None:
    # one attribution, the paper's: the pledge is part of the events it reports (univocal)
    text = (
        "Earlier in the day, Lee held a meeting with Tampa business owners and pledged to “fix "
        "the roads that have failed this city and its families,” the Tampa Tribune reported."
    )
    assert reported(text, "speaker", "cue") == [("the Tampa Tribune", "reported")]
    assert contents(text, "reported") == [
        "Earlier in the day, Lee held a meeting with Tampa business owners and pledged to “fix the "
        "roads that have failed this city and its families,”"
    ]


def test_a_lead_in_closed_by_a_colon_is_no_account_of_the_cue_after_it() -> None:
    text = (
        "At every stop, Lee primes fans not to trust the press and cites the crowds themselves as "
        "proof: He says outlets undercount them."
    )
    assert reported(text, "speaker", "cue") == [("Lee", "cites"), ("He", "says")]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "She admitted “a few cases” where the charity gifts may have gone astray.",
            "admitted",
            "“a few cases” where the charity gifts may have gone astray",
        ),
        (
            "The coach admitted “two or three errors” that cost the team the game.",
            "admitted",
            "“two or three errors” that cost the team the game",
        ),
    ],
)
def test_a_quoted_fragment_opening_the_object_runs_on_into_its_relative_clause(
    text: str, cue: str, content: str
) -> None:
    # the relative clause hangs on a word inside the quotation: all of it was admitted
    assert contents(text, cue) == [content]


def test_a_relative_clause_the_quotations_comma_sets_off_is_the_writers_gloss() -> None:
    text = "It is odd that the mayor would denounce “self-help,” which is like a gift to the poor."
    assert reported(text, "cue", "content") == [("would denounce", ["“self-help,”"])]


def test_a_report_joined_after_a_comma_with_a_subject_of_its_own_is_its_own() -> None:
    text = (
        "The paper revealed that the council had spent the fund, and the following week, the "
        "auditor requested records about it."
    )
    assert reported(text, "speaker", "cue") == [
        ("The paper", "revealed"),
        ("the auditor", "requested"),
    ]
    assert contents(text, "revealed") == ["that the council had spent the fund"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # joined to a report inside the clause: one more of the reports relayed
        (
            "The column notes that a critic claimed the plan would fail, and the mayor then "
            "called the plan “very costly.”",
            "that a critic claimed the plan would fail, and the mayor then called the plan “very "
            "costly.”",
        ),
        # no comma before the coordinator: as often what the speaker said
        (
            "The mayor said the fund was spent and the auditor confirmed it.",
            "the fund was spent and the auditor confirmed it",
        ),
    ],
)
def test_a_report_joined_to_a_report_or_without_a_comma_goes_on_with_the_words(
    text: str, content: str
) -> None:
    assert [c for _, c in reported(text)] == [[content]]
