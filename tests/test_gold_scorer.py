"""The gold scorer on a made-up mini article: loading, matching, claims, clusters, boilerplate,
splits and the texts a gold file can name."""

from __future__ import annotations

import gzip
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from conftest import ROOT, SHARED
from sourcetrace.cli import app
from sourcetrace.cli.eval_gold import format_table
from sourcetrace.eval.clusters import bcubed
from sourcetrace.eval.gold import (
    Gold,
    GoldError,
    GoldScore,
    Ratio,
    Split,
    _norm,
    default_roots,
    load_gold,
    matched_pairs,
    score,
)
from sourcetrace.ingest import article_from_html
from sourcetrace.model import (
    Analysis,
    Article,
    Attribution,
    AttributionType,
    Boilerplate,
    BoilerplateLabel,
    CueClass,
    Source,
    SourceKind,
    TextSpan,
    TimelineEntry,
)

TEXT = (
    "Budget talks stall (a made-up article for the tests)\n\n"
    "“We are not done,” said Ann Lee, the mayor. “Not even close.”\n\n"
    "Lee said the council would meet again on Monday.\n\n"
    "A senior aide said the deal was dead. The aide said nobody wanted to blink.\n\n"
    "The council chamber in 2019. (Photo: Test Wire)\n"
)


def at(needle: str, after: str = "") -> tuple[int, int]:
    """Offsets of ``needle``, searched after the first occurrence of ``after``."""
    start = TEXT.index(needle, TEXT.index(after) if after else 0)
    return start, start + len(needle)


# (source key, type, cue, speaker, content pieces, anchor to search after)
GOLD_ROWS: list[tuple[str, str, str, str, list[str], str]] = [
    (
        "lee",
        "direct",
        "said",
        "Ann Lee, the mayor",
        ["“We are not done,”", "“Not even close.”"],
        "",
    ),
    ("lee", "indirect", "said", "Lee", ["the council would meet again on Monday"], "Lee said"),
    ("aide", "indirect", "said", "A senior aide", ["the deal was dead"], "A senior aide"),
    ("aide", "indirect", "said", "The aide", ["nobody wanted to blink"], "The aide"),
]
CAPTION = "The council chamber in 2019. (Photo: Test Wire)"
DATES = [("Monday", "2026-03-09"), ("2019", "2019")]


def gold_dict() -> dict[str, Any]:
    attributions = []
    for key, type_, cue, speaker, content, after in GOLD_ROWS:
        attributions.append(
            {
                "source": key,
                "type": type_,
                "cue": list(at(cue, after or speaker)),
                "speaker": list(at(speaker, after)),
                "content": [list(at(c, after)) for c in content],
                "cue_anchor": cue,
                "speaker_anchor": speaker,
                "content_anchors": [" ".join(c.split()[:6]) for c in content],
                "cue_class": "speech",
            }
        )
    start, end = at(CAPTION)
    return {
        "text_file": "mini.txt",
        "published": "2026-03-04",  # a Wednesday: "on Monday" is the coming one
        "timeline": [
            {"span": list(at(text)), "anchor": text, "value": value} for text, value in DATES
        ],
        "sources": [
            {"key": "lee", "name": "Ann Lee", "kind": "named_person", "description": "mayor"},
            {"key": "aide", "name": "a senior aide", "kind": "anonymous_person"},
        ],
        "attributions": attributions,
        "boilerplate": [{"start": start, "end": end, "label": "caption", "anchor": "The council"}],
    }


def write_gold(tmp_path: Path, data: dict[str, Any]) -> Path:
    (tmp_path / "mini.txt").write_text(TEXT, encoding="utf-8")
    path = tmp_path / "mini.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_data_set_texts_are_found_beside_the_corpora(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # PolNeAR's texts live in ../shared/data, not ../shared/corpus.
    text = tmp_path / "shared" / "data" / "polnear" / "train" / "text" / "mini.txt"
    text.parent.mkdir(parents=True)
    text.write_text(TEXT, encoding="utf-8")
    path = write_gold(tmp_path, gold_dict() | {"text_file": "polnear/train/text/mini.txt"})
    monkeypatch.setenv("SOURCETRACE_SHARED", str(tmp_path / "shared"))
    monkeypatch.chdir(tmp_path)
    assert load_gold(path, default_roots()).text == TEXT


