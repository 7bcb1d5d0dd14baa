"""The whole pipeline against our gold files: scores stay above their floors, key facts hold.

Floors are the lowest acceptable scores per gold file; raise them as the stages improve (measure
with `sourcetrace eval gold tests/gold/*.json`). Files without floors (yet) must still load. The
seeds and other corpora live in ../shared; their tests skip when it is absent.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import ROOT, SHARED, shared_path
from sourcetrace.cli import app
from sourcetrace.eval.gold import Gold, GoldScore, Split, load_gold, matched_pairs, score
from sourcetrace.model import Analysis, AttributionType, SourceKind
from sourcetrace.pipeline import analyze_many
from test_gold_scorer import GOLD_FILES, load_or_skip

pytestmark = pytest.mark.slow

GOLD_DIR = ROOT / "tests" / "gold"
ROOTS = (ROOT, SHARED / "corpus")

FLOORS: dict[str, dict[str, float]] = {
    # Measured on 2026-11-23 with `sourcetrace eval gold tests/gold/*.json` (main after the
    # sources merge): F1 .968, cue .967, speaker 1.0, content .967, type .967, B-cubed F1 1.0,
    # kind 1.0, name 1.0, boilerplate 1.0. Floors sit a little below, so a regression fails.
    "demo_article": {
        "attribution_f1": 0.94,
        "cue_exact": 0.94,
        "speaker_exact": 0.97,
        "content_exact": 0.94,
        "type_accuracy": 0.94,
        "bcubed_f1": 0.97,
        "kind_accuracy": 0.97,
        "name_accuracy": 0.97,
        "boilerplate_f1": 0.99,
    },
    # Measured: F1 .892, cue .946, speaker 1.0, content .811, type .919, B-cubed F1 1.0,
    # kind 1.0, name 1.0, boilerplate 1.0. Kind .955 since the beliefs of "some in the CIA"
    # and of "some quarters of the U.S. government" are found: their kinds are resolution's.
    # Cue .911 (F1 1.0) since "an operator quickly texted ...: Hold the drone" is found: its cue
    # keeps the adverb, as PolNeAR's do ("did not immediately respond"); the gold's is "texted".
    "soleimani_yahoo_2020": {
        "attribution_f1": 0.86,
        "cue_exact": 0.90,
        "speaker_exact": 0.97,
        "content_exact": 0.78,
        "type_accuracy": 0.89,
        "bcubed_f1": 0.97,
        "kind_accuracy": 0.94,
        "name_accuracy": 0.97,
        "boilerplate_f1": 0.99,
    },
    "soleimani_sofrep_2020": {"boilerplate_f1": 0.99},
}
# SOFREP attributes nothing to anyone: every predicted attribution there is a false positive.
SOFREP_MAX_PREDICTED = 0


@pytest.fixture(scope="module")
def analyzed() -> dict[str, tuple[Gold, Analysis]]:
    """Every gold file whose text is here, with the pipeline's analysis of that text."""
    golds = {}
    for name in FLOORS:
        if name == "demo_article" or (SHARED / "corpus" / "seeds" / f"{name}.txt").exists():
            golds[name] = load_gold(GOLD_DIR / f"{name}.json", ROOTS)
    analyses = analyze_many(g.text for g in golds.values())
    return {name: (g, a) for (name, g), a in zip(golds.items(), analyses, strict=True)}


def get(analyzed: dict[str, tuple[Gold, Analysis]], name: str) -> tuple[Gold, Analysis]:
    if name not in analyzed:
        shared_path("corpus", "seeds", f"{name}.txt")  # skips, naming the missing file
    return analyzed[name]


@pytest.mark.parametrize("name", list(FLOORS))
def test_scores_stay_above_their_floors(
    analyzed: dict[str, tuple[Gold, Analysis]], name: str
) -> None:
    gold, analysis = get(analyzed, name)
    metrics = score(gold, analysis).metrics()
    below = {
        metric: metrics[metric]
        for metric, floor in FLOORS[name].items()
        if (metrics[metric] or 0.0) < floor
    }
    assert not below, f"{name}: below the floor: {below}"


def test_sofrep_has_no_false_attribution(
    analyzed: dict[str, tuple[Gold, Analysis]],
) -> None:
    _, analysis = get(analyzed, "soleimani_sofrep_2020")
    assert len(analysis.attributions) <= SOFREP_MAX_PREDICTED, [
        a.content[0].text[:60] for a in analysis.attributions
    ]


def quote_sources(gold: Gold, analysis: Analysis, key: str) -> tuple[int, int, set[str | None]]:
    """Of ``key``'s gold quotes (direct or mixed): how many there are, how many were found, and
    the predicted source ids those were given."""
    quotes = [
        a for a in gold.attributions if a.source == key and a.type is not AttributionType.INDIRECT
    ]
    found = [p for g, p in matched_pairs(gold, analysis) if g in quotes]
    return len(quotes), len(found), {p.source for p in found}


def test_yahoo_maguire_quotes_are_one_named_source(
    analyzed: dict[str, tuple[Gold, Analysis]],
) -> None:
    gold, analysis = get(analyzed, "soleimani_yahoo_2020")
    total, found, ids = quote_sources(gold, analysis, "maguire")
    assert found >= 0.8 * total, f"only {found} of {total} Maguire quotes found"
    assert len(ids) == 1, f"Maguire's quotes are spread over sources {ids}"
    source = analysis.source(ids.pop())
    assert source is not None
    assert (source.name, source.kind) == ("John Maguire", SourceKind.NAMED_PERSON)


