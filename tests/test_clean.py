"""Boilerplate flagging: exact labels on the seeds, each rule on text written here, and no body
paragraph of the seeds or of BASIL flagged."""

from __future__ import annotations

import json
from itertools import pairwise
from pathlib import Path

import pytest

from conftest import shared_path
from sourcetrace.clean import find_boilerplate
from sourcetrace.lines import split_lines
from sourcetrace.model import Boilerplate, BoilerplateLabel

CAPTION = BoilerplateLabel.CAPTION
DUPLICATE = BoilerplateLabel.CAPTION_DUPLICATE
CREDIT = BoilerplateLabel.CREDIT
PAYWALL = BoilerplateLabel.PAYWALL
TRAILER = BoilerplateLabel.TRAILER
TEASER = BoilerplateLabel.TEASER

BODY = (
    "The minister said on Friday that the talks had failed and that nobody knew what would come "
    "next in a process that had already taken three years."
)
BODY2 = (
    "Officials in the capital declined to comment on the report, which was first published by a "
    "regional newspaper late on Thursday evening."
)


def flagged(text: str) -> list[tuple[int, int, BoilerplateLabel]]:
    """(first line, last line, label) of each span, lines numbered from 1."""
    out = []
    for b in find_boilerplate(text):
        assert text[b.start : b.end] == text[b.start : b.end].strip("\n")  # whole lines only
        out.append((text.count("\n", 0, b.start) + 1, text.count("\n", 0, b.end) + 1, b.label))
    return out


def lines_of(*lines: str) -> str:
    return "\n".join(lines)


def assert_well_formed(text: str, spans: tuple[Boilerplate, ...]) -> None:
    """Sorted, non-overlapping, and each span starts and ends at a line boundary."""
    assert list(spans) == sorted(spans, key=lambda b: b.start)
    for a, b in pairwise(spans):
        assert a.end <= b.start
    for span in spans:
        assert span.start == 0 or text[span.start - 1] == "\n"
        assert span.end == len(text) or text[span.end] in "\r\n"


# --- the seeds


def test_yahoo_seed_exact_labels(yahoo_seed: Path) -> None:
    text = yahoo_seed.read_text(encoding="utf-8")
    assert flagged(text) == [
        (7, 7, CAPTION),
        (8, 8, DUPLICATE),
        (16, 16, CAPTION),
        (17, 17, DUPLICATE),
        (33, 33, CAPTION),
        (34, 34, DUPLICATE),  # "war" -> "War", "AY-COLLECTION" -> "AY-Collection"
        (58, 58, CAPTION),
        (59, 59, DUPLICATE),  # reworded
        (75, 75, CAPTION),
        (76, 76, DUPLICATE),  # shortened
        (78, 78, CREDIT),
        (81, 81, TRAILER),
    ]
    spans = find_boilerplate(text)
    assert_well_formed(text, spans)
    by_label = {b.label: text[b.start : b.end] for b in spans}
    assert by_label[CREDIT] == "Jenna McLaughlin contributed reporting to this story."
    assert by_label[TRAILER] == "Read more from Yahoo News:"


def test_sofrep_seed_exact_labels(sofrep_seed: Path) -> None:
    text = sofrep_seed.read_text(encoding="utf-8")
    assert flagged(text) == [(7, 7, CAPTION), (12, 21, PAYWALL), (22, 22, TRAILER)]
    spans = find_boilerplate(text)
    assert_well_formed(text, spans)
    caption, paywall, trailer = (text[b.start : b.end] for b in spans)
    assert caption == "Major General Qasem Soleimani."
    assert paywall.startswith("Already have an account? Sign In\n")
    assert paywall.endswith("\nRecurring Monthly. Cancel Anytime.")
    assert trailer == "COMMENTS"


@pytest.mark.parametrize("seed", ["yahoo_seed", "sofrep_seed"])
def test_no_body_paragraph_of_a_seed_is_flagged(seed: str, request: pytest.FixtureRequest) -> None:
    text = request.getfixturevalue(seed).read_text(encoding="utf-8")
    spans = find_boilerplate(text)
    body = [line for line in split_lines(text) if line.is_prose and "(Photo:" not in line.text]
    assert len(body) > 5
    for line in body:
        assert not any(b.start < line.end and line.start < b.end for b in spans), line.text