@pytest.fixture
def gold(tmp_path: Path) -> Gold:
    return load_gold(write_gold(tmp_path, gold_dict()), [tmp_path])


def span(needle: str, after: str = "") -> TextSpan:
    return TextSpan.of(TEXT, *at(needle, after))


def predicted(
    source_ids: list[str | None],
    *,
    rows: list[int] | None = None,
    speakers: dict[int, str] | None = None,
    classes: dict[int, CueClass] | None = None,
) -> tuple[Attribution, ...]:
    """Predicted attributions copying the gold rows ``rows`` (all by default), with the given
    source ids and, where ``speakers`` or ``classes`` say so, another speaker text or cue class."""
    out = []
    for n, i in enumerate(rows if rows is not None else range(len(GOLD_ROWS))):
        _, type_, cue, speaker, content, after = GOLD_ROWS[i]
        who = (speakers or {}).get(i, speaker)
        out.append(
            Attribution(
                id=f"a{n + 1}",
                source=source_ids[n],
                type=AttributionType(type_),
                cue=span(cue, after or speaker),
                speaker=span(who, after),
                content=tuple(span(c, after) for c in content),
                confidence=0.9,
                cue_class=(classes or {}).get(i, CueClass.SPEECH),
            )
        )
    return tuple(out)


LEE = Source("s1", "Ann Lee", SourceKind.NAMED_PERSON, "mayor", ())
AIDE = Source("s2", "a senior aide", SourceKind.ANONYMOUS_PERSON, None, ())
CAPTION_BP = Boilerplate(*at(CAPTION), BoilerplateLabel.CAPTION)


def dated(text: str, value: str, after: str = "") -> TimelineEntry:
    return TimelineEntry(text, *at(text, after), value=value, event="")


TIMELINE = tuple(dated(text, value) for text, value in DATES)


def analysis(
    attributions: tuple[Attribution, ...],
    sources: tuple[Source, ...] = (LEE, AIDE),
    boilerplate: tuple[Boilerplate, ...] = (CAPTION_BP,),
    timeline: tuple[TimelineEntry, ...] = TIMELINE,
) -> Analysis:
    return Analysis(
        "x", None, None, None, None, TEXT, boilerplate, sources, attributions, (), timeline
    )


def test_a_perfect_analysis_scores_one_everywhere(gold: Gold) -> None:
    result = score(gold, analysis(predicted(["s1", "s1", "s2", "s2"])))
    assert all(value == 1.0 for value in result.metrics().values())
    assert result.counts() == {
        "gold": 4,
        "predicted": 4,
        "matched": 4,
        "gold_claims": 4,
        "predicted_claims": 4,
        "matched_claims": 4,
        "gold_dates": 2,
        "predicted_dates": 2,
        "matched_dates": 2,
    }


def test_a_missed_attribution_and_a_shorter_speaker(gold: Gold) -> None:
    result = score(
        gold, analysis(predicted(["s1", "s1", "s2"], rows=[0, 1, 2], speakers={0: "Ann Lee"}))
    )
    assert result.attribution_precision.value == 1.0
    assert result.attribution_recall.value == 0.75
    assert result.attribution_f1 == pytest.approx(6 / 7)
    assert result.speaker_exact == Ratio(2, 3)
    assert result.cue_exact == Ratio(3, 3)
    assert result.content_exact == Ratio(3, 3)


def test_one_predicted_source_for_everyone_has_bcubed_precision_one_half(gold: Gold) -> None:
    result = score(gold, analysis(predicted(["s1"] * 4)))
    assert result.bcubed_precision.value == 0.5
    assert result.bcubed_recall.value == 1.0
    assert result.bcubed_f1 == pytest.approx(2 / 3)
    # The aide's attributions point at a named person: wrong kind, and Ann Lee's name is right.
    assert result.kind_accuracy == Ratio(2, 4)
    assert result.name_accuracy == Ratio(2, 2)


