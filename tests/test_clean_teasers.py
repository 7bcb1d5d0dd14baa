"""Teasers, in-body labels and links to other stories: flagged as boilerplate, never speakers."""

from __future__ import annotations

import gzip

import pytest

from conftest import shared_path
from sourcetrace import analyze
from sourcetrace.clean import find_boilerplate
from sourcetrace.ingest.html import article_from_html
from sourcetrace.ingest.markup import marked_lines
from sourcetrace.model import Analysis, Article, Boilerplate, BoilerplateLabel
from sourcetrace.pipeline import analyze_many

TEASER = BoilerplateLabel.TEASER
BODY = (
    "The senator said on Friday that the talks had failed and that nobody knew what would come "
    "next in a process that had already taken three years."
)
BODY2 = (
    "Officials in the capital declined to comment on the report, which was first published by a "
    "regional newspaper late on Thursday evening."
)


def teasers(text: str) -> list[str]:
    return [text[b.start : b.end] for b in find_boilerplate(text) if b.label is TEASER]


def trailers(text: str) -> list[str]:
    return [
        text[b.start : b.end] for b in find_boilerplate(text) if b.label is BoilerplateLabel.TRAILER
    ]


@pytest.mark.parametrize(
    "line",
    [
        "WATCH: Pence visits the border wall in Arizona",
        "ENERGY: Coal country waits for the jobs it was promised",
        "KEEPING SCORE: Who won the night in Iowa",
        "** WINNER Clinton takes Ohio",
        "UPDATE",
        "Meet Melania Trump",
        "Plus Obama",
        "DON'T MISS",
        "Lakers vs Nets: NBA make final decision on game [VIDEO]",
        "Related post: Pickled Brussels Sprouts Recipe",
        "'Fix the pipes': Town votes $3M for new water mains",
        "“Not again”: Second storm in a week floods the harbor",
        "(Graphic: Harbor traffic in 2019 - here)",
        "[Related: Harbor Keynote: cranes, ships and the new pier]",
        "READ MORE: Harbor strike ends: Ships leave port at dawn",
        "Most read in world news",
        "Story continues below gallery",
        "Article continues after advertisement",
        "Take a look if you haven't read it yet: Why Some Harbors Thrive and Others Never Do",
        "In case you missed it: Harbor Strike Ends After Three Weeks",
    ],
)
def test_a_teaser_line_between_paragraphs_is_flagged_whole(line: str) -> None:
    assert teasers(f"Title\n\n{BODY}\n\n{line}\n\n{BODY2}") == [line]


@pytest.mark.parametrize(
    "line",
    [
        # a dateline and a letter open prose: the label is no teaser
        "NEW DELHI: Nearly 150 Indians returned home broke on Wednesday after they were deported.",
        "DEAR ABBY: My husband of more than 20 years just purchased plane tickets to India.",
        # a speaker the article names elsewhere, a headline's speaker in mixed case
        "PENCE: We will win in Ohio",
        "Pence: Trump will carry Ohio",
        "Plus Obama is nominating Todd Jones to lead the agency, officials said on Wednesday.",
        "Meet the Press will air on Sunday.",
        # the story's own short lines about reading and popularity
        "Most read the letter twice.",
        "The story continues below the fold of every paper in town.",
        # a sign's words, and an invitation before prose, are the story's
        "The sign at the gate read: Keep Out Of The Harbor Area",
        "Take a look at the numbers: the port lost money in each of the last three years.",
        # a quotation before a colon that opens prose
        "“Not again”: the words were on every lip in the harbor on Friday after the storm.",
    ],
)
def test_speakers_datelines_and_prose_are_no_teasers(line: str) -> None:
    assert teasers(f"Title\n\n{BODY} Ohio heard from Pence.\n\n{line}\n\n{BODY2}") == []