def test_no_body_paragraph_of_basil_is_flagged() -> None:
    path = shared_path("corpus", "basil", "basil-2010-2016.jsonl")
    hits = []
    labels = []  # "UPDATE: <paragraph>": the label alone is flagged, the paragraph stays
    notes = []  # a correction after the last paragraph is the page's note, flagged whole
    for row in map(json.loads, path.read_text(encoding="utf-8").splitlines()):
        text = row["text"]
        spans = find_boilerplate(text)
        for line in split_lines(text):
            for b in spans:
                if not (line.is_prose and b.start < line.end and line.start < b.end):
                    continue
                if b.label is BoilerplateLabel.TEASER and b.end < line.end:
                    labels.append(text[b.start : b.end].strip())
                elif b.label is TRAILER and line.text.startswith("CORRECTION:"):
                    notes.append(line.text)
                else:
                    hits.append(line.text)
    assert hits == []
    assert sorted(set(labels)) == [
        "UPDATE 2:52 p.m. --",
        "UPDATE:",
        "UPDATE: 7:19 p.m. --",
        "Updated:",
    ]
    assert len(notes) == 1


def test_a_line_counts_the_words_of_its_stripped_text() -> None:
    lines = split_lines("  Rain fell  on Ohio.\r\n\n(AP Photo/Jane Doe)")
    assert [(line.text, line.words) for line in lines] == [
        ("Rain fell  on Ohio.", 4),
        ("", 0),
        ("(AP Photo/Jane Doe)", 3),
    ]


# --- captions


@pytest.mark.parametrize(
    "caption",
    [
        "President Obama speaks in the Rose Garden on Monday. (AP Photo/Evan Vucci)",
        "Protesters gather outside the embassy. (Photo: Jane Doe/Reuters)",
        "Protesters gather outside the embassy. (Karim Kadim/AP)",
        "Protesters gather outside the embassy. Getty Images",
        "Protesters gather outside the embassy. Credit: Jane Doe for The Daily",
        "Protesters gather outside the embassy. Photograph: Jane Doe/AFP",
        "Protesters gather outside the embassy. REUTERS/Kevin Lamarque",
        "Protesters gather outside the embassy. (PHOTO: Jane Doe)",
        "Protesters gather outside the embassy. CREDIT: JANE DOE",
    ],
)
def test_lines_ending_with_a_photo_credit_are_captions(caption: str) -> None:
    assert flagged(lines_of("Title", "", BODY, "", caption, "", BODY2)) == [(5, 5, CAPTION)]


@pytest.mark.parametrize(
    "line",
    [
        "This graphic, provided by Example Stats, shows the states where the harbor tax applies.",
        "The map below shows where the ships waited during the strike.",
        "This photo taken on May 2 depicts dock workers leaving the port.",
    ],
)
def test_a_line_that_points_at_its_picture_is_a_caption(line: str) -> None:
    assert flagged(lines_of("Title", BODY, line, BODY2)) == [(3, 3, CAPTION)]


def test_a_sentence_that_cites_a_picture_is_the_storys() -> None:
    for line in (
        "A photo released by police shows the two men at the port on Friday.",
        "This image of the party is wrong, the senator said on Friday.",
        "This chart is what the minister showed the committee, an aide said.",
    ):
        assert flagged(lines_of("Title", BODY, line, BODY2)) == [], line


def test_a_standalone_name_line_between_paragraphs_is_a_caption() -> None:
    named = "Qassem Soleimani, the head of the Quds Force, was killed near the airport on Friday."
    text = lines_of("Title", named, "", "Maj. Gen. Qassem Soleimani.", BODY2)
    assert flagged(text) == [(4, 4, CAPTION)]


def test_a_name_line_naming_no_one_the_story_names_is_no_caption() -> None:
    council = "The Human Rights Council met in Geneva on Friday to review the harbor report."
    for line in ("Maj. Gen. Qassem Soleimani.", "Climate Change.", "Human Rights."):
        assert flagged(lines_of("Title", council, "", line, BODY2)) == [], line


@pytest.mark.parametrize(
    "line",
    [
        "Joe Biden knew Lloyd Bentsen.",  # a verb: a sentence, not a name
        "CLIMATE CHANGE.",  # shouting: a subhead
        "The Pinocchio Test.",  # a subhead
        "Scrutinizing the Science.",  # a subhead
        "Glenn Beck Rips Progressivism at CPAC",  # no final period: a headline
    ],
)
def test_short_lines_that_are_not_name_captions(line: str) -> None:
    assert flagged(lines_of("Title", BODY, "", line, "", BODY2)) == []


def test_a_name_line_needs_paragraphs_on_both_sides() -> None:
    assert flagged(lines_of("Maj. Gen. Qassem Soleimani.", BODY)) == []  # the title
    assert flagged(lines_of("Title", "", "Jane Doe.", BODY)) == []  # a byline under the title


def test_a_repeated_caption_is_a_duplicate_even_reworded() -> None:
    first = "Soldiers patrol the streets of the old city on Friday morning."
    second = "Soldiers patrol the streets of the old city Friday morning."
    text = lines_of("Title", BODY, "", first, second, "", BODY2)
    assert flagged(text) == [(4, 4, CAPTION), (5, 5, DUPLICATE)]