def test_a_source_per_attribution_has_bcubed_recall_one_half(gold: Gold) -> None:
    sources = tuple(Source(f"s{i}", "Lee", SourceKind.NAMED_PERSON, None, ()) for i in range(4))
    result = score(gold, analysis(predicted(["s0", "s1", "s2", "s3"]), sources))
    assert result.bcubed_precision.value == 1.0
    assert result.bcubed_recall.value == 0.5
    assert result.name_accuracy == Ratio(0, 2)  # "Lee" is not the canonical "Ann Lee"


def test_a_name_is_compared_whatever_its_case_spacing_or_apostrophe() -> None:
    # the gold writes "O'Hara" where the page may type "O’Hara"
    assert _norm("Sean O’Hara") == _norm("sean  o'hara")
    assert _norm("Sean O’Hara") != _norm("Sean OHara")


def test_a_partly_wrong_clustering(gold: Gold) -> None:
    # Lee, Lee, aide -> s1; aide -> s2: items score P 2/3, 2/3, 1/3, 1 and R 1, 1, 1/2, 1/2.
    result = score(gold, analysis(predicted(["s1", "s1", "s1", "s2"])))
    assert result.bcubed_precision.value == pytest.approx(2 / 3)
    assert result.bcubed_recall.value == pytest.approx(3 / 4)


def test_unresolved_sources_are_singletons_and_have_no_kind(gold: Gold) -> None:
    result = score(gold, analysis(predicted([None] * 4)))
    assert result.bcubed_precision.value == 1.0
    assert result.bcubed_recall.value == 0.5
    assert result.kind_accuracy == Ratio(0, 4)


def test_content_overlapping_less_than_half_does_not_match(gold: Gold) -> None:
    short = Attribution("a1", "s1", AttributionType.DIRECT, None, None, (span("“We are not"),), 0.5)
    result = score(gold, analysis((short,)))
    assert {k: result.counts()[k] for k in ("gold", "predicted", "matched")} == {
        "gold": 4,
        "predicted": 1,
        "matched": 0,
    }
    assert result.attribution_precision.value == 0.0
    assert result.cue_exact.value is None  # nothing matched, nothing to count


def test_boilerplate_needs_the_right_label(gold: Gold) -> None:
    wrong = Boilerplate(CAPTION_BP.start, CAPTION_BP.end, BoilerplateLabel.TRAILER)
    result = score(gold, analysis((), boilerplate=(wrong,)))
    assert result.boilerplate_precision == Ratio(0, 1)
    assert result.boilerplate_recall == Ratio(0, 1)
    right = score(gold, analysis((), boilerplate=(CAPTION_BP,)))
    assert right.boilerplate_f1 == 1.0


def test_scores_pool_by_adding_numerators_and_denominators(gold: Gold) -> None:
    perfect = score(gold, analysis(predicted(["s1", "s1", "s2", "s2"])))
    nothing = score(gold, analysis(()))
    pooled = perfect + nothing
    assert pooled.attribution_recall == Ratio(4, 8)
    assert pooled.attribution_precision == Ratio(4, 4)
    assert sum([perfect, nothing], GoldScore()) == pooled