def test_a_transcripts_repeated_capitals_labels_stay_speakers() -> None:
    text = (
        "Debate transcript\n\nMODERATOR: Your answer on taxes\n\nSMITH: We cut them for all\n\n"
        "JONES: Not for the middle class\n\nSMITH: For everyone\n\nJONES: Not true at all"
    )
    assert teasers(text) == []


def test_a_label_before_a_paragraph_is_flagged_alone() -> None:
    text = f"Title\n\n{BODY}\n\nUPDATE: {BODY2}\n"
    assert teasers(text) == ["UPDATE: "]


@pytest.mark.parametrize(
    ("label", "line"),
    [
        ("UPDATE 2:52 p.m. -- ", f"UPDATE 2:52 p.m. -- {BODY2}"),
        ("Updated at 5:10 pm ET: ", f"Updated at 5:10 pm ET: {BODY2}"),
        ("UPDATE: 7:19 p.m. -- ", f"UPDATE: 7:19 p.m. -- {BODY2}"),
    ],
)
def test_a_time_stamped_update_label_is_flagged_alone(label: str, line: str) -> None:
    assert teasers(f"Title\n\n{BODY}\n\n{line}\n") == [label]


@pytest.mark.parametrize(
    "line",
    [
        "OSLO: Ten ships left the harbor on Monday after the strike ended at dawn.",  # the body's
        # first paragraph
        "DEAR ANNIE: My sister borrowed my car three weeks ago and has not returned it.",
    ],
)
def test_datelines_and_salutations_are_no_speakers(line: str) -> None:
    analysis = analyze(f"Strike ends\n\n{line}\n\n{BODY}")
    assert [a.speaker.text for a in analysis.attributions if a.speaker] == ["The senator"]


@pytest.mark.parametrize(
    ("line", "speaks"),
    [
        ("MOE: We will win, believe me, every time we run.", True),  # "said Moe" below
        ("BERGEN: Workers went back on Tuesday, a day after the ships left.", False),  # a place
        ("NOTICE: Comments that insult other readers will be removed by the editors.", False),
    ],
)
def test_a_lone_capitals_label_speaks_only_as_a_name_the_article_uses(
    line: str, speaks: bool
) -> None:
    text = f"Strike ends\n\n{BODY}\n\n{line}\n\nThe port in Bergen is open again, said Moe."
    spoken = [a.speaker.text for a in analyze(text).attributions if a.speaker]
    assert (line.split(":")[0] in spoken) is speaks


def test_labels_and_teasers_never_become_sources_in_analyze() -> None:
    text = (
        "Trump wins Ohio\n\n"
        "KEEPING SCORE: Trump leads the delegate count after Ohio\n\n"
        "“We will win,” Trump said on Tuesday night in Columbus.\n\n"
        "WATCH: Pence says the race is over\n\n"
        "UPDATE: Clinton said on Wednesday that she would keep campaigning in Ohio.\n\n"
        "TRUMP: We will win everywhere, believe me\n"
    )
    analysis = analyze(text)
    assert {s.name for s in analysis.sources} == {"Trump", "Clinton"}
    spoken = [a.speaker.text for a in analysis.attributions if a.speaker is not None]
    assert spoken == ["Trump", "Clinton", "TRUMP"]


@pytest.mark.parametrize(
    "title", ["‘He saved us’: Two hikers rescued from the caves", "** WINNER Lee takes the county"]
)
def test_the_articles_own_title_is_no_teaser_however_it_reads(title: str) -> None:
    assert teasers(f"{title}\n\n{BODY}\n\n{BODY2}") == []
    assert teasers(f"Title\n\n{BODY}\n\n{title}\n\n{BODY2}") == [title]


