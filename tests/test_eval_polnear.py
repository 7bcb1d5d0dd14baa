"""The PolNeAR reader, span matching and scores, `sourcetrace eval polnear`, and the bench script's
arguments. Every article here is made up."""

from __future__ import annotations

import importlib.util
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import ModuleType

import pytest
from typer.testing import CliRunner

from sourcetrace.attribution.types import quote_type
from sourcetrace.cli import app
from sourcetrace.eval import polnear
from sourcetrace.eval.polnear import AnnotationError, parse_ann, read_split
from sourcetrace.eval.spans import (
    ErrorKind,
    Match,
    ScoredAttribution,
    Span,
    format_scores,
    make_span,
    match,
    score_article,
    span_errors,
)
from sourcetrace.methods import Method
from sourcetrace.model import (
    Analysis,
    Article,
    Attribution,
    AttributionType,
    CueClass,
    SpanRole,
    TextSpan,
)

ROOT = Path(__file__).resolve().parents[1]

TEXT = (
    "Mayor backs bridge plan\n\n"
    "“The bridge will open in May,” Mayor Ana Ruiz said, “and we are ready.”\n\n"
    "The council said that costs had risen.\n\n"
    "Critics called the plan “a gamble” on Tuesday.\n\n"
    "Delays are expected, according to the\nbudget office.\n"
)


