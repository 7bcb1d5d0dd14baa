"""A small newsroom corpus built by hand, for the questions the web UI answers: two outlets, two
months, named and anonymous sources, one event with a conflict and a corroboration."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from sourcetrace import outlets
from sourcetrace.model import (
    Analysis,
    Attribution,
    AttributionType,
    Source,
    SourceKind,
    TextSpan,
    article_id,
)
from sourcetrace.store import Store, StoredEvent, StoredLink
from store_fixtures import claim

ANON, NAMED = SourceKind.ANONYMOUS_PERSON, SourceKind.NAMED_PERSON
Said = tuple[str, SourceKind, str]  # who, their kind, what they said


def quoting(
    outlet: str, published: date, title: str, *said: Said, lead: str = "The talks went on."
) -> Analysis:
    """An article of ``lead`` then one "WHO said WHAT." sentence per claim; one source per name."""
    text = " ".join([lead, *(f"{who} said {what}." for who, _, what in said)])
    sources: dict[str, Source] = {}
    attributions = []
    at = len(lead) + 1
    for i, (who, kind, what) in enumerate(said, 1):
        speaker = TextSpan.of(text, at, at + len(who))
        cue = TextSpan.of(text, speaker.end + 1, speaker.end + 5)
        content = TextSpan.of(text, cue.end + 1, cue.end + 1 + len(what))
        at = content.end + 2
        source = sources.get(who) or Source(f"s{len(sources) + 1}", who, kind, None, ())
        sources[who] = Source(source.id, who, kind, None, (*source.mentions, speaker))
        attributions.append(
            Attribution(f"a{i}", source.id, AttributionType.INDIRECT, cue, speaker, (content,), 0.8)
        )
    return Analysis(
        id=article_id(text),
        title=title,
        outlet=outlet,
        url=None,
        published=published,
        text=text,
        boilerplate=(),
        sources=tuple(sources.values()),
        attributions=tuple(attributions),
        entities=(),
        timeline=(),
    )


FOX_JAN = quoting(
    "fox",
    date(2020, 1, 5),
    "Talks stall",
    ("a senior official", ANON, "the talks stalled"),
    ("Jane Roe", NAMED, "the talks will resume"),
    ("a senior official", ANON, "the deadline slipped"),
    lead="One aide spoke on condition of anonymity to discuss the talks.",
)
FOX_FEB = quoting(
    "fox",
    date(2020, 2, 10),
    "Talks resume",
    ("Jane Roe", NAMED, "the talks resumed"),
    ("a defense official", ANON, "the ships left port"),
)
CNN_JAN = quoting(
    "cnn",
    date(2020, 1, 7),
    "Deadline passes",
    ("John Doe", NAMED, "the talks stalled"),
    ("a senior official", ANON, "the deadline slipped"),
    ("Jane Roe", NAMED, "nobody walked out"),
)
NEWSROOM = (FOX_JAN, FOX_FEB, CNN_JAN)

TALKS = StoredEvent(
    "talks",
    (FOX_JAN.id, CNN_JAN.id),
    (
        StoredLink(
            "conflicts",
            claim(FOX_JAN, "Jane Roe said the talks will resume.", "a2"),
            claim(CNN_JAN, "Jane Roe said nobody walked out.", "a3"),
            0.7,
            note="who left: resume vs walked out",
        ),
        StoredLink(
            "corroborates",
            claim(FOX_JAN, "a senior official said the deadline slipped.", "a3"),
            claim(CNN_JAN, "a senior official said the deadline slipped.", "a2"),
            0.95,
        ),
    ),
    title="The talks",
)


@pytest.fixture
def newsroom(store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Store:
    """``store`` holding the three articles and the event. Its outlets are named as written (an
    empty alias table, here and in any server the test starts), so the pages show the fixture's
    names; tests/test_outlets.py covers the shipped table."""
    table = tmp_path / "outlets.json"
    table.write_text("{}", encoding="utf-8")
    monkeypatch.setenv(outlets.ENV, str(table))
    store.outlet_table = outlets.outlet_names()
    store.write(list(NEWSROOM))
    store.write_event(TALKS)
    return store