def test_repeats_that_are_not_captions() -> None:
    # A title echoed by the lede, and a paragraph quoted twice, stay body text.
    lede = "Chris Christie announced he is running for president in 2016."
    assert flagged(lines_of("Chris Christie Announces He Is Running for President", "", lede)) == []
    assert flagged(lines_of("Title", BODY, BODY, BODY2)) == []
    # Too far apart to be one figure's alt text and caption.
    caption = "Soldiers patrol the streets of the old city on Friday morning."
    assert flagged(lines_of("Title", BODY, caption, BODY, BODY2, BODY, caption, BODY2)) == []


def test_parallel_lines_naming_different_things_are_no_repeats() -> None:
    items = ["- Spain (Group F): 11th appearance", "- Sweden (Group F): Seventh appearance"]
    assert flagged(lines_of("Title", BODY, *items, BODY2)) == []
    items = ["Harbor of Calder, north pier, in May", "Harbor of Veldt, north pier, in May"]
    assert flagged(lines_of("Title", BODY, *items, BODY2)) == []
    # a repeat that drops a name or two is still the same caption
    first = "Cranes stand at the Port Calder terminal of Veldania on Friday. (Photo: Ann Lee/AP)"
    second = "Cranes stand at the Port Calder terminal on Friday. (Photo: Ann Lee/AP)"
    assert flagged(lines_of("Title", BODY, first, second, BODY2)) == [
        (3, 3, CAPTION),
        (4, 4, DUPLICATE),
    ]


def test_a_tables_rows_are_no_captions_even_repeated() -> None:
    # a sortable table's header row is extracted again as its footer
    head = "| Pos | Player | Snaps | Share |"
    text = lines_of("Title", BODY, head, "| QB | Ann Lee | 60 | 100% |", head, BODY2)
    assert flagged(text) == []
    caption = "Soldiers patrol the streets of the old city on Friday morning."
    assert flagged(lines_of("Title", BODY, caption, caption, BODY2)) == [
        (3, 3, CAPTION),
        (4, 4, DUPLICATE),
    ]


# --- credits


@pytest.mark.parametrize(
    "credit",
    [
        "Jenna McLaughlin contributed reporting to this story.",
        "Bryant Rousseau and Caryn Wilson contributed reporting.",
        "The Associated Press contributed to this report.",
        "(Reporting by Valerie Volcovici; Editing by Will Dunham.)",
        "Additional reporting by Lawrence Hurley in Washington.",
        "Contributing: Nicole Gaudiano.",
        "SOURCE: News agencies",  # a capitals label, but a credit before it is a teaser
        "Source: Al Jazeera and agencies",
        "With Herald wires",
        "With wire services",
        "Staff Reports",
        "From staff reports",
        "By Ann Lee",
        "By Ann Lee and Bo Park",
        "5:45 AM PST 11/19/2019 by Ann Lee",
        "Why Can't the Harbor Keep Its Own Cranes? It's Complicated [Example Times]",
        "This article has been adapted from its original source.",
        "This story was excerpted from Ann Lee's book on the harbor.",
        "Main image credit: Example Images",
        "Photo credits: Ann Lee",
        "Ann Lee via Getty Images.",
        "Ann Lee/Reuters.",
        "Source Example Times/State University.",
        "SOURCE: Harbor Poll/Example Research",
        "(h/t Harbor Daily.)",
        "H/T: Example Times",
        "Hat tip: Ann Lee",
    ],
)
def test_credit_lines(credit: str) -> None:
    assert flagged(lines_of("Title", BODY, "", credit)) == [(4, 4, CREDIT)]


def test_body_lines_about_copyright_or_popularity_are_no_trailers() -> None:
    for line in (
        "Copyright law changed in May, the court said.",
        "Popular demand was high.",
        "Fans follow the band on Twitter, and the band follows them back.",
        "E-mail records show Lee at the port at noon, the court said.",
    ):
        assert flagged(lines_of("Title", BODY, line, BODY2)) == []


@pytest.mark.parametrize(
    "line",
    [
        "We will keep the harbor open [applause]",  # a transcript's stage direction
        "The mayor said the cranes [at the north pier] were sold",  # an editor's insertion
        "Harbor Strike Ends After Three Weeks [VIDEO]",  # a section tag: a teaser
    ],
)
def test_a_bracket_after_a_sentence_or_a_section_tag_is_no_credit(line: str) -> None:
    assert all(label is not CREDIT for *_, label in flagged(lines_of("Title", BODY, line, BODY2)))