def test_matched_pairs_refuses_an_analysis_of_another_text(gold: Gold) -> None:
    other = Analysis("y", None, None, None, None, TEXT + " ", (), (), (), (), ())
    with pytest.raises(GoldError, match="not of this gold file's text"):
        matched_pairs(gold, other)


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda d: d["attributions"][0].update(source="mayor"), "'mayor' is not among"),
        (lambda d: d["sources"][0].update(kind="celebrity"), "kind is 'celebrity'"),
        (lambda d: d["attributions"][1].update(content=[[5, 9999]]), "not a span of the text"),
        (lambda d: d["attributions"][1].update(content_anchors=["Lee"]), "does not begin with"),
        (lambda d: d["attributions"][2].update(cue_anchor="told"), "does not begin with 'told'"),
        (
            lambda d: d["attributions"][1].update(
                speaker=list(at("ee", "Lee said")), speaker_anchor="ee"
            ),
            r"speaker \[\d+, \d+\] cuts a word: 'ee'",
        ),
        (lambda d: d.update(text_file="missing.txt"), "missing.txt is under none of"),
        (lambda d: d["boilerplate"][0].update(label="ad"), "label is 'ad'"),
        (lambda d: d["attributions"][0].pop("cue_class"), "cue_class is None"),
        (lambda d: d["attributions"][0].update(cue_class="opinion"), "cue_class is 'opinion'"),
        (lambda d: d["attributions"][0].update(asserted="no"), "asserted must be true or false"),
        (lambda d: d.update(split="train"), "split is 'train'"),
        (lambda d: d.update(record="x1"), "record is required with a .jsonl text file"),
        (lambda d: d.update(published="March 4"), "bad published value 'March 4'"),
        (lambda d: d["timeline"][0].update(anchor="Friday"), "does not begin with 'Friday'"),
        (lambda d: d["timeline"][1].update(value=2019), "value must be a non-empty string"),
    ],
)
def test_a_bad_gold_file_is_refused_with_its_name(tmp_path: Path, edit: Any, message: str) -> None:
    data = gold_dict()
    edit(data)
    path = write_gold(tmp_path, data)
    with pytest.raises(GoldError, match=message) as info:
        load_gold(path, [tmp_path])
    assert str(path) in str(info.value)


def test_invalid_json_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text("{", encoding="utf-8")
    with pytest.raises(GoldError, match="cannot read gold file"):
        load_gold(path, [tmp_path])


@pytest.mark.parametrize(
    ("gold_labels", "pred_labels", "expected"),
    [
        (["a", "a", "b", "b"], ["x", "x", "y", "y"], (1.0, 1.0)),
        (["a", "a", "b", "b"], ["x", "x", "x", "y"], (2 / 3, 3 / 4)),
        (["a", "a", "b", "b"], ["x", "x", "x", "x"], (1 / 2, 1.0)),
        (["a", "a", "b", "b"], [None, None, None, None], (1.0, 1 / 2)),
        (["a", "a", "a"], ["x", None, "x"], (1.0, 5 / 9)),
    ],
)
def test_bcubed_known_values(
    gold_labels: list[str], pred_labels: list[str | None], expected: tuple[float, float]
) -> None:
    precision, recall = bcubed(gold_labels, pred_labels)
    n = len(gold_labels)
    assert (precision / n, recall / n) == pytest.approx(expected)


def test_the_demo_gold_file_fits_the_demo_article() -> None:
    demo = load_gold(ROOT / "tests" / "gold" / "demo_article.json", [ROOT])
    assert len(demo.attributions) == 31
    assert {s.key for s in demo.sources} == {a.source for a in demo.attributions}
    assert {b.label for b in demo.boilerplate} == {
        BoilerplateLabel.CAPTION,
        BoilerplateLabel.CAPTION_DUPLICATE,
        BoilerplateLabel.CREDIT,
        BoilerplateLabel.PAYWALL,
        BoilerplateLabel.TRAILER,
    }


def test_the_table_has_a_column_per_article_and_dashes_for_nothing(gold: Gold) -> None:
    table = format_table(
        {"mini": score(gold, analysis(predicted(["s1", "s1", "s2", "s2"]))), "empty": GoldScore()}
    )
    header, *rows = table.splitlines()
    assert header.split() == ["mini", "empty"]
    assert rows[0].split() == ["attribution_precision", "1.000", "-"]


def test_the_command_fails_when_no_gold_file_can_be_read(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["eval", "gold", str(tmp_path / "none.json")])
    assert result.exit_code == 1
    assert "cannot read gold file" in result.output
    assert "no gold file could be read" in result.output


