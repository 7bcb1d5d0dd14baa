"""Event grouping: made-up stories, the date window, the scores, and BASIL's gold events."""

from __future__ import annotations

import json
from datetime import date

import pytest

from conftest import shared_path
from corpus_articles import article
from sourcetrace.corpus import events
from sourcetrace.corpus.events import group_events, grouping_text
from sourcetrace.eval.clusters import labels_of, score_clusters
from sourcetrace.model import Analysis, article_id

FLOOD = [
    (
        "Ledger",
        "River floods Marlow as levee fails",
        "The Tane river burst through a levee in Marlow on Sunday, flooding hundreds of homes. "
        "Rescue boats carried residents from rooftops as the water rose.",
    ),
    (
        "Courier",
        "Hundreds of homes flooded after Marlow levee breach",
        "A levee on the Tane river gave way on Sunday and flooded Marlow. Residents were carried "
        "from rooftops by rescue boats; hundreds of homes are under water.",
    ),
]
TARIFF = [
    (
        "Ledger",
        "Senate passes steel tariff bill",
        "The Senate voted 61 to 39 on Monday to raise tariffs on imported steel, sending the bill "
        "to the president. Steelmakers welcomed the vote; carmakers warned of higher prices.",
    ),
    (
        "Tribune",
        "Steel tariff bill clears the Senate",
        "Carmakers warned that prices would rise after the Senate approved higher tariffs on "
        "imported steel on Monday by 61 votes to 39. The bill now goes to the president.",
    ),
]


def made_up(stories: list[tuple[str, str, str]], day: date) -> list[Analysis]:
    return [article(text, outlet=o, title=t, published=day) for o, t, text in stories]


def test_two_stories_two_events() -> None:
    day = date(2022, 4, 10)
    analyses = made_up(FLOOD, day) + made_up(TARIFF, day)
    assert group_events(analyses) == [[0, 1], [2, 3]]


def test_same_story_a_month_apart_is_two_events() -> None:
    analyses = made_up(FLOOD[:1], date(2022, 4, 10)) + made_up(FLOOD[1:], date(2022, 5, 20))
    assert group_events(analyses) == [[0], [1]]


def test_blocks_by_date_give_the_groups_of_all_pairs_at_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Each story told twice, in weeks 10 days apart: a block of 2 articles sees only its week
    # (and an undated telling, which goes by text with everyone).
    weeks = [date(2022, 4, 10), date(2022, 4, 20), date(2022, 4, 30)]
    analyses = [a for day in weeks for a in made_up(FLOOD, day) + made_up(TARIFF, day)]
    analyses.append(article(TARIFF[0][2], outlet="Wire", title=TARIFF[0][1]))
    whole = group_events(analyses)
    monkeypatch.setattr(events, "BLOCK", 2)
    assert group_events(analyses) == whole
    # The floods are three events; the undated tariff story, alike to every week's, joins them.
    assert whole == [[0, 1], [2, 3, 6, 7, 10, 11, 12], [4, 5], [8, 9]]


def test_undated_articles_group_by_text() -> None:
    analyses = made_up(TARIFF + FLOOD, date(2022, 4, 10))
    undated = [article(a.text, outlet=a.outlet, title=a.title) for a in analyses]
    assert group_events(undated) == [[0, 1], [2, 3]]


def test_entity_names_count_as_single_terms() -> None:
    a = article(
        "Barack Obama met Harry Reid in Washington.",
        title="A meeting",
        entities={"Barack Obama": "PERSON", "Harry Reid": "PERSON", "Washington": "GPE"},
    )
    names = grouping_text(a).splitlines()[-1].split()
    assert names == ["Barack_Obama", "Harry_Reid", "Washington"]


def test_scores_against_gold() -> None:
    scores = score_clusters(["a", "a", "a", "b"], [0, 0, 1, 1])
    assert scores.bcubed.precision == pytest.approx((1 + 1 + 1 / 2 + 1 / 2) / 4)
    assert scores.bcubed.recall == pytest.approx((2 / 3 + 2 / 3 + 1 / 3 + 1) / 4)
    assert scores.pairwise.precision == pytest.approx(1 / 2)
    assert scores.pairwise.recall == pytest.approx(1 / 3)
    assert labels_of([[1, 2], [0]], 3) == [1, 0, 0]


def test_basil_events() -> None:
    """Grouping reads titles, bodies and dates only, so BASIL needs no attribution analysis."""
    path = shared_path("corpus", "basil", "basil-2010-2016.jsonl")
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    analyses = [
        Analysis(
            article_id(r["text"]),
            r["title"],
            r["outlet"],
            None,
            date.fromisoformat(r["published"]),
            r["text"],
            (),
            (),
            (),
            (),
            (),
        )
        for r in rows
    ]
    scores = score_clusters(
        [r["event"] for r in rows], labels_of(group_events(analyses), len(rows))
    )
    # Measured 0.988 B-cubed F1, 0.976 pairwise F1 (bench/event_grouping.py).
    assert scores.bcubed.f1 >= 0.98
    assert scores.pairwise.f1 >= 0.97