def test_a_trailer_sentence_closing_a_credits_line_is_a_trailer() -> None:
    # the text's origin is credited, where the page ran is a trailer (tests/gold/README.md)
    for credit, trailer in (
        ("This article was originally published by Example.", "Read the original article."),
        (
            "Port Column is written by Ann Lee, who founded it in 1990.",
            "Contact Port Column at www.example.com or P.O. Box 12, Harbor City, CA 90000.",
        ),
    ):
        text = lines_of("Title", BODY, f"{credit} {trailer}")
        assert [(text[b.start : b.end], b.label) for b in find_boilerplate(text)] == [
            (credit, CREDIT),
            (trailer, TRAILER),
        ]
    # a credit's line that goes on with no trailer stays one credit
    text = lines_of("Title", BODY, "Ann Lee contributed reporting. She is in Calder.")
    assert flagged(text) == [(3, 3, CREDIT)]


def test_a_dash_signature_closing_the_text_is_a_credit_and_elsewhere_is_not() -> None:
    for signature in ("- Reuters.", "— Ann Lee.", "-Harbor Desk"):
        assert flagged(lines_of("Title", BODY, BODY2, signature)) == [(4, 4, CREDIT)]
        assert flagged(lines_of("Title", BODY, signature, BODY2)) == []
    for line in ("- Ann Lee said the pier would reopen.", "- Calder, Harbor City and Port Lee."):
        assert flagged(lines_of("Title", BODY, BODY2, line)) == []


def test_a_source_or_credit_inside_a_sentence_is_no_credit() -> None:
    for line in (
        "Source code for the harbor app was published on Friday.",
        "Ann Lee went to Reuters in 2010 and stayed for nine years.",
    ):
        assert flagged(lines_of("Title", BODY, line, BODY2)) == []


def test_a_columns_credit_closing_the_text_is_a_credit_and_inside_the_story_is_not() -> None:
    credit = "Port Talk is written by Ann Lee, also known as Ann Park, and was founded by her aunt."
    assert flagged(lines_of("Title", BODY, BODY2, credit)) == [(4, 4, CREDIT)]
    inside = "The letter is written by Ann Lee, who says the harbor should stay open all year."
    assert flagged(lines_of("Title", BODY, inside, BODY2)) == []


def test_a_story_line_about_a_hat_or_a_tip_is_no_credit() -> None:
    for line in (
        "The mayor tipped her hat to the dock workers on Friday.",
        "A tip from a neighbor led the police to the harbor, the chief said.",
    ):
        assert flagged(lines_of("Title", BODY, line, BODY2)) == []


def test_a_body_sentence_about_contributions_is_not_a_credit() -> None:
    assert flagged(lines_of("Title", BODY, "He contributed $5,000 to the campaign.")) == []
    line = "The film, with editing by Ann Lee, won a prize in Calder, the jury said on Friday."
    assert flagged(lines_of("Title", BODY, line)) == []
    assert flagged(lines_of("Title", BODY, "Ann Lee in Calder; Editing by Bo Park")) == [
        (3, 3, CREDIT)
    ]
    for line in (
        "By The Numbers",  # a head, not a byline
        "By Friday the talks had failed.",
        "With wires cut, the town went dark for three days.",
        "The staff reports to the mayor.",
        "It was originally published by a small press in Ohio in 1952, she said.",
        "The film was adapted from a novel that the mayor wrote in 1990.",
        "The image credits the wrong photographer, the agency said on Friday.",
    ):
        assert flagged(lines_of("Title", BODY, line, BODY2)) == [], line
    source = "Source: the senator's aide, who said the talks would resume after the holiday."
    assert flagged(lines_of("Title", BODY, source)) == []


# --- paywalls


def test_a_subscription_box_is_one_paywall_block() -> None:
    text = lines_of(
        "Title",
        BODY,
        "Subscribe to keep reading",
        "Get unlimited digital access",
        "Only $2 per month",
        "Cancel anytime.",
    )
    assert flagged(text) == [(3, 6, PAYWALL)]


def test_one_mention_of_subscribing_is_not_a_paywall() -> None:
    text = lines_of("Title", BODY, "Subscribers can log in.", BODY2)
    assert flagged(text) == []
    text = lines_of("Title", "Readers who subscribe for $5 per month get unlimited access." * 3)
    assert flagged(text) == []  # a paragraph about a paywall is not a box


# --- trailers


def test_a_related_list_at_the_end_is_one_trailer() -> None:
    text = lines_of("Title", BODY, "", "Related:", "Talks resume in Geneva", "Minister resigns")
    assert flagged(text) == [(4, 6, TRAILER)]