def as_analysis(gold: Gold) -> Analysis:
    """The analysis a perfect pipeline would give: the gold itself in the output model."""
    text = gold.text

    def of(piece: tuple[int, int] | None) -> TextSpan | None:
        return None if piece is None else TextSpan.of(text, *piece)

    sources = tuple(Source(s.key, s.name, s.kind, s.description, ()) for s in gold.sources)
    attributions = tuple(
        Attribution(
            f"a{i}",
            a.source,
            a.type,
            of(a.cue),
            of(a.speaker),
            tuple(TextSpan.of(text, *c) for c in a.content),
            1.0,
            a.cue_class,
            a.asserted,
        )
        for i, a in enumerate(gold.attributions)
    )
    timeline = tuple(
        TimelineEntry(text[s:e], s, e, value or "", "")
        for (s, e), value in ((d.span, d.value) for d in gold.timeline or ())
    )
    return Analysis(
        "x", None, None, None, None, text, gold.boilerplate, sources, attributions, (), timeline
    )


GOLD_FILES = sorted((ROOT / "tests" / "gold").glob("*.json"))
GOLD_ROOTS = (ROOT, SHARED / "corpus", SHARED / "data")


def load_or_skip(path: Path) -> Gold:
    """A gold file of the repository with its text; a skip when the text lives in an absent
    ../shared."""
    text_file = json.loads(path.read_text(encoding="utf-8"))["text_file"]
    if not any((root / text_file).is_file() for root in GOLD_ROOTS):
        pytest.skip(f"{text_file} is absent: the shared corpora and data live beside the clone")
    return load_gold(path, GOLD_ROOTS)


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_each_gold_file_scores_perfectly_against_itself(path: Path) -> None:
    gold = load_or_skip(path)
    result = score(gold, as_analysis(gold))
    # Undefined scores (no attribution in SOFREP, no boilerplate) are None; the rest are perfect.
    assert all(v in (1.0, None) for v in result.metrics().values()), result.metrics()


def test_claims_are_asserted_speech_and_writing_on_both_sides(tmp_path: Path) -> None:
    data = gold_dict()
    data["attributions"][2]["asserted"] = False  # "A senior aide said ...", as if negated
    data["attributions"][3]["cue_class"] = "belief"
    gold = load_gold(write_gold(tmp_path, data), [tmp_path])
    # Every prediction is asserted speech: all four match as attributions, two as claims.
    result = score(gold, analysis(predicted(["s1", "s1", "s2", "s2"])))
    assert result.attribution_f1 == 1.0
    assert (result.claim_precision, result.claim_recall) == (Ratio(2, 4), Ratio(2, 2))
    assert result.cue_class_accuracy == Ratio(3, 4)
    assert result.asserted_accuracy == Ratio(3, 4)
    assert result.counts()["gold_claims"] == 2


def test_a_claim_predicted_as_a_belief_is_a_missed_claim(gold: Gold) -> None:
    result = score(
        gold, analysis(predicted(["s1", "s1", "s2", "s2"], classes={1: CueClass.BELIEF}))
    )
    assert result.attribution_recall == Ratio(4, 4)
    assert (result.claim_precision, result.claim_recall) == (Ratio(3, 3), Ratio(3, 4))
    assert result.claim_f1 == pytest.approx(6 / 7)
    assert result.cue_class_accuracy == Ratio(3, 4)


def test_a_file_without_split_is_tuned_against(gold: Gold, tmp_path: Path) -> None:
    assert gold.split is Split.TUNE
    data = {**gold_dict(), "split": "heldout"}
    assert load_gold(write_gold(tmp_path, data), [tmp_path]).split is Split.HELDOUT


def test_a_record_of_a_jsonl_corpus_is_its_text(tmp_path: Path) -> None:
    records = [{"id": "r0", "text": "Another article."}, {"id": "r1", "text": TEXT}]
    (tmp_path / "corpus.jsonl").write_text(
        "\n".join(json.dumps(r) for r in records), encoding="utf-8"
    )
    path = write_gold(tmp_path, {**gold_dict(), "text_file": "corpus.jsonl", "record": "r1"})
    assert load_gold(path, [tmp_path]).text == TEXT
    path.write_text(json.dumps({**gold_dict(), "text_file": "corpus.jsonl", "record": "r9"}))
    with pytest.raises(GoldError, match="no record with id 'r9' in corpus"):
        load_gold(path, [tmp_path])