def test_a_capitals_headline_between_paragraphs_is_a_teaser_and_a_short_head_is_not() -> None:
    headline = "MAYOR LEE SAYS THE PORT STRIKE HAS COST THE CITY $2 MILLION"
    assert teasers(f"Title\n\n{BODY}\n\n{headline}\n\n{BODY2}") == [headline]
    assert teasers(f"Title\n\n{BODY}\n\nUP NEXT\n\n{BODY2}") == []  # a section head
    assert [a.speaker.text for a in analyze(f"{headline}\n\n{BODY}").attributions if a.speaker] == [
        "MAYOR LEE",
        "The senator",
    ]  # the title line is the article's own


def test_a_section_tag_closing_a_headline_is_a_teaser_and_alone_is_not() -> None:
    headline = "Dock workers strike again in the north [VIDEO]"
    assert teasers(f"Title\n\n{BODY}\n\n{headline}\n\n{BODY2}") == [headline]
    assert teasers(f"Title\n\n{BODY}\n\n[CNET]\n\n{BODY2}") == []


def test_a_tables_row_in_capitals_is_no_teaser() -> None:
    row = "| HD | THE HOME DEPOT INC. | 225.86 | -12.99 | -5.44% |"
    assert teasers(f"Title\n\n{BODY}\n\n{row}\n\n{BODY2}") == []
    headline = row.replace("|", "").strip()
    assert teasers(f"Title\n\n{BODY}\n\n{headline}\n\n{BODY2}") == [headline]


HOVERED = (
    "A man pleaded guilty to charges he threatened to kill Rep. Jane DoeJane DoeSenate passes "
    "the farm bill | House votes on roads and bridges MORE (D-Ohio), the office announced Monday."
)


def test_a_hover_card_after_a_linked_name_is_a_teaser_and_the_sentence_stays() -> None:
    assert teasers(f"Title\n\n{HOVERED}\n\n{BODY}") == [
        "Jane DoeSenate passes the farm bill | House votes on roads and bridges MORE"
    ]
    assert teasers(f"Title\n\n{BODY} Jane Doe said MORE than once that it was Doe.") == []


def test_a_content_around_a_hover_card_is_split_into_pieces() -> None:
    (announced,) = analyze(f"Title\n\n{HOVERED}").attributions
    assert [c.text for c in announced.content] == [
        "A man pleaded guilty to charges he threatened to kill Rep. Jane Doe",
        "(D-Ohio)",
    ]


# --- link lines in HTML


def test_a_paragraph_that_is_wholly_a_link_is_flagged_and_a_link_in_prose_is_not() -> None:
    html = (
        "<html><head><title>Port reopens</title></head><body><article>"
        f"<p>{BODY} <a href='/lee'>Ann Lee</a> agreed with the senator on Friday.</p>"
        "<p><a href='/other-story'>Dock workers strike again in the north</a></p>"
        f"<p>{BODY2}</p><h2><a href='#cost'>What the delay will cost</a></h2>"
        f"<p>{BODY}</p></article></body></html>"
    )
    article = article_from_html(html, origin="page.html")
    assert "What the delay will cost" in article.text  # a section's own anchor is no teaser
    assert [article.text[b.start : b.end] for b in article.flagged] == [
        "Dock workers strike again in the north"
    ]
    assert marked_lines(html, "Ann Lee") == ()  # a name linked alone is no headline
    assert marked_lines(html, "Title\nContact: Ann Lee") == ()


@pytest.mark.parametrize(
    "line", ["• Dock workers strike again in the north", "ICYMI: Dock workers strike again"]
)
def test_a_bulleted_or_labelled_link_line_is_flagged(line: str) -> None:
    html = (
        "<html><body><article><p>Port reopens</p><ul><li><a href='/a'>Dock workers strike "
        "again in the north</a></li></ul><p><b>ICYMI:</b> <a href='/b'>Dock workers strike "
        f"again</a></p><p>{BODY}</p></article></body></html>"
    )
    text = f"Port reopens\n{line}\n{BODY}"
    assert [text[b.start : b.end] for b in marked_lines(html, text)] == [line]
    # the story's own headline, linked to itself, is no teaser
    assert marked_lines(html, f"Dock workers strike again in the north\n{BODY}") == ()


