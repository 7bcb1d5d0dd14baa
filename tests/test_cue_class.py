"""Cue classes and assertion on short passages written for these tests, and on the real articles
where issue 10 found them wrong (those checks skip without ../shared)."""

from __future__ import annotations

import json

import pytest

from attribution_support import by_cue, extract
from conftest import ROOT, shared_path
from sourcetrace.model import Analysis, AttributionType, CueClass, SourceKind
from sourcetrace.pipeline import analyze

SPEECH, WRITTEN = CueClass.SPEECH, CueClass.WRITTEN
BELIEF, PERCEPTION = CueClass.BELIEF, CueClass.PERCEPTION


@pytest.mark.parametrize(
    ("text", "cue", "cls"),
    [
        ("The mayor said the bridge would reopen in May.", "said", SPEECH),
        ("“It is over,” the coach told reporters.", "told", SPEECH),
        ("According to the mayor, the bridge will reopen.", "According to", SPEECH),
        ("The mayor wrote that the bridge would reopen in May.", "wrote", WRITTEN),
        (
            "The ministry said in a statement that it had acted lawfully.",
            "said in a statement",
            WRITTEN,
        ),
        ("Court records show that the company was dissolved in March.", "show", WRITTEN),
        ("The audit found that the money had been spent twice.", "found", WRITTEN),
        ("According to court records, the company was dissolved.", "According to", WRITTEN),
        ("Local officials believe that the dam will hold this spring.", "believe", BELIEF),
        ("The farmers feared the river would flood their fields.", "feared", BELIEF),
        ("The inspectors discovered that the seals had been broken.", "discovered", PERCEPTION),
        ("The captain realized that the ship was sinking fast.", "realized", PERCEPTION),
        ("The news agency reports that the port was closed.", "reports", SPEECH),
        (
            "In their letter, the scholars make clear that they object to the cuts.",
            "make clear",
            WRITTEN,
        ),
        ("“We were surprised by the move,” the statement read.", "read", WRITTEN),
        ("The contract maintained that the plant would stay open.", "maintained", WRITTEN),
        ("The bill says that towns must pay for the roads.", "says", WRITTEN),
        ("A projection from the budget office shows the deficit will grow.", "shows", WRITTEN),
        ("The new rule states that towns must pay for the roads.", "states", WRITTEN),
        ("Early tests by the lab found that the water was safe.", "found", WRITTEN),
        ("An editorial in the paper argued that the plan was too costly.", "argued", WRITTEN),
        ("The mayor issued a statement calling the vote a disgrace.", "calling", WRITTEN),
        ("The mayor took to social media and accused the council of lying.", "accused", WRITTEN),
        ("The mayor took to Twitter to say that the vote was rigged.", "to say", WRITTEN),
        ("The mayor took to the stage and said the vote was rigged.", "said", SPEECH),
        ("The firm denied the claims in a statement posted online.", "denied", WRITTEN),
        ("The governor's plan proposes new training for teachers.", "proposes", WRITTEN),
    ],
)
def test_cue_class(text: str, cue: str, cls: CueClass) -> None:
    cand = by_cue(text, cue)
    assert cand.cue_class is cls
    assert cand.asserted


def test_read_frames_only_a_quotation() -> None:
    assert extract("She read the report twice before the vote.") == []


def test_a_quote_continuing_a_writer_is_written() -> None:
    text = "“We lost the map,” the captain wrote in her log.\n“Then we lost the ship.”"
    first, second = extract(text)
    assert first.cue_class is WRITTEN
    assert second.continues and second.cue_class is WRITTEN


@pytest.mark.parametrize(
    "text",
    [
        "Renwick, 61, had not spoken publicly about the shipment until this week.",
        "The governor declined to comment on the investigation into the port.",
        "The company did not respond to a request for comment on Friday.",
        "Gallego was one of a handful of Democrats to endorse Ryan last week.",
        "It came at a moment when the party needs to be defending the health law.",
        "The minister plans to announce the new budget at the summit.",
    ],
)
def test_unmade_speech_about_an_object_is_no_attribution(text: str) -> None:
    """Nothing was said, and a bare object gives no content to keep unasserted."""
    assert extract(text) == [], [(c.cue, c.content) for c in extract(text)]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The senator refused to say whether she would run again next year.", "to say"),
        ("The mayor is expected to announce that the bridge will reopen.", "to announce"),
        ("The minister will say that the budget is balanced this year.", "will say"),
        ("The reporter asked whether the bridge would reopen in May.", "asked"),
        ("The captain never said that the ship was sinking at the time.", "never said"),
        ("The ruling should prompt critics to argue that the law is void.", "to argue"),
    ],
)
def test_unmade_speech_with_a_clause_is_kept_unasserted(text: str, cue: str) -> None:
    cand = by_cue(text, cue)
    assert not cand.asserted


def test_realized_infinitives_stay_asserted() -> None:
    cand = by_cue("He went on to say that the plan had failed badly.", "went on to say")
    assert cand.asserted and cand.cue_class is SPEECH
    assert by_cue("The ruling prompted critics to argue that the law is void.", "to argue").asserted


