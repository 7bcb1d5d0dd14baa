"""The per-article flow: a failing article is reported in its place, the others analyzed."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from spacy.tokens import Doc

from sourcetrace import pipeline
from sourcetrace.attribution.candidate import Candidate
from sourcetrace.ingest import Rejected
from sourcetrace.methods import Method, UnknownMethodError, extract_attributions
from sourcetrace.model import Analysis, Article
from sourcetrace.pipeline import AnalysisError, analyze_many


def _boom_on_marked(doc: object, article: Article, boilerplate: object, method: Method) -> Analysis:
    if "BOOM" in article.text:
        raise ValueError("stage broke")
    return ORIGINAL(doc, article, boilerplate, method)  # type: ignore[arg-type]


ORIGINAL = pipeline.analyze_doc


def test_stream_reports_failures_and_rejects_in_place(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "analyze_doc", _boom_on_marked)
    items: list[Article | str | Rejected] = [
        Article(text="“It rained,” said Ana Ruiz.", origin="a.txt"),
        Rejected("b.txt", "invalid UTF-8 at byte 3"),
        Article(text="BOOM went the stage.", origin="c.txt"),
        Article(text="The mayor said the bridge would reopen.", origin="d.txt"),
    ]
    out = list(pipeline.analyze_stream(items))
    assert [type(o).__name__ for o in out] == ["Analysis", "Rejected", "Rejected", "Analysis"]
    failed = out[2]
    assert isinstance(failed, Rejected) and failed.origin == "c.txt"
    assert "analysis failed: ValueError: stage broke" in failed.reason


def test_analyze_many_raises_naming_the_article(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "analyze_doc", _boom_on_marked)
    with pytest.raises(pipeline.AnalysisError, match=r"c\.txt"):
        list(pipeline.analyze_many([Article(text="BOOM", origin="c.txt")]))


def test_analyze_one_text() -> None:
    result = pipeline.analyze("“It rained,” said Ana Ruiz.")
    assert result.attributions and result.attributions[0].speaker is not None
    assert result.id == Article(text="“It rained,” said Ana Ruiz.").id


@pytest.fixture
def methods_used(monkeypatch: pytest.MonkeyPatch) -> list[Method]:
    """The method of every attribution extraction the pipeline runs (rules run in its place)."""
    used: list[Method] = []

    def spy(doc: Doc, method: Method = Method.RULES) -> list[Candidate]:
        used.append(method)
        return extract_attributions(doc, Method.RULES)

    monkeypatch.setattr(pipeline, "extract_attributions", spy)
    return used


def test_every_entry_point_takes_the_method(methods_used: list[Method]) -> None:
    text = "“It rained,” said Ana Ruiz."
    pipeline.analyze(text)
    pipeline.analyze(text, method="combined")
    list(pipeline.analyze_many([text, text], method=Method.MODEL))
    list(pipeline.analyze_stream([text], method="minilm"))
    assert methods_used == [
        Method.RULES,
        Method.COMBINED,
        Method.MODEL,
        Method.MODEL,
        Method.MINILM,
    ]
    assert all(type(m) is Method for m in methods_used)


def test_the_environment_no_longer_picks_the_method(
    methods_used: list[Method], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCETRACE_ATTRIBUTION", "model")  # only the CLI's default now
    pipeline.analyze("“It rained,” said Ana Ruiz.")
    assert methods_used == [Method.RULES]


def test_an_unknown_method_is_one_line_naming_it_and_the_choices() -> None:
    with pytest.raises(UnknownMethodError) as raised:
        pipeline.analyze_stream(["“It rained,” said Ana Ruiz."], method="crf")
    assert str(raised.value) == (
        "unknown attribution method 'crf': choose one of rules, model, combined, minilm, accurate"
    )
    with pytest.raises(UnknownMethodError, match="'crf'"):
        pipeline.analyze("text", method="crf")


def test_analyze_many_takes_jsonl_rows_as_dicts() -> None:
    row = {"text": "Police said the road was closed.", "outlet": "Wire", "published": "2020-01-03"}
    (analysis,) = analyze_many([row])
    assert (analysis.outlet, analysis.published) == ("Wire", date(2020, 1, 3))
    assert [a.cue.text for a in analysis.attributions if a.cue] == ["said"]


def test_a_bad_row_is_named_by_its_position() -> None:
    rows: list[dict[str, Any]] = [{"text": "Fine."}, {"title": "no text"}]
    with pytest.raises(AnalysisError, match=r'<item 2>: no string "text" field'):
        list(analyze_many(rows))
