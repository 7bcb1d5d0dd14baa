"""Words a page sets in above a signature line: an embedded tweet, a signed review
(`attribution/signed.py`), and the look-alikes no one signs."""

from __future__ import annotations

from sourcetrace import analyze
from sourcetrace.model import Analysis, SourceKind

LEAD = "The council met on Tuesday to vote on the new budget for the city's parks.\n"
# A body paragraph long enough that no tweet under it can take it in (a tweet is 280 characters).
PARAGRAPH = (
    "The council met on Tuesday to vote on the new budget for the city's parks, which had been "
    "cut three years in a row, and heard from more than forty residents who asked it to keep the "
    "pools open through September and to hire two more rangers for the northern trails.\n"
)
AFTER = "The vote is expected next week, after a second public hearing on the plan.\n"


def cueless(analysis: Analysis) -> list[tuple[str, str, str | None]]:
    """(content, speaker, source kind) of each attribution with no cue."""
    kinds = {s.id: s.kind.value for s in analysis.sources}
    return [
        (a.content[0].text, a.speaker.text, kinds.get(a.source or ""))
        for a in analysis.attributions
        if a.cue is None and a.speaker is not None
    ]


def test_an_embedded_tweet_is_its_signers_writing() -> None:
    tweet = (
        "Parks are for everyone and this budget keeps them open all year. "
        "pic.twitter.com/AbC123xyZ\n"
        "— Mayor Ann Lee (@AnnLeeMayor) June 4, 2019\n"
    )
    analysis = analyze(PARAGRAPH + tweet + AFTER)
    (found,) = [a for a in analysis.attributions if a.cue is None]
    assert found.content[0].text == (
        "Parks are for everyone and this budget keeps them open all year"
    )
    assert found.speaker is not None and found.speaker.text == "Mayor Ann Lee (@AnnLeeMayor)"
    assert found.cue_class.value == "written"
    source = next(s for s in analysis.sources if s.id == found.source)
    assert (source.name, source.kind) == ("Ann Lee", SourceKind.NAMED_PERSON)


def test_a_tweet_of_several_lines_stops_at_the_paragraph_above() -> None:
    tweet = (
        "Today we passed the parks budget.\n"
        "Thank you to every neighbor who came to speak!\n"
        "— City Council (@CityCouncil) June 4, 2019\n"
    )
    (found,) = cueless(analyze(PARAGRAPH + tweet + AFTER))
    assert found[0] == (
        "Today we passed the parks budget.\nThank you to every neighbor who came to speak!"
    )


def test_a_lead_in_with_a_colon_is_no_part_of_the_tweet() -> None:
    tweet = "The council wrote:\nThe budget passed.\n— City Council (@CityCouncil) June 4, 2019\n"
    assert [c for c, _, _ in cueless(analyze(PARAGRAPH + tweet + AFTER))] == ["The budget passed"]


def test_two_tweets_of_one_account_are_no_caption_and_its_repeat() -> None:
    tweets = (
        "The council votes on the budget at noon.\n"
        "— City Council (@CityCouncil) June 4, 2019\n"
        "The budget passed by seven votes to two.\n"
        "— City Council (@CityCouncil) June 4, 2019\n"
    )
    analysis = analyze(PARAGRAPH + tweets + AFTER)
    assert [c for c, _, _ in cueless(analysis)] == [
        "The council votes on the budget at noon",
        "The budget passed by seven votes to two",
    ]
    assert analysis.boilerplate == ()


def test_an_outlets_promotion_of_its_own_post_is_no_tweet_reported() -> None:
    promo = (
        "Our guide to the best city parks this summer https://t.co/Xy12AbCd\n"
        "— City Daily (@CityDaily) June 4, 2019\n"
    )
    assert cueless(analyze(PARAGRAPH + promo + AFTER)) == []


def test_a_signed_review_is_its_signers_and_a_masked_name_is_anonymous() -> None:
    reviews = (
        "“The show was wonderful and the seats were good.”\n"
        "– Ann**\n"
        "“We loved the music, the dancers and the costumes.”\n"
        "– To** Ra***\n"
    )
    found = cueless(analyze(LEAD + reviews + AFTER))
    assert found == [
        ("“The show was wonderful and the seats were good.”", "Ann**", "anonymous_person"),
        ("“We loved the music, the dancers and the costumes.”", "To** Ra***", "anonymous_person"),
    ]


def test_a_signed_review_by_a_full_name() -> None:
    review = "“The best evening we have had in years.”\n– Maria Gomez\n"
    assert cueless(analyze(LEAD + review + AFTER)) == [
        ("“The best evening we have had in years.”", "Maria Gomez", "named_person")
    ]


def test_a_photo_credit_a_byline_and_a_bullet_sign_nothing() -> None:
    text = (
        LEAD
        + "“Parks for everyone”\n— AP Photo/Evan Vucci\n"
        + "“A budget for all”\n— By Tom Ray\n"
        + "- Longer opening hours\n- More rangers\n"
        + AFTER
    )
    assert cueless(analyze(text)) == []


def test_a_pull_quote_of_a_cued_quote_is_not_signed_again() -> None:
    text = (
        "“We will keep every park open,” Mayor Ann Lee said at the meeting on Tuesday.\n"
        "“We will keep every park open”\n"
        "– Ann Lee\n" + AFTER
    )
    assert cueless(analyze(text)) == []