PAGE = (
    "<html><head><title>Budget talks stall</title></head><body><nav>Home | World</nav>"
    "<article><h1>Budget talks stall</h1>"
    "<p>“We are not done,” said Ann Lee, the mayor of the made-up town. “Not even close.”</p>"
    "<p>Lee said the council would meet again on Monday to go through the figures once more.</p>"
    "<p>A senior aide said the deal was dead. The aide said nobody wanted to blink first.</p>"
    "</article><footer>Copyright Test Wire</footer></body></html>"
)


def test_an_html_page_gives_the_text_sourcetrace_extracts(tmp_path: Path) -> None:
    (tmp_path / "page.html.gz").write_bytes(gzip.compress(PAGE.encode()))
    text = article_from_html(PAGE, origin="page.html").text
    start = text.index("Lee said")
    data = {
        "text_file": "page.html.gz",
        "sources": [{"key": "lee", "name": "Ann Lee", "kind": "named_person"}],
        "attributions": [
            {
                "source": "lee",
                "type": "indirect",
                "cue_class": "speech",
                "cue": [start + 4, start + 8],
                "speaker": [start, start + 3],
                "content": [[start + 9, text.index(" to go through")]],
                "cue_anchor": "said",
                "speaker_anchor": "Lee",
                "content_anchors": ["the council would meet"],
            }
        ],
        "boilerplate": [],
    }
    path = tmp_path / "page.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    gold = load_gold(path, [tmp_path])
    assert gold.text == text
    assert "Copyright" not in gold.text


def test_an_html_page_is_analyzed_with_the_link_lines_its_markup_flags(tmp_path: Path) -> None:
    page = PAGE.replace(
        "<p>A senior aide",
        "<p><a href='/other'>Dock workers strike again in the north</a></p><p>A senior aide",
    )
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    path = tmp_path / "page.json"
    path.write_text(
        json.dumps(
            {"text_file": "page.html", "sources": [], "attributions": [], "boilerplate": []}
        ),
        encoding="utf-8",
    )
    article = load_gold(path, [tmp_path]).article()
    assert [article.text[b.start : b.end] for b in article.flagged] == [
        "Dock workers strike again in the north"
    ]