def test_a_long_quote_ending_a_cueless_sentence_carries_on_the_speaker() -> None:
    text = (
        "Vance, the former harbor chief, wrote last year of a chance to seize the ship. "
        "He chose to wait, in order “to avoid a fight, and the quarrels that would follow.”"
    )
    first, second = extract(text)
    assert first.cue is not None and first.cue.text == "wrote"
    assert second.continues and second.cue is None and second.type is AttributionType.MIXED
    assert [c.text for c in second.content] == [
        "He chose to wait, in order “to avoid a fight, and the quarrels that would follow.”"
    ]
    assert second.cue_class is WRITTEN


def test_an_embedded_quote_far_from_any_speaker_is_dropped() -> None:
    text = (
        "Vance said the port was closed.\n\nThe storm passed. In the harbor, the crews would "
        "“sit silently and wait for the tide to turn again.”"
    )
    assert len(extract(text)) == 1


def test_an_embedded_quote_after_a_cue_word_stays_reported_speech() -> None:
    text = "Vance spoke first. He said the port had “no reason to stay closed after the storm.”"
    (cand,) = extract(text)
    assert cand.cue is not None and cand.cue.text == "said"
    assert cand.type is AttributionType.MIXED


def test_straight_marks_paired_in_a_paragraph_without_curly_ones_are_quotes() -> None:
    text = (
        "The mayor was “exhilarated” by the vote.\n\n"
        '"We won," said Ada Brandt, a councillor. "We will win again."'
    )
    cand = by_cue(text, "said")
    assert cand.type is AttributionType.DIRECT
    assert [c.text for c in cand.content] == ['"We won,"', '"We will win again."']


# --- the real articles of issue 10 ----------------------------------------------------------


def _analysis(path: str) -> Analysis:
    text = shared_path(*path.split("/")).read_text(encoding="utf-8")
    return analyze(text, title=text.split("\n", 1)[0])


def test_yahoo_seed_beliefs_and_perceptions_are_no_claims() -> None:
    analysis = _analysis("corpus/seeds/soleimani_yahoo_2020.txt")
    soleimani = [s for s in analysis.sources if s.name.endswith("Soleimani")]
    assert soleimani and all(s.claims == 0 for s in soleimani)
    assert soleimani[0] not in analysis.claim_sources
    cues = {a.cue.text: a for a in analysis.attributions if a.cue is not None}
    assert cues["had also come to realize"].cue_class is PERCEPTION
    assert cues["had not always believed"].cue_class is BELIEF
    assert not cues["had not always believed"].asserted
    assert cues["discovered"].cue_class is PERCEPTION
    assert cues["feared"].cue_class is BELIEF
    anonymous = {s.id for s in analysis.sources if s.kind is SourceKind.ANONYMOUS_PERSON}
    counted = [a for a in analysis.claims if a.source in anonymous]
    assert cues["feared"] not in counted and cues["discovered"] not in counted
    assert analysis.profile.anonymous_share == round(len(counted) / len(analysis.claims), 3)


def test_yahoo_seed_quotes_that_carry_on_a_speaker() -> None:
    analysis = _analysis("corpus/seeds/soleimani_yahoo_2020.txt")
    by_content = {c.text[:20]: a for a in analysis.attributions for c in a.content}
    mcchrystal = by_content["He decided to just m"]
    wise = by_content["In these meetings, t"]
    for attribution, name in ((mcchrystal, "McChrystal"), (wise, "Wise")):
        source = analysis.source(attribution.source)
        assert source is not None and source.name.endswith(name), (source, name)
        assert attribution.is_claim


def test_demo_article_unspoken_shipment_is_no_attribution() -> None:
    body = (ROOT / "examples" / "demo_article.txt").read_text(encoding="utf-8")
    analysis = analyze(body, title=body.split("\n", 1)[0])
    assert not any(c.text == "the shipment" for a in analysis.attributions for c in a.content)


def test_basil_fox_pelosi_article() -> None:
    path = shared_path("corpus", "basil", "basil-2010-2016.jsonl")
    record = next(
        r
        for line in path.read_text(encoding="utf-8").splitlines()
        if (r := json.loads(line))["outlet"] == "fox"
        and r["published"] == "2016-11-30"
        and "Pelosi" in r["title"]
    )
    analysis = analyze(record["text"], title=record["title"])
    claimed = [c.text for a in analysis.claims for c in a.content]
    assert "Ryan" not in claimed
    assert not any("defending ObamaCare" in c for c in claimed)
    (gallego,) = [a for a in analysis.claims if a.speaker and "Gallego" in a.speaker.text]
    assert gallego.type is AttributionType.DIRECT
    assert len(gallego.content) == 2 and gallego.content[1].text.startswith('"We can')


def test_a_conditional_inside_a_claim_is_no_question() -> None:
    cand = by_cue("Supporters say that if the court rules against them, the case is lost.", "say")
    assert cand.asserted


def test_speech_an_event_caused_was_made() -> None:
    cand = by_cue("The vote caused other senators to warn that the party would split.", "to warn")
    assert cand.asserted


def test_a_conditional_clause_opening_a_claim_is_no_question() -> None:
    text = "The former official said if the mayor had called, the public would know by now."
    assert by_cue(text, "said").asserted