def test_a_tweets_picture_link_does_not_count_toward_its_length() -> None:
    lines = [
        "Every park in the city stays open all summer long, and the pools open early again "
        "this year.",
        "The budget adds two rangers for the northern trails and a new bus out to the lake "
        "in June.",
        "Thank you to the forty neighbors who came to speak up for the parks at the Thursday "
        "meeting!",
    ]
    # 92 + 90 + 92 characters and 2 line breaks: 276, within a tweet's 280 once its picture
    # link is not counted; counted as a word, the link would push the first line out.
    tweet = "\n".join(lines) + " pic.twitter.com/AbC123xyZ\n"
    signed = tweet + "— City Council (@CityCouncil) June 4, 2019\n"
    (found,) = cueless(analyze(PARAGRAPH + signed + AFTER))
    assert found[0] == "\n".join(lines)


def test_a_tweet_tag_is_its_authors_writing() -> None:
    tagged = (
        '<tweet id="1" author="@AnnLeeMayor" datetime="2019-06-04">The pools stay open until '
        "September, and the rangers are hired! SIGN UP FOR OUR NEWSLETTER — Ann Lee "
        "(@AnnLeeMayor) June 4, 2019</tweet>.\n"
    )
    analysis = analyze(PARAGRAPH + tagged + AFTER)
    assert cueless(analysis) == [
        (
            "The pools stay open until September, and the rangers are hired!",
            "@AnnLeeMayor",
            "named_person",
        )
    ]
    # the handle is the name it signs with: one source, "Ann Lee"
    assert "Ann Lee" in [s.name for s in analysis.sources]


def test_a_dash_in_a_tweet_tags_words_is_theirs_not_the_signatures() -> None:
    tagged = (
        '<tweet id="4" author="@AnnLeeMayor">The pools stay open — every one of them — until '
        "September — Ann Lee-Ray (@AnnLeeMayor) June 4, 2019</tweet>.\n"
    )
    analysis = analyze(PARAGRAPH + tagged + AFTER)
    assert [c for c, _, _ in cueless(analysis)] == [
        "The pools stay open — every one of them — until September"
    ]
    assert "Ann Lee-Ray" in [s.name for s in analysis.sources]


def test_a_tweet_tags_picture_link_rest_and_link_are_left_out() -> None:
    tagged = (
        '<tweet pic="pic.twitter.com/" author="parkswatch" tweet_id="2">Budget night at city '
        "hall. Packed room https://t.co/Zz9 Xy7AbQ</tweet>.\n"
    )
    found = cueless(analyze(PARAGRAPH + tagged + AFTER))
    assert [(c, s) for c, s, _ in found] == [
        ("Budget night at city hall. Packed room", "parkswatch")
    ]


def test_an_empty_tweet_tag_or_one_with_no_handle_is_nothing() -> None:
    empty = '<tweet tweet-id="3"><tweet/>.\n'
    no_handle = '<tweet tweet-author="that the parks were cut" tweet-date="x">Cut again</tweet>\n'
    assert cueless(analyze(PARAGRAPH + empty + no_handle + AFTER)) == []


def test_a_tweet_tags_attributes_are_no_ones_words() -> None:
    tagged = "".join(
        f'<tweet pic="" author="{handle}" timestamp="1559606400" tweet_id="{n}">{words}</tweet>.\n'
        for n, (handle, words) in enumerate(
            [("GovBoPark", "Keep the pools open."), ("parkswatch", "Budget night tonight.")]
        )
    )
    analysis = analyze(PARAGRAPH + "The mayor and a resident wrote:\n" + tagged + AFTER)
    tweets = [a for a in analysis.attributions if a.start > len(PARAGRAPH)]
    # one attribution a tag, its words whole (an empty pic="" cuts none), no attribute anyone's
    assert [(a.speaker.text if a.speaker else None, a.content[0].text) for a in tweets] == [
        ("GovBoPark", "Keep the pools open"),
        ("parkswatch", "Budget night tonight"),
    ]


def test_a_tweet_tags_handle_names_the_person_it_spells() -> None:
    tagged = (
        '<tweet pic="" author="AnnLeeRay" tweet_id="1">The pools stay open.</tweet>.\n'
        '<tweet pic="" author="GovBoPark" tweet_id="2">Proud of our rangers.</tweet>.\n'
        '<tweet pic="" author="parkswatch" tweet_id="3">Budget night tonight.</tweet>.\n'
    )
    body = "Mayor Ann Lee-Ray said on Monday that the pools would stay open.\n"
    analysis = analyze(body + tagged + AFTER)
    sources = {s.id: s for s in analysis.sources}
    found = [
        (a.speaker.text, sources[a.source].name, sources[a.source].kind.value)
        for a in analysis.attributions
        if a.speaker is not None and a.source is not None
    ]
    assert found == [
        ("Mayor Ann Lee-Ray", "Ann Lee-Ray", "named_person"),
        ("AnnLeeRay", "Ann Lee-Ray", "named_person"),  # the article's own spelling
        ("GovBoPark", "Bo Park", "named_person"),  # a title before the name dropped
        ("parkswatch", "parkswatch", "anonymous_person"),  # no name: no one a reader can name
    ]
    # the body's mayor and her handle are one source
    assert found and analysis.attributions[0].source == analysis.attributions[1].source


def test_a_tweets_closing_hashtag_is_its_words_a_glued_one_and_a_sign_off_are_not() -> None:
    tagged = (
        '<tweet pic="" author="parkswatch" tweet_id="1">Our thoughts are with #Calder</tweet>.\n'
        '<tweet pic="" author="parkswatch" tweet_id="2">Vote today!#Calder #Parks</tweet>.\n'
        '<tweet pic="" author="AnnLeeRay" tweet_id="3">Keep them open. -A https://t.co/Zz9</tweet>\n'
    )
    assert [c for c, _, _ in cueless(analyze(PARAGRAPH + tagged + AFTER))] == [
        "Our thoughts are with #Calder",
        "Vote today!",
        "Keep them open",
    ]
