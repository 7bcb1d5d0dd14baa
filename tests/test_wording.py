"""Counts in words: the noun agrees with the number in every report."""

from __future__ import annotations

from newsroom_fixtures import CNN_JAN
from sourcetrace.corpus.records import Event, EventArticle
from sourcetrace.render.view import build_report
from sourcetrace.wording import counted
from store_fixtures import rich_analysis


def test_the_noun_agrees_with_the_number() -> None:
    assert counted(1, "conflict") == "1 conflict"
    assert counted(0, "article") == "0 articles"
    assert counted(1200, "person", "people") == "1,200 people"


def test_an_event_counts_in_words() -> None:
    one = Event("e1", (EventArticle("a", None, "fox", None),), (), ())
    assert one.counts == "1 article, 0 independent corroborations, 0 conflicts"


def test_an_article_counts_its_sources_by_kind_in_words() -> None:
    assert build_report(rich_analysis()).kinds_in_words() == "1 named person, 1 anonymous person"
    assert build_report(CNN_JAN).kinds_in_words() == "2 named people, 1 anonymous person"