def at(text: str, sub: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(sub, start + 1)
    return start, start + len(sub)


def t_line(tid: str, label: str, text: str, *subs: str | tuple[str, int]) -> str:
    pieces = [at(text, s) if isinstance(s, str) else at(text, *s) for s in subs]
    offsets = ";".join(f"{s} {e}" for s, e in pieces)
    return f"{tid}\t{label} {offsets}\t{' '.join(text[s:e] for s, e in pieces)}"


def ann_for(text: str) -> str:
    """Four attributions: an interrupted direct quote (two content pieces), an indirect claim,
    a mixed one, and one with no source whose cue text crosses a line break."""
    crossing = "according to the" + ("\r\n" if "\r\n" in text else "\n") + "budget office"
    return "\n".join(
        [
            t_line("T1", "Content", text, "“The bridge will open in May,”", "“and we are ready.”"),
            t_line("T2", "Source", text, "Mayor Ana Ruiz"),
            t_line("T3", "Cue", text, "said"),
            t_line("T4", "Attribution", text, "said"),
            "E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2",
            t_line("T5", "Source", text, "The council"),
            t_line("T6", "Cue", text, ("said", 1)),
            t_line("T7", "Content", text, "that costs had risen"),
            t_line("T8", "Attribution", text, ("said", 1)),
            "E2\tAttribution:T8 Content:T7 Cue:T6 Source:T5",
            t_line("T9", "Source", text, "Critics"),
            t_line("T10", "Cue", text, "called"),
            t_line("T11", "Content", text, "the plan “a gamble”"),
            t_line("T12", "Attribution", text, "called"),
            "E3\tAttribution:T12 Content:T11 Cue:T10 Source:T9",
            t_line("T13", "Content", text, "Delays are expected"),
            t_line("T14", "Cue", text, crossing),
            t_line("T15", "Attribution", text, crossing),
            "E4\tAttribution-no-source:T15 Content:T13 Cue:T14",
            t_line("T16", "Discuss", text, "on Tuesday"),
            "#1\tAnnotatorNotes T16\tnot an attribution",
            "",
        ]
    )


def write_split(root: Path, articles: dict[str, tuple[str | None, dict[str, str]]]) -> Path:
    """A split: name -> (text or None for no .txt, {annotator: ann})."""
    (root / "text").mkdir(parents=True)
    (root / "attributions").mkdir()
    for name, (text, anns) in articles.items():
        if text is not None:
            (root / "text" / f"{name}.txt").write_text(text, encoding="utf-8")
        for annotator, ann in anns.items():
            path = root / "attributions" / f"{name}_{annotator}.ann"
            path.write_text(ann, encoding="utf-8")
    return root


# -- reader ------------------------------------------------------------------------------------


def test_parse_ann_reads_pieces_roles_and_missing_source() -> None:
    gold = parse_ann(ann_for(TEXT), TEXT)
    assert [g.id for g in gold] == ["E1", "E2", "E3", "E4"]  # the Discuss mark is no attribution
    quote = gold[0]
    assert [TEXT[s:e] for s, e in quote.content] == [
        "“The bridge will open in May,”",
        "“and we are ready.”",
    ]
    assert [TEXT[s:e] for s, e in quote.cue] == ["said"]
    assert [TEXT[s:e] for s, e in quote.source] == ["Mayor Ana Ruiz"]
    no_source = gold[3]
    assert no_source.source == ()
    assert [TEXT[s:e] for s, e in no_source.cue] == ["according to the\nbudget office"]


def test_gold_types_come_from_quote_marks() -> None:
    article = polnear.PolnearArticle("a", TEXT, "x", parse_ann(ann_for(TEXT), TEXT))
    assert [g.type for g in article.gold()] == [
        AttributionType.DIRECT,
        AttributionType.INDIRECT,
        AttributionType.MIXED,
        AttributionType.INDIRECT,
    ]


@pytest.mark.parametrize(
    ("ann", "problem"),
    [
        ("T1\tContent 5 900\tx", "outside the text"),
        ("T1\tContent 0 5\tBridge", "does not match"),
        (
            "T1\tContent 0 5\tMayor\nE1\tAttribution:T1 Source:T9",
            "unknown role or span 'Source:T9'",
        ),
        ("T1\tContent 0 5\tMayor\nE1\tAttribution:T1 Speaker:T1", "unknown role or span"),
        ("garbage line", "not a brat record"),
    ],
)
def test_parse_ann_rejects_what_does_not_fit(ann: str, problem: str) -> None:
    with pytest.raises(AnnotationError, match=problem):
        parse_ann(ann, TEXT)


def test_read_split_pairs_files_and_reports_the_rest(tmp_path: Path) -> None:
    other = TEXT.replace("Mayor", "Governor")
    split = write_split(
        tmp_path,
        {
            "a_story": (TEXT, {"bbbb": ann_for(TEXT), "aaaa": ann_for(TEXT)}),
            "b_no_ann": (TEXT, {}),
            "c_no_text": (None, {"aaaa": ann_for(TEXT)}),
            "d_wrong_text": (other, {"aaaa": ann_for(TEXT)}),  # offsets from another text
        },
    )
    result = read_split(split)
    assert [(a.name, a.annotator) for a in result.articles] == [("a_story", "aaaa")]
    problems = "\n".join(result.problems)
    assert "c_no_text_aaaa.ann: no text/c_no_text.txt" in problems
    assert "b_no_ann.txt: no attributions/b_no_ann_*.ann" in problems
    assert "d_wrong_text_aaaa.ann: T" in problems and "does not match" in problems
    assert len(result.problems) == 3


def test_read_split_keeps_the_text_exact(tmp_path: Path) -> None:
    crlf = TEXT.replace("\n", "\r\n")  # text mode would drop the \r and shift every offset
    split = write_split(tmp_path, {"a": (None, {"aaaa": ann_for(crlf)})})
    (split / "text" / "a.txt").write_bytes(crlf.encode("utf-8"))
    (article,) = read_split(split).articles
    assert article.text == crlf
    assert [crlf[s:e] for s, e in article.attributions[1].content] == ["that costs had risen"]


def test_read_split_limit_and_missing_directories(tmp_path: Path) -> None:
    split = write_split(tmp_path / "s", {n: (TEXT, {"aaaa": ann_for(TEXT)}) for n in "xyz"})
    assert [a.name for a in read_split(split, limit=2).articles] == ["x", "y"]
    with pytest.raises(FileNotFoundError, match="no text/ directory"):
        read_split(tmp_path)


# -- spans and matching ------------------------------------------------------------------------


def test_make_span_trims_whitespace_and_drops_empty_pieces() -> None:
    text = "  he said  "
    assert make_span(text, [(0, 5), (5, 11)]) == Span(((2, 4), (5, 9)))
    assert make_span(text, [(0, 2)]) is None


@pytest.mark.parametrize(
    ("text", "pieces", "expected"),
    [
        ("He said “we won.”", [(8, 17)], AttributionType.DIRECT),
        ("He said “we won.”", [(9, 16)], AttributionType.DIRECT),  # marks outside the span
        ('He said "we won" today', [(8, 16)], AttributionType.DIRECT),
        ("He said we “won” big", [(8, 20)], AttributionType.MIXED),
        ("He said we won", [(8, 14)], AttributionType.INDIRECT),
        ("“Open\nnot quoted", [(6, 16)], AttributionType.INDIRECT),  # a line break closes
        ("“A,” he said, “B.”", [(0, 4), (14, 18)], AttributionType.DIRECT),
    ],
)
def test_quote_type(text: str, pieces: list[tuple[int, int]], expected: AttributionType) -> None:
    assert quote_type(text, pieces) == expected


def test_exact_match_needs_the_same_pieces() -> None:
    whole, split_ = Span(((0, 10),)), Span(((0, 5), (5, 10)))
    assert match([whole], [whole], Match.EXACT) == [(0, 0)]
    assert match([whole], [split_], Match.EXACT) == []
    assert match([whole], [split_], Match.OVERLAP) == [(0, 0)]


def test_overlap_match_needs_half_of_the_longer_span() -> None:
    gold = Span(((0, 10),))
    assert match([gold], [Span(((5, 20),))], Match.OVERLAP) == []  # 5 of 15
    assert match([gold], [Span(((5, 15),))], Match.OVERLAP) == [(0, 0)]  # 5 of 10: exactly half
    assert match([gold], [Span(((6, 10),))], Match.OVERLAP) == []  # 4 of 10
    assert match([gold], [Span(((20, 30),))], Match.OVERLAP) == []


def test_matching_is_one_to_one_and_prefers_the_larger_share() -> None:
    gold = [Span(((0, 10),)), Span(((10, 20),))]
    pred = [Span(((4, 14),)), Span(((0, 9),)), Span(((0, 10),))]
    # (0, 10) is gold 0's identical twin; (4, 14) shares only 6 with gold 0 or 4 with gold 1.
    assert match(gold, pred, Match.OVERLAP) == [(0, 2)]
    assert match(gold, [pred[1], pred[1]], Match.OVERLAP) == [(0, 0)]


def sa(
    text: str,
    content: str,
    cue: tuple[str, int] | None,
    source: str | None,
    type_: AttributionType | None,
) -> ScoredAttribution:
    return ScoredAttribution.of(
        text,
        [at(text, content)],
        [at(text, *cue)] if cue else [],
        [at(text, source)] if source else [],
        type=type_,
    )


def test_scores_by_gold_type_for_recall_and_predicted_type_for_precision() -> None:
    text = "Ann said “yes.” Bob said it would rain. Cy noted that it was late."
    gold = [
        sa(text, "“yes.”", ("said", 0), "Ann", None),
        sa(text, "it would rain", ("said", 1), "Bob", None),
        sa(text, "that it was late", ("noted", 0), None, None),
    ]
    assert [g.type for g in gold] == [
        AttributionType.DIRECT,
        AttributionType.INDIRECT,
        AttributionType.INDIRECT,
    ]
    pred = [
        sa(text, "“yes.”", ("said", 0), "Ann", AttributionType.MIXED),  # right span, wrong type
        sa(text, "Bob said it would rain", ("said", 1), "Bob", AttributionType.INDIRECT),
    ]
    scores = score_article(gold, pred)
    content = scores.overall(SpanRole.CONTENT, Match.EXACT)
    assert (content.gold, content.pred, content.gold_matched, content.pred_matched) == (3, 2, 1, 1)
    assert content.precision == 0.5 and content.recall == pytest.approx(1 / 3)
    assert scores.by_type(SpanRole.CONTENT, Match.EXACT, AttributionType.DIRECT).recall == 1.0
    assert scores.by_type(SpanRole.CONTENT, Match.EXACT, AttributionType.MIXED).precision == 1.0
    assert scores.by_type(SpanRole.CONTENT, Match.EXACT, AttributionType.INDIRECT).precision == 0.0
    # "it would rain" is 13 of 22 characters of the predicted span: an overlap match.
    assert scores.overall(SpanRole.CONTENT, Match.OVERLAP).gold_matched == 2
    source = scores.overall(SpanRole.SOURCE, Match.EXACT)
    assert (source.gold, source.pred, source.f1) == (2, 2, 1.0)  # no source: not a span
    errors = [(e.role, e.kind) for e in span_errors(gold, pred)]
    assert errors == [
        (SpanRole.CONTENT, ErrorKind.BOUNDARY),  # "Bob said it would rain" for "it would rain"
        (SpanRole.CONTENT, ErrorKind.MISSED),
        (SpanRole.CUE, ErrorKind.MISSED),
    ]
    total = scores + scores
    assert total.articles == 2 and total.overall(SpanRole.CUE, Match.EXACT).gold == 6


def test_scores_by_predicted_cue_class_count_predicted_spans_only() -> None:
    text = "Ann said it would rain. Bob feared the roof would leak. Cy thought so too."
    gold = [
        sa(text, "it would rain", ("said", 0), "Ann", None),
        sa(text, "the roof would leak", ("feared", 0), "Bob", None),
    ]
    said = Attribution(
        "a1", None, AttributionType.INDIRECT, None, None, (at_span(text, "it would rain"),), 1.0
    )
    feared = Attribution(
        "a2",
        None,
        AttributionType.INDIRECT,
        None,
        None,
        (at_span(text, "the roof would leak"),),
        1.0,
        cue_class=CueClass.BELIEF,
    )
    thought = Attribution(
        "a3",
        None,
        AttributionType.INDIRECT,
        None,
        None,
        (at_span(text, "so too"),),
        1.0,
        cue_class=CueClass.BELIEF,
    )
    pred = [ScoredAttribution.predicted(text, a) for a in (said, feared, thought)]
    assert [p.cue_class for p in pred] == [CueClass.SPEECH, CueClass.BELIEF, CueClass.BELIEF]
    scores = score_article(gold, pred) + score_article(gold, pred)
    speech = scores.by_class(SpanRole.CONTENT, Match.EXACT, CueClass.SPEECH)
    belief = scores.by_class(SpanRole.CONTENT, Match.EXACT, CueClass.BELIEF)
    assert (speech.pred, speech.pred_matched, speech.gold) == (2, 2, 0)
    assert (belief.pred, belief.pred_matched, belief.precision) == (4, 2, 0.5)
    assert scores.by_class(SpanRole.CONTENT, Match.EXACT, CueClass.PERCEPTION).pred == 0
    assert scores.overall(SpanRole.CONTENT, Match.EXACT).f1 == pytest.approx(0.8)  # every class
    table = format_scores(scores)
    assert "by predicted cue class" in table
    assert "content  exact    belief      50.0%        2      4" in table
    as_json = scores.to_dict()["scores"]["content"]["exact"]["by_cue_class"]
    assert as_json["belief"]["precision"] == 0.5 and as_json["written"]["pred"] == 0


def at_span(text: str, part: str) -> TextSpan:
    return TextSpan.of(text, *at(text, part))


# -- the command -------------------------------------------------------------------------------


def fake_analyze_many(
    fail_on: str | None = None, keep: int = 4, methods: list[Method] | None = None
) -> object:
    """``analyze_many`` predicting the first ``keep`` gold attributions of TEXT perfectly, failing
    on articles whose text contains ``fail_on``; the method of each call goes to ``methods``."""

    def run(
        articles: Iterable[Article], batch_size: int = 16, method: Method = Method.RULES
    ) -> Iterator[Analysis]:
        if methods is not None:
            methods.append(method)
        for article in articles:
            if fail_on is not None and fail_on in article.text:
                raise RuntimeError("parser crashed")
            text = article.text
            attributions = tuple(
                Attribution(
                    id=f"a{i}",
                    source=None,
                    type=quote_type(text, g.content),
                    cue=TextSpan.of(text, *g.cue[0]) if g.cue else None,
                    speaker=TextSpan.of(text, *g.source[0]) if g.source else None,
                    content=tuple(TextSpan.of(text, s, e) for s, e in g.content),
                    confidence=1.0,
                )
                for i, g in enumerate(parse_ann(ann_for(text), text)[:keep], 1)
            )
            yield Analysis(
                id=article.id,
                title=article.title,
                outlet=None,
                url=None,
                published=None,
                text=text,
                boilerplate=(),
                sources=(),
                attributions=attributions,
                entities=(),
                timeline=(),
            )

    return run


def test_cli_scores_a_split_and_writes_json(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = TEXT.replace("bridge plan", "tunnel plan")
    split = write_split(
        tmp_path / "split",
        {"a": (TEXT, {"aaaa": ann_for(TEXT)}), "b": (bad, {"aaaa": ann_for(bad)}), "c": (TEXT, {})},
    )
    monkeypatch.setattr(polnear, "analyze_many", fake_analyze_many(fail_on="tunnel"))
    out = tmp_path / "scores.json"
    result = CliRunner().invoke(
        app, ["eval", "polnear", str(split), "--format", "json", "--output", str(out)]
    )
    assert result.exit_code == 0, result.output
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["articles"] == 1
    content = report["scores"]["content"]["exact"]
    assert content["overall"]["f1"] == 1.0 and content["overall"]["gold"] == 4
    assert content["by_type"]["direct"]["gold"] == 1
    assert report["scores"]["source"]["overlap"]["overall"]["gold"] == 3
    assert any("b: analysis failed: RuntimeError" in p for p in report["skipped"])
    assert any("c.txt: no attributions" in p for p in report["skipped"])


def test_cli_table_limit_and_errors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    split = write_split(tmp_path / "split", {n: (TEXT, {"aaaa": ann_for(TEXT)}) for n in "ab"})
    monkeypatch.setattr(polnear, "analyze_many", fake_analyze_many())
    runner = CliRunner()
    table = runner.invoke(app, ["eval", "polnear", str(split), "--limit", "1"])
    assert table.exit_code == 0, table.output
    assert table.output.startswith("1 articles")
    assert "content  exact    all       100.0% 100.0% 100.0%      4      4" in table.output
    not_split = runner.invoke(app, ["eval", "polnear", str(tmp_path)])
    assert not_split.exit_code == 2 and "not a PolNeAR split" in not_split.output
    empty = write_split(tmp_path / "empty", {"a": (TEXT, {})})
    nothing = runner.invoke(app, ["eval", "polnear", str(empty)])
    assert nothing.exit_code == 1 and "no article could be evaluated" in nothing.output


def test_evaluate_runs_the_real_pipeline_on_exact_text(tmp_path: Path) -> None:
    split = write_split(tmp_path / "split", {"a": (TEXT, {"aaaa": ann_for(TEXT)})})
    result = polnear.evaluate(split)
    assert result.problems == ()
    assert result.scores.articles == 1
    assert result.scores.overall(SpanRole.CONTENT, Match.EXACT).gold == 4


def test_evaluate_reports_progress_per_article(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    split = write_split(tmp_path / "split", {n: (TEXT, {"aaaa": ann_for(TEXT)}) for n in "abc"})
    monkeypatch.setattr(polnear, "analyze_many", fake_analyze_many())
    seen: list[tuple[int, int]] = []
    polnear.evaluate(split, progress=lambda *p: seen.append(p))
    assert seen == [(1, 3), (2, 3), (3, 3)]


def test_cli_writes_the_errors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    split = write_split(tmp_path / "split", {"a": (TEXT, {"aaaa": ann_for(TEXT)})})
    methods: list[Method] = []
    monkeypatch.setattr(polnear, "analyze_many", fake_analyze_many(keep=3, methods=methods))
    errors = tmp_path / "errors.jsonl"
    args = ["eval", "polnear", str(split), "--errors", str(errors), "--method", "model"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert methods == [Method.MODEL]
    lines = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    assert [(e["article"], e["role"], e["kind"]) for e in lines] == [
        ("a", "content", "missed"),
        ("a", "cue", "missed"),
    ]
    assert lines[0]["gold"]["text"] == "Delays are expected" and lines[0]["pred"] is None


# -- the bench script --------------------------------------------------------------------------


def load_bench(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    spec = importlib.util.spec_from_file_location("throughput", ROOT / "bench" / "throughput.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "throughput", module)  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_bench_arguments_and_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    bench = load_bench(monkeypatch)
    corpus = tmp_path / "corpus.jsonl"
    lines = [
        json.dumps({"text": "The mayor said the bridge opens in May.", "published": "2016-05-01"}),
        "{not json",
        json.dumps({"text": "Critics called it a gamble.", "title": "Gamble"}),
        json.dumps({"text": "Never read: the limit stops before it."}),
    ]
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "bench.json"
    args = ["--corpus", str(corpus), "--limit", "2", "--repeat", "1", "--json", str(out)]
    assert bench.main(args) == 0
    captured = capsys.readouterr()
    assert "corpus.jsonl:2: skipped" in captured.err
    assert "throughput ratio sourcetrace / baseline" in captured.out
    result = json.loads(out.read_text(encoding="utf-8"))
    assert [p["name"] for p in result["phases"]] == ["spacy baseline", "sourcetrace"]
    assert all(p["articles"] == 2 and p["words"] == 13 for p in result["phases"])
    assert "lemmatizer" in result["baseline_components"]  # the full pipeline
    assert bench.main(["--corpus", str(tmp_path / "absent.jsonl")]) == 2
    with pytest.raises(SystemExit):
        bench.parse_args(["--limit", "0"])