@pytest.mark.parametrize(
    "line",
    [
        "Follow us on Twitter @example",
        "Sign up for our morning newsletter",
        "12 Comments",
        "Reach the reporters on Twitter at http://twitter.com/example",
        "The writer can be reached at desk@example.com",
        "Originally published on Example Science.",
        "- Visit Example Insider's homepage for more stories.",
        "Copyright 2019 Example News Now. All rights reserved.",
        "© 2019 Example Media",
        "Write to Ann Lee at ann.lee@example.com",
        "Explore further",
        "Popular on ExampleWire",
        "More AP soccer: https://example.com/soccer and https://example.com/sports",
        "Have a tip? Ann Lee may be reached at ann@example.com. Follow her on Twitter @annlee or "
        "on Facebook.",
        "Ann Lee, who covers the port for The Example Herald, can be reached at ann@example.com.",
        "Get the latest updates right in your inbox. Subscribe to Example's newsletters.",
        "ann.lee@example.com",
        "twitter.com/annlee",
        "Follow Port Desk on Instagram, Facebook and YouTube.",
        "Like this story? Share it with a friend!",
        "- Order Reprints",
        "- Print Article",
        "https://www.example.com/articles/port-strike-ends-5157",
        "Email Ann Lee at ann@example.com or follow her @annlee. Follow us on Twitter @example.",
        "This copy is for your personal, non-commercial use only. To order copies for "
        "distribution to colleagues, clients or customers, use the Order Reprints tool.",
        "Contact the Port Column at www.example.com or P.O. Box 12, Harbor City, CA 90000.",
        "Click To Tweet",
        "Read the original article.",
        "Subscribe to Port Desk on YouTube for more harbor news:",
        "GET PORT DESK ON THE GO BY CLICKING HERE",
        "For more information on the pier works, please visit: www.example.com",
    ],
)
def test_trailer_lines(line: str) -> None:
    assert flagged(lines_of("Title", BODY, line)) == [(3, 3, TRAILER)]


@pytest.mark.parametrize("line", ["Click To Tweet", "Tweet this", "Read the full story."])
def test_a_share_or_read_prompt_between_paragraphs_is_a_trailer(line: str) -> None:
    assert flagged(lines_of("Title", BODY, line, BODY2)) == [(3, 3, TRAILER)]


@pytest.mark.parametrize(
    "line",
    [
        "Start your day with the Harbor Bell. It is the preferred morning read of dock hands "
        "all along the coast. Sign up for the free daily newsletter.",
        "Have a smart speaker? Now you can hear the Harbor Bell each morning. Just search for "
        '"Harbor Bell" in your speaker\'s flash briefing settings.',
        'You can also subscribe to this newsletter here — just tick "Harbor Bell."',
        "Catch up on the harbor strike with our reporters on our weekly podcast, “Low Tide.”",
    ],
)
def test_a_call_to_sign_up_is_a_trailer_wherever_it_stands(line: str) -> None:
    assert flagged(lines_of("Title", line, BODY, BODY2)) == [(2, 2, TRAILER)]
    assert flagged(lines_of("Title", BODY, BODY2, line)) == [(4, 4, TRAILER)]


@pytest.mark.parametrize(
    "line",
    [
        "More than two million readers subscribe to the newsletter, the publisher said on Friday.",
        '"Sign up for nothing you cannot read," the editor told subscribers of the newsletter.',
        "Contact the harbor office at once, officials told the crews on Monday morning.",
        "For more information on the strike, crews were told to wait for Monday's meeting.",
        "Ann Lee, who subscribes to three channels on YouTube, found the video there.",
    ],
)
def test_a_story_line_about_a_newsletter_or_a_contact_is_no_trailer(line: str) -> None:
    assert flagged(lines_of("Title", BODY, line, BODY2)) == []


def test_a_press_release_about_head_runs_to_the_end() -> None:
    about = "Acme Harbor makes cranes for ports in twelve countries and employs 900 people."
    text = lines_of("Title", BODY, BODY2, "About Acme Harbor", about, "Media contact: Ann Lee")
    assert flagged(text) == [(4, 6, TRAILER)]
    # a subhead that opens "About" over a paragraph of the story is the story's
    text = lines_of("Title", BODY, "About the delay", BODY2)
    assert flagged(text) == []


def test_a_long_disclaimer_line_is_a_trailer() -> None:
    line = (
        "Disclaimer: The views and tips of the experts quoted here are their own and not those "
        "of the site or its management. Example.com advises users to check with certified "
        "experts before taking any investment decisions."
    )
    assert flagged(lines_of("Title", BODY, line, BODY2)) == [(3, 3, TRAILER)]


def test_an_up_next_head_is_the_articles_own_and_the_ruled_links_after_it_a_trailer() -> None:
    text = lines_of(
        "Title",
        BODY,
        "UP NEXT",
        "Hawks: Host the Bears.",
        "___",
        "More AP NBA: https://example.com",
    )
    assert flagged(text) == [(5, 6, TRAILER)]


