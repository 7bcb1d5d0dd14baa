"""Polls and their findings (the gold README's Rule 14 batch: a poll is a `document`, its further
figures are cue-less continuations), on short sentences written for these tests, with the same
words where they report nothing: economic figures, vote counts, election results."""

from __future__ import annotations

import pytest

from sourcetrace.methods import Method, extract_attributions
from sourcetrace.model import CueClass, SourceKind
from sourcetrace.nlp import load_pipeline
from sourcetrace.pipeline import analyze


def reported(text: str) -> list[tuple[str | None, list[str]]]:
    found = extract_attributions(load_pipeline()(text), Method.RULES)
    return [(c.cue.text if c.cue else None, [s.text for s in c.content]) for c in found]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "Recent polling shows that the governor remains popular.",
            "shows",
            "that the governor remains popular",
        ),
        (
            "But the same polling suggests that turnout could fall.",
            "suggests",
            "that turnout could fall",
        ),
        ("Early polling in Iowa showed the senator trailing.", "showed", "the senator trailing"),
    ],
)
def test_polling_is_a_document_that_gives_its_findings(text: str, cue: str, content: str) -> None:
    assert reported(text) == [(cue, [content])]
    found = analyze(text)
    assert [s.kind for s in found.sources] == [SourceKind.DOCUMENT]
    assert [a.cue_class for a in found.attributions] == [CueClass.WRITTEN]


@pytest.mark.parametrize(
    "text",
    [
        "Polling stations show signs of wear.",
        "Polling places opened at 7 a.m. across the county.",
    ],
)
def test_a_polling_place_reports_nothing(text: str) -> None:
    assert reported(text) == []