def test_the_command_scores_only_the_split_asked_for(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tune = write_gold(tmp_path, gold_dict())
    heldout = tmp_path / "held.json"
    heldout.write_text(json.dumps({**gold_dict(), "split": "heldout"}), encoding="utf-8")
    perfect = analysis(predicted(["s1", "s1", "s2", "s2"]))

    def analyze_many(articles: Any, **options: Any) -> list[Analysis]:
        return [perfect for _ in articles]

    monkeypatch.setattr("sourcetrace.cli.eval_gold.analyze_many", analyze_many)
    files = [str(tune), str(heldout), "--text-root", str(tmp_path), "--format", "json"]
    runner = CliRunner()
    both = {"mini", "held", "tune", "heldout"}  # each split also pooled apart when both are given
    for split, expected in (("tune", {"mini"}), ("heldout", {"held"}), ("all", both)):
        result = runner.invoke(app, ["eval", "gold", *files, "--split", split])
        assert result.exit_code == 0, result.output
        scores = json.loads(result.output)
        assert set(scores) == expected | {"all"}
        assert scores["all"]["claim_f1"] == 1.0
        assert scores["all"]["cue_class_accuracy"] == 1.0
        assert scores["all"]["gold_claims"] == 4 * len(expected & {"mini", "held"})
    only_tune = runner.invoke(
        app, ["eval", "gold", str(tune), "--text-root", str(tmp_path), "--split", "heldout"]
    )
    assert only_tune.exit_code == 1
    assert "no gold file of split heldout" in only_tune.output


def test_dates_match_by_overlap_and_then_compare_values(gold: Gold) -> None:
    timeline = (
        dated("on Monday", "2026-03-02"),  # overlaps "Monday" by 6 of 9: matched, wrong value
        dated("2019", "2019"),
        dated("chamber in 2019", "2019"),  # shares 4 of 15 characters: a false positive
    )
    result = score(gold, analysis((), timeline=timeline))
    assert (result.date_precision, result.date_recall) == (Ratio(2, 3), Ratio(2, 2))
    assert result.date_value_accuracy == Ratio(1, 2)
    assert result.counts()["matched_dates"] == 2


def test_a_range_is_one_entry_scored_by_its_whole_value(tmp_path: Path) -> None:
    text = "Lee chaired the council from 2014 to 2016.\n"
    (tmp_path / "range.txt").write_text(text, encoding="utf-8")
    start = text.index("2014")
    data = {
        "text_file": "range.txt",
        "sources": [],
        "attributions": [],
        "boilerplate": [],
        "timeline": [{"span": [start, start + 12], "anchor": "2014 to 2016", "value": "2014/2016"}],
    }
    (tmp_path / "range.json").write_text(json.dumps(data), encoding="utf-8")
    gold = load_gold(tmp_path / "range.json", [tmp_path])

    def scored(value: str) -> GoldScore:
        # The timeline's span holds "from": still one match, by overlap.
        entry = TimelineEntry(f"from {text[start : start + 12]}", start - 5, start + 12, value, "")
        found = Analysis("x", None, None, None, None, text, (), (), (), (), (entry,))
        return score(gold, found)

    right, one_end = scored("2014/2016"), scored("2014")
    assert (right.date_precision, right.date_recall) == (Ratio(1, 1), Ratio(1, 1))
    assert (right.date_value_accuracy, one_end.date_value_accuracy) == (Ratio(1, 1), Ratio(0, 1))


def test_a_missed_date_lowers_recall_only(gold: Gold) -> None:
    result = score(gold, analysis((), timeline=(dated("2019", "2019"),)))
    assert (result.date_precision, result.date_recall) == (Ratio(1, 1), Ratio(1, 2))
    assert result.date_f1 == pytest.approx(2 / 3)


def test_an_undatable_gold_date_wants_the_empty_value(tmp_path: Path) -> None:
    data = gold_dict()
    data["timeline"][0]["value"] = None
    gold = load_gold(write_gold(tmp_path, data), [tmp_path])
    right = score(gold, analysis((), timeline=(dated("Monday", ""),)))
    wrong = score(gold, analysis((), timeline=(dated("Monday", "2026-03-09"),)))
    assert (right.date_value_accuracy, wrong.date_value_accuracy) == (Ratio(1, 1), Ratio(0, 1))


def test_a_file_without_timeline_scores_no_dates(tmp_path: Path) -> None:
    data = gold_dict()
    del data["timeline"]
    gold = load_gold(write_gold(tmp_path, data), [tmp_path])
    result = score(gold, analysis(()))  # predicted dates are not false positives there
    assert (result.date_precision, result.date_recall) == (Ratio(), Ratio())
    assert result.metrics()["date_f1"] is None


def test_the_publication_date_comes_from_the_gold_file_or_the_record(tmp_path: Path) -> None:
    record = {"id": "r1", "text": TEXT, "published": "2026-03-05"}
    (tmp_path / "corpus.jsonl").write_text(json.dumps(record), encoding="utf-8")
    data = {**gold_dict(), "text_file": "corpus.jsonl", "record": "r1"}
    assert load_gold(write_gold(tmp_path, data), [tmp_path]).published == date(2026, 3, 4)
    del data["published"]
    assert load_gold(write_gold(tmp_path, data), [tmp_path]).published == date(2026, 3, 5)
    data["text_file"] = "mini.txt"
    del data["record"]
    assert load_gold(write_gold(tmp_path, data), [tmp_path]).published is None


def test_the_command_anchors_each_article_to_its_publication_date(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[Article] = []

    def analyze_many(articles: Any, **options: Any) -> list[Analysis]:
        seen.extend(articles)
        return [analysis(()) for _ in seen]

    monkeypatch.setattr("sourcetrace.cli.eval_gold.analyze_many", analyze_many)
    path = write_gold(tmp_path, gold_dict())
    result = CliRunner().invoke(
        app, ["eval", "gold", str(path), "--text-root", str(tmp_path), "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    assert [a.published for a in seen] == [date(2026, 3, 4)]
    assert json.loads(result.output)["all"]["date_recall"] == 1.0