def test_a_rule_before_a_trailer_line_joins_it() -> None:
    text = lines_of("Title", BODY, "___", "Reach the reporter at desk@example.com")
    assert flagged(text) == [(3, 4, TRAILER)]
    assert flagged(lines_of("Title", BODY, "___", BODY2)) == []  # a rule alone is no trailer


def test_a_reporters_address_lines_are_one_trailer() -> None:
    text = lines_of("Title", BODY, "ann.lee@example.com", "twitter.com/annlee")
    assert flagged(text) == [(3, 4, TRAILER)]
    # an address inside a sentence is the sentence's
    assert flagged(lines_of("Title", BODY, "Write in to desk@example.com with your tips.")) == []


def test_a_trailer_line_before_more_prose_is_flagged_alone() -> None:
    text = lines_of("Title", BODY, "Reach the reporter at desk@example.com", BODY2)
    assert flagged(text) == [(3, 3, TRAILER)]


def test_a_related_headline_inside_the_body_is_a_teaser_and_at_the_end_a_trailer() -> None:
    assert flagged(lines_of("Title", BODY, "RELATED: Talks resume in Geneva", BODY2)) == [
        (3, 3, TEASER)
    ]
    assert flagged(lines_of("Title", BODY, "RELATED: Talks resume in Geneva")) == [(3, 3, TRAILER)]


def test_an_update_note_after_the_last_paragraph_is_a_trailer() -> None:
    assert flagged(lines_of("Title", BODY, BODY2, "Updated at 1:23 p.m.")) == [(4, 4, TRAILER)]
    assert flagged(lines_of("Title", BODY, "Updated at 1:23 p.m.", BODY2)) == [(3, 3, TEASER)]


# --- offsets


def test_spans_exclude_carriage_returns_and_round_trip() -> None:
    text = "Title\r\n" + BODY + "\r\n\r\nJane Doe contributed reporting.\r\n"
    (span,) = find_boilerplate(text)
    assert span.label is CREDIT
    assert text[span.start : span.end] == "Jane Doe contributed reporting."


def test_empty_text_has_no_boilerplate() -> None:
    assert find_boilerplate("") == ()


# --- the story's tail: what follows its last paragraph


@pytest.mark.parametrize(
    "line",
    [
        "Listen to Port Desk live at 12:45 weekdays - or listen back here.",
        "Follow our full coverage of the harbor strike at https://example.com/strike",
        'Ann Lee\'s book about the harbor, "Low Tide" (Example Press, 2018), is out now. Follow '
        "her on Twitter @annlee.",
        "Editor's note: This story was updated at 5:45 p.m. to add the minister's reply.",
        "Correction added May 2, 2019: An earlier caption misnamed the harbor.",
        "Get started with the Harbor Pro plan here.",
        "Looking for more mooring tips? Stay tuned for more Port Desk guides!",
        "Get Port Monthly delivered to your door every month. 12 issues for £11.99. Click here "
        "for more information.",
        "This article has been updated with a reply from the harbor master.",
        "This piece was corrected to give the right date of the vote.",
        "Port Desk Live airs on Harbor Radio weekdays from 7 a.m. to 9 a.m. Eastern.",
        "Port Talk airs every Sunday at noon on Example FM.",
    ],
)
def test_a_sign_off_after_the_last_paragraph_is_a_trailer_and_inside_the_story_is_not(
    line: str,
) -> None:
    assert flagged(lines_of("Title", BODY, BODY2, line)) == [(4, 4, TRAILER)]
    assert TRAILER not in [label for _, _, label in flagged(lines_of("Title", BODY, line, BODY2))]


def test_a_long_editors_note_after_the_story_is_a_trailer_unless_it_quotes() -> None:
    note = (
        "Editor's note: The harbor authority has been criticized for years over its handling of "
        "the port's finances, its refusal to publish the audits it ordered, and the closure of "
        "the north pier without a vote of the council or a word to the crews who worked there, "
        "which left two hundred families without an income for most of a year."
    )
    assert flagged(lines_of("Title", BODY, BODY2, note)) == [(4, 4, TRAILER)]
    quoted = note.replace("the audits it ordered", '"the audits it ordered"')
    assert TRAILER not in [label for *_, label in flagged(lines_of("Title", BODY, BODY2, quoted))]


def test_an_editors_note_cut_by_line_breaks_or_spaced_by_no_break_spaces_is_one_trailer() -> None:
    broken = ["Editor's note: The harbor authority regularly", "ignores", "the council's votes."]
    assert flagged(lines_of("Title", BODY, BODY2, *broken)) == [(4, 6, TRAILER)]
    spaced = "Editor\u2019s\u00a0note:\u00a0The harbor authority regularly ignores the council."
    assert flagged(lines_of("Title", BODY, BODY2, spaced)) == [(4, 4, TRAILER)]


