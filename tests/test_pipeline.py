"""The per-article flow: a failing article is reported in its place, the others analyzed."""

from __future__ import annotations

import pytest

from sourcetrace import pipeline
from sourcetrace.ingest import Rejected
from sourcetrace.model import Analysis, Article


def _boom_on_marked(doc: object, article: Article, boilerplate: object) -> Analysis:
    if "BOOM" in article.text:
        raise ValueError("stage broke")
    return ORIGINAL(doc, article, boilerplate)  # type: ignore[arg-type]


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