def test_yahoo_three_anonymous_former_officials_stay_three(
    analyzed: dict[str, tuple[Gold, Analysis]],
) -> None:
    gold, analysis = get(analyzed, "soleimani_yahoo_2020")
    chosen = {}
    for key in ("intel_officer", "former_cia", "intel_official"):
        _, _, ids = quote_sources(gold, analysis, key)
        assert len(ids) == 1, f"{key}: quotes given sources {ids or 'none'}"
        source = analysis.source(ids.pop())
        assert source is not None, f"{key}: quotes have no source"
        assert source.kind is SourceKind.ANONYMOUS_PERSON, f"{key}: {source.name} is {source.kind}"
        chosen[key] = source.id
    assert len(set(chosen.values())) == 3, f"merged: {chosen}"


def test_floors_are_for_gold_files() -> None:
    assert set(FLOORS) <= {p.stem for p in GOLD_DIR.glob("*.json")}


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_every_gold_file_loads_and_uses_all_its_sources(path: Path) -> None:
    gold = load_or_skip(path)
    unused = {s.key for s in gold.sources} - {a.source for a in gold.attributions}
    assert not unused, f"{path.name}: sources without attributions: {unused}"


def test_the_command_prints_scores_per_file_and_pooled() -> None:
    gold_file = str(GOLD_DIR / "demo_article.json")
    result = CliRunner().invoke(
        app, ["eval", "gold", gold_file, "--text-root", str(ROOT), "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert set(scores) == {"demo_article", "all"}
    assert scores["all"]["gold"] == 31
    assert scores["all"]["attribution_f1"] == scores["demo_article"]["attribution_f1"]


# Pooled floors per split over every gold file (the per-file floors above predate the larger set).
# Measured with `sourcetrace eval gold tests/gold/*.json --split tune|heldout --format json`
# after the precision work of issue 10; floors sit a little below, so a regression fails.
SPLIT_FLOORS: dict[Split, dict[str, float]] = {
    # Measured over the 412 tune files (4,701 gold, 2,443 dates) at the start of stop 35, once
    # rule 21's 20 PolNeAR texts, held out at stop 34 (P .932, R .726 then), had been retired into
    # tune with stop 34's code: P .945, R .832, claims P .946, speaker .959, cue class .956,
    # B-cubed F1 .954, kind .940, name .947, boilerplate F1 .927; dates P .971, R .961, value .964.
    # Re-measured at the end of stop 35 with that stop's rules: P .946, R .836, claims P .947,
    # speaker .959, cue class .957, B-cubed F1 .954, kind .942, name .948, boilerplate F1 .927;
    # dates P .971, R .961, value .964.
    Split.TUNE: {
        "attribution_precision": 0.94,
        "attribution_recall": 0.825,
        "claim_precision": 0.94,
        "speaker_exact": 0.955,
        "cue_class_accuracy": 0.95,
        "bcubed_f1": 0.945,
        "kind_accuracy": 0.935,
        "name_accuracy": 0.94,
        "boilerplate_f1": 0.92,
        "date_precision": 0.965,
        "date_recall": 0.955,
        "date_value_accuracy": 0.955,
    },
    # The fresh held-out split of stop 35 (rule 22: 20 more PolNeAR train texts, 2015-16
    # political news from 5 publishers, 224 gold, 104 dates), scored once at the end of stop 35
    # and never tuned on: P .944, R .746, claims P .945, speaker .934, cue class .964, B-cubed F1
    # .936, kind .856, name .869, boilerplate F1 .500 (2 of 5 spans); dates P .947, R .865,
    # value .944.
    Split.HELDOUT: {
        "attribution_precision": 0.92,
        "attribution_recall": 0.72,
        "claim_precision": 0.92,
        "speaker_exact": 0.91,
        "cue_class_accuracy": 0.94,
        "bcubed_f1": 0.915,
        "kind_accuracy": 0.83,
        "name_accuracy": 0.845,
        "boilerplate_f1": 0.45,
        "date_precision": 0.92,
        "date_recall": 0.84,
        "date_value_accuracy": 0.92,
    },
}


@pytest.fixture(scope="module")
def pooled() -> dict[Split, GoldScore]:
    """Every gold file's score, pooled by split; a skip when ../shared is absent."""
    golds = [load_or_skip(path) for path in GOLD_FILES]
    analyses = analyze_many(g.article() for g in golds)
    totals = {split: GoldScore() for split in Split}
    for gold, analysis in zip(golds, analyses, strict=True):
        totals[gold.split] = totals[gold.split] + score(gold, analysis)
    return totals


@pytest.mark.parametrize("split", list(SPLIT_FLOORS))
def test_pooled_scores_stay_above_their_floors(
    pooled: dict[Split, GoldScore], split: Split
) -> None:
    metrics = pooled[split].metrics()
    below = {
        metric: metrics[metric]
        for metric, floor in SPLIT_FLOORS[split].items()
        if (metrics[metric] or 0.0) < floor
    }
    assert not below, f"{split.value}: below the floor: {below}"