def test_a_companys_standing_description_closing_a_release_is_a_trailer() -> None:
    about = (
        "Acme Harbor Systems is a global provider of crane software for ports. Its mission is to "
        "keep cargo moving."
    )
    more = "Acme Harbor Systems is headquartered in Calder and employs 900 people."
    assert flagged(lines_of("Title", BODY, BODY2, about, more)) == [(4, 5, TRAILER)]
    # inside the story, or followed by a line of the story's, or quoting someone: the story's
    assert flagged(lines_of("Title", BODY, about, BODY2)) == []
    assert flagged(lines_of("Title", BODY, about, BODY2.replace("Officials", "Acme"))) == []
    quoted = about.replace("keep cargo moving", '"keep cargo moving"')
    assert flagged(lines_of("Title", BODY, BODY2, quoted)) == []


@pytest.mark.parametrize(
    "line",
    [
        "Ann Lee is a professor of maritime history at State University.",
        "Rep. Ann Lee, D-Ore., chairs the House harbor caucus.",
        "Bo Park is senior harbor editor at Port Desk.",
        "Lee is a Calder-based reporter for the Example Network.",
        "Ann Lee, a harbor pilot from Calder who sailed for years, is coordinator of the Pier "
        "Network and co-founder of the Dock Fund.",
        "Bo Park is co-founder of the Calder Harbor Trust.",
        "Bo Park is the Republican governor of Oregon.",
    ],
)
def test_an_op_eds_author_line_after_the_story_is_a_trailer(line: str) -> None:
    assert flagged(lines_of("Title", BODY, BODY2, line)) == [(4, 4, TRAILER)]
    assert flagged(lines_of("Title", BODY, line, BODY2)) == []


def test_a_storys_last_fact_about_someone_is_no_author_line() -> None:
    for line in (
        "Ann Lee is expected to appear in court on Monday.",
        "Bo Park is the third dock worker charged this year.",
        "Ann Lee is a professor at State University who says the harbor must close.",
        "Sen. Bo Park, R-Ore., told reporters the vote would be close.",
        # a verb of office without an apposition before it is the story's own fact
        "Park heads to Calder for a hearing on Thursday.",
        "Sen. Ann Lee leads the race by five points.",
        "Bo Park, the governor of Oregon, is expected to sign the bill on Friday.",
    ):
        assert flagged(lines_of("Title", BODY, BODY2, line)) == [], line
    # nor is a one-line text its own trailer
    assert flagged(lines_of("Park heads to Calder for a hearing on Thursday")) == []


def test_a_story_that_ends_on_a_short_line_or_a_quote_keeps_it() -> None:
    for line in (
        "Listening is the hardest part of the job, the minister said on Friday.",
        "“Follow the money,” she said.",
        "Authorities say the two cases are unrelated.",
        "Get out of here.",
        "Stay in touch with the crews, she said.",
    ):
        assert flagged(lines_of("Title", BODY, BODY2, line)) == [], line


def test_lines_between_two_trailers_after_the_story_are_trailers() -> None:
    text = lines_of(
        "Title",
        BODY,
        "Write to Ann Lee at ann.lee@example.com",
        "An error has occurred, please try again later.",
        "Thank you",
        "© 2019 Example Media",
        "This copy is for your personal, non-commercial use only. To order copies for "
        "distribution to colleagues, clients or customers, use the Order Reprints tool.",
    )
    assert flagged(text) == [(n, n, TRAILER) for n in range(3, 8)]
    # with no trailer after it, a short last line stays the story's
    text = lines_of("Title", BODY, "Write to Ann Lee at ann.lee@example.com", "Thank you")
    assert flagged(text) == [(3, 4, TRAILER)]  # a marker with no prose after runs to the end


def test_a_note_under_the_last_rule_beside_a_trailer_is_a_trailer() -> None:
    bio = "Ann Lee is Port Desk's deal curator and spends a quarter of her pay on what she posts."
    disclosure = "If you buy something through this post, Port Desk may get a share of the sale."
    text = lines_of("Title", BODY, BODY2, "___", bio, disclosure)
    assert flagged(text) == [(4, 5, TRAILER), (6, 6, TRAILER)]
    # with no trailer under the rule, or a quotation there, the lines are the story's
    assert flagged(lines_of("Title", BODY, "___", bio, BODY2)) == []
    quote = '"We will reopen the pier," the minister said.'
    text = lines_of("Title", BODY, "___", quote, disclosure)
    assert flagged(text) == [(5, 5, TRAILER)]