def test_a_heading_of_the_articles_own_is_no_link_whatever_links_repeat_its_words() -> None:
    rope, strike, pier = (
        "Harbor Pro Mooring Rope",
        "Dock workers strike again in the north",
        "Old pier closes for the winter season",
    )
    html = (
        f"<html><body><article><h1>Port reopens</h1><p>{BODY}</p>"
        f"<h2>How to moor a boat</h2><p>{BODY2}</p>"
        # a product heading linked to its shop, over the paragraph about it
        f"<h3><a href='https://shop.example/x1'>{rope}</a></h3><p>{BODY}</p>"
        # related stories' headlines in a box of their own, though a paragraph follows the box
        f"<div><h3><a href='/news/strike'>{strike}</a></h3><!-- ad -->"
        f"<h3><a href='/news/pier'>{pier}</a></h3></div><p>{BODY2}</p></article>"
        "<div class='tags'><a href='/tag/moor'>How to moor a boat</a></div></body></html>"
    )
    text = "\n".join(["Port reopens", BODY, "How to moor a boat", BODY2, rope, BODY, strike, pier])
    assert [text[b.start : b.end] for b in marked_lines(html, text)] == [strike, pier]


def test_the_items_of_a_list_of_story_cards_are_teasers() -> None:
    card = "<li><a href='/{0}'><img></a><h3><a href='/{0}'>{1}</a></h3><h4>{2}</h4></li>"
    html = (
        f"<html><body><article><h1>Port reopens</h1><p>{BODY}</p><ul>"
        + card.format("strike", "Dock workers strike again", "Ten ships wait at sea")
        + card.format("pier", "Old pier closes for winter", "The north wall will be rebuilt")
        # the story's own list: a linked head, then a sentence about it
        + "<li><h3><a href='/rope'>Harbor Pro Mooring Rope</a></h3> It holds in any storm.</li>"
        + f"</ul><p>{BODY2}</p></article></body></html>"
    )
    items = [
        "- Dock workers strike again Ten ships wait at sea",
        "- Old pier closes for winter The north wall will be rebuilt",
        "- Harbor Pro Mooring Rope It holds in any storm.",
    ]
    text = "\n".join(["Port reopens", BODY, *items, BODY2])
    assert [text[b.start : b.end] for b in marked_lines(html, text)] == items[:2]


def _page(sha: str) -> Analysis:
    path = shared_path("corpus", "aeb", "html", f"{sha}.html.gz")
    article = article_from_html(gzip.decompress(path.read_bytes()), origin=str(path))
    (analysis,) = analyze_many([article])
    return analysis


def _labelled(analysis: Analysis, label: BoilerplateLabel) -> list[str]:
    return [analysis.text[b.start : b.end] for b in analysis.boilerplate if b.label is label]


def _spoken_in(analysis: Analysis, start: int, end: int) -> list[str]:
    return [
        a.speaker.text
        for a in analysis.attributions
        if a.speaker is not None and a.speaker.start < end and start < a.speaker.end
    ]


def test_fox_related_story_links_in_the_body_are_teasers() -> None:
    analysis = _page("7dfc3e359d7c0ca48ac9046ae5759286cedf80abe7526fc6c6e6546b9ba43e33")
    flagged = _labelled(analysis, TEASER)
    assert len(flagged) == 4 and all(line.isupper() for line in flagged)
    assert any(line.startswith("LAUREN ALAINA SAYS") for line in flagged)
    for b in analysis.boilerplate:
        assert _spoken_in(analysis, b.start, b.end) == []
    assert {s.name for s in analysis.sources} >= {"James Van Der Beek", "Carrie Ann Inaba"}


