"""The one signature pattern (`signatures.py`) as its three readers take it: a whole line
(`SIGNATURE`), the end of a tweet tag's words (`INLINE_SIGNATURE`) and a known handle's signature
anywhere on the page (`signed_by`)."""

from __future__ import annotations

import pytest

from sourcetrace.signatures import (
    INLINE_SIGNATURE,
    SIGNATURE,
    signed_by,
    signs_quote,
    signs_tweet,
    tags_author,
    tweet_markup,
    without_markup,
)


def _line_name(line: str) -> str | None:
    match = SIGNATURE.match(line)
    return None if match is None else match.group("name")


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("— Tom Baker (@tombaker) March 3, 2020", "Tom Baker"),
        ("– Ruth Kim", "Ruth Kim"),
        ("- Ruth K.", "Ruth K."),  # at a line's start a hyphen signs
        ("-- Ruth Kim", "Ruth Kim"),
        ("― Ruth Kim", "Ruth Kim"),  # the horizontal bar some outlets set as their dash
        ("— Mary-Ann Ruiz (@maryann) Oct. 12, 2021", "Mary-Ann Ruiz"),  # a hyphen is a name's
        ("– Ruth Kim-Lowe", "Ruth Kim-Lowe"),
    ],
)
def test_a_signature_line_names_its_signer(line: str, name: str) -> None:
    assert _line_name(line) == name


@pytest.mark.parametrize(
    "line",
    [
        "– A farm in the family –.",  # a subhead set between dashes signs nothing
        "– Tom Baker – Ohio",
        "----",  # a rule
        "Tom Baker (@tombaker) March 3, 2020",  # no dash
    ],
)
def test_a_line_with_a_dash_in_its_name_is_no_signature(line: str) -> None:
    assert _line_name(line) is None


def test_a_tweets_signature_line_has_its_handle_and_date() -> None:
    assert signs_tweet("— Tom Baker (@tombaker) March 3, 2020")
    assert not signs_tweet("— Tom Baker")
    assert not signs_tweet("— Tom Baker (@tombaker)")  # no date: not a tweet's line
    assert signs_quote("“The soup was cold.”", "– Ruth Kim")
    assert not signs_quote("The soup was cold.", "– Ruth Kim")


HYPHEN_IN_WORDS = "Ask Tom - he knows (@tombaker) March 3, 2020"


def _words_before_signature(words: str) -> str:
    match = INLINE_SIGNATURE.search(words)
    return words if match is None else words[: match.start()]


@pytest.mark.parametrize(
    ("words", "before"),
    [
        ("Snow day! — Tom Baker (@tombaker) March 3, 2020", "Snow day!"),
        ("Snow day! — Mary-Ann Ruiz (@maryann) March 3, 2020", "Snow day!"),
        ("Snow day! ― Tom Baker (@tombaker) March 3, 2020", "Snow day!"),
        # a dash in the words is theirs: the signature opens at the last one
        (
            "Schools close — all of them — at noon. — Tom Baker (@tombaker) March 3, 2020",
            "Schools close — all of them — at noon.",
        ),
        ("Snow day -- stay in -- Tom Baker (@tombaker) March 3, 2020", "Snow day -- stay in"),
        # inside a line a hyphen signs nothing: the handle and date are the words'
        (HYPHEN_IN_WORDS, HYPHEN_IN_WORDS),
    ],
)
def test_an_inline_signature_ends_the_words_at_its_own_dash(words: str, before: str) -> None:
    assert _words_before_signature(words) == before


def _signer(text: str, handle: str) -> str | None:
    match = signed_by(handle).search(text)
    return None if match is None else match.group("name")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Roads are shut.\n— Tom Baker (@tombaker) March 3, 2020\n", "Tom Baker"),
        # the handle is known: a signature without its date still names it
        ("Roads are shut. — Tom Baker (@tombaker)\n", "Tom Baker"),
        ("Roads are shut — all of them — Mary-Ann Ruiz (@tombaker)\n", "Mary-Ann Ruiz"),
    ],
)
def test_a_known_handle_signs_with_its_name(text: str, name: str) -> None:
    assert _signer(text, "@tombaker") == name


def test_another_handles_signature_or_a_bare_mention_names_nobody() -> None:
    assert _signer("— Ruth Kim (@ruthkim) March 3, 2020", "@tombaker") is None
    assert _signer("Ask Tom Baker (@tombaker) about it.", "@tombaker") is None
    assert _signer("— Tom Baker (@tombaker2) March 3, 2020", "@tombaker") is None


TAGGED = (
    'Lead.\n<tweet pic="" author="AnnLee" tweet_id="7">Open "all year" now</tweet>.\n'
    '<tweet tweet-id="8"><tweet/>.\n'
    '<tweet tweet-author="that the parks were cut" tweet-date="x">Cut</tweet>\n'
)


def test_a_tweet_tags_markup_is_blanked_but_its_authors_handle() -> None:
    blanked = without_markup(TAGGED)
    assert len(blanked) == len(TAGGED) and blanked.count("\n") == TAGGED.count("\n")
    assert blanked.split() == ["Lead.", "AnnLee", "Open", '"all', 'year"', "now", ".", ".", "Cut"]
    start = TAGGED.index("AnnLee")
    assert tags_author(TAGGED, start, start + len("AnnLee"))
    assert not tags_author(TAGGED, TAGGED.index("Open"), TAGGED.index("Open") + 4)


def test_a_text_with_no_tweet_tag_is_left_as_it_is() -> None:
    text = 'He said "the parks <stay> open" on Tuesday.'
    assert tweet_markup(text) == [] and without_markup(text) is text