def test_a_copyright_line_naming_the_site_before_its_year_is_a_trailer() -> None:
    line = "copyright Port Desk 2019 - ISSN: 1234-5678"
    assert flagged(lines_of("Title", BODY, line)) == [(3, 3, TRAILER)]
    line = "Copyright disputes in 2019 rose by a third, the registry said in its annual report."
    assert flagged(lines_of("Title", BODY, line, BODY2)) == []


def test_a_copyright_notice_is_a_trailer_however_long() -> None:
    line = (
        "© 2019 Example Press. All Rights Reserved. This material may not be published, "
        "broadcast, rewritten, or redistributed."
    )
    assert flagged(lines_of("Title", BODY, line)) == [(3, 3, TRAILER)]


@pytest.mark.parametrize(
    "line",
    [
        "Follow @PortDeals on Twitter to keep up with the latest and greatest deals from around "
        "the coast. Quantities may be limited. Prices are subject to change without notice.",
        "Be sure to visit Acme Harbor on Facebook, Twitter, and Instagram.",
        "Subscribe to the Port Desk YouTube Channel for all of the latest videos and reviews!",
        "If you buy something through this post, Port Desk may get a share of the sale.",
        "We may earn a commission from links on this page.",
        "Disclosure: Port Desk may earn a commission from some of the products on this page.",
    ],
)
def test_calls_to_follow_affiliate_disclosures_and_podcast_calls_are_trailers_anywhere(
    line: str,
) -> None:
    assert flagged(lines_of("Title", BODY, line, BODY2)) == [(3, 3, TRAILER)]
    assert flagged(lines_of("Title", BODY, BODY2, line, "Harbor Cam Review [Video]")) == [
        (4, 4, TRAILER),
        (5, 5, TEASER),  # a call to follow is one line: it heads no list
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Subscribe to the newsletter, the mayor urged.",
        "Follow us on Twitter, the harbor master told the crews.",
        "Listen to the podcast, she said.",
        "The firm may earn a commission on each crane it sells to the port, the report said.",
        "Crews who follow the union on Twitter learned of the strike first.",
    ],
)
def test_a_call_the_story_reports_or_a_commission_it_names_is_no_trailer(line: str) -> None:
    assert flagged(lines_of("Title", BODY, line, BODY2)) == []


def test_a_short_label_closing_the_text_introduces_nothing_and_is_a_trailer() -> None:
    assert flagged(lines_of("Title", BODY, BODY2, "See more photos:")) == [(4, 4, TRAILER)]
    assert flagged(lines_of("Title", BODY, "See more photos:", BODY2)) == [(3, 3, TEASER)]
    # a sentence of the story that ends on a colon is no label
    line = "The harbor master listed three reasons for the closure in her letter to the board:"
    assert flagged(lines_of("Title", BODY, BODY2, line)) == []


@pytest.mark.parametrize(
    "line",
    [
        "This sponsored deal is brought to you by Acme Harbor.",
        "This post was sponsored by Acme Harbor. All opinions are mine alone.",
        "This shop has been compensated by Example Media and its advertiser. #ad",
    ],
)
def test_a_sponsors_credit_for_the_page_is_a_credit(line: str) -> None:
    assert flagged(lines_of("Title", BODY, line, BODY2)) == [(3, 3, CREDIT)]


@pytest.mark.parametrize(
    "line",
    ["- Published 18 November 2019", "Posted on March 3, 2019 by Ann Lee", "Published: 3/3/2019"],
)
def test_the_pages_own_dateline_is_a_credit(line: str) -> None:
    assert flagged(lines_of("Title", "Subhead", line, BODY, BODY2)) == [(3, 3, CREDIT)]


def test_a_story_sentence_opening_with_a_publication_date_is_no_credit() -> None:
    line = "Published March 3, 2019, the report found that the pier had rotted through."
    assert flagged(lines_of("Title", BODY, line, BODY2)) == []


def test_a_story_line_about_a_sponsor_is_no_credit() -> None:
    for line in (
        "The regatta is sponsored by Acme Harbor, the organizers said on Friday.",
        "This event was sponsored by Acme Harbor.",
    ):
        assert flagged(lines_of("Title", BODY, line, BODY2)) == [], line


def test_a_line_naming_its_pictures_place_is_a_caption() -> None:
    line = "Cover image: an artist's impression of the new pier at night"
    assert flagged(lines_of("Title", BODY, line, BODY2)) == [(3, 3, CAPTION)]
    assert flagged(lines_of("Title", BODY, "Main image credit: Jane Roe", BODY2)) == [
        (3, 3, CREDIT)
    ]


def test_two_embedded_posts_of_one_account_are_no_repeated_caption() -> None:
    signature = "— Port Authority (@PortAuthority) October 9, 2018"
    text = lines_of("Title", BODY, "Pier 4 closes today.", signature, BODY2, signature, BODY)
    assert flagged(text) == []