def test_express_see_more_and_tagged_links_are_teasers() -> None:
    analysis = _page("624fcd903d56fc7055fa7097b330629450c095ad6937318deb027be7803bbf35")
    flagged = _labelled(analysis, TEASER)
    assert any(line.startswith("SEE MORE: Hong Kong protests") for line in flagged)
    assert "DON'T MISS" in flagged
    assert sum(line.endswith(("[VIDEO]", "[REACTION]", "[INSIGHT]|")) for line in flagged) == 3
    assert not any("VIDEO" in s.name for s in analysis.sources)


def test_spans_the_input_flagged_are_blanked_like_found_ones() -> None:
    line = "Lee says the port will close in May"
    text = f"Title\n\n{BODY}\n\n{line}\n\n{BODY2}"
    start, end = text.index(line), text.index(line) + len(line)
    flagged = (Boilerplate(start, end, TEASER),)
    (analysis,) = analyze_many([Article(text=text, flagged=flagged)])
    assert flagged[0] in analysis.boilerplate
    assert _spoken_in(analysis, start, end) == []
    assert _spoken_in(analyze(text), start, end) == ["Lee"]


def test_the_unlinked_headlines_of_a_list_with_a_linked_one_are_teasers() -> None:
    items = ["- Harbor Strike: Ten Ships Wait at Sea", "- Dock Workers Vote on the New Deal"]
    text = f"Title\n{BODY}\n{items[0]}\n{items[1]}\n{BODY2}"
    linked = text.index(items[1])
    known = [Boilerplate(linked, linked + len(items[1]), TEASER)]
    assert [text[b.start : b.end] for b in find_boilerplate(text, known)] == items
    assert teasers(text) == []  # no item linked: a list of the story's own


def test_a_list_of_the_storys_own_beside_a_linked_headline_stays() -> None:
    # two lists extracted one under the other read as one run of items
    items = ["- Calder (Group A): Third visit", "- Dock Workers Vote on the New Deal"]
    text = f"Title\n{BODY}\n{items[0]}\n{items[1]}\n{BODY2}"
    linked = text.index(items[1])
    known = [Boilerplate(linked, linked + len(items[1]), TEASER)]
    assert [text[b.start : b.end] for b in find_boilerplate(text, known)] == [items[1]]


def test_a_list_item_that_ends_a_sentence_stays_beside_a_linked_one() -> None:
    items = ["- Pay off the debts you owe first.", "- Dock Workers Vote on the New Deal"]
    text = f"Title\n{BODY}\n{items[0]}\n{items[1]}\n{BODY2}"
    linked = text.index(items[1])
    known = [Boilerplate(linked, linked + len(items[1]), TEASER)]
    assert [text[b.start : b.end] for b in find_boilerplate(text, known)] == [items[1]]


@pytest.mark.parametrize(
    "line",
    [
        "- See it now: Amazon",
        "See it now: Example Store",
        "You may also like...",
        "Harbor Cam Review: A week on the pier with the new camera [Video]",
        "You can view our June open thread here.",
        "Read our review-in-progress here.",
        "Read about that topic in the next article in this series, How to Moor a Boat.",
        "Read it all here.",
        "Read the rest of the interview here.",
        "CLICK FOR FULL REGATTA RESULTS",
        "Click for more photos of the pier",
    ],
)
def test_shop_links_widget_heads_media_tags_and_pointers_to_the_outlets_pieces_are_teasers(
    line: str,
) -> None:
    for text in (f"Title\n{BODY}\n{line}\n{BODY2}", f"Title\n{BODY}\n{BODY2}\n{line}"):
        assert teasers(text) == [line]


@pytest.mark.parametrize(
    "line",
    [
        "Read our lips, the senator told voters on Friday.",
        "See it now, the senator said.",
        "Watch the next debate closely, she said.",
        '"Read our review here," the senator said.',
        "Read it all here, the senator told reporters on Friday.",
        "Click for full details, the app tells its users.",
    ],
)
def test_a_story_line_that_looks_like_a_pointer_is_the_storys(line: str) -> None:
    assert teasers(f"Title\n{BODY}\n{line}\n{BODY2}") == []


def test_a_kicker_word_that_opens_a_hard_wrapped_sentence_is_no_label() -> None:
    text = f"Title\nPhotos\nwhich were released online on Friday\nshow the pier.\n{BODY}"
    assert teasers(text) == []
    assert teasers(f"Title\nPhotos\n{BODY}") == ["Photos"]


def test_an_archives_labels_alone_on_their_lines_are_teasers() -> None:
    text = f"Title\n\nABSTRACT.\n\n{BODY}\n\nFULL TEXT.\n\n{BODY2}"
    assert teasers(text) == ["ABSTRACT.", "FULL TEXT."]
    # in another case, or with words after it, the line is the story's
    assert teasers(f"Title\nAbstract.\n{BODY}\nFULL TEXT OF THE RULING\n{BODY2}") == []


def test_a_pointer_closing_a_paragraph_is_flagged_alone() -> None:
    pointer = "Read our full review of the new ferry here."
    paragraph = f"The ferry ran on time all week and the crews liked it. {pointer}"
    assert teasers(f"Title\n{BODY}\n{paragraph}\n{BODY2}") == [pointer]
    for line in (
        "The minister said she would stay in Calder. She told reporters she is happy here.",
        'The senator was blunt. "Read our review here," she said, and I was here.',
    ):
        assert teasers(f"Title\n{BODY}\n{line}\n{BODY2}") == []


@pytest.mark.parametrize(
    ("line", "closing"),
    [
        ("Watch the ad above.", TEASER),
        ("Watch the full interview with the harbor master above.", TEASER),
        ("Listen to the whole broadcast below.", TEASER),
        ("Check out the full trailer for the documentary “Tides,” below.", TEASER),
        ("Read the rest of the story at The Calder Post.", TEASER),
        ("See live regatta results here.", TEASER),
        # closing the page, a call to watch a link signs off, as does a label introducing nothing
        ("Watch the interview segment here.", BoilerplateLabel.TRAILER),
        ("Read the latest updates below:", BoilerplateLabel.TRAILER),
        (
            'Watch the latest video at <a href="http://video.example.com">video.example.com</a>.',
            BoilerplateLabel.TRAILER,
        ),
        ("Watch the launch at https://example.com/launch.", BoilerplateLabel.TRAILER),
    ],
)
def test_a_lead_in_pointing_at_the_page_or_a_link_is_a_teaser(
    line: str, closing: BoilerplateLabel
) -> None:
    assert teasers(f"Title\n\n{BODY}\n\n{line}\n\n{BODY2}") == [line]
    text = f"Title\n\n{BODY}\n\n{BODY2}\n\n{line}"
    assert [text[b.start : b.end] for b in find_boilerplate(text) if b.label is closing] == [line]


def test_lead_ins_on_one_line_are_each_a_teaser_and_one_closing_a_paragraph_alone() -> None:
    line = "See live regatta results here.Read the latest updates below:"
    assert teasers(f"Title\n\n{BODY}\n\n{line}\n\n{BODY2}") == [
        "See live regatta results here.",
        "Read the latest updates below:",
    ]
    paragraph = '"The crews rowed hard all morning, and the lead changed. (See the results here.)"'
    assert teasers(f"Title\n\n{BODY}\n\n{paragraph}\n\n{BODY2}") == ["(See the results here.)"]


@pytest.mark.parametrize(
    "line",
    [
        "Watch the ad above, the senator told donors on Friday.",
        '"Watch the results here," she said.',
        "See you here next year.",
        "See you here.",
        "Watch the harbor closely over the next few weeks as the cranes arrive below the bluff.",
        "The crews have never seen a storm like it here.",
        "Read my lips: no new port taxes.",
    ],
)
def test_a_story_line_that_looks_like_a_lead_in_is_the_storys(line: str) -> None:
    assert teasers(f"Title\n\n{BODY}\n\n{line}\n\n{BODY2}") == []
